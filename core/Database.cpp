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
#include <QSqlError>
#include <QTimer>

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

// Dialect placeholders of the portable migration files, as SQLite spells them.
QString forSqlite(QString sql)
{
    sql.replace(QLatin1StringView("{{PK}}"), QLatin1StringView("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1StringView("{{BLOB}}"), QLatin1StringView("BLOB"));
    // FTS5 over the prepared text (see FullTextIndex): the porter stemmer folds English word forms, the text
    // is not stored a second time (contentless), and rows can still be deleted.
    sql.replace(
        QLatin1StringView("{{SEARCH_INDEX}}"),
        QLatin1StringView("CREATE VIRTUAL TABLE development_search USING fts5(title, body, content='', "
                          "contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');"));
    return sql;
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

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
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

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, const QString &migrationsDir)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::ExistingOnly) {
        throw Error(Error::Code::NotFound, tr("The database file %1 does not exist.").arg(path));
    }
    if (exists && !info.isFile()) {
        throw Error(Error::Code::Unreadable, tr("%1 is not a database file.").arg(path));
    }
    if (!exists && !QDir().mkpath(info.absolutePath())) {
        throw Error(Error::Code::Failed, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    std::unique_ptr<Database> database(new Database(db, path));
    if (!database->m_db.open()) {
        throw Error(Error::Code::Unreadable,
                    tr("Cannot open the database %1: %2").arg(path, database->m_db.lastError().text()));
    }
    database->m_created = !exists;
    database->configure();
    database->migrate(migrationsDir);
    database->m_hasSearchIndex
        = database
              ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'development_search'"))
              .toInt()
        > 0;
    // The index holds text the application prepares: a new database, a migrated one or one written by an
    // application that prepared it differently is (re)indexed here, before anyone searches it.
    FullTextIndex(*database).ensureCurrent();
    return database;
}

void Database::configure()
{
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
    if (current == 0 && scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0) {
        throw Error(Error::Code::Unreadable,
                    tr("%1 is an SQLite database, but not a RegTracker database (it has tables and no "
                       "RegTracker schema version).")
                        .arg(m_path));
    }

    if (current > 0) {
        // A copy of the file as it was, made by SQLite itself so that the WAL's content is included.
        m_backup = m_path
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
        const QStringList statements = SqlScript::split(forSqlite(readText(migration.file)));
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
            if (!version.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
                throw Error(Error::Code::Failed, version.lastError().text());
            }
            if (!m_db.commit()) {
                throw Error(Error::Code::Failed, m_db.lastError().text());
            }
        } catch (const Error &error) {
            m_db.rollback();
            throw Error(
                Error::Code::Failed,
                tr("Upgrading %1 to schema version %2 (%3) failed; the database was left at version %4. %5")
                    .arg(m_path)
                    .arg(migration.version)
                    .arg(migration.name)
                    .arg(qMax(current, migration.version - 1))
                    .arg(error.message()));
        }
    }
    m_statements.clear();
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
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
        Q_EMIT changed({change});
    }
}

void Database::watchOtherWriters(int intervalMs)
{
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
        ChangeSet everything;
        for (Entity entity : {Entity::Authority, Entity::Vocabulary, Entity::Development, Entity::Obligation,
                              Entity::Company, Entity::Assessment}) {
            everything.append({entity, Change::Kind::Updated, 0});
        }
        m_dataVersion = version;
        Q_EMIT changed(everything);
        return;
    }
    m_dataVersion = version;
}

void Database::begin()
{
    if (m_depth == 0) {
        if (!m_db.transaction()) {
            throw Error(Error::Code::Failed,
                        tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
        }
    } else {
        exec(QStringLiteral("SAVEPOINT rt_%1").arg(m_depth));
    }
    ++m_depth;
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        exec(QStringLiteral("RELEASE SAVEPOINT rt_%1").arg(m_depth - 1));
        --m_depth;
        return;
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
