// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextIndex.h"

#include "Database.h"
#include "Development.h"
#include "ScopedTransaction.h"

#include <QSqlQuery>

namespace rt::core {

FullTextIndex::FullTextIndex(Database &db)
    : m_db(db)
{
}

void FullTextIndex::insert(qint64 id, const QString &title, const QString &body)
{
    m_db.searchIndexChanged();
    m_db.run(m_db.dialect().searchInsert(), {id, title, body});
}

void FullTextIndex::index(qint64 id, const Development &d)
{
    remove(id);
    add(id, d);
}

void FullTextIndex::add(qint64 id, const Development &d)
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
    insert(id,
           SearchIndexBuilder::titleText({d.title.en, d.title.zh, d.documentTitle.en, d.documentTitle.zh}),
           SearchIndexBuilder::bodyText(body));
}

void FullTextIndex::remove(qint64 id)
{
    if (m_db.hasSearchIndex()) {
        m_db.searchIndexChanged();
        m_db.run(m_db.dialect().searchDelete(), {id});
    }
}

int FullTextIndex::ensureCurrent()
{
    if (!m_db.hasSearchIndex() || SearchIndexBuilder(m_db.connection(), m_db.dialect()).isCurrent()) {
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
    const int count = SearchIndexBuilder(m_db.connection(), m_db.dialect()).rebuild();
    transaction.commit();
    return count;
}

} // namespace rt::core
