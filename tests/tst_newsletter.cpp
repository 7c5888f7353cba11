// SPDX-License-Identifier: GPL-3.0-or-later
// Newsletter import judged by what a person reads in the text: fixtures in the layouts real newsletters use
// (numbered headings, bullets under month headings, labelled fields, Chinese, bare paragraphs) and the seed
// newsletter compared with the demo data made from it by hand. Every expected value below was read off the
// fixture, never taken from a run of the parser. Re-importing the same file must find everything already
// there, and a changed item must be reported as changed, with what changed.

#include "TestSupport.h"

#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "ImportService.h"
#include "Statistics.h"
#include "Vocabulary.h"

#include <QFile>

#include <algorithm>
#include <optional>

using namespace rt::core;

namespace {

// What a reader expects of one item. Optional fields are checked only when set; the dates are always
// checked, an invalid one meaning "the text gives none".
struct Expected
{
    int number = 0;
    QStringList authorities; // lead issuer first
    QDate announced; // invalid: no date in the text, and then a warning is expected
    QDate commentDeadline;
    QDate effective;
    std::optional<DevelopmentKind> kind;
    std::optional<Stage> stage;
    QString documentTitle; // in the item's language, 《》 ignored
    QList<double> penalties; // amounts in yuan, in any order
    std::optional<bool> multiDepartment;
    QStringList topics; // each of these must be among the detected ones
    Language language = Language::English;
    QString unknownAuthority; // an issuer that is not in the database, as written
    QString keeps; // a phrase the item's source text must keep (continuation lines, inline lists)
};

QString fixturePath(const QString &name)
{
    return QStringLiteral(RT_TEST_DATA "/import/") + name;
}

QString fixtureText(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read a fixture");
    }
    return QString::fromUtf8(file.readAll());
}

ImportOptions newsletter(const QString &source, int year)
{
    return ImportOptions{ImportFormat::Newsletter, source, year};
}

// The newsletter's items as the demo holds them (without the illustrative final versions written for the
// demo).
QList<Development> demoDevelopments()
{
    QFile file(QStringLiteral(RT_SOURCE_DIR "/resources/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the demo data");
    }
    QList<Development> items;
    for (const Development &d :
         ExchangeFormat::parse(file.readAll(), QStringLiteral("demo.json")).developments) {
        if (d.sourcePublication == QLatin1StringView("China TMT newsletter")) {
            items.append(d);
        }
    }
    return items;
}

QString show(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("none");
}

QString show(const QStringList &list)
{
    return u'[' + list.join(QStringLiteral(", ")) + u']';
}

QString show(QList<double> values)
{
    std::sort(values.begin(), values.end());
    QStringList parts;
    for (double a : values) {
        parts.append(QString::number(a, 'f', 2));
    }
    return show(parts);
}

QList<double> amounts(const Development &d)
{
    QList<double> result;
    for (const Penalty &p : d.penalties) {
        result.append(p.amount);
    }
    return result;
}

QString bare(QString title)
{
    return title.remove(u'《').remove(u'》').trimmed();
}

// Whether a candidate obligation of the item carries the parameter (and, when given, its comparison).
bool hasParameter(const ImportItem &item, const QString &value, ParameterUnit unit,
                  std::optional<ParameterOp> op = std::nullopt)
{
    for (const CandidateObligation &c : item.obligations) {
        for (const ObligationParameter &p : c.obligation.parameters) {
            if (p.value == value && p.unit == unit && (!op || p.op == *op)) {
                return true;
            }
        }
    }
    return false;
}

