// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineData.h"

#include "Change.h"
#include "Database.h"
#include "DevelopmentQuery.h"
#include "TextSearch.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <numeric>

namespace rt::core {

namespace {

// The lanes of TimelineLanes::Level, top to bottom.
enum class LevelLane { National, Provincial, Municipal, Standards, Courts, Associations, Count };

LevelLane levelLane(const Authority &authority)
{
    switch (authority.kind) {
    case AuthorityKind::StandardsBody:
        return LevelLane::Standards;
    case AuthorityKind::Court:
        return LevelLane::Courts;
    case AuthorityKind::IndustryAssociation:
    case AuthorityKind::InternationalForum:
        return LevelLane::Associations;
    case AuthorityKind::Regulator:
    case AuthorityKind::Government:
        break;
    }
    switch (authority.level) {
    case AuthorityLevel::Provincial:
        return LevelLane::Provincial;
    case AuthorityLevel::Municipal:
        return LevelLane::Municipal;
    case AuthorityLevel::National:
        break;
    }
    return LevelLane::National;
}

QString levelLabel(LevelLane lane)
{
    switch (lane) {
    case LevelLane::National:
        return QCoreApplication::translate("rt::core::TimelineData", "National");
    case LevelLane::Provincial:
        return QCoreApplication::translate("rt::core::TimelineData", "Provincial");
    case LevelLane::Municipal:
        return QCoreApplication::translate("rt::core::TimelineData", "Municipal");
    case LevelLane::Standards:
        return QCoreApplication::translate("rt::core::TimelineData", "Standards bodies");
    case LevelLane::Courts:
        return QCoreApplication::translate("rt::core::TimelineData", "Courts");
    case LevelLane::Associations:
        return QCoreApplication::translate("rt::core::TimelineData", "Associations");
    case LevelLane::Count:
        break;
    }
    return {};
}

} // namespace

TimelineData::TimelineData(Database &db, const TextSearch &search, QObject *parent, bool active)
    : QObject(parent)
    , m_db(db)
    , m_search(search)
    , m_deferred(
          active, [this] { load(); }, [this] { Q_EMIT changed(); })
    , m_today(QDate::currentDate())
{
    connect(&m_db, &Database::changed, this, &TimelineData::onDatabaseChanged);
    reload();
}

void TimelineData::setFilter(const DevelopmentFilter &filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        reload();
    }
}

void TimelineData::setLanes(TimelineLanes lanes)
{
    if (lanes != m_lanes) {
        m_lanes = lanes;
        reload();
    }
}

void TimelineData::setUpcoming(bool upcoming, const QDate &today)
{
    if (upcoming != m_upcoming || today != m_today) {
        m_upcoming = upcoming;
        m_today = today;
        reload();
    }
}

void TimelineData::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        reload(); // lane labels, and the order of authority and topic lanes, follow the language
    }
}

void TimelineData::onDatabaseChanged(const QList<Change> &changes)
{
    if (entitiesIn(changes) & (Entities(Entity::Development) | Entity::Authority | Entity::Vocabulary)) {
        reload();
    }
}

std::size_t TimelineData::lowerBound(qint64 day) const
{
    const std::vector<TimelineItem> &all = items();
    return std::size_t(std::lower_bound(all.begin(), all.end(), day,
                                        [](const TimelineItem &item, qint64 d) { return item.announced < d; })
                       - all.begin());
}

void TimelineData::setActive(bool active)
{
    m_deferred.setActive(active);
}

const TimelineData &TimelineData::current() const
{
    m_deferred.ensureCurrent();
    return *this;
}

void TimelineData::reload()
{
    m_deferred.request();
}

// One development as read: its dates as Julian days and its kind.
struct TimelineData::Row
{
    qint64 id = 0;
    qint64 announced = 0;
    qint64 deadline = 0;
    qint64 effective = 0;
    int kind = 0;
    bool approximate = false;
};

// The lane keys (issuers' or topics' ids) of the developments, numbered densely as they occur, with their
// lanes; and which development has which key, sorted by development.
struct TimelineData::Keys
{
    QHash<qint64, QString> codes; // every authority's or topic's code, by id
    QHash<qint64, int> index; // id -> index into ids
    QList<qint64> ids;
    std::vector<int> lanes; // per index: the lane
    std::vector<std::pair<qint64, int>> links; // (development id, index), sorted
};

void TimelineData::load()
{
    m_names.load(m_db);
    Keys keys = laneKeys();
    const std::vector<Row> rows = readDevelopments();
    readLinks(keys);
    makeLanes(keys);
    makeItems(rows, keys);
    m_index = TimelineIndex(m_items, int(m_laneLabels.size()));
}

