#include "TimelineData.h"

#include "Change.h"
#include "Database.h"
#include "DevelopmentQuery.h"
#include "TextSearch.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

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

qint64 julianDay(const QVariant &value)
{
    const QDate date = dateFromSql(value);
    return date.isValid() ? date.toJulianDay() : 0;
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

void TimelineData::load()
{
    m_names.load(m_db);
    const SqlCondition condition = whereClause(m_filter, m_search);
    // Issuers and topics of the filtered developments, in their order.
    QHash<qint64, QStringList> issuers;
    QHash<qint64, QStringList> topics;
    if (m_lanes != TimelineLanes::Kind) {
        const bool byTopic = m_lanes == TimelineLanes::Topic;
        QSqlQuery &links = m_db.exec(
            byTopic
                ? QStringLiteral(
                      "SELECT dt.development_id, t.code FROM development_topics dt JOIN topics t ON "
                      "t.id = dt.topic_id WHERE dt.development_id IN (SELECT d.id FROM "
                      "developments d %1) ORDER BY dt.development_id, dt.position")
                      .arg(condition.where)
                : QStringLiteral("SELECT da.development_id, a.code FROM development_authorities da JOIN "
                                 "authorities a ON a.id = da.authority_id WHERE da.development_id IN (SELECT "
                                 "d.id FROM developments d %1) ORDER BY da.development_id, da.position")
                      .arg(condition.where),
            condition.bindings);
        QHash<qint64, QStringList> &target = byTopic ? topics : issuers;
        while (links.next()) {
            target[links.value(0).toLongLong()].append(links.value(1).toString());
        }
        links.finish();
    }

    // Lanes: fixed for levels and kinds; authorities and topics that occur, by name in the content language.
    QStringList laneKeys;
    m_laneLabels.clear();
    if (m_lanes == TimelineLanes::Level) {
        for (int lane = 0; lane < int(LevelLane::Count); ++lane) {
            m_laneLabels.append(levelLabel(LevelLane(lane)));
        }
    } else if (m_lanes == TimelineLanes::Kind) {
        for (DevelopmentKind kind : Vocabulary::values<DevelopmentKind>()) {
            m_laneLabels.append(Vocabulary::label(kind));
        }
    } else {
        QSet<QString> seen;
        for (const QStringList &codes : std::as_const(m_lanes == TimelineLanes::Topic ? topics : issuers)) {
            for (const QString &code : codes) {
                seen.insert(code);
            }
        }
        laneKeys = QStringList(seen.cbegin(), seen.cend());
        const auto name = [this](const QString &code) {
            return m_lanes == TimelineLanes::Topic ? m_names.topic(code, m_language)
                                                   : m_names.authorityShort(code, m_language);
        };
        std::sort(laneKeys.begin(), laneKeys.end(), [&](const QString &a, const QString &b) {
            return QString::localeAwareCompare(name(a), name(b)) < 0;
        });
        for (const QString &code : std::as_const(laneKeys)) {
            m_laneLabels.append(name(code));
        }
    }
    QHash<QString, int> laneOf;
    for (int i = 0; i < laneKeys.size(); ++i) {
        laneOf.insert(laneKeys.at(i), i);
    }

    const QStringList kindKeys = Vocabulary::keys<DevelopmentKind>();
    m_items.clear();
    m_developments = 0;
    m_firstDay = 0;
    m_lastDay = 0;
    m_longestSpan = 0;
    QHash<qint64, double> penalties; // the largest per development
    QSqlQuery &fines = m_db.exec(
        QStringLiteral("SELECT development_id, max(amount) FROM penalties GROUP BY development_id"));
    while (fines.next()) {
        penalties.insert(fines.value(0).toLongLong(), fines.value(1).toDouble());
    }
    fines.finish();
    QSqlQuery &rows = m_db.exec(
        QStringLiteral("SELECT d.id, d.announced_on, d.comment_deadline, d.effective_on, "
                       "d.kind, d.announced_until FROM developments d %1 ORDER BY d.announced_on, d.id")
            .arg(condition.where),
        condition.bindings);
    const qint64 today = m_today.toJulianDay();
    while (rows.next()) {
        TimelineItem item;
        item.id = rows.value(0).toLongLong();
        item.announced = julianDay(rows.value(1));
        item.deadline = julianDay(rows.value(2));
        item.effective = julianDay(rows.value(3));
        item.kind = int(qMax<qsizetype>(0, kindKeys.indexOf(rows.value(4).toString())));
        item.approximate = !rows.value(5).isNull() && !rows.value(5).toString().isEmpty();
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
        QList<int> lanes;
        switch (m_lanes) {
        case TimelineLanes::Kind:
            lanes.append(item.kind);
            break;
        case TimelineLanes::Level:
            for (const QString &code : issuers.value(item.id)) {
                const int lane = int(levelLane(m_names.authorities().value(code)));
                if (!lanes.contains(lane)) {
                    lanes.append(lane);
                }
            }
            break;
        case TimelineLanes::Authority:
            for (const QString &code : issuers.value(item.id)) {
                lanes.append(laneOf.value(code));
            }
            break;
        case TimelineLanes::Topic:
            for (const QString &code : topics.value(item.id)) {
                lanes.append(laneOf.value(code));
            }
            break;
        }
        if (lanes.isEmpty()) {
            continue; // no issuer or topic to place it by
        }
        ++m_developments;
        const qint64 reach = std::max({item.announced, item.deadline, item.effective});
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
    rows.finish();
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
