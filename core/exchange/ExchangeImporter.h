// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an exchange document into the database in one transaction: vocabularies, authorities, developments
// (through DevelopmentService, so every import is audited), companies and assessments. Records are matched by
// their codes and ids, so importing the same file twice changes nothing the second time. A development that
// replaces one the database holds is linked to it as the application links versions (its checklist rows move
// to the later version, those whose obligation changed are marked for re-review); an assessment of a version
// that was replaced before the import is left out (its row lives on in the later version). A problem anywhere
// rolls the whole import back. A file is written as it is read, a record at a time (ExchangeFormat::read, on
// a thread of its own: ReadAhead): what is held is a few hundred records and the few that must wait for one
// later in the file (authorities whose parent comes later, versions that replace a later development); the
// ids the file must not repeat are kept in a table of the import's transaction.

#include "ExchangeFormat.h"

class QIODevice;

namespace rt::core {

class Database;

struct ImportSummary
{
    int tags = 0;
    int topics = 0;
    int authorities = 0;
    int developmentsAdded = 0;
    int developmentsUpdated = 0;
    int developmentsUnchanged = 0; // said the same as the stored ones: not written
    int obligations = 0;
    int companies = 0;
    int assessments = 0; // added or changed
    int assessmentsUnchanged = 0;
    int reReviews = 0; // assessments marked for re-review by linking a later version
};

class ExchangeImporter final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ExchangeImporter)
public:
    explicit ExchangeImporter(Database &db);

    // Throws Error; with dryRun everything is checked against the database and then rolled back. A progress
    // function that returns false cancels: nothing is written, and an Error says the import was cancelled.
    // The file is read through InputFile (regular files only) a piece at a time, whatever its size.
    ImportSummary importFile(const QString &path, bool dryRun = false, const ExchangeProgress &progress = {});
    // Bytes already read (a pipe the command line was allowed to read); fileName names them in messages.
    ImportSummary importBytes(const QByteArray &bytes, const QString &fileName, bool dryRun = false,
                              const ExchangeProgress &progress = {});
    // A seekable device (a file, a buffer).
    ImportSummary importDevice(QIODevice &device, const QString &fileName, bool dryRun = false,
                               const ExchangeProgress &progress = {});
    ImportSummary importDocument(const ExchangeDocument &document, bool dryRun = false);

private:
    Database &m_db;
};

// The whole database as an exchange document.
ExchangeDocument exportDatabase(Database &db);
// The whole database written to device as an exchange file a record at a time (ExchangeWriter), read from
// the database a record at a time. Progress counts developments and companies; false cancels (Error).
void exportDatabase(Database &db, QIODevice &device, const ExchangeProgress &progress = {});
// The same into a file, which is replaced only when everything was written (QSaveFile).
void exportDatabase(Database &db, const QString &path, const ExchangeProgress &progress = {});

} // namespace rt::core
