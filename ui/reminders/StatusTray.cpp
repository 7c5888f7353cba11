// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusTray.h"

#include "Agenda.h"
#include "Database.h"
#include "Error.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>

namespace rt::ui {

namespace {

// The application's icon with a red disc holding the count in its lower right corner.
QIcon badged(const QIcon &base, int count)
{
    if (count <= 0) {
        return base;
    }
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const qreal disc = size * 0.62;
        const QRectF badge(size - disc, size - disc, disc, disc);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc0, 0x1c, 0x28));
        painter.drawEllipse(badge);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(disc * (text.size() > 2 ? 0.38 : text.size() > 1 ? 0.5 : 0.66))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace

StatusTray::StatusTray(core::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_menu = new QMenu;
    m_showAction = m_menu->addAction(QString(), this, &StatusTray::toggleWindowRequested);
    m_agendaAction = m_menu->addAction(QString(), this, &StatusTray::agendaRequested);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), this, &StatusTray::quitRequested);
    m_icon = new QSystemTrayIcon(this);
    m_icon->setObjectName(QStringLiteral("statusTray"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            Q_EMIT toggleWindowRequested();
        }
    });
    // Counts follow the database, and the day: a row becomes overdue at midnight without any change.
    m_later = new QTimer(this);
    m_later->setSingleShot(true);
    m_later->setInterval(1000);
    connect(m_later, &QTimer::timeout, this, &StatusTray::refresh);
    connect(&m_db, &core::Database::changed, m_later, qOverload<>(&QTimer::start));
    auto *daily = new QTimer(this);
    daily->setInterval(10 * 60 * 1000);
    connect(daily, &QTimer::timeout, this, &StatusTray::refresh);
    daily->start();
    refresh();
}

StatusTray::~StatusTray()
{
    delete m_menu;
}

bool StatusTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void StatusTray::show()
{
    m_icon->show();
}

void StatusTray::hide()
{
    m_icon->hide();
}

void StatusTray::refresh()
{
    core::AgendaQuery query;
    query.today = QDate::currentDate();
    query.horizonDays = 0;
    query.kinds = core::AgendaKind::Due;
    const QString me = core::Agenda::currentUser(m_db);
    m_overdue = 0;
    m_mine = 0;
    try {
        for (const core::AgendaItem &item : core::Agenda::load(m_db, nullptr, query)) {
            if (item.isOverdue(query.today)) {
                ++m_overdue;
                m_mine += core::Agenda::sameOwner(item.owner(), me) ? 1 : 0;
            }
        }
    } catch (const core::Error &) {
        // Keep the last counts; the next change or tick counts again.
    }
    m_icon->setIcon(badged(QApplication::windowIcon(), m_overdue));
    retranslate();
}

void StatusTray::retranslate()
{
    const QLocale locale;
    m_icon->setToolTip(m_overdue == 0
                           ? tr("RegTracker: nothing is overdue")
                           : tr("RegTracker: %n overdue checklist row(s), yours: %1", nullptr, m_overdue)
                                 .arg(locale.toString(m_mine)));
    m_showAction->setText(tr("Show or hide RegTracker"));
    m_agendaAction->setText(tr("Open the agenda"));
    m_quitAction->setText(tr("Quit RegTracker"));
}

} // namespace rt::ui