TimelineData::Keys TimelineData::laneKeys() const
{
    Keys keys;
    if (m_lanes == TimelineLanes::Topic) {
        QSqlQuery &topics = m_db.exec(QStringLiteral("SELECT id, code FROM topics"));
        while (topics.next()) {
            keys.codes.insert(topics.value(0).toLongLong(), topics.value(1).toString());
        }
        topics.finish();
    } else if (m_lanes != TimelineLanes::Kind) {
        for (const Authority &authority : m_names.authorities()) {
            keys.codes.insert(authority.id, authority.code);
        }
    }
    return keys;
}

std::vector<TimelineData::Row> TimelineData::readDevelopments() const
{
    // In date order, with dates and kinds as numbers: the timeline's index of developments holds all of it,
    // so not one development row is read, and no text is made.
    const SqlCondition condition = whereClause(m_filter, m_search);
    const SqlDialect &dialect = m_db.dialect();
    QString kind = QStringLiteral("CASE d.kind");
    const QStringList kindKeys = Vocabulary::keys<DevelopmentKind>();
    for (qsizetype i = 0; i < kindKeys.size(); ++i) {
        kind += QStringLiteral(" WHEN '%1' THEN %2").arg(kindKeys.at(i)).arg(i);
    }
    kind += QStringLiteral(" ELSE 0 END");
    std::vector<Row> rows;
    m_db.eachIntegerRow(QStringLiteral("SELECT d.id, %1, %2, %3, %4 FROM developments d %5 ORDER BY "
                                       "d.announced_on, d.id")
                            .arg(dialect.julianDay(QStringLiteral("d.announced_on")),
                                 dialect.julianDay(QStringLiteral("d.comment_deadline")),
                                 dialect.julianDay(QStringLiteral("d.effective_on")), kind, condition.where),
                        condition.bindings, 5,
                        [&rows](const qint64 *v) { rows.push_back({v[0], v[1], v[2], v[3], int(v[4])}); });
    // Which are dated approximately: few, read from their own index and matched in memory.
    std::vector<qint64> approximate;
    m_db.eachIntegerRow(
        QStringLiteral("SELECT id FROM developments WHERE announced_until IS NOT NULL ORDER BY id"), {}, 1,
        [&approximate](const qint64 *v) { approximate.push_back(v[0]); });
    if (!approximate.empty()) {
        for (Row &row : rows) {
            row.approximate = std::binary_search(approximate.cbegin(), approximate.cend(), row.id);
        }
    }
    return rows;
}

void TimelineData::readLinks(Keys &keys) const
{
    // The filtered developments' issuers or topics, in the order of the link table's own index (by
    // development), joined to the developments in memory: no row of either table is looked up one by one.
    if (m_lanes == TimelineLanes::Kind) {
        return;
    }
    const bool byTopic = m_lanes == TimelineLanes::Topic;
    const QString table
        = byTopic ? QStringLiteral("development_topics") : QStringLiteral("development_authorities");
    const QString key = byTopic ? QStringLiteral("topic_id") : QStringLiteral("authority_id");
    const SqlCondition condition = whereClause(m_filter, m_search);
    const QString where = condition.where.isEmpty()
        ? QString()
        : QStringLiteral("WHERE development_id IN (SELECT d.id FROM developments d %1)").arg(condition.where);
    m_db.eachIntegerRow(QStringLiteral("SELECT development_id, %1 FROM %2 %3 ORDER BY development_id, %1")
                            .arg(key, table, where),
                        condition.bindings, 2, [&keys](const qint64 *v) {
                            auto found = keys.index.constFind(v[1]);
                            if (found == keys.index.cend()) {
                                found = keys.index.insert(v[1], int(keys.ids.size()));
                                keys.ids.append(v[1]);
                            }
                            keys.links.emplace_back(v[0], *found);
                        });
}

void TimelineData::makeLanes(Keys &keys)
{
    // Lanes: fixed for levels and kinds; the authorities and topics that occur, by name in the content
    // language.
    m_laneLabels.clear();
    keys.lanes.assign(std::size_t(keys.ids.size()), 0);
    if (m_lanes == TimelineLanes::Level) {
        for (int lane = 0; lane < int(LevelLane::Count); ++lane) {
            m_laneLabels.append(levelLabel(LevelLane(lane)));
        }
        for (qsizetype i = 0; i < keys.ids.size(); ++i) {
            keys.lanes[std::size_t(i)]
                = int(levelLane(m_names.authorities().value(keys.codes.value(keys.ids.at(i)))));
        }
        return;
    }
    if (m_lanes == TimelineLanes::Kind) {
        for (DevelopmentKind kind : Vocabulary::values<DevelopmentKind>()) {
            m_laneLabels.append(Vocabulary::label(kind));
        }
        return;
    }
    const auto name = [this, &keys](qint64 id) {
        const QString code = keys.codes.value(id);
        return m_lanes == TimelineLanes::Topic ? m_names.topic(code, m_language)
                                               : m_names.authorityShort(code, m_language);
    };
    QList<qsizetype> order(keys.ids.size());
    std::iota(order.begin(), order.end(), 0);
    QStringList names;
    for (qint64 id : std::as_const(keys.ids)) {
        names.append(name(id));
    }
    std::sort(order.begin(), order.end(), [&names](qsizetype a, qsizetype b) {
        return QString::localeAwareCompare(names.at(a), names.at(b)) < 0;
    });
    for (qsizetype lane = 0; lane < order.size(); ++lane) {
        keys.lanes[std::size_t(order.at(lane))] = int(lane);
        m_laneLabels.append(names.at(order.at(lane)));
    }
}

