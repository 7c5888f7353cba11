// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optional icon in the system tray: the application's icon with the number of overdue checklist rows on
// it, a tooltip that says how many are the user's own, and a menu to show the window, open the agenda or
// quit. A click shows or hides the window. It recounts when the database changes and as days pass.

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace rt::core {
class Database;
}

namespace rt::ui {

class StatusTray final : public QObject
{
    Q_OBJECT
public:
    explicit StatusTray(core::Database &db, QObject *parent = nullptr);
    ~StatusTray() override;

    static bool isAvailable(); // the desktop has a system tray

    void show();
    void hide();
    void refresh();
    int overdueCount() const { return m_overdue; }
    int mineOverdueCount() const { return m_mine; }
    QSystemTrayIcon *icon() const { return m_icon; }

Q_SIGNALS:
    void toggleWindowRequested();
    void agendaRequested();
    void quitRequested();

private:
    void retranslate();

    core::Database &m_db;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_agendaAction = nullptr;
    QAction *m_quitAction = nullptr;
    QTimer *m_later = nullptr;
    int m_overdue = 0;
    int m_mine = 0;
};

} // namespace rt::ui
