// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search: the index's prepared text, the query language, the bilingual glossary, bm25 ranking,
// highlighting ranges, and an index that stays in step with every write. Expected sets come from the demo
// file read as plain JSON (DemoJson.h), never from the search itself.

#include "DemoJson.h"
#include "TestSupport.h"

#include "AuthorityRepository.h"
#include "BackgroundBrowse.h"
#include "BrowseSession.h"
#include "ChineseScript.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DevelopmentTableModel.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "FacetModel.h"
#include "FullTextIndex.h"
#include "Glossary.h"
#include "ScopedTransaction.h"
#include "SearchQuery.h"
#include "TextSearch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rt::core;
using rt::test::demoArray;

namespace {

// Every text of a demo development, as the demo file has it.
QStringList demoTexts(const QJsonObject &d, const QString &language)
{
    QStringList texts{d[QStringLiteral("title")][language].toString(),
                      d[QStringLiteral("document_title")][language].toString(),
                      d[QStringLiteral("summary")][language].toString()};
    for (const QJsonValue &o : d[QStringLiteral("obligations")].toArray()) {
        texts.append(o[QStringLiteral("text")][language].toString());
    }
    for (const QJsonValue &p : d[QStringLiteral("penalties")].toArray()) {
        texts.append(p[QStringLiteral("description")][language].toString());
    }
    return texts;
}

// The uids of demo developments with a text that satisfies the predicate.
QSet<QString> demoWhere(const std::function<bool(const QString &)> &matches)
{
    QSet<QString> uids;
    for (const QJsonValue &value : demoArray("developments")) {
        const QJsonObject d = value.toObject();
        const QStringList texts = demoTexts(d, QStringLiteral("en")) + demoTexts(d, QStringLiteral("zh"));
        if (std::any_of(texts.cbegin(), texts.cend(), matches)) {
            uids.insert(d[QStringLiteral("id")].toString());
        }
    }
    return uids;
}

QSet<QString> containing(const QString &needle)
{
    return demoWhere([&](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); });
}

// Developments with a word that starts with the pattern.
QSet<QString> wordsMatching(const QString &pattern)
{
    const QRegularExpression word(QStringLiteral("\\b") + pattern, QRegularExpression::CaseInsensitiveOption);
    return demoWhere([&](const QString &text) { return text.contains(word); });
}

QStringList ranked(Database &db, const TextSearch &search, const QString &text)
{
    return rt::test::searchUids(db, search, text);
}

QSet<QString> found(Database &db, const TextSearch &search, const QString &text)
{
    const QStringList uids = ranked(db, search, text);
    return {uids.cbegin(), uids.cend()};
}

Development onlyChinese()
{
    Development d;
    d.uid = QStringLiteral("zh-only");
    d.title.zh = QStringLiteral("关于规范未成年人模式的通知");
    d.summary.zh = QStringLiteral("移动应用应当在显著位置提供未成年人模式，并由监护人开启。");
    d.authorities = {QStringLiteral("CAC")};
    d.kind = DevelopmentKind::Regulation;
    d.stage = Stage::Issued;
    d.announced = QDate(2026, 3, 1);
    return d;
}

// A development written in Traditional characters with Taiwan wording, as a team in Taipei might import it.
Development inTraditional()
{
    Development d = onlyChinese();
    d.uid = QStringLiteral("zh-hant");
    d.title.zh = QStringLiteral("數位發展部公告推薦演算法透明度指引");
    d.summary.zh = QStringLiteral("平臺業者應以顯著方式揭露推薦演算法之基本原理，並依法蒐集與利用個人資訊。");
    d.kind = DevelopmentKind::Guideline;
    d.announced = QDate(2026, 3, 3);
    return d;
}

// What a search marks in a text, as shown.
QStringList marked(const SearchQuery &query, const QString &text)
{
    QStringList shown;
    for (const TextRange &range : query.matches(text)) {
        shown.append(text.mid(range.start, range.length));
    }
    return shown;
}

