// SPDX-License-Identifier: GPL-3.0-or-later
// The redline: texts compared word by word in English and in Chinese (exact deleted and inserted ranges), the
// similarity that pairs obligations, the obligations of the demo's drafts and their illustrative final
// versions paired as linking pairs them, the parameter changes stated as values, the checklist rows each
// company has flagged, the JSON, and a development compared with its own earlier state from the audit log.

#include "TestSupport.h"

#include "AssessmentService.h"
#include "AuditLog.h"
#include "Company.h"
#include "CompanyRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "Redline.h"
#include "RedlineImpact.h"
#include "RedlineJson.h"
#include "RedlineText.h"
#include "ReferenceNames.h"
#include "TextSimilarity.h"
#include "VersionHistory.h"
#include "WordDiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

using namespace rt::core;

namespace rt::core {
// Ranges read as [start, length] in failure messages.
char *toString(const TextRange &range)
{
    return QTest::toString(QStringLiteral("[%1, %2]").arg(range.start).arg(range.length));
}
} // namespace rt::core

namespace {

using Ranges = QList<TextRange>;

// The pairs of a redline as "earlier uid → later uid" ("-" for none), with the kind of change.
QStringList pairing(const Redline &redline)
{
    QStringList result;
    for (const ObligationChange &c : redline.obligations) {
        result.append(QStringLiteral("%1 %2 → %3")
                          .arg(RedlineText::changeLabel(c.kind).toLower(),
                               c.earlier ? c.earlier->uid : QStringLiteral("-"),
                               c.later ? c.later->uid : QStringLiteral("-")));
    }
    return result;
}

// A draft of the demo against its final version.
Redline redlineOf(VersionHistory &versions, const QString &draft)
{
    const auto [earlier, later] = versions.versionsAround(versions.load(draft));
    return Redline::compare(earlier, later);
}

const ObligationChange &changeOf(const Redline &redline, const QString &earlierUid)
{
    for (const ObligationChange &c : redline.obligations) {
        if (c.earlier && c.earlier->uid == earlierUid) {
            return c;
        }
    }
    qFatal("no change of %s", qPrintable(earlierUid));
}

} // namespace