// Everything in which the item differs from what the reader expects, one line each.
QStringList differences(const ImportItem &item, const Expected &e)
{
    QStringList out;
    const Development &d = item.development;
    const QString at = QStringLiteral("item %1 (line %2): ").arg(e.number).arg(item.line);
    const auto check = [&](bool same, const char *field, const QString &expected, const QString &actual) {
        if (!same) {
            out.append(at + QLatin1StringView(field) + QStringLiteral(": expected ") + expected
                       + QStringLiteral(", got ") + actual);
        }
    };
    check(item.number == e.number, "number", QString::number(e.number), QString::number(item.number));
    check(d.authorities == e.authorities, "authorities", show(e.authorities), show(d.authorities));
    // "No date in the text": an item dated only approximately, by the newsletter's period, with a warning.
    const bool ownDate = d.announced.isValid() && !d.announcedUntil.isValid();
    check(e.announced.isValid() ? d.announced == e.announced && ownDate : !ownDate, "announced",
          show(e.announced),
          show(d.announced) + (d.announcedUntil.isValid() ? QStringLiteral(" (approximate)") : QString()));
    if (!e.announced.isValid()) {
        check(!item.warnings.isEmpty(), "warnings", QStringLiteral("a warning about the missing date"),
              QStringLiteral("none"));
    }
    check(d.commentDeadline == e.commentDeadline, "comment deadline", show(e.commentDeadline),
          show(d.commentDeadline));
    check(d.effective == e.effective, "effective", show(e.effective), show(d.effective));
    if (e.kind) {
        check(d.kind == *e.kind, "kind", Vocabulary::key(*e.kind), Vocabulary::key(d.kind));
    }
    if (e.stage) {
        check(d.stage == *e.stage, "stage", Vocabulary::key(*e.stage), Vocabulary::key(d.stage));
    }
    if (!e.documentTitle.isEmpty()) {
        const QString title = bare(d.documentTitle.in(e.language));
        check(title == e.documentTitle, "document title", e.documentTitle, title);
    }
    QList<double> expectedAmounts = e.penalties;
    QList<double> actualAmounts = amounts(d);
    std::sort(expectedAmounts.begin(), expectedAmounts.end());
    std::sort(actualAmounts.begin(), actualAmounts.end());
    check(expectedAmounts == actualAmounts, "penalties", show(e.penalties), show(amounts(d)));
    if (e.multiDepartment) {
        check(d.multiDepartment == *e.multiDepartment, "multiDepartment",
              QVariant(*e.multiDepartment).toString(), QVariant(d.multiDepartment).toString());
    }
    for (const QString &topic : e.topics) {
        check(d.topics.contains(topic), "topics", QStringLiteral("to include ") + topic, show(d.topics));
    }
    check(item.language == e.language, "language",
          e.language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en"),
          item.language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    if (!e.unknownAuthority.isEmpty()) {
        const bool named = std::any_of(item.unknownAuthorities.cbegin(), item.unknownAuthorities.cend(),
                                       [&](const QString &n) { return n.contains(e.unknownAuthority); });
        check(named, "unknown authorities", QStringLiteral("to name ") + e.unknownAuthority,
              show(item.unknownAuthorities));
        check(!item.warnings.isEmpty(), "warnings", QStringLiteral("a warning about the unknown issuer"),
              QStringLiteral("none"));
    } else {
        check(item.unknownAuthorities.isEmpty(), "unknown authorities", QStringLiteral("none"),
              show(item.unknownAuthorities));
    }
    if (!e.keeps.isEmpty()) {
        check(item.sourceText.contains(e.keeps), "source text", QStringLiteral("to keep “") + e.keeps + u'”',
              item.sourceText.left(80) + QStringLiteral("…"));
    }
    return out;
}

// The items found, one line each, for messages about their number.
QString listing(const ImportBatch &batch)
{
    QStringList lines;
    for (const ImportItem &item : batch.items) {
        lines.append(QStringLiteral("  %1 (line %2): ").arg(item.number).arg(item.line)
                     + item.sourceText.left(70).replace(u'\n', u' '));
    }
    return QStringLiteral("%1 items:\n").arg(batch.items.size()) + lines.join(u'\n');
}

// Compares the whole batch with the reader's account and reports every difference at once, so that one run
// shows all that is left to do.
void verifyItems(const ImportBatch &batch, const QList<Expected> &expected)
{
    QStringList problems;
    if (batch.items.size() != expected.size()) {
        problems.append(QStringLiteral("expected %1 items, found ").arg(expected.size()) + listing(batch));
    }
    for (qsizetype i = 0; i < std::min(batch.items.size(), expected.size()); ++i) {
        problems.append(differences(batch.items.at(i), expected.at(i)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

// Counts of reconcile's verdicts, for messages.
QString verdicts(const ImportBatch &batch)
{
    QStringList parts;
    for (const ImportItem &item : batch.items) {
        const char *name = item.match == ImportMatch::New ? "new"
            : item.match == ImportMatch::Unchanged        ? "unchanged"
                                                          : "changed";
        parts.append(QString::number(item.number) + u':' + QLatin1StringView(name));
    }
    return parts.join(u' ');
}

QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *code : list) {
        result.append(QString::fromLatin1(code));
    }
    return result;
}

} // namespace

class TestNewsletter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = rt::test::newDatabase(m_dir, QStringLiteral("demo.sqlite"), true);
        m_demo = demoDevelopments();
        QCOMPARE(m_demo.size(), 28);
        m_seed = ImportService(*m_db).read(fixturePath(QStringLiteral("seed-newsletter.txt")),
                                           newsletter(QStringLiteral("China TMT newsletter"), 2025));
    }

    // Numbered headings starting at 7 with the date in brackets, section labels, an inline (1)…(3) list
    // inside one item, and boilerplate before and after ("Key highlights", "Our views") that is no item.
    void numberedHeadings()
    {
        const ImportBatch batch
            = ImportService(*m_db).read(fixturePath(QStringLiteral("newsletter-numbered-en.txt")),
                                        newsletter(QStringLiteral("China Digital Regulation Update"), 0));
        QCOMPARE(batch.year, 2025);
        Expected labelling;
        labelling.number = 7;
        labelling.authorities = codes({"CAC", "MIIT"});
        labelling.announced = day(2025, 3, 14);
        labelling.effective = day(2025, 9, 1);
        labelling.stage = Stage::Issued;
        labelling.documentTitle = QStringLiteral(
            "Measures for Labelling Artificial Intelligence Generated and Synthetic Content");
        labelling.topics = {QStringLiteral("generative_ai")};
        labelling.keeps = QStringLiteral("(3) Distribution platforms must check the metadata");

        Expected liveCommerce;
        liveCommerce.number = 8;
        liveCommerce.authorities = codes({"SAMR"});
        liveCommerce.announced = day(2025, 3, 21);
        liveCommerce.commentDeadline = day(2025, 4, 20);
        liveCommerce.stage = Stage::DraftForComments;
        liveCommerce.documentTitle = QStringLiteral("Measures for the Supervision and Administration of "
                                                    "Live-Streaming E-Commerce (Draft for Comments)");
        liveCommerce.multiDepartment = false;
        liveCommerce.topics = {QStringLiteral("e_commerce")};

        Expected audits;
        audits.number = 9;
        audits.authorities = codes({"TC260"});
        audits.announced = day(2025, 3, 28);
        audits.stage = Stage::Issued;
        audits.multiDepartment = false;
        audits.topics = {QStringLiteral("personal_information"), QStringLiteral("standards")};

        Expected advertising;
        advertising.number = 10;
        advertising.authorities = codes({"HZ-SAMR"});
        advertising.announced = day(2025, 3, 5);
        advertising.kind = DevelopmentKind::EnforcementAction;
        advertising.penalties = {300000, 1200000, 45000, 80000};
        advertising.multiDepartment = false;
        advertising.topics = {QStringLiteral("advertising")};

        Expected judgment;
        judgment.number = 11;
        judgment.authorities = codes({"BJ-INT-COURT"});
        judgment.announced = day(2025, 3, 18);
        judgment.kind = DevelopmentKind::CourtJudgment;
        judgment.multiDepartment = false;

        verifyItems(batch, {labelling, liveCommerce, audits, advertising, judgment});
        if (QTest::currentTestFailed()) {
            return;
        }
        // "keep recordings … for no less than 3 years" is a retention period with its parameter.
        QVERIFY(hasParameter(batch.items.at(1), QStringLiteral("3"), ParameterUnit::Year));
        // The closing opinion names authorities and a date, but it is the publisher's view, not news.
        for (const ImportItem &item : batch.items) {
            QVERIFY2(!item.sourceText.contains(QStringLiteral("We expect")), qPrintable(item.sourceText));
            QVERIFY2(!item.sourceText.contains(QStringLiteral("Key highlights")),
                     qPrintable(item.sourceText));
        }
    }

    // Unnumbered heading lines over paragraphs dated only in the body, then dash and bullet items under
    // month headings with day-only dates; the year is printed once, at the top; one item has no date.
    void bulletsAndMonthHeadings()
    {
        const ImportBatch batch
            = ImportService(*m_db).read(fixturePath(QStringLiteral("newsletter-bullets-en.txt")),
                                        newsletter(QStringLiteral("Tech Policy Digest"), 0));
        QCOMPARE(batch.year, 2024);
        Expected preinstalled;
        preinstalled.number = 1;
        preinstalled.authorities = codes({"MIIT"});
        preinstalled.announced = day(2024, 5, 6);
        preinstalled.stage = Stage::Issued;
        preinstalled.multiDepartment = false;

        Expected trainingData;
        trainingData.number = 2;
        trainingData.authorities = codes({"TC260"});
        trainingData.announced = day(2024, 5, 17);
        trainingData.commentDeadline = day(2024, 7, 16);
        trainingData.stage = Stage::DraftForComments;
        trainingData.topics = {QStringLiteral("generative_ai")};

        Expected pledge; // no date anywhere in it
        pledge.number = 3;
        pledge.authorities = codes({"ISC"});

        Expected unfair;
        unfair.number = 4;
        unfair.authorities = codes({"SAMR"});
        unfair.announced = day(2024, 6, 12);
        unfair.kind = DevelopmentKind::EnforcementAction;
        unfair.penalties = {150000, 80000};
        unfair.topics = {QStringLiteral("unfair_competition")};

        Expected location;
        location.number = 5;
        location.authorities = codes({"SH-CAC"});
        location.announced = day(2024, 6, 25);
        location.keeps = QStringLiteral("within 15 days");

        Expected rumours;
        rumours.number = 6;
        rumours.authorities = codes({"GD-CAC"});
        rumours.announced = day(2024, 7, 3);

        verifyItems(batch, {preinstalled, trainingData, pledge, unfair, location, rumours});
        if (QTest::currentTestFailed()) {
            return;
        }
        const ImportItem &undated = batch.items.at(2);
        // Dated approximately by the year, with low confidence and a warning.
        QCOMPARE(undated.development.announced, QDate(2024, 1, 1));
        QCOMPARE(undated.development.announcedUntil, QDate(2024, 12, 31));
        QVERIFY(undated.confidence.value(QString::fromUtf16(ImportField::Announced)) < 0.5);
        QVERIFY(!undated.warnings.isEmpty());
        // The dated items carry no such warning.
        QVERIFY(batch.items.at(0).confidence.value(QString::fromUtf16(ImportField::Announced)) > 0);
    }

    // Labelled fields per item (issuing agency, promulgation / publication date, effective date, comment
    // deadline), values wrapped onto an indented second line, and a date glued to the body: "(3 June)The …".
    void labelledFields()
    {
        const ImportBatch batch
            = ImportService(*m_db).read(fixturePath(QStringLiteral("newsletter-fields-en.txt")),
                                        newsletter(QStringLiteral("Regulatory Watch"), 0));
        QCOMPARE(batch.year, 2025);
        Expected audits;
        audits.number = 1;
        audits.authorities = codes({"CAC"});
        audits.announced = day(2025, 2, 12);
        audits.effective = day(2025, 5, 1);
        audits.stage = Stage::Issued;
        audits.documentTitle = QStringLiteral("Administrative Measures for Personal Information Protection "
                                              "Compliance Audits");
        audits.multiDepartment = false;
        audits.topics = {QStringLiteral("personal_information")};

        Expected antiMonopoly; // the second issuer's name is wrapped onto the next line
        antiMonopoly.number = 2;
        antiMonopoly.authorities = codes({"SAMR", "MIIT"});
        antiMonopoly.announced = day(2025, 5, 20);
        antiMonopoly.effective = day(2025, 7, 1);
        antiMonopoly.stage = Stage::Issued;
        antiMonopoly.documentTitle
            = QStringLiteral("Anti-Monopoly Compliance Guidelines for Internet Platform "
                             "Operators");

        Expected prices;
        prices.number = 3;
        prices.authorities = codes({"SAMR"});
        prices.announced = day(2025, 6, 3);
        prices.kind = DevelopmentKind::EnforcementAction;
        prices.penalties = {250000, 60000};
        prices.multiDepartment = false;

        Expected vehicleData; // the committee's code is wrapped onto the next line
        vehicleData.number = 4;
        vehicleData.authorities = codes({"TC260"});
        vehicleData.announced = day(2025, 6, 18);
        vehicleData.commentDeadline = day(2025, 8, 17);
        vehicleData.stage = Stage::DraftForComments;
        vehicleData.documentTitle = QStringLiteral("Security Requirements for Vehicle Data Export (Draft for "
                                                   "Comments)");
        vehicleData.multiDepartment = false;
        vehicleData.topics
            = {QStringLiteral("intelligent_connected_vehicles"), QStringLiteral("data_security")};

        verifyItems(batch, {audits, antiMonopoly, prices, vehicleData});
        if (QTest::currentTestFailed()) {
            return;
        }
        // "at least once every two years" and "keep audit reports for at least 3 years".
        QVERIFY(!batch.items.at(0).obligations.isEmpty());
        QVERIFY(hasParameter(batch.items.at(3), QStringLiteral("6"), ParameterUnit::Month));
    }

    // A Chinese issue: 一、二、 section labels over 1. 2. items, 【】 and **bold** headings, 7月31日 and
    // 2025年8月20日 dates, 发布机关 / 发布日期 / 施行日期 labels, abbreviations (网信办, 市场监管总局) and a
    // local authority whose name contains the national one's (北京市网信办), 罚款20万元, 《titles》.
    void chineseNewsletter()
    {
        const ImportBatch batch
            = ImportService(*m_db).read(fixturePath(QStringLiteral("newsletter-zh.txt")),
                                        newsletter(QStringLiteral("科技与数据合规资讯"), 0));
        QCOMPARE(batch.year, 2025);
        Expected transfer;
        transfer.number = 1;
        transfer.authorities = codes({"CAC"});
        transfer.announced = day(2025, 7, 31);
        transfer.commentDeadline = day(2025, 9, 22);
        transfer.stage = Stage::DraftForComments;
        transfer.documentTitle = QStringLiteral("个人信息出境认证办法（征求意见稿）");
        transfer.multiDepartment = true; // 会同有关部门
        transfer.topics = {QStringLiteral("personal_information")};
        transfer.language = Language::Chinese;

        Expected platformRules;
        platformRules.number = 2;
        platformRules.authorities = codes({"SAMR", "MIIT"});
        platformRules.announced = day(2025, 8, 6);
        platformRules.effective = day(2025, 10, 1);
        platformRules.stage = Stage::Issued;
        platformRules.documentTitle = QStringLiteral("网络交易平台规则监督管理办法");
        platformRules.language = Language::Chinese;

        Expected beijing;
        beijing.number = 3;
        beijing.authorities = codes({"BJ-CAC"});
        beijing.announced = day(2025, 8, 5);
        beijing.kind = DevelopmentKind::EnforcementAction;
        beijing.penalties = {200000, 50000};
        beijing.multiDepartment = false;
        beijing.language = Language::Chinese;

        Expected hangzhou;
        hangzhou.number = 4;
        hangzhou.authorities = codes({"HZ-SAMR"});
        hangzhou.announced = day(2025, 8, 12);
        hangzhou.kind = DevelopmentKind::EnforcementAction;
        hangzhou.penalties = {350000, 80000};
        hangzhou.multiDepartment = false;
        hangzhou.topics = {QStringLiteral("unfair_competition")};
        hangzhou.language = Language::Chinese;

        Expected faceSwap;
        faceSwap.number = 5;
        faceSwap.authorities = codes({"BJ-INT-COURT"});
        faceSwap.announced = day(2025, 8, 20);
        faceSwap.kind = DevelopmentKind::CourtJudgment;
        faceSwap.multiDepartment = false;
        faceSwap.language = Language::Chinese;

        verifyItems(batch, {transfer, platformRules, beijing, hangzhou, faceSwap});
        if (QTest::currentTestFailed()) {
            return;
        }
        // 至少提前7日予以公示 and 保存不少于3年.
        QVERIFY(hasParameter(batch.items.at(1), QStringLiteral("7"), ParameterUnit::Day));
        QVERIFY(hasParameter(batch.items.at(1), QStringLiteral("3"), ParameterUnit::Year));
    }

    // Paragraphs only, English and Chinese mixed, no year anywhere (it comes from the options), one issuer
    // the database does not know and one "in collaboration with multiple departments".
    void headinglessParagraphs()
    {
        const ImportBatch batch
            = ImportService(*m_db).read(fixturePath(QStringLiteral("newsletter-headingless-zh-en.txt")),
                                        newsletter(QStringLiteral("Monthly briefing"), 2025));
        Expected dataMarket;
        dataMarket.number = 1;
        dataMarket.authorities = codes({"NDRC"});
        dataMarket.announced = day(2025, 9, 3);
        dataMarket.stage = Stage::Issued;
        dataMarket.multiDepartment = true;

        Expected shenzhen;
        shenzhen.number = 2;
        shenzhen.announced = day(2025, 9, 10);
        shenzhen.stage = Stage::Issued;
        shenzhen.unknownAuthority = QStringLiteral("Shenzhen Municipal Data Bureau");

        Expected cases;
        cases.number = 3;
        cases.authorities = codes({"SAMR"});
        cases.announced = day(2025, 9, 12);
        cases.kind = DevelopmentKind::EnforcementAction;
        cases.penalties = {500000, 120000};
        cases.multiDepartment = false;
        cases.topics = {QStringLiteral("unfair_competition")};
        cases.language = Language::Chinese;

        Expected registrations;
        registrations.number = 4;
        registrations.authorities = codes({"SH-CAC"});
        registrations.announced = day(2025, 9, 18);
        registrations.documentTitle = QStringLiteral("关于生成式人工智能服务已登记信息的公告");
        registrations.multiDepartment = false;
        registrations.topics = {QStringLiteral("generative_ai")};
        registrations.language = Language::Chinese;

        Expected algorithms;
        algorithms.number = 5;
        algorithms.authorities = codes({"BJ-CAC"});
        algorithms.announced = day(2025, 9, 24);
        algorithms.multiDepartment = false;
        algorithms.topics = {QStringLiteral("algorithm_governance")};

        verifyItems(batch, {dataMarket, shenzhen, cases, registrations, algorithms});
    }

    // The seed newsletter is the source of the demo data: its 28 items, in order, with the demo's issuers.
    void seedItemsAndAuthorities()
    {
        QVERIFY2(m_seed.items.size() == 28, qPrintable(listing(m_seed)));
        QStringList problems;
        for (int i = 0; i < 28; ++i) {
            const ImportItem &item = m_seed.items.at(i);
            const Development &want = m_demo.at(i);
            if (item.number != i + 1) {
                problems.append(QStringLiteral("item %1: number %2").arg(i + 1).arg(item.number));
            }
            if (item.development.authorities != want.authorities) {
                problems.append(QStringLiteral("item %1: authorities %2, expected %3")
                                    .arg(i + 1)
                                    .arg(show(item.development.authorities), show(want.authorities)));
            }
            if (item.development.multiDepartment != want.multiDepartment) {
                problems.append(QStringLiteral("item %1: multiDepartment %2")
                                    .arg(i + 1)
                                    .arg(item.development.multiDepartment ? QStringLiteral("true")
                                                                          : QStringLiteral("false")));
            }
            if (item.language != Language::English) {
                problems.append(QStringLiteral("item %1: not read as English").arg(i + 1));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    // Seven items have a heading with a date ("(31 July)"; item 12 lists three and the first is the
    // announcement); the others give only "as of" or "starting from" dates in the body, which are not the
    // day of the announcement: they are dated approximately by the newsletter's period ("In July and August
    // 2025"), and the reviewer is told so.
    void seedDates()
    {
        QVERIFY2(m_seed.items.size() == 28, qPrintable(listing(m_seed)));
        const QList<int> dated = {4, 5, 7, 8, 12, 19, 26};
        QStringList problems;
        for (int n = 1; n <= 28; ++n) {
            const Development &d = m_seed.items.at(n - 1).development;
            const bool exact = dated.contains(n);
            const QDate expected = exact ? m_demo.at(n - 1).announced : QDate(2025, 7, 1);
            const QDate until = exact ? QDate() : QDate(2025, 8, 31);
            if (d.announced != expected || d.announcedUntil != until) {
                problems.append(
                    QStringLiteral("item %1: announced %2 until %3, expected %4 until %5")
                        .arg(n)
                        .arg(show(d.announced), show(d.announcedUntil), show(expected), show(until)));
            }
            if (!exact && m_seed.items.at(n - 1).warnings.isEmpty()) {
                problems.append(QStringLiteral("item %1: no warning about the approximate date").arg(n));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    // Kind and stage where the wording says it: "solicited public opinions" is a draft for comments,
    // "typical cases" are enforcement, "issued a judgment" is a court judgment, "issued the …" is issued.
    void seedKindsAndStages()
    {
        QVERIFY2(m_seed.items.size() == 28, qPrintable(listing(m_seed)));
        QStringList problems;
        const auto expectStage = [&](int n, Stage stage) {
            const Stage got = m_seed.items.at(n - 1).development.stage;
            if (got != stage) {
                problems.append(QStringLiteral("item %1: stage %2, expected %3")
                                    .arg(n)
                                    .arg(Vocabulary::key(got), Vocabulary::key(stage)));
            }
        };
        const auto expectKind = [&](int n, DevelopmentKind kind) {
            const DevelopmentKind got = m_seed.items.at(n - 1).development.kind;
            if (got != kind) {
                problems.append(QStringLiteral("item %1: kind %2, expected %3")
                                    .arg(n)
                                    .arg(Vocabulary::key(got), Vocabulary::key(kind)));
            }
        };
        for (int n : {1, 2, 6, 7}) {
            expectStage(n, Stage::DraftForComments);
        }
        for (int n : {3, 4, 5, 10, 14, 15, 17, 22, 23, 24, 25, 26, 27}) {
            expectStage(n, Stage::Issued);
        }
        for (int n : {13, 18, 20}) {
            expectKind(n, DevelopmentKind::EnforcementAction);
        }
        expectKind(21, DevelopmentKind::CourtJudgment);
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    // Every fine of the enforcement items, and the named documents where the seed names them as the demo
    // does.
    void seedPenaltiesAndTitles()
    {
        QVERIFY2(m_seed.items.size() == 28, qPrintable(listing(m_seed)));
        QStringList problems;
        for (int n : {13, 19, 20}) {
            QList<double> got = amounts(m_seed.items.at(n - 1).development);
            QList<double> want = amounts(m_demo.at(n - 1));
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            if (got != want) {
                problems.append(
                    QStringLiteral("item %1: penalties %2, expected %3").arg(n).arg(show(got), show(want)));
            }
        }
        for (int n : {1, 3, 4, 6, 8, 22, 23, 24, 25, 26, 27, 28}) {
            const QString got = m_seed.items.at(n - 1).development.documentTitle.en;
            const QString &want = m_demo.at(n - 1).documentTitle.en;
            if (got != want) {
                problems.append(
                    QStringLiteral("item %1: document title “%2”, expected “%3”").arg(n).arg(got, want));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    // The keyword vocabulary finds every topic the demo gives an item, without filing everything under
    // everything: at most twice as many topics overall as the demo has.
    void seedTopics()
    {
        QVERIFY2(m_seed.items.size() == 28, qPrintable(listing(m_seed)));
        QStringList problems;
        qsizetype detected = 0;
        qsizetype demo = 0;
        for (int i = 0; i < 28; ++i) {
            const QStringList &got = m_seed.items.at(i).development.topics;
            detected += got.size();
            demo += m_demo.at(i).topics.size();
            for (const QString &topic : m_demo.at(i).topics) {
                if (!got.contains(topic)) {
                    problems.append(
                        QStringLiteral("item %1: topic %2 missing from %3").arg(i + 1).arg(topic, show(got)));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
        QVERIFY2(detected <= 2 * demo,
                 qPrintable(QStringLiteral("%1 topics detected, the demo has %2").arg(detected).arg(demo)));
    }

    // Requirements, prohibitions and numbers: the seed has well over sixty sentences of that kind.
    void seedObligations()
    {
        QVERIFY2(m_seed.items.size() == 28, qPrintable(listing(m_seed)));
        qsizetype total = 0;
        for (const ImportItem &item : m_seed.items) {
            total += item.obligations.size();
        }
        QVERIFY2(total >= 60, qPrintable(QString::number(total)));
        // Item 6: "logs retained for no less than 6 months"; item 7: reminders every 30 minutes, 22:00–06:00.
        QVERIFY(hasParameter(m_seed.items.at(5), QStringLiteral("6"), ParameterUnit::Month,
                             ParameterOp::AtLeast));
        QVERIFY(hasParameter(m_seed.items.at(6), QStringLiteral("30"), ParameterUnit::Minute,
                             ParameterOp::Every));
        QVERIFY(hasParameter(m_seed.items.at(6), QStringLiteral("22:00"), ParameterUnit::Time,
                             ParameterOp::Between));
        // Item 4: at least 7 days of notice before a charge changes, history kept for 3 years.
        QVERIFY(hasParameter(m_seed.items.at(3), QStringLiteral("7"), ParameterUnit::Day));
        QVERIFY(hasParameter(m_seed.items.at(3), QStringLiteral("3"), ParameterUnit::Year));
    }

    // Importing the same newsletter twice: the second time every item is already there and nothing is
    // written. Fixtures whose items all have a date and a known issuer, into the demo database.
    void reimportMakesNoDuplicates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("items");
        QTest::newRow("numbered") << QStringLiteral("newsletter-numbered-en.txt")
                                  << QStringLiteral("China Digital Regulation Update") << 5;
        QTest::newRow("fields") << QStringLiteral("newsletter-fields-en.txt")
                                << QStringLiteral("Regulatory Watch") << 4;
        QTest::newRow("chinese") << QStringLiteral("newsletter-zh.txt")
                                 << QStringLiteral("科技与数据合规资讯") << 5;
    }

    void reimportMakesNoDuplicates()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(int, items);
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("reimport.sqlite"), true);
        ImportService service(*db);
        const qint64 before = countRecords(*db).developments;

        ImportBatch first = service.read(fixturePath(file), newsletter(source, 0));
        QVERIFY2(first.items.size() == items, qPrintable(listing(first)));
        service.reconcile(first);
        for (const ImportItem &item : std::as_const(first.items)) {
            QVERIFY2(item.match == ImportMatch::New, qPrintable(verdicts(first)));
        }
        const ImportResult written = service.commit(first);
        QCOMPARE(written.added, items);
        QCOMPARE(countRecords(*db).developments, before + items);

        ImportBatch second = service.read(fixturePath(file), newsletter(source, 0));
        QVERIFY2(second.items.size() == items, qPrintable(listing(second)));
        service.reconcile(second);
        for (const ImportItem &item : std::as_const(second.items)) {
            QVERIFY2(item.match == ImportMatch::Unchanged, qPrintable(verdicts(second)));
            QVERIFY(!item.existingUid.isEmpty());
            QVERIFY(!item.selected);
        }
        const ImportResult again = service.commit(second);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(countRecords(*db).developments, before + items);
    }

    // The seed into an empty database that knows only the demo's vocabularies and authorities. The reviewer
    // types in the dates the seed does not give; importing the seed again then finds all 28 unchanged, since
    // a value the file does not give is not a change.
    void seedReimportIntoEmptyDatabase()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("empty.sqlite"), false);
        {
            QFile file(QStringLiteral(RT_SOURCE_DIR "/resources/demo/demo.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            ExchangeDocument vocabularies
                = ExchangeFormat::parse(file.readAll(), QStringLiteral("demo.json"));
            vocabularies.developments.clear();
            vocabularies.companies.clear();
            vocabularies.assessments.clear();
            ExchangeImporter(*db).importDocument(vocabularies);
        }
        QCOMPARE(countRecords(*db).developments, 0);
        ImportService service(*db);
        const ImportOptions options = newsletter(QStringLiteral("China TMT newsletter"), 2025);
        const QString path = fixturePath(QStringLiteral("seed-newsletter.txt"));

        ImportBatch first = service.read(path, options);
        QVERIFY2(first.items.size() == 28, qPrintable(listing(first)));
        for (int i = 0; i < 28; ++i) {
            Development &d = first.items[i].development;
            if (!d.announced.isValid()) {
                d.announced = m_demo.at(i).announced; // what the reviewer enters in the review table
            }
        }
        service.reconcile(first);
        for (const ImportItem &item : std::as_const(first.items)) {
            QVERIFY2(item.match == ImportMatch::New, qPrintable(verdicts(first)));
        }
        QCOMPARE(service.commit(first).added, 28);
        QCOMPARE(countRecords(*db).developments, 28);

        ImportBatch second = service.read(path, options);
        QVERIFY2(second.items.size() == 28, qPrintable(listing(second)));
        service.reconcile(second);
        for (const ImportItem &item : std::as_const(second.items)) {
            QVERIFY2(item.match == ImportMatch::Unchanged, qPrintable(verdicts(second)));
        }
        const ImportResult again = service.commit(second);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        // Items already in the database stay unselected, and are counted as unchanged all the same (the
        // window's "Import finished" said "0 unchanged").
        QCOMPARE(again.unchanged, 28);
        QCOMPARE(countRecords(*db).developments, 28);
    }

    // The same newsletter with one date corrected: exactly that item is changed, the change is named, and
    // committing updates the stored development in place.
    void changedItemIsReported()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("changed.sqlite"), true);
        ImportService service(*db);
        const QString name = QStringLiteral("newsletter-numbered-en.txt");
        const ImportOptions options = newsletter(QStringLiteral("China Digital Regulation Update"), 0);
        const QString original = fixtureText(name);

        ImportBatch first = service.parse(original, name, options);
        QCOMPARE(first.items.size(), 5);
        service.reconcile(first);
        QCOMPARE(service.commit(first).added, 5);
        const qint64 stored = countRecords(*db).developments;

        QString corrected = original;
        QVERIFY(corrected.contains(QStringLiteral("(28 March)")));
        corrected.replace(QStringLiteral("(28 March)"), QStringLiteral("(27 March)"));
        ImportBatch second = service.parse(corrected, name, options);
        QCOMPARE(second.items.size(), 5);
        service.reconcile(second);
        for (const ImportItem &item : std::as_const(second.items)) {
            const ImportMatch expected = item.number == 9 ? ImportMatch::Changed : ImportMatch::Unchanged;
            QVERIFY2(item.match == expected, qPrintable(verdicts(second)));
        }
        const ImportItem &changed = second.items.at(2);
        QCOMPARE(changed.number, 9);
        QVERIFY(!changed.changes.isEmpty());
        QVERIFY(!changed.existingUid.isEmpty());
        QVERIFY(changed.selected);

        const ImportResult result = service.commit(second);
        QCOMPARE(result.added, 0);
        QCOMPARE(result.updated, 1);
        QCOMPARE(countRecords(*db).developments, stored);
        QCOMPARE(db->scalar(QStringLiteral("SELECT announced_on FROM developments WHERE uid = ?"),
                            {changed.existingUid})
                     .toString(),
                 QStringLiteral("2025-03-27"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Development> m_demo;
    ImportBatch m_seed;
};

QTEST_GUILESS_MAIN(TestNewsletter)
#include "tst_newsletter.moc"
