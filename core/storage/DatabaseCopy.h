// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Copies a whole RegTracker database from one engine to another (an SQLite file to a team database on
// PostgreSQL and back, or between two of the same kind). The copy keeps every row as it is, ids included, and
// who made each change in the audit log; the target's full-text index is built anew.
//
// It promises all or nothing: the target must hold no data, everything is written in one transaction, and
// before that commits every table of the target is compared with the source, row count and checksum; any
// difference, failure or cancellation rolls the target back untouched.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rt::core {

class Database;

class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DatabaseCopy)
public:
    // One table's content: its rows and the SHA-256 (hex) of their values in primary-key order, encoded so
    // that the same data gives the same digest on either engine.
    struct TableDigest
    {
        QString name;
        qint64 rows = 0;
        QString sha256; // empty from rowCounts()

        friend bool operator==(const TableDigest &, const TableDigest &) = default;
    };
    // Called as rows are written, with the rows done and the rows in all; returning false cancels the copy.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies everything from source into target (both opened by Database::open, so at the same schema
    // version) and returns the digests both now share. Throws Error: InvalidInput when the schema versions
    // or tables differ or the target holds data, Failed when a write, the verification or the progress
    // callback stopped the copy. Nothing is written to the target then.
    static QList<TableDigest> copy(Database &source, Database &target, const Progress &progress = {});

    // Every table that holds data (all but the schema's version records and the full-text index), tables
    // before those whose foreign keys point at them.
    static QStringList tables(Database &db);
    static QList<TableDigest> digest(Database &db);
    static QList<TableDigest> rowCounts(Database &db);
};

} // namespace rt::core
