// SPDX-License-Identifier: GPL-3.0-or-later
// Reading what compliance teams receive besides plain text: a saved web page, a PDF file set in one column
// and in two (running footers and page numbers included), an e-mail message (multipart, GB18030
// quoted-printable and base64 HTML) and Big5 text in traditional characters. Each imports to the same items
// as the plain text it was made from (tests/data/import/formats/make-fixtures), every format is recognised by
// its bytes whatever the file is called, and what cannot be read is refused with a message naming the file.

#include "TestSupport.h"

#include "DocumentReader.h"
#include "Error.h"
#include "HtmlText.h"
#include "ImportService.h"
#include "TextDecoding.h"

using namespace rt::core;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RT_TEST_DATA "/import/") + name;
}

QByteArray bytesOf(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read a fixture");
    }
    return file.readAll();
}

// What must be the same whichever form the newsletter came in.
QString itemLine(const ImportItem &item)
{
    const Development &d = item.development;
    QString title = d.title.preferring(item.language);
    title.remove(u' ').remove(u'-');
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7")
        .arg(item.number)
        .arg(d.authorities.join(u','), d.announced.toString(Qt::ISODate),
             d.announcedUntil.toString(Qt::ISODate), Vocabulary::key(d.kind), Vocabulary::key(d.stage),
             title.left(60));
}

