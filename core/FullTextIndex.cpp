#include "FullTextIndex.h"

#include "Database.h"
#include "Development.h"
#include "ScopedTransaction.h"
#include "SearchQuery.h"

#include <QHash>
#include <QSqlQuery>

namespace rt::core {

FullTextIndex::FullTextIndex(Database &db)
    : m_db(db)
{
}

QString FullTextIndex::titleText(const QStringList &titles)
{
    return SearchQuery::indexForm(titles.join(u'\n'));
}

QString FullTextIndex::bodyText(const QStringList &texts)
{
    return SearchQuery::indexForm(texts.join(u'\n'));
}

void FullTextIndex::insert(qint64 id, const QString &title, const QString &body)
{
    m_db.searchIndexChanged();
    m_db.exec(m_db.dialect().searchInsert(), {id, title, body});
}

void FullTextIndex::index(qint64 id, const Development &d)
{
    if (!m_db.hasSearchIndex()) {
        return;
    }
    QStringList body{d.summary.en, d.summary.zh};
    for (const Obligation &obligation : d.obligations) {
        body << obligation.text.en << obligation.text.zh;
    }
    for (const Penalty &penalty : d.penalties) {
        body << penalty.description.en << penalty.description.zh;
    }
    remove(id);
    insert(id, titleText({d.title.en, d.title.zh, d.documentTitle.en, d.documentTitle.zh}), bodyText(body));
}

void FullTextIndex::remove(qint64 id)
{
    if (m_db.hasSearchIndex()) {
        m_db.searchIndexChanged();
        m_db.exec(m_db.dialect().searchDelete(), {id});
    }
}

int FullTextIndex::ensureCurrent()
{
    if (!m_db.hasSearchIndex()
        || m_db.scalar(QStringLiteral("SELECT max(format) FROM search_index")).toInt() == format) {
        return 0;
    }
    return rebuild();
}

int FullTextIndex::rebuild()
{
    if (!m_db.hasSearchIndex()) {
        return 0;
    }
    ScopedTransaction transaction(m_db);
    m_db.searchIndexChanged();
    m_db.exec(m_db.dialect().searchClear());
    // The texts of obligations and penalties first, grouped by development, then one pass over developments.
    QHash<qint64, QStringList> children;
    for (const QString &sql :
         {QStringLiteral("SELECT development_id, text_en, text_zh FROM obligations ORDER BY development_id, "
                         "position"),
          QStringLiteral("SELECT development_id, description_en, description_zh FROM penalties ORDER BY "
                         "development_id, position")}) {
        QSqlQuery &rows = m_db.exec(sql);
        while (rows.next()) {
            children[rows.value(0).toLongLong()] << rows.value(1).toString() << rows.value(2).toString();
        }
        rows.finish();
    }
    QSqlQuery developments(m_db.connection());
    developments.setForwardOnly(!m_db.isPostgreSQL()); // see Database::exec
    developments.exec(QStringLiteral("SELECT id, title_en, title_zh, doc_title_en, doc_title_zh, summary_en, "
                                     "summary_zh FROM developments"));
    int count = 0;
    while (developments.next()) {
        const qint64 id = developments.value(0).toLongLong();
        QStringList body{developments.value(5).toString(), developments.value(6).toString()};
        body += children.value(id);
        insert(id,
               titleText({developments.value(1).toString(), developments.value(2).toString(),
                          developments.value(3).toString(), developments.value(4).toString()}),
               bodyText(body));
        ++count;
    }
    m_db.exec(QStringLiteral("DELETE FROM search_index"));
    m_db.exec(QStringLiteral("INSERT INTO search_index (format) VALUES (?)"), {format});
    transaction.commit();
    return count;
}

} // namespace rt::core
