// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the tests: a scratch directory per test and databases made through the real code paths.

#include "Database.h"
#include "DatabaseLocation.h"
#include "DevelopmentFilter.h"
#include "DevelopmentTableModel.h"
#include "SyntheticData.h"
#include "TextSearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rt::test {

// The PostgreSQL server the test run started (tests/postgres-server), when this run is on PostgreSQL: the
// address of its maintenance database. Empty for runs on SQLite.
inline QString postgresqlServer()
{
    const QString state = qEnvironmentVariable("RT_TEST_POSTGRESQL_STATE");
    if (state.isEmpty()) {
        return {};
    }
    QFile file(state);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("This run is on PostgreSQL, but the test server is not running (%s is missing).",
               qPrintable(state));
    }
    return QStringLiteral("postgresql://postgres@/postgres?host=")
        + QString::fromUtf8(file.readAll()).trimmed();
}

inline bool onPostgreSQL()
{
    return !postgresqlServer().isEmpty();
}

// Runs statements on the server's maintenance database as its superuser (CREATE DATABASE, CREATE ROLE…).
inline void asServerAdmin(const QStringList &statements)
{
    const QString name = QStringLiteral("rt-test-admin");
    {
        QSqlDatabase admin = core::DatabaseAddress::parse(postgresqlServer()).addConnection(name);
        if (!admin.open()) {
            qFatal("Cannot connect to the PostgreSQL test server: %s", qPrintable(admin.lastError().text()));
        }
        for (const QString &statement : statements) {
            QSqlQuery query(admin);
            if (!query.exec(statement)) {
                qFatal("%s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// Who the audit log names for a change made by a connection whose actor was set to `claimed`: on PostgreSQL
// the server writes the database user (the test server's superuser), whatever the client claims.
inline QString auditActor(const QString &claimed)
{
    return onPostgreSQL() ? QStringLiteral("postgres") : claimed;
}

// A new, empty database on the PostgreSQL test server; returns its address.
inline QString newServerDatabase(const QString &hint)
{
    static int count = 0;
    QString name = QStringLiteral("%1_%2_%3")
                       .arg(QCoreApplication::applicationName())
                       .arg(QCoreApplication::applicationPid())
                       .arg(++count);
    name += u'_'
        + QString(hint).replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    name = name.left(60).toLower();
    asServerAdmin({QStringLiteral("CREATE DATABASE \"%1\"").arg(name)});
    auto address = core::DatabaseAddress::parse(postgresqlServer());
    address.database = name;
    return address.toString();
}

// A new database (a file in dir, or a database on the PostgreSQL test server when this run is on
// PostgreSQL), optionally with the demo data loaded through the importer.
inline std::unique_ptr<core::Database> newDatabase(const QTemporaryDir &dir, const QString &name, bool demo)
{
    const QString location = onPostgreSQL() ? newServerDatabase(name) : dir.filePath(name);
    auto db = core::Database::open(location, core::Database::OpenMode::CreateIfMissing);
    if (demo) {
        core::DatabaseLocation::loadDemoData(*db);
    }
    return db;
}

// A new database of generated developments and companies: the same data for the same numbers and seed.
inline std::unique_ptr<core::Database> newGeneratedDatabase(const QTemporaryDir &dir, const QString &name,
                                                            int developments, int companies = 0,
                                                            quint32 seed = 1, const QDate &lastDay = {})
{
    auto db = newDatabase(dir, name, false);
    core::SyntheticDataOptions options;
    options.developments = developments;
    options.companies = companies;
    options.seed = seed;
    options.lastDay = lastDay;
    core::SyntheticData::generate(*db, options);
    return db;
}

// A new database with the demo data, under a name of its own in dir (each test gets a fresh one).
inline std::unique_ptr<core::Database> newDemoDatabase(const QTemporaryDir &dir)
{
    static int count = 0;
    return newDatabase(dir, QStringLiteral("demo-%1.sqlite").arg(++count), true);
}

// The uids of the developments a search finds, in the order the developments table shows them.
inline QStringList searchUids(core::Database &db, const core::TextSearch &search, const QString &text)
{
    core::DevelopmentTableModel model(db, search);
    core::DevelopmentFilter filter;
    filter.text = text;
    model.setFilter(filter);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QStringList uids;
    for (int row = 0; row < model.rowCount(); ++row) {
        uids.append(model.index(row, 0).data(core::DevelopmentTableModel::UidRole).toString());
    }
    return uids;
}

// Two migration folders in dir for tests of a failing upgrade: base/ holds migrations 1 and 2 as shipped,
// sql/ the same plus a 0003_broken.sql whose second statement fails (its first creates added_by_three).
struct BrokenMigrations
{
    QString base;
    QString broken;
};
inline BrokenMigrations brokenMigrations(const QTemporaryDir &dir)
{
    BrokenMigrations folders{dir.filePath(QStringLiteral("base")), dir.filePath(QStringLiteral("sql"))};
    if (!QDir().mkpath(folders.base) || !QDir().mkpath(folders.broken)) {
        qFatal("Cannot create the migration folders in %s", qPrintable(dir.path()));
    }
    for (const QString &name :
         {QStringLiteral("0001_developments.sql"), QStringLiteral("0002_companies.sql")}) {
        if (!QFile::copy(QStringLiteral(":/sql/") + name, folders.base + u'/' + name)
            || !QFile::copy(QStringLiteral(":/sql/") + name, folders.broken + u'/' + name)) {
            qFatal("Cannot copy the migration %s", qPrintable(name));
        }
    }
    QFile broken(folders.broken + QStringLiteral("/0003_broken.sql"));
    if (!broken.open(QIODevice::WriteOnly)
        || broken.write("CREATE TABLE added_by_three (x TEXT);\nINSERT INTO no_such_table VALUES (1);\n")
            < 0) {
        qFatal("Cannot write %s", qPrintable(broken.fileName()));
    }
    return folders;
}

} // namespace rt::test
