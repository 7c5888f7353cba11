// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds (RSS 2.0, Atom) and CSV files as import sources: what the parsers read from the fixtures under
// tests/data/import, how they refuse broken input (naming the place), and CSV assessment updates applied to
// the demo database in one transaction — or not at all.

#include "TestSupport.h"

#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "FeedParser.h"
#include "TextDecoding.h"

#include <QSignalSpy>

#include <functional>
#include <optional>

using namespace rt::core;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RT_TEST_DATA "/import/") + QString::fromLatin1(name);
}

QString fixtureText(const char *name)
{
    return TextDecoding::readFile(fixture(name)).text;
}

// The message of the Error that fn throws, or nullopt when it throws none.
std::optional<Error> errorOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &error) {
        return error;
    }
    return std::nullopt;
}

QString field(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QHash<QString, Authority> authoritiesOf(Database &db)
{
    QHash<QString, Authority> result;
    for (const Authority &a : AuthorityRepository(db).all()) {
        result.insert(a.code, a);
    }
    return result;
}

// Everything a user could see changed: the exchange export and the audit log.
QByteArray snapshot(Database &db)
{
    return ExchangeFormat::serialize(exportDatabase(db))
        + db.scalar(QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM audit_log"))
              .toString()
              .toUtf8();
}

std::optional<Assessment> assessmentOf(Database &db, const QString &companyUid, const QString &obligationUid)
{
    AuthorityRepository reference(db);
    CompanyRepository companies(db);
    for (const Assessment &a : companies.assessments(companies.idForUid(companyUid))) {
        if (a.obligationUid == obligationUid) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace

class TestFeedCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rssFeed()
    {
        const ImportBatch batch
            = FeedParser::parse(fixtureText("feed-rss.xml"), QStringLiteral("feed-rss.xml"));
        QCOMPARE(batch.format, ImportFormat::Feed);
        QCOMPARE(batch.fileName, QStringLiteral("feed-rss.xml"));
        QCOMPARE(batch.sourceName, QStringLiteral("Tech Policy Watch & Digest"));
        QCOMPARE(batch.items.size(), 3);

        // English, HTML in CDATA with HTML entities.
        const ImportItem &en = batch.items.at(0);
        QCOMPARE(en.number, 1);
        QCOMPARE(en.line, 9);
        QCOMPARE(en.language, Language::English);
        const QString title = QStringLiteral("NDRC asks for views on platform pricing rules");
        const QString summary
            = QStringLiteral("The draft would stop platforms from forcing merchants to cut "
                             "prices.\nComments are due by August 12 — send them to the NDRC.");
        QCOMPARE(en.development.title.en, title);
        QVERIFY(en.development.title.zh.isEmpty());
        QCOMPARE(en.development.summary.en, summary);
        QCOMPARE(en.development.sourceUrl, QStringLiteral("https://policy-watch.example/2025/ndrc-pricing"));
        QCOMPARE(en.development.announced, QDate(2025, 7, 14));
        QCOMPARE(en.sourceText, title + u'\n' + summary);
        QCOMPARE(en.confidence.value(field(ImportField::Title)), 1.0);
        QCOMPARE(en.confidence.value(field(ImportField::Announced)), 1.0);
        QCOMPARE(en.confidence.value(field(ImportField::Link)), 1.0);
        QVERIFY(en.spans.contains(SourceSpan{field(ImportField::Title), 0, title.size()}));
        QVERIFY2(en.warnings.isEmpty(), qPrintable(en.warnings.join(u' ')));

        // Chinese, escaped HTML, an RFC 2822 date in GMT.
        const ImportItem &zh = batch.items.at(1);
        QCOMPARE(zh.number, 2);
        QCOMPARE(zh.line, 16);
        QCOMPARE(zh.language, Language::Chinese);
        QCOMPARE(zh.development.title.zh, QStringLiteral("工业和信息化部就人工智能伦理管理办法征求意见"));
        QVERIFY(zh.development.title.en.isEmpty());
        QCOMPARE(zh.development.summary.zh,
                 QStringLiteral("办法适用于人工智能科研活动\n高校和企业应当设立伦理委员会。"));
        QCOMPARE(zh.development.announced, QDate(2025, 8, 22));
        QVERIFY(zh.warnings.isEmpty());

        // No date: a warning, no confidence; the description wins over content:encoded.
        const ImportItem &undated = batch.items.at(2);
        QCOMPARE(undated.line, 22);
        QVERIFY(!undated.development.announced.isValid());
        QVERIFY(!undated.confidence.contains(field(ImportField::Announced)));
        QCOMPARE(undated.warnings, QStringList{QStringLiteral("No date found.")});
        QCOMPARE(undated.development.summary.en,
                 QStringLiteral("Entries without a date still come through & are flagged."));
    }

    void atomFeed()
    {
        const ImportBatch batch
            = FeedParser::parse(fixtureText("feed-atom.xml"), QStringLiteral("feed-atom.xml"));
        QCOMPARE(batch.format, ImportFormat::Feed);
        QCOMPARE(batch.sourceName, QStringLiteral("监管动态"));
        QCOMPARE(batch.items.size(), 2);

        const ImportItem &zh = batch.items.at(0);
        QCOMPARE(zh.line, 7);
        QCOMPARE(zh.language, Language::Chinese);
        QCOMPARE(zh.development.title.zh, QStringLiteral("市场监管总局发布网络交易平台收费合规指南"));
        // rel="alternate" wins over the self link that comes first.
        QCOMPARE(zh.development.sourceUrl, QStringLiteral("https://feeds.example.cn/2025/samr-fees"));
        // published wins over updated.
        QCOMPARE(zh.development.announced, QDate(2025, 8, 5));
        QCOMPARE(zh.development.summary.zh,
                 QStringLiteral("指南列出平台收费的合规要点 ，包括公示收费项目。"));

        const ImportItem &en = batch.items.at(1);
        QCOMPARE(en.number, 2);
        QCOMPARE(en.line, 16);
        QCOMPARE(en.language, Language::English);
        QCOMPARE(en.development.title.en, QStringLiteral("TC260 drafts a standard on minors’ mode"));
        QCOMPARE(en.development.sourceUrl, QStringLiteral("https://feeds.example.cn/2025/tc260-minors"));
        QCOMPARE(en.development.announced, QDate(2025, 8, 29));
        QCOMPARE(en.development.summary.en,
                 QStringLiteral("Devices and apps would offer a single switch for "
                                "minors.\nComments close in October."));
    }

    void brokenFeedsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("malformed") << QStringLiteral("feed-malformed.xml")
                                   << QStringList{QStringLiteral("feed-malformed.xml, line 8, column"),
                                                  QStringLiteral("not well-formed")};
        QTest::newRow("entities") << QStringLiteral("feed-entities.xml")
                                  << QStringList{QStringLiteral("feed-entities.xml, line 7"),
                                                 QStringLiteral("DOCTYPE"), QStringLiteral("entities")};
        QTest::newRow("not a feed") << QStringLiteral("feed-not-a-feed.xml")
                                    << QStringList{QStringLiteral("feed-not-a-feed.xml, line 2"),
                                                   QStringLiteral("neither"), QStringLiteral("<html>")};
    }

    void brokenFeedsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const QString text = fixtureText(file.toUtf8().constData());
        const auto error = errorOf([&] { FeedParser::parse(text, file); });
        QVERIFY(error);
        QCOMPARE(error->code(), Error::Code::InvalidInput);
        for (const QString &part : expected) {
            QVERIFY2(error->message().contains(part), qPrintable(error->message()));
        }
    }

    void htmlBecomesPlainText()
    {
        QCOMPARE(
            FeedParser::plainText(QStringLiteral("<p>One &amp; two</p>\n\n<ul><li>three</li><li>four&#x4E2D;"
                                                 "</li></ul><script>alert(1)</script>A&lt;B &unknown;")),
            QStringLiteral("One & two\n• three\n• four中\nA<B &unknown;"));
    }

    void csvQuoting()
    {
        const CsvTable table
            = CsvReader::parse(fixtureText("developments-en.csv"), QStringLiteral("developments-en.csv"));
        QCOMPARE(table.header.size(), 10);
        QCOMPARE(table.header.at(2), QStringLiteral("Issuing authority"));
        QCOMPARE(table.rows.size(), 3); // the empty lines at the end are no rows
        QCOMPARE(table.lines, (QList<int>{2, 4, 5}));
        const QStringList &first = table.rows.at(0);
        QCOMPARE(first.at(1), QStringLiteral("NDRC seeks comments on pricing rules, platforms first"));
        QCOMPARE(first.at(2), QStringLiteral("NDRC, SAMR"));
        QCOMPARE(first.at(8),
                 QStringLiteral("The draft bans \"lowest price on the platform\" clauses.\n"
                                "It also covers automatic renewals."));
        QCOMPARE(first.at(9), QStringLiteral("https://policy-watch.example/2025/ndrc-pricing"));
        QCOMPARE(table.rows.at(1).at(9), QString());
        QCOMPARE(table.rows.at(2).at(8), QString()); // "" is an empty cell
    }

    void csvText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("lastRow");
        QTest::addColumn<int>("rows");
        QTest::newRow("semicolons") << QStringLiteral("a;b;c\n1;\"2;3\";4\n")
                                    << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                    << QStringList{u"1"_s, u"2;3"_s, u"4"_s} << 1;
        QTest::newRow("tabs") << QStringLiteral("a\tb, c\td\n1\t2, 3\t4")
                              << QStringList{u"a"_s, u"b, c"_s, u"d"_s}
                              << QStringList{u"1"_s, u"2, 3"_s, u"4"_s} << 1;
        QTest::newRow("ties go to commas") << QStringLiteral("a,b;c\n1,2;3") << QStringList{u"a"_s, u"b;c"_s}
                                           << QStringList{u"1"_s, u"2;3"_s} << 1;
        QTest::newRow("blank lines skipped")
            << QStringLiteral("\n a , b \n\n1,2\r\n\r\n3,4\r\n\n\n") << QStringList{u"a"_s, u"b"_s}
            << QStringList{u"3"_s, u"4"_s} << 2;
        QTest::newRow("quotes only inside a field stay")
            << QStringLiteral("a,b\nsay \"hi\",\"\"\"x\"\"\"") << QStringList{u"a"_s, u"b"_s}
            << QStringList{u"say \"hi\""_s, u"\"x\""_s} << 1;
        QTest::newRow("header only") << QStringLiteral("a,b\n") << QStringList{u"a"_s, u"b"_s}
                                     << QStringList{} << 0;
    }

    void csvText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, header);
        QFETCH(QStringList, lastRow);
        QFETCH(int, rows);
        const CsvTable table = CsvReader::parse(text, QStringLiteral("inline.csv"));
        QCOMPARE(table.header, header);
        QCOMPARE(table.rows.size(), rows);
        QCOMPARE(table.lines.size(), rows);
        if (rows > 0) {
            QCOMPARE(table.rows.constLast(), lastRow);
        }
    }

    void badCsvIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote") << QStringLiteral("a,b\n1,2\n3,\"four\n5,6\n")
                                            << QStringLiteral("bad.csv, line 3: a quoted field");
        QTest::newRow("too many fields") << QStringLiteral("a,b\n1,2\n\n3,4,5\n")
                                         << QStringLiteral("bad.csv: line 4 has 3 fields; the header has 2.");
        QTest::newRow("empty header cell")
            << QStringLiteral("a,,c\n1,2,3\n")
            << QStringLiteral("bad.csv, line 1: column 2 of the header has no name.");
        QTest::newRow("no header") << QStringLiteral("\r\n\n")
                                   << QStringLiteral("bad.csv has no header line.");
        QTest::newRow("text after a closing quote")
            << QStringLiteral("a,b\n\"1\"x,2\n")
            << QStringLiteral("bad.csv, line 2: a quoted field is followed by");
    }

    void badCsvIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto error = errorOf([&] { CsvReader::parse(text, QStringLiteral("bad.csv")); });
        QVERIFY(error);
        QCOMPARE(error->code(), Error::Code::InvalidInput);
        QVERIFY2(error->message().startsWith(expected), qPrintable(error->message()));
    }

    void raggedRowNamesItsLine()
    {
        // The first row spans lines 2 and 3, so the short row is on line 4.
        const auto error = errorOf([] {
            CsvReader::parse(fixtureText("developments-ragged.csv"),
                             QStringLiteral("developments-ragged.csv"));
        });
        QVERIFY(error);
        QCOMPARE(error->message(),
                 QStringLiteral("developments-ragged.csv: line 4 has 3 fields; the header has 4."));
    }

    void mappingGuess_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<CsvContent>("content");
        QTest::addColumn<QStringList>("expected"); // "field=column"
        QTest::newRow("developments, English")
            << QStringList{u"Item"_s,    u"Title"_s,     u"Issuing authority"_s, u"Kind"_s,
                           u"Stage"_s,   u"Announced"_s, u"Comment deadline"_s,  u"Topics"_s,
                           u"Summary"_s, u"Link"_s}
            << CsvContent::Developments
            << QStringList{u"item=0"_s,       u"title_en=1"_s,  u"authorities=2"_s,      u"kind=3"_s,
                           u"stage=4"_s,      u"announced=5"_s, u"comment_deadline=6"_s, u"topics=7"_s,
                           u"summary_en=8"_s, u"url=9"_s};
        QTest::newRow("developments, Chinese")
            << QStringList{u"序号"_s,     u"标题"_s,     u"英文标题"_s, u"发布机关"_s,
                           u"发布日期"_s, u"实施日期"_s, u"摘要"_s,     u"链接"_s}
            << CsvContent::Developments
            << QStringList{u"item=0"_s,      u"title_zh=1"_s,  u"title_en=2"_s,   u"authorities=3"_s,
                           u"announced=4"_s, u"effective=5"_s, u"summary_zh=6"_s, u"url=7"_s};
        QTest::newRow("assessments, English, odd spelling")
            << QStringList{u" COMPANY "_s, u"Obligation_ID"_s, u"Status"_s, u"Result"_s,
                           u"Owner"_s,     u"Due date"_s,      u"Notes"_s,  u"Unrelated"_s}
            << CsvContent::Assessments
            << QStringList{u"company=0"_s, u"obligation=1"_s, u"status=2"_s, u"result=3"_s,
                           u"owner=4"_s,   u"due=5"_s,        u"notes=6"_s};
        QTest::newRow("assessments, Chinese")
            << QStringList{u"公司"_s, u"义务"_s, u"状态"_s, u"结果"_s, u"负责人"_s, u"截止日期"_s, u"备注"_s}
            << CsvContent::Assessments
            << QStringList{u"company=0"_s, u"obligation=1"_s, u"status=2"_s, u"result=3"_s,
                           u"owner=4"_s,   u"due=5"_s,        u"notes=6"_s};
        // Without company and obligation columns “Status” and “截止日期” are a development's stage and
        // comment deadline.
        QTest::newRow("status means stage for developments")
            << QStringList{u"标题"_s, u"状态"_s, u"截止日期"_s, u"Date"_s} << CsvContent::Developments
            << QStringList{u"title_zh=0"_s, u"stage=1"_s, u"comment_deadline=2"_s, u"announced=3"_s};
    }

    void mappingGuess()
    {
        QFETCH(QStringList, header);
        QFETCH(CsvContent, content);
        QFETCH(QStringList, expected);
        const CsvColumnMapping mapping = CsvColumnMapping::guess(header);
        QCOMPARE(mapping.content, content);
        QStringList found;
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            found.append(it.key() + u'=' + QString::number(it.value()));
        }
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        QVERIFY2(mapping.problems().isEmpty(), qPrintable(mapping.problems().join(u' ')));
    }

    void mappingProblems()
    {
        CsvColumnMapping mapping;
        mapping.columns = {{u"summary_en"_s, 0}, {u"url"_s, 0}};
        const QStringList problems = mapping.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.contains(u"No column is chosen for “Title (English) or Title (Chinese)”."_s));
        QVERIFY(problems.contains(u"No column is chosen for “Announced”."_s));
        QVERIFY(problems.contains(u"Column 1 is chosen for both “Summary (English)” and “Link”."_s));

        mapping.columns = {{u"title_zh"_s, 1}, {u"announced"_s, 0}};
        QVERIFY(mapping.problems().isEmpty());

        CsvColumnMapping assessments;
        assessments.content = CsvContent::Assessments;
        assessments.columns = {{u"company"_s, 0}, {u"obligation"_s, 1}};
        QCOMPARE(assessments.problems().size(), 1); // one of status, result, owner, due, notes
        QCOMPARE(CsvColumnMapping::requiredFields(CsvContent::Assessments).constLast(),
                 u"status|result|owner|due|notes"_s);
        QVERIFY(CsvColumnMapping::fields(CsvContent::Developments).contains(u"comment_deadline"_s));
    }

    void developmentsFromCsv()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const CsvTable table
            = CsvReader::parse(fixtureText("developments-en.csv"), QStringLiteral("developments-en.csv"));
        const CsvColumnMapping mapping = CsvColumnMapping::guess(table.header);
        const ImportBatch batch = CsvImport::developments(
            table, mapping, QStringLiteral("developments-en.csv"), authoritiesOf(*db));
        QCOMPARE(batch.format, ImportFormat::Csv);
        QCOMPARE(batch.items.size(), 3);

        const ImportItem &first = batch.items.at(0);
        QCOMPARE(first.number, 1);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.language, Language::English);
        const Development &d = first.development;
        QCOMPARE(d.title.en, QStringLiteral("NDRC seeks comments on pricing rules, platforms first"));
        QCOMPARE(d.authorities, (QStringList{u"NDRC"_s, u"SAMR"_s}));
        QVERIFY(d.multiDepartment);
        QCOMPARE(d.kind, DevelopmentKind::Regulation);
        QCOMPARE(d.stage, Stage::DraftForComments);
        QCOMPARE(d.announced, QDate(2025, 7, 14));
        QCOMPARE(d.commentDeadline, QDate(2025, 8, 12));
        QCOMPARE(d.topics, (QStringList{u"pricing"_s, u"platforms"_s}));
        QCOMPARE(d.summary.en,
                 QStringLiteral("The draft bans \"lowest price on the platform\" clauses.\n"
                                "It also covers automatic renewals."));
        QCOMPARE(d.sourceUrl, QStringLiteral("https://policy-watch.example/2025/ndrc-pricing"));
        QVERIFY(first.unknownAuthorities.isEmpty());
        QVERIFY(first.warnings.isEmpty());
        QVERIFY(
            first.sourceText.startsWith(u"Item: 1\nTitle: NDRC seeks comments on pricing rules, platforms "
                                        "first\nIssuing authority: NDRC, SAMR\n"_s));
        const auto titleSpan
            = std::find_if(first.spans.cbegin(), first.spans.cend(),
                           [](const SourceSpan &s) { return s.field == field(ImportField::Title); });
        QVERIFY(titleSpan != first.spans.cend());
        QCOMPARE(first.sourceText.mid(titleSpan->start, titleSpan->length), d.title.en);
        QCOMPARE(first.confidence.value(field(ImportField::Announced)), 1.0);

        // A Chinese authority name and one nobody knows; labels in Chinese and keys.
        const ImportItem &second = batch.items.at(1);
        QCOMPARE(second.line, 4);
        QCOMPARE(second.development.authorities, QStringList{u"MIIT"_s});
        QCOMPARE(second.unknownAuthorities, QStringList{u"Ministry of Silly Walks"_s});
        QCOMPARE(second.warnings.size(), 1);
        QVERIFY(second.warnings.constFirst().contains(u"Ministry of Silly Walks"_s));
        QCOMPARE(second.development.kind, DevelopmentKind::Guideline);
        QCOMPARE(second.development.stage, Stage::DraftForComments);
        QCOMPARE(second.development.announced, QDate(2025, 8, 22));
        QVERIFY(!second.development.commentDeadline.isValid());

        // The item column gives the number; a Chinese title under “Title” is the Chinese title.
        const ImportItem &third = batch.items.at(2);
        QCOMPARE(third.number, 7);
        QCOMPARE(third.development.sourceItem, 7);
        QCOMPARE(third.line, 5);
        QCOMPARE(third.language, Language::Chinese);
        QCOMPARE(third.development.title.zh, QStringLiteral("杭州发布互动广告合规指引"));
        QVERIFY(third.development.title.en.isEmpty());
        QCOMPARE(third.development.authorities, QStringList{u"HZ-SAMR"_s});
        QCOMPARE(third.development.kind, DevelopmentKind::Guideline);
        QCOMPARE(third.development.stage, Stage::Issued);
        QCOMPARE(third.development.announced, QDate(2025, 8, 5));
    }

    void bomAndChineseHeaders()
    {
        const DecodedText decoded = TextDecoding::readFile(fixture("developments-bom.csv"));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8 (BOM)"));
        const CsvTable table = CsvReader::parse(decoded.text, QStringLiteral("developments-bom.csv"));
        QCOMPARE(table.header.constFirst(), QStringLiteral("序号"));
        const CsvColumnMapping mapping = CsvColumnMapping::guess(table.header);
        QCOMPARE(mapping.content, CsvContent::Developments);

        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const ImportBatch batch = CsvImport::developments(
            table, mapping, QStringLiteral("developments-bom.csv"), authoritiesOf(*db));
        QCOMPARE(batch.items.size(), 2);
        const ImportItem &first = batch.items.at(0);
        QCOMPARE(first.number, 3);
        QCOMPARE(first.language, Language::Chinese);
        QCOMPARE(first.development.title.zh, QStringLiteral("国家网信办发布个人信息出境认证办法"));
        QCOMPARE(first.development.authorities, QStringList{u"CAC"_s});
        QCOMPARE(first.development.announced, QDate(2025, 10, 17));
        QCOMPARE(first.development.stage, Stage::Issued);
        QCOMPARE(first.development.summary.zh, QStringLiteral("办法自2026年1月1日起施行; 适用于认证机构"));
        const ImportItem &second = batch.items.at(1);
        QCOMPARE(second.number, 4);
        QCOMPARE(second.development.authorities, QStringList{u"TC260"_s});
        QCOMPARE(second.development.announced, QDate(2025, 8, 29));
        QCOMPARE(second.development.stage, Stage::DraftForComments);
    }

    void unreadableCellNamesLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("date") << QStringLiteral("Title,Announced\nFine,2025-01-02\nNot fine,next Tuesday\n")
                              << QStringLiteral(
                                     "cells.csv, line 3, column “Announced”: “next Tuesday” is not a date");
        QTest::newRow("no such day") << QStringLiteral("Title,Announced\nFeb,2025-02-30\n")
                                     << QStringLiteral("cells.csv, line 2, column “Announced”:");
        QTest::newRow("kind") << QStringLiteral("Title,Date,Type\nX,2025-01-02,poem\n")
                              << QStringLiteral("cells.csv, line 2, column “Type”: “poem” is not a kind");
        QTest::newRow("item") << QStringLiteral("No.,Title,Date\n\"\n1\",X,2025-01-02\nx,Y,2025-01-03\n")
                              << QStringLiteral(
                                     "cells.csv, line 4, column “No.”: “x” is not an item number.");
    }

    void unreadableCellNamesLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const CsvTable table = CsvReader::parse(text, QStringLiteral("cells.csv"));
        const auto error = errorOf([&] {
            CsvImport::developments(table, CsvColumnMapping::guess(table.header), QStringLiteral("cells.csv"),
                                    {});
        });
        QVERIFY(error);
        QCOMPARE(error->code(), Error::Code::InvalidInput);
        QVERIFY2(error->message().startsWith(expected), qPrintable(error->message()));
    }

    void gb18030AssessmentsApplied()
    {
        const DecodedText decoded = TextDecoding::readFile(fixture("assessments-gb18030.csv"));
        QCOMPARE(decoded.encoding, QStringLiteral("GB18030"));
        const CsvTable table = CsvReader::parse(decoded.text, QStringLiteral("assessments-gb18030.csv"));
        QCOMPARE(table.header.constFirst(), QStringLiteral("公司"));
        const CsvColumnMapping mapping = CsvColumnMapping::guess(table.header);
        QCOMPARE(mapping.content, CsvContent::Assessments);

        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        db->setActor(QStringLiteral("csv-import-test"));
        AssessmentImport import(*db);
        const QList<AssessmentImportRow> rows
            = import.rows(table, mapping, QStringLiteral("assessments-gb18030.csv"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).company, QStringLiteral("黄浦智行汽车有限公司"));
        QCOMPARE(rows.at(0).line, 2);
        QVERIFY(!rows.at(1).edit.owner); // an empty cell leaves the owner alone

        QSignalSpy changes(db.get(), &Database::changed);
        QList<std::pair<int, int>> steps;
        const AssessmentImportResult result = import.apply(rows, false, [&](int done, int total) {
            steps.append({done, total});
            return true;
        });
        QVERIFY(!result.cancelled);
        QCOMPARE(result.updated, 3);
        QCOMPARE(result.unchanged, 1); // the third row says what the demo data already has
        QCOMPARE(steps.constLast(), (std::pair<int, int>{4, 4}));
        QCOMPARE(changes.size(), 1); // one transaction, one notification

        const auto camera = assessmentOf(*db, u"huangpu-motors"_s, u"cn-tmt-2025-03/o1"_s);
        QVERIFY(camera);
        QCOMPARE(camera->status, AssessmentStatus::InProgress);
        QCOMPARE(camera->result, AssessmentResult::PartiallyCompliant);
        QCOMPARE(camera->owner, QStringLiteral("王建国"));
        QCOMPARE(camera->due, QDate(2025, 11, 30));
        QCOMPARE(camera->notes, QStringLiteral("已完成车内摄像头数据脱敏方案初稿"));
        QCOMPARE(camera->changedBy, QStringLiteral("csv-import-test"));

        const auto fixed = assessmentOf(*db, u"huangpu-motors"_s, u"cn-tmt-2025-14/o1"_s);
        QVERIFY(fixed);
        QCOMPARE(fixed->status, AssessmentStatus::Done);
        QCOMPARE(fixed->result, AssessmentResult::Compliant);
        QCOMPARE(fixed->owner, QStringLiteral("王建国")); // as it was
        QCOMPARE(fixed->due, QDate(2025, 12, 15));
        QCOMPARE(fixed->notes, QStringLiteral("整改完成，见附件《整改报告》，抽查\"三项\"指标"));

        const auto same = assessmentOf(*db, u"huangpu-motors"_s, u"cn-tmt-2025-14/o3"_s);
        QVERIFY(same);
        QCOMPARE(same->changedBy, QStringLiteral("Sophie Zhang")); // not written

        // A row the company had no assessment for yet.
        const auto added = assessmentOf(*db, u"yanqi-mind"_s, u"cn-tmt-2025-02/o3"_s);
        QVERIFY(added);
        QCOMPARE(added->status, AssessmentStatus::InReview);
        QCOMPARE(added->result, AssessmentResult::NotApplicable);
        QCOMPARE(added->owner, QStringLiteral("刘洋"));
        QCOMPARE(added->notes, QStringLiteral("不涉及科研活动"));

        // Audited like any other edit.
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'assessment' AND "
                                           "actor = ? AND field = 'status'"),
                            {rt::test::auditActor(QStringLiteral("csv-import-test"))})
                     .toInt(),
                 3);
    }

    void unknownCompanyLeavesDatabaseUnchanged()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const CsvTable table = CsvReader::parse(fixtureText("assessments-unknown-company.csv"),
                                                QStringLiteral("assessments-unknown-company.csv"));
        AssessmentImport import(*db);
        const QList<AssessmentImportRow> rows = import.rows(
            table, CsvColumnMapping::guess(table.header), QStringLiteral("assessments-unknown-company.csv"));
        QCOMPARE(rows.size(), 3);
        const QByteArray before = snapshot(*db);
        QSignalSpy changes(db.get(), &Database::changed);
        const auto error = errorOf([&] { import.apply(rows); });
        QVERIFY(error);
        QCOMPARE(error->code(), Error::Code::InvalidInput);
        QVERIFY2(error->message().contains(u"assessments-unknown-company.csv, line 4"_s),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(u"Pearl River Ferries Ltd."_s), qPrintable(error->message()));
        QCOMPARE(snapshot(*db), before);
        QCOMPARE(changes.size(), 0);

        // An unknown obligation is refused the same way.
        QList<AssessmentImportRow> unknownObligation = rows.first(1);
        unknownObligation[0].obligationUid = QStringLiteral("cn-tmt-2025-01/o99");
        const auto obligationError = errorOf([&] { import.apply(unknownObligation); });
        QVERIFY(obligationError);
        QVERIFY(obligationError->message().contains(u"cn-tmt-2025-01/o99"_s));
        QCOMPARE(snapshot(*db), before);
    }

    void dryRunAndCancelWriteNothing()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const CsvTable table = CsvReader::parse(fixtureText("assessments-gb18030.csv"), u"a.csv"_s);
        AssessmentImport import(*db);
        const auto rows = import.rows(table, CsvColumnMapping::guess(table.header), u"a.csv"_s);
        const QByteArray before = snapshot(*db);

        const AssessmentImportResult dry = import.apply(rows, true);
        QCOMPARE(dry.updated, 3);
        QVERIFY(!dry.cancelled);
        QCOMPARE(snapshot(*db), before);

        const AssessmentImportResult cancelled
            = import.apply(rows, false, [](int done, int) { return done < 2; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(snapshot(*db), before);
    }

    void assessmentCellsAreChecked()
    {
        const CsvTable table = CsvReader::parse(
            u"Company,Obligation,Status,Result\nyanqi-mind,cn-tmt-2025-02/o1,Done,fine\n"_s, u"cells.csv"_s);
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("empty.sqlite"), false);
        const auto error = errorOf([&] {
            AssessmentImport(*db).rows(table, CsvColumnMapping::guess(table.header), u"cells.csv"_s);
        });
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(u"cells.csv, line 2, column “Result”: “fine” is not a result"_s),
                 qPrintable(error->message()));
    }

    void tenThousandRows()
    {
        QString text
            = QStringLiteral("uid,title_en,title_zh,authorities,kind,stage,announced,summary_en\r\n");
        for (int i = 1; i <= 10000; ++i) {
            text += QStringLiteral(
                        "bulk-%1,\"Notice %1, on data\",通知%1,\"CAC、MIIT\",regulation,issued,2025-%2-%3,"
                        "\"Line one\nline \"\"two\"\"\"\r\n")
                        .arg(i)
                        .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                        .arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
        }
        const CsvTable table = CsvReader::parse(text, u"bulk.csv"_s);
        QCOMPARE(table.rows.size(), 10000);
        QCOMPARE(table.lines.constLast(), 2 + 2 * 9999); // every row takes two lines
        QHash<QString, Authority> authorities;
        authorities.insert(u"CAC"_s,
                           Authority{0, u"CAC"_s, {}, {}, AuthorityKind::Regulator, {}, u"CN"_s, {}});
        authorities.insert(u"MIIT"_s,
                           Authority{0, u"MIIT"_s, {}, {}, AuthorityKind::Regulator, {}, u"CN"_s, {}});
        const ImportBatch batch = CsvImport::developments(table, CsvColumnMapping::guess(table.header),
                                                          u"bulk.csv"_s, authorities);
        QCOMPARE(batch.items.size(), 10000);
        const Development &last = batch.items.constLast().development;
        QCOMPARE(last.uid, QStringLiteral("bulk-10000"));
        QCOMPARE(last.title.en, QStringLiteral("Notice 10000, on data"));
        QCOMPARE(last.title.zh, QStringLiteral("通知10000"));
        QCOMPARE(last.authorities, (QStringList{u"CAC"_s, u"MIIT"_s}));
        QCOMPARE(last.announced, QDate(2025, 10000 % 12 + 1, 10000 % 28 + 1));
        QCOMPARE(last.summary.en, QStringLiteral("Line one\nline \"two\""));
    }
};

QTEST_GUILESS_MAIN(TestFeedCsv)
#include "tst_feedcsv.moc"
