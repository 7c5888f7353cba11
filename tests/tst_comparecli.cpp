// SPDX-License-Identifier: GPL-3.0-or-later
// regtracker compare, run as users run it on the demo database: the summary, the JSON, the HTML and the PDF
// (read back by pdftotext, a reader we did not write) name the changed parameters as values, in English and
// in Chinese; wrong arguments name the problem and exit non-zero.

#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using rt::test::CliRun;

namespace {

// pdftotext wraps lines, and text extracted from PDFs may carry compatibility forms of CJK characters:
// compare texts normalised (NFKC) and without any whitespace.
QString squeezed(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

} // namespace

class TestCompareCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_db;
    QString m_pdftotext;

    CliRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db;
        return rt::test::runRegtracker(m_home, arguments);
    }

    QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(m_pdftotext,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(rt::test::runRegtracker(
                     m_home, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (m_pdftotext.isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF back");
        }
    }

    void summaryStatesTheChanges()
    {
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("cn-tmt-2025-06"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Log retention: at least 6 months → at least 12 months")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Stage: Draft for comments → Effective")));
        QVERIFY(out.contains(QStringLiteral("Obligations: 2 added, 1 removed, 4 changed, 3 unchanged")));
    }

    void jsonForOtherPrograms()
    {
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("cn-tmt-2025-07"),
                              QStringLiteral("cn-tmt-2025-07-final"), QStringLiteral("--json"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("prevailing")).toString(), QStringLiteral("zh"));
        const QJsonObject bands = json.value(QStringLiteral("obligations")).toArray().at(3).toObject();
        QCOMPARE(bands.value(QStringLiteral("earlier")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("cn-tmt-2025-07/o4"));
        QStringList sentences;
        for (const QJsonValue &p : bands.value(QStringLiteral("parameters")).toArray()) {
            sentences.append(p.toObject().value(QStringLiteral("sentence")).toString());
        }
        QCOMPARE(sentences,
                 (QStringList{QStringLiteral(
                                  "Daily usage limit, younger age band: at most 1 hour → at most 40 minutes"),
                              QStringLiteral("Daily usage limit, older age band: at most 2 hours"),
                              QStringLiteral("Daily usage limit, middle age band: at most 1 hour (new)")}));
        // Yanqi's row of the age bands was flagged when the final version was linked.
        const QJsonArray companies = json.value(QStringLiteral("companies")).toArray();
        QCOMPARE(companies.size(), 3);
        const QJsonObject yanqi = companies.at(2).toObject();
        QCOMPARE(yanqi.value(QStringLiteral("id")).toString(), QStringLiteral("yanqi-mind"));
        QCOMPARE(yanqi.value(QStringLiteral("flagged")).toInt(), 1);
    }

    void pdfAndHtmlCarryTheChangedParameters()
    {
        const QString pdf = m_home.filePath(QStringLiteral("minors.pdf"));
        const QString html = m_home.filePath(QStringLiteral("minors.html"));
        const CliRun r
            = run({QStringLiteral("compare"), QStringLiteral("cn-tmt-2025-07"), QStringLiteral("--pdf"), pdf,
                   QStringLiteral("--html"), html, QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty()); // the files say it all
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(
            text.contains(squeezed(QStringLiteral("younger age band: at most 1 hour → at most 40 minutes"))),
            qPrintable(text.left(2000)));
        QVERIFY(text.contains(squeezed(QStringLiteral("middle age band: at most 1 hour (new)"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Page 1 of"))));
        // Both texts are in it, the Chinese that prevails too.
        QVERIFY(text.contains(squeezed(QStringLiteral("不超过40分钟"))));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString markup = QString::fromUtf8(page.readAll());
        // The younger age band is newly defined (under 8) in the Chinese text.
        QVERIFY(markup.contains(QStringLiteral("较低年龄段<ins>（不满8周岁）</ins>")));
    }

    void chinesePdf()
    {
        const QString pdf = m_home.filePath(QStringLiteral("government-ai.pdf"));
        const CliRun r
            = run({QStringLiteral("compare"), QStringLiteral("cn-tmt-2025-06"), QStringLiteral("--pdf"), pdf,
                   QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--inline")});
        QCOMPARE(r.exitCode, 0);
        const QString text = squeezed(pdfText(pdf));
        QVERIFY2(text.contains(squeezed(QStringLiteral("日志留存期限：不少于6个月 → 不少于12个月"))),
                 qPrintable(text.left(2000)));
    }

    void wrongArgumentsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{QStringLiteral("compare")} << 2
                                 << QStringLiteral("one or two");
        QTest::newRow("unknown") << QStringList{QStringLiteral("compare"), QStringLiteral("no-such-rule")}
                                 << 1 << QStringLiteral("no-such-rule");
        QTest::newRow("no versions") << QStringList{QStringLiteral("compare"),
                                                    QStringLiteral("cn-tmt-2025-03")}
                                     << 1 << QStringLiteral("no earlier or later version");
        QTest::newRow("bad moment") << QStringList{QStringLiteral("compare"),
                                                   QStringLiteral("cn-tmt-2025-03@soon")}
                                    << 1 << QStringLiteral("soon");
        QTest::newRow("bad content") << QStringList{QStringLiteral("compare"),
                                                    QStringLiteral("cn-tmt-2025-06"),
                                                    QStringLiteral("--content"), QStringLiteral("fr")}
                                     << 2 << QStringLiteral("--content");
    }

    void wrongArgumentsNameTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = run(arguments << QStringLiteral("--lang") << QStringLiteral("en"));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_comparecli.moc"
