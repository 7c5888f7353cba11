// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderSchedule.h"

#include "Agenda.h"
#include "Database.h"

#include <QHash>

namespace rt::core {

ReminderSchedule::ReminderSchedule(QString database)
    : m_database(std::move(database))
{
}

QList<AgendaItem> ReminderSchedule::takeDue(Database &db, const QDate &today)
{
    AgendaQuery query;
    query.today = today;
    query.horizonDays = 0; // due today, or overdue
    query.kinds = AgendaKind::Due;
    query.owner = Agenda::currentUser(db);
    return ReminderSchedule(db.path()).take(Agenda::load(db, nullptr, query), today);
}

QList<Settings::Reminder> ReminderSchedule::records() const
{
    return Settings().reminders(m_database);
}

QList<AgendaItem> ReminderSchedule::take(const QList<AgendaItem> &items, const QDate &today)
{
    QHash<QString, Settings::Reminder> known;
    for (const Settings::Reminder &record : records()) {
        known.insert(record.item, record);
    }
    QList<AgendaItem> remind;
    QList<Settings::Reminder> kept;
    for (const AgendaItem &item : items) {
        if (item.kind != AgendaKind::Due || !item.date.isValid() || item.date > today) {
            continue;
        }
        const bool overdue = item.date < today;
        const auto found = known.constFind(item.uid());
        Settings::Reminder record
            = found != known.cend() ? *found : Settings::Reminder{item.uid(), {}, {}, false, {}};
        bool due = false;
        if (record.remindedOn == today) {
            due = false; // never twice on one day
        } else if (record.snoozedUntil.isValid()) {
            due = record.snoozedUntil <= today;
        } else {
            // Not reminded yet, a new due date, or it became overdue since it was reminded as due.
            due = found == known.cend() || record.due != item.date || (overdue && !record.overdue);
        }
        if (due) {
            record = {item.uid(), item.date, today, overdue, QDate()};
            remind.append(item);
        }
        kept.append(record);
    }
    if (!remind.isEmpty() || kept.size() != known.size()) {
        Settings().setReminders(m_database, kept);
    }
    return remind;
}

void ReminderSchedule::snooze(const QStringList &items, const QDate &until)
{
    QList<Settings::Reminder> updated = records();
    for (Settings::Reminder &record : updated) {
        if (items.contains(record.item)) {
            record.snoozedUntil = until;
        }
    }
    Settings().setReminders(m_database, updated);
}

} // namespace rt::core
