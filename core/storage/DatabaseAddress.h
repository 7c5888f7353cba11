// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a RegTracker database lives: an SQLite file on this computer, or a database on a PostgreSQL server
// that a team shares. Written as a file path or as a libpq connection URI:
//
//   postgresql://user@host:port/dbname?sslmode=require&connect_timeout=10
//   postgresql://user@/dbname?host=/run/postgresql          (a Unix socket directory)
//
// A password may be given in the URI (or set by a dialog) but is never part of toString(): it lives only in
// memory; otherwise libpq finds one the usual ways (PGPASSWORD, ~/.pgpass).

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace rt::core {

class DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DatabaseAddress)
public:
    enum class Engine { SQLite, PostgreSQL };

    DatabaseAddress() = default;
    static DatabaseAddress sqlite(const QString &path);
    // A file path or a postgresql:// (or postgres://) URI. Throws Error(InvalidInput) naming what is wrong.
    static DatabaseAddress parse(const QString &text);
    static bool looksLikeUrl(const QString &text);

    Engine engine = Engine::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL: a host name, an address, or a socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; // empty: libpq's default (prefer)
    int connectTimeoutSeconds = 10;

    bool isPostgreSQL() const { return engine == Engine::PostgreSQL; }
    // The file path, or the URI without the password: what may be shown, logged and remembered.
    QString toString() const;
    // A short name for titles: the file name, or database@host.
    QString displayName() const;

    // A new, not yet opened Qt Sql connection under the given name, configured for this address.
    QSqlDatabase addConnection(const QString &connectionName, bool readOnly = false) const;

    friend bool operator==(const DatabaseAddress &, const DatabaseAddress &) = default;
};

} // namespace rt::core
