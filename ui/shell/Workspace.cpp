// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "AgendaView.h"
#include "Backups.h"
#include "BackupsDialog.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DateText.h"
#include "Error.h"
#include "FileDialogText.h"
#include "ImportLexicon.h"
#include "MainWindow.h"
#include "PasswordStore.h"
#include "PreferencesDialog.h"
#include "Reminders.h"
#include "Settings.h"
#include "StatusTray.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace rt::ui {

namespace {

QString databaseFilter()
{
    return Workspace::tr("RegTracker databases (*.sqlite *.regtracker *.db);;All files (*)");
}

QString startFolder()
{
    return core::Settings().folder(core::Settings::Folder::Documents);
}

} // namespace

Workspace::Workspace(core::Translations *translations, QObject *parent)
    : QObject(parent)
    , m_translations(translations)
{
    new FileDialogText(this); // Qt's own file dialogs in the interface language
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Workspace::backUpOnQuit);
}

Workspace::~Workspace()
{
    stopReminders();
    m_window.reset(); // the views hold the database: they go first
    m_db.reset();
}

bool Workspace::start(const QString &location, const QString &fileToImport)
{
    bool opened = false;
    if (!location.isEmpty()) {
        opened = tryOpen(location);
    } else {
        // The database of last time; the default one's place for a user of an earlier version.
        const QStringList recent = core::Settings().recentDatabases();
        if (!recent.isEmpty()) {
            opened = tryOpen(recent.constFirst());
        } else if (QFileInfo::exists(core::DatabaseLocation::defaultPath())) {
            opened = tryOpen(core::DatabaseLocation::defaultPath());
        }
        if (!opened) {
            opened = welcome();
        }
    }
    if (opened && !fileToImport.isEmpty()) {
        m_window->reviewImport(fileToImport);
    }
    return opened;
}

std::unique_ptr<core::Database> Workspace::openDatabase(const QString &location)
{
    if (!core::DatabaseAddress::looksLikeUrl(location)) {
        return core::DatabaseLocation::open(location);
    }
    core::DatabaseAddress address = core::DatabaseAddress::parse(location);
    // A window opened from "Connect to team database…" receives its password in the environment; it is taken
    // out, so that no process this one starts inherits it.
    if (address.password.isEmpty()) {
        address.password = qEnvironmentVariable("PGPASSWORD");
    }
    qunsetenv("PGPASSWORD");
    bool triedKeychain = false;
    for (;;) {
        try {
            return core::Database::open(address, core::Database::OpenMode::ExistingOnly);
        } catch (const core::Error &error) {
            if (error.code() != core::Error::Code::PasswordRequired) {
                throw;
            }
            if (!triedKeychain) {
                triedKeychain = true;
                const QString stored = PasswordStore::read(address.toString());
                if (!stored.isEmpty() && stored != address.password) {
                    address.password = stored;
                    continue;
                }
            }
            const auto password
                = ConnectDialog::askPassword(address, !address.password.isEmpty(), m_window.get());
            if (!password) {
                throw;
            }
            address.password = *password;
        }
    }
}

bool Workspace::tryOpen(const QString &location)
{
    try {
        show(openDatabase(location));
        return true;
    } catch (const core::Error &error) {
        if (m_window) {
            QMessageBox::warning(m_window.get(), tr("Cannot open"), error.message());
        } else {
            MainWindow::showStartupError(error.message());
        }
        if (error.code() == core::Error::Code::NotFound) {
            core::Settings().forgetDatabase(location);
        }
        return false;
    }
}

void Workspace::show(std::unique_ptr<core::Database> db)
{
    core::Settings().rememberDatabase(db->path());
    auto window = std::make_unique<MainWindow>(*db, m_translations);
    wire(window.get());
    if (m_window) {
        // The new database takes the old window's place; the old one (and its database) goes.
        window->setGeometry(m_window->geometry());
        if (m_window->isMaximized()) {
            window->showMaximized();
        } else {
            window->show();
        }
        m_window->close();
    } else {
        window->show();
        // Once the window is up: the user's own lists that could not be read are named.
        QTimer::singleShot(1000, this, &Workspace::reportUserListProblems);
    }
    m_window = std::move(window);
    db->watchOtherWriters(500);
    stopReminders(); // they follow the database that goes
    m_db = std::move(db);
    m_reminders = std::make_unique<Reminders>(*m_db);
    connect(m_reminders.get(), &Reminders::openRequested, this, &Workspace::showAgenda);
    applyPreferences();
}

