// SPDX-License-Identifier: GPL-3.0-or-later
// The regtracker command line, run as a separate process the way scripts and users run it, with a private
// HOME.

#include "DemoJson.h"

#include "CliRun.h"
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = rt::test::CliRun;

namespace {

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    Run run(const QStringList &arguments) { return rt::test::runRegtracker(m_home, arguments); }

    QString path(const QString &name) { return m_home.filePath(name); }

    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QJsonObject stats(const QString &db)
    {
        const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), db});
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("RegTracker 0."));
    }

    void withoutADatabaseCommandsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
        QTest::newRow("export-deadlines") << QStringList{
            QStringLiteral("export-deadlines"), QStringLiteral("--company"),
            QStringLiteral("qiantang-bazaar"), QStringLiteral("--out"), path(QStringLiteral("x.ics"))};
        QTest::newRow("import") << QStringList{
            QStringLiteral("import"), QStringLiteral(RT_TEST_DATA "/import/newsletter-numbered-en.txt")};
    }

    void withoutADatabaseCommandsSayWhatToDo()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir empty;
        const Run r = rt::test::runRegtracker(empty, arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("regtracker init")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing was made or filled behind the user's back.
        QVERIFY(
            !QFile::exists(empty.filePath(QStringLiteral("data/RegTracker/regtracker/regtracker.sqlite"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.ics"))));
    }

    void helpNeverRunsTheVerbAndNamesIt_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        QTest::newRow("import --help-all") << QStringLiteral("import") << QStringLiteral("--help-all");
        QTest::newRow("import --help") << QStringLiteral("import") << QStringLiteral("--help");
        QTest::newRow("export --help-all") << QStringLiteral("export") << QStringLiteral("--help-all");
        QTest::newRow("init -h") << QStringLiteral("init") << QStringLiteral("-h");
    }

    void helpNeverRunsTheVerbAndNamesIt()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        const QString db = path(QStringLiteral("help-%1.sqlite").arg(verb));
        const QString file = verb == QLatin1StringView("import")
            ? QStringLiteral(RT_TEST_DATA "/import/newsletter-numbered-en.txt")
            : path(QStringLiteral("help-out.json"));
        QStringList arguments{verb};
        if (verb != QLatin1StringView("init")) {
            arguments << file;
        }
        arguments << QStringLiteral("--db") << db << option;
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray("Usage: regtracker " + verb.toUtf8() + ' ')), r.out.constData());
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(path(QStringLiteral("help-out.json"))));
    }

    void helpNeedsNoDisplay()
    {
        // Without any window system: asking the window's options for help must not start one.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RT_APP),
                      {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("regtracker")));
    }

    void outputsNeverReplaceDatabasesOrDevices()
    {
        const QString db = path(QStringLiteral("outputs.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const QJsonObject before = stats(db);
        const QString company = QStringLiteral("qiantang-bazaar");
        const auto refused = [&](const QStringList &arguments, const QString &message) {
            const Run r = run(arguments + QStringList{QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        };
        refused({QStringLiteral("export"), db}, QStringLiteral("the database RegTracker has open"));
        refused({QStringLiteral("report"), QStringLiteral("--company"), company, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), db + QStringLiteral("-wal")},
                QStringLiteral("the database RegTracker has open"));
        refused({QStringLiteral("export-deadlines"), QStringLiteral("--company"), company,
                 QStringLiteral("--out"), QStringLiteral("/dev/full")},
                QStringLiteral("not a regular file"));
        const QString otherDb = path(QStringLiteral("another.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), otherDb}).exitCode, 0);
        refused({QStringLiteral("export"), otherDb}, QStringLiteral("is an SQLite database"));
        QCOMPARE(stats(db), before);
        QCOMPARE(stats(otherDb).value(QStringLiteral("developments")).toInt(), 0);

        // "-" is standard output, not a file named "-".
        const Run calendar = run({QStringLiteral("export-deadlines"), QStringLiteral("--company"), company,
                                  QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--db"), db});
        QCOMPARE(calendar.exitCode, 0);
        QVERIFY(calendar.out.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(!QFile::exists(QStringLiteral("-")));
    }

    void listJsonHasBothLanguages()
    {
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"),
                     path(QStringLiteral("list.sqlite"))})
                    .exitCode
                == 0);
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"),
                           path(QStringLiteral("list.sqlite"))});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray list = QJsonDocument::fromJson(r.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.size(), 31);
        QSet<QString> ids;
        for (const QJsonValue &value : list) {
            const QJsonObject d = value.toObject();
            const QJsonObject title = d.value(QStringLiteral("title")).toObject();
            QVERIFY(!title.value(QStringLiteral("en")).toString().isEmpty());
            QVERIFY(!title.value(QStringLiteral("zh")).toString().isEmpty());
            QVERIFY(!d.value(QStringLiteral("summary"))
                         .toObject()
                         .value(QStringLiteral("zh"))
                         .toString()
                         .isEmpty());
            ids.insert(d.value(QStringLiteral("id")).toString());
        }
        QSet<QString> expected;
        for (const QJsonValue &d : rt::test::demoArray("developments")) {
            expected.insert(d.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids, expected);
    }

    void initRefusesAnExistingFile()
    {
        const QString db = path(QStringLiteral("twice.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run again = run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(stats(db).value(QStringLiteral("developments")).toInt(), 0);
    }

    void searchRanksMatchesInBothLanguages()
    {
        const QString db = path(QStringLiteral("search.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        // The demo developments whose Chinese has 算法 (the JSON read directly), all of which must be found;
        // the glossary adds those whose English speaks of algorithms.
        QSet<QString> chinese;
        QSet<QString> either; // 算法 or the English word
        for (const QJsonValue &d : rt::test::demoArray("developments")) {
            const QString text = QString::fromUtf8(QJsonDocument(d.toObject()).toJson());
            const QString uid = d.toObject().value(QStringLiteral("id")).toString();
            if (text.contains(QStringLiteral("算法"))) {
                chinese.insert(uid);
            }
            if (text.contains(QStringLiteral("算法"))
                || text.contains(QStringLiteral("algorithm"), Qt::CaseInsensitive)) {
                either.insert(uid);
            }
        }
        QVERIFY(!chinese.isEmpty());
        Run r = run({QStringLiteral("search"), QStringLiteral("算法"), QStringLiteral("--json"),
                     QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(r.out).array();
        QSet<QString> uids;
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            QCOMPARE(result.value(QStringLiteral("rank")).toInt(), i + 1);
            uids.insert(result.value(QStringLiteral("uid")).toString());
        }
        QVERIFY(uids.contains(chinese));
        QVERIFY(either.contains(uids));

        // English that exists in the demo only in English finds the Chinese-only wording and the reverse.
        r = run({QStringLiteral("search"), QStringLiteral("minors mode"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
        r = run({QStringLiteral("search"), QStringLiteral("个人信息处理者"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray handler = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(handler.size(), 1);
        QVERIFY(handler.at(0)
                    .toObject()
                    .value(QStringLiteral("title"))
                    .toObject()
                    .value(QStringLiteral("zh"))
                    .toString()
                    .contains(QStringLiteral("中国互联网协会")));

        // --limit bounds the list; bad input is a usage error that names the problem.
        r = run({QStringLiteral("search"), QStringLiteral("算法"), QStringLiteral("--json"),
                 QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--db"), db});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        r = run({QStringLiteral("search"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("TEXT")), qPrintable(r.err));
        r = run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
                 QStringLiteral("0"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--limit")), qPrintable(r.err));
    }

    void errorsNameTheProblem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringLiteral("missing") << 1 << QStringLiteral("does not exist");
        QTest::newRow("missing file, Chinese")
            << QStringLiteral("missing-zh") << 1 << QStringLiteral("不存在");
        QTest::newRow("not a database")
            << QStringLiteral("text") << 1
            << QStringLiteral("is not a RegTracker database: it is not an SQLite");
        QTest::newRow("newer schema") << QStringLiteral("newer") << 1 << QStringLiteral("newer RegTracker");
        QTest::newRow("unknown command") << QStringLiteral("verb") << 2 << QStringLiteral("Unknown command");
        QTest::newRow("bad number") << QStringLiteral("generate") << 2 << QStringLiteral("whole numbers");
        QTest::newRow("unknown language")
            << QStringLiteral("lang") << 2 << QStringLiteral("Unknown language");
    }

    void errorsNameTheProblem()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = path(kind + QStringLiteral(".sqlite"));
        QStringList arguments{QStringLiteral("stats"), QStringLiteral("--db"), db};
        if (kind == QLatin1StringView("missing-zh")) {
            arguments << QStringLiteral("--lang") << QStringLiteral("zh_CN");
        } else if (kind == QLatin1StringView("text")) {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database\n");
        } else if (kind == QLatin1StringView("newer")) {
            QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
                raw.setDatabaseName(db);
                QVERIFY(raw.open());
                QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
                raw.close();
            }
            QSqlDatabase::removeDatabase(kind);
        } else if (kind == QLatin1StringView("verb")) {
            arguments = {QStringLiteral("frobnicate")};
        } else if (kind == QLatin1StringView("generate")) {
            arguments = {QStringLiteral("generate"),
                         QStringLiteral("--developments"),
                         QStringLiteral("many"),
                         QStringLiteral("--companies"),
                         QStringLiteral("2"),
                         QStringLiteral("--db"),
                         db};
        } else if (kind == QLatin1StringView("lang")) {
            arguments << QStringLiteral("--lang") << QStringLiteral("klingon");
        }
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        if (kind.startsWith(QLatin1StringView("missing")) || kind == QLatin1StringView("generate")) {
            QVERIFY2(!QFile::exists(db), "a failed command created the database");
        }
    }

    void badImportLeavesTheDatabaseUnchanged()
    {
        const QString db = path(QStringLiteral("import.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const QJsonObject before = stats(db);
        QFile bad(path(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"format": "regtracker-exchange", "version": 1, "developments": [{"id": "x", "title": {"en": "X"},
                  "authorities": ["NOBODY"], "kind": "regulation", "stage": "issued", "dates": {"announced": "2025-01-01"}}]})");
        bad.close();
        const Run r = run({QStringLiteral("import"), bad.fileName(), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOBODY")), qPrintable(r.err));
        QCOMPARE(stats(db), before);
    }

    // A command that fails, or a dry run, never leaves a database file behind; an import that writes keeps
    // it.
    void failedCommandsCreateNoDatabase()
    {
        const QString seed = QStringLiteral(RT_TEST_DATA "/import/seed-newsletter.txt");
        const QString failed = path(QStringLiteral("never-failed.sqlite"));
        Run r = run({QStringLiteral("import"), path(QStringLiteral("no-such-file.txt")),
                     QStringLiteral("--db"), failed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-file.txt")), qPrintable(r.err));
        const QString dry = path(QStringLiteral("never-dry.sqlite"));
        r = run({QStringLiteral("import"), seed, QStringLiteral("--dry-run"), QStringLiteral("--db"), dry});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("import"), seed, QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 QStringLiteral("--db"), dry});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray().isEmpty());
        for (const QString &file : {failed, dry}) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal"),
                                          QStringLiteral(".creating")}) {
                QVERIFY2(!QFile::exists(file + suffix), qPrintable(file + suffix));
            }
        }
        const QString written = path(QStringLiteral("written.sqlite"));
        r = run({QStringLiteral("import"), seed, QStringLiteral("--db"), written});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(stats(written).value(QStringLiteral("developments")).toInt() > 0);
    }

    // Items that all stay unselected write nothing: that import failed, and says so (the JSON report still
    // comes). An identical re-import writes nothing either, but succeeds.
    void importWhoseItemsAreAllLeftOutFails()
    {
        const QString db = path(QStringLiteral("leftout.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        QFile notes(path(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        // Two items whose issuers nobody knows and that give no date: neither is selected.
        notes.write(
            "Regulatory roundup\n\n1. Widget Bureau issues rules on widget safety\nThe Widget Bureau "
            "issued the Measures for Widget Safety, aiming to standardize the safety of widgets.\n\n"
            "2. Gadget Office solicits opinions on gadget labels\nThe Gadget Office solicited public "
            "opinions on the Gadget Labelling Rules (Draft for Comments), aiming to regulate labels.\n");
        notes.close();
        const QByteArray before = fileBytes(db);
        Run r = run({QStringLiteral("import"), notes.fileName(), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("notes.txt")) && r.err.contains(QStringLiteral("left out")),
                 qPrintable(r.err));
        r = run({QStringLiteral("import"), notes.fileName(), QStringLiteral("--json"), QStringLiteral("--db"),
                 db});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(fileBytes(db), before);

        const QString seed = QStringLiteral(RT_TEST_DATA "/import/seed-newsletter.txt");
        QCOMPARE(run({QStringLiteral("import"), seed, QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("import"), seed, QStringLiteral("--db"), db}).exitCode, 0);
    }

    // Text that starts with a dash is read as options unless -- comes first: the message says so.
    void leadingDashArguments()
    {
        const QString db = path(QStringLiteral("dash.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        Run r = run({QStringLiteral("search"), QStringLiteral("-data"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("regtracker search -- -data")), qPrintable(r.err));
        r = run({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--"),
                 QStringLiteral("-data")});
        QCOMPARE(r.exitCode, 0);
    }

    // A glossary of the user's own widens search from the command line; one with a bad line is named on
    // standard error, left out, and the command still does its work.
    void userListsExtendSearchAndBadLinesAreNamed()
    {
        QTemporaryDir home;
        const auto inHome
            = [&home](const QStringList &arguments) { return rt::test::runRegtracker(home, arguments); };
        const QString db = home.filePath(QStringLiteral("lists.sqlite"));
        QCOMPARE(
            inHome({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
            0);
        const auto hits = [&](const QString &query, Run *result = nullptr) {
            const Run r = inHome(
                {QStringLiteral("search"), query, QStringLiteral("--json"), QStringLiteral("--db"), db});
            if (result) {
                *result = r;
            }
            return QJsonDocument::fromJson(r.out).array().size();
        };
        QCOMPARE(hits(QStringLiteral("zorbl")), 0);

        const QString lists = home.filePath(QStringLiteral("data/RegTracker/regtracker/lists"));
        QVERIFY(QDir().mkpath(lists));
        QFile glossary(lists + QStringLiteral("/glossary.tsv"));
        QVERIFY(glossary.open(QIODevice::WriteOnly));
        glossary.write("# my own terms\nzorbl\t算法\n");
        glossary.close();
        Run r;
        const qsizetype found = hits(QStringLiteral("zorbl"), &r);
        QVERIFY2(found > 0 && found == hits(QStringLiteral("算法")), qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        QVERIFY(glossary.open(QIODevice::Append));
        glossary.write("a line without a tab\n");
        glossary.close();
        QCOMPARE(hits(QStringLiteral("zorbl"), &r), 0);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("glossary.tsv, line 3"))
                     && r.err.contains(QStringLiteral("left out")),
                 qPrintable(r.err));
    }

    // Errors in exchange and assessment files name the file.
    void importErrorsNameTheFile()
    {
        const QString db = path(QStringLiteral("names.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const QByteArray before = fileBytes(db);
        QFile circle(path(QStringLiteral("circle.json")));
        QVERIFY(circle.open(QIODevice::WriteOnly));
        circle.write(R"({"format": "regtracker-exchange", "version": 1, "authorities": [
            {"code": "AAA", "name": {"en": "A office", "zh": "甲办"}, "abbreviation": {"en": "A", "zh": "甲"},
             "kind": "government", "level": "national", "region": "CN", "parent": "BBB"},
            {"code": "BBB", "name": {"en": "B office", "zh": "乙办"}, "abbreviation": {"en": "B", "zh": "乙"},
             "kind": "government", "level": "national", "region": "CN", "parent": "AAA"}]})");
        circle.close();
        Run r = run({QStringLiteral("import"), circle.fileName(), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("circle.json")) && r.err.contains(QStringLiteral("circle"))
                     && r.err.contains(QStringLiteral("AAA")),
                 qPrintable(r.err));
        QFile csv(path(QStringLiteral("ticks.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("company,obligation,status\nNobody Ltd,cn-tmt-2025-01-o1,done\n");
        csv.close();
        r = run({QStringLiteral("import"), csv.fileName(), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ticks.csv, line 2")), qPrintable(r.err));
        QCOMPARE(fileBytes(db), before);
    }

    // The seed newsletter into the demo database made from it: all 28 items are found, whatever their titles
    // say, and nothing is added.
    void seedIntoTheDemoAddsNothing()
    {
        const QString db = path(QStringLiteral("seed-demo.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const Run r
            = run({QStringLiteral("import"), QStringLiteral(RT_TEST_DATA "/import/seed-newsletter.txt"),
                   QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonArray items = report.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 28);
        QStringList matched;
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            QVERIFY2(o.value(QStringLiteral("match")).toString() != u"new",
                     qPrintable(QString::fromUtf8(r.out)));
            QVERIFY(!o.value(QStringLiteral("match_reason")).toString().isEmpty());
            matched.append(o.value(QStringLiteral("existing")).toString());
        }
        // Each stored development once, in the newsletter's order.
        for (int n = 1; n <= 28; ++n) {
            QCOMPARE(matched.at(n - 1), QStringLiteral("cn-tmt-2025-%1").arg(n, 2, 10, QLatin1Char('0')));
        }
        QCOMPARE(report.value(QStringLiteral("result")).toObject().value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(stats(db).value(QStringLiteral("developments")).toInt(),
                 rt::test::demoArray("developments").size());
    }

    // A new user's first import: an empty database, every issuer from the catalogue, every item without a
    // date of its own dated by the newsletter's period; all 28 are selected and written.
    void seedIntoAnEmptyDatabase()
    {
        const QString db = path(QStringLiteral("seed-empty.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run r
            = run({QStringLiteral("import"), QStringLiteral(RT_TEST_DATA "/import/seed-newsletter.txt"),
                   QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject result = report.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("added")).toInt(), 28);
        QVERIFY(result.value(QStringLiteral("authorities_added")).toInt() >= 20);
        int approximate = 0;
        for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
            const QJsonObject dates = item.toObject()
                                          .value(QStringLiteral("development"))
                                          .toObject()
                                          .value(QStringLiteral("dates"))
                                          .toObject();
            if (dates.contains(QStringLiteral("announced_until"))) {
                ++approximate;
                QCOMPARE(dates.value(QStringLiteral("announced")).toString(), QStringLiteral("2025-07-01"));
                QCOMPARE(dates.value(QStringLiteral("announced_until")).toString(),
                         QStringLiteral("2025-08-31"));
            }
        }
        QCOMPARE(approximate, 21);
        QCOMPARE(stats(db).value(QStringLiteral("developments")).toInt(), 28);
    }

    // --json always prints a report: a file without developments is exit 0 with no items and a warning; a
    // file that cannot be read is exit 1 with an error object naming it.
    void importJsonReportsEveryOutcome()
    {
        const QString db = path(QStringLiteral("json.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        QFile highlights(path(QStringLiteral("highlights.txt")));
        QVERIFY(highlights.open(QIODevice::WriteOnly));
        highlights.write(
            "Key highlights\n- Labelling rules take effect in September.\n- More fines for fake reviews.\n");
        highlights.close();
        Run r = run({QStringLiteral("import"), highlights.fileName(), QStringLiteral("--dry-run"),
                     QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY(report.value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(!report.value(QStringLiteral("warnings")).toArray().isEmpty());

        r = run({QStringLiteral("import"), QStringLiteral(RT_TEST_DATA "/import/bad/truncated.pdf"),
                 QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        report = QJsonDocument::fromJson(r.out).object();
        const QJsonObject error = report.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("unreadable_input"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("truncated.pdf")),
                 qPrintable(QString::fromUtf8(r.out)));
    }

    void companiesAndTheirReports()
    {
        const QString db = path(QStringLiteral("reports.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const Run companies
            = run({QStringLiteral("companies"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(companies.exitCode, 0);
        QJsonParseError error;
        const QJsonArray list = QJsonDocument::fromJson(companies.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.size(), 3);
        QHash<QString, QJsonObject> byUid;
        for (const QJsonValue &value : list) {
            const QJsonObject company = value.toObject();
            QVERIFY(company.value(QStringLiteral("id")).toInteger() > 0);
            const QJsonObject name = company.value(QStringLiteral("name")).toObject();
            QVERIFY(!name.value(QStringLiteral("en")).toString().isEmpty());
            QVERIFY(!name.value(QStringLiteral("zh")).toString().isEmpty());
            const int applicable = company.value(QStringLiteral("applicable")).toInt(-1);
            const int done = company.value(QStringLiteral("done")).toInt(-1);
            QVERIFY(applicable > 0);
            QVERIFY(done >= 0 && done <= applicable);
            QVERIFY(company.value(QStringLiteral("overdue")).toInt(-1) >= 0);
            byUid.insert(company.value(QStringLiteral("uid")).toString(), company);
        }
        QSet<QString> expected;
        for (const QJsonValue &company : rt::test::demoArray("companies")) {
            expected.insert(company.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(QSet<QString>(byUid.keyBegin(), byUid.keyEnd()), expected);

        // By uid, by id and by Chinese name; both formats.
        const QString pdf = path(QStringLiteral("qiantang.pdf"));
        Run r = run({QStringLiteral("report"), QStringLiteral("--company"), QStringLiteral("qiantang-bazaar"),
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                     QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.size() > 1000);
        QVERIFY(pdfFile.read(5) == "%PDF-");

        const QString csv = path(QStringLiteral("huangpu.csv"));
        const QString huangpuId = QString::number(
            byUid.value(QStringLiteral("huangpu-motors")).value(QStringLiteral("id")).toInteger());
        r = run({QStringLiteral("report"), QStringLiteral("--company"), huangpuId, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--lang"),
                 QStringLiteral("zh_CN"), QStringLiteral("--group"), QStringLiteral("topic"),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csvBytes.count('\n') > 10);
        static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        QVERIFY2(QString::fromUtf8(csvBytes).contains(chinese), "--lang zh_CN gives the Chinese texts");

        const QString ics = path(QStringLiteral("yanqi.ics"));
        r = run({QStringLiteral("export-deadlines"), QStringLiteral("--company"),
                 QStringLiteral("雁栖心智人工智能科技有限公司"), QStringLiteral("--out"), ics,
                 QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile icsFile(ics);
        QVERIFY(icsFile.open(QIODevice::ReadOnly));
        const QByteArray calendar = icsFile.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(calendar.contains("BEGIN:VEVENT"));

        // An unknown company is named; a bad format or a missing option is a usage error. No file either way.
        const QString nothing = path(QStringLiteral("nothing.csv"));
        r = run({QStringLiteral("report"), QStringLiteral("--company"), QStringLiteral("Nobody Trading Ltd"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), nothing,
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nobody Trading Ltd")), qPrintable(r.err));
        r = run({QStringLiteral("export-deadlines"), QStringLiteral("--company"), QStringLiteral("nobody"),
                 QStringLiteral("--out"), nothing, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
        r = run({QStringLiteral("report"), QStringLiteral("--company"), QStringLiteral("yanqi-mind"),
                 QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), nothing,
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("report"), QStringLiteral("--company"), QStringLiteral("yanqi-mind"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(nothing));
    }

    void dueListsWhatTheAgendaShows()
    {
        const QString db = path(QStringLiteral("due.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const QString today = QStringLiteral("2025-10-27");
        Run r = run({QStringLiteral("due"), QStringLiteral("--today"), today, QStringLiteral("--within"),
                     QStringLiteral("30d"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject agenda = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(agenda.value(QStringLiteral("today")).toString(), today);

        // Read with SQL of our own: open rows due before that day are overdue, those up to 30 days after it
        // are ahead, and drafts whose comments close in those 30 days are listed too.
        QSet<QString> overdue;
        QSet<QString> ahead;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("due"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT 'due/' || c.uid || '/' || o.uid, s.due_on FROM assessments s JOIN companies c ON "
                "c.id = "
                "s.company_id JOIN obligations o ON o.id = s.obligation_id WHERE s.status <> 'done' AND "
                "s.applicability <> 'not_applicable' AND s.due_on IS NOT NULL AND s.due_on <= "
                "'2025-11-26'")));
            while (q.next()) {
                (q.value(1).toString() < today ? overdue : ahead).insert(q.value(0).toString());
            }
            QVERIFY(
                q.exec(QStringLiteral("SELECT 'comments/' || uid FROM developments WHERE stage = "
                                      "'draft_for_comments' AND comment_deadline BETWEEN '2025-10-27' AND "
                                      "'2025-11-26'")));
            while (q.next()) {
                ahead.insert(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("due"));
        QVERIFY(!overdue.isEmpty() && !ahead.isEmpty());
        QSet<QString> listedOverdue;
        QSet<QString> listedAhead;
        for (const QJsonValue &period : agenda.value(QStringLiteral("periods")).toArray()) {
            const bool isOverdue = period.toObject().value(QStringLiteral("period")).toString()
                == QLatin1StringView("overdue");
            for (const QJsonValue &item : period.toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject o = item.toObject();
                (isOverdue ? listedOverdue : listedAhead).insert(o.value(QStringLiteral("uid")).toString());
                QCOMPARE(o.value(QStringLiteral("days")).toInt() < 0, isOverdue);
            }
        }
        QCOMPARE(listedOverdue, overdue);
        QCOMPARE(listedAhead, ahead);
        QCOMPARE(agenda.value(QStringLiteral("overdue")).toInt(), int(overdue.size()));

        // As text, in Chinese: a heading per period, then one line per item.
        r = run({QStringLiteral("due"), QStringLiteral("--today"), today, QStringLiteral("--lang"),
                 QStringLiteral("zh_CN"), QStringLiteral("--owner"), QStringLiteral("marcus lee"),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("逾期")), qPrintable(lines.value(0)));
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(!line.contains(u'\t') || line.split(u'\t').value(3) == QStringLiteral("Marcus Lee"),
                     qPrintable(line));
        }

        // Usage errors, and an unknown company.
        QCOMPARE(run({QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("soon"),
                      QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("due"), QStringLiteral("--mine"), QStringLiteral("--owner"),
                      QStringLiteral("x"), QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("due"), QStringLiteral("--today"), QStringLiteral("27/10/2025"),
                      QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        r = run({QStringLiteral("due"), QStringLiteral("--company"), QStringLiteral("Nobody Trading Ltd"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nobody Trading Ltd")), qPrintable(r.err));
    }

    void digestInEveryFormat()
    {
        const QString db = path(QStringLiteral("digest.sqlite"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db}).exitCode,
                 0);
        const QJsonObject before = stats(db);
        // The demo was just added: in the last week every development is new. On 2025-10-20 the rows due
        // from 13 to 20 October fell due.
        Run r = run({QStringLiteral("digest"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject digest = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(digest.value(QStringLiteral("new_developments")).toArray().size(),
                 before.value(QStringLiteral("developments")).toInt());
        QVERIFY(!digest.value(QStringLiteral("new_obligations")).toArray().isEmpty());

        r = run({QStringLiteral("digest"), QStringLiteral("--today"), QStringLiteral("2025-10-20"),
                 QStringLiteral("--since"), QStringLiteral("1w"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-"), QStringLiteral("--db"),
                 db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        digest = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(digest.value(QStringLiteral("since")).toString(), QStringLiteral("2025-10-13"));
        const QJsonArray fellDue = digest.value(QStringLiteral("fell_due")).toArray();
        QCOMPARE(fellDue.size(), 2); // the two rows due on 15 October
        for (const QJsonValue &row : fellDue) {
            QCOMPARE(row.toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2025-10-15"));
        }
        QVERIFY(digest.value(QStringLiteral("new_developments")).toArray().isEmpty()); // added in 2026

        // Markdown to a file, by its suffix; HTML in Chinese.
        const QString md = path(QStringLiteral("digest.md"));
        r = run({QStringLiteral("digest"), QStringLiteral("--out"), md, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        QVERIFY(markdown.startsWith(QStringLiteral("# ")));
        QVERIFY(markdown.contains(QStringLiteral("\n## ")));
        const QString html = path(QStringLiteral("digest.html"));
        r = run({QStringLiteral("digest"), QStringLiteral("--format"), QStringLiteral("html"),
                 QStringLiteral("--out"), html, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("lang=\"zh-CN\"")));
        QVERIFY(page.contains(QStringLiteral("钱塘集市网络科技有限公司")));

        // Wrong options are usage errors; the database and other databases are never written over.
        const QString nothing = path(QStringLiteral("nothing.html"));
        QCOMPARE(run({QStringLiteral("digest"), QStringLiteral("--db"), db}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("digest"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--out"), nothing, QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("digest"), QStringLiteral("--since"), QStringLiteral("0d"),
                      QStringLiteral("--out"), nothing, QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        r = run({QStringLiteral("digest"), QStringLiteral("--format"), QStringLiteral("html"),
                 QStringLiteral("--out"), db, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the database RegTracker has open")), qPrintable(r.err));
        QVERIFY(!QFile::exists(nothing));
        QCOMPARE(stats(db), before);
    }

    void generateAndShot()
    {
        const QString db = path(QStringLiteral("generated.sqlite"));
        const Run r
            = run({QStringLiteral("generate"), QStringLiteral("--developments"), QStringLiteral("500"),
                   QStringLiteral("--companies"), QStringLiteral("4"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject counts = stats(db);
        QCOMPARE(counts.value(QStringLiteral("developments")).toInt(), 500);
        QCOMPARE(counts.value(QStringLiteral("companies")).toInt(), 4);
        QVERIFY(counts.value(QStringLiteral("authorities")).toInt() > 50);

        const QString png = path(QStringLiteral("browser.png"));
        const Run shot = run({QStringLiteral("shot"), QStringLiteral("browser"), png, QStringLiteral("--db"),
                              db, QStringLiteral("--size"), QStringLiteral("1000x700"),
                              QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(shot.exitCode, 0);
        QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 700));
        const Run badView
            = run({QStringLiteral("shot"), QStringLiteral("nothing"), png, QStringLiteral("--db"), db});
        QCOMPARE(badView.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
