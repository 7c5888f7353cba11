// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The developments the timeline draws, read through core once per filter and lane choice: one compact item
// per (development, lane), sorted by announcement day, with an index (TimelineIndex) that the layout asks for
// what reaches the visible range. Views lay out and paint from these items and never query the database
// while painting. Refreshes itself when developments or reference data change.

#include "BilingualText.h"
#include "DeferredReload.h"
#include "DevelopmentFilter.h"
#include "ReferenceNames.h"
#include "TimelineIndex.h"
#include "TimelineItem.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <vector>

namespace rt::core {

class Database;
class TextSearch;
struct Change;

// How the timeline groups developments into horizontal lanes.
enum class TimelineLanes {
    Level, // national / provincial / municipal / standards bodies / courts / associations
    Authority,
    Topic,
    Kind,
};

class TimelineData final : public QObject
{
    Q_OBJECT
public:
    // An inactive timeline reads nothing until it is activated or asked for its items.
    TimelineData(Database &db, const TextSearch &search, QObject *parent = nullptr, bool active = true);

    void setFilter(const DevelopmentFilter &filter);
    const DevelopmentFilter &filter() const { return m_filter; }
    void setLanes(TimelineLanes lanes);
    TimelineLanes lanes() const { return m_lanes; }
    // Only what is still to come: comment deadlines and effective dates after today (announcements are
    // dropped, and items without either date are left out).
    void setUpcoming(bool upcoming, const QDate &today = QDate::currentDate());
    bool upcoming() const { return m_upcoming; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // While inactive (its view hidden) changes of filter, lanes or data are only noted; the items are read
    // again when it becomes active, or when someone asks for them.
    void setActive(bool active);
    bool isActive() const { return m_deferred.isActive(); }
    // Lane labels follow the interface language: call after it changes.
    void retranslate() { reload(); }

    // Sorted by announcement day, then id; a development with two lanes (two issuers, two topics) appears
    // once in each.
    const std::vector<TimelineItem> &items() const { return current().m_items; }
    int laneCount() const { return int(current().m_laneLabels.size()); }
    // Lane headers in the content language.
    const QStringList &laneLabels() const { return current().m_laneLabels; }
    int developmentCount() const { return current().m_developments; }
    // The first and last day any item reaches (announcement, deadline or effective date; upcoming: the first
    // date still to come); 0 without items.
    qint64 firstDay() const { return current().m_firstDay; }
    qint64 lastDay() const { return current().m_lastDay; }
    // Index of the first item announced on or after day (items().size() when none).
    std::size_t lowerBound(qint64 day) const;
    // The longest span from announcement to deadline or effective date: how far before a visible range an
    // item may start and still reach into it.
    qint64 longestSpan() const { return current().m_longestSpan; }
    const TimelineIndex &index() const { return current().m_index; }

    // What a tooltip or an accessible name says about one development.
    struct Details
    {
        BilingualText title;
        QStringList authorities; // names in the content language
        QDate announced;
        QDate announcedUntil; // valid when the announcement date is approximate
        QDate deadline;
        QDate effective;
        QString kind; // label in the interface language
    };
    Details details(qint64 id) const;

Q_SIGNALS:
    void changed();

private:
    void reload();
    void load(); // reads, without telling anyone
    // The steps of load().
    struct Row;
    struct Keys;
    Keys laneKeys() const;
    std::vector<Row> readDevelopments() const;
    void readLinks(Keys &keys) const;
    QHash<qint64, double> readPenalties() const;
    void makeLanes(Keys &keys);
    void makeItems(const std::vector<Row> &rows, const Keys &keys);
    // This, with the items read first if a change was only noted.
    const TimelineData &current() const;
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    const TextSearch &m_search;
    mutable DeferredReload m_deferred;
    DevelopmentFilter m_filter;
    TimelineLanes m_lanes = TimelineLanes::Level;
    bool m_upcoming = false;
    QDate m_today;
    Language m_language = Language::English;
    ReferenceNames m_names;
    std::vector<TimelineItem> m_items;
    QStringList m_laneLabels;
    int m_developments = 0;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    qint64 m_longestSpan = 0;
    TimelineIndex m_index;
};

} // namespace rt::core
