// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "ChangeFeed.h"
#include "Error.h"
#include "Migrator.h"
#include "SearchIndexBuilder.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace rt::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("regtracker-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Database::Database(QSqlDatabase db, DatabaseAddress address)
    : m_db(std::move(db))
    , m_address(std::move(address))
    , m_dialect(m_address.engine)
    , m_path(m_address.toString())
{
    m_actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown")));
    ChangeFeed::Connection connection;
    connection.db = m_db;
    connection.name = m_path;
    connection.postgresql = isPostgreSQL();
    connection.scalar
        = [this](const QString &sql, const QVariantList &bindings) { return scalar(sql, bindings); };
    connection.inTransaction = [this] { return inTransaction(); };
    m_feed = new ChangeFeed(std::move(connection), this);
    connect(m_feed, &ChangeFeed::changed, this, &Database::changed);
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    delete m_feed; // it holds a handle of the connection, which must be the last one when it is removed
    m_feed = nullptr;
    m_statements.clear();
    finalizeEngineStatements();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultMigrationsDir()
{
    return QStringLiteral(":/sql");
}

int Database::latestSchemaVersion(const QString &migrationsDir)
{
    return Migrator::latestVersion(migrationsDir);
}

std::unique_ptr<Database> Database::open(const QString &location, OpenMode mode, const QString &migrationsDir)
{
    return open(DatabaseAddress::parse(location), mode, migrationsDir);
}

std::unique_ptr<Database> Database::open(const DatabaseAddress &address, OpenMode mode,
                                         const QString &migrationsDir)
{
    bool exists = true;
    if (!address.isPostgreSQL()) {
        const QFileInfo info(address.path);
        exists = info.exists();
        if (!exists && mode != OpenMode::CreateIfMissing) {
            throw Error(Error::Code::NotFound, tr("The database file %1 does not exist.").arg(address.path));
        }
        if (exists && !info.isFile()) {
            throw Error(Error::Code::Unreadable, tr("%1 is not a database file.").arg(address.path));
        }
        if (!exists && !QDir().mkpath(info.absolutePath())) {
            throw Error(Error::Code::Failed, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
    }

    const bool reader = mode == OpenMode::Reader;
    // A reader of a team database may still make temporary tables (cached search hits), which PostgreSQL
    // refuses in read-only transactions: only an SQLite reader opens the file read-only.
    std::unique_ptr<Database> database(new Database(
        address.addConnection(nextConnectionName(), reader && !address.isPostgreSQL()), address));
    database->openConnection();
    database->configure(reader);
    if (!reader) {
        // A PostgreSQL database is "new" when it has no tables yet: the server's administrator created it
        // empty.
        database->m_created = address.isPostgreSQL()
            ? database->scalar(database->m_dialect.countTables()).toInt() == 0
            : !exists;
        database->m_statements.clear(); // a pending PRAGMA result would keep a read open and block migrating
        database->m_backup = Migrator(database->m_db, address, database->m_dialect).migrate(migrationsDir);
    }
    database->m_hasSearchIndex
        = database->scalar(database->m_dialect.tableExists(), {QStringLiteral("development_search")}).toInt()
        > 0;
    // Commits on a team database draw from change_counter from schema 5 on.
    database->m_feed->setCounted(address.isPostgreSQL() && database->schemaVersion() >= 5);
    if (!reader) {
        database->indexIfStale();
    }
    return database;
}

void Database::indexIfStale()
{
    // The index holds text the application prepares: a new database, a migrated one or one written by an
    // application that prepared it differently is (re)indexed here, before anyone searches it.
    SearchIndexBuilder builder(m_db, m_dialect);
    if (!m_hasSearchIndex || builder.isCurrent()) {
        return;
    }
    m_statements.clear();
    if (!m_db.transaction()) {
        throw Error(Error::Code::Failed, tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    }
    try {
        builder.rebuild();
        if (!m_db.commit()) {
            throw Error(Error::Code::Failed, m_db.lastError().text());
        }
    } catch (const Error &) {
        m_db.rollback();
        throw;
    }
}

void Database::openConnection()
{
    if (m_db.open()) {
        return;
    }
    const QString reason = m_db.lastError().text().trimmed();
    if (!isPostgreSQL()) {
        throw Error(Error::Code::Unreadable, tr("Cannot open the database %1: %2").arg(m_path, reason));
    }
    // libpq's messages name the cause; say what to do about it in the user's language.
    QString advice;
    Error::Code code = Error::Code::Failed;
    if (reason.contains(QLatin1StringView("password authentication failed"))
        || reason.contains(QLatin1StringView("no password supplied"))
        || reason.contains(QLatin1StringView("authentication failed"))) {
        advice = tr("The server refused the user name or password. Check them, or ask the database "
                    "administrator for an account.");
        // Another password may help, so callers that can ask for one know to.
        code = reason.contains(QLatin1StringView("password")) ? Error::Code::PasswordRequired
                                                              : Error::Code::Unreadable;
    } else if (reason.contains(QLatin1StringView("database \""))
               && reason.contains(QLatin1StringView("does not exist"))) {
        advice = tr("The server has no database of that name. Check the name, or ask the database "
                    "administrator to create it.");
        code = Error::Code::NotFound;
    } else if (reason.contains(QLatin1StringView("role \""))
               && reason.contains(QLatin1StringView("does not exist"))) {
        advice = tr("The server has no user of that name. Ask the database administrator for an account.");
        code = Error::Code::Unreadable;
    } else if (reason.contains(QLatin1StringView("timeout"), Qt::CaseInsensitive)
               || reason.contains(QLatin1StringView("could not connect"))
               || reason.contains(QLatin1StringView("could not translate host name"))
               || reason.contains(QLatin1StringView("Connection refused"))
               || reason.contains(QLatin1StringView("No such file or directory"))) {
        advice
            = tr("The server did not answer. Check the host name and port, the network, and that the server "
                 "is running.");
        code = Error::Code::NotFound;
    } else if (reason.contains(QLatin1StringView("SSL"), Qt::CaseInsensitive)) {
        advice = tr("The secure connection failed. Check the TLS mode the server expects.");
    }
    QString message = tr("Cannot connect to the team database %1.").arg(m_path);
    if (!advice.isEmpty()) {
        message += (message.endsWith(u'。') ? QString() : QStringLiteral(" ")) + advice; // no space after 。
    }
    throw Error(code, message + QStringLiteral("\n") + tr("The server said: %1").arg(reason));
}

void Database::configure(bool reader)
{
    if (!isPostgreSQL()) {
        // The first statement that reads the file: a file that is not SQLite, or a damaged one, fails here,
        // and is named in words rather than in the driver's.
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QSqlError error = probe.lastError();
            const QString code = error.nativeErrorCode();
            throw Error(
                Error::Code::Unreadable,
                code == u"26"
                    ? tr("%1 is not a RegTracker database: it is not an SQLite database file.").arg(m_path)
                    : code == u"11"
                    ? tr("%1 is damaged: SQLite cannot read it (%2).").arg(m_path, error.databaseText())
                    : tr("Cannot read %1 as a RegTracker database: %2").arg(m_path, error.databaseText()));
        }
    }
    try {
        // The settings of the connection; then the first read (and, on a server, who is connected).
        const QStringList settings
            = (reader ? QStringList() : m_dialect.writerSettings()) + m_dialect.connectionSettings();
        for (const QString &setting : settings) {
            execute(setting);
        }
        if (isPostgreSQL()) {
            m_actor = scalar(QStringLiteral("SELECT current_user")).toString();
        } else {
            scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        }
    } catch (const Error &error) {
        throw Error(Error::Code::Unreadable,
                    tr("Cannot read %1 as a RegTracker database: %2").arg(m_path, error.message()));
    }
}

int Database::schemaVersion() const
{
    return Migrator::schemaVersion(m_db, isPostgreSQL());
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &bindings)
{
    try {
        return execOnce(sql, bindings);
    } catch (const Error &) {
        if (!connectionLost()) {
            throw;
        }
        if (m_depth > 0) {
            // The transaction died with the connection: nothing of it was committed.
            throw Error(Error::Code::Failed,
                        tr("The connection to the team database %1 was lost, and this change was not saved. "
                           "Try again: RegTracker connects anew.")
                            .arg(m_path));
        }
        reconnect();
        return execOnce(sql, bindings);
    }
}

bool Database::connectionLost()
{
    if (!isPostgreSQL()) {
        return false;
    }
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT 1"))) {
        return false;
    }
    // In a transaction that an error aborted every statement fails, on a connection that is fine.
    return probe.lastError().nativeErrorCode() != QLatin1StringView("25P02");
}

void Database::reconnect()
{
    m_statements.clear();
    finalizeEngineStatements();
    m_db.close();
    openConnection();
    configure(false);
    m_feed->resubscribe();
    searchIndexChanged(); // temporary tables of cached search results went with the old session
    // Colleagues' announcements while the connection was down are lost: everything may have changed.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT changed(ChangeFeed::everything()); }, Qt::QueuedConnection);
}

QSqlQuery &Database::execOnce(const QString &sql, const QVariantList &bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        // QPSQL reads a forward-only result row by row and then allows no other statement on the connection
        // until it is done; callers here may write while they read, so PostgreSQL results arrive whole.
        prepared->setForwardOnly(!isPostgreSQL());
        if (!prepared->prepare(sql)) {
            throw Error(Error::Code::Failed,
                        tr("The database refused a statement: %1 (%2)")
                            .arg(prepared->lastError().text(), sql.simplified()));
        }
        it = m_statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        // Qt Sql binds a null QString as NULL; text columns are NOT NULL, so a null string means "empty".
        // A QVariant without a value (QVariant(QMetaType)) is how callers ask for NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && get<QString>(value).isNull()) {
            query.bindValue(int(i), QStringLiteral(""));
        } else {
            query.bindValue(int(i), value);
        }
    }
    if (!query.exec()) {
        const QString message = query.lastError().text();
        query.finish();
        throw Error(Error::Code::Failed, message);
    }
    return query;
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        throw Error(Error::Code::Failed, query.lastError().text());
    }
}

