#pragma once
// Helpers shared by the tests: a scratch directory per test and databases made through the real code paths.

#include "Database.h"
#include "DatabaseLocation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rt::test {

// A new database file in dir, optionally with the demo data loaded through the importer.
inline std::unique_ptr<core::Database> newDatabase(const QTemporaryDir &dir, const QString &name, bool demo)
{
    auto db = core::Database::open(dir.filePath(name), core::Database::OpenMode::CreateIfMissing);
    if (demo) {
        core::DatabaseLocation::loadDemoData(*db);
    }
    return db;
}

// A new database with the demo data, under a name of its own in dir (each test gets a fresh one).
inline std::unique_ptr<core::Database> newDemoDatabase(const QTemporaryDir &dir)
{
    static int count = 0;
    return newDatabase(dir, QStringLiteral("demo-%1.sqlite").arg(++count), true);
}

} // namespace rt::test
