// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentQuery.h"

#include "Applicability.h"
#include "TextSearch.h"

namespace rt::core {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

void appendAll(QVariantList &bindings, const QStringList &values)
{
    for (const QString &value : values) {
        bindings.append(value);
    }
}

} // namespace

SqlCondition whereClause(const DevelopmentFilter &filter, const TextSearch &search, Facet except)
{
    QStringList conditions;
    SqlCondition result;
    if (!filter.text.trimmed().isEmpty()) {
        const QString condition = search.condition(filter.text, result.bindings);
        if (!condition.isEmpty()) {
            conditions.append(condition);
        }
    }
    if (!filter.authorities.isEmpty() && except != Facet::Authority) {
        conditions.append(
            QStringLiteral("d.id IN (SELECT da.development_id FROM development_authorities da JOIN "
                           "authorities a ON a.id = da.authority_id WHERE a.code IN (%1))")
                .arg(placeholders(filter.authorities.size())));
        appendAll(result.bindings, filter.authorities);
    }
    if (!filter.topics.isEmpty() && except != Facet::Topic) {
        conditions.append(
            QStringLiteral("d.id IN (SELECT dt.development_id FROM development_topics dt JOIN topics t "
                           "ON t.id = dt.topic_id WHERE t.code IN (%1))")
                .arg(placeholders(filter.topics.size())));
        appendAll(result.bindings, filter.topics);
    }
    if (!filter.kinds.isEmpty() && except != Facet::Kind) {
        conditions.append(QStringLiteral("d.kind IN (%1)").arg(placeholders(filter.kinds.size())));
        appendAll(result.bindings, filter.kinds);
    }
    if (!filter.stages.isEmpty() && except != Facet::Stage) {
        conditions.append(QStringLiteral("d.stage IN (%1)").arg(placeholders(filter.stages.size())));
        appendAll(result.bindings, filter.stages);
    }
    if (!filter.regions.isEmpty() && except != Facet::Region) {
        conditions.append(QStringLiteral("d.region IN (%1)").arg(placeholders(filter.regions.size())));
        appendAll(result.bindings, filter.regions);
    }
    if (!filter.years.isEmpty() && except != Facet::Year) {
        // Ranges rather than substr(): the announcement index serves them.
        QStringList ranges;
        for (int year : filter.years) {
            ranges.append(QStringLiteral("(d.announced_on >= ? AND d.announced_on < ?)"));
            result.bindings.append(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
            result.bindings.append(QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')));
        }
        conditions.append(u'(' + ranges.join(QStringLiteral(" OR ")) + u')');
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("d.announced_on >= ?"));
        result.bindings.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("d.announced_on <= ?"));
        result.bindings.append(filter.to.toString(Qt::ISODate));
    }
    if (filter.company != 0) {
        conditions.append(bindsCompany(filter.company));
    }
    if (!conditions.isEmpty()) {
        result.where = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    return result;
}

} // namespace rt::core
