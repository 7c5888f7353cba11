// SPDX-License-Identifier: GPL-3.0-or-later
// The team database's foundation: addresses, the dialect of the migration files, the tsquery form of a
// search, and, on the PostgreSQL server the tests start, the same schema as SQLite, refusal of newer and
// foreign databases, a failing migration that leaves the database as it was, clients that start together, and
// a clear message for each way of not getting in.

#include "Database.h"
#include "DatabaseAddress.h"
#include "Error.h"
#include "Migrator.h"
#include "ScopedTransaction.h"
#include "SearchQuery.h"
#include "SqlDialect.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using rt::core::Database;
using rt::core::DatabaseAddress;
using rt::core::Error;
using rt::core::SearchQuery;
using rt::core::SqlDialect;

namespace {

// Every table and its columns, from the engine's own catalogue, without the engine's full-text table.
QMap<QString, QStringList> schemaOf(Database &db)
{
    QMap<QString, QStringList> schema;
    QSqlQuery query(db.connection());
    if (db.isPostgreSQL()) {
        query.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                  "table_schema = current_schema() ORDER BY table_name, ordinal_position"));
        while (query.next()) {
            schema[query.value(0).toString()].append(query.value(1).toString());
        }
    } else {
        query.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                  "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE "
                                  "'development_search%' ORDER BY m.name, p.cid"));
        while (query.next()) {
            schema[query.value(0).toString()].append(query.value(1).toString());
        }
    }
    schema.remove(QStringLiteral("development_search"));
    return schema;
}

Error openError(const QString &location)
{
    try {
        Database::open(location, Database::OpenMode::ExistingOnly);
    } catch (const Error &error) {
        return error;
    }
    return Error(Error::Code::Failed, QStringLiteral("(it opened)"));
}

} // namespace

class TestTeamSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addressesParse()
    {
        const auto a = DatabaseAddress::parse(QStringLiteral(
            "postgresql://chen%40corp:s3cret@db.example.com:6432/tracker?sslmode=verify-full"));
        QVERIFY(a.isPostgreSQL());
        QCOMPARE(a.user, QStringLiteral("chen@corp"));
        QCOMPARE(a.password, QStringLiteral("s3cret"));
        QCOMPARE(a.host, QStringLiteral("db.example.com"));
        QCOMPARE(a.port, 6432);
        QCOMPARE(a.database, QStringLiteral("tracker"));
        QCOMPARE(a.sslMode, QStringLiteral("verify-full"));
        // What is shown and remembered never holds the password, and reads back as the same address.
        QVERIFY(!a.toString().contains(QStringLiteral("s3cret")));
        auto back = DatabaseAddress::parse(a.toString());
        back.password = a.password;
        QCOMPARE(back, a);
        QCOMPARE(a.displayName(), QStringLiteral("tracker@db.example.com"));

        const auto socket = DatabaseAddress::parse(QStringLiteral("postgres:///team?host=/run/pg&port=5433"));
        QCOMPARE(socket.host, QStringLiteral("/run/pg"));
        QCOMPARE(socket.port, 5433);
        QCOMPARE(DatabaseAddress::parse(socket.toString()), socket);

        const auto file = DatabaseAddress::parse(QStringLiteral("/data/team.sqlite"));
        QVERIFY(!file.isPostgreSQL());
        QCOMPARE(file.toString(), QStringLiteral("/data/team.sqlite"));
    }

    void badAddressesNameTheProblem_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("named");
        QTest::newRow("no database") << QStringLiteral("postgresql://db.example.com")
                                     << QStringLiteral("DATABASE");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://h/db?sslmode=always")
                                 << QStringLiteral("always");
        QTest::newRow("parameter") << QStringLiteral("postgresql://h/db?colour=red")
                                   << QStringLiteral("colour");
        QTest::newRow("timeout") << QStringLiteral("postgresql://h/db?connect_timeout=soon")
                                 << QStringLiteral("soon");
        QTest::newRow("scheme") << QStringLiteral("mysql://h/db") << QStringLiteral("mysql://h/db");
    }

    void badAddressesNameTheProblem()
    {
        QFETCH(QString, address);
        QFETCH(QString, named);
        try {
            DatabaseAddress::parse(address);
            QFAIL("accepted");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::InvalidInput);
            QVERIFY2(error.message().contains(named), qPrintable(error.message()));
        }
    }

    void migrationSectionsPerEngine()
    {
        const QString sql = QStringLiteral("CREATE TABLE t (id {{PK}}, b {{BLOB}});\n"
                                           "-- {{PK}} in a comment stays a comment\n"
                                           "--@postgresql\nCREATE SEQUENCE only_pg;\n--@end\n"
                                           "--@sqlite\nCREATE TABLE only_sqlite (x);\n--@end\n"
                                           "CREATE TABLE both_engines (x INTEGER);");
        const QString pg = SqlDialect(DatabaseAddress::Engine::PostgreSQL).migration(sql);
        const QString lite = SqlDialect(DatabaseAddress::Engine::SQLite).migration(sql);
        QVERIFY(
            pg.contains(QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, b BYTEA")));
        QVERIFY(lite.contains(QStringLiteral("id INTEGER PRIMARY KEY, b BLOB")));
        QVERIFY(pg.contains(QStringLiteral("only_pg")) && !pg.contains(QStringLiteral("only_sqlite")));
        QVERIFY(lite.contains(QStringLiteral("only_sqlite")) && !lite.contains(QStringLiteral("only_pg")));
        QVERIFY(pg.contains(QStringLiteral("both_engines")) && lite.contains(QStringLiteral("both_engines")));
        QCOMPARE(pg.count(QStringLiteral("IDENTITY")), 1);
    }

    void searchesInTsquery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("tsquery");
        QTest::newRow("words") << QStringLiteral("data export") << QStringLiteral("'data' & 'export'");
        QTest::newRow("prefix") << QStringLiteral("label*") << QStringLiteral("'label':*");
        QTest::newRow("two characters") << QStringLiteral("算法") << QStringLiteral("'算法'");
        QTest::newRow("four characters")
            << QStringLiteral("个人信息") << QStringLiteral("('个人' <-> '人信' <-> '信息')");
        QTest::newRow("one character") << QStringLiteral("法") << QStringLiteral("'法':*");
        QTest::newRow("phrase") << QStringLiteral("\"minors' mode\"")
                                << QStringLiteral("('minors''' <-> 'mode')");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'a\\\\b'");
    }

    void searchesInTsquery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, tsquery);
        QCOMPARE(SearchQuery::parse(typed).expression(SearchQuery::Syntax::TsQuery), tsquery);
    }

    void sameSchemaOnBothEngines()
    {
        QTemporaryDir dir;
        auto lite
            = Database::open(dir.filePath(QStringLiteral("a.sqlite")), Database::OpenMode::CreateIfMissing);
        auto pg = Database::open(rt::test::newServerDatabase(QStringLiteral("schema")),
                                 Database::OpenMode::ExistingOnly);
        QVERIFY(pg->isNew());
        QCOMPARE(pg->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(lite->schemaVersion(), pg->schemaVersion());
        QCOMPARE(pg->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 int(rt::core::Migrator::migrationsIn(Database::defaultMigrationsDir()).size()));
        const auto expected = schemaOf(*lite);
        const auto got = schemaOf(*pg);
        QCOMPARE(got.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QCOMPARE(got.value(it.key()), it.value());
        }
        QVERIFY(pg->hasSearchIndex());
        // Foreign keys hold on the server too.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 pg->exec(QStringLiteral("INSERT INTO obligations (uid, development_id, "
                                                         "position, kind) VALUES ('x', 999, 1, 'duty')")));
    }

    void newerSchemaIsRefused()
    {
        const QString url = rt::test::newServerDatabase(QStringLiteral("newer"));
        {
            auto db = Database::open(url, Database::OpenMode::ExistingOnly);
            db->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, "
                                    "'future', '2030-01-01T00:00:00Z')"));
        }
        const Error error = openError(url);
        QCOMPARE(error.code(), Error::Code::NewerSchema);
        QVERIFY2(error.message().contains(QStringLiteral("99")), qPrintable(error.message()));
    }

    void foreignDatabaseIsRefused()
    {
        const QString url = rt::test::newServerDatabase(QStringLiteral("foreign"));
        const auto address = DatabaseAddress::parse(url);
        rt::test::asServerAdmin({}); // the server is up
        {
            QSqlDatabase other = address.addConnection(QStringLiteral("foreign"));
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const Error error = openError(url);
        QCOMPARE(error.code(), Error::Code::Unreadable);
        QVERIFY2(error.message().contains(QStringLiteral("not a RegTracker database")),
                 qPrintable(error.message()));
    }

    void failingMigrationRollsBack()
    {
        QTemporaryDir dir;
        const auto [base, migrations] = rt::test::brokenMigrations(dir);
        const QString url = rt::test::newServerDatabase(QStringLiteral("broken"));
        {
            auto db = Database::open(url, Database::OpenMode::ExistingOnly, base);
            db->exec(QStringLiteral("INSERT INTO topics (code, name_en) VALUES ('kept', 'Kept')"));
        }
        try {
            Database::open(url, Database::OpenMode::ExistingOnly, migrations);
            QFAIL("a failing migration was reported as success");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no_such_table")), qPrintable(error.message()));
        }
        auto db = Database::open(url, Database::OpenMode::ExistingOnly, base);
        QCOMPARE(db->schemaVersion(), 2);
        QCOMPARE(db->scalar(db->dialect().tableExists(), {QStringLiteral("added_by_three")}).toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT name_en FROM topics WHERE code = 'kept'")).toString(),
                 QStringLiteral("Kept"));
    }

    void clientsStartingTogetherMigrateOnce()
    {
        const QString url = rt::test::newServerDatabase(QStringLiteral("together"));
        std::atomic<int> opened = 0;
        std::atomic<int> failed = 0;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&] {
                try {
                    auto db = Database::open(url, Database::OpenMode::ExistingOnly);
                    if (db->schemaVersion() == Database::latestSchemaVersion()) {
                        ++opened;
                    }
                } catch (const Error &error) {
                    qWarning("%s", qPrintable(error.message()));
                    ++failed;
                }
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(opened.load(), 4);
        auto db = Database::open(url, Database::OpenMode::ExistingOnly);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 int(rt::core::Migrator::migrationsIn(Database::defaultMigrationsDir()).size()));
    }

    void droppedConnectionsAreOpenedAnew()
    {
        const QString url = rt::test::newServerDatabase(QStringLiteral("dropped"));
        auto db = Database::open(url, Database::OpenMode::ExistingOnly);
        db->watchOtherWriters();
        auto colleague = Database::open(url, Database::OpenMode::ExistingOnly);
        const QString name = DatabaseAddress::parse(url).database;
        const auto dropEveryone = [&] {
            rt::test::asServerAdmin(
                {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                "datname = '%1' AND pid <> pg_backend_pid()")
                     .arg(name)});
        };

        // Outside a transaction the statement runs again on a new connection.
        dropEveryone();
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM topics")).toInt(), 0);

        // A transaction begun after the drop starts on a new connection.
        dropEveryone();
        {
            rt::core::ScopedTransaction transaction(*db);
            db->exec(QStringLiteral("INSERT INTO topics (code, name_en) VALUES ('kept', 'Kept')"));
            transaction.commit();
        }

        // Dropped inside one, the change is refused, said so, and nothing of it is stored.
        QSignalSpy everything(db.get(), &Database::changed);
        try {
            rt::core::ScopedTransaction transaction(*db);
            db->exec(QStringLiteral("INSERT INTO topics (code, name_en) VALUES ('lost', 'Lost')"));
            dropEveryone();
            db->exec(QStringLiteral("INSERT INTO topics (code, name_en) VALUES ('lost too', 'Lost too')"));
            transaction.commit();
            QFAIL("a write on a dropped connection was reported as saved");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("was not saved")), qPrintable(error.message()));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT string_agg(code, ',') FROM topics")).toString(),
                 QStringLiteral("kept"));
        // Announcements missed while the connection was down: everything is refreshed.
        QTRY_VERIFY(!everything.isEmpty());
        QCOMPARE(everything.first().first().value<rt::core::ChangeSet>().first().id, 0);

        // And it listens again: a colleague's change arrives.
        colleague->exec(QStringLiteral("SELECT 1")); // the colleague, dropped too, connects anew
        everything.clear();
        {
            rt::core::ScopedTransaction transaction(*colleague);
            colleague->post({rt::core::Entity::Vocabulary, rt::core::Change::Kind::Added, 42});
            transaction.commit();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!everything.isEmpty(), 2000);
        const auto changes = everything.last().first().value<rt::core::ChangeSet>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().id, 42);
    }

    void waysOfNotGettingIn()
    {
        auto address = DatabaseAddress::parse(rt::test::postgresqlServer());

        auto missing = address;
        missing.database = QStringLiteral("no_such_database");
        Error error = openError(missing.toString());
        QCOMPARE(error.code(), Error::Code::NotFound);
        QVERIFY2(error.message().contains(QStringLiteral("no database of that name")),
                 qPrintable(error.message()));

        auto stranger = address;
        stranger.user = QStringLiteral("nobody_here");
        error = openError(stranger.toString());
        QVERIFY2(error.message().contains(QStringLiteral("no user of that name")),
                 qPrintable(error.message()));

        // A socket directory with no server behind it: refused at once, with the advice to check the server.
        QTemporaryDir empty;
        auto nowhere = address;
        nowhere.host = empty.path();
        QElapsedTimer timer;
        timer.start();
        error = openError(nowhere.toString());
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(error.code(), Error::Code::NotFound);
        QVERIFY2(error.message().contains(QStringLiteral("did not answer")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(nowhere.toString()), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_teamschema.moc"
