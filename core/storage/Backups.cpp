// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "Database.h"
#include "Error.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace rt::core {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
const QString partialSuffix = QStringLiteral(".partial");

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("regtracker-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs work on a connection of its own to an SQLite file, closed and removed afterwards.
template <typename Work> auto withConnection(const QString &path, bool readOnly, Work work)
{
    const QString name = uniqueConnectionName();
    struct Remove
    {
        QString name;
        ~Remove() { QSqlDatabase::removeDatabase(name); }
    } remove{name};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open()) {
        throw Error(Error::Code::Unreadable, db.lastError().text());
    }
    auto result = work(db);
    db.close();
    return result;
}

int count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        throw Error(Error::Code::Unreadable, query.lastError().text());
    }
    return query.value(0).toInt();
}

// Writes a consistent copy of the SQLite file at source to target, through a temporary name.
void copyDatabase(const QString &source, const QString &target)
{
    const QString partial = target + partialSuffix;
    QFile::remove(partial);
    withConnection(source, false, [&](QSqlDatabase &db) {
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(partial);
        if (!vacuum.exec()) {
            QFile::remove(partial);
            throw Error(Error::Code::Failed, vacuum.lastError().text());
        }
        return true;
    });
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw Error(Error::Code::Failed, Backups::tr("Cannot name the backup %1.").arg(target));
    }
}

} // namespace

Backups::Backups(const QString &databasePath, const QString &folder)
    : m_databasePath(databasePath)
    , m_folder(folder.isEmpty() ? QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups")
                                : folder)
{
}

QString Backups::backUp(Database &db)
{
    if (db.isPostgreSQL()) {
        throw Error(Error::Code::InvalidInput,
                    tr("A team database is backed up on its server, by its administrator."));
    }
    if (db.inTransaction()) {
        throw Error(Error::Code::Conflict, tr("A change is being saved: back up again when it is done."));
    }
    if (!QDir().mkpath(m_folder)) {
        throw Error(Error::Code::Failed, tr("Cannot create the backup folder %1.").arg(m_folder));
    }
    const QString target = newBackupPath();
    const QString partial = target + partialSuffix;
    QFile::remove(partial);
    try {
        db.exec(QStringLiteral("VACUUM INTO ?"), {partial});
    } catch (const Error &error) {
        QFile::remove(partial);
        throw Error(Error::Code::Failed, tr("Cannot back up %1: %2").arg(m_databasePath, error.message()));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw Error(Error::Code::Failed, tr("Cannot name the backup %1.").arg(target));
    }
    return target;
}

QString Backups::newBackupPath() const
{
    const QString base = m_folder + u'/' + QFileInfo(m_databasePath).completeBaseName() + u'-'
        + QDateTime::currentDateTimeUtc().toString(stampFormat);
    QString path = base + QStringLiteral(".sqlite");
    for (int n = 2; QFile::exists(path); ++n) {
        path = base + u'-' + QString::number(n) + QStringLiteral(".sqlite");
    }
    return path;
}

bool Backups::dueToday() const
{
    const QList<Entry> entries = list();
    return entries.isEmpty() || entries.constFirst().made.toLocalTime().date() != QDate::currentDate();
}

QList<Backups::Entry> Backups::list() const
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}T\\d{6}Z)(-\\d+)?\\.sqlite$"));
    const QString prefix = QFileInfo(m_databasePath).completeBaseName() + u'-';
    QList<Entry> entries;
    const QFileInfoList files
        = QDir(m_folder).entryInfoList({prefix + QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = stamp.match(file.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.made = QDateTime::fromString(match.captured(1), stampFormat);
        entry.made.setTimeZone(QTimeZone::UTC);
        entry.sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).mid(1).toInt();
        entry.bytes = file.size();
        try {
            withConnection(entry.path, true, [&](QSqlDatabase &db) {
                entry.developments = count(db, QStringLiteral("developments"));
                entry.companies = count(db, QStringLiteral("companies"));
                entry.assessments = count(db, QStringLiteral("assessments"));
                return true;
            });
        } catch (const Error &) {
            entry.developments = entry.companies = entry.assessments = -1;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.made != b.made ? a.made > b.made : a.sequence > b.sequence;
    });
    return entries;
}

void Backups::prune(int keep)
{
    const QList<Entry> entries = list();
    for (qsizetype i = std::max(0, keep); i < entries.size(); ++i) {
        QFile::remove(entries.at(i).path);
    }
    const QStringList partials = QDir(m_folder).entryList({QStringLiteral("*") + partialSuffix}, QDir::Files);
    for (const QString &partial : partials) {
        QFile::remove(m_folder + u'/' + partial);
    }
}

void Backups::restore(const QString &backup)
{
    // The backup must be a RegTracker database before anything is touched.
    try {
        withConnection(backup, true,
                       [&](QSqlDatabase &db) { return count(db, QStringLiteral("schema_migrations")); });
    } catch (const Error &error) {
        throw Error(Error::Code::Unreadable,
                    tr("%1 is not a RegTracker backup: %2").arg(backup, error.message()));
    }
    if (!QDir().mkpath(m_folder)) {
        throw Error(Error::Code::Failed, tr("Cannot create the backup folder %1.").arg(m_folder));
    }
    // The current file first, so that restoring can itself be undone.
    if (QFile::exists(m_databasePath)) {
        copyDatabase(m_databasePath, newBackupPath());
    }
    // A copy of the backup beside the database, then renamed over it: the database is replaced whole or not
    // at all.
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        throw Error(Error::Code::Failed, tr("Cannot copy %1 to %2.").arg(backup, incoming));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(m_databasePath + suffix);
    }
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(m_databasePath).constData())
        != 0) {
        QFile::remove(incoming);
        throw Error(Error::Code::Failed, tr("Cannot replace %1 with the backup.").arg(m_databasePath));
    }
}

} // namespace rt::core
