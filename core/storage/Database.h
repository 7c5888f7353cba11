// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one connection to a RegTracker database and everything that belongs to the connection: its settings
// (foreign keys, WAL), its prepared statements, the transaction depth, and the change notifications that are
// delivered when the outermost transaction commits. open() brings the schema up to date first (Migrator);
// ChangeFeed delivers what other connections commit. Everything in core reads and writes through it.
//
// One Database per thread; the object is not shared between threads.

#include "Change.h"
#include "DatabaseAddress.h"
#include "SqlDialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3_stmt;

namespace rt::core {

class ChangeFeed;

class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class OpenMode {
        ExistingOnly, // a missing file is an error
        CreateIfMissing, // a missing file becomes a new, empty database
        // A second connection that only reads, beside the application's own (a worker thread's): the database
        // must exist at the current schema version; nothing is migrated, backed up or indexed.
        Reader,
    };

    // Opens the database and, unless as a Reader, brings its schema up to date. An SQLite file is backed up
    // first when an existing database is migrated; PostgreSQL migrates in one transaction under a lock, so
    // two clients starting at once do not both migrate. Throws Error (missing file or database, unreachable
    // server, refused login, unreadable, newer schema, failed migration, missing privileges).
    static std::unique_ptr<Database> open(const DatabaseAddress &address, OpenMode mode,
                                          const QString &migrationsDir = defaultMigrationsDir());
    // The same for a file path or a postgresql:// address (DatabaseAddress::parse).
    static std::unique_ptr<Database> open(const QString &location, OpenMode mode,
                                          const QString &migrationsDir = defaultMigrationsDir());
    ~Database() override;

    static QString defaultMigrationsDir();
    // The schema version this build of RegTracker writes.
    static int latestSchemaVersion(const QString &migrationsDir = defaultMigrationsDir());

    QSqlDatabase connection() const { return m_db; }
    // The file path, or the server address without its password: what titles and messages show.
    QString path() const { return m_path; }
    const DatabaseAddress &address() const { return m_address; }
    const SqlDialect &dialect() const { return m_dialect; }
    bool isPostgreSQL() const { return m_address.isPostgreSQL(); }
    int schemaVersion() const;
    bool isNew() const { return m_created; } // the file did not exist before open()
    QString backupPath() const { return m_backup; } // empty unless open() migrated an existing file
    // Whether the schema has the full-text index (migration 3); databases migrated only part of the way, as
    // tests do, lack it.
    bool hasSearchIndex() const { return m_hasSearchIndex; }
    // Rises whenever this connection may have changed the full-text index (a write to it, a rollback): what
    // a cache of search results compares against.
    qint64 searchGeneration() const { return m_searchGeneration; }
    void searchIndexChanged() { ++m_searchGeneration; }

    // Changes whenever another connection has committed: SQLite's data_version, or on PostgreSQL the
    // change_counter that every commit with changes draws from, less this connection's own draws.
    qint64 dataVersion();

    // The name recorded in the audit log for changes made through this connection. On PostgreSQL it is the
    // database user, and the server writes it whatever the client says.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Runs a statement with positional bindings and returns the active query; throws Error on failure. A lost
    // connection to a team database is opened anew and the statement run again, outside transactions.
    // Statements are prepared once per connection and reused: the returned query stays valid until the same
    // statement is run again, so read its rows before running it anew.
    QSqlQuery &exec(const QString &sql, const QVariantList &bindings = {});
    // Runs a statement once, unprepared and without bindings: for what PostgreSQL cannot prepare (SET,
    // SAVEPOINT, DDL). Throws Error on failure.
    void execute(const QString &sql);
    // The first column of the first row, or an invalid QVariant when there is no row (a NULL is a valid,
    // null QVariant).
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    // Runs a statement that returns no rows (an insert, an update, a delete) and returns how many rows it
    // changed. Throws Error on failure.
    qint64 run(const QString &sql, const QVariantList &bindings = {});
    // Runs an INSERT of one row into a table whose key is `id` and returns the new row's id: SQLite's rowid,
    // PostgreSQL's through RETURNING id (which SQLite answers with a temporary table for every row).
    qint64 insert(const QString &sql, const QVariantList &bindings);
    // Runs a query whose `columns` columns are all integers (NULL reads as 0) and calls row() with each row's
    // values, in order. On SQLite the engine's own statement runs through the connection's handle and no
    // QVariant is made per value: for views that read every development. Throws Error on failure.
    void eachIntegerRow(const QString &sql, const QVariantList &bindings, int columns,
                        const std::function<void(const qint64 *values)> &row);
    // The same with one column of text from a short list (a region, a status): the row holds its position
    // in codes, -1 for any other text. Faster than asking the engine to number it with a CASE.
    void eachIntegerRow(const QString &sql, const QVariantList &bindings, int columns, int codedColumn,
                        const QStringList &codes, const std::function<void(const qint64 *values)> &row);

    // Queued until the outermost transaction commits; delivered at once outside a transaction.
    void post(const Change &change);
    bool inTransaction() const { return m_depth > 0; }

    // Stops the statement that runs on this connection now, from any thread: it fails with an Error. For a
    // reader that is no longer wanted (a search overtaken, a window closing). SQLite only; on PostgreSQL the
    // statement runs to its end.
    void interrupt();
    // Delivers what other connections (other windows, processes, colleagues) commit through changed(), as
    // ChangeFeed describes: on SQLite checked every intervalMs, on PostgreSQL as announced. 0 stops watching.
    void watchOtherWriters(int intervalMs = 500);

Q_SIGNALS:
    void changed(const rt::core::ChangeSet &changes);

private:
    friend class ScopedTransaction;
    explicit Database(QSqlDatabase db, DatabaseAddress address);
    void openConnection();
    QSqlQuery &execOnce(const QString &sql, const QVariantList &bindings);
    // A PostgreSQL connection that the server or the network dropped (a restart, an idle timeout) is opened
    // anew before the next statement outside a transaction; one inside a transaction fails with a message.
    bool connectionLost();
    void reconnect();
    void configure(bool reader);
    void indexIfStale();
    void begin(bool joinInner = false);
    void commit();
    void rollback() noexcept;
    // On SQLite, scalar() and run() go through the engine's own statements, prepared once per connection:
    // without Qt Sql's work per statement (a result record, bindings by name, texts handed over in UTF-16),
    // which cost more than the engine's own work for the small statements that writes are made of.
    // nullptr on PostgreSQL. The statement is reset and ready for bindings.
    sqlite3_stmt *engineStatement(const QString &sql);
    void finalizeEngineStatements();

    QSqlDatabase m_db;
    DatabaseAddress m_address;
    SqlDialect m_dialect;
    QString m_path;
    QString m_actor;
    QString m_backup;
    bool m_created = false;
    bool m_hasSearchIndex = false;
    qint64 m_searchGeneration = 0;
    int m_depth = 0;
    int m_joinedAbove = 0; // scopes deeper than this level are part of it (ScopedTransaction::Inner::Join)
    bool m_joinedFailed = false; // one of them rolled back: the joining scope cannot commit
    ChangeFeed *m_feed = nullptr;
    ChangeSet m_pending;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // node-based: stable addresses
    std::unordered_map<QString, sqlite3_stmt *> m_engineStatements;
};

// SQL values for optional fields: an invalid date or an empty optional text is stored as NULL.
QVariant sqlDate(const QDate &date);
QDate dateFromSql(const QVariant &value);

} // namespace rt::core
