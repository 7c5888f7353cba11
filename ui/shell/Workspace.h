// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open database and its window. It opens what a start asks for (a database named on the command line, the
// one opened last time, or the welcome page's choice on a first start), switches the window to another
// database after asking (File → Open, Open Recent, a dropped file), keeps the list of recent databases, makes
// the rolling backups of a database file (on quit, at most once a day) and restores one. It also runs what
// lives as long as the open database rather than the window: the reminders, the tray icon, and the
// preferences that switch them. The only place that replaces the database a window shows.

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace rt::core {
class Database;
class Translations;
} // namespace rt::core

namespace rt::ui {

class MainWindow;
class Reminders;
class StatusTray;

class Workspace final : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(core::Translations *translations, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens location (a file or a postgresql:// address), or else the database opened last time, or else asks
    // with the welcome page; then opens fileToImport for review when one is given. False when there is
    // nothing to show (the user closed the welcome page, or the database could not be opened; the reason was
    // shown).
    bool start(const QString &location, const QString &fileToImport = {});

    MainWindow *window() const { return m_window.get(); }
    core::Database *database() const { return m_db.get(); }

    // Opens another database in the window, after asking; false when it stays as it was.
    bool switchTo(const QString &location);
    // Makes a new empty database where the user chooses, or the demo, and opens it.
    bool newDatabase();
    bool openDemo();
    bool openFile();
    bool connectToTeam();
    // Shows the backups of the open file; restores the one chosen.
    void manageBackups();
    // The daily backup when it is due; called when RegTracker quits.
    void backUpOnQuit();
    // Edit → Preferences…; what changed applies at once.
    void editPreferences();
    Reminders *reminders() const { return m_reminders.get(); }
    StatusTray *tray() const { return m_tray.get(); }

private:
    // Opens a database (asking for a team database's password as needed); throws core::Error.
    std::unique_ptr<core::Database> openDatabase(const QString &location);
    // Shows db in the window (a new window the first time, in the old one's place afterwards).
    void show(std::unique_ptr<core::Database> db);
    bool tryOpen(const QString &location);
    bool welcome();
    void wire(MainWindow *window);
    // Reminders and the tray icon as the preferences say, for the open database.
    void applyPreferences();
    void stopReminders();
    void reportUserListProblems();
    void showAgenda();
    void toggleWindow();

    core::Translations *m_translations;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Reminders> m_reminders;
    std::unique_ptr<StatusTray> m_tray;
};

} // namespace rt::ui
