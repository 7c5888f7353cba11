// SPDX-License-Identifier: GPL-3.0-or-later
// The obligation and penalty finder: the seed newsletter yields enough candidates and the right numbers in
// the items a reader checks by hand; paragraphs written for this test (English and Chinese, in the style of
// regulatory news) give the clauses, kinds and parameters a reader sees in them; descriptive sentences give
// nothing; spans point at the clause exactly; penalties are read in both languages; odd input is harmless.

#include "ObligationExtractor.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace rt::core;

namespace {

// Where spans are reported from: an item's text inside a larger source text.
constexpr qsizetype Offset = 100;

// The seed newsletter as the importer sees it: four lines of front matter, then 28 items, each one paragraph,
// some led by a heading line "N. … (date)".
QStringList seedItems()
{
    QFile file(QStringLiteral(RT_TEST_DATA "/import/seed-newsletter.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    static const QRegularExpression heading(QStringLiteral("^\\d{1,2}\\. .*\\)$"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QStringList items;
    QString pendingHeading;
    for (qsizetype i = 4; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (heading.match(line).hasMatch()) {
            pendingHeading = line;
            continue;
        }
        items.append(pendingHeading.isEmpty() ? line : pendingHeading + u'\n' + line);
        pendingHeading.clear();
    }
    return items;
}

QString itemContaining(const QStringList &items, const QString &words)
{
    for (const QString &item : items) {
        if (item.contains(words)) {
            return item;
        }
    }
    return {};
}

// "op value unit" with the stored keys: ">= 6 month", "between 22:00-06:00 time".
QString describe(const ObligationParameter &p)
{
    const QString value = p.value2.isEmpty() ? p.value : p.value + u'-' + p.value2;
    return Vocabulary::key(p.op) + u' ' + value + u' ' + Vocabulary::key(p.unit);
}

QString describe(const QList<ObligationParameter> &parameters)
{
    QStringList parts;
    for (const ObligationParameter &p : parameters) {
        parts.append(describe(p));
    }
    return parts.join(QStringLiteral("; "));
}

bool hasParameter(const QList<CandidateObligation> &candidates, const QString &wanted,
                  std::optional<ObligationKind> kind = std::nullopt)
{
    for (const CandidateObligation &c : candidates) {
        for (const ObligationParameter &p : c.obligation.parameters) {
            if (describe(p) == wanted && (!kind || c.obligation.kind == *kind)) {
                return true;
            }
        }
    }
    return false;
}

const CandidateObligation *candidateContaining(const QList<CandidateObligation> &candidates,
                                               const QString &words)
{
    for (const CandidateObligation &c : candidates) {
        if (c.obligation.text.en.contains(words) || c.obligation.text.zh.contains(words)) {
            return &c;
        }
    }
    return nullptr;
}

// The span's text and the cleaned clause say the same: the clean-up only tidies spaces, the first letter and
// the final full stop.
bool spanMatchesText(const QString &text, const CandidateObligation &c, Language language)
{
    if (c.span.field != QStringView(ImportField::Obligation) || c.span.start < Offset
        || c.span.start - Offset + c.span.length > text.size() || c.span.length <= 0) {
        return false;
    }
    QString spanned = text.mid(c.span.start - Offset, c.span.length).simplified();
    QString cleaned = c.obligation.text.in(language);
    if (cleaned.endsWith(u'.') || cleaned.endsWith(u'。')) {
        cleaned.chop(1);
    }
    if (spanned.endsWith(u'.') || spanned.endsWith(u'。')) {
        spanned.chop(1);
    }
    return spanned.compare(cleaned, Qt::CaseInsensitive) == 0 && !c.obligation.text.in(language).isEmpty();
}

} // namespace

Q_DECLARE_METATYPE(rt::core::Language)

class TestObligationExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedNewsletterYieldsEnoughCandidates()
    {
        const QStringList items = seedItems();
        QCOMPARE(items.size(), 28);
        qsizetype total = 0;
        for (const QString &item : items) {
            const QList<CandidateObligation> found
                = ObligationExtractor::obligations(item, Language::English, Offset);
            total += found.size();
            for (const CandidateObligation &c : found) {
                QVERIFY2(spanMatchesText(item, c, Language::English), qPrintable(c.obligation.text.en));
                QVERIFY(c.obligation.uid.isEmpty());
                QVERIFY(c.obligation.appliesTo.isEmpty());
                QVERIFY(c.obligation.text.zh.isEmpty());
                QVERIFY(c.confidence > 0 && c.confidence <= 1);
                QCOMPARE(c.selected, c.confidence >= 0.5);
            }
        }
        QVERIFY2(total >= 60, qPrintable(QString::number(total)));
    }

