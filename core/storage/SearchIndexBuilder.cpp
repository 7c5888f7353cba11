// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndexBuilder.h"

#include "Error.h"
#include "SearchQuery.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rt::core {

namespace {

void run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        throw Error(Error::Code::Failed, query.lastError().text());
    }
}

} // namespace

SearchIndexBuilder::SearchIndexBuilder(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QString SearchIndexBuilder::titleText(const QStringList &titles)
{
    return SearchQuery::indexForm(titles.join(u'\n'));
}

QString SearchIndexBuilder::bodyText(const QStringList &texts)
{
    return SearchQuery::indexForm(texts.join(u'\n'));
}

bool SearchIndexBuilder::isCurrent() const
{
    QSqlQuery query(m_db);
    run(query, QStringLiteral("SELECT max(format) FROM search_index"));
    return query.next() && query.value(0).toInt() == format;
}

int SearchIndexBuilder::rebuild()
{
    const bool postgresql = m_dialect.isPostgreSQL();
    QSqlQuery clear(m_db);
    run(clear, m_dialect.searchClear());
    // The texts of obligations and penalties first, grouped by development, then one pass over developments.
    QHash<qint64, QStringList> children;
    for (const QString &sql :
         {QStringLiteral("SELECT development_id, text_en, text_zh FROM obligations ORDER BY development_id, "
                         "position"),
          QStringLiteral("SELECT development_id, description_en, description_zh FROM penalties ORDER BY "
                         "development_id, position")}) {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        run(rows, sql);
        while (rows.next()) {
            children[rows.value(0).toLongLong()] << rows.value(1).toString() << rows.value(2).toString();
        }
    }
    QSqlQuery insert(m_db);
    if (!insert.prepare(m_dialect.searchInsert())) {
        throw Error(Error::Code::Failed, insert.lastError().text());
    }
    QSqlQuery developments(m_db);
    // QPSQL allows no other statement on the connection while a forward-only result is being read.
    developments.setForwardOnly(!postgresql);
    run(developments,
        QStringLiteral("SELECT id, title_en, title_zh, doc_title_en, doc_title_zh, summary_en, "
                       "summary_zh FROM developments"));
    int count = 0;
    while (developments.next()) {
        const qint64 id = developments.value(0).toLongLong();
        QStringList body{developments.value(5).toString(), developments.value(6).toString()};
        body += children.value(id);
        insert.addBindValue(id);
        insert.addBindValue(titleText({developments.value(1).toString(), developments.value(2).toString(),
                                       developments.value(3).toString(), developments.value(4).toString()}));
        insert.addBindValue(bodyText(body));
        if (!insert.exec()) {
            throw Error(Error::Code::Failed, insert.lastError().text());
        }
        ++count;
    }
    QSqlQuery record(m_db);
    run(record, QStringLiteral("DELETE FROM search_index"));
    run(record, QStringLiteral("INSERT INTO search_index (format) VALUES (%1)").arg(format));
    return count;
}

} // namespace rt::core
