// SPDX-License-Identifier: GPL-3.0-or-later
// Copying a whole database between SQLite and PostgreSQL (DatabaseCopy, `regtracker db`): the demo data plus
// rows that test the edges (bytes of every value, NULL beside '', Chinese text, a fractional amount, a
// reference to a later row) goes to a server database and back, and every row comes back as it was.

#include "AuditLog.h"
#include "CliRun.h"
#include "Database.h"
#include "DatabaseCopy.h"
#include "DatabaseLocation.h"
#include "DevelopmentTableModel.h"
#include "Error.h"
#include "TestSupport.h"
#include "TextSearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rt::core;

namespace {

// Every table of the schema that holds data (the version records and the full-text index excluded).
const QStringList &dataTables()
{
    static const QStringList tables{QStringLiteral("authorities"),
                                    QStringLiteral("topics"),
                                    QStringLiteral("tags"),
                                    QStringLiteral("developments"),
                                    QStringLiteral("development_authorities"),
                                    QStringLiteral("development_topics"),
                                    QStringLiteral("penalties"),
                                    QStringLiteral("obligations"),
                                    QStringLiteral("obligation_parameters"),
                                    QStringLiteral("obligation_applies_to"),
                                    QStringLiteral("audit_log"),
                                    QStringLiteral("companies"),
                                    QStringLiteral("company_sectors"),
                                    QStringLiteral("company_regions"),
                                    QStringLiteral("assessments"),
                                    QStringLiteral("evidence"),
                                    QStringLiteral("import_items"),
                                    QStringLiteral("company_editors")};
    return tables;
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) {
        bytes.append(char(i));
    }
    return bytes;
}

// A value as text for comparing engines, written here rather than taken from DatabaseCopy: NULL apart from
// every text, bytes in hex, numbers in full precision.
QString show(const QVariant &value)
{
    if (value.isNull()) {
        return QStringLiteral("<NULL>");
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return QStringLiteral("x'") + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    }
    if (value.typeId() == QMetaType::Double) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    return QStringLiteral("'") + value.toString() + u'\'';
}

// The rows of a table, each as "column=value" pairs by column name, sorted: what a person would compare.
QStringList rowsOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) {
        qFatal("Cannot read %s", qPrintable(table));
    }
    QStringList rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList fields;
        for (int i = 0; i < record.count(); ++i) {
            fields.append(record.fieldName(i) + u'=' + show(query.value(i)));
        }
        fields.sort();
        rows.append(fields.join(QStringLiteral(" | ")));
    }
    rows.sort();
    return rows;
}

QStringList actors(Database &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id"));
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

QStringList foundUids(Database &db, const QString &text)
{
    return rt::test::searchUids(db, FullTextSearch(db), text);
}

qint64 totalRows(Database &db)
{
    qint64 total = 0;
    for (const DatabaseCopy::TableDigest &table : DatabaseCopy::rowCounts(db)) {
        total += table.rows;
    }
    return total;
}

} // namespace