    void seedChargingGuidelines()
    {
        // "…with modifications requiring at least 7 days of public notice …, and retaining historical
        // versions for 3 years."
        const QString item
            = itemContaining(seedItems(), QStringLiteral("Charging Behaviours of Online Trading"));
        QVERIFY(!item.isEmpty());
        const auto found = ObligationExtractor::obligations(item, Language::English, Offset);
        const CandidateObligation *notice
            = candidateContaining(found, QStringLiteral("7 days of public notice"));
        QVERIFY(notice);
        QCOMPARE(describe(notice->obligation.parameters), QStringLiteral(">= 7 day"));
        QCOMPARE(notice->obligation.parameters.constFirst().name.en, QStringLiteral("public notice"));
        QVERIFY(!notice->obligation.parameters.constFirst().name.zh.isEmpty());
        QCOMPARE(notice->obligation.kind, ObligationKind::Disclose);
        QVERIFY(notice->selected);
        QVERIFY(hasParameter(found, QStringLiteral(">= 3 year"), ObligationKind::Retain));
        // "prohibiting eight categories such as repeated charges…"
        const CandidateObligation *eight
            = candidateContaining(found, QStringLiteral("prohibiting eight categories"));
        QVERIFY(eight);
        QCOMPARE(eight->obligation.kind, ObligationKind::MustNot);
        QCOMPARE(describe(eight->obligation.parameters), QStringLiteral("= 8 count"));
    }

    void seedGovernmentLargeModels()
    {
        // "…retention of manual backups are required, with logs retained for no less than 6 months."
        const QString item = itemContaining(seedItems(), QStringLiteral("Government Affairs Large Model"));
        const auto found = ObligationExtractor::obligations(item, Language::English, Offset);
        const CandidateObligation *logs
            = candidateContaining(found, QStringLiteral("retained for no less than"));
        QVERIFY(logs);
        QCOMPARE(logs->obligation.kind, ObligationKind::Retain);
        QCOMPARE(describe(logs->obligation.parameters), QStringLiteral(">= 6 month"));
        QVERIFY(logs->selected);
        // "In the selection phase, filed models should be used, open-source models require … , API calls need
        // …": three requirements, three candidates.
        QVERIFY(candidateContaining(found, QStringLiteral("filed models should be used")));
        QVERIFY(candidateContaining(found, QStringLiteral("Open-source models require license")));
        QVERIFY(candidateContaining(found, QStringLiteral("API calls need certificate validation")));
    }

    void seedMinorsMode()
    {
        // "…services are not provided by default from 22:00 to 06:00 the next day, with daily total usage
        // times graded by age at 1 hour/2 hours, continuous use reminders every 30 minutes…"
        const QString item = itemContaining(seedItems(), QStringLiteral("Minors Mode in Mobile Internet"));
        const auto found = ObligationExtractor::obligations(item, Language::English, Offset);
        QVERIFY(hasParameter(found, QStringLiteral("between 22:00-06:00 time"), ObligationKind::MustNot));
        QVERIFY(hasParameter(found, QStringLiteral("every 30 minute")));
        QVERIFY(hasParameter(found, QStringLiteral("<= 1 hour")));
        QVERIFY(hasParameter(found, QStringLiteral("<= 2 hour")));
    }

