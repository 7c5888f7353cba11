// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input never hurts: every file of the corpus in tests/data/hostile (listed with its expected outcome
// in MANIFEST.tsv) and every input too big or too special to commit (made here at run time: nesting hundreds
// of thousands of levels deep, a symlink to /dev/zero, a named pipe with and without a writer, a folder, more
// than the size limit through a pipe) is given to `regtracker import` as users run it. Each run must end
// within a minute and within an address-space limit, name the file, exit as the manifest says, and leave the
// database file byte for byte as it was.

#include "CliRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int timeLimitMs = 60000; // a hang, not a speed goal: the slowest case takes a few seconds
constexpr rlim_t addressSpaceLimit = 3ULL * 1024 * 1024 * 1024;

struct Outcome
{
    int exitCode = -1; // -1: crashed, or killed at the time limit
    QString output; // standard output and error together
};

QString hostile(const QString &name)
{
    return QStringLiteral(RT_TEST_DATA "/hostile/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray repeated(QByteArrayView piece, qsizetype times)
{
    QByteArray result;
    result.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i) {
        result.append(piece);
    }
    return result;
}

const QByteArray mailHeader = "From: news@example.org\nTo: reader@example.org\nSubject: Update\n"
                              "Date: Sat, 3 May 2025 10:00:00 +0800\nMIME-Version: 1.0\n";
const QByteArray goodNewsletter
    = "China TMT newsletter, May 2025\n\n"
      "1. CAC issues the Measures for Labelling AI-Generated Content (3 May 2025)\n"
      "The CAC issued the Measures for Labelling AI-Generated Content. Platforms "
      "must label generated content from 1 September 2025.\n";

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_template;

    QString path(const QString &name) const { return m_home.filePath(name); }

    // Runs regtracker import on file with a copy of the demo database; with `feed`, a thread writes those
    // bytes into file (a named pipe) once the import has started.
    Outcome import(const QString &file, const QStringList &options, const QString &db,
                   const QByteArray *feed = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setChildProcessModifier([] {
            const rlimit limit{addressSpaceLimit, addressSpaceLimit};
            ::setrlimit(RLIMIT_AS, &limit);
        });
        process.start(QStringLiteral(RT_APP),
                      QStringList{QStringLiteral("import"), file} + options
                          + QStringList{QStringLiteral("--db"), db});
        std::thread writer;
        if (feed) {
            writer = std::thread([file, feed] {
                QFile pipe(file);
                if (pipe.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
                    for (qsizetype at = 0; at < feed->size();) {
                        const qint64 wrote = pipe.write(feed->constData() + at,
                                                        std::min<qsizetype>(feed->size() - at, 1 << 20));
                        if (wrote <= 0) {
                            break; // the reader gave up (the size limit): that is its right
                        }
                        at += wrote;
                    }
                }
            });
        }
        Outcome outcome;
        if (process.waitForFinished(timeLimitMs)) {
            outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        } else {
            process.kill();
            process.waitForFinished();
        }
        outcome.output = QString::fromUtf8(process.readAll());
        if (writer.joinable()) {
            writer.join();
        }
        return outcome;
    }

    QString copyOfTemplate()
    {
        static int n = 0;
        const QString db = path(QStringLiteral("case-%1.sqlite").arg(++n));
        if (!QFile::copy(m_template, db)) {
            qFatal("cannot copy the template database");
        }
        return db;
    }

    // expected: "0" (importable: run as a dry run), "1" (refused) or "empty" (nothing to import, or every
    // item left out, said so; the exit code for that is the command's policy, 0 or 1).
    void check(const QString &file, const QString &expected, const QRegularExpression &pattern,
               QStringList options, const QByteArray *feed = nullptr)
    {
        const QString db = copyOfTemplate();
        const QByteArray before = rt::test::databaseChecksum(db);
        if (expected != u"1") {
            options.append(QStringLiteral("--dry-run"));
        }
        QElapsedTimer clock;
        clock.start();
        const Outcome o = import(file, options, db, feed);
        QVERIFY2(o.exitCode >= 0,
                 qPrintable(QStringLiteral("crashed or still running after %1 ms: %2")
                                .arg(clock.elapsed())
                                .arg(o.output.right(2000))));
        if (expected == u"empty") {
            QVERIFY2(o.exitCode == 0 || o.exitCode == 1, qPrintable(o.output));
        } else {
            QVERIFY2(o.exitCode == expected.toInt(), qPrintable(o.output.right(2000)));
        }
        QVERIFY2(o.output.contains(QFileInfo(file).fileName()), qPrintable(o.output.right(2000)));
        QVERIFY2(o.output.contains(pattern), qPrintable(o.output.right(2000)));
        QCOMPARE(rt::test::databaseChecksum(db), before);
    }

    // The current data row: file, expected, pattern, options.
    void checkRow()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, pattern);
        QFETCH(QStringList, options);
        check(file, expected, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption),
              options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_template = path(QStringLiteral("template.sqlite"));
        const rt::test::CliRun init = rt::test::runRegtracker(
            m_home, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), m_template});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("options");
        QFile manifest(hostile(QStringLiteral("MANIFEST.tsv")));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        QStringList listed;
        while (!manifest.atEnd()) {
            const QString line = QString::fromUtf8(manifest.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 4);
            QTest::newRow(qPrintable(fields.at(0))) << hostile(fields.at(0)) << fields.at(1) << fields.at(2)
                                                    << fields.at(3).split(u' ', Qt::SkipEmptyParts);
            listed.append(fields.at(0));
            ++rows;
        }
        QVERIFY2(rows >= 60, "the corpus holds at least 60 files");
        // Every file of the corpus is in the manifest (and so is tested).
        const QStringList present = QDir(hostile(QString()))
                                        .entryList(QDir::Files)
                                        .filter(QRegularExpression(QStringLiteral("^(?!MANIFEST|make_)")));
        for (const QString &file : present) {
            QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" is not in MANIFEST.tsv")));
        }
    }

    void corpus() { checkRow(); }

    void generated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("options");

        const auto make = [this](const char *name, const QByteArray &bytes) {
            const QString file = path(QLatin1StringView(name));
            if (!writeFile(file, bytes)) {
                qFatal("cannot write a generated input");
            }
            return file;
        };
        const QStringList none;
        constexpr qsizetype deep = 300000;
        QTest::newRow("RSS nested 300,000 deep")
            << make("deep.rss",
                    "<rss version=\"2.0\"><channel>" + repeated("<x>", deep) + repeated("</x>", deep)
                        + "</channel></rss>")
            << QStringLiteral("1") << QStringLiteral("nested more than 256") << none;
        QTest::newRow("Atom nested 300,000 deep")
            << make("deep.atom",
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + repeated("<x>", deep)
                        + repeated("</x>", deep) + "</entry></feed>")
            << QStringLiteral("1") << QStringLiteral("nested more than 256") << none;
        QTest::newRow("HTML nested 300,000 deep")
            << make("deep.html",
                    "<html><body>" + repeated("<div>", deep) + "x" + repeated("</div>", deep)
                        + "</body></html>")
            << QStringLiteral("1") << QStringLiteral("nested more than 256") << none;
        QTest::newRow("JSON nested 300,000 deep")
            << make("deep.json",
                    R"({"format": "regtracker-exchange", "version": 1, "developments": )"
                        + repeated("[", deep) + repeated("]", deep) + "}")
            << QStringLiteral("1") << QStringLiteral("nested") << none;
        QByteArray multipart = mailHeader;
        for (int i = 0; i < 20000; ++i) {
            multipart += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b"
                + QByteArray::number(i) + "\n";
        }
        multipart += "Content-Type: text/plain\n\nhello\n";
        for (int i = 20000; i-- > 0;) {
            multipart += "--b" + QByteArray::number(i) + "--\n";
        }
        QTest::newRow("e-mail with 20,000 nested multiparts")
            << make("deep-multipart.eml", multipart) << QStringLiteral("1")
            << QStringLiteral("more than 50 nested") << none;
        QTest::newRow("e-mail with 20,000 enclosed messages")
            << make("deep-rfc822.eml",
                    repeated(QByteArray(mailHeader + "Content-Type: message/rfc822\n\n"), 20000) + mailHeader
                        + "Content-Type: text/plain\n\nhello\n")
            << QStringLiteral("1") << QStringLiteral("more than 50 nested") << none;
        QTest::newRow("one 4 MB line")
            << make("long-line.txt", repeated("The CAC issued rules ", 200000)) << QStringLiteral("empty")
            << QStringLiteral("1 development read") << none;
        QTest::newRow("a CSV field of 8 MB") << make(
            "long-field.csv",
            "Title,Kind,Announced\n\"" + repeated("CAC rules ", 800000) + "\",Regulation,2025-05-03\n")
                                             << QStringLiteral("1") << QStringLiteral("left out") << none;
        QTest::newRow("1,000,000 empty lines")
            << make("empty-lines.txt", goodNewsletter + QByteArray(1000000, '\n')) << QStringLiteral("0")
            << QString() << none;

        // Not regular files.
        const QString zero = path(QStringLiteral("zero.txt"));
        QFile::link(QStringLiteral("/dev/zero"), zero);
        QTest::newRow("symlink to /dev/zero")
            << zero << QStringLiteral("1") << QStringLiteral("device") << none;
        const QString null = path(QStringLiteral("null.json"));
        QFile::link(QStringLiteral("/dev/null"), null);
        QTest::newRow("symlink to /dev/null")
            << null << QStringLiteral("1") << QStringLiteral("device") << none;
        const QString folder = path(QStringLiteral("folder.txt"));
        QDir().mkpath(folder);
        QTest::newRow("folder") << folder << QStringLiteral("1") << QStringLiteral("folder") << none;
        const QString fifo = path(QStringLiteral("fifo.txt"));
        ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
        QTest::newRow("named pipe without --allow-pipe")
            << fifo << QStringLiteral("1") << QStringLiteral("named pipe") << none;
        QTest::newRow("named pipe that no one writes")
            << fifo << QStringLiteral("1") << QStringLiteral("nothing came through the pipe for 1 second")
            << QStringList{QStringLiteral("--allow-pipe"), QStringLiteral("--pipe-timeout"),
                           QStringLiteral("1")};
        const QString dangling = path(QStringLiteral("dangling.txt"));
        QFile::link(path(QStringLiteral("nowhere")), dangling);
        QTest::newRow("dangling symlink")
            << dangling << QStringLiteral("1") << QStringLiteral("does not exist") << none;
    }

    void generated() { checkRow(); }

    // A pipe is read to its end when allowed, and what comes through counts against the size limit however
    // big the file claims to be (a pipe claims nothing).
    void pipeWithAWriter()
    {
        const QString fifo = path(QStringLiteral("written.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QStringList allow{QStringLiteral("--allow-pipe")};
        check(fifo, QStringLiteral("0"), QRegularExpression(QStringLiteral("1 added|added")), allow,
              &goodNewsletter);
        const QByteArray tooMuch(257LL * 1024 * 1024, 'a');
        check(fifo, QStringLiteral("1"), QRegularExpression(QStringLiteral("larger than 256 MB")), allow,
              &tooMuch);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