namespace {

sqlite3 *engineHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Binds values as Database::exec() does: a QVariant without a value (QVariant(QMetaType)) is NULL, a null
// QString an empty text (text columns are NOT NULL).
void bindAll(sqlite3_stmt *statement, const QVariantList &bindings)
{
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        const int at = int(i) + 1;
        if (value.isNull()) {
            sqlite3_bind_null(statement, at);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(statement, at, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, at, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bound = value.toByteArray();
            sqlite3_bind_blob(statement, at, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray bound = value.toString().toUtf8(); // never nullptr: "" for a null QString
            sqlite3_bind_text(statement, at, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
        }
        }
    }
}

// A column's value as Qt Sql's SQLite driver gives it (a NULL is a null QString).
QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    }
}

} // namespace

sqlite3_stmt *Database::engineStatement(const QString &sql)
{
    if (isPostgreSQL()) {
        return nullptr;
    }
    if (const auto it = m_engineStatements.find(sql); it != m_engineStatements.end()) {
        return it->second;
    }
    sqlite3 *connection = engineHandle(m_db);
    if (!connection) {
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        throw Error(Error::Code::Failed,
                    tr("The database refused a statement: %1 (%2)")
                        .arg(QString::fromUtf8(sqlite3_errmsg(connection)), sql.simplified()));
    }
    m_engineStatements.emplace(sql, statement);
    return statement;
}

