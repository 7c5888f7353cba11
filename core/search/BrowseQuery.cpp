// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowseQuery.h"

#include "Database.h"
#include "TextSearch.h"

#include <QHash>

namespace rt::core {

namespace {

enum Column { DateColumn, AuthoritiesColumn, TitleColumn, KindColumn, StageColumn, TopicsColumn };

QString marks(qsizetype count)
{
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i) {
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return text;
}

QString direction(bool ascending)
{
    return ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

DevelopmentFilter withoutText(DevelopmentFilter filter)
{
    filter.text.clear();
    return filter;
}

} // namespace

BrowseQuery::BrowseQuery(Database &db, const TextSearch &search)
    : m_db(db)
    , m_search(search)
{
}

bool BrowseQuery::ranks(const DevelopmentFilter &filter) const
{
    QVariantList unused;
    return !filter.text.trimmed().isEmpty() && !m_search.ranking(filter.text, unused).isEmpty();
}

QString BrowseQuery::sortKey(const DevelopmentOrder &order) const
{
    // Never NULL, so that the keyset comparison of page() is total.
    switch (order.column) {
    case AuthoritiesColumn:
        return QStringLiteral(
            "coalesce((SELECT a.code FROM development_authorities da JOIN authorities a ON a.id = "
            "da.authority_id WHERE da.development_id = d.id AND da.position = 0), '')");
    case TitleColumn:
        return order.language == Language::Chinese ? QStringLiteral("d.title_zh")
                                                   : QStringLiteral("lower(d.title_en)");
    case KindColumn:
        return QStringLiteral("d.kind");
    case StageColumn:
        return QStringLiteral("d.stage");
    case TopicsColumn:
        return QStringLiteral("coalesce((SELECT t.code FROM development_topics dt JOIN topics t ON t.id = "
                              "dt.topic_id WHERE dt.development_id = d.id AND dt.position = 0), '')");
    default:
        return QStringLiteral("d.announced_on");
    }
}

int BrowseQuery::count(const DevelopmentFilter &filter) const
{
    QVariantList bindings;
    const QString ranking
        = withoutText(filter).isEmpty() ? m_search.ranking(filter.text, bindings) : QString();
    if (!ranking.isEmpty()) {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 h").arg(ranking), bindings).toInt();
    }
    const SqlCondition condition = whereClause(filter, m_search);
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM developments d ") + condition.where, condition.bindings)
        .toInt();
}

bool BrowseQuery::contains(const DevelopmentFilter &filter, qint64 id) const
{
    const SqlCondition condition = whereClause(filter, m_search);
    const QString where = condition.where.isEmpty() ? QStringLiteral("WHERE d.id = ?")
                                                    : condition.where + QStringLiteral(" AND d.id = ?");
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM developments d ") + where,
                       condition.bindings + QVariantList{id})
               .toInt()
        > 0;
}

qint64 BrowseQuery::libraryCount() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM developments")).toLongLong();
}

QList<DevelopmentRow> BrowseQuery::page(const DevelopmentFilter &filter, const DevelopmentOrder &order,
                                        const DevelopmentRow *after, int limit) const
{
    // Keyset paging: the next page starts after the last row's (sort key, id), so a page deep in a large
    // table costs the same as the first (OFFSET would rescan every row before it). The id breaks ties.
    // Without a ranking search, "relevance" shows the newest first.
    const QString key = sortKey(order);
    const bool ascending = order.column != DevelopmentOrder::relevance && order.order == Qt::AscendingOrder;
    SqlCondition condition = whereClause(filter, m_search);
    QString where = condition.where;
    if (after) {
        where += (where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(%1, d.id) %2 (?, ?)")
                  .arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        condition.bindings << after->sortKey << after->id;
    }
    condition.bindings << limit;
    QList<DevelopmentRow> rows;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT d.id, d.uid, d.announced_on, d.title_en, d.title_zh, d.kind, "
                                   "d.stage, d.announced_until, %1 FROM developments d %2 ORDER BY %1 %3, "
                                   "d.id %3 LIMIT ?")
                        .arg(key, where, direction(ascending)),
                    condition.bindings);
    while (q.next()) {
        DevelopmentRow row;
        row.id = q.value(0).toLongLong();
        row.uid = q.value(1).toString();
        row.announced = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        row.title = {q.value(3).toString(), q.value(4).toString()};
        row.kind = q.value(5).toString();
        row.stage = q.value(6).toString();
        row.announcedUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        row.sortKey = q.value(8);
        rows.append(row);
    }
    q.finish();
    addLinks(rows);
    return rows;
}

