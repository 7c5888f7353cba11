// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings a database's schema up to the version this build writes: the numbered SQL files of a migrations
// directory (0001_name.sql, …) applied in order, each in its own transaction and recorded in
// schema_migrations, after a copy of an existing SQLite file. A database of a newer schema, or one that has
// tables but no RegTracker schema, is refused. It works on the bare connection, before anything else reads
// the database; on PostgreSQL it holds a lock meanwhile, so that clients starting together migrate once.

#include "DatabaseAddress.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rt::core {

class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::Migrator)
public:
    struct Migration
    {
        int version;
        QString name;
        QString file;
    };

    Migrator(QSqlDatabase db, const DatabaseAddress &address, const SqlDialect &dialect);

    // The migrations found in a directory, by version.
    static QList<Migration> migrationsIn(const QString &dir);
    // The version the last of them brings a database to; 0 when there are none.
    static int latestVersion(const QString &dir);
    // The schema version of the database: PRAGMA user_version on SQLite, the highest recorded migration on
    // PostgreSQL; 0 for an empty database.
    static int schemaVersion(const QSqlDatabase &db, bool postgresql);

    // Applies every migration of dir the database lacks. Returns the backup made of an SQLite file before
    // it was changed, or an empty string when none was needed. Throws Error; a failed migration leaves the
    // database at the version before it.
    QString migrate(const QString &dir);

private:
    int schemaVersion() const;
    void refuseForeignDatabase(int current);
    QString backUp(int current);
    void removeStaleBackups() const;
    void apply(const Migration &migration, int current);

    QSqlDatabase m_db;
    DatabaseAddress m_address;
    SqlDialect m_dialect;
    QString m_name; // the address as messages show it
};

} // namespace rt::core
