// The regtracker command line, run as a separate process the way scripts and users run it, with a private
// HOME.

#include "DemoJson.h"

#include "CliRun.h"
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

    void firstStartCreatesTheDemoDatabase()
    {
        const Run r = run({QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(counts.value(QStringLiteral("developments")).toInt(), 31);
        QVERIFY(counts.value(QStringLiteral("authorities")).toInt() >= 20);
        QVERIFY(counts.value(QStringLiteral("obligations")).toInt() >= 60);
        QCOMPARE(counts.value(QStringLiteral("companies")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("assessments")).toInt(),
                 rt::test::demoArray("assessments").size());
        QVERIFY(QFile::exists(path(QStringLiteral("data/RegTracker/regtracker/regtracker.sqlite"))));
        // The second start opens the same database instead of loading the demo again.
        QCOMPARE(run({QStringLiteral("stats")}).out, r.out);
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
            << QStringLiteral("text") << 1 << QStringLiteral("as a RegTracker database");
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