void Database::finalizeEngineStatements()
{
    for (const auto &[sql, statement] : m_engineStatements) {
        sqlite3_finalize(statement);
    }
    m_engineStatements.clear();
}

qint64 Database::run(const QString &sql, const QVariantList &bindings)
{
    sqlite3_stmt *statement = engineStatement(sql);
    if (!statement) {
        QSqlQuery &query = exec(sql, bindings);
        const qint64 changed = query.numRowsAffected();
        query.finish();
        return changed;
    }
    const auto reset = qScopeGuard([statement] {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    });
    bindAll(statement, bindings);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) { }
    if (status != SQLITE_DONE) {
        throw Error(Error::Code::Failed, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement))));
    }
    return sqlite3_changes64(sqlite3_db_handle(statement));
}

qint64 Database::insert(const QString &sql, const QVariantList &bindings)
{
    if (isPostgreSQL()) {
        return scalar(sql + QStringLiteral(" RETURNING id"), bindings).toLongLong();
    }
    run(sql, bindings);
    return sqlite3_last_insert_rowid(engineHandle(m_db));
}

QVariant Database::scalar(const QString &sql, const QVariantList &bindings)
{
    if (sqlite3_stmt *statement = engineStatement(sql)) {
        const auto reset = qScopeGuard([statement] {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        });
        bindAll(statement, bindings);
        const int status = sqlite3_step(statement);
        if (status == SQLITE_ROW) {
            return columnValue(statement, 0);
        }
        if (status != SQLITE_DONE) {
            throw Error(Error::Code::Failed, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement))));
        }
        return {};
    }
    QSqlQuery &query = exec(sql, bindings);
    QVariant value;
    if (query.next()) {
        value = query.value(0);
    }
    query.finish();
    return value;
}

void Database::interrupt()
{
    if (sqlite3 *connection = isPostgreSQL() ? nullptr : engineHandle(m_db)) {
        sqlite3_interrupt(connection);
    }
}

void Database::eachIntegerRow(const QString &sql, const QVariantList &bindings, int columns,
                              const std::function<void(const qint64 *values)> &row)
{
    eachIntegerRow(sql, bindings, columns, -1, {}, row);
}