QStringList itemLines(const ImportBatch &batch)
{
    QStringList lines;
    for (const ImportItem &item : batch.items) {
        lines.append(itemLine(item));
    }
    return lines;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = rt::test::newDatabase(m_dir, QStringLiteral("documents.sqlite"), true);
    }

    void htmlBlocksHeadingsListsTablesAndLinks()
    {
        const ReadDocument d = HtmlText::fromMarkup(
            QStringLiteral(
                "<html><head><title>Update</title><style>p{}</style></head><body><nav><a "
                "href=\"/\">Home</a></nav>"
                "<h2>Rules</h2><p>The <b>CAC</b> issued   the <a "
                "href=\"https://example.cn/a\">measures</a>.</p>"
                "<p><strong>3. SAMR fines a platform</strong></p><ol "
                "start=\"4\"><li>four</li><li>five</li></ol>"
                "<ul><li>a &amp; b</li></ul><table><tr><th>No.</th><th>Name</th></tr><tr><td>GB/T "
                "1</td><td>Data"
                "</td></tr></table><script>var x = 1;</script><p>caf&eacute;<br>next</p></body></html>"),
            QStringLiteral("update.html"));
        QCOMPARE(d.title, QStringLiteral("Update"));
        QCOMPARE(d.text,
                 QStringLiteral("Rules\nThe CAC issued the measures.\n3. SAMR fines a platform\n4. four\n"
                                "5. five\n• a & b\nNo.\tName\nGB/T 1\tData\ncafé\nnext\n"));
        // The h2 and the paragraph entirely in bold are headings; the first paragraph with a bold word is
        // not.
        QCOMPARE(d.headingStarts, (QList<qsizetype>{0, d.text.indexOf(QStringLiteral("3. SAMR"))}));
        QCOMPARE(d.links.size(), 1);
        QCOMPARE(d.links.constFirst().url, QStringLiteral("https://example.cn/a"));
        QCOMPARE(d.text.mid(d.links.constFirst().start, d.links.constFirst().length),
                 QStringLiteral("measures"));
    }

    // A page that declares GB2312 and is saved in GB18030 bytes (as GBK pages often are).
    void htmlDeclaredCharset()
    {
        const QString text = QStringLiteral("国家网信办发布《规定》");
        QStringEncoder encoder("GB18030");
        const QByteArray page = "<html><head><meta charset=\"gb2312\"></head><body><p>"
            + QByteArray(encoder(text)) + "</p></body></html>";
        const ReadDocument d = HtmlText::read(page, QStringLiteral("page.html"));
        QCOMPARE(d.text, text + u'\n');
    }

    void formatByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ImportFormat>("format");
        QTest::newRow("web page") << QStringLiteral("formats/newsletter-numbered-en.html")
                                  << ImportFormat::Html;
        QTest::newRow("pdf") << QStringLiteral("formats/seed-newsletter-two-column.pdf") << ImportFormat::Pdf;
        QTest::newRow("e-mail") << QStringLiteral("formats/newsletter-zh.eml") << ImportFormat::Email;
        QTest::newRow("Big5 text") << QStringLiteral("formats/roundup-big5.txt") << ImportFormat::Newsletter;
        QTest::newRow("feed") << QStringLiteral("feed-rss.xml") << ImportFormat::Feed;
        QTest::newRow("csv") << QStringLiteral("developments-en.csv") << ImportFormat::Csv;
        QTest::newRow("newsletter") << QStringLiteral("newsletter-zh.txt") << ImportFormat::Newsletter;
    }

    // Whatever the file is called: every one of them named "received.dat".
    void formatByContent()
    {
        QFETCH(QString, file);
        QFETCH(ImportFormat, format);
        QCOMPARE(ImportService::detectFormat(QStringLiteral("received.dat"), bytesOf(file).left(4096)),
                 format);
    }

    void sameItemsAsThePlainText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<int>("items");
        QTest::newRow("web page") << QStringLiteral("formats/newsletter-numbered-en.html")
                                  << QStringLiteral("newsletter-numbered-en.txt") << 5;
        QTest::newRow("pdf, one column") << QStringLiteral("formats/seed-newsletter-one-column.pdf")
                                         << QStringLiteral("seed-newsletter.txt") << 28;
        QTest::newRow("pdf, two columns") << QStringLiteral("formats/seed-newsletter-two-column.pdf")
                                          << QStringLiteral("seed-newsletter.txt") << 28;
        QTest::newRow("e-mail") << QStringLiteral("formats/newsletter-zh.eml")
                                << QStringLiteral("newsletter-zh.txt") << 5;
        QTest::newRow("Big5 text") << QStringLiteral("formats/roundup-big5.txt")
                                   << QStringLiteral("corpus/28-pandorauk-cybersecurity-policies-2024.txt")
                                   << 2;
    }

    void sameItemsAsThePlainText()
    {
        QFETCH(QString, file);
        QFETCH(QString, plain);
        QFETCH(int, items);
        ImportService service(*m_db);
        const ImportOptions options{ImportFormat::Auto, QStringLiteral("Newsletter"), 0};
        const ImportBatch expected = service.read(fixture(plain), options);
        const ImportBatch got = service.read(fixture(file), options);
        QCOMPARE(expected.items.size(), items);
        QCOMPARE(itemLines(got).join(u'\n'), itemLines(expected).join(u'\n'));
    }

    // The footer ("China TMT newsletter … July and August 2025") and the page numbers of every page are gone,
    // and the two columns are read in order: the numbered headings come as in the text.
    void pdfReadingOrderWithoutRunningLines()
    {
        for (const QString &name : {QStringLiteral("formats/seed-newsletter-one-column.pdf"),
                                    QStringLiteral("formats/seed-newsletter-two-column.pdf")}) {
            const ReadDocument d = DocumentReader::read(bytesOf(name), name, DocumentKind::Pdf);
            QVERIFY2(!d.text.contains(QStringLiteral("China TMT newsletter")), qPrintable(name));
            static const QRegularExpression pageNumber(QStringLiteral("(^|\\n)-\\s*\\d+\\s*-(\\n|$)"));
            QVERIFY2(!d.text.contains(pageNumber), qPrintable(name));
            qsizetype at = 0;
            for (const char *heading : {"4. SAMR", "5. TC260", "7. TC260", "8. Hangzhou", "12. CAC",
                                        "19. Hainan", "26. Shanghai"}) {
                const qsizetype found = d.text.indexOf(QLatin1StringView(heading), at);
                QVERIFY2(found > at, qPrintable(name + QStringLiteral(": ") + QLatin1StringView(heading)));
                at = found;
            }
        }
    }

    void emailSubjectAndDate()
    {
        const ReadDocument d = DocumentReader::read(bytesOf(QStringLiteral("formats/newsletter-zh.eml")),
                                                    QStringLiteral("newsletter-zh.eml"), DocumentKind::Email);
        QCOMPARE(d.title, QStringLiteral("科技与数据合规资讯 2025年第8期"));
        QCOMPARE(d.date, QDate(2025, 8, 28));
        QVERIFY(d.text.contains(QStringLiteral("北京互联网法院")));
    }

    void unreadableDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<DocumentKind>("kind");
        QTest::newRow("truncated pdf") << QStringLiteral("bad/truncated.pdf") << DocumentKind::Pdf;
        QTest::newRow("mail without text") << QStringLiteral("bad/picture-only.eml") << DocumentKind::Email;
    }

    void unreadableDocuments()
    {
        QFETCH(QString, file);
        QFETCH(DocumentKind, kind);
        const QString name = QFileInfo(file).fileName();
        try {
            DocumentReader::read(bytesOf(file), name, kind);
            QFAIL("the document was read");
        } catch (const Error &e) {
            QCOMPARE(e.code(), Error::Code::InvalidInput);
            QVERIFY2(e.message().contains(name), qPrintable(e.message()));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
