// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything that SQLite and PostgreSQL spell differently, in one place: the migration files' placeholders
// and engine-only sections, the catalogue queries, temporary tables, and the full-text index (FTS5 in SQLite,
// tsvector with a GIN index in PostgreSQL). The rest of core writes SQL that both engines understand.

#include "DatabaseAddress.h"
#include "SearchQuery.h"

#include <QString>
#include <QStringList>

namespace rt::core {

class SqlDialect
{
public:
    using Engine = DatabaseAddress::Engine;
    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }
    Engine engine() const { return m_engine; }
    bool isPostgreSQL() const { return m_engine == Engine::PostgreSQL; }

    // A migration file as this engine runs it: {{PK}}, {{BLOB}} and {{SEARCH_INDEX}} replaced, and the lines
    // between "--@postgresql" (or "--@sqlite") and "--@end" kept only for that engine.
    QString migration(const QString &sql) const;

    // How many tables the database holds (a database with tables and no schema version is not ours).
    QString countTables() const;
    // Whether a table of this name exists: one row with a count, bind the name.
    QString tableExists() const;

    // What every connection of this engine sets when it opens, as statements to run in order. SQLite: a page
    // cache large enough for the working set of a large library and the file mapped into memory (reads then
    // cost no system call and no copy), temporary tables in memory; the writing connection adds foreign keys,
    // write-ahead logging and a busy timeout (writerSettings).
    QStringList connectionSettings() const;
    QStringList writerSettings() const;
    static constexpr int pageCacheKiB = 32 * 1024;
    static constexpr qint64 mappedBytes = qint64(1) << 30;

    // A join that the planner must run in the order written (SQLite's CROSS JOIN; PostgreSQL plans it well).
    QString joinInThisOrder() const
    {
        return isPostgreSQL() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
    }

    // After a table in FROM: the index the planner must use (SQLite's INDEXED BY; PostgreSQL has no hints and
    // chooses an index-only scan itself).
    QString useIndex(const QString &index) const
    {
        return isPostgreSQL() ? QString() : QStringLiteral(" INDEXED BY ") + index;
    }

    // The qualified name of a temporary table, and its creation (columns as in CREATE TABLE).
    QString temporaryTable(const QString &name) const;
    QString createTemporaryTable(const QString &name, const QString &columns) const;
    // INSERT INTO table (id, score) from one bound JSON text of [[id, score], …].
    QString insertIdScorePairs(const QString &table) const;

    // The full-text index: rows of (id, score) matching one bound expression, lower scores first is better.
    QString searchHits(double titleWeight, double bodyWeight) const;
    SearchQuery::Syntax searchSyntax() const
    {
        return isPostgreSQL() ? SearchQuery::Syntax::TsQuery : SearchQuery::Syntax::Fts5;
    }
    QString searchInsert() const; // binds id, title, body
    QString searchDelete() const; // binds id
    QString searchClear() const;

    // The catalogue, read the same way on both engines (DatabaseCopy copies and compares through it).
    // The ordinary tables of the database: one column of names. Views, the engine's full-text table and the
    // tables it keeps for itself are not listed.
    QString listTables() const;
    // Rows of (column name, declared type, position in the primary key or 0) in column order; bind the table.
    QString listColumns() const;
    // Rows of (referenced table, referencing column), one per foreign key; bind the table.
    QString listForeignKeys() const;
    // Rows of (trigger name) of the enabled triggers that a user created on a table; bind the table. Empty
    // for SQLite, whose triggers cannot be switched off.
    QString listTriggers() const;
    // ALTER TABLE … DISABLE / ENABLE TRIGGER (run with Database::execute; PostgreSQL only).
    QString enableTrigger(const QString &table, const QString &trigger, bool enable) const;

    // How a value of a column is compared across engines, from the declared type of the column.
    enum class ValueKind { Integer, Real, Text, Blob };
    static ValueKind valueKind(const QString &declaredType);
    static QString quoted(const QString &identifier);
    // An ORDER BY term that sorts text by its UTF-8 bytes on both engines (whatever the server's collation).
    QString byteOrder(const QString &column, ValueKind kind) const;

    // The Julian day number (QDate::toJulianDay) of an ISO date column, 0 where it is NULL: dates read as
    // numbers cost no text to make and parse, which counts when a view reads every development.
    QString julianDay(const QString &column) const;

    // The first statement of a transaction that reads one consistent snapshot of the whole database;
    // empty for SQLite, whose read transactions are snapshots already.
    QString snapshotTransaction() const;
    // After rows were inserted with explicit ids: moves the identity of column past the highest id. Empty for
    // SQLite, which numbers new rows after the highest id by itself.
    QString moveIdentityPastMax(const QString &table, const QString &column) const;

private:
    Engine m_engine;
};

} // namespace rt::core
