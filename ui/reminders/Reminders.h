// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Desktop notifications (KDE Frameworks' KNotifications) when the user's checklist rows fall due or become
// overdue: checked when RegTracker starts, every quarter of an hour while it runs, and soon after the
// database changes (a colleague assigns a row). One notification lists the rows; "Open" shows the agenda,
// "Snooze" brings them back tomorrow. core::ReminderSchedule decides, so a row is never reminded of twice on
// one day, also across restarts.

#include "AgendaItem.h"

#include <QObject>
#include <QPointer>

class KNotification;
class QTimer;

namespace rt::core {
class Database;
}

namespace rt::ui {

class Reminders final : public QObject
{
    Q_OBJECT
public:
    explicit Reminders(core::Database &db, QObject *parent = nullptr);
    ~Reminders() override;

    // Switched off, nothing is checked or shown (the preferences' switch).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Looks now: the rows to remind of today, shown in one notification (none when there are none). Returns
    // them.
    QList<core::AgendaItem> check(const QDate &today = QDate::currentDate());
    // The rows (AgendaItem::uid()) of a notification come back on `until` ("Snooze until tomorrow").
    void snooze(const QStringList &items, const QDate &until);

    // The last notification: its rows, title and text.
    QStringList lastItems() const { return m_lastItems; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

    // The notification's event in regtracker.notifyrc.
    static QString eventId();

Q_SIGNALS:
    void openRequested(); // the notification's "Open"
    void reminded(const QStringList &items); // uids of the rows just reminded of

private:
    void notify(const QList<core::AgendaItem> &items, const QDate &today);

    core::Database &m_db;
    bool m_enabled = false;
    QTimer *m_timer = nullptr;
    QTimer *m_afterChange = nullptr;
    QStringList m_lastItems;
    QString m_lastTitle;
    QString m_lastText;
    QPointer<KNotification> m_notification;
};

} // namespace rt::ui