class TestDbCopy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_source; // the demo data and the extras below, in an SQLite file

    std::unique_ptr<Database> open(const QString &location)
    {
        return Database::open(location, Database::OpenMode::CreateIfMissing);
    }

    rt::test::CliRun run(const QStringList &arguments) { return rt::test::runRegtracker(m_dir, arguments); }

    // The demo data and rows the demo does not have.
    void addExtras(Database &db)
    {
        // A development without its optional dates, in both languages, that an older development names as
        // its replacement: a reference to a row with a higher id.
        db.exec(QStringLiteral(
                    "INSERT INTO developments (uid, title_en, title_zh, summary_en, summary_zh, kind, stage, "
                    "announced_on, comment_deadline, effective_on, source_item, created_at, updated_at) "
                    "SELECT ?, ?, ?, ?, ?, kind, stage, ?, NULL, NULL, NULL, created_at, updated_at FROM "
                    "developments "
                    "WHERE id = (SELECT min(id) FROM developments)"),
                {QStringLiteral("fixture-apiary"), QStringLiteral("Registration of travelling beekeepers"),
                 QStringLiteral("流动养蜂人员登记办法"),
                 QStringLiteral("Beekeepers who move hives across provinces register each move."),
                 QStringLiteral("跨省转场的养蜂人员须逐次登记。"), QStringLiteral("2025-09-03")});
        const qint64 apiary
            = db.scalar(QStringLiteral("SELECT id FROM developments WHERE uid = 'fixture-apiary'"))
                  .toLongLong();
        db.exec(QStringLiteral("UPDATE developments SET replaces_id = ? WHERE id = (SELECT min(id) FROM "
                               "developments)"),
                {apiary});
        db.exec(
            QStringLiteral("INSERT INTO penalties (development_id, position, amount, currency, "
                           "description_en, description_zh) VALUES (?, 1, 117900.5, 'CNY', ?, ?)"),
            {apiary, QStringLiteral("Fine for an unregistered move"), QStringLiteral("未登记转场的罚款")});
        db.exec(
            QStringLiteral("INSERT INTO import_items (development_id, source, item, source_text, detected, "
                           "imported_at) VALUES (?, 'apiary-bulletin', 7, ?, '{}', '2025-09-04T08:00:00Z')"),
            {apiary, QStringLiteral("七、流动养蜂人员登记办法")});

        // Notes on assessments, one with a line break and Chinese.
        db.exec(
            QStringLiteral("UPDATE assessments SET notes = ? WHERE id = (SELECT min(id) FROM assessments)"),
            {QStringLiteral("Checked with the plant manager.\n与厂长核对过。")});
        db.exec(
            QStringLiteral("UPDATE assessments SET notes = ? WHERE id = (SELECT max(id) FROM assessments)"),
            {QStringLiteral("Waiting for the supplier's reply")});
        const qint64 assessment = db.scalar(QStringLiteral("SELECT min(id) FROM assessments")).toLongLong();
        db.exec(QStringLiteral(
                    "INSERT INTO evidence (assessment_id, file_name, mime_type, size, sha256, content, "
                    "note, added_by, added_at) VALUES (?, 'bytes.bin', 'application/octet-stream', "
                    "256, '', ?, ?, 'li.na', '2025-09-05T10:00:00Z')"),
                {assessment, everyByte(), QStringLiteral("每个字节一次")});

        // Audit rows by a colleague: one with an empty old value, one with none.
        db.exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, entity_uid, field, "
                           "old_value, new_value) VALUES ('2025-09-06T09:30:00Z', 'wang.fang', 'assessment', "
                           "?, '', 'notes', '', ?)"),
            {assessment, QStringLiteral("与厂长核对过。")});
        db.exec(QStringLiteral(
                    "INSERT INTO audit_log (at, actor, entity, entity_id, entity_uid, field, "
                    "old_value, new_value) VALUES ('2025-09-06T09:31:00Z', 'wang.fang', 'development', "
                    "?, 'fixture-apiary', 'effective_on', NULL, NULL)"),
                {apiary});
        db.exec(
            QStringLiteral("INSERT INTO company_editors (company_id, user_name) SELECT min(id), 'wang.fang' "
                           "FROM companies"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(rt::test::onPostgreSQL(), "tst_dbcopy runs against the PostgreSQL test server");
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        auto db = open(m_source);
        DatabaseLocation::loadDemoData(*db);
        addExtras(*db);
    }

    void theCatalogueListsEveryTableParentsFirst()
    {
        auto db = Database::open(m_source, Database::OpenMode::ExistingOnly);
        const QStringList tables = DatabaseCopy::tables(*db);
        QCOMPARE(QSet<QString>(tables.cbegin(), tables.cend()),
                 QSet<QString>(dataTables().cbegin(), dataTables().cend()));
        for (const auto &[parent, child] :
             {std::pair{"developments", "obligations"}, std::pair{"obligations", "obligation_parameters"},
              std::pair{"companies", "assessments"}, std::pair{"obligations", "assessments"},
              std::pair{"assessments", "evidence"}, std::pair{"tags", "company_sectors"}}) {
            QVERIFY2(tables.indexOf(QLatin1StringView(parent)) < tables.indexOf(QLatin1StringView(child)),
                     child);
        }
        // The fixture has a row in every table, so that the comparisons below compare something.
        for (const DatabaseCopy::TableDigest &table : DatabaseCopy::rowCounts(*db)) {
            QVERIFY2(table.rows > 0, qPrintable(table.name));
        }
    }

    void toTheServerAndBackKeepsEveryRow()
    {
        auto original = Database::open(m_source, Database::OpenMode::ExistingOnly);
        auto server = open(rt::test::newServerDatabase(QStringLiteral("roundtrip")));
        QList<qint64> progress;
        const auto copied = DatabaseCopy::copy(*original, *server, [&](qint64 done, qint64 total) {
            progress.append(done);
            return done <= total;
        });
        QCOMPARE(copied.size(), dataTables().size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), totalRows(*original));

        const QString backPath = m_dir.filePath(QStringLiteral("back.sqlite"));
        auto back = open(backPath);
        DatabaseCopy::copy(*server, *back);

        for (const QString &table : dataTables()) {
            const QStringList rows = rowsOf(*original, table);
            QCOMPARE(rowsOf(*server, table), rows);
            QCOMPARE(rowsOf(*back, table), rows);
        }
        // The same data has the same digest on either engine.
        QCOMPARE(DatabaseCopy::digest(*server), DatabaseCopy::digest(*original));
        QCOMPARE(DatabaseCopy::digest(*back), DatabaseCopy::digest(*original));

        // The bytes and the amount, read back as values.
        QCOMPARE(server->scalar(QStringLiteral("SELECT content FROM evidence WHERE file_name = 'bytes.bin'"))
                     .toByteArray(),
                 everyByte());
        QCOMPARE(server
                     ->scalar(QStringLiteral("SELECT amount FROM penalties WHERE description_en = 'Fine for "
                                             "an unregistered move'"))
                     .toDouble(),
                 117900.5);

        // Who made each change is kept, not replaced by the user who copied.
        const QStringList actorsBefore = actors(*original);
        QVERIFY(actorsBefore.contains(QStringLiteral("wang.fang")));
        QCOMPARE(actors(*server), actorsBefore);
        QCOMPARE(actors(*back), actorsBefore);

        // The server built its own full-text index, in both languages.
        QCOMPARE(foundUids(*server, QStringLiteral("beekeepers")),
                 QStringList{QStringLiteral("fixture-apiary")});
        QCOMPARE(foundUids(*server, QStringLiteral("养蜂")), QStringList{QStringLiteral("fixture-apiary")});
        QCOMPARE(foundUids(*back, QStringLiteral("养蜂")), QStringList{QStringLiteral("fixture-apiary")});

        // New rows on the server get ids after the copied ones, and its audit trigger names the user again.
        const qint64 lastDevelopment
            = original->scalar(QStringLiteral("SELECT max(id) FROM developments")).toLongLong();
        server->exec(QStringLiteral("INSERT INTO developments (uid, kind, stage, announced_on, created_at, "
                                    "updated_at) VALUES ('after-copy', 'guideline', 'issued', '2025-10-01', "
                                    "'2025-10-01T00:00:00Z', '2025-10-01T00:00:00Z')"));
        QCOMPARE(server->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = 'after-copy'"))
                     .toLongLong(),
                 lastDevelopment + 1);
        const qint64 lastAudit
            = original->scalar(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
        server->setActor(QStringLiteral("someone.else"));
        AuditLog(*server).record(QStringLiteral("development"), lastDevelopment + 1,
                                 QStringLiteral("after-copy"), QStringLiteral("stage"), QString(),
                                 QStringLiteral("issued"));
        QCOMPARE(server->scalar(QStringLiteral("SELECT id FROM audit_log WHERE entity_uid = 'after-copy'"))
                     .toLongLong(),
                 lastAudit + 1);
        QCOMPARE(server->scalar(QStringLiteral("SELECT actor FROM audit_log WHERE entity_uid = 'after-copy'"))
                     .toString(),
                 QStringLiteral("postgres"));
    }

    void theDigestSeesOneChangedValue()
    {
        const QString path = m_dir.filePath(QStringLiteral("changed.sqlite"));
        QVERIFY(QFile::copy(m_source, path));
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        const auto before = DatabaseCopy::digest(*db);

        const auto differing = [&] {
            QStringList tables;
            const auto after = DatabaseCopy::digest(*db);
            for (qsizetype i = 0; i < after.size(); ++i) {
                if (after.at(i).rows != before.at(i).rows) {
                    tables.append(after.at(i).name + QStringLiteral(" (rows)"));
                } else if (after.at(i) != before.at(i)) {
                    tables.append(after.at(i).name);
                }
            }
            return tables;
        };
        db->exec(QStringLiteral("UPDATE penalties SET amount = 117900.25 WHERE amount = 117900.5"));
        QCOMPARE(differing(), QStringList{QStringLiteral("penalties")});
        db->exec(QStringLiteral("UPDATE penalties SET amount = 117900.5 WHERE amount = 117900.25"));
        QCOMPARE(differing(), QStringList());
        // NULL and the empty text are different values.
        db->exec(QStringLiteral("UPDATE audit_log SET old_value = NULL WHERE old_value = '' AND actor = "
                                "'wang.fang'"));
        QCOMPARE(differing(), QStringList{QStringLiteral("audit_log")});
    }

    void aTargetWithDataIsRefusedAndKept()
    {
        auto source = Database::open(m_source, Database::OpenMode::ExistingOnly);
        const QString path = m_dir.filePath(QStringLiteral("has-a-tag.sqlite"));
        auto target = open(path);
        target->exec(QStringLiteral("INSERT INTO tags (code, name_en, name_zh) VALUES ('beekeeping', "
                                    "'Beekeeping', '养蜂')"));
        const auto before = DatabaseCopy::digest(*target);
        try {
            DatabaseCopy::copy(*source, *target);
            QFAIL("copied into a database with data");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::InvalidInput);
            QVERIFY2(error.message().contains(path) && error.message().contains(QStringLiteral("tags")),
                     qPrintable(error.message()));
        }
        QCOMPARE(DatabaseCopy::digest(*target), before);
        QCOMPARE(totalRows(*target), 1);

        // A server database that holds a copy already.
        auto server = open(rt::test::newServerDatabase(QStringLiteral("twice")));
        DatabaseCopy::copy(*source, *server);
        const auto copied = DatabaseCopy::digest(*server);
        QVERIFY_THROWS_EXCEPTION(Error, DatabaseCopy::copy(*source, *server));
        QCOMPARE(DatabaseCopy::digest(*server), copied);
    }

    void anotherSchemaVersionIsRefused()
    {
        // A database made by the first four migrations only.
        QTemporaryDir migrations;
        const QDir all(QStringLiteral(RT_SOURCE_DIR "/resources/sql"));
        const QStringList files = all.entryList({QStringLiteral("000[1-4]_*.sql")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        for (const QString &file : files) {
            QVERIFY(QFile::copy(all.filePath(file), migrations.filePath(file)));
        }
        auto older = Database::open(m_dir.filePath(QStringLiteral("version4.sqlite")),
                                    Database::OpenMode::CreateIfMissing, migrations.path());
        QCOMPARE(older->schemaVersion(), 4);
        auto source = Database::open(m_source, Database::OpenMode::ExistingOnly);
        try {
            DatabaseCopy::copy(*source, *older);
            QFAIL("copied between schema versions");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::InvalidInput);
            QVERIFY2(error.message().contains(QStringLiteral("schema version")), qPrintable(error.message()));
        }
        QCOMPARE(older->scalar(QStringLiteral("SELECT count(*) FROM developments")).toInt(), 0);
    }

    void cancellingWritesNothing()
    {
        auto source = Database::open(m_source, Database::OpenMode::ExistingOnly);
        auto server = open(rt::test::newServerDatabase(QStringLiteral("cancelled")));
        qint64 calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, DatabaseCopy::copy(*source, *server, [&](qint64 done, qint64) {
                                     ++calls;
                                     return done < 200; // stop part of the way
                                 }));
        QVERIFY(calls > 1);
        QCOMPARE(totalRows(*server), 0);
        // The audit trigger was switched off inside the transaction only.
        server->setActor(QStringLiteral("someone.else"));
        AuditLog(*server).record(QStringLiteral("development"), 1, QStringLiteral("x"),
                                 QStringLiteral("stage"), QString(), QStringLiteral("issued"));
        QCOMPARE(actors(*server), QStringList{QStringLiteral("postgres")});
    }

    void commandLineCopiesThereAndBack()
    {
        const QString server = rt::test::newServerDatabase(QStringLiteral("cli"));
        const auto there = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                m_source, QStringLiteral("--to"), server});
        QCOMPARE(there.exitCode, 0);
        QVERIFY2(there.out.contains("developments"), there.out.constData());
        QVERIFY2(there.out.contains("checksum ok"), there.out.constData());

        const QString back = m_dir.filePath(QStringLiteral("cli-back.sqlite"));
        const auto home = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), server,
                               QStringLiteral("--to"), back, QStringLiteral("--json")});
        QCOMPARE(home.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(home.out).object();
        QCOMPARE(report.value(QStringLiteral("tables")).toArray().size(), dataTables().size());
        auto original = Database::open(m_source, Database::OpenMode::ExistingOnly);
        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), totalRows(*original));

        // The other verbs take the server's address too.
        const auto stats = run({QStringLiteral("stats"), QStringLiteral("--db"), server});
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("developments")).toInt(),
                 32); // the demo's 31 and the fixture's one
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--db"), back}).out, stats.out);
        const auto list = run({QStringLiteral("list"), QStringLiteral("--db"), server});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("流动养蜂人员登记办法")));

        // Copying again into the same target is refused and names the problem.
        const auto again = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                m_source, QStringLiteral("--to"), back});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));
    }

    void commandLineInitWorksOnTheServer()
    {
        const QString server = rt::test::newServerDatabase(QStringLiteral("cliinit"));
        const auto init
            = run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), server});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(init.out).object().value(QStringLiteral("developments")).toInt(),
                 31);
        const auto twice = run({QStringLiteral("init"), QStringLiteral("--db"), server});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("init only creates new databases")),
                 qPrintable(twice.err));
    }

    void commandLineNamesWhatIsWrong()
    {
        const QString target = m_dir.filePath(QStringLiteral("never.sqlite"));
        const auto badUri = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                 QStringLiteral("postgresql://someone@db.example/regtracker?colour=blue"),
                                 QStringLiteral("--to"), target});
        QCOMPARE(badUri.exitCode, 1);
        QVERIFY2(badUri.err.contains(QStringLiteral("unknown parameter colour")), qPrintable(badUri.err));
        QVERIFY(!QFile::exists(target));

        const auto otherScheme
            = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_source,
                   QStringLiteral("--to"), QStringLiteral("mysql://db/regtracker")});
        QCOMPARE(otherScheme.exitCode, 1);
        QVERIFY2(otherScheme.err.contains(QStringLiteral("neither a file nor a postgresql:// address")),
                 qPrintable(otherScheme.err));

        // A socket directory where no server listens.
        QTemporaryDir nowhere;
        const QString unreachable
            = QStringLiteral("postgresql://postgres@/regtracker?host=%1&connect_timeout=3")
                  .arg(nowhere.path());
        QElapsedTimer timer;
        timer.start();
        const auto noServer = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                   m_source, QStringLiteral("--to"), unreachable});
        QCOMPARE(noServer.exitCode, 1);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(noServer.err.contains(QStringLiteral("Cannot connect to the team database"))
                     && noServer.err.contains(QStringLiteral("did not answer")),
                 qPrintable(noServer.err));

        // A failed copy into a new file leaves no file behind.
        const auto refused = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                  unreachable, QStringLiteral("--to"), target});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFile::exists(target));

        QCOMPARE(
            run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_source}).exitCode,
            2);
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("move")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("init-roles")}).exitCode, 2); // needs --db
        // An SQLite file has no roles.
        const auto roles
            = run({QStringLiteral("db"), QStringLiteral("init-roles"), QStringLiteral("--db"), m_source});
        QCOMPARE(roles.exitCode, 1);
        QVERIFY(roles.err.contains(m_source));
        QCOMPARE(run({QStringLiteral("db")}).exitCode, 2);
        const auto usage = run({QStringLiteral("help")});
        for (const char *line : {"db copy --from A --to B", "db init-roles", "db info"}) {
            QVERIFY2(usage.out.contains(line), line);
        }
    }

    void commandLineInfoDescribesTheServerDatabase()
    {
        const QString server = rt::test::newServerDatabase(QStringLiteral("cliinfo"));
        {
            auto source = Database::open(m_source, Database::OpenMode::ExistingOnly);
            auto target = open(server);
            DatabaseCopy::copy(*source, *target);
        }
        // A password in the address is used but never shown.
        QString withPassword = server;
        withPassword.replace(QStringLiteral("postgresql://postgres@"),
                             QStringLiteral("postgresql://postgres:not-shown@"));
        QVERIFY(withPassword.contains(QStringLiteral("not-shown")));
        const auto text
            = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--db"), withPassword});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("PostgreSQL"), text.out.constData());
        const QByteArray version
            = QByteArray("Schema version: ") + QByteArray::number(Database::latestSchemaVersion());
        QVERIFY2(text.out.contains(version), text.out.constData());

        const auto json = run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json"),
                               QStringLiteral("--db"), server});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(info.value(QStringLiteral("engine")).toString(), QStringLiteral("PostgreSQL"));
        QCOMPARE(info.value(QStringLiteral("schemaVersion")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(info.value(QStringLiteral("user")).toString(), QStringLiteral("postgres"));
        QCOMPARE(info.value(QStringLiteral("address")).toString(), server);
        QVERIFY(!text.out.contains("not-shown"));
        qint64 developments = -1;
        for (const QJsonValue &table : info.value(QStringLiteral("tables")).toArray()) {
            if (table[QStringLiteral("name")] == QStringLiteral("developments")) {
                developments = table[QStringLiteral("rows")].toInteger();
            }
        }
        QCOMPARE(developments, 32);
    }
};

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"
