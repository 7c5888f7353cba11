// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where RegTracker keeps its databases and how one comes into being: the user's own database and the demo in
// the data directory, and creating a database (empty or with the demo data) so that a crash never leaves a
// half-made one behind: it is made under a temporary name and renamed once complete.

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace rt::core {

class Database;

class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DatabaseLocation)
public:
    // The user's own database and the demo (example data, a file of its own) in the data directory.
    static QString defaultPath();
    static QString demoPath();
    static QString demoDataFile();

    enum class Content { Empty, Demo };
    // Makes a new SQLite database file at path, empty or with the demo data, and opens it. Throws Error when
    // the file exists or cannot be made; nothing is left at path then.
    static std::unique_ptr<Database> create(const QString &path, Content content);
    // Makes a new empty SQLite database at path for work, under a temporary name, and gives it that name only
    // when work returns true; when work returns false or throws, nothing is left at path. Throws Error when
    // path exists or cannot be made. Returns what work returned.
    static bool createIf(const QString &path, const std::function<bool(Database &db)> &work);
    // Opens an existing database: a file or a postgresql:// address; an empty path is the user's own database
    // (an error saying how to make one when there is none yet). With create, a missing file is made empty.
    static std::unique_ptr<Database> open(const QString &path, bool create = false);
    // Whether the file at path is an SQLite database (by its first bytes).
    static bool isSqliteFile(const QString &path);

    // Fills a new, empty database with the demo data.
    static void loadDemoData(Database &db);
};

} // namespace rt::core
