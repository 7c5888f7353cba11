// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocation.h"

#include "Database.h"
#include "Error.h"
#include "ExchangeImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace rt::core {

namespace {

// A database being made is called this until it is complete.
const QString creatingSuffix = QStringLiteral(".creating");

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

QString DatabaseLocation::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/regtracker.sqlite");
}

QString DatabaseLocation::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QString DatabaseLocation::demoDataFile()
{
    return QStringLiteral(":/demo/demo.json");
}

bool DatabaseLocation::isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

bool DatabaseLocation::createIf(const QString &path, const std::function<bool(Database &db)> &work)
{
    if (QFile::exists(path)) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 already exists; a new database needs a new file.").arg(path));
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        throw Error(Error::Code::Failed, tr("Cannot create the folder %1.").arg(folder));
    }
    const QString partial = path + creatingSuffix;
    removeDatabaseFiles(partial); // what an earlier crash left
    bool keep = false;
    try {
        auto db = Database::open(partial, Database::OpenMode::CreateIfMissing);
        keep = work(*db);
    } catch (const Error &) {
        removeDatabaseFiles(partial);
        throw;
    }
    // Closed, the file holds everything (the log is folded into it): now it may take its name.
    if (keep && !QFile::rename(partial, path)) {
        removeDatabaseFiles(partial);
        throw Error(Error::Code::Failed, tr("Cannot create %1.").arg(path));
    }
    removeDatabaseFiles(partial);
    return keep;
}

std::unique_ptr<Database> DatabaseLocation::create(const QString &path, Content content)
{
    createIf(path, [content](Database &db) {
        if (content == Content::Demo) {
            loadDemoData(db);
        }
        return true;
    });
    return Database::open(path, Database::OpenMode::ExistingOnly);
}

std::unique_ptr<Database> DatabaseLocation::open(const QString &path, bool create)
{
    if (path.isEmpty()) {
        const QString own = defaultPath();
        removeDatabaseFiles(own + creatingSuffix);
        if (!QFile::exists(own)) {
            throw Error(Error::Code::NotFound,
                        tr("You have no database yet. Start RegTracker to make one, or run “regtracker init "
                           "--db FILE” (add --demo for the example data) and name it with --db."));
        }
        return Database::open(own, Database::OpenMode::ExistingOnly);
    }
    if (!DatabaseAddress::looksLikeUrl(path)) {
        removeDatabaseFiles(path + creatingSuffix);
        if (create && !QFile::exists(path)) {
            return DatabaseLocation::create(path, Content::Empty);
        }
    }
    return Database::open(path,
                          create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
}

void DatabaseLocation::loadDemoData(Database &db)
{
    ExchangeImporter(db).importFile(demoDataFile());
}

} // namespace rt::core
