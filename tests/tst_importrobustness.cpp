// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never hurts the database. Every bad file given to `regtracker import`, run as users run it, fails
// with exit code 1 and a message that names the file and the problem, and leaves the database file byte for
// byte as it was (SHA-256 of the file and its write-ahead log). A good file does change it, so the checksum
// is known to notice.

#include "DemoJson.h"

#include "CliRun.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Run = rt::test::CliRun;

namespace {

QString badFile(const char *name)
{
    return QStringLiteral(RT_TEST_DATA "/import/bad/") + QLatin1StringView(name);
}

QRegularExpression plain(const QString &text)
{
    return QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

class TestImportRobustness : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_template; // a demo database that every case gets a copy of
    bool m_readsOtherFormats
        = false; // import takes --format: newsletters, feeds and CSV besides exchange files

    Run run(const QStringList &arguments) { return rt::test::runRegtracker(m_home, arguments); }

    QString path(const QString &name) const { return m_home.filePath(name); }

    static QByteArray checksum(const QString &db) { return rt::test::databaseChecksum(db); }

    QString copyOfTemplate(const QString &name)
    {
        const QString db = path(name + QStringLiteral(".sqlite"));
        QFile::remove(db);
        if (!QFile::copy(m_template, db)) {
            qFatal("cannot copy the template database");
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_template = path(QStringLiteral("template.sqlite"));
        const Run init
            = run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), m_template});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
        m_readsOtherFormats = run({QStringLiteral("import"), QStringLiteral("--help")})
                                  .out.contains(QByteArrayView("--format"));

