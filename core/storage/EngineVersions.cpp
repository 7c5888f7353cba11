// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineVersions.h"

#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace rt::core {

QString EngineVersions::sqlite()
{
    // Asked of the engine itself: the library Qt's driver loaded, whatever the headers said at build time.
    const QString name = QStringLiteral("regtracker-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                version = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString EngineVersions::libpq()
{
    // Loaded here rather than linked: the program does not load libpq (and the Kerberos, LDAP and TLS
    // libraries it needs) to start; Qt's PostgreSQL driver loads it when a team database is opened.
    QLibrary library(QStringLiteral("pq"), 5);
    using Version = int (*)();
    const auto version = reinterpret_cast<Version>(library.resolve("PQlibVersion"));
    if (!version) {
        return {};
    }
    const int number = version(); // major * 10000 + minor from PostgreSQL 10 on
    return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
}

} // namespace rt::core
