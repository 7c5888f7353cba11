// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an exchange document into the database in one transaction: vocabularies, authorities, developments
// (through DevelopmentService, so every import is audited), companies and assessments. Records are matched by
// their codes and ids, so importing the same file twice changes nothing the second time. A development that
// replaces one the database holds is linked to it as the application links versions (its checklist rows move
// to the later version, those whose obligation changed are marked for re-review); an assessment of a version
// that was replaced before the import is left out (its row lives on in the later version). A problem anywhere
// rolls the whole import back.

#include "ExchangeFormat.h"

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

    // Throws Error; with dryRun everything is checked against the database and then rolled back.
    // The file is read through InputFile (regular files only, bounded).
    ImportSummary importFile(const QString &path, bool dryRun = false);
    // Bytes already read (a pipe the command line was allowed to read); fileName names them in messages.
    ImportSummary importBytes(const QByteArray &bytes, const QString &fileName, bool dryRun = false);
    ImportSummary importDocument(const ExchangeDocument &document, bool dryRun = false);

private:
    Database &m_db;
};

// The whole database as an exchange document.
ExchangeDocument exportDatabase(Database &db);

} // namespace rt::core