Development onlyEnglish()
{
    Development d;
    d.uid = QStringLiteral("en-only");
    d.title.en = QStringLiteral("Duties of a personal information handler under a new audit rule");
    d.summary.en
        = QStringLiteral("Every personal information handler must audit its compliance once a year.");
    d.authorities = {QStringLiteral("CAC")};
    d.kind = DevelopmentKind::Regulation;
    d.stage = Stage::Issued;
    d.announced = QDate(2026, 3, 2);
    return d;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void indexFormSplitsChineseIntoPairs()
    {
        QCOMPARE(SearchQuery::indexForm(QStringLiteral("算法备案")).simplified(),
                 QStringLiteral("算法 法备 备案 案"));
        QCOMPARE(SearchQuery::indexForm(QStringLiteral("罚款20万元 fine")).simplified(),
                 QStringLiteral("罚款 款 20 万元 元 fine"));
        QCOMPARE(SearchQuery::indexForm(QStringLiteral("Label the content")),
                 QStringLiteral("Label the content"));
        // A Han character outside the first plane (U+20BB7, two UTF-16 units) pairs like any other, and
        // one alone stays whole; Latin letters with accents are not Han.
        const QString outside = QString::fromUcs4(U"\U00020BB7");
        QCOMPARE(SearchQuery::indexForm(u"吉" + outside + u"野").simplified(),
                 QString(u"吉" + outside + u" " + outside + u"野 野"));
        QCOMPARE(SearchQuery::indexForm(u"a" + outside + u"b"), QString(u"a " + outside + u" b"));
        QCOMPARE(SearchQuery::indexForm(QStringLiteral("Café 〇")).simplified(), QStringLiteral("Café 〇"));
    }

    void queryExpressions()
    {
        QCOMPARE(SearchQuery::parse(QStringLiteral("算法 filing")).ftsExpression(),
                 QStringLiteral("\"算法\" AND \"filing\""));
        QCOMPARE(SearchQuery::parse(QStringLiteral("算法filing")).ftsExpression(),
                 QStringLiteral("\"算法\" AND \"filing\""));
        QCOMPARE(SearchQuery::parse(QStringLiteral("法")).ftsExpression(), QStringLiteral("\"法\"*"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("个人信息")).ftsExpression(),
                 QStringLiteral("\"个人 人信 信息\""));
        QCOMPARE(SearchQuery::parse(QStringLiteral("\"minors' mode\"")).ftsExpression(),
                 QStringLiteral("\"minors' mode\""));
        // Operators and quotes typed by the user are words, not syntax.
        QCOMPARE(SearchQuery::parse(QStringLiteral("data OR \"")).ftsExpression(),
                 QStringLiteral("\"data\" AND \"OR\""));
        QVERIFY(SearchQuery::parse(QStringLiteral(" - ; ")).isEmpty());
    }

    void foldingTurnsTraditionalAndRegionalWordingIntoSimplified()
    {
        QVERIFY(ChineseScript::available());
        // Phrase by phrase, not only character by character.
        QCOMPARE(ChineseScript::fold(QStringLiteral("演算法")), QStringLiteral("算法"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("資訊")), QStringLiteral("信息"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("軟體")), QStringLiteral("软件"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("個人資訊")), QStringLiteral("个人信息"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("人工智慧")), QStringLiteral("人工智能"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("網際網路平臺")), QStringLiteral("互联网平台"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("深度偽造 AI")), QStringLiteral("深度伪造 AI"));
        // Taiwan words that are ordinary mainland words keep their wording.
        QCOMPARE(ChineseScript::fold(QStringLiteral("執行程序")), QStringLiteral("执行程序"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("互動式廣告")), QStringLiteral("互动式广告"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("一鍵開啟")), QStringLiteral("一键开启"));
        QCOMPARE(ChineseScript::fold(QStringLiteral("規範性文件")), QStringLiteral("规范性文件"));
        // Mainland Simplified text is already in the search form: every Chinese text of the demo stays as it
        // is.
        QStringList changed;
        for (const QJsonValue &value : demoArray("developments")) {
            for (const QString &text : demoTexts(value.toObject(), QStringLiteral("zh"))) {
                const QString folded = ChineseScript::fold(text);
                qsizetype at = 0;
                while (at < qMin(text.size(), folded.size()) && text.at(at) == folded.at(at)) {
                    ++at;
                }
                if (folded != text) {
                    changed.append(text.mid(at, 6) + QStringLiteral(" → ") + folded.mid(at, 6));
                }
            }
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral("; "))));
        // Display conversion keeps the wording: characters only.
        QCOMPARE(ChineseScript::convert(QStringLiteral("算法备案和个人信息"), ChineseScript::Form::Taiwan),
                 QStringLiteral("算法備案和個人信息"));
        QCOMPARE(ChineseScript::convert(QStringLiteral("规范性文件"), ChineseScript::Form::HongKong),
                 QStringLiteral("規範性文件"));
    }

    void traditionalQueriesFindSimplifiedText()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        const FullTextSearch plain(*db); // no glossary: the fold alone
        QCOMPARE(found(*db, plain, QStringLiteral("演算法")), containing(QStringLiteral("算法")));
        QCOMPARE(found(*db, plain, QStringLiteral("個人資訊")), containing(QStringLiteral("个人信息")));
        QCOMPARE(found(*db, plain, QStringLiteral("人工智慧")), containing(QStringLiteral("人工智能")));
        QCOMPARE(found(*db, plain, QStringLiteral("深度偽造")), containing(QStringLiteral("深度伪造")));
        QCOMPARE(found(*db, plain, QStringLiteral("網絡交易平臺 收費")),
                 containing(QStringLiteral("网络交易平台")) & containing(QStringLiteral("收费")));
        // Regional words OpenCC does not fold are the glossary's: 個人資料 (Taiwan, Hong Kong), 私隱 (Hong
        // Kong).
        const auto search = FullTextSearch::withGlossary(*db);
        QVERIFY(
            found(*db, *search, QStringLiteral("個人資料")).contains(containing(QStringLiteral("个人信息"))));
        QVERIFY(found(*db, *search, QStringLiteral("私隱政策")).contains(QStringLiteral("cn-tmt-2025-14")));
        QVERIFY(found(*db, *search, QStringLiteral("網路霸凌")).contains(QStringLiteral("cn-tmt-2025-18")));
    }

    void simplifiedQueriesFindTraditionalText()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        DevelopmentService(*db).create(inTraditional());
        const FullTextSearch plain(*db);
        for (const QString &term :
             {QStringLiteral("算法"), QStringLiteral("个人信息"), QStringLiteral("平台"),
              QStringLiteral("透明度"), QStringLiteral("演算法")}) {
            QVERIFY2(found(*db, plain, term).contains(QStringLiteral("zh-hant")), qPrintable(term));
        }
        QVERIFY(!found(*db, plain, QStringLiteral("罚款")).contains(QStringLiteral("zh-hant")));
        // English finds it through the glossary.
        QVERIFY(found(*db, *FullTextSearch::withGlossary(*db), QStringLiteral("algorithm"))
                    .contains(QStringLiteral("zh-hant")));
    }

    void matchesAreMarkedInEitherScript()
    {
        // A Simplified query marks the Traditional words it matched, whole phrases included.
        QCOMPARE(marked(SearchQuery::parse(QStringLiteral("算法 个人信息")),
                        QStringLiteral("推薦演算法之原理與個人資訊")),
                 QStringList({QStringLiteral("演算法"), QStringLiteral("個人資訊")}));
        // A Traditional query marks the Simplified text.
        QCOMPARE(marked(SearchQuery::parse(QStringLiteral("演算法 個人資訊")),
                        QStringLiteral("做好算法备案，依法处理个人信息。")),
                 QStringList({QStringLiteral("算法"), QStringLiteral("个人信息")}));
        // Text converted for display is marked too.
        const QString shown
            = ChineseScript::convert(QStringLiteral("规范未成年人模式"), ChineseScript::Form::Taiwan);
        QCOMPARE(marked(SearchQuery::parse(QStringLiteral("未成年人模式")), shown),
                 QStringList({QStringLiteral("未成年人模式")}));
    }

    void relatedTermsWidenTheQueryBelowExactMatches()
    {
        const Glossary &glossary = Glossary::builtIn();
        QVERIFY(glossary.related(QStringLiteral("deep synthesis")).contains(QStringLiteral("deepfake")));
        QVERIFY(glossary.related(QStringLiteral("深度合成")).contains(QStringLiteral("深度伪造")));
        QVERIFY(!glossary.related(QStringLiteral("deep synthesis")).contains(QStringLiteral("深度合成")));
        const SearchQuery query = SearchQuery::parse(QStringLiteral("deep synthesis"), &glossary);
        QVERIFY(query.relatedTerms().contains(QStringLiteral("deepfake")));
        QVERIFY(query.relatedTerms().contains(QStringLiteral("深度伪造")));
        QVERIFY(!query.alternatives().contains(QStringLiteral("deepfake")));
        QCOMPARE(query.ftsExpression().count(u'\n'), 1);
        QCOMPARE(query.withoutRelatedTerms(), QStringLiteral("\"deep synthesis\""));
        const SearchQuery exact = SearchQuery::parse(query.withoutRelatedTerms(), &glossary);
        QVERIFY(exact.relatedTerms().isEmpty());
        QVERIFY(exact.alternatives().contains(QStringLiteral("深度合成"))); // same meaning stays

        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        const auto search = FullTextSearch::withGlossary(*db);
        // Exact and same-meaning matches: the deep synthesis rules named in 02; the AI-faked voice of 21 only
        // through the related 深度伪造, ranked after them.
        const QSet<QString> exactHits
            = containing(QStringLiteral("deep synthesis")) | containing(QStringLiteral("深度合成"));
        QCOMPARE(exactHits, QSet<QString>({QStringLiteral("cn-tmt-2025-02")}));
        const QStringList widened = ranked(*db, *search, QStringLiteral("deep synthesis"));
        QCOMPARE(widened.constFirst(), QStringLiteral("cn-tmt-2025-02"));
        QVERIFY(widened.contains(QStringLiteral("cn-tmt-2025-21")));
        QCOMPARE(found(*db, *search, query.withoutRelatedTerms()), exactHits);
        // Exact matches rank first however strongly a related term matches: "transparency" is in 01, 02, 05,
        // 28; 16 only discloses (公示) how its algorithms work.
        const QSet<QString> transparent
            = containing(QStringLiteral("transparen")) | containing(QStringLiteral("透明"));
        const QStringList order = ranked(*db, *search, QStringLiteral("transparency"));
        QVERIFY(order.contains(QStringLiteral("cn-tmt-2025-16")));
        QCOMPARE(QSet<QString>(order.cbegin(), order.cbegin() + transparent.size()), transparent);
    }

    void glossaryShippedAndWellFormed()
    {
        const Glossary &glossary = Glossary::builtIn();
        QVERIFY2(glossary.entries().size() >= 150, qPrintable(QString::number(glossary.entries().size())));
        const Glossary::Entry *entry = glossary.find(QStringLiteral("minors mode"));
        QVERIFY(entry);
        QVERIFY(entry->chinese.contains(QStringLiteral("未成年人模式")));
        entry = glossary.find(QStringLiteral("个人信息处理者"));
        QVERIFY(entry);
        QCOMPARE(entry->english.constFirst(), QStringLiteral("personal information handler"));
        QVERIFY(glossary.find(QStringLiteral("征求意见稿")));
        QVERIFY(glossary.find(QStringLiteral("generative AI")));
        QVERIFY(!glossary.find(QStringLiteral("no such term anywhere")));

        try {
            Glossary::parse(QStringLiteral("# ok\nalgorithm\t算法\nmissing a tab\n"),
                            QStringLiteral("g.tsv"));
            QFAIL("a line without a tab was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("g.tsv, line 3")), qPrintable(error.message()));
        }
    }

    void chineseTermsOfAnyLengthAreFound()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        const FullTextSearch plain(*db); // no glossary: exactly what was typed
        for (const QString &term :
             {QStringLiteral("算法"), QStringLiteral("罚款"), QStringLiteral("备案"), QStringLiteral("法"),
              QStringLiteral("个人信息"), QStringLiteral("未成年人")}) {
            const QSet<QString> expected = containing(term);
            QVERIFY2(!expected.isEmpty(), qPrintable(term));
            QCOMPARE(found(*db, plain, term), expected);
        }
    }

    void englishWordFormsAreFound()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        const FullTextSearch plain(*db);
        const QSet<QString> label = found(*db, plain, QStringLiteral("label"));
        QVERIFY(!label.isEmpty());
        QCOMPARE(found(*db, plain, QStringLiteral("labelling")), label);
        QCOMPARE(found(*db, plain, QStringLiteral("labels")), label);
        // Every development with a word starting "label" is found (and no other).
        QCOMPARE(label, wordsMatching(QStringLiteral("label")));
        // Mixed queries need both; phrases need the words together.
        QCOMPARE(found(*db, plain, QStringLiteral("算法 filing")),
                 containing(QStringLiteral("算法"))
                     & wordsMatching(QStringLiteral("fil(e|es|ed|ing|ings)\\b")));
        QCOMPARE(found(*db, plain, QStringLiteral("\"algorithm filing\"")),
                 containing(QStringLiteral("algorithm filing")));
    }

    void glossaryFindsTheOtherLanguage()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        DevelopmentService service(*db);
        service.create(onlyChinese());
        service.create(onlyEnglish());
        const FullTextSearch search(*db, &Glossary::builtIn());
        QVERIFY(found(*db, search, QStringLiteral("minors mode")).contains(QStringLiteral("zh-only")));
        QVERIFY(found(*db, search, QStringLiteral("minors' mode")).contains(QStringLiteral("zh-only")));
        QVERIFY(found(*db, search, QStringLiteral("个人信息处理者")).contains(QStringLiteral("en-only")));
        // Without the glossary neither is found across languages.
        const FullTextSearch plain(*db);
        QVERIFY(!found(*db, plain, QStringLiteral("minors mode")).contains(QStringLiteral("zh-only")));
        QVERIFY(!found(*db, plain, QStringLiteral("个人信息处理者")).contains(QStringLiteral("en-only")));
        // An English query with the glossary finds at least what it finds without, plus the Chinese texts.
        const QSet<QString> algorithm = found(*db, search, QStringLiteral("algorithm"));
        QVERIFY(algorithm.contains(found(*db, plain, QStringLiteral("algorithm"))));
        QVERIFY(algorithm.contains(containing(QStringLiteral("算法"))));
    }

    void titlesRankAboveBodies()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("rank.sqlite"), true);
        DevelopmentService service(*db);
        Development inBody = onlyEnglish();
        inBody.uid = QStringLiteral("in-body");
        inBody.title.en = QStringLiteral("A rule on many things");
        inBody.summary.en = QStringLiteral("It also mentions a zebracorn once, among many other words.");
        service.create(inBody);
        Development inTitle = onlyEnglish();
        inTitle.uid = QStringLiteral("in-title");
        inTitle.title.en = QStringLiteral("Zebracorn rules");
        inTitle.summary.en = QStringLiteral("Nothing else.");
        service.create(inTitle);
        QCOMPARE(ranked(*db, FullTextSearch(*db), QStringLiteral("zebracorn")),
                 QStringList({QStringLiteral("in-title"), QStringLiteral("in-body")}));
        // Sorting by a column still works on search results, and clearing the text ends relevance order.
        const FullTextSearch search(*db, &Glossary::builtIn());
        DevelopmentTableModel model(*db, search);
        DevelopmentFilter filter;
        filter.text = QStringLiteral("zebracorn");
        model.setFilter(filter);
        QCOMPARE(model.sortColumn(), DevelopmentTableModel::RelevanceSort);
        model.sort(DevelopmentTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(DevelopmentTableModel::UidRole).toString(),
                 QStringLiteral("in-body"));
        model.setFilter({});
        QCOMPARE(model.sortColumn(), int(DevelopmentTableModel::DateColumn));
    }

    void relevancePagesCoverEveryMatchOnce()
    {
        QTemporaryDir dir;
        auto db = rt::test::newGeneratedDatabase(dir, QStringLiteral("pages.sqlite"), 1500);
        const FullTextSearch search(*db);
        const QStringList everyStage{QStringLiteral("draft_for_comments"), QStringLiteral("issued"),
                                     QStringLiteral("effective"), QStringLiteral("concluded")};
        for (const QStringList &stages : {QStringList(), everyStage}) {
            DevelopmentTableModel model(*db, search);
            DevelopmentFilter filter;
            filter.text = QStringLiteral("数据");
            filter.stages = stages; // text alone, and text with another condition, page differently
            model.setFilter(filter);
            const int total = model.totalCount();
            QVERIFY2(total > DevelopmentTableModel::pageSize, qPrintable(QString::number(total)));
            while (model.canFetchMore({})) {
                model.fetchMore({});
            }
            QCOMPARE(model.rowCount(), total);
            QSet<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row) {
                ids.insert(model.idAt(row));
            }
            QCOMPARE(ids.size(), total);
            const QString where = QStringLiteral("WHERE (title_zh || summary_zh) LIKE '%数据%'");
            // Every development with the term somewhere: titles and summaries here, obligations besides.
            QVERIFY(total
                    >= db->scalar(QStringLiteral("SELECT count(*) FROM developments ") + where).toInt());
        }
    }

    void facetsCountSearchResults()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        const auto search = FullTextSearch::withGlossary(*db);
        DevelopmentFilter filter;
        filter.text = QStringLiteral("平台");
        DevelopmentTableModel table(*db, *search);
        table.setFilter(filter);
        QHash<QString, int> kinds;
        QHash<QString, int> years;
        for (int row = 0; row < table.rowCount(); ++row) {
            ++kinds[table.index(row, 0).data(DevelopmentTableModel::KindRole).toString()];
            ++years[QString::number(
                table.index(row, 0).data(DevelopmentTableModel::AnnouncedRole).toDate().year())];
        }
        QVERIFY(table.rowCount() > 3);
        for (const auto &[facet, expected] : {std::pair{Facet::Kind, kinds}, std::pair{Facet::Year, years}}) {
            FacetModel model(*db, *search, facet);
            model.setFilter(filter);
            QHash<QString, int> counted;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (index.data(FacetModel::CountRole).toInt() > 0) {
                    counted.insert(index.data(FacetModel::KeyRole).toString(),
                                   index.data(FacetModel::CountRole).toInt());
                }
            }
            QCOMPARE(counted, expected);
        }
    }

    void indexFollowsEveryWrite()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        const FullTextSearch search(*db);
        const auto finds = [&](const QString &text) {
            return found(*db, search, text).contains(QStringLiteral("zh-only"));
        };
        DevelopmentService service(*db);
        const qint64 id = service.create(onlyChinese());
        QVERIFY(finds(QStringLiteral("监护人")));

        AuthorityRepository reference(*db);
        Development changed = *DevelopmentRepository(*db, reference).load(id);
        changed.summary.zh = QStringLiteral("家长可以开启。");
        service.update(changed);
        QVERIFY(!finds(QStringLiteral("监护人")));
        QVERIFY(finds(QStringLiteral("家长")));

        // A write that is rolled back leaves the index as it was.
        {
            ScopedTransaction transaction(*db);
            changed = *DevelopmentRepository(*db, reference).load(id);
            changed.summary.zh = QStringLiteral("甲乙丙丁");
            DevelopmentRepository(*db, reference).update(changed);
            QVERIFY(finds(QStringLiteral("甲乙")));
        }
        QVERIFY(!finds(QStringLiteral("甲乙")));
        QVERIFY(finds(QStringLiteral("家长")));

        service.remove(id);
        QVERIFY(!finds(QStringLiteral("家长")));
        QVERIFY(!finds(QStringLiteral("未成年人模式")));
    }

    void indexRebuiltWhenItsFormatChanged()
    {
        QTemporaryDir dir;
        QString path;
        QSet<QString> before;
        {
            auto db = rt::test::newDatabase(dir, QStringLiteral("rebuild.sqlite"), true);
            path = db->path();
            const FullTextSearch search(*db);
            before = found(*db, search, QStringLiteral("算法"));
            QVERIFY(!before.isEmpty());
            // As if an older application had prepared the text differently, and lost some of it. SQL that
            // bypasses FullTextIndex must say that the index changed.
            db->exec(db->dialect().searchClear());
            db->exec(QStringLiteral("UPDATE search_index SET format = 0"));
            QCOMPARE(found(*db, search, QStringLiteral("算法")), before); // cached: the same text, no write
            db->searchIndexChanged();
            QVERIFY(found(*db, search, QStringLiteral("算法")).isEmpty());
        }
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QCOMPARE(found(*db, FullTextSearch(*db), QStringLiteral("算法")), before);
        QCOMPARE(FullTextIndex(*db).ensureCurrent(), 0); // current now: nothing to do
    }

    void cachedResultsFollowOtherConnections()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        auto other = Database::open(db->path(), Database::OpenMode::ExistingOnly);
        const FullTextSearch search(*db);
        QVERIFY(!found(*db, search, QStringLiteral("监护人")).contains(QStringLiteral("zh-only")));
        DevelopmentService(*other).create(onlyChinese());
        QVERIFY(found(*db, search, QStringLiteral("监护人")).contains(QStringLiteral("zh-only")));
    }

    void databaseFromBeforeTheIndexIsIndexedWhenUpgraded()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base"));
        QVERIFY(QDir().mkpath(base));
        for (const QString &name :
             {QStringLiteral("0001_developments.sql"), QStringLiteral("0002_companies.sql")}) {
            QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, base + u'/' + name));
        }
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing, base);
            QVERIFY(!db->hasSearchIndex());
            // The demo as a database of that time could hold it: linking versions came later.
            QFile demo(DatabaseLocation::demoDataFile());
            QVERIFY(demo.open(QIODevice::ReadOnly));
            ExchangeDocument document = ExchangeFormat::parse(demo.readAll(), QStringLiteral("demo.json"));
            for (Development &d : document.developments) {
                d.replacesUid.clear();
            }
            ExchangeImporter(*db).importDocument(document);
        }
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db->hasSearchIndex());
        QCOMPARE(found(*db, FullTextSearch(*db), QStringLiteral("罚款")), containing(QStringLiteral("罚款")));
    }

    // The worker's answers against the models reading on the same connection, on generated data: the same
    // developments in the same order, the same totals and the same facet counts, whatever the filter and
    // order.
    void workerAnswersAsTheModelsDo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const QStringList none;
        const QStringList drafts{QStringLiteral("draft_for_comments")};
        const int relevance = DevelopmentTableModel::RelevanceSort;
        QTest::newRow("everything, newest first")
            << QString() << none << int(DevelopmentTableModel::DateColumn) << int(Qt::DescendingOrder);
        QTest::newRow("drafts by title")
            << QString() << drafts << int(DevelopmentTableModel::TitleColumn) << int(Qt::AscendingOrder);
        QTest::newRow("Chinese text, ranked")
            << QStringLiteral("数据") << none << relevance << int(Qt::AscendingOrder);
        QTest::newRow("English text with drafts, ranked")
            << QStringLiteral("labelling") << drafts << relevance << int(Qt::AscendingOrder);
        QTest::newRow("text by authority")
            << QStringLiteral("算法") << none << int(DevelopmentTableModel::AuthoritiesColumn)
            << int(Qt::DescendingOrder);
        QTest::newRow("text matching nothing")
            << QStringLiteral("zebracorn") << none << relevance << int(Qt::AscendingOrder);
    }

    void workerAnswersAsTheModelsDo()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, stages);
        QFETCH(int, column);
        QFETCH(int, order);
        QTemporaryDir dir;
        auto db = rt::test::newGeneratedDatabase(dir, QStringLiteral("worker.sqlite"), 1200);
        const auto search = FullTextSearch::withGlossary(*db);
        const QList<Facet> facets{Facet::Kind,  Facet::Stage,  Facet::Authority,
                                  Facet::Topic, Facet::Region, Facet::Year};
        BrowseSession here(*db, *search, facets, BrowseSession::Reading::Here);
        BrowseSession worker(*db, *search, facets, BrowseSession::Reading::Worker);
        DevelopmentFilter filter;
        filter.text = text;
        filter.stages = stages;
        for (BrowseSession *session : {&here, &worker}) {
            session->setFilter(filter);
            session->table()->sort(column, Qt::SortOrder(order));
            QVERIFY(session->waitUntilShown());
            while (session->table()->canFetchMore({})) {
                session->table()->fetchMore({});
            }
        }
        QVERIFY(!worker.workerFailed());
        QCOMPARE(worker.table()->totalCount(), here.table()->totalCount());
        QCOMPARE(worker.table()->rowCount(), here.table()->totalCount());
        for (int row = 0; row < here.table()->rowCount(); ++row) {
            QCOMPARE(worker.table()->idAt(row), here.table()->idAt(row));
            QCOMPARE(worker.table()->index(row, DevelopmentTableModel::TopicsColumn).data(),
                     here.table()->index(row, DevelopmentTableModel::TopicsColumn).data());
        }
        QCOMPARE(worker.libraryCount(), qint64(1200));
        QCOMPARE(worker.libraryCount(), here.libraryCount());
        for (Facet facet : facets) {
            const FacetModel &a = *here.facet(facet);
            const FacetModel &b = *worker.facet(facet);
            QCOMPARE(b.rowCount(), a.rowCount());
            for (int row = 0; row < a.rowCount(); ++row) {
                QCOMPARE(b.index(row).data(FacetModel::KeyRole), a.index(row).data(FacetModel::KeyRole));
                QCOMPARE(b.index(row).data(FacetModel::CountRole), a.index(row).data(FacetModel::CountRole));
            }
        }
    }

    void workerShowsOnlyTheLatestFilterAndItsHits()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        FullTextSearch search(*db);
        BrowseSession session(*db, search, {Facet::Kind}, BrowseSession::Reading::Worker);
        QVERIFY(session.waitUntilShown());
        QSignalSpy shown(&session, &BrowseSession::shown);

        // Typed quickly: only the last text is shown, and the interface's search takes the worker's hits, so
        // that filtering by them there (the timeline, the map) runs no query of its own.
        for (const QString &text : {QStringLiteral("罚"), QStringLiteral("罚款"), QStringLiteral("备案")}) {
            DevelopmentFilter filter;
            filter.text = text;
            session.setFilter(filter);
        }
        QVERIFY(session.isBusy());
        QVERIFY(session.waitUntilShown());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.takeFirst().at(0).value<DevelopmentFilter>().text, QStringLiteral("备案"));
        QVERIFY(search.isPrepared(QStringLiteral("备案")));
        QCOMPARE(found(*db, search, QStringLiteral("备案")), containing(QStringLiteral("备案")));

        // A write while the worker reads makes its hits stale: they are not taken, the table follows the
        // write all the same, and the search still finds it.
        DevelopmentFilter guardians;
        guardians.text = QStringLiteral("监护人");
        session.setFilter(guardians);
        DevelopmentService(*db).create(onlyChinese());
        QVERIFY(session.waitUntilShown());
        QVERIFY(!search.isPrepared(QStringLiteral("监护人"))
                || found(*db, search, QStringLiteral("监护人")).contains(QStringLiteral("zh-only")));
        QVERIFY(found(*db, search, QStringLiteral("监护人")).contains(QStringLiteral("zh-only")));
        QStringList uids;
        for (int row = 0; row < session.table()->rowCount(); ++row) {
            uids.append(session.table()->index(row, 0).data(DevelopmentTableModel::UidRole).toString());
        }
        QVERIFY(uids.contains(QStringLiteral("zh-only")));
        QCOMPARE(session.libraryCount(), qint64(demoArray("developments").size() + 1));
        QVERIFY(!session.workerFailed());
    }

    // A reader that is no longer wanted is stopped, not waited for (a window closing while facets are
    // counted): interrupt() from another thread makes the statement running on the connection fail, and the
    // connection reads on afterwards. PostgreSQL runs the statement to its end; interrupting does no harm.
    void interruptStopsTheRunningStatement()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("interrupt.sqlite"), false);
        if (db->isPostgreSQL()) {
            db->interrupt();
            QCOMPARE(db->scalar(QStringLiteral("SELECT 1")).toInt(), 1);
            return;
        }
        QAtomicInteger<bool> done = false;
        std::unique_ptr<QThread> interrupter(QThread::create([&] {
            while (!done.loadRelaxed()) {
                QThread::msleep(50);
                db->interrupt();
            }
        }));
        interrupter->start();
        bool stopped = false;
        try {
            // Counting to ten thousand million would take this machine many minutes.
            db->scalar(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                               "10000000000) SELECT count(*) FROM n"));
        } catch (const Error &) {
            stopped = true;
        }
        done.storeRelaxed(true);
        QVERIFY(interrupter->wait(10000));
        QVERIFY(stopped);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toInt(), 0);
    }

    void matchesForHighlighting()
    {
        const SearchQuery query = SearchQuery::parse(QStringLiteral("labelling 算法"));
        const QString text = QStringLiteral("Labels and labelled content; 算法备案 and a label.");
        QStringList shown;
        for (const TextRange &range : query.matches(text)) {
            shown.append(text.mid(range.start, range.length));
        }
        QCOMPARE(shown,
                 QStringList({QStringLiteral("Labels"), QStringLiteral("labelled"), QStringLiteral("算法"),
                              QStringLiteral("label")}));
        // Glossary equivalents are highlighted too; unrelated words that share letters are not.
        const SearchQuery minors = SearchQuery::parse(QStringLiteral("minors mode"), &Glossary::builtIn());
        const QString chinese = QStringLiteral("提供未成年人模式。A model mode.");
        shown.clear();
        for (const TextRange &range : minors.matches(chinese)) {
            shown.append(chinese.mid(range.start, range.length));
        }
        QCOMPARE(shown, QStringList({QStringLiteral("未成年人模式"), QStringLiteral("mode")}));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
