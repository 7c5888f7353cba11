// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rt::ui {

PreferencesDialog::PreferencesDialog(const QString &databaseUser, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_trayAvailable(trayAvailable)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const core::Settings settings;

    auto *agenda = new QGroupBox(tr("Agenda and reminders"), this);
    m_owner = new QLineEdit(settings.ownerName(), agenda);
    m_owner->setObjectName(QStringLiteral("ownerNameEdit"));
    m_owner->setPlaceholderText(databaseUser);
    m_owner->setClearButtonEnabled(true);
    m_ownerHint
        = new QLabel(tr("Checklist rows whose owner is this name are yours: the agenda lists them first "
                        "and shows them under “Mine”, and reminders are about them. Leave it empty to "
                        "go by your user name, %1.")
                         .arg(databaseUser),
                     agenda);
    m_ownerHint->setWordWrap(true);
    m_ownerHint->setForegroundRole(QPalette::PlaceholderText);
    m_reminders = new QCheckBox(tr("&Remind me with a desktop notification when my rows fall due or become "
                                   "overdue"),
                                agenda);
    m_reminders->setObjectName(QStringLiteral("remindersCheck"));
    m_reminders->setChecked(settings.remindersEnabled());
    m_tray = new QCheckBox(tr("Show an icon in the system &tray with the number of overdue rows"), agenda);
    m_tray->setObjectName(QStringLiteral("trayCheck"));
    m_tray->setChecked(settings.trayIcon() && trayAvailable);
    m_keepRunning = new QCheckBox(tr("&Keep running in the tray when the window is closed"), agenda);
    m_keepRunning->setObjectName(QStringLiteral("keepRunningCheck"));
    m_keepRunning->setChecked(settings.keepRunningInTray());
    if (!trayAvailable) {
        const QString why = tr("This desktop has no system tray.");
        m_tray->setToolTip(why);
        m_keepRunning->setToolTip(why);
    }
    auto *agendaForm = new QFormLayout(agenda);
    agendaForm->addRow(tr("My &name as owner:"), m_owner);
    agendaForm->addRow(m_ownerHint);
    agendaForm->addRow(m_reminders);
    agendaForm->addRow(m_tray);
    agendaForm->addRow(m_keepRunning);

    auto *backups = new QGroupBox(tr("Backups of a database file"), this);
    m_backUp = new QCheckBox(tr("&Back up the database when RegTracker closes, at most once a day"), backups);
    m_backUp->setObjectName(QStringLiteral("backUpCheck"));
    m_backUp->setChecked(settings.backUpOnQuit());
    m_backups = new QSpinBox(backups);
    m_backups->setObjectName(QStringLiteral("backupsSpin"));
    m_backups->setRange(1, 365);
    m_backups->setValue(settings.backupsToKeep());
    auto *backupForm = new QFormLayout(backups);
    backupForm->addRow(m_backUp);
    backupForm->addRow(tr("Backups to kee&p:"), m_backups);

    auto *dates = new QGroupBox(tr("Dates"), this);
    m_isoDates = new QCheckBox(tr("Write dates as 2025-08-15 in sentences, tooltips and messages too (&ISO "
                                  "8601)"),
                               dates);
    m_isoDates->setObjectName(QStringLiteral("isoDatesCheck"));
    m_isoDates->setChecked(settings.isoDatesEverywhere());
    auto *datesHint
        = new QLabel(tr("Tables, lists and date fields always do. Otherwise sentences write dates "
                        "as the interface language does (%1).")
                         .arg(QLocale().toString(QDate(2025, 8, 15), QLocale::LongFormat)),
                     dates);
    datesHint->setWordWrap(true);
    datesHint->setForegroundRole(QPalette::PlaceholderText);
    auto *datesLayout = new QVBoxLayout(dates);
    datesLayout->addWidget(m_isoDates);
    datesLayout->addWidget(datesHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(agenda);
    layout->addWidget(backups);
    layout->addWidget(dates);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_tray, &QCheckBox::toggled, this, &PreferencesDialog::updateControls);
    connect(m_backUp, &QCheckBox::toggled, this, &PreferencesDialog::updateControls);
    updateControls();
    resize(settings.dialogSize(core::Settings::Dialog::Preferences, QSize(620, 420)));
}

void PreferencesDialog::updateControls()
{
    m_tray->setEnabled(m_trayAvailable);
    m_keepRunning->setEnabled(m_trayAvailable && m_tray->isChecked());
    m_backups->setEnabled(m_backUp->isChecked());
}

void PreferencesDialog::save() const
{
    core::Settings settings;
    settings.setOwnerName(m_owner->text());
    settings.setRemindersEnabled(m_reminders->isChecked());
    if (m_trayAvailable) {
        settings.setTrayIcon(m_tray->isChecked());
        settings.setKeepRunningInTray(m_keepRunning->isChecked());
    }
    settings.setBackUpOnQuit(m_backUp->isChecked());
    settings.setBackupsToKeep(m_backups->value());
    settings.setIsoDatesEverywhere(m_isoDates->isChecked());
}

void PreferencesDialog::done(int result)
{
    core::Settings().setDialogSize(core::Settings::Dialog::Preferences, size());
    if (result == QDialog::Accepted) {
        save();
    }
    QDialog::done(result);
}

} // namespace rt::ui
