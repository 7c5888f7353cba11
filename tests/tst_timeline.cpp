// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's core: the time↔pixel mapping at every zoom level, tick labels in English and Chinese, lane
// assignment (checked against the demo file read as plain JSON), density bins, fan-out, the
// visible-range-only layout, and the upcoming mode.

#include "DemoJson.h"
#include "TestSupport.h"

#include "ChecklistModel.h"
#include "Database.h"
#include "ReferenceNames.h"
#include "SyntheticData.h"
#include "TextSearch.h"
#include "TimelineData.h"
#include "TimelineIndex.h"
#include "TimelineLayout.h"
#include "TimelineScale.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rt::core;
using rt::test::demoArray;

namespace {

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// The demo's lanes by level, worked out from the JSON: what the authorities' kind and level say.
QSet<QString> demoLevelLanes(const QJsonObject &development)
{
    QHash<QString, QJsonObject> authorities;
    for (const QJsonValue &a : demoArray("authorities")) {
        authorities.insert(a[QStringLiteral("code")].toString(), a.toObject());
    }
    QSet<QString> lanes;
    for (const QJsonValue &code : development[QStringLiteral("authorities")].toArray()) {
        const QJsonObject a = authorities.value(code.toString());
        const QString kind = a[QStringLiteral("kind")].toString();
        const QString level = a[QStringLiteral("level")].toString();
        if (kind == QLatin1StringView("standards_body")) {
            lanes.insert(QStringLiteral("Standards bodies"));
        } else if (kind == QLatin1StringView("court")) {
            lanes.insert(QStringLiteral("Courts"));
        } else if (kind == QLatin1StringView("industry_association")
                   || kind == QLatin1StringView("international_forum")) {
            lanes.insert(QStringLiteral("Associations"));
        } else if (level == QLatin1StringView("provincial")) {
            lanes.insert(QStringLiteral("Provincial"));
        } else if (level == QLatin1StringView("municipal")) {
            lanes.insert(QStringLiteral("Municipal"));
        } else {
            lanes.insert(QStringLiteral("National"));
        }
    }
    return lanes;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_large;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_large = Database::open(m_dir.filePath(QStringLiteral("large.sqlite")),
                                 Database::OpenMode::CreateIfMissing);
        SyntheticDataOptions options;
        options.developments = 20000;
        options.companies = 0;
        options.lastDay = QDate(2025, 12, 31);
        SyntheticData::generate(*m_large, options);
    }

    void mappingAtEveryZoomLevel()
    {
        TimelineScale scale;
        scale.setWidth(1000);
        const double start = double(jd(2025, 7, 1));
        // From the closest zoom (96 px a day) to the farthest (about forty years across 400 px), in steps.
        for (double dpp = TimelineScale::minDaysPerPixel; dpp <= TimelineScale::maxDaysPerPixel; dpp *= 1.7) {
            scale.setView(start, dpp);
            QCOMPARE(scale.daysPerPixel(), dpp);
            QCOMPARE(scale.xForDay(start), 0.0);
            QVERIFY(std::abs(scale.xForDay(start + 10 * dpp) - 10.0) < 1e-6);
            QVERIFY(std::abs(scale.endDay() - (start + 1000 * dpp)) < 1e-6);
            for (double x : {0.0, 1.0, 333.3, 999.0}) {
                QVERIFY(std::abs(scale.xForDay(scale.dayForX(x)) - x) < 1e-6);
            }
            // Zooming keeps the day under the anchor where it was.
            TimelineScale zoomed = scale;
            const double anchorDay = scale.dayForX(250);
            zoomed.zoom(1.25, 250);
            QVERIFY(std::abs(zoomed.dayForX(250) - anchorDay) < 1e-6);
            // Panning by pixels moves the start by that many pixels' worth of days.
            TimelineScale panned = scale;
            panned.pan(100);
            QVERIFY(std::abs(panned.startDay() - (start + 100 * dpp)) < 1e-6);
        }
        // 2025-07-11 is ten days after 2025-07-01: 10 px at a day per pixel, 480 px at 48 px a day.
        scale.setView(start, 1);
        QCOMPARE(scale.xForDate(QDate(2025, 7, 11)), 10.0);
        scale.setView(start, 1.0 / 48);
        QCOMPARE(scale.xForDate(QDate(2025, 7, 11)), 480.0);
        // The limits hold.
        scale.zoom(1000, 0);
        QCOMPARE(scale.daysPerPixel(), TimelineScale::minDaysPerPixel);
        scale.zoom(1e-9, 0);
        QCOMPARE(scale.daysPerPixel(), TimelineScale::maxDaysPerPixel);
    }

