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

} // namespace rt::test
