// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineVersions.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <libpq-fe.h>

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
    const int version = PQlibVersion(); // major * 10000 + minor from PostgreSQL 10 on
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

} // namespace rt::core
