// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fills the full-text index of developments from their stored texts, on the bare connection, and records the
// format it prepared them in. Database::open runs it, like a migration, when the index was prepared in
// another format (or never), so that nobody searches a stale index and readers never need to write it;
// FullTextIndex runs it for a rebuild on demand. The caller holds the transaction.

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rt::core {

class SearchIndexBuilder final
{
public:
    // The way the text is prepared. Raise it whenever indexForm() or the indexed fields change: databases
    // indexed the old way are rebuilt on open.
    static constexpr int format = 2; // 2: Chinese in the search form (ChineseScript::fold)

    SearchIndexBuilder(QSqlDatabase db, const SqlDialect &dialect);

    // Whether the index holds text prepared in this format.
    bool isCurrent() const;
    // Replaces the whole index; returns the number of developments indexed. Throws Error.
    int rebuild();

    // The two indexed columns, as prepared text: titles (weighted higher when ranking) and the rest.
    static QString titleText(const QStringList &titles);
    static QString bodyText(const QStringList &texts);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace rt::core