QList<qint64> BrowseQuery::ordered(const DevelopmentFilter &filter, const DevelopmentOrder &order) const
{
    QVariantList bindings;
    const QString ranking = m_search.ranking(filter.text, bindings);
    const DevelopmentFilter rest = withoutText(filter);
    QString sql;
    if (order.column == DevelopmentOrder::relevance && !ranking.isEmpty() && rest.isEmpty()) {
        // Text alone: the ranked hits are the answer, and no development row is read.
        sql = QStringLiteral("SELECT h.id FROM %1 h ORDER BY h.score, h.id").arg(ranking);
    } else if (order.column == DevelopmentOrder::relevance && !ranking.isEmpty()) {
        const SqlCondition condition = whereClause(rest, m_search);
        bindings += condition.bindings;
        sql = QStringLiteral(
                  "SELECT d.id FROM %1 s %2 developments d ON d.id = s.id %3 ORDER BY s.score, d.id")
                  .arg(ranking, m_db.dialect().joinInThisOrder(), condition.where);
    } else {
        const SqlCondition condition = whereClause(filter, m_search);
        bindings += condition.bindings;
        const bool ascending
            = order.column != DevelopmentOrder::relevance && order.order == Qt::AscendingOrder;
        sql = QStringLiteral("SELECT d.id FROM developments d %1 ORDER BY %2 %3, d.id %3")
                  .arg(condition.where, sortKey(order), direction(ascending));
    }
    QList<qint64> ids;
    QSqlQuery &q = m_db.exec(sql, bindings);
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    q.finish();
    return ids;
}

QList<DevelopmentRow> BrowseQuery::rows(const QList<qint64> &ids) const
{
    // In chunks: an engine takes only so many bound values in one statement.
    constexpr qsizetype chunk = 500;
    QList<DevelopmentRow> rows;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        rows += rowsOf(ids.mid(start, chunk));
    }
    addLinks(rows);
    return rows;
}

QList<DevelopmentRow> BrowseQuery::rowsOf(const QList<qint64> &ids) const
{
    if (ids.isEmpty()) {
        return {};
    }
    QVariantList bindings;
    QHash<qint64, qsizetype> position;
    for (qint64 id : ids) {
        position.insert(id, bindings.size());
        bindings.append(id);
    }
    QList<DevelopmentRow> rows(ids.size());
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT d.id, d.uid, d.announced_on, d.title_en, d.title_zh, "
                       "d.kind, d.stage, d.announced_until FROM developments d WHERE d.id IN (%1)")
            .arg(marks(ids.size())),
        bindings);
    while (q.next()) {
        DevelopmentRow &row = rows[position.value(q.value(0).toLongLong())];
        row.id = q.value(0).toLongLong();
        row.uid = q.value(1).toString();
        row.announced = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        row.title = {q.value(3).toString(), q.value(4).toString()};
        row.kind = q.value(5).toString();
        row.stage = q.value(6).toString();
        row.announcedUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    }
    q.finish();
    // A development deleted since the list was made is left out.
    rows.removeIf([](const DevelopmentRow &row) { return row.id == 0; });
    return rows;
}

