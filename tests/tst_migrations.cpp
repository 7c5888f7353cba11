// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: a fresh database, the upgrade of a committed schema-1 file (backed up first), refusal of
// a newer schema and of files that are not RegTracker databases, and a failing migration that leaves the
// database as it was.

#include "Database.h"
#include "Error.h"
#include "Migrator.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rt::core::Database;
using rt::core::Error;

namespace {

QStringList tables(Database &db)
{
    QStringList result;
    QSqlQuery query(db.connection());
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    while (query.next()) {
        result.append(query.value(0).toString());
    }
    return result;
}

int userVersion(const QString &file)
{
    // Read the header directly: bytes 60..63 hold PRAGMA user_version, big-endian.
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray header = f.read(64);
    return (uchar(header[60]) << 24) | (uchar(header[61]) << 16) | (uchar(header[62]) << 8)
        | uchar(header[63]);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabase()
    {
        QTemporaryDir dir;
        auto db
            = Database::open(dir.filePath(QStringLiteral("new.sqlite")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db->isNew());
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        const QStringList names = tables(*db);
        for (const char *table : {"authorities", "developments", "obligations", "obligation_parameters",
                                  "companies", "assessments", "evidence", "audit_log", "schema_migrations"}) {
            QVERIFY2(names.contains(QLatin1StringView(table)), table);
        }
        // Every migration once (numbers may skip: branches number theirs apart).
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 int(rt::core::Migrator::migrationsIn(Database::defaultMigrationsDir()).size()));
        // Whether a development has a later version is asked by every applicability question: indexed.
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                      "'developments_replaces'"))
                .toInt(),
            1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(db->backupPath().isEmpty()); // nothing to back up
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db
            = Database::open(dir.filePath(QStringLiteral("fk.sqlite")), Database::OpenMode::CreateIfMissing);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 db->exec(QStringLiteral("INSERT INTO development_topics (development_id, "
                                                         "topic_id) VALUES (41, 42)")));
    }

    void upgradeSchema1Fixture()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(RT_TEST_DATA "/regtracker-schema1.sqlite"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(userVersion(file), 1);

        auto db = Database::open(file, Database::OpenMode::ExistingOnly);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(tables(*db).contains(QStringLiteral("assessments")));
        // The rows of schema 1 are all still there.
        QCOMPARE(db->scalar(QStringLiteral("SELECT title_zh FROM developments WHERE uid = 'fixture-1'"))
                     .toString(),
                 QStringLiteral("北京市网信办公告已登记的生成式人工智能服务"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM obligations")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT p.code FROM authorities a JOIN authorities p ON p.id = "
                                           "a.parent_id WHERE a.code = 'BJ-CAC'"))
                     .toString(),
                 QStringLiteral("CAC"));
        // The new tables work with the old rows.
        db->exec(
            QStringLiteral("INSERT INTO companies (uid, name_en, created_at, updated_at) VALUES ('c', 'C', "
                           "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
        db->exec(QStringLiteral(
            "INSERT INTO assessments (company_id, obligation_id, changed_at) SELECT c.id, o.id, "
            "'2025-01-01T00:00:00Z' FROM companies c, obligations o"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM assessments")).toInt(), 1);

        // A backup of the schema-1 file was made before the upgrade, and it is intact.
        const QString backup = db->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QCOMPARE(userVersion(backup), 1);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM developments")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM assessments"))); // schema 1 had none
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
            db->exec(QStringLiteral("PRAGMA user_version = 999"));
            db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = [&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        try {
            Database::open(file, Database::OpenMode::ExistingOnly);
            QFAIL("a newer schema was accepted");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::NewerSchema);
            QVERIFY2(error.message().contains(QStringLiteral("999")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("newer")), qPrintable(error.message()));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("missing.sqlite"));
        try {
            Database::open(file, Database::OpenMode::ExistingOnly);
            QFAIL("a missing file was opened");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::NotFound);
            QVERIFY(error.message().contains(file));
        }
        QVERIFY(!QFile::exists(file));
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("This is a newsletter, not a database.\n");
        QTest::newRow("zeroes") << QByteArray(8192, '\0').replace(0, 1, "x");
    }

    void notADatabase()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        try {
            Database::open(file, Database::OpenMode::ExistingOnly);
            QFAIL("a file that is not a database was opened");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::Unreadable);
            QVERIFY(error.message().contains(file));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void foreignSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        try {
            Database::open(file, Database::OpenMode::ExistingOnly);
            QFAIL("a foreign database was migrated");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::Unreadable);
        }
    }

    void failingMigrationRollsBack()
    {
        // Migrations 0001 and 0002 as shipped, then a 0003 whose second statement fails.
        QTemporaryDir dir;
        const auto [base, migrations] = rt::test::brokenMigrations(dir);

        const QString file = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto db = Database::open(file, Database::OpenMode::CreateIfMissing, base);
            QCOMPARE(db->schemaVersion(), 2);
            db->exec(QStringLiteral("INSERT INTO topics (code, name_en) VALUES ('kept', 'Kept')"));
        }
        try {
            Database::open(file, Database::OpenMode::ExistingOnly, migrations);
            QFAIL("a failing migration was reported as success");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("broken")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("no_such_table")), qPrintable(error.message()));
        }
        auto db = Database::open(file, Database::OpenMode::ExistingOnly, base);
        QCOMPARE(db->schemaVersion(), 2);
        QVERIFY(!tables(*db).contains(QStringLiteral("added_by_three")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT name_en FROM topics WHERE code = 'kept'")).toString(),
                 QStringLiteral("Kept"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