void Workspace::reportUserListProblems()
{
    const QStringList problems = core::userListProblems();
    if (problems.isEmpty() || !m_window) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Your own lists"),
                                tr("RegTracker left out these files of your own lists and uses its built-in "
                                   "lists instead. Correct the lines named and start RegTracker again."),
                                QMessageBox::Ok, m_window.get());
    box->setInformativeText(problems.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Workspace::stopReminders()
{
    m_reminders.reset();
    m_tray.reset();
}

void Workspace::applyPreferences()
{
    const core::Settings settings;
    core::DateText::setProse(settings.isoDatesEverywhere() ? core::DateText::Prose::Iso
                                                           : core::DateText::Prose::LocaleLong);
    if (m_reminders) {
        m_reminders->setEnabled(settings.remindersEnabled());
    }
    const bool tray = m_db && settings.trayIcon() && StatusTray::isAvailable();
    if (tray && !m_tray) {
        m_tray = std::make_unique<StatusTray>(*m_db);
        connect(m_tray.get(), &StatusTray::toggleWindowRequested, this, &Workspace::toggleWindow);
        connect(m_tray.get(), &StatusTray::agendaRequested, this, &Workspace::showAgenda);
        connect(m_tray.get(), &StatusTray::quitRequested, this, [this] {
            if (m_window) {
                m_window->close();
            }
            QCoreApplication::quit();
        });
        m_tray->show();
    } else if (!tray) {
        m_tray.reset();
    }
    // With the tray icon, closing the window may leave RegTracker running there.
    QApplication::setQuitOnLastWindowClosed(!(m_tray && settings.keepRunningInTray()));
    if (m_window && m_window->isMade(MainWindow::View::Agenda)) {
        m_window->agenda()->updateCurrentUser();
    }
}

void Workspace::editPreferences()
{
    PreferencesDialog dialog(m_db ? m_db->actor() : QString(), StatusTray::isAvailable(), m_window.get());
    if (dialog.exec() == QDialog::Accepted) {
        applyPreferences();
    }
}

void Workspace::showAgenda()
{
    if (!m_window) {
        return;
    }
    m_window->showView(MainWindow::View::Agenda);
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Workspace::toggleWindow()
{
    if (!m_window) {
        return;
    }
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->close(); // remembers its layout; RegTracker stays in the tray
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Workspace::wire(MainWindow *window)
{
    connect(window, &MainWindow::openRequested, this, &Workspace::switchTo);
    connect(window, &MainWindow::openFileRequested, this, &Workspace::openFile);
    connect(window, &MainWindow::newDatabaseRequested, this, &Workspace::newDatabase);
    connect(window, &MainWindow::openDemoRequested, this, &Workspace::openDemo);
    connect(window, &MainWindow::connectRequested, this, &Workspace::connectToTeam);
    connect(window, &MainWindow::backupsRequested, this, &Workspace::manageBackups);
    connect(window, &MainWindow::preferencesRequested, this, &Workspace::editPreferences);
    connect(window, &MainWindow::quitRequested, this, &QCoreApplication::quit, Qt::QueuedConnection);
}

bool Workspace::switchTo(const QString &location)
{
    if (m_db && m_db->path() == location) {
        return true;
    }
    if (m_window) {
        const auto answer = QMessageBox::question(
            m_window.get(), tr("Open database"),
            tr("Close %1 and open %2 in this window?").arg(m_db->address().displayName(), location),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open) {
            return false;
        }
        backUpOnQuit(); // leaving a database is like quitting it
    }
    return tryOpen(location);
}

bool Workspace::openFile()
{
    const QString file
        = QFileDialog::getOpenFileName(m_window.get(), tr("Open database"), startFolder(), databaseFilter());
    if (file.isEmpty()) {
        return false;
    }
    core::Settings().setFolder(core::Settings::Folder::Documents, QFileInfo(file).absolutePath());
    return m_window ? switchTo(file) : tryOpen(file);
}

bool Workspace::newDatabase()
{
    const QString proposed = m_window ? startFolder() + QStringLiteral("/regtracker.sqlite")
                                      : core::DatabaseLocation::defaultPath();
    const QString file = QFileDialog::getSaveFileName(m_window.get(), tr("New database"), proposed,
                                                      tr("RegTracker databases (*.sqlite *.regtracker)"));
    if (file.isEmpty()) {
        return false;
    }
    core::Settings().setFolder(core::Settings::Folder::Documents, QFileInfo(file).absolutePath());
    try {
        auto db = core::DatabaseLocation::create(file, core::DatabaseLocation::Content::Empty);
        const QString path = db->path();
        db.reset();
        return m_window ? switchTo(path) : tryOpen(path);
    } catch (const core::Error &error) {
        QMessageBox::warning(m_window.get(), tr("Not created"), error.message());
        return false;
    }
}

bool Workspace::openDemo()
{
    const QString demo = core::DatabaseLocation::demoPath();
    if (!QFileInfo::exists(demo)) {
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            core::DatabaseLocation::create(demo, core::DatabaseLocation::Content::Demo);
            QApplication::restoreOverrideCursor();
        } catch (const core::Error &error) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(m_window.get(), tr("Cannot open the demo"), error.message());
            return false;
        }
    }
    return m_window ? switchTo(demo) : tryOpen(demo);
}

bool Workspace::connectToTeam()
{
    ConnectDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const core::DatabaseAddress address = dialog.connectedAddress();
    if (!address.password.isEmpty()) {
        qputenv("PGPASSWORD", address.password.toUtf8()); // taken out again by openDatabase
    }
    return m_window ? switchTo(address.toString()) : tryOpen(address.toString());
}

bool Workspace::welcome()
{
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : core::Translations::available()) {
        languages.append({code, core::Translations::nativeName(code)});
    }
    for (;;) {
        WelcomeDialog dialog(languages, m_translations ? m_translations->current() : QString());
        connect(&dialog, &WelcomeDialog::languageRequested, this, [this](const QString &language) {
            if (m_translations) {
                m_translations->install(language);
                core::Settings().setLanguage(language);
            }
        });
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
        bool opened = false;
        switch (dialog.choice()) {
        case WelcomeDialog::Choice::NewDatabase:
            opened = newDatabase();
            break;
        case WelcomeDialog::Choice::Demo:
            opened = openDemo();
            break;
        case WelcomeDialog::Choice::OpenFile:
            opened = openFile();
            break;
        case WelcomeDialog::Choice::Connect:
            opened = connectToTeam();
            break;
        case WelcomeDialog::Choice::None:
            return false;
        }
        if (opened) {
            return true;
        }
    }
}

