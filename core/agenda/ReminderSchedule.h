// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When to remind the user of their checklist rows: once when a row falls due (on its due date) and once when
// it becomes overdue (the first day after, or the first start after that), never twice for one item on one
// day, also across restarts; a snoozed item comes back on the day its snooze ends. What was reminded is kept
// in the settings per database (core::Settings::reminders), so another RegTracker database or another user of
// this computer keeps its own.

#include "AgendaItem.h"
#include "Settings.h"

#include <QString>

namespace rt::core {

class Database;

class ReminderSchedule final
{
public:
    // database: the address reminders are kept under (Database::path()).
    explicit ReminderSchedule(QString database);

    // The user's open rows (Agenda::currentUser) due today or overdue that are to be reminded of today,
    // recorded as reminded: what a reminder shows. Throws Error when the database fails.
    static QList<AgendaItem> takeDue(Database &db, const QDate &today);
    // The items among `items` (the user's open rows due today or earlier) to remind of today, and records
    // them as reminded; items no longer given are forgotten (done, deleted, or given to somebody else).
    QList<AgendaItem> take(const QList<AgendaItem> &items, const QDate &today);
    // The items (AgendaItem::uid()) come back on `until`, not before.
    void snooze(const QStringList &items, const QDate &until);

    QList<Settings::Reminder> records() const;

private:
    QString m_database;
};

} // namespace rt::core
