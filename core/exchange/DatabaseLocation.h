#pragma once
// Where RegTracker keeps its database, and how the application opens one: the user's own database in the data
// directory (created with the demo data on first start), or a file named on the command line.

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rt::core {

class Database;

class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DatabaseLocation)
public:
    static QString defaultPath();
    static QString demoDataFile();

    // An empty path opens the default database, creating it with the demo data when it does not exist yet.
    // A named path must exist unless `create` is set (then it is created empty). Throws Error.
    static std::unique_ptr<Database> open(const QString &path, bool create = false);

    // Fills a new, empty database with the demo data.
    static void loadDemoData(Database &db);
};

} // namespace rt::core