    void unitsAndTicksFollowTheZoom()
    {
        TimelineScale scale;
        scale.setWidth(1200);
        const double start = double(jd(2025, 6, 15));
        const QList<std::pair<double, TimelineScale::Unit>> expected{
            {1.0 / 80, TimelineScale::Unit::Day},
            {1.0 / 12, TimelineScale::Unit::Week},
            {0.4, TimelineScale::Unit::Month},
            {1.0, TimelineScale::Unit::Quarter},
            {4.0, TimelineScale::Unit::Year},
            {TimelineScale::maxDaysPerPixel, TimelineScale::Unit::Year}};
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        for (const auto &[dpp, unit] : expected) {
            scale.setView(start, dpp);
            QCOMPARE(scale.unit(), unit);
            const QList<TimelineScale::Tick> ticks = scale.ticks(english);
            QVERIFY(ticks.size() >= 2);
            for (qsizetype i = 0; i < ticks.size(); ++i) {
                QCOMPARE(ticks.at(i).x, scale.xForDate(ticks.at(i).date));
                QVERIFY(ticks.at(i).x <= scale.width());
                QCOMPARE(ticks.at(i).label, TimelineScale::label(ticks.at(i).date, unit, english));
                if (i > 0) {
                    // Far enough apart to read (February is shorter than the typical month).
                    QVERIFY2(ticks.at(i).x - ticks.at(i - 1).x >= 0.9 * TimelineScale::minLabelSpacing,
                             qPrintable(ticks.at(i).label));
                }
            }
        }
    }

    void labelsInEnglishAndChinese()
    {
        using Unit = TimelineScale::Unit;
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QDate july(2025, 7, 7);
        QCOMPARE(TimelineScale::label(july, Unit::Year, en), QStringLiteral("2025"));
        QCOMPARE(TimelineScale::label(july, Unit::Quarter, en), QStringLiteral("Q3 2025"));
        QCOMPARE(TimelineScale::label(july, Unit::Month, en), QStringLiteral("Jul 2025"));
        QCOMPARE(TimelineScale::label(july, Unit::Week, en), QStringLiteral("7 Jul"));
        QCOMPARE(TimelineScale::label(july, Unit::Day, en), QStringLiteral("7"));
        QCOMPARE(TimelineScale::label(july, Unit::Year, zh), QStringLiteral("2025年"));
        QCOMPARE(TimelineScale::label(july, Unit::Quarter, zh), QStringLiteral("2025年第3季度"));
        QCOMPARE(TimelineScale::label(july, Unit::Month, zh), QStringLiteral("2025年7月"));
        QCOMPARE(TimelineScale::label(july, Unit::Week, zh), QStringLiteral("7月7日"));
        QCOMPARE(TimelineScale::label(july, Unit::Day, zh), QStringLiteral("7日"));
    }

