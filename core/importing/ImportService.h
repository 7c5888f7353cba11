// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports newsletters, feeds and CSV files of developments: read() parses a file into a batch of candidates
// without touching the database; reconcile() marks each candidate as new, already in the database or changed;
// commit() writes the selected candidates in one transaction (all or nothing). Exchange files (JSON) go
// through ExchangeImporter; CSV files of assessments through AssessmentImport.

#include "ImportBatch.h"

#include <QCoreApplication>

#include <functional>

namespace rt::core {

class Database;
class AuthorityRepository;
class DevelopmentRepository;
class DevelopmentService;
struct Development;
class ImportLexicon;
struct Authority;

struct ImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int obligations = 0; // candidate obligations written
    int reReviews = 0; // assessments marked for re-review by version links
    int authorities = 0; // authorities added from the catalogue for the items written
    QStringList uids; // of the developments written, in batch order
    bool cancelled = false; // nothing was written
};

// A file imported item by item (ImportService::importEach).
struct ImportRun
{
    ImportBatch file; // what was read about the file as a whole; its items are not kept
    ImportResult result;
    int items = 0; // items read
};

class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ImportService)
public:
    explicit ImportService(Database &db);

    // The format of a file from its first bytes (a PDF, an e-mail, a web page, a feed, an exchange file, a
    // table), its name only where the bytes cannot tell (a .csv file); Newsletter for plain text.
    static ImportFormat detectFormat(const QString &fileName, QByteArrayView head);
    // "newsletter", "feed", "json", "csv", "html", "pdf", "email"
    static QString formatKey(ImportFormat format);
    static std::optional<ImportFormat> formatFromKey(QStringView key); // also accepts "rss", "atom", "auto"

    // Parses a newsletter (plain text, a web page, a PDF file or an e-mail message), a feed or a CSV file of
    // developments. Throws Error naming the file (and line or field) when it cannot be read or is not what
    // its format says.
    ImportBatch read(const QString &path, const ImportOptions &options = {});
    // The same from bytes already read.
    ImportBatch readBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options);
    // Text formats only (newsletter, web page, feed, CSV).
    ImportBatch parse(const QString &text, const QString &fileName, const ImportOptions &options);

    // Matches each item with the database: by source publication and item number; else by what the item
    // is about, whatever its title says — the same document (《…》 or the named one) from the same issuer,
    // the same issuer and date with similar text, or for an undated item the same issuer with similar
    // text (the whole text in either language, obligations included). Sets match, existingUid, matchReason
    // and changes, and proposes replacesUid when an item is the final version of a stored draft for
    // comments. Unchanged items are unselected.
    void reconcile(ImportBatch &batch);

    // Writes the selected items in one transaction: the catalogue authorities they need added, new ones
    // created, changed ones updated (keeping the stored uid), version links applied
    // (DevelopmentService::linkLaterVersion). progress(done, total) is called between items; returning false
    // cancels, and then nothing is written. With dryRun everything is checked and then rolled back. Throws
    // Error (and writes nothing) on any problem.
    ImportResult commit(const ImportBatch &batch, bool dryRun = false,
                        const std::function<bool(int, int)> &progress = {});

    // read(), reconcile() and commit() in one pass that holds one item at a time: each item is read, matched
    // with the database as it was before the import (never with what the import itself writes), written when
    // selected, then handed to `seen` and let go. Memory stays the file's text plus one item, whatever the
    // number of items. One transaction, all or nothing; with dryRun it is rolled back. Throws Error.
    ImportRun importEach(QByteArray bytes, const QString &fileName, const ImportOptions &options, bool dryRun,
                         const std::function<void(const ImportBatch &, const ImportItem &)> &seen = {});

    // Adds an issuer that the reviewer confirmed ("authority unknown: add it?"). Returns its code.
    QString addAuthority(const Authority &authority);

private:
    class Matcher;
    class Writer;

    // Lets go of the bytes as soon as they are read into text.
    ImportBatch visitBytes(QByteArray bytes, const QString &fileName, const ImportOptions &options,
                           const ImportItemVisitor &receive);
    // The text is let go as soon as what the format reads from it stands on its own (a CSV file's cells).
    ImportBatch visitText(QString text, const QString &fileName, const ImportOptions &options,
                          const ImportItemVisitor &receive);
    QString updateMatched(const ImportBatch &batch, const ImportItem &item, const Development &detected,
                          DevelopmentRepository &repository, DevelopmentService &service);
    static ImportBatch withFileOptions(ImportBatch batch, const ImportOptions &options);
    ImportItemVisitor analyzingStructured(ImportFormat format, const ImportOptions &options,
                                          const ImportLexicon &lexicon, const ImportItemVisitor &receive);

    Database &m_db;
};

} // namespace rt::core