void BrowseQuery::addLinks(QList<DevelopmentRow> &rows) const
{
    if (rows.isEmpty()) {
        return;
    }
    // Issuers and topics of the rows in one query each (per chunk), not one per row.
    constexpr qsizetype chunk = 500;
    if (rows.size() > chunk) {
        for (qsizetype start = 0; start < rows.size(); start += chunk) {
            QList<DevelopmentRow> part = rows.mid(start, chunk);
            addLinks(part);
            std::move(part.begin(), part.end(), rows.begin() + start);
        }
        return;
    }
    QHash<qint64, qsizetype> index;
    QVariantList ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        index.insert(rows.at(i).id, i);
        ids.append(rows.at(i).id);
    }
    const QString in = marks(ids.size());
    QSqlQuery &authorities
        = m_db.exec(QStringLiteral("SELECT da.development_id, a.code FROM development_authorities da JOIN "
                                   "authorities a ON a.id = da.authority_id WHERE da.development_id IN (%1) "
                                   "ORDER BY da.development_id, da.position")
                        .arg(in),
                    ids);
    while (authorities.next()) {
        rows[index.value(authorities.value(0).toLongLong())].authorities.append(
            authorities.value(1).toString());
    }
    authorities.finish();
    QSqlQuery &topics
        = m_db.exec(QStringLiteral("SELECT dt.development_id, t.code FROM development_topics dt "
                                   "JOIN topics t ON t.id = dt.topic_id WHERE dt.development_id "
                                   "IN (%1) ORDER BY dt.development_id, dt.position")
                        .arg(in),
                    ids);
    while (topics.next()) {
        rows[index.value(topics.value(0).toLongLong())].topics.append(topics.value(1).toString());
    }
    topics.finish();
}

QList<FacetCount> BrowseQuery::facet(Facet facet, const DevelopmentFilter &filter) const
{
    const SqlCondition condition = whereClause(filter, m_search, facet);
    // Search results are looked up by id: the narrow index of the facet columns is many times faster than the
    // rows themselves, which the planner would otherwise read.
    const QString developments = !filter.text.trimmed().isEmpty() && m_db.hasSearchIndex()
        ? QStringLiteral("developments d")
            + m_db.dialect().useIndex(QStringLiteral("developments_search_facets"))
        : QStringLiteral("developments d");
    QString sql;
    switch (facet) {
    case Facet::Authority:
        sql = QStringLiteral(
            "SELECT a.code, count(*) FROM development_authorities da JOIN authorities a ON a.id = "
            "da.authority_id %1 GROUP BY a.code");
        break;
    case Facet::Topic:
        sql = QStringLiteral("SELECT t.code, count(*) FROM development_topics dt JOIN topics t ON t.id = "
                             "dt.topic_id %1 GROUP BY t.code");
        break;
    case Facet::Kind:
        sql = QStringLiteral("SELECT d.kind, count(*) FROM %2 %1 GROUP BY d.kind");
        break;
    case Facet::Stage:
        sql = QStringLiteral("SELECT d.stage, count(*) FROM %2 %1 GROUP BY d.stage");
        break;
    case Facet::Year:
        sql = QStringLiteral("SELECT substr(d.announced_on, 1, 4), count(*) FROM %2 %1 "
                             "GROUP BY substr(d.announced_on, 1, 4)");
        break;
    case Facet::Region:
        sql = QStringLiteral("SELECT d.region, count(*) FROM %2 %1 GROUP BY d.region");
        break;
    case Facet::None:
        return {};
    }
    // The link tables are counted directly when nothing restricts the developments: no subquery to join.
    const bool linked = facet == Facet::Authority || facet == Facet::Topic;
    QString where = condition.where;
    if (linked && !where.isEmpty()) {
        where = QStringLiteral("WHERE %1.development_id IN (SELECT d.id FROM %2 %3)")
                    .arg(facet == Facet::Authority ? QStringLiteral("da") : QStringLiteral("dt"),
                         developments, condition.where);
    }
    QList<FacetCount> counts;
    QSqlQuery &q = m_db.exec(linked ? sql.arg(where) : sql.arg(where, developments), condition.bindings);
    while (q.next()) {
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    }
    q.finish();
    return counts;
}

} // namespace rt::core