class TestRedline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wordRanges_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addColumn<Ranges>("deleted");
        QTest::addColumn<Ranges>("inserted");
        QTest::newRow("number") << QStringLiteral("Retain logs for at least 6 months.")
                                << QStringLiteral("Retain logs for at least 12 months.") << Ranges{{25, 1}}
                                << Ranges{{25, 2}};
        QTest::newRow("dropped clause")
            << QStringLiteral(
                   "Label age-appropriate downloads and support parental verification and exemptions.")
            << QStringLiteral("Label age-appropriate downloads and support parental verification.")
            << Ranges{{65, 15}} << Ranges{};
        QTest::newRow("added clause")
            << QStringLiteral("Keep a manual fallback for every service the model supports.")
            << QStringLiteral("Keep a manual fallback for every service the model supports that affects the "
                              "rights and interests of citizens or enterprises.")
            << Ranges{} << Ranges{{59, 65}};
        QTest::newRow("reworded phrase")
            << QStringLiteral("require the “lowest price on the platform”.")
            << QStringLiteral("require the “lowest price across the whole network”.")
            << Ranges{{26, 2}, {33, 8}} << Ranges{{26, 6}, {37, 13}};
        QTest::newRow("chinese number")
            << QStringLiteral("日志留存不少于6个月。") << QStringLiteral("日志留存不少于12个月。")
            << Ranges{{7, 1}} << Ranges{{7, 2}};
        QTest::newRow("chinese words added")
            << QStringLiteral("选用已备案的大模型；") << QStringLiteral("选用已完成备案或者登记的大模型；")
            << Ranges{} << Ranges{{3, 2}, {7, 4}};
        // "的" stands before and after the insertion: it is placed as late as it goes, after 支撑的.
        QTest::newRow("chinese clause added")
            << QStringLiteral("对大模型支撑的业务保留人工兜底措施。")
            << QStringLiteral("对大模型支撑的涉及群众和企业权益的业务保留人工兜底措施。") << Ranges{}
            << Ranges{{7, 10}};
        QTest::newRow("same") << QStringLiteral("不得相互串通价格。") << QStringLiteral("不得相互串通价格。")
                              << Ranges{} << Ranges{};
        QTest::newRow("from nothing")
            << QString() << QStringLiteral("新增条款。") << Ranges{} << Ranges{{0, 5}};
    }

    void wordRanges()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QFETCH(Ranges, deleted);
        QFETCH(Ranges, inserted);
        const TextDiff diff = WordDiff::compare(earlier, later);
        QCOMPARE(diff.deleted(), deleted);
        QCOMPARE(diff.inserted(), inserted);
        QCOMPARE(diff.changed(), !deleted.isEmpty() || !inserted.isEmpty());
        // The segments give back both texts.
        QString before;
        QString after;
        for (const DiffSegment &s : diff.segments) {
            before += s.op == DiffSegment::Op::Inserted ? QString() : s.text;
            after += s.op == DiffSegment::Op::Deleted ? QString() : s.text;
        }
        QCOMPARE(before, earlier);
        QCOMPARE(after, later);
    }

    void chineseIsComparedInWords()
    {
        // Dictionary words, not single characters and not the whole sentence.
        const QStringList words = WordDiff::words(QStringLiteral("日志留存不少于12个月。"));
        QVERIFY2(words.contains(QStringLiteral("日志")), qPrintable(words.join(u'|')));
        QVERIFY2(words.contains(QStringLiteral("留存")), qPrintable(words.join(u'|')));
        QVERIFY(words.contains(QStringLiteral("12")));
        QCOMPARE(words.join(QString()), QStringLiteral("日志留存不少于12个月。"));
        const QStringList english = WordDiff::words(QStringLiteral("Retain logs."));
        QCOMPARE(english,
                 (QStringList{QStringLiteral("Retain"), QStringLiteral(" "), QStringLiteral("logs"),
                              QStringLiteral(".")}));
    }

    void pairingCountsSharedWordsAndCharacterPairs()
    {
        // Pairing scores obligations as textSimilarity does, with each text's words read once into one
        // vocabulary: {retain, logs, at, least, 6|12, months}, five of six in common ("for" is not counted).
        SimilarityVocabulary vocabulary;
        const QList<int> six = vocabulary.tokens(QStringLiteral("Retain logs for at least 6 months."));
        const QList<int> twelve = vocabulary.tokens(QStringLiteral("Retain LOGS for at least 12 months"));
        QCOMPARE(SimilarityVocabulary::similarity(six, twelve), 10.0 / 12.0);
        QCOMPARE(textSimilarity(QStringLiteral("Retain logs for at least 6 months."),
                                QStringLiteral("Retain LOGS for at least 12 months")),
                 10.0 / 12.0);
        // Chinese by character pairs: 日志 志留 留存 against 日志 志保 保存, one in common.
        QCOMPARE(SimilarityVocabulary::similarity(vocabulary.tokens(QStringLiteral("日志留存")),
                                                  vocabulary.tokens(QStringLiteral("日志保存"))),
                 2.0 / 6.0);
        // A word said twice counts once; a text read again gets the same numbers.
        QCOMPARE(SimilarityVocabulary::similarity(vocabulary.tokens(QStringLiteral("logs logs logs")),
                                                  vocabulary.tokens(QStringLiteral("Logs"))),
                 1.0);
        QCOMPARE(vocabulary.tokens(QStringLiteral("Retain logs for at least 6 months.")), six);
        QCOMPARE(SimilarityVocabulary::similarity(six, vocabulary.tokens(QStringLiteral("the of"))), 0.0);
        QCOMPARE(SimilarityVocabulary::similarity({}, {}), 0.0);
    }

    void obligationsArePairedAsLinkingPairsThem_data()
    {
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QStringList>("expected");
        // From the changes the illustrative finals were written with: the draft's surviving obligations keep
        // their order in the final, the added ones follow.
        const auto o = [](const char *pair) { return QString::fromUtf8(pair); };
        QTest::newRow("price rules (the Chinese leads)")
            << o("cn-tmt-2025-01")
            << QStringList{o("changed cn-tmt-2025-01/o1 → cn-tmt-2025-01-final/o1"),
                           o("unchanged cn-tmt-2025-01/o2 → cn-tmt-2025-01-final/o2"),
                           o("unchanged cn-tmt-2025-01/o3 → cn-tmt-2025-01-final/o3"),
                           o("changed cn-tmt-2025-01/o4 → cn-tmt-2025-01-final/o4"),
                           o("unchanged cn-tmt-2025-01/o5 → cn-tmt-2025-01-final/o5"),
                           o("changed cn-tmt-2025-01/o6 → cn-tmt-2025-01-final/o6"),
                           o("unchanged cn-tmt-2025-01/o7 → cn-tmt-2025-01-final/o7"),
                           o("removed cn-tmt-2025-01/o8 → -"),
                           o("added - → cn-tmt-2025-01-final/o8"),
                           o("added - → cn-tmt-2025-01-final/o9")};
        QTest::newRow("government large models (the English leads)")
            << o("cn-tmt-2025-06")
            << QStringList{o("changed cn-tmt-2025-06/o1 → cn-tmt-2025-06-final/o1"),
                           o("removed cn-tmt-2025-06/o2 → -"),
                           o("unchanged cn-tmt-2025-06/o3 → cn-tmt-2025-06-final/o2"),
                           o("changed cn-tmt-2025-06/o4 → cn-tmt-2025-06-final/o3"),
                           o("unchanged cn-tmt-2025-06/o5 → cn-tmt-2025-06-final/o4"),
                           o("changed cn-tmt-2025-06/o6 → cn-tmt-2025-06-final/o5"),
                           o("changed cn-tmt-2025-06/o7 → cn-tmt-2025-06-final/o6"),
                           o("unchanged cn-tmt-2025-06/o8 → cn-tmt-2025-06-final/o7"),
                           o("added - → cn-tmt-2025-06-final/o8"),
                           o("added - → cn-tmt-2025-06-final/o9")};
        QTest::newRow("minors' mode")
            << o("cn-tmt-2025-07")
            << QStringList{o("unchanged cn-tmt-2025-07/o1 → cn-tmt-2025-07-final/o1"),
                           o("changed cn-tmt-2025-07/o2 → cn-tmt-2025-07-final/o2"),
                           o("unchanged cn-tmt-2025-07/o3 → cn-tmt-2025-07-final/o3"),
                           o("changed cn-tmt-2025-07/o4 → cn-tmt-2025-07-final/o4"),
                           o("unchanged cn-tmt-2025-07/o5 → cn-tmt-2025-07-final/o5"),
                           o("unchanged cn-tmt-2025-07/o6 → cn-tmt-2025-07-final/o6"),
                           o("changed cn-tmt-2025-07/o7 → cn-tmt-2025-07-final/o7"),
                           o("unchanged cn-tmt-2025-07/o8 → cn-tmt-2025-07-final/o8"),
                           o("changed cn-tmt-2025-07/o9 → cn-tmt-2025-07-final/o9"),
                           o("removed cn-tmt-2025-07/o10 → -"),
                           o("unchanged cn-tmt-2025-07/o11 → cn-tmt-2025-07-final/o10"),
                           o("added - → cn-tmt-2025-07-final/o11")};
    }

    void obligationsArePairedAsLinkingPairsThem()
    {
        QFETCH(QString, draft);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        VersionHistory versions(*db);
        const auto [earlier, later] = versions.versionsAround(versions.load(draft));
        QCOMPARE(earlier.uid, draft);
        QCOMPARE(later.uid, draft + QStringLiteral("-final"));
        QCOMPARE(pairing(Redline::compare(earlier, later)), expected);
        // The final version asked for finds the same pair.
        const auto [from, to] = versions.versionsAround(later);
        QCOMPARE(from.uid, draft);
        QCOMPARE(to.uid, later.uid);
    }

    void parameterChangesAreStatedAsValues()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        VersionHistory versions(*db);
        const auto sentences = [&](const QString &draft, const QString &obligation) {
            const Redline redline = redlineOf(versions, draft);
            const ObligationChange &change = changeOf(redline, obligation);
            QStringList result;
            for (const ParameterChange &p : change.parameters) {
                result.append(RedlineText::parameterSentence(p, Language::English));
            }
            return result;
        };
        QCOMPARE(sentences(QStringLiteral("cn-tmt-2025-06"), QStringLiteral("cn-tmt-2025-06/o7")),
                 QStringList{QStringLiteral("Log retention: at least 6 months → at least 12 months")});
        QCOMPARE(sentences(QStringLiteral("cn-tmt-2025-07"), QStringLiteral("cn-tmt-2025-07/o4")),
                 (QStringList{QStringLiteral(
                                  "Daily usage limit, younger age band: at most 1 hour → at most 40 minutes"),
                              QStringLiteral("Daily usage limit, older age band: at most 2 hours"),
                              QStringLiteral("Daily usage limit, middle age band: at most 1 hour (new)")}));
        QCOMPARE(sentences(QStringLiteral("cn-tmt-2025-01"), QStringLiteral("cn-tmt-2025-01/o6")),
                 QStringList{QStringLiteral(
                     "Reminder before automatic renewal or deduction: at least 5 days (new)")});
        // Facts: the stage and legal rank of the price rules, old → new.
        const Redline redline = redlineOf(versions, QStringLiteral("cn-tmt-2025-01"));
        ReferenceNames names;
        names.load(*db);
        QStringList facts;
        for (const FactChange &f : redline.facts) {
            facts.append(RedlineText::factSentence(f, names, Language::English));
        }
        QVERIFY2(facts.contains(QStringLiteral("Stage: Draft for comments → Effective")),
                 qPrintable(facts.join(u'\n')));
        QVERIFY2(facts.contains(QStringLiteral("Legal rank: Normative document → Departmental rule")),
                 qPrintable(facts.join(u'\n')));
        QCOMPARE(redline.prevailing(), Language::Chinese);
    }

    void penaltiesAreCompared()
    {
        Development earlier;
        earlier.penalties = {{200000, QStringLiteral("CNY"), {}}};
        Development later = earlier;
        later.penalties = {{500000, QStringLiteral("CNY"), {}}, {10000, QStringLiteral("CNY"), {}}};
        const Redline redline = Redline::compare(earlier, later);
        QCOMPARE(redline.penalties.size(), 2);
        QCOMPARE(redline.penalties.at(0).earlier->amount, 200000.0);
        QCOMPARE(redline.penalties.at(0).later->amount, 500000.0);
        QVERIFY(!redline.penalties.at(1).earlier);
        QVERIFY(redline.changed());
        QVERIFY(!Redline::compare(earlier, earlier).changed());
    }

    void flaggedRowsPerCompany()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        VersionHistory versions(*db);
        // What each company's checklist shows for the price rules, from the demo's assessments of the draft:
        // the rows of the three reworded obligations moved to the final and were flagged.
        const auto [earlier, later]
            = versions.versionsAround(versions.load(QStringLiteral("cn-tmt-2025-01")));
        const Redline redline = Redline::compare(earlier, later);
        QStringList rows;
        for (const CompanyImpact &company : RedlineImpact::of(*db, redline)) {
            for (const AffectedRow &row : company.rows) {
                const ObligationChange &c = redline.obligations.at(row.change);
                rows.append(QStringLiteral("%1 %2 %3 %4")
                                .arg(company.company.uid, RedlineText::effectLabel(row, c), c.current().uid)
                                .arg(row.assessment.reReview));
            }
        }
        QCOMPARE(rows,
                 (QStringList{
                     QStringLiteral("huangpu-motors Flagged for re-review cn-tmt-2025-01-final/o6 1"),
                     QStringLiteral("qiantang-bazaar Flagged for re-review cn-tmt-2025-01-final/o1 1"),
                     QStringLiteral("qiantang-bazaar Flagged for re-review cn-tmt-2025-01-final/o4 1"),
                     QStringLiteral("qiantang-bazaar Flagged for re-review cn-tmt-2025-01-final/o6 1"),
                     QStringLiteral("qiantang-bazaar New in the checklist cn-tmt-2025-01-final/o8 0"),
                     QStringLiteral("qiantang-bazaar New in the checklist cn-tmt-2025-01-final/o9 0"),
                     QStringLiteral("yanqi-mind Flagged for re-review cn-tmt-2025-01-final/o6 1"),
                 }));
        // The audit log of a flagged row says which change flagged it.
        const qint64 company = CompanyRepository(*db).idForUid(QStringLiteral("qiantang-bazaar"));
        const qint64 obligation = later.obligations.at(0).id;
        bool explained = false;
        for (const AuditEntry &e : AssessmentService(*db).history({company, obligation})) {
            explained = explained
                || (e.field == QLatin1StringView("re_review_reason")
                    && e.newValue.contains(QStringLiteral("cn-tmt-2025-01/o1"))
                    && e.newValue.contains(QStringLiteral("cn-tmt-2025-01-final")));
        }
        QVERIFY(explained);
        // The draft keeps its own wording; it no longer binds anybody.
        QCOMPARE(earlier.obligations.size(), 8);
        QVERIFY(earlier.obligations.at(0).text.en.contains(QStringLiteral("lowest price on the platform")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM assessments s JOIN obligations o ON o.id = "
                                           "s.obligation_id JOIN developments d ON d.id = o.development_id "
                                           "WHERE d.uid = 'cn-tmt-2025-01'"))
                     .toInt(),
                 0);

        // The minors' mode standard: one company assessed the changed age bands; the added usage report binds
        // all three (each operates an app).
        const QList<CompanyImpact> minors
            = RedlineImpact::of(*db, redlineOf(versions, QStringLiteral("cn-tmt-2025-07")));
        QCOMPARE(minors.size(), 3);
        int flagged = 0;
        for (const CompanyImpact &c : minors) {
            flagged += c.flagged();
        }
        QCOMPARE(flagged, 1);
        QCOMPARE(minors.at(2).company.uid, QStringLiteral("yanqi-mind"));
        QCOMPARE(minors.at(2).flagged(), 1);
    }

    void jsonStatesEveryChange()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        VersionHistory versions(*db);
        const Redline redline = redlineOf(versions, QStringLiteral("cn-tmt-2025-06"));
        ReferenceNames names;
        names.load(*db);
        const QJsonObject json
            = RedlineJson::write(redline, RedlineImpact::of(*db, redline), names, Language::English);
        QCOMPARE(json.value(QStringLiteral("earlier")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("cn-tmt-2025-06"));
        QCOMPARE(json.value(QStringLiteral("prevailing")).toString(), QStringLiteral("en"));
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("changed")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("companies")).toArray().size(),
                 0); // no demo company is a government user

        const QJsonObject retention = json.value(QStringLiteral("obligations")).toArray().at(6).toObject();
        QCOMPARE(retention.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(retention.value(QStringLiteral("earlier")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("cn-tmt-2025-06/o7"));
        const QJsonObject en
            = retention.value(QStringLiteral("text")).toObject().value(QStringLiteral("en")).toObject();
        QCOMPARE(en.value(QStringLiteral("deleted")).toArray(), (QJsonArray{QJsonArray{25, 1}}));
        QCOMPARE(en.value(QStringLiteral("inserted")).toArray(), (QJsonArray{QJsonArray{25, 2}}));
        const QJsonObject zh
            = retention.value(QStringLiteral("text")).toObject().value(QStringLiteral("zh")).toObject();
        QCOMPARE(zh.value(QStringLiteral("deleted")).toArray(), (QJsonArray{QJsonArray{7, 1}}));
        QCOMPARE(zh.value(QStringLiteral("inserted")).toArray(), (QJsonArray{QJsonArray{7, 2}}));
        const QJsonObject parameter
            = retention.value(QStringLiteral("parameters")).toArray().at(0).toObject();
        QCOMPARE(parameter.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(
            parameter.value(QStringLiteral("earlier")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("6"));
        QCOMPARE(
            parameter.value(QStringLiteral("later")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("12"));
        QCOMPARE(parameter.value(QStringLiteral("sentence")).toString(),
                 QStringLiteral("Log retention: at least 6 months → at least 12 months"));
        QStringList fields;
        for (const QJsonValue &f : json.value(QStringLiteral("facts")).toArray()) {
            fields.append(f.toObject().value(QStringLiteral("field")).toString());
        }
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("stage"), QStringLiteral("announced"),
                              QStringLiteral("comment_deadline"), QStringLiteral("effective"),
                              QStringLiteral("prevailing_text")}));
    }

    void aDevelopmentAgainstItsEarlierStateFromTheAuditLog()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        VersionHistory versions(*db);
        const Development before = versions.load(QStringLiteral("cn-tmt-2025-02"));
        QThread::msleep(20); // the edit comes strictly after the moment compared with
        const QDateTime moment = QDateTime::currentDateTimeUtc();
        QThread::msleep(20);
        Development edited = before;
        edited.stage = Stage::Issued;
        edited.title.en += QStringLiteral(" (final)");
        edited.penalties = {{50000, QStringLiteral("CNY"), {QStringLiteral("Fine"), QStringLiteral("罚款")}}};
        QVERIFY(!edited.obligations.isEmpty());
        edited.obligations[0].text.zh += QStringLiteral("（修订）");
        edited.obligations.removeLast();
        DevelopmentService(*db).update(edited);

        QCOMPARE(versions.saves(before.id).size(), 1);
        const Development then = versions.stateAt(before.id, moment);
        QVERIFY(DevelopmentService::sameContent(then, before));
        const Redline redline = Redline::compare(then, versions.load(before.id));
        QCOMPARE(redline.count(ObligationChange::Kind::Changed), 1);
        QCOMPARE(redline.count(ObligationChange::Kind::Removed), 1);
        QCOMPARE(redline.penalties.size(), 1);
        QCOMPARE(redline.texts.at(0).en.inserted(), (QList<TextRange>{{before.title.en.size(), 8}}));
        // The same through the command line's form of a version.
        const Development viaSpec
            = versions.resolve(before.uid + u'@' + moment.toLocalTime().toString(Qt::ISODateWithMs));
        QVERIFY(DevelopmentService::sameContent(viaSpec, before));
        QVERIFY_THROWS_EXCEPTION(Error, versions.resolve(before.uid + QStringLiteral("@yesterday")));
        QVERIFY_THROWS_EXCEPTION(Error, versions.resolve(before.uid + QStringLiteral("@2000-01-01")));
    }
};

QTEST_GUILESS_MAIN(TestRedline)
#include "tst_redline.moc"