        // Generated fixtures. JSON nested far deeper than any real file: where the exchange format expects
        // the list of developments.
        QFile deep(path(QStringLiteral("deep.json")));
        QVERIFY(deep.open(QIODevice::WriteOnly));
        deep.write(R"({"format": "regtracker-exchange", "version": 1, "developments": )");
        deep.write(QByteArray(100000, '['));
        deep.write(QByteArray(100000, ']'));
        deep.write("}\n");
        deep.close();
        // 300 MB of nothing: sparse, so it costs no disk, and larger than the 256 MB an import reads whole.
        for (const char *name : {"huge.json", "huge.txt"}) {
            QFile huge(path(QLatin1StringView(name)));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(300LL * 1024 * 1024));
        }
    }

    void badFileLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QRegularExpression>("problem");
        QTest::addColumn<bool>("exchange"); // read as an exchange file, which import has always read

        const QStringList none;
        const auto format
            = [](const char *key) { return QStringList{QStringLiteral("--format"), QLatin1StringView(key)}; };
        QTest::newRow("empty exchange file")
            << badFile("empty.json") << none << plain(QStringLiteral("empty")) << true;
        QTest::newRow("empty text file")
            << badFile("empty.txt") << none << plain(QStringLiteral("empty")) << false;
        // A PNG picture: the chunk lengths right after its signature are full of NUL bytes.
        QTest::newRow("binary") << badFile("picture.png") << none << plain(QStringLiteral("NUL")) << false;
        // The file stops inside a string on line 10.
        QTest::newRow("truncated JSON")
            << badFile("truncated.json") << none << plain(QStringLiteral("line 10")) << true;
        QTest::newRow("title as a number")
            << badFile("wrong-type.json") << none << plain(QStringLiteral("developments[0].title")) << true;
        QTest::newRow("unknown kind")
            << badFile("unknown-kind.json") << none << plain(QStringLiteral("developments[0].kind")) << true;
        QTest::newRow("nested 100000 deep")
            << path(QStringLiteral("deep.json")) << none << plain(QStringLiteral("nest")) << true;
        // Latin-1: “é” followed by a space is neither UTF-8 nor GB18030.
        QTest::newRow("Latin-1") << badFile("latin1.txt") << none << plain(QStringLiteral("UTF-8")) << false;
        QTest::newRow("Latin-1 as a newsletter")
            << badFile("latin1.txt") << format("newsletter") << plain(QStringLiteral("UTF-8")) << false;
        // The feed stops inside a description on line 11.
        QTest::newRow("truncated feed")
            << badFile("truncated.rss") << none << plain(QStringLiteral("line 11")) << false;
        QTest::newRow("entity expansion") << badFile("billion-laughs.rss") << none
                                          << QRegularExpression(QStringLiteral("entit|DOCTYPE|DTD"),
                                                                QRegularExpression::CaseInsensitiveOption)
                                          << false;
        // Line 4 has three fields where the header has five.
        QTest::newRow("ragged CSV") << badFile("ragged.csv") << none << plain(QStringLiteral("line 4"))
                                    << false;
        QTest::newRow("ragged CSV, format given")
            << badFile("ragged.csv") << format("csv") << plain(QStringLiteral("line 4")) << false;
        // The quote that opens on line 3 is never closed.
        QTest::newRow("unterminated quote")
            << badFile("unterminated.csv") << none << plain(QStringLiteral("line 3")) << false;
        // A PDF file cut after its first 700 bytes, and an e-mail whose only part is a picture.
        QTest::newRow("truncated PDF")
            << badFile("truncated.pdf") << none << plain(QStringLiteral("PDF")) << false;
        QTest::newRow("truncated PDF as a PDF")
            << badFile("truncated.pdf") << format("pdf") << plain(QStringLiteral("PDF")) << false;
        // A message whose header holds NUL bytes (found by fuzz_mime): refused before the MIME parser sees
        // it.
        QTest::newRow("e-mail with NUL bytes")
            << badFile("nul-in-header.eml") << format("email") << plain(QStringLiteral("NUL")) << false;
        QTest::newRow("e-mail with NUL bytes, format by content")
            << badFile("nul-in-header.eml") << none << plain(QStringLiteral("NUL")) << false;
        QTest::newRow("e-mail without text")
            << badFile("picture-only.eml") << none << plain(QStringLiteral("without any text")) << false;
        // An exchange file is read a record at a time, so its size is no reason to refuse it: these 300 MB
        // are refused for what they are (NUL bytes), at once.
        QTest::newRow("huge exchange file") << path(QStringLiteral("huge.json")) << none
                                            << plain(QStringLiteral("not valid JSON at line 1")) << true;
        QTest::newRow("huge text file")
            << path(QStringLiteral("huge.txt")) << none << plain(QStringLiteral("300 MB")) << false;
    }

    void badFileLeavesTheDatabaseUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QRegularExpression, problem);
        QFETCH(bool, exchange);
        if (!exchange && !m_readsOtherFormats) {
            QSKIP("import reads only exchange files so far (no --format)");
        }
        const QString db = copyOfTemplate(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
        const QByteArray before = checksum(db);

        const Run r = run(QStringList{QStringLiteral("import"), file} + options
                          + QStringList{QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
        QCOMPARE(checksum(db), before);
    }

    // The other half of the proof: the same kind of database, a good file, and the checksum moves.
    void goodFileChangesTheDatabase()
    {
        QJsonObject development = rt::test::demoArray("developments").first().toObject();
        development.insert(QStringLiteral("id"), QStringLiteral("robustness-2025-01"));
        development.insert(
            QStringLiteral("title"),
            QJsonObject{{QStringLiteral("en"), QStringLiteral("A development added by the test")},
                        {QStringLiteral("zh"), QStringLiteral("测试添加的动态")}});
        development.insert(QStringLiteral("obligations"), QJsonArray());
        development.insert(QStringLiteral("replaces"), QJsonValue::Null);
        const QJsonObject document{{QStringLiteral("format"), QStringLiteral("regtracker-exchange")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("developments"), QJsonArray{development}}};
        QFile good(path(QStringLiteral("good.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(document).toJson());
        good.close();

        const QString db = copyOfTemplate(QStringLiteral("good"));
        const QByteArray before = checksum(db);
        const Run r = run({QStringLiteral("import"), good.fileName(), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(checksum(db) != before);
        const Run stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("developments")).toInt(),
                 rt::test::demoArray("developments").size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_importrobustness.moc"
