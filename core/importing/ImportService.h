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
struct Authority;

struct ImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int obligations = 0; // candidate obligations written
    int reReviews = 0; // assessments marked for re-review by version links
    QStringList uids; // of the developments written, in batch order
    bool cancelled = false; // nothing was written
};

class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ImportService)
public:
    explicit ImportService(Database &db);

    // The format of a file from its name and first bytes; Newsletter for plain text.
    static ImportFormat detectFormat(const QString &fileName, QByteArrayView head);
    static QString formatKey(ImportFormat format); // "newsletter", "feed", "json", "csv"
    static std::optional<ImportFormat> formatFromKey(QStringView key); // also accepts "rss", "atom", "auto"

    // Parses a newsletter, feed or CSV file of developments. Throws Error naming the file (and line or field)
    // when it cannot be read or is not what its format says.
    ImportBatch read(const QString &path, const ImportOptions &options = {});
    ImportBatch parse(const QString &text, const QString &fileName, const ImportOptions &options);

    // Matches each item with the database: by source publication and item number, else by authority, date
    // and title similarity; sets match, existingUid, changes, and proposes replacesUid when an item is the
    // final version of a stored draft for comments. Unchanged items are unselected.
    void reconcile(ImportBatch &batch);

    // Writes the selected items in one transaction: new ones created, changed ones updated (keeping the
    // stored uid), version links applied (DevelopmentService::linkLaterVersion). progress(done, total) is
    // called between items; returning false cancels, and then nothing is written. With dryRun everything is
    // checked and then rolled back. Throws Error (and writes nothing) on any problem.
    ImportResult commit(const ImportBatch &batch, bool dryRun = false,
                        const std::function<bool(int, int)> &progress = {});

    // Adds an issuer that the reviewer confirmed ("authority unknown: add it?"). Returns its code.
    QString addAuthority(const Authority &authority);

private:
    Database &m_db;
};

} // namespace rt::core
