// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the filter's text becomes an SQL condition over developments (alias "d"). This is the seam where
// full-text search plugs in: FullTextSearch uses the FTS5 index with the bilingual glossary; SubstringSearch,
// the foundation's plain matching, serves databases without the index.

#include "SearchQuery.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace rt::core {
class SqlDialect;
}

namespace rt::core {

class Database;
class Glossary;

class TextSearch
{
public:
    virtual ~TextSearch() = default;
    // The best search the database supports: full text when it has the index, substrings otherwise.
    static std::unique_ptr<TextSearch> forDatabase(Database &db);
    // Appends the bindings it uses; returns an SQL boolean expression, or an empty string for "no condition".
    virtual QString condition(const QString &text, QVariantList &bindings) const = 0;
    // A subquery of (id, score) rows for the matching developments, lower scores ranking first, or an empty
    // string when this search does not rank.
    virtual QString ranking(const QString &text, QVariantList &bindings) const;
    // The text as a query, for finding the matches in a displayed text.
    virtual SearchQuery query(const QString &text) const;
    // The same search on another connection (a worker's).
    virtual std::unique_ptr<TextSearch> on(Database &db) const = 0;
};

// Every whitespace-separated term must occur, case-insensitively, in a title, document title, summary or
// obligation text of either language.
class SubstringSearch final : public TextSearch
{
public:
    QString condition(const QString &text, QVariantList &bindings) const override;
    std::unique_ptr<TextSearch> on(Database &db) const override;
};

// The FTS5 index (FullTextIndex), ranked by bm25 with titles weighing more than the rest; English and Chinese
// queries are widened by the glossary's equivalents.
//
// The full-text query runs once per text: its matches and scores are kept in a temporary table of this
// connection, which the table, its page fetches and every facet count then read. The table is refilled when
// the text changes or the index may have (a write through this connection, a rollback, another connection's
// commit).
class FullTextSearch final : public TextSearch
{
public:
    // Without a glossary a query matches only what was typed.
    explicit FullTextSearch(Database &db, const Glossary *glossary = nullptr);
    // With the glossary shipped with the application, read when the first query needs it: reading it loads
    // the Chinese conversion dictionaries, which a window that has not been searched yet can do without.
    static std::unique_ptr<FullTextSearch> withGlossary(Database &db);

    QString condition(const QString &text, QVariantList &bindings) const override;
    QString ranking(const QString &text, QVariantList &bindings) const override;
    SearchQuery query(const QString &text) const override;
    std::unique_ptr<TextSearch> on(Database &db) const override;

    // The MATCH expression of a text and the statement that ranks its hits, for a connection of its own.
    QString expression(const QString &text) const;
    static QString hitsQuery(const SqlDialect &dialect);
    // Whether the hits of text are at hand (no full-text query needed to filter by it).
    bool isPrepared(const QString &text) const;
    // Takes hits found elsewhere, as a JSON array of [id, score], for the expression as the index was at
    // (generation, dataVersion); false, and nothing taken, when the index may have changed since. They are
    // written into the table only when a query needs them.
    bool adopt(const QString &expression, const QByteArray &hits, qint64 generation,
               qint64 dataVersion) const;
    // The hits of the expression that materialize() filled, as adopt() takes them; empty when it holds
    // others.
    QByteArray hits(const QString &expression) const;
    qint64 dataVersion() const;

    // bm25 weights of the title and body columns.
    static constexpr double titleWeight = 4.0;
    static constexpr double bodyWeight = 1.0;

private:
    // Fills the hits table for the query unless it holds them already; false for an empty query.
    bool materialize(const QString &text) const;
    void createTable() const; // empty

    const Glossary *glossary() const;

    Database &m_db;
    const Glossary *m_glossary;
    bool m_builtInGlossary = false; // m_glossary is the shipped one, not yet read
    QString m_name; // search_hits_N, one per instance
    QString m_table; // the same, qualified as a temporary table
    mutable QString m_expression; // what the table holds
    mutable qint64 m_generation = -1;
    mutable qint64 m_dataVersion = -1;
    mutable QByteArray m_adopted; // hits taken but not yet written into the table
};

} // namespace rt::core