    void seedListsAndProhibitions()
    {
        const QStringList items = seedItems();
        // The NDRC rules: "the rules strictly prohibit "big data price discrimination," …"
        const auto pricing = ObligationExtractor::obligations(
            itemContaining(items, QStringLiteral("Internet Platform Price Behaviour Rules")),
            Language::English);
        const CandidateObligation *discrimination
            = candidateContaining(pricing, QStringLiteral("strictly prohibit"));
        QVERIFY(discrimination);
        QCOMPARE(discrimination->obligation.kind, ObligationKind::MustNot);
        // The shake-to-activate guide lists three requirements after "requiring": prompts, one-click closure
        // and a master switch.
        const auto shake = ObligationExtractor::obligations(
            itemContaining(items, QStringLiteral("Shake-to-Activate Advertisement Triggering")),
            Language::English);
        QVERIFY(candidateContaining(shake, QStringLiteral("requiring prominent prompts")));
        QVERIFY(candidateContaining(shake, QStringLiteral("Providing clearly visible one-click closure")));
        QVERIFY(candidateContaining(shake, QStringLiteral("Setting a master switch within the app")));
        const CandidateObligation *consent
            = candidateContaining(shake, QStringLiteral("without user consent"));
        QVERIFY(consent);
        QCOMPARE(consent->obligation.kind, ObligationKind::MustNot);
        // Hangzhou's interactive-ads guidance: "…should retain complete records…" and "…should ensure
        // "one-click closure" and must not induce jumps…" — two duties in one sentence.
        const auto ads = ObligationExtractor::obligations(
            itemContaining(items,
                           QStringLiteral("Internet Interactive Advertisements and Promotions (Trial)")),
            Language::English);
        const CandidateObligation *records
            = candidateContaining(ads, QStringLiteral("retain complete records"));
        QVERIFY(records);
        QCOMPARE(records->obligation.kind, ObligationKind::Retain);
        QVERIFY(candidateContaining(ads, QStringLiteral("should ensure")));
        const CandidateObligation *jumps = candidateContaining(ads, QStringLiteral("not induce jumps"));
        QVERIFY(jumps);
        QVERIFY(!jumps->obligation.text.en.contains(QStringLiteral("should ensure")));
    }

    void seedReportsGiveNoObligations()
    {
        // Enforcement round-ups and filing announcements report what happened; they require nothing.
        const QStringList items = seedItems();
        for (const QString &words :
             {QStringLiteral("7 typical cases in the live e-commerce field"),
              QStringLiteral("5 typical cases of online unfair competition"),
              QStringLiteral("announcement on filed generative artificial intelligence"),
              QStringLiteral("Beijing adding 2 generative artificial intelligence"),
              QStringLiteral("Shanghai adding 4 generative artificial intelligence")}) {
            const QString item = itemContaining(items, words);
            QVERIFY2(!item.isEmpty(), qPrintable(words));
            QVERIFY2(ObligationExtractor::obligations(item, Language::English).isEmpty(), qPrintable(words));
        }
    }

    void seedPenalties()
    {
        const QStringList items = seedItems();
        auto amounts = [](const QList<ObligationExtractor::FoundPenalty> &found) {
            QList<double> result;
            for (const auto &f : found) {
                result.append(f.penalty.amount);
            }
            return result;
        };
        const auto live = ObligationExtractor::penalties(
            itemContaining(items, QStringLiteral("7 typical cases in the live e-commerce field")),
            Language::English);
        QCOMPARE(amounts(live),
                 (QList<double>{2000000, 400000, 117900, 184500, 280000, 200000, 4877.6, 25600}));
        const auto unfair = ObligationExtractor::penalties(
            itemContaining(items, QStringLiteral("5 typical cases of online unfair competition")),
            Language::English);
        QCOMPARE(amounts(unfair), (QList<double>{530000, 200000, 390000, 500000, 200000}));
        for (const auto &f : unfair) {
            QCOMPARE(f.penalty.currency, QStringLiteral("CNY"));
            QVERIFY(f.penalty.description.en.contains(QStringLiteral("fined")));
        }
        // A plan's "core industry scale exceeding 50 billion yuan" is no penalty.
        QVERIFY(ObligationExtractor::penalties(
                    itemContaining(items, QStringLiteral("Embodied Intelligence Industries in Shanghai")),
                    Language::English)
                    .isEmpty());
    }

    void englishSamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("clauses");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("parameters");

