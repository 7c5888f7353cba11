#include "DatabaseLocation.h"

#include "Database.h"
#include "Error.h"
#include "ExchangeImporter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rt::core {

QString DatabaseLocation::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/regtracker.sqlite");
}

QString DatabaseLocation::demoDataFile()
{
    return QStringLiteral(":/demo/demo.json");
}

std::unique_ptr<Database> DatabaseLocation::open(const QString &path, bool create)
{
    if (!path.isEmpty()) {
        return Database::open(
            path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    }
    const QString file = defaultPath();
    std::unique_ptr<Database> db = Database::open(file, Database::OpenMode::CreateIfMissing);
    if (db->isNew()) {
        try {
            loadDemoData(*db);
        } catch (const Error &) {
            // Leave no half-made default database behind: the next start tries again.
            db.reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(file + suffix);
            }
            throw;
        }
    }
    return db;
}

void DatabaseLocation::loadDemoData(Database &db)
{
    ExchangeImporter(db).importFile(demoDataFile());
}

} // namespace rt::core
