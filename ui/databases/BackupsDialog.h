// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Restore from backup…: the backups of the open database file, newest first, with their date, size and
// what each holds; the choice of how many to keep and whether to back up on quit; Back up now. Restoring is
// the shell's work (it closes the database first): the dialog only names the backup chosen.

#include "Backups.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace rt::core {
class Database;
}

namespace rt::ui {

class BackupsDialog final : public QDialog
{
    Q_OBJECT
public:
    BackupsDialog(core::Database &db, const QString &databasePath, QWidget *parent = nullptr);

    // The backup to restore once the dialog is accepted with Restore.
    QString chosen() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }
    void backUpNow();

private:
    void reload();
    void restore();

    core::Database &m_db;
    core::Backups m_backups;
    QString m_chosen;
    QLabel *m_folder = nullptr;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_keep = nullptr;
    QCheckBox *m_onQuit = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace rt::ui
