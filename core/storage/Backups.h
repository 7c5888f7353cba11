// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rolling backups of an SQLite database file, kept in a folder of their own: each a consistent copy made by
// SQLite itself (VACUUM INTO, the write-ahead log included) under a temporary name and renamed once complete,
// so that a crash leaves no half-written backup. Listed newest first with their date, size and what they
// hold; pruned to the number the user keeps; restored by replacing the database file, after the current file
// was backed up too. PostgreSQL team databases are backed up by their server's administrator, not here.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rt::core {

class Database;

class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::Backups)
public:
    struct Entry
    {
        QString path;
        QDateTime made; // UTC
        int sequence = 1; // of backups made within the same second
        qint64 bytes = 0;
        int developments = -1; // -1: the backup cannot be read
        int companies = -1;
        int assessments = -1;
    };

    // Backups of the database file at databasePath, in folder (default: "backups" beside the file).
    explicit Backups(const QString &databasePath, const QString &folder = {});

    QString folder() const { return m_folder; }
    // Writes a backup of the open database; throws Error (also when a write is open, or for PostgreSQL).
    // Returns the backup's path.
    QString backUp(Database &db);
    // Whether no backup was made today (local time): the daily backup is due.
    bool dueToday() const;
    // Newest first.
    QList<Entry> list() const;
    // Removes all but the newest keep backups (temporaries a crash left behind go too).
    void prune(int keep);
    // Replaces the (closed) database file with the backup, after backing the current file up beside it.
    // Throws Error; the current file is left as it was when anything fails.
    void restore(const QString &backup);

private:
    QString newBackupPath() const;

    QString m_databasePath;
    QString m_folder;
};

} // namespace rt::core