        QTest::newRow("log retention")
            << QStringLiteral("Operators must keep network logs for at least six months.")
            << QStringList{QStringLiteral("Operators must keep network logs for at least six months")}
            << QStringList{QStringLiteral("retain")} << QStringList{QStringLiteral(">= 6 month")};
        QTest::newRow("night and age")
            << QStringLiteral(
                   "Providers shall not offer services to users under 14 between 10 p.m. and 6 a.m.")
            << QStringList{QStringLiteral(
                   "Providers shall not offer services to users under 14 between 10 p.m. "
                   "and 6 a.m")}
            << QStringList{QStringLiteral("must_not")}
            << QStringList{QStringLiteral("<= 14 age; between 22:00-06:00 time")};
        QTest::newRow("reminder")
            << QStringLiteral("Apps must remind users every 45 minutes and keep a note of each reminder.")
            << QStringList{QStringLiteral(
                   "Apps must remind users every 45 minutes and keep a note of each reminder")}
            << QStringList{QStringLiteral("disclose")} << QStringList{QStringLiteral("every 45 minute")};
        QTest::newRow("notice and history")
            << QStringLiteral(
                   "  Platforms must give at least 7 days of public notice before changing their fee "
                   "rules, and retain historical versions for three years.")
            << QStringList{QStringLiteral(
                               "Platforms must give at least 7 days of public notice before changing "
                               "their fee rules"),
                           QStringLiteral("retain historical versions for three years")}
            << QStringList{QStringLiteral("disclose"), QStringLiteral("retain")}
            << QStringList{QStringLiteral(">= 7 day"), QStringLiteral(">= 3 year")};
        QTest::newRow("condition stays with its duty")
            << QStringLiteral("Where a service is offered to children under 14, the provider must obtain a "
                              "guardian's consent.")
            << QStringList{QStringLiteral(
                   "Where a service is offered to children under 14, the provider must "
                   "obtain a guardian's consent")}
            << QStringList{QStringLiteral("must_do")} << QStringList{QStringLiteral("<= 14 age")};
        QTest::newRow("enumerated")
            << QStringLiteral(
                   "First, operators shall file their algorithms with the regulator within 10 working "
                   "days; second, they shall label synthetic images; third, they must not sell "
                   "personal information.")
            << QStringList{QStringLiteral(
                               "operators shall file their algorithms with the regulator within 10 "
                               "working days"),
                           QStringLiteral("they shall label synthetic images"),
                           QStringLiteral("they must not sell personal information")}
            << QStringList{QStringLiteral("file_register"), QStringLiteral("label"),
                           QStringLiteral("must_not")}
            << QStringList{QStringLiteral("<= 10 day"), QString(), QString()};
        QTest::newRow("percentage")
            << QStringLiteral("Providers must ensure that the accuracy rate is no less than 95%.")
            << QStringList{QStringLiteral("Providers must ensure that the accuracy rate is no less than 95%")}
            << QStringList{QStringLiteral("must_do")} << QStringList{QStringLiteral(">= 95 percent")};
        QTest::newRow("audit") << QStringLiteral(
            "Handlers are required to carry out a compliance audit at least once a year.")
                               << QStringList{QStringLiteral(
                                      "Handlers are required to carry out a compliance audit at least once a "
                                      "year")}
                               << QStringList{QStringLiteral("assess")} << QStringList{QString()};
    }

    void englishSamples()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, clauses);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, parameters);
        const auto found = ObligationExtractor::obligations(text, Language::English, Offset);
        QStringList spans;
        QStringList foundKinds;
        QStringList foundParameters;
        for (const CandidateObligation &c : found) {
            spans.append(text.mid(c.span.start - Offset, c.span.length));
            foundKinds.append(Vocabulary::key(c.obligation.kind));
            foundParameters.append(describe(c.obligation.parameters));
            QVERIFY(spanMatchesText(text, c, Language::English));
            QVERIFY(c.selected);
        }
        QCOMPARE(spans, clauses);
        QCOMPARE(foundKinds, kinds);
        QCOMPARE(foundParameters, parameters);
    }

    void chineseSamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("clauses");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("parameters");

        QTest::newRow("日志留存") << QStringLiteral("国家互联网信息办公室发布《网络数据安全管理规定（征求意见"
                                                    "稿）》。规定明确，网络平台运营者应当记录用户"
                                                    "登录日志，日志保存不少于六个月。平台不得向第三方提供未经"
                                                    "同意的个人信息。违反规定的，由网信部门责令"
                                                    "改正，处十万元以上五十万元以下罚款。")
                                  << QStringList{QStringLiteral("网络平台运营者应当记录用户登录日志"),
                                                 QStringLiteral("日志保存不少于六个月"),
                                                 QStringLiteral("平台不得向第三方提供未经同意的个人信息")}
                                  << QStringList{QStringLiteral("retain"), QStringLiteral("retain"),
                                                 QStringLiteral("must_not")}
                                  << QStringList{QString(), QStringLiteral(">= 6 month"), QString()};
        QTest::newRow("未成年人模式")
            << QStringLiteral(
                   "《未成年人模式建设指引》要求，应用程序在未成年人模式下每日22时至次日6时不得向未成年人提供"
                   "服务；不满"
                   "十四周岁的未成年人每日累计使用时长不超过1小时，连续使用每满30分钟应当进行休息提醒。")
            << QStringList{QStringLiteral("应用程序在未成年人模式下每日22时至次日6时不得向未成年人提供服务"),
                           QStringLiteral("不满十四周岁的未成年人每日累计使用时长不超过1小时"),
                           QStringLiteral("连续使用每满30分钟应当进行休息提醒")}
            << QStringList{QStringLiteral("must_not"), QStringLiteral("must_do"), QStringLiteral("disclose")}
            << QStringList{QStringLiteral("between 22:00-06:00 time"), QStringLiteral("<= 14 age; <= 1 hour"),
                           QStringLiteral("every 30 minute")};
        QTest::newRow("收费规则")
            << QStringLiteral("平台经营者修改收费规则的，应当提前七日公示并征求意见，收费规则的历史版本应当保"
                              "存三年。平台经营者不得"
                              "实施重复收费、未提供服务收费等八类不合理收费行为。")
            << QStringList{QStringLiteral("平台经营者修改收费规则的，应当提前七日公示并征求意见"),
                           QStringLiteral("收费规则的历史版本应当保存三年"),
                           QStringLiteral("平台经营者不得实施重复收费、未提供服务收费等八类不合理收费行为")}
            << QStringList{QStringLiteral("disclose"), QStringLiteral("retain"), QStringLiteral("must_not")}
            << QStringList{QStringLiteral(">= 7 day"), QStringLiteral(">= 3 year"),
                           QStringLiteral("= 8 count")};
        QTest::newRow("标识")
            << QStringLiteral("生成式人工智能服务提供者应当对生成合成内容添加显式标识。服务提供者应当在用户协"
                              "议中明确告知标识要求，"
                              "并对标识情况开展评估。")
            << QStringList{QStringLiteral("生成式人工智能服务提供者应当对生成合成内容添加显式标识"),
                           QStringLiteral("服务提供者应当在用户协议中明确告知标识要求，并对标识情况开展评估")}
            << QStringList{QStringLiteral("label"), QStringLiteral("disclose")}
            << QStringList{QString(), QString()};
        QTest::newRow("备案")
            << QStringLiteral("具有舆论属性或者社会动员能力的算法推荐服务提供者，应当在提供服务之日起十个工作"
                              "日内履行备案手续。备案"
                              "信息发生变更的，应当在变更之日起十个工作日内办理变更手续。")
            << QStringList{QStringLiteral("具有舆论属性或者社会动员能力的算法推荐服务提供者，应当在提供服务之"
                                          "日起十个工作日内"
                                          "履行备案手续"),
                           QStringLiteral("备案信息发生变更的，应当在变更之日起十个工作日内办理变更手续")}
            << QStringList{QStringLiteral("file_register"), QStringLiteral("file_register")}
            << QStringList{QStringLiteral("<= 10 day"), QStringLiteral("<= 10 day")};
        QTest::newRow("审计与监护人同意")
            << QStringLiteral("平台应当每年至少开展一次个人信息保护合规审计。向不满十四周岁未成年人提供服务的"
                              "，应当取得其监护人"
                              "同意。")
            << QStringList{QStringLiteral("平台应当每年至少开展一次个人信息保护合规审计"),
                           QStringLiteral("向不满十四周岁未成年人提供服务的，应当取得其监护人同意")}
            << QStringList{QStringLiteral("assess"), QStringLiteral("must_do")}
            << QStringList{QString(), QStringLiteral("<= 14 age")};
        QTest::newRow("影响评估") << QStringLiteral(
            "（一）个人信息处理者应当在处理敏感个人信息前进行个人信息保护影响评估，评估报告和处理情况记录应当"
            "至少保存三年；（二）严禁以默认勾选方式取得个人同意。")
                                  << QStringList{QStringLiteral("个人信息处理者应当在处理敏感个人信息前进行个"
                                                                "人信息保护影响评估"),
                                                 QStringLiteral("评估报告和处理情况记录应当至少保存三年"),
                                                 QStringLiteral("严禁以默认勾选方式取得个人同意")}
                                  << QStringList{QStringLiteral("assess"), QStringLiteral("retain"),
                                                 QStringLiteral("must_not")}
                                  << QStringList{QString(), QStringLiteral(">= 3 year"), QString()};
    }

    void chineseSamples()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, clauses);
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, parameters);
        const auto found = ObligationExtractor::obligations(text, Language::Chinese, Offset);
        QStringList spans;
        QStringList foundKinds;
        QStringList foundParameters;
        for (const CandidateObligation &c : found) {
            spans.append(text.mid(c.span.start - Offset, c.span.length));
            foundKinds.append(Vocabulary::key(c.obligation.kind));
            foundParameters.append(describe(c.obligation.parameters));
            QVERIFY(spanMatchesText(text, c, Language::Chinese));
            QVERIFY(c.obligation.text.zh.endsWith(u'。'));
            QVERIFY(c.obligation.text.en.isEmpty());
            for (const ObligationParameter &p : c.obligation.parameters) {
                QVERIFY(!p.name.zh.isEmpty());
                QVERIFY(!p.name.en.isEmpty());
            }
            QVERIFY(c.selected);
        }
        QCOMPARE(spans, clauses);
        QCOMPARE(foundKinds, kinds);
        QCOMPARE(foundParameters, parameters);
    }

    void parameterNames()
    {
        const auto english = ObligationExtractor::obligations(
            QStringLiteral("Apps must remind users after every 30 minutes of continuous use."),
            Language::English);
        QCOMPARE(english.size(), 1);
        QCOMPARE(english.constFirst().obligation.parameters.size(), 1);
        const ObligationParameter interval = english.constFirst().obligation.parameters.constFirst();
        QCOMPARE(interval.name.zh, QStringLiteral("间隔"));
        QVERIFY(!interval.name.en.isEmpty());

        const auto chinese = ObligationExtractor::obligations(
            QStringLiteral("网络日志应当保存不少于六个月。"), Language::Chinese);
        QCOMPARE(chinese.size(), 1);
        const ObligationParameter retention = chinese.constFirst().obligation.parameters.constFirst();
        QCOMPARE(retention.name.zh, QStringLiteral("网络日志保存"));
        QCOMPARE(retention.name.en, QStringLiteral("retention period"));
        QCOMPARE(describe(retention), QStringLiteral(">= 6 month"));
    }

    void weakCuesAreUnticked()
    {
        // "encourage" and 鼓励 suggest; the reviewer sees them, unticked.
        const auto english = ObligationExtractor::obligations(
            QStringLiteral("The authority encourages platforms to publish transparency reports."),
            Language::English);
        QCOMPARE(english.size(), 1);
        QVERIFY(english.constFirst().confidence < 0.5);
        QVERIFY(!english.constFirst().selected);
        const auto chinese = ObligationExtractor::obligations(QStringLiteral("鼓励行业组织制定相关标准。"),
                                                              Language::Chinese);
        QCOMPARE(chinese.size(), 1);
        QVERIFY(!chinese.constFirst().selected);
        // A modal with a number is surer than a modal alone.
        const auto withNumber = ObligationExtractor::obligations(
            QStringLiteral("Operators must keep logs for at least six months."), Language::English);
        const auto withoutNumber = ObligationExtractor::obligations(
            QStringLiteral("Operators must keep logs."), Language::English);
        QCOMPARE(withNumber.size(), 1);
        QCOMPARE(withoutNumber.size(), 1);
        QVERIFY(withNumber.constFirst().confidence > withoutNumber.constFirst().confidence);
    }

    void descriptiveSentencesGiveNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::newRow("scope") << QStringLiteral("The measures specify that they apply to AI research and "
                                                 "development carried out within the territory.")
                               << Language::English;
        QTest::newRow("purpose") << QStringLiteral(
            "The MIIT solicited public opinions on the measures, aiming to "
            "refine ethics requirements and to emphasize responsibilities.")
                                 << Language::English;
        QTest::newRow("tally") << QStringLiteral(
            "As of 30 June, a total of 439 services had completed filing and "
            "233 applications had completed registration.")
                               << Language::English;
        QTest::newRow("introduction")
            << QStringLiteral("The guidelines propose requirements graded by stage:") << Language::English;
        QTest::newRow("enforcement") << QStringLiteral(
            "The regulator interviewed 31 platforms and closed 981 websites "
            "during a 20-day campaign.")
                                     << Language::English;
        QTest::newRow("会议") << QStringLiteral(
            "国家网信办近日召开座谈会，介绍了人工智能治理工作进展。会议由有关部门负责同志主持，"
            "多家企业代表参加。")
                              << Language::Chinese;
        QTest::newRow("应用") << QStringLiteral("该应用程序上线后反响热烈，相应的应急响应机制已经启动。")
                              << Language::Chinese;
        QTest::newRow("标准名称") << QStringLiteral(
            "全国网安标委发布《移动互联网未成年人模式技术要求》，2025年7月29日起征求意见。")
                                  << Language::Chinese;
    }

    void descriptiveSentencesGiveNothing()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        const auto found = ObligationExtractor::obligations(text, language);
        QVERIFY2(found.isEmpty(),
                 qPrintable(found.isEmpty() ? QString() : found.constFirst().obligation.text.in(language)));
    }

    void penalties_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QList<double>>("amounts");
        QTest::addColumn<QStringList>("written");

        QTest::newRow("fined and confiscated") << QStringLiteral(
            "A live-streaming company was fined and confiscated 117,900 yuan for improper prize "
            "promotions.") << Language::English << QList<double>{117900}
                                               << QStringList{QStringLiteral("117,900 yuan")};
        QTest::newRow("million") << QStringLiteral(
            "An education company was fined 2 million yuan with license revocation.")
                                 << Language::English << QList<double>{2000000}
                                 << QStringList{QStringLiteral("2 million yuan")};
        QTest::newRow("respectively")
            << QStringLiteral(
                   "Two toy makers were fined and confiscated 4,877.6 yuan and 25,600 yuan respectively.")
            << Language::English << QList<double>{4877.6, 25600}
            << QStringList{QStringLiteral("4,877.6 yuan"), QStringLiteral("25,600 yuan")};
        // A range of fines is recorded as its upper bound: the most a company is exposed to.
        QTest::newRow("range") << QStringLiteral("Violators face fines of between 100,000 and 500,000 yuan.")
                               << Language::English << QList<double>{500000}
                               << QStringList{QStringLiteral("between 100,000 and 500,000 yuan")};
        QTest::newRow("RMB first") << QStringLiteral("The platform was fined RMB 50,000.")
                                   << Language::English << QList<double>{50000}
                                   << QStringList{QStringLiteral("RMB 50,000")};
        QTest::newRow("not a fine") << QStringLiteral(
            "The plan targets a core industry scale exceeding 50 billion yuan.")
                                    << Language::English << QList<double>{} << QStringList{};
        QTest::newRow("罚款20万元") << QStringLiteral("某平台因未履行审核义务被罚款20万元。")
                                    << Language::Chinese << QList<double>{200000}
                                    << QStringList{QStringLiteral("20万元")};
        QTest::newRow("人民币") << QStringLiteral("某公司被处以罚款人民币5000元。") << Language::Chinese
                                << QList<double>{5000} << QStringList{QStringLiteral("人民币5000元")};
        // As in English, "以上…以下" is recorded as its upper bound.
        QTest::newRow("以上以下") << QStringLiteral("违反规定的，处10万元以上50万元以下罚款。")
                                  << Language::Chinese << QList<double>{500000}
                                  << QStringList{QStringLiteral("10万元以上50万元以下")};
        QTest::newRow("中文数字") << QStringLiteral("违反规定的，处十万元以上五十万元以下罚款。")
                                  << Language::Chinese << QList<double>{500000}
                                  << QStringList{QStringLiteral("十万元以上五十万元以下")};
        QTest::newRow("罚没") << QStringLiteral("另一公司被罚款20万元，并没收违法所得1.5万元。")
                              << Language::Chinese << QList<double>{200000, 15000}
                              << QStringList{QStringLiteral("20万元"), QStringLiteral("1.5万元")};
        QTest::newRow("投资") << QStringLiteral("该项目总投资达三亿元。") << Language::Chinese
                              << QList<double>{} << QStringList{};
    }

    void penalties()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(QList<double>, amounts);
        QFETCH(QStringList, written);
        const auto found = ObligationExtractor::penalties(text, language, Offset);
        QList<double> foundAmounts;
        QStringList foundWritten;
        for (const auto &f : found) {
            foundAmounts.append(f.penalty.amount);
            foundWritten.append(text.mid(f.span.start - Offset, f.span.length));
            QCOMPARE(f.span.field, QString::fromUtf16(ImportField::Penalty));
            QCOMPARE(f.penalty.currency, QStringLiteral("CNY"));
            // The description is the clause the amount came from, in the item's language.
            const QString description = f.penalty.description.in(language);
            QVERIFY(!description.isEmpty());
            QVERIFY(description.contains(text.mid(f.span.start - Offset, f.span.length)));
            QVERIFY(f.penalty.description
                        .in(language == Language::English ? Language::Chinese : Language::English)
                        .isEmpty());
        }
        QCOMPARE(foundAmounts, amounts);
        QCOMPARE(foundWritten, written);
    }

    void oddInputIsHarmless()
    {
        QList<QString> inputs{QString(),
                              QStringLiteral("."),
                              QStringLiteral(";;;,,,:::。。。，，，"),
                              QStringLiteral("must"),
                              QStringLiteral("应"),
                              QStringLiteral("(1)(2)(3)"),
                              QStringLiteral("\"unclosed, must keep logs for 6 months"),
                              QStringLiteral("must keep logs for ") + QString(400, u'9')
                                  + QStringLiteral(" days"),
                              QStringLiteral("罚款") + QString(300, u'九') + QStringLiteral("万元"),
                              QStringLiteral("from 99:99 to 25:00; 九九九九九九九九九时至一时"),
                              QString(5000, u' ') + QStringLiteral("must")};
        // Random text from a fixed seed, with the characters the patterns care about.
        const QString alphabet = QStringLiteral(
            "ab must shall 应当不得保存不少于六个月罚款万元 0123456789,.;:()（）“”\"，。；：%/ \n");
        QRandomGenerator random(7);
        QString noise;
        for (int i = 0; i < 100000; ++i) {
            noise.append(alphabet.at(random.bounded(int(alphabet.size()))));
        }
        inputs.append(noise);
        for (const QString &input : inputs) {
            for (Language language : {Language::English, Language::Chinese}) {
                for (const CandidateObligation &c :
                     ObligationExtractor::obligations(input, language, Offset)) {
                    QVERIFY(c.span.start >= Offset);
                    QVERIFY(c.span.start - Offset + c.span.length <= input.size());
                    QVERIFY(c.span.length > 0);
                }
                for (const auto &p : ObligationExtractor::penalties(input, language, Offset)) {
                    QVERIFY(p.span.start >= Offset);
                    QVERIFY(p.span.start - Offset + p.span.length <= input.size());
                    QVERIFY(p.penalty.amount > 0);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestObligationExtractor)
#include "tst_obligationextractor.moc"