void Workspace::manageBackups()
{
    if (!m_db || m_db->isPostgreSQL()) {
        QMessageBox::information(m_window.get(), tr("Backups"),
                                 tr("A team database is backed up on its server, by its administrator."));
        return;
    }
    const QString path = m_db->address().path;
    BackupsDialog dialog(*m_db, path, m_window.get());
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty()) {
        return;
    }
    // The database is closed while its file is replaced, then opened again in the same window.
    const QString chosen = dialog.chosen();
    const QRect geometry = m_window->geometry();
    m_window->close();
    stopReminders();
    m_window.reset();
    m_db.reset();
    try {
        core::Backups(path).restore(chosen);
    } catch (const core::Error &error) {
        QMessageBox::warning(nullptr, tr("Not restored"), error.message());
    }
    if (tryOpen(path)) {
        m_window->setGeometry(geometry);
    }
}

void Workspace::backUpOnQuit()
{
    if (!m_db || m_db->isPostgreSQL() || !core::Settings().backUpOnQuit()) {
        return;
    }
    try {
        core::Backups backups(m_db->address().path);
        if (backups.dueToday()) {
            backups.backUp(*m_db);
            backups.prune(core::Settings().backupsToKeep());
        }
    } catch (const core::Error &) {
        // Quitting goes on: the next start tries again.
    }
}

} // namespace rt::ui