QHash<qint64, double> TimelineData::readPenalties() const
{
    QHash<qint64, double> penalties; // the largest per development, in whole yuan (enough for a mark's size)
    m_db.eachIntegerRow(
        QStringLiteral(
            "SELECT development_id, CAST(max(amount) AS BIGINT) FROM penalties GROUP BY development_id"),
        {}, 2, [&penalties](const qint64 *v) { penalties.insert(v[0], double(v[1])); });
    return penalties;
}

void TimelineData::makeItems(const std::vector<Row> &rows, const Keys &keys)
{
    const QHash<qint64, double> penalties = readPenalties();
    m_items.clear();
    m_items.reserve(rows.size());
    m_developments = 0;
    m_firstDay = 0;
    m_lastDay = 0;
    m_longestSpan = 0;
    const qint64 today = m_today.toJulianDay();
    for (const Row &row : rows) {
        TimelineItem item;
        item.id = row.id;
        item.announced = row.announced;
        item.deadline = row.deadline;
        item.effective = row.effective;
        item.kind = row.kind;
        item.approximate = row.approximate;
        item.penalty = penalties.value(item.id);
        if (m_upcoming) {
            // What is still to act on: the dates after today; the announcement only anchors the line.
            if (item.deadline <= today) {
                item.deadline = 0;
            }
            if (item.effective <= today) {
                item.effective = 0;
            }
            if (item.deadline == 0 && item.effective == 0) {
                continue;
            }
        }
        // One item per distinct lane; a development with no issuer or topic has none to be placed in.
        QVarLengthArray<int, 4> lanes;
        if (m_lanes == TimelineLanes::Kind) {
            lanes.append(item.kind);
        } else {
            const auto [from, to]
                = std::equal_range(keys.links.cbegin(), keys.links.cend(), std::pair(row.id, 0),
                                   [](const auto &a, const auto &b) { return a.first < b.first; });
            for (auto link = from; link != to; ++link) {
                const int lane = keys.lanes[std::size_t(link->second)];
                if (!lanes.contains(lane)) {
                    lanes.append(lane);
                }
            }
        }
        if (lanes.isEmpty()) {
            continue;
        }
        ++m_developments;
        const qint64 reach = item.reach();
        m_longestSpan = std::max(m_longestSpan, reach - item.announced);
        // Upcoming, what matters starts with the first date still to come, not with the announcement.
        qint64 begins = item.announced;
        if (m_upcoming) {
            begins = item.deadline > 0 && (item.effective == 0 || item.deadline < item.effective)
                ? item.deadline
                : item.effective;
        }
        m_firstDay = m_firstDay == 0 ? begins : std::min(m_firstDay, begins);
        m_lastDay = std::max(m_lastDay, reach);
        for (int lane : std::as_const(lanes)) {
            item.lane = lane;
            m_items.push_back(item);
        }
    }
}

TimelineData::Details TimelineData::details(qint64 id) const
{
    Details result;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT title_en, title_zh, announced_on, comment_deadline, "
                                   "effective_on, kind, announced_until FROM developments WHERE id = ?"),
                    {id});
    if (q.next()) {
        result.title = {q.value(0).toString(), q.value(1).toString()};
        result.announced = dateFromSql(q.value(2));
        result.deadline = dateFromSql(q.value(3));
        result.effective = dateFromSql(q.value(4));
        result.kind = Vocabulary::labelForKey<DevelopmentKind>(q.value(5).toString());
        result.announcedUntil = dateFromSql(q.value(6));
    }
    q.finish();
    QSqlQuery &issuers
        = m_db.exec(QStringLiteral("SELECT a.code FROM development_authorities da JOIN authorities "
                                   "a ON a.id = da.authority_id WHERE da.development_id = ? ORDER BY "
                                   "da.position"),
                    {id});
    while (issuers.next()) {
        result.authorities.append(m_names.authorityName(issuers.value(0).toString(), m_language));
    }
    issuers.finish();
    return result;
}

} // namespace rt::core
