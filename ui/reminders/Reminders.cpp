// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminders.h"

#include "Agenda.h"
#include "Database.h"
#include "Error.h"
#include "ReminderSchedule.h"

#include <KNotification>

#include <QLocale>
#include <QTimer>

namespace rt::ui {

namespace {

constexpr int checkEveryMs = 15 * 60 * 1000;
constexpr int afterChangeMs = 5000;
constexpr int listed = 5; // rows named in one notification

} // namespace

Reminders::Reminders(core::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(checkEveryMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(); });
    m_afterChange = new QTimer(this);
    m_afterChange->setSingleShot(true);
    m_afterChange->setInterval(afterChangeMs);
    connect(m_afterChange, &QTimer::timeout, this, [this] { check(); });
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        if (m_enabled && (core::entitiesIn(changes) & core::Entity::Assessment)) {
            m_afterChange->start();
        }
    });
}

Reminders::~Reminders()
{
    if (m_notification) {
        m_notification->close();
    }
}

QString Reminders::eventId()
{
    return QStringLiteral("rowsDue");
}

void Reminders::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    if (enabled) {
        m_timer->start();
        QTimer::singleShot(2000, this, [this] { check(); }); // once the window is up
    } else {
        m_timer->stop();
        m_afterChange->stop();
    }
}

QList<core::AgendaItem> Reminders::check(const QDate &today)
{
    if (!m_enabled) {
        return {};
    }
    QList<core::AgendaItem> due;
    try {
        due = core::ReminderSchedule::takeDue(m_db, today);
    } catch (const core::Error &) {
        return {}; // the database is away (a team server restarting): the next check tries again
    }
    if (!due.isEmpty()) {
        notify(due, today);
    }
    return due;
}

void Reminders::snooze(const QStringList &items, const QDate &until)
{
    core::ReminderSchedule(m_db.path()).snooze(items, until);
}

void Reminders::notify(const QList<core::AgendaItem> &items, const QDate &today)
{
    const core::Language language
        = QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English;
    const int overdue
        = int(std::count_if(items.cbegin(), items.cend(), [&](const auto &i) { return i.isOverdue(today); }));
    if (items.size() == 1) {
        const core::AgendaItem &item = items.constFirst();
        m_lastTitle = overdue > 0 ? tr("Overdue: %1").arg(item.obligation.preferring(language))
                                  : tr("Due today: %1").arg(item.obligation.preferring(language));
    } else {
        m_lastTitle = overdue > 0 ? tr("%n checklist row(s) need you, %1 overdue", nullptr, int(items.size()))
                                        .arg(QLocale().toString(overdue))
                                  : tr("%n checklist row(s) due today", nullptr, int(items.size()));
    }
    QStringList lines;
    for (int i = 0; i < items.size() && i < listed; ++i) {
        const core::AgendaItem &item = items.at(i);
        lines.append(tr("%1 — %2, %3")
                         .arg(items.size() == 1 ? item.development.preferring(language)
                                                : item.obligation.preferring(language),
                              item.company.preferring(language), core::Agenda::distance(item.date, today)));
    }
    if (items.size() > listed) {
        lines.append(tr("and %n more", nullptr, int(items.size()) - listed));
    }
    m_lastText = lines.join(u'\n');
    m_lastItems.clear();
    for (const core::AgendaItem &item : items) {
        m_lastItems.append(item.uid());
    }

    if (m_notification) {
        m_notification->close();
    }
    auto *notification = new KNotification(eventId(), KNotification::CloseOnTimeout);
    notification->setTitle(m_lastTitle);
    notification->setText(m_lastText);
    notification->setIconName(QStringLiteral("io.github.regtracker.RegTracker"));
    notification->setUrgency(overdue > 0 ? KNotification::HighUrgency : KNotification::NormalUrgency);
    KNotificationAction *open = notification->addDefaultAction(tr("Open"));
    KNotificationAction *show = notification->addAction(tr("Open"));
    KNotificationAction *later = notification->addAction(tr("Snooze until tomorrow"));
    connect(open, &KNotificationAction::activated, this, &Reminders::openRequested);
    connect(show, &KNotificationAction::activated, this, &Reminders::openRequested);
    connect(later, &KNotificationAction::activated, this,
            [this, items = m_lastItems, today] { snooze(items, today.addDays(1)); });
    m_notification = notification;
    notification->sendEvent();
    Q_EMIT reminded(m_lastItems);
}

} // namespace rt::ui