void Database::eachIntegerRow(const QString &sql, const QVariantList &bindings, int columns, int codedColumn,
                              const QStringList &codes, const std::function<void(const qint64 *values)> &row)
{
    std::vector<qint64> values(std::size_t(qMax(0, columns)));
    sqlite3 *connection = isPostgreSQL() ? nullptr : engineHandle(m_db);
    if (!connection) {
        QSqlQuery &q = exec(sql, bindings);
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                values[std::size_t(c)]
                    = c == codedColumn ? codes.indexOf(q.value(c).toString()) : q.value(c).toLongLong();
            }
            row(values.data());
        }
        q.finish();
        return;
    }
    QHash<QByteArray, int> numbers; // UTF-8 code -> position
    for (qsizetype i = 0; i < codes.size(); ++i) {
        numbers.insert(codes.at(i).toUtf8(), int(i));
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr)
        != SQLITE_OK) {
        throw Error(Error::Code::Failed,
                    tr("The database refused a statement: %1 (%2)")
                        .arg(QString::fromUtf8(sqlite3_errmsg(connection)), sql.simplified()));
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    bindAll(statement, bindings);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            if (c == codedColumn) {
                const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                const QByteArray code
                    = QByteArray::fromRawData(utf8 ? utf8 : "", sqlite3_column_bytes(statement, c));
                values[std::size_t(c)] = numbers.value(code, -1);
            } else {
                values[std::size_t(c)] = sqlite3_column_int64(statement, c);
            }
        }
        row(values.data());
    }
    if (status != SQLITE_DONE) {
        throw Error(Error::Code::Failed, QString::fromUtf8(sqlite3_errmsg(connection)));
    }
}

void Database::post(const Change &change)
{
    if (m_depth > 0) {
        m_pending.append(change);
    } else {
        m_feed->announce({change});
        Q_EMIT changed({change});
    }
}

qint64 Database::dataVersion()
{
    return m_feed->dataVersion();
}

void Database::watchOtherWriters(int intervalMs)
{
    m_feed->watch(intervalMs);
}

void Database::begin(bool joinInner)
{
    if (m_joinedAbove > 0) {
        ++m_depth; // part of the scope that joins: no savepoint of its own
        return;
    }
    if (m_depth == 0) {
        if (!isPostgreSQL()) {
            // Take SQLite's write lock at once (waiting up to busy_timeout): a transaction that first reads
            // and then writes cannot upgrade its lock once another connection has committed in between, and
            // would fail with "database is locked" instead of waiting.
            try {
                execute(QStringLiteral("BEGIN IMMEDIATE"));
            } catch (const Error &error) {
                throw Error(Error::Code::Failed, tr("Cannot start a transaction: %1").arg(error.message()));
            }
        } else if (!m_db.transaction()) {
            const QString reason = m_db.lastError().text();
            if (!connectionLost()) {
                throw Error(Error::Code::Failed, tr("Cannot start a transaction: %1").arg(reason));
            }
            reconnect();
            if (!m_db.transaction()) {
                throw Error(Error::Code::Failed,
                            tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
            }
        }
    } else {
        execute(QStringLiteral("SAVEPOINT rt_%1").arg(m_depth));
    }
    ++m_depth;
    if (joinInner) {
        m_joinedAbove = m_depth;
        m_joinedFailed = false;
    }
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_joinedAbove > 0) {
        if (m_depth > m_joinedAbove) {
            --m_depth; // written as part of the joining scope, which commits it
            return;
        }
        if (m_joinedFailed) {
            rollback();
            throw Error(Error::Code::Failed, tr("Part of this change failed, so none of it was saved."));
        }
        m_joinedAbove = 0;
    }
    if (m_depth > 1) {
        execute(QStringLiteral("RELEASE SAVEPOINT rt_%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    try {
        m_feed->announce(m_pending);
    } catch (const Error &) {
        rollback();
        throw;
    }
    for (auto &[sql, query] : m_statements) {
        query->finish();
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        m_depth = 0;
        m_pending.clear();
        throw Error(Error::Code::Failed, tr("Cannot commit the transaction: %1").arg(message));
    }
    m_depth = 0;
    const ChangeSet changes = std::exchange(m_pending, {});
    if (!changes.isEmpty()) {
        Q_EMIT changed(changes);
    }
}

void Database::rollback() noexcept
{
    if (m_depth == 0) {
        return;
    }
    if (m_joinedAbove > 0) {
        if (m_depth > m_joinedAbove) {
            m_joinedFailed = true; // undone when the joining scope rolls back, which is all it can do now
            --m_depth;
            return;
        }
        m_joinedAbove = 0;
        m_joinedFailed = false;
    }
    ++m_searchGeneration; // temporary tables of cached search results roll back too
    if (m_depth > 1) {
        // Changes posted inside the savepoint stay queued: listeners refresh from what is committed, and a
        // spurious refresh is harmless where a missed one is not.
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT rt_%1").arg(m_depth - 1));
        query.exec(QStringLiteral("RELEASE SAVEPOINT rt_%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    for (auto &[sql, query] : m_statements) {
        query->finish();
    }
    m_db.rollback();
    m_depth = 0;
    m_pending.clear();
}

} // namespace rt::core
