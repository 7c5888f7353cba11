#include "Database.h"

#include "Error.h"
#include "FullTextIndex.h"
#include "SqlScript.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <optional>

namespace rt::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("regtracker-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Migration
{
    int version;
    QString name;
    QString file;
};

QList<Migration> migrationsIn(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    QList<Migration> result;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) {
            result.append({match.captured(1).toInt(), match.captured(2), dir + u'/' + file});
        }
    }
    return result;
}

QString readText(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::NotFound,
                    Database::tr("Cannot read the migration %1: %2").arg(file, f.errorString()));
    }
    return QString::fromUtf8(f.readAll());
}

// "Reload everything": one Updated change of id 0 for every entity.
ChangeSet everythingChanged()
{
    ChangeSet all;
    for (Entity entity : {Entity::Authority, Entity::Vocabulary, Entity::Development, Entity::Obligation,
                          Entity::Company, Entity::Assessment}) {
        all.append({entity, Change::Kind::Updated, 0});
    }
    return all;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
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
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_statements.clear();
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
    const auto migrations = migrationsIn(migrationsDir);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
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
        if (!exists && mode == OpenMode::ExistingOnly) {
            throw Error(Error::Code::NotFound, tr("The database file %1 does not exist.").arg(address.path));
        }
        if (exists && !info.isFile()) {
            throw Error(Error::Code::Unreadable, tr("%1 is not a database file.").arg(address.path));
        }
        if (!exists && !QDir().mkpath(info.absolutePath())) {
            throw Error(Error::Code::Failed, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
    }

    std::unique_ptr<Database> database(new Database(address.addConnection(nextConnectionName()), address));
    database->openConnection();
    database->configure();
    // A PostgreSQL database is "new" when it has no tables yet: the server's administrator created it empty.
    database->m_created
        = address.isPostgreSQL() ? database->scalar(database->m_dialect.countTables()).toInt() == 0 : !exists;
    database->migrate(migrationsDir);
    database->m_hasSearchIndex
        = database->scalar(database->m_dialect.tableExists(), {QStringLiteral("development_search")}).toInt()
        > 0;
    database->m_hasChangeCounter = address.isPostgreSQL() && database->schemaVersion() >= 5;
    // The index holds text the application prepares: a new database, a migrated one or one written by an
    // application that prepared it differently is (re)indexed here, before anyone searches it.
    FullTextIndex(*database).ensureCurrent();
    return database;
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

void Database::configure()
{
    if (isPostgreSQL()) {
        try {
            // Dates and times are ISO text in both engines; the server's clock and locale never enter.
            execute(QStringLiteral("SET client_min_messages = warning"));
            m_actor = scalar(QStringLiteral("SELECT current_user")).toString();
        } catch (const Error &error) {
            throw Error(Error::Code::Unreadable,
                        tr("Cannot read %1 as a RegTracker database: %2").arg(m_path, error.message()));
        }
        return;
    }
    try {
        // The first statement that reads the file: a file that is not SQLite fails here.
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    } catch (const Error &error) {
        throw Error(Error::Code::Unreadable,
                    tr("Cannot read %1 as a RegTracker database: %2").arg(m_path, error.message()));
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (isPostgreSQL()) {
        // PostgreSQL has no user_version: the highest migration recorded is the version.
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"))
            || !query.next() || !query.value(0).toBool()) {
            return 0;
        }
        if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
            || !query.next()) {
            return 0;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

void Database::migrate(const QString &migrationsDir)
{
    m_statements.clear(); // a pending PRAGMA result would keep a read open and block the commits below
    const QList<Migration> migrations = migrationsIn(migrationsDir);
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    // Clients of a team database that start together queue here, and those after the first find the work
    // done. A session lock taken before any transaction: a transaction begun before the lock was granted
    // could still see the catalogue as it was.
    std::optional<QSqlQuery> unlock;
    if (isPostgreSQL() && schemaVersion() < latest) {
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(7262011)"))) {
            throw Error(Error::Code::Failed, lock.lastError().text());
        }
        unlock.emplace(m_db);
    }
    const auto release = qScopeGuard([&unlock] {
        if (unlock) {
            unlock->exec(QStringLiteral("SELECT pg_advisory_unlock(7262011)"));
        }
    });
    const int current = schemaVersion();

    if (current > latest) {
        throw Error(
            Error::Code::NewerSchema,
            tr("The database %1 has schema version %2, but this version of RegTracker understands "
               "versions up to %3. It was written by a newer RegTracker: update RegTracker to open it.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    }
    if (current == latest) {
        return;
    }
    if (current == 0 && scalar(m_dialect.countTables()).toInt() > 0) {
        throw Error(Error::Code::Unreadable,
                    isPostgreSQL()
                        ? tr("The PostgreSQL database %1 is not a RegTracker database (it has tables "
                             "and no RegTracker schema version). Use an empty database.")
                              .arg(m_path)
                        : tr("%1 is an SQLite database, but not a RegTracker database (it has tables "
                             "and no RegTracker schema version).")
                              .arg(m_path));
    }

    if (current > 0 && !isPostgreSQL()) {
        // A copy of the file as it was, made by SQLite itself so that the WAL's content is included.
        m_backup = m_address.path
            + QStringLiteral(".schema%1-%2.bak")
                  .arg(current)
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QFile::remove(m_backup);
        try {
            exec(QStringLiteral("VACUUM INTO ?"), {m_backup});
        } catch (const Error &error) {
            throw Error(Error::Code::Failed,
                        tr("Cannot back up %1 before upgrading its schema: %2").arg(m_path, error.message()));
        }
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        const QStringList statements = SqlScript::split(m_dialect.migration(readText(migration.file)));
        if (!m_db.transaction()) {
            throw Error(Error::Code::Failed, m_db.lastError().text());
        }
        try {
            for (const QString &statement : statements) {
                QSqlQuery query(m_db);
                if (!query.exec(statement)) {
                    throw Error(Error::Code::Failed, query.lastError().text());
                }
            }
            QSqlQuery record(m_db);
            record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                          "VALUES (?, ?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(migration.name);
            record.addBindValue(utcNow());
            if (!record.exec()) {
                throw Error(Error::Code::Failed, record.lastError().text());
            }
            QSqlQuery version(m_db);
            if (!isPostgreSQL()
                && !version.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
                throw Error(Error::Code::Failed, version.lastError().text());
            }
            if (!m_db.commit()) {
                throw Error(Error::Code::Failed, m_db.lastError().text());
            }
        } catch (const Error &error) {
            m_db.rollback();
            QString message
                = tr("Upgrading %1 to schema version %2 (%3) failed; the database was left at version %4. %5")
                      .arg(m_path)
                      .arg(migration.version)
                      .arg(migration.name)
                      .arg(qMax(current, migration.version - 1))
                      .arg(error.message());
            if (error.message().contains(QLatin1StringView("permission denied"))
                || error.message().contains(QLatin1StringView("must be owner"))) {
                message += u'\n'
                    + tr("Only an administrator of the team database may upgrade its schema: ask one to open "
                         "it "
                         "with this version of RegTracker first.");
            }
            throw Error(Error::Code::Failed, message);
        }
    }
    m_statements.clear();
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
    m_db.close();
    openConnection();
    configure();
    if (m_listening && !m_db.driver()->subscribeToNotification(notificationChannel())) {
        throw Error(Error::Code::Failed,
                    tr("Cannot listen for colleagues' changes on %1: %2")
                        .arg(m_path, m_db.driver()->lastError().text()));
    }
    searchIndexChanged(); // temporary tables of cached search results went with the old session
    // Colleagues' announcements while the connection was down are lost: everything may have changed.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT changed(everythingChanged()); }, Qt::QueuedConnection);
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

QVariant Database::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery &query = exec(sql, bindings);
    QVariant value;
    if (query.next()) {
        value = query.value(0);
    }
    query.finish();
    return value;
}

void Database::post(const Change &change)
{
    if (m_depth > 0) {
        m_pending.append(change);
    } else {
        announce({change});
        Q_EMIT changed({change});
    }
}

QString Database::notificationChannel()
{
    return QStringLiteral("regtracker_changes");
}

// "entity kind id" triples separated by ';' (entity and kind as numbers). NOTIFY payloads are limited to
// 8000 bytes: a larger change set is announced as "*", which listeners take as "reload everything".
QString Database::encodeChanges(const ChangeSet &changes)
{
    QString payload;
    for (const Change &change : changes) {
        if (!payload.isEmpty()) {
            payload += u';';
        }
        payload += QStringLiteral("%1 %2 %3").arg(int(change.entity)).arg(int(change.kind)).arg(change.id);
        if (payload.size() > 7000) {
            return QStringLiteral("*");
        }
    }
    return payload;
}

ChangeSet Database::decodeChanges(const QString &payload)
{
    ChangeSet changes;
    if (payload == u"*") {
        return everythingChanged();
    }
    for (const QString &item : payload.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u' ');
        bool okEntity = false, okKind = false, okId = false;
        const int entity = parts.value(0).toInt(&okEntity);
        const int kind = parts.value(1).toInt(&okKind);
        const qint64 id = parts.value(2).toLongLong(&okId);
        const bool knownEntity
            = entity > 0 && entity <= int(Entity::Assessment) && (entity & (entity - 1)) == 0;
        if (parts.size() != 3 || !okEntity || !okKind || !okId || !knownEntity || kind < 0
            || kind > int(Change::Kind::Removed)) {
            return everythingChanged(); // from a newer RegTracker, perhaps: refresh everything rather than
                                        // guess
        }
        changes.append({Entity(entity), Change::Kind(kind), id});
    }
    return changes;
}

void Database::announce(const ChangeSet &changes)
{
    if (!isPostgreSQL() || changes.isEmpty()) {
        return;
    }
    // Inside the transaction NOTIFY is delivered on commit and dropped on rollback, like the changes.
    exec(QStringLiteral("SELECT pg_notify(?, ?)"), {notificationChannel(), encodeChanges(changes)});
    if (m_hasChangeCounter) {
        scalar(QStringLiteral("SELECT nextval('change_counter')"));
        ++m_ownChanges;
    }
}

void Database::notified(const QString &name, int source, const QVariant &payload)
{
    if (name != notificationChannel() || source == QSqlDriver::SelfSource) {
        return;
    }
    const ChangeSet changes = decodeChanges(payload.toString());
    if (!changes.isEmpty()) {
        Q_EMIT changed(changes);
    }
}

qint64 Database::dataVersion()
{
    if (isPostgreSQL()) {
        // Every client's commits draw from change_counter (migration 5); what this connection drew is not
        // news.
        if (!m_hasChangeCounter) {
            return 0;
        }
        return scalar(QStringLiteral("SELECT last_value FROM change_counter")).toLongLong() - m_ownChanges;
    }
    return scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
}

void Database::watchOtherWriters(int intervalMs)
{
    if (isPostgreSQL()) {
        QSqlDriver *driver = m_db.driver();
        if (intervalMs <= 0 && m_listening) {
            driver->unsubscribeFromNotification(notificationChannel());
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            m_listening = false;
        } else if (intervalMs > 0 && !m_listening) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source,
                           const QVariant &payload) { notified(name, int(source), payload); });
            if (!driver->subscribeToNotification(notificationChannel())) {
                throw Error(Error::Code::Failed,
                            tr("Cannot listen for colleagues' changes on %1: %2")
                                .arg(m_path, driver->lastError().text()));
            }
            m_listening = true;
        }
        return;
    }
    if (intervalMs <= 0) {
        delete std::exchange(m_watch, nullptr);
        return;
    }
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Database::checkOtherWriters);
    }
    m_dataVersion = -1;
    checkOtherWriters();
    m_watch->start(intervalMs);
}

void Database::checkOtherWriters()
{
    if (m_depth > 0) {
        return;
    }
    // data_version changes when another connection commits, never for this connection's own commits.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    if (m_dataVersion >= 0 && version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT changed(everythingChanged());
        return;
    }
    m_dataVersion = version;
}

void Database::begin()
{
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
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        execute(QStringLiteral("RELEASE SAVEPOINT rt_%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    try {
        announce(m_pending);
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
