// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The full-text index of developments (table development_search, SQLite FTS5). Every text of a development in
// both languages is indexed in the form SearchQuery::indexForm prepares, in the same transaction as the write
// that changed it: DevelopmentRepository calls index() and remove(), so no writer can forget it. Whole
// rebuilds go through SearchIndexBuilder, which Database::open also runs when the index is stale.

#include "SearchIndexBuilder.h"

#include <QString>

namespace rt::core {

class Database;
struct Development;

class FullTextIndex
{
public:
    // The way the text is prepared (SearchIndexBuilder::format).
    static constexpr int format = SearchIndexBuilder::format;

    explicit FullTextIndex(Database &db);

    // Adds or replaces the development's entry.
    void index(qint64 id, const Development &development);
    // Adds the entry of a development that was just inserted, which has none to replace.
    void add(qint64 id, const Development &development);
    void remove(qint64 id);
    // Rebuilds the whole index when it was prepared in another format (or never); returns the number of
    // developments indexed, 0 when the index was current.
    int ensureCurrent();
    int rebuild();

private:
    void insert(qint64 id, const QString &title, const QString &body);

    Database &m_db;
};

} // namespace rt::core
