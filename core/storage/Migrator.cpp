// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Error.h"
#include "SqlScript.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace rt::core {

namespace {

// Clients of a team database that start together queue on this lock, and those after the first find the
// work done.
constexpr int migrationLock = 7262011;

QString readText(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::NotFound,
                    Migrator::tr("Cannot read the migration %1: %2").arg(file, f.errorString()));
    }
    return QString::fromUtf8(f.readAll());
}

// Runs one statement on the bare connection; throws Error with the driver's message.
void run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        throw Error(Error::Code::Failed, query.lastError().text());
    }
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    run(query, sql);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, const DatabaseAddress &address, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_address(address)
    , m_dialect(dialect)
    , m_name(address.toString())
{
}

QList<Migrator::Migration> Migrator::migrationsIn(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> result;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) {
            result.append({match.captured(1).toInt(), match.captured(2), dir + u'/' + file});
        }
    }
    return result;
}

int Migrator::latestVersion(const QString &dir)
{
    const QList<Migration> migrations = migrationsIn(dir);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int Migrator::schemaVersion(const QSqlDatabase &db, bool postgresql)
{
    QSqlQuery query(db);
    if (postgresql) {
        // PostgreSQL has no user_version: the highest migration recorded is the version.
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"))
            || !query.next() || !query.value(0).toBool()) {
            return 0;
        }
        if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
            || !query.next()) {
            return 0;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

int Migrator::schemaVersion() const
{
    return schemaVersion(m_db, m_address.isPostgreSQL());
}

QString Migrator::migrate(const QString &dir)
{
    if (!m_address.isPostgreSQL()) {
        removeStaleBackups();
    }
    const QList<Migration> migrations = migrationsIn(dir);
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    // A session lock taken before any transaction: a transaction begun before the lock was granted could
    // still see the catalogue as it was.
    std::optional<QSqlQuery> unlock;
    if (m_address.isPostgreSQL() && schemaVersion() < latest) {
        QSqlQuery lock(m_db);
        run(lock, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLock));
        unlock.emplace(m_db);
    }
    const auto release = qScopeGuard([&unlock] {
        if (unlock) {
            unlock->exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLock));
        }
    });

    const int current = schemaVersion();
    if (current > latest) {
        throw Error(
            Error::Code::NewerSchema,
            tr("The database %1 has schema version %2, but this version of RegTracker understands "
               "versions up to %3. It was written by a newer RegTracker: update RegTracker to open it.")
                .arg(m_name)
                .arg(current)
                .arg(latest));
    }
    if (current == latest) {
        return {};
    }
    refuseForeignDatabase(current);
    const QString backup = backUp(current);
    for (const Migration &migration : migrations) {
        if (migration.version > current) {
            apply(migration, current);
        }
    }
    return backup;
}

void Migrator::refuseForeignDatabase(int current)
{
    if (current != 0 || count(m_db, m_dialect.countTables()) == 0) {
        return;
    }
    throw Error(Error::Code::Unreadable,
                m_address.isPostgreSQL()
                    ? tr("The PostgreSQL database %1 is not a RegTracker database (it has tables and no "
                         "RegTracker schema version). Use an empty database.")
                          .arg(m_name)
                    : tr("%1 is an SQLite database, but not a RegTracker database (it has tables and no "
                         "RegTracker schema version).")
                          .arg(m_name));
}

QString Migrator::backUp(int current)
{
    if (current == 0 || m_address.isPostgreSQL()) {
        return {};
    }
    // A copy of the file as it was, made by SQLite itself so that the WAL's content is included, under a
    // temporary name until it is complete: a crash never leaves a backup that is not a database.
    const QString backup = m_address.path
        + QStringLiteral(".schema%1-%2.bak")
              .arg(current)
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    const QString partial = backup + QStringLiteral(".partial");
    QFile::remove(backup);
    QFile::remove(partial);
    QSqlQuery vacuum(m_db);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec() || !QFile::rename(partial, backup)) {
        const QString reason = vacuum.lastError().text();
        QFile::remove(partial);
        throw Error(Error::Code::Failed,
                    tr("Cannot back up %1 before upgrading its schema: %2")
                        .arg(m_name, reason.isEmpty() ? backup : reason));
    }
    return backup;
}

void Migrator::removeStaleBackups() const
{
    // What a crash during an earlier backup left beside the file: the unfinished copy and its journal.
    const QFileInfo file(m_address.path);
    const QStringList stale = file.dir().entryList(
        {file.fileName() + QStringLiteral(".schema*.bak.partial*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : stale) {
        QFile::remove(file.dir().filePath(name));
    }
}

void Migrator::apply(const Migration &migration, int current)
{
    const QStringList statements = SqlScript::split(m_dialect.migration(readText(migration.file)));
    if (!m_db.transaction()) {
        throw Error(Error::Code::Failed, m_db.lastError().text());
    }
    try {
        for (const QString &statement : statements) {
            QSqlQuery query(m_db);
            run(query, statement);
        }
        QSqlQuery record(m_db);
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!record.exec()) {
            throw Error(Error::Code::Failed, record.lastError().text());
        }
        if (!m_address.isPostgreSQL()) {
            QSqlQuery version(m_db);
            run(version, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        }
        if (!m_db.commit()) {
            throw Error(Error::Code::Failed, m_db.lastError().text());
        }
    } catch (const Error &error) {
        m_db.rollback();
        QString message
            = tr("Upgrading %1 to schema version %2 (%3) failed; the database was left at version %4. %5")
                  .arg(m_name)
                  .arg(migration.version)
                  .arg(migration.name)
                  .arg(qMax(current, migration.version - 1))
                  .arg(error.message());
        if (error.message().contains(QLatin1StringView("permission denied"))
            || error.message().contains(QLatin1StringView("must be owner"))) {
            message += u'\n'
                + tr("Only an administrator of the team database may upgrade its schema: ask one to open it "
                     "with this version of RegTracker first.");
        }
        throw Error(Error::Code::Failed, message);
    }
}

} // namespace rt::core
