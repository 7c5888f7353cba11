#pragma once
// Everything that SQLite and PostgreSQL spell differently, in one place: the migration files' placeholders
// and engine-only sections, the catalogue queries, temporary tables, and the full-text index (FTS5 in SQLite,
// tsvector with a GIN index in PostgreSQL). The rest of core writes SQL that both engines understand.

#include "DatabaseAddress.h"
#include "SearchQuery.h"

#include <QString>

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

private:
    Engine m_engine;
};

} // namespace rt::core