    void lanesFromTheDemo()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        TimelineData data(*db, search);
        QCOMPARE(data.lanes(), TimelineLanes::Level);
        QCOMPARE(data.developmentCount(), 31);
        QHash<qint64, QString> uidOf;
        for (const QJsonValue &value : demoArray("developments")) {
            const qint64 id = db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = ?"),
                                         {value[QStringLiteral("id")].toString()})
                                  .toLongLong();
            uidOf.insert(id, value[QStringLiteral("id")].toString());
        }
        QHash<QString, QSet<QString>> lanesOf;
        for (const TimelineItem &item : data.items()) {
            lanesOf[uidOf.value(item.id)].insert(data.laneLabels().at(item.lane));
        }
        for (const QJsonValue &value : demoArray("developments")) {
            QCOMPARE(lanesOf.value(value[QStringLiteral("id")].toString()), demoLevelLanes(value.toObject()));
        }
        // Sorted by announcement, with the demo's dates.
        for (std::size_t i = 1; i < data.items().size(); ++i) {
            QVERIFY(data.items()[i - 1].announced <= data.items()[i].announced);
        }
        QDate first;
        for (const QJsonValue &value : demoArray("developments")) {
            const QDate announced = QDate::fromString(
                value[QStringLiteral("dates")][QStringLiteral("announced")].toString(), Qt::ISODate);
            first = first.isValid() ? qMin(first, announced) : announced;
        }
        QCOMPARE(QDate::fromJulianDay(data.firstDay()), first);

        // By kind: one lane per kind, each development once, in its kind's lane.
        data.setLanes(TimelineLanes::Kind);
        QCOMPARE(int(data.items().size()), 31);
        QHash<QString, int> perKind;
        for (const QJsonValue &value : demoArray("developments")) {
            ++perKind[value[QStringLiteral("kind")].toString()];
        }
        QHash<QString, int> counted;
        const QStringList kinds = Vocabulary::keys<DevelopmentKind>();
        for (const TimelineItem &item : data.items()) {
            QCOMPARE(item.lane, item.kind);
            ++counted[kinds.at(item.kind)];
        }
        QCOMPARE(counted, perKind);

        // By authority: one lane per issuer that occurs, and a development in each of its issuers' lanes.
        data.setLanes(TimelineLanes::Authority);
        QSet<QString> issuers;
        int pairs = 0;
        for (const QJsonValue &value : demoArray("developments")) {
            const QJsonArray codes = value[QStringLiteral("authorities")].toArray();
            pairs += int(codes.size());
            for (const QJsonValue &code : codes) {
                issuers.insert(code.toString());
            }
        }
        QCOMPARE(data.laneCount(), int(issuers.size()));
        QCOMPARE(int(data.items().size()), pairs);

        // The shared filter applies.
        DevelopmentFilter filter;
        filter.kinds = {QStringLiteral("enforcement_action")};
        data.setFilter(filter);
        QCOMPARE(data.developmentCount(), perKind.value(QStringLiteral("enforcement_action")));
    }

    void companyFilterKeepsWhatBindsIt()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        TimelineData data(*db, search);
        // The developments of the company's checklist (grouped by development) are those the filter keeps.
        const qint64 company
            = db->scalar(QStringLiteral("SELECT id FROM companies WHERE uid = 'qiantang-bazaar'"))
                  .toLongLong();
        ChecklistModel checklist(*db);
        checklist.setCompany(company);
        QSet<qint64> expected;
        for (int g = 0; g < checklist.groupCount(); ++g) {
            for (const ChecklistRow &row : checklist.groupRows(g)) {
                expected.insert(row.developmentId);
            }
        }
        QVERIFY(!expected.isEmpty() && expected.size() < 31);
        DevelopmentFilter filter;
        filter.company = company;
        data.setFilter(filter);
        QSet<qint64> shown;
        for (const TimelineItem &item : data.items()) {
            shown.insert(item.id);
        }
        QCOMPARE(shown, expected);
    }

    void upcomingKeepsOnlyDatesAfterToday()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        TimelineData data(*db, search);
        const QDate today(2025, 8, 20);
        data.setUpcoming(true, today);
        QSet<qint64> expected;
        for (const QJsonValue &value : demoArray("developments")) {
            const QJsonObject dates = value[QStringLiteral("dates")].toObject();
            const QDate deadline
                = QDate::fromString(dates[QStringLiteral("comment_deadline")].toString(), Qt::ISODate);
            const QDate effective
                = QDate::fromString(dates[QStringLiteral("effective")].toString(), Qt::ISODate);
            if ((deadline.isValid() && deadline > today) || (effective.isValid() && effective > today)) {
                expected.insert(db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = ?"),
                                           {value[QStringLiteral("id")].toString()})
                                    .toLongLong());
            }
        }
        QVERIFY(!expected.isEmpty());
        QSet<qint64> shown;
        for (const TimelineItem &item : data.items()) {
            shown.insert(item.id);
            QVERIFY(item.deadline == 0 || item.deadline > today.toJulianDay());
            QVERIFY(item.effective == 0 || item.effective > today.toJulianDay());
        }
        QCOMPARE(shown, expected);
        // Fitting shows what is to come, not the announcements before it.
        QVERIFY(data.firstDay() > today.toJulianDay());
    }

    void binsCountEveryItemInRange()
    {
        SubstringSearch search;
        TimelineData data(*m_large, search);
        TimelineScale scale;
        scale.fit(data.firstDay(), data.lastDay(), 1200);
        TimelineLayout layout;
        layout.layout(data, scale);
        QVERIFY(layout.binned());
        QVERIFY(layout.marks().isEmpty());
        // Per lane, the bins hold exactly the items announced in the visible range.
        QHash<int, int> expected;
        for (const TimelineItem &item : data.items()) {
            if (double(item.announced) >= scale.startDay() && double(item.announced) < scale.endDay()) {
                ++expected[item.lane];
            }
        }
        QHash<int, int> binned;
        for (const TimelineLayout::Bin &bin : layout.bins()) {
            binned[bin.lane] += bin.count;
            QVERIFY(bin.x0 >= 0 && bin.x1 <= scale.width() + TimelineLayout::binWidth);
            QVERIFY(bin.count <= layout.maxBinCount());
        }
        QCOMPARE(binned, expected);
        int total = 0;
        for (int count : std::as_const(binned)) {
            total += count;
        }
        QCOMPARE(total, int(data.items().size())); // fitted: everything is in range
    }

    void zoomedInLaysOutOnlyWhatIsVisible()
    {
        SubstringSearch search;
        TimelineData data(*m_large, search);
        TimelineScale scale;
        scale.setWidth(1200);
        scale.setView(double(jd(2025, 3, 1)), 31.0 / 1200);
        TimelineLayout layout;
        layout.layout(data, scale);
        QVERIFY(!layout.binned());
        QVERIFY(!layout.marks().isEmpty());
        // Looked at: those announced in range, or early enough to reach into it — a small share of all.
        QVERIFY2(layout.visited() * 10 < int(data.items().size()),
                 qPrintable(QStringLiteral("%1 of %2").arg(layout.visited()).arg(data.items().size())));
        int inRange = 0;
        for (const TimelineItem &item : data.items()) {
            inRange += double(item.announced) >= scale.startDay() && double(item.announced) < scale.endDay();
        }
        int marksInRange = 0;
        for (const TimelineLayout::Mark &mark : layout.marks()) {
            const TimelineItem &item = data.items()[std::size_t(mark.item)];
            const double reach = double(std::max({item.announced, item.deadline, item.effective}) + 1);
            QVERIFY(reach >= scale.startDay() && double(item.announced) < scale.endDay() + 1);
            marksInRange += mark.x >= 0 && mark.x < scale.width();
        }
        QCOMPARE(marksInRange, inRange);
        // Fanned out: marks on one row of a lane do not overlap, except on the last row, where they stack.
        QHash<std::pair<int, int>, double> rowEnd;
        for (const TimelineLayout::Mark &mark : layout.marks()) {
            const std::pair<int, int> key{mark.lane, mark.row};
            if (mark.row < TimelineLayout::maxRows - 1 && rowEnd.contains(key)) {
                QVERIFY(mark.x - mark.radius > rowEnd.value(key));
            }
            rowEnd.insert(key, mark.x + mark.radius);
        }
        // A mark is found where it is drawn.
        const TimelineLayout::Mark &some = layout.marks().constFirst();
        QCOMPARE(layout.marks().at(layout.markAt(some.x, some.lane, some.row)).item, some.item);
    }

    // The items as read (dates and kinds from the timeline's index, issuers and topics joined in memory) are
    // those a plain query gives: every development with each of its issuers' lanes, or its topics, or its
    // kind.
    void itemsMatchAPlainQuery_data()
    {
        QTest::addColumn<int>("lanes");
        QTest::newRow("level") << int(TimelineLanes::Level);
        QTest::newRow("authority") << int(TimelineLanes::Authority);
        QTest::newRow("topic") << int(TimelineLanes::Topic);
        QTest::newRow("kind") << int(TimelineLanes::Kind);
    }

    void itemsMatchAPlainQuery()
    {
        QFETCH(int, lanes);
        SubstringSearch search;
        TimelineData data(*m_large, search);
        data.setLanes(TimelineLanes(lanes));
        DevelopmentFilter filter;
        filter.stages = {QStringLiteral("draft_for_comments"), QStringLiteral("issued")};
        data.setFilter(filter);
        // (id, announced, deadline, effective, kind, lane label) from plain SQL, dates through QDate.
        const QStringList kinds = Vocabulary::keys<DevelopmentKind>();
        QString sql
            = QStringLiteral("SELECT d.id, d.announced_on, d.comment_deadline, d.effective_on, d.kind, %1 "
                             "FROM developments d %2 WHERE d.stage IN ('draft_for_comments', 'issued')");
        switch (TimelineLanes(lanes)) {
        case TimelineLanes::Level:
        case TimelineLanes::Authority:
            sql = sql.arg(QStringLiteral("a.code"),
                          QStringLiteral("JOIN development_authorities da ON "
                                         "da.development_id = d.id JOIN authorities a ON "
                                         "a.id = da.authority_id"));
            break;
        case TimelineLanes::Topic:
            sql = sql.arg(QStringLiteral("t.code"),
                          QStringLiteral("JOIN development_topics dt ON dt.development_id "
                                         "= d.id JOIN topics t ON t.id = dt.topic_id"));
            break;
        case TimelineLanes::Kind:
            sql = sql.arg(QStringLiteral("d.kind"), QString());
            break;
        }
        QHash<QString, QString> levelOf; // authority code -> its lane by level, from the demo's rules
        for (const QJsonValue &a : demoArray("authorities")) {
            const QJsonObject one{{QStringLiteral("authorities"), QJsonArray{a[QStringLiteral("code")]}}};
            levelOf.insert(a[QStringLiteral("code")].toString(), demoLevelLanes(one).values().value(0));
        }
        ReferenceNames names;
        names.load(*m_large);
        QSet<QString> expected;
        QSqlQuery &q = m_large->exec(sql);
        while (q.next()) {
            const QString key = q.value(5).toString();
            QString lane;
            switch (TimelineLanes(lanes)) {
            case TimelineLanes::Level:
                lane = levelOf.value(key, QStringLiteral("Provincial")); // generated ones are provincial
                break;
            case TimelineLanes::Authority:
                lane = names.authorityShort(key, Language::English);
                break;
            case TimelineLanes::Topic:
                lane = names.topic(key, Language::English);
                break;
            case TimelineLanes::Kind:
                lane = Vocabulary::labelForKey<DevelopmentKind>(key);
                break;
            }
            const auto day = [&q](int column) {
                const QDate date = QDate::fromString(q.value(column).toString(), Qt::ISODate);
                return date.isValid() ? date.toJulianDay() : 0;
            };
            expected.insert(QStringLiteral("%1 %2 %3 %4 %5 %6")
                                .arg(q.value(0).toLongLong())
                                .arg(day(1))
                                .arg(day(2))
                                .arg(day(3))
                                .arg(kinds.indexOf(q.value(4).toString()))
                                .arg(lane));
        }
        q.finish();
        QSet<QString> read;
        for (const TimelineItem &item : data.items()) {
            read.insert(QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(item.id)
                            .arg(item.announced)
                            .arg(item.deadline)
                            .arg(item.effective)
                            .arg(item.kind)
                            .arg(data.laneLabels().at(item.lane)));
        }
        QVERIFY(expected.size() > 5000);
        QCOMPARE(read.size(), qsizetype(data.items().size())); // no item twice
        QCOMPARE(read, expected);
    }

    // The interval index against a plain scan of every item, over ranges of every size and place.
    void indexAnswersAsAPlainScan()
    {
        SubstringSearch search;
        TimelineData data(*m_large, search);
        const std::vector<TimelineItem> &items = data.items();
        QVERIFY(items.size() > 20000);
        const TimelineIndex &index = data.index();
        QRandomGenerator random(7);
        for (int trial = 0; trial < 300; ++trial) {
            const qint64 from
                = data.firstDay() - 30 + qint64(random.bounded(int(data.lastDay() - data.firstDay() + 60)));
            const qint64 until = from + 1 + qint64(random.bounded(trial % 3 == 0 ? 3000 : 40));
            std::vector<std::size_t> reached;
            index.reaching(from, until, [&reached](std::size_t i) { reached.push_back(i); });
            std::vector<std::size_t> scanned;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (items[i].announced < until && items[i].reach() >= from) {
                    scanned.push_back(i);
                }
            }
            QCOMPARE(reached, scanned);
            for (int lane = 0; lane < data.laneCount(); ++lane) {
                int counted = 0;
                for (const TimelineItem &item : items) {
                    counted += item.lane == lane && item.announced >= from && item.announced < until ? 1 : 0;
                }
                QCOMPARE(index.announced(lane, from, until), counted);
            }
        }
    }

    void detailsForTooltips()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        TimelineData data(*db, search);
        const qint64 id
            = db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = 'cn-tmt-2025-01'"))
                  .toLongLong();
        const TimelineData::Details details = data.details(id);
        QCOMPARE(details.announced, QDate(2025, 8, 23));
        QCOMPARE(details.deadline, QDate(2025, 9, 22));
        QVERIFY(details.title.zh.contains(QStringLiteral("互联网平台价格行为规则")));
        QCOMPARE(details.authorities.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
