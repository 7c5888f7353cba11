// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edit → Preferences…: who "mine" is (the owner name the agenda and the reminders look for; empty: the
// database's user), reminders on or off, the tray icon and whether closing the window leaves RegTracker
// running there, and the daily backups of a database file. Saved through core::Settings when accepted; the
// caller applies what changed.

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rt::ui {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    // databaseUser: what "mine" means when no name is set (the operating-system or database user).
    // trayAvailable: whether the desktop has a system tray (else the tray choices are disabled, saying why).
    PreferencesDialog(const QString &databaseUser, bool trayAvailable, QWidget *parent = nullptr);

    QLineEdit *ownerName() const { return m_owner; }
    QCheckBox *reminders() const { return m_reminders; }
    QCheckBox *trayIcon() const { return m_tray; }
    QCheckBox *keepRunning() const { return m_keepRunning; }

    // Writes the choices to the settings.
    void save() const;

protected:
    void done(int result) override;

private:
    void updateControls();

    QLineEdit *m_owner = nullptr;
    QLabel *m_ownerHint = nullptr;
    QCheckBox *m_reminders = nullptr;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_keepRunning = nullptr;
    QCheckBox *m_backUp = nullptr;
    QCheckBox *m_isoDates = nullptr;
    QSpinBox *m_backups = nullptr;
    bool m_trayAvailable;
};

} // namespace rt::ui
