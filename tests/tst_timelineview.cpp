// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline in the main window on the demo database, driven with the mouse and keyboard: a click selects
// the development in the browser too (and a selection there shows here), a Shift+drag across time filters
// every view to the dates under the mouse, the browser's filter decides what the timeline shows, Tab steps
// through time, and the picture exports as PNG and SVG. On 100,000 generated developments a paint of one
// month visits only the items near that month, and zoomed out the density bins count every item in view.

#include "BrowserSupport.h"
#include "DemoJson.h"
#include "TestSupport.h"

#include "DateText.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentsBrowser.h"
#include "FacetModel.h"
#include "MainWindow.h"
#include "SyntheticData.h"
#include "TextSearch.h"
#include "TimelineView.h"
#include "Vocabulary.h"

#include <QAccessible>
#include <QListView>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QXmlStreamReader>

#include <cmath>

using namespace rt;

namespace {

struct DemoDevelopment
{
    QString uid;
    QString titleEn;
    QDate announced;
    QString kind;
};

QList<DemoDevelopment> demoDevelopments()
{
    QList<DemoDevelopment> result;
    for (const QJsonValue &value : test::demoArray("developments")) {
        const QJsonObject d = value.toObject();
        result.append(
            {d.value(QStringLiteral("id")).toString(),
             d.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString(),
             QDate::fromString(
                 d.value(QStringLiteral("dates")).toObject().value(QStringLiteral("announced")).toString(),
                 Qt::ISODate),
             d.value(QStringLiteral("kind")).toString()});
    }
    return result;
}

// The English titles the browser's table lists.
QSet<QString> tableTitles(const ui::DevelopmentsBrowser &browser)
{
    [&] { QVERIFY(test::shown(browser)); }();
    QSet<QString> titles;
    const core::DevelopmentTableModel &model = *browser.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        titles.insert(model.index(row, 0).data(core::DevelopmentTableModel::TitleEnRole).toString());
    }
    return titles;
}

// The id the browser knows a demo development by.
qint64 idForTitle(const ui::DevelopmentsBrowser &browser, const QString &titleEn)
{
    const core::DevelopmentTableModel &model = *browser.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(core::DevelopmentTableModel::TitleEnRole).toString() == titleEn) {
            return model.idAt(row);
        }
    }
    return 0;
}

QString titleForId(const ui::DevelopmentsBrowser &browser, qint64 id)
{
    const core::DevelopmentTableModel &model = *browser.model();
    const int row = model.rowForId(id);
    return row < 0 ? QString()
                   : model.index(row, 0).data(core::DevelopmentTableModel::TitleEnRole).toString();
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_large;

    struct Window
    {
        std::unique_ptr<core::Database> db;
        std::unique_ptr<ui::MainWindow> window;
        ui::TimelineView *timeline = nullptr;
        QWidget *canvas = nullptr;
    };

    // The main window on a fresh demo database, showing the timeline over the demo's summer of 2025.
    Window openDemo()
    {
        Window w;
        w.db = test::newDemoDatabase(m_dir);
        w.window = std::make_unique<ui::MainWindow>(*w.db, nullptr, false);
        w.window->resize(1400, 900);
        w.window->show();
        if (!QTest::qWaitForWindowExposed(w.window.get()) || !test::shown(*w.window)) {
            return {};
        }
        w.window->showView(ui::MainWindow::View::Timeline);
        w.timeline = w.window->timeline();
        w.canvas = w.timeline->canvas();
        w.timeline->setLanes(core::TimelineLanes::Level);
        w.timeline->setVisibleRange(QDate(2025, 6, 25), QDate(2025, 9, 30));
        return w;
    }

    // 100,000 generated developments over ten years, made once for the tests that need them.
    core::Database &large()
    {
        if (!m_large) {
            m_large = core::Database::open(m_dir.filePath(QStringLiteral("large.sqlite")),
                                           core::Database::OpenMode::CreateIfMissing);
            core::SyntheticDataOptions options;
            options.developments = 100000;
            options.companies = 0;
            options.lastDay = QDate(2025, 12, 31);
            core::SyntheticData::generate(*m_large, options);
        }
        return *m_large;
    }

    // A mark no other mark overlaps, so that a click at its centre means it alone.
    static int separateMark(const ui::TimelineView &timeline)
    {
        const QList<core::TimelineLayout::Mark> &marks = timeline.layout().marks();
        for (int i = 0; i < marks.size(); ++i) {
            const QPointF p = timeline.markPosition(marks.at(i));
            bool alone = p.x() > ui::TimelineView::laneHeaderWidth + 20;
            for (int j = 0; j < marks.size() && alone; ++j) {
                const QPointF q = timeline.markPosition(marks.at(j));
                alone = i == j || QLineF(p, q).length() > 2 * core::TimelineLayout::baseRadius + 16;
            }
            if (alone) {
                return i;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A screen reader steps through the developments on the timeline: one item per mark, named as the
    // canvas names the selected one, placed at the mark, and the selected one says so.
    void marksAreAccessibleItems()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(w.canvas);
        QVERIFY(canvas);
        const QList<core::TimelineLayout::Mark> &marks = w.timeline->layout().marks();
        QVERIFY(!marks.isEmpty());
        QCOMPARE(canvas->childCount(), int(marks.size()));
        const int index = separateMark(*w.timeline);
        QVERIFY(index >= 0);
        QAccessibleInterface *item = canvas->child(index);
        QVERIFY(item && item->isValid());
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), canvas);
        QCOMPARE(canvas->indexOfChild(item), index);
        QVERIFY(!item->state().selected);
        const QPoint centre = w.timeline->markPosition(marks.at(index)).toPoint();
        QVERIFY(item->rect().contains(w.canvas->mapToGlobal(centre)));
        QCOMPARE(canvas->childAt(w.canvas->mapToGlobal(centre).x(), w.canvas->mapToGlobal(centre).y()), item);

        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, centre);
        QVERIFY(item->state().selected);
        QVERIFY(!item->text(QAccessible::Name).isEmpty());
        QVERIFY2(
            w.canvas->accessibleName().contains(item->text(QAccessible::Name)),
            qPrintable(item->text(QAccessible::Name) + QStringLiteral(" / ") + w.canvas->accessibleName()));
        QVERIFY(!item->text(QAccessible::Description).isEmpty());
    }

    void clickSelectsEverywhereAndBack()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        ui::DevelopmentsBrowser &browser = *w.window->browser();
        QVERIFY(!w.timeline->layout().binned());
        QCOMPARE(w.timeline->data().developmentCount(), 31);
        const int index = separateMark(*w.timeline);
        QVERIFY(index >= 0);
        const core::TimelineLayout::Mark mark = w.timeline->layout().marks().at(index);
        const core::TimelineItem item = w.timeline->data().items()[std::size_t(mark.item)];
        const QPoint pos = w.timeline->markPosition(mark).toPoint();
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, pos);
        QCOMPARE(w.timeline->selectedDevelopment(), item.id);
        QCOMPARE(browser.currentDevelopment(), item.id);

        // The development under the mouse is the demo's development announced on that day.
        const QDate day = QDate::fromJulianDay(
            qint64(std::floor(w.timeline->scale().dayForX(pos.x() - ui::TimelineView::laneHeaderWidth))));
        const QString title = titleForId(browser, item.id);
        bool found = false;
        for (const DemoDevelopment &d : demoDevelopments()) {
            if (d.titleEn == title) {
                found = true;
                QCOMPARE(d.announced, day);
            }
        }
        QVERIFY2(found, qPrintable(title));
        QVERIFY(w.canvas->accessibleName().contains(title));

        // Hovering shows the title and the date.
        QHelpEvent help(QEvent::ToolTip, pos, w.canvas->mapToGlobal(pos));
        QApplication::sendEvent(w.canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(title.toHtmlEscaped()), qPrintable(QToolTip::text()));
        // The date as prose writes it (the locale's long form), as every tooltip does.
        QVERIFY2(QToolTip::text().contains(core::DateText::prose(day).toHtmlEscaped()),
                 qPrintable(QToolTip::text()));

        // A selection in the browser shows on the timeline, panned into view when it was out of it.
        w.timeline->setVisibleRange(QDate(2025, 1, 1), QDate(2025, 1, 31));
        const auto developments = demoDevelopments();
        const DemoDevelopment &late = developments.at(0); // announced in August 2025
        const qint64 lateId = idForTitle(browser, late.titleEn);
        QVERIFY(lateId != 0);
        browser.selectDevelopment(lateId);
        QCOMPARE(w.timeline->selectedDevelopment(), lateId);
        const double x = w.timeline->xForDay(double(late.announced.toJulianDay()) + 0.5);
        QVERIFY2(x > ui::TimelineView::laneHeaderWidth && x < w.canvas->width(),
                 qPrintable(QString::number(x)));

        // A double-click opens the development in the browser's detail pane.
        const int other = separateMark(*w.timeline);
        QVERIFY(other >= 0);
        const core::TimelineLayout::Mark otherMark = w.timeline->layout().marks().at(other);
        QTest::mouseDClick(w.canvas, Qt::LeftButton, {}, w.timeline->markPosition(otherMark).toPoint());
        QCOMPARE(w.window->currentView(), ui::MainWindow::View::Developments);
        QCOMPARE(browser.currentDevelopment(), w.timeline->data().items()[std::size_t(otherMark.item)].id);
    }

    void shiftDragFiltersByDate()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        ui::DevelopmentsBrowser &browser = *w.window->browser();
        const int y = w.canvas->height() / 2;
        const QPoint start(int(std::lround(w.timeline->xForDay(QDate(2025, 7, 10).toJulianDay() + 0.5))), y);
        const QPoint end(int(std::lround(w.timeline->xForDay(QDate(2025, 7, 31).toJulianDay() + 0.5))), y);
        const auto dayAt = [&](const QPoint &p) {
            return QDate::fromJulianDay(
                qint64(std::floor(w.timeline->scale().dayForX(p.x() - ui::TimelineView::laneHeaderWidth))));
        };
        QTest::mousePress(w.canvas, Qt::LeftButton, Qt::ShiftModifier, start);
        QTest::mouseMove(w.canvas, (start + end) / 2);
        QTest::mouseMove(w.canvas, end);
        QTest::mouseRelease(w.canvas, Qt::LeftButton, Qt::ShiftModifier, end);
        QCOMPARE(dayAt(start), QDate(2025, 7, 10));
        QCOMPARE(dayAt(end), QDate(2025, 7, 31));
        QCOMPARE(browser.filter().from, dayAt(start));
        QCOMPARE(browser.filter().to, dayAt(end));

        // The browser lists exactly the demo's developments announced in the range (both days included).
        QSet<QString> expected;
        for (const DemoDevelopment &d : demoDevelopments()) {
            if (d.announced >= dayAt(start) && d.announced <= dayAt(end)) {
                expected.insert(d.titleEn);
            }
        }
        QVERIFY(expected.size() > 3 && expected.size() < 31);
        QCOMPARE(tableTitles(browser), expected);
        // …and so does the timeline, which follows the browser's filter.
        QCOMPARE(w.timeline->data().developmentCount(), int(expected.size()));
        w.window->showView(ui::MainWindow::View::Developments);
        auto *chip = browser.findChild<QToolButton *>(QStringLiteral("dateRangeChip"));
        QVERIFY(chip && chip->isVisible());
        QVERIFY(chip->text().contains(QStringLiteral("2025-07-10")));
        QVERIFY(chip->text().contains(QStringLiteral("2025-07-31")));

        // The chip removes the range again.
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        QVERIFY(!browser.filter().from.isValid() && !browser.filter().to.isValid());
        QVERIFY(test::shown(browser));
        QCOMPARE(browser.model()->totalCount(), 31);
        QCOMPARE(w.timeline->data().developmentCount(), 31);

        // A plain drag pans instead: the same days move left, no filter.
        w.window->showView(ui::MainWindow::View::Timeline);
        const double before = w.timeline->scale().startDay();
        QTest::mousePress(w.canvas, Qt::LeftButton, {}, end);
        QTest::mouseMove(w.canvas, end - QPoint(50, 0));
        QTest::mouseMove(w.canvas, start);
        QTest::mouseRelease(w.canvas, Qt::LeftButton, {}, start);
        QVERIFY(w.timeline->scale().startDay() > before);
        QVERIFY(!browser.filter().from.isValid());
    }

    void browserFilterDecidesTheItems()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        w.window->showView(ui::MainWindow::View::Developments);
        QVERIFY(test::shown(*w.window));
        auto *kinds = w.window->findChild<QListView *>(QStringLiteral("facetKind"));
        QVERIFY(kinds);
        QModelIndex enforcement;
        for (int row = 0; row < kinds->model()->rowCount(); ++row) {
            if (kinds->model()->index(row, 0).data(core::FacetModel::KeyRole).toString()
                == QLatin1StringView("enforcement_action")) {
                enforcement = kinds->model()->index(row, 0);
            }
        }
        QVERIFY(enforcement.isValid());
        QTest::mouseClick(kinds->viewport(), Qt::LeftButton, {}, kinds->visualRect(enforcement).center());
        QVERIFY(test::shown(*w.window));

        int expected = 0;
        for (const DemoDevelopment &d : demoDevelopments()) {
            expected += d.kind == QLatin1StringView("enforcement_action") ? 1 : 0;
        }
        QVERIFY(expected > 0);
        QCOMPARE(w.timeline->data().developmentCount(), expected);
        const int kind = int(
            core::Vocabulary::keys<core::DevelopmentKind>().indexOf(QStringLiteral("enforcement_action")));
        QVERIFY(!w.timeline->data().items().empty());
        for (const core::TimelineItem &item : w.timeline->data().items()) {
            QCOMPARE(item.kind, kind);
        }

        // The search text filters the timeline too.
        w.window->browser()->clearFilters();
        QVERIFY(test::shown(*w.window));
        QCOMPARE(w.timeline->data().developmentCount(), 31);
        w.window->browser()->setSearchText(QStringLiteral("罚款"));
        QVERIFY(test::shown(*w.window));
        const int matches = w.window->browser()->model()->totalCount();
        QVERIFY(matches > 0 && matches < 31);
        QCOMPARE(w.timeline->data().developmentCount(), matches);
    }

    void tabStepsThroughTime()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        ui::DevelopmentsBrowser &browser = *w.window->browser();
        // The demo's first development of July and the next one, each alone on its day.
        QList<DemoDevelopment> developments = demoDevelopments();
        std::sort(
            developments.begin(), developments.end(),
            [](const DemoDevelopment &a, const DemoDevelopment &b) { return a.announced < b.announced; });
        QCOMPARE(developments.at(0).announced, QDate(2025, 7, 1));
        QVERIFY(developments.at(1).announced > developments.at(0).announced);
        QVERIFY(developments.at(2).announced > developments.at(1).announced);
        const qint64 first = idForTitle(browser, developments.at(0).titleEn);
        const qint64 second = idForTitle(browser, developments.at(1).titleEn);
        QVERIFY(first != 0 && second != 0);

        browser.selectDevelopment(first);
        QCOMPARE(w.timeline->selectedDevelopment(), first);
        w.canvas->setFocus();
        QTest::keyClick(w.canvas, Qt::Key_Tab);
        QCOMPARE(w.timeline->selectedDevelopment(), second);
        QCOMPARE(browser.currentDevelopment(), second);
        QVERIFY(w.canvas->hasFocus());
        QTest::keyClick(w.canvas, Qt::Key_Backtab);
        QCOMPARE(w.timeline->selectedDevelopment(), first);
        QTest::keyClick(w.canvas, Qt::Key_Right);
        QCOMPARE(w.timeline->selectedDevelopment(), second);
        QTest::keyClick(w.canvas, Qt::Key_Left);
        QCOMPARE(browser.currentDevelopment(), first);

        // Stepping through everything visits every development once, in time order.
        QDate previous = developments.at(0).announced;
        QSet<qint64> seen{first};
        while (true) {
            const qint64 before = w.timeline->selectedDevelopment();
            QTest::keyClick(w.canvas, Qt::Key_Tab);
            const qint64 now = w.timeline->selectedDevelopment();
            if (now == before) {
                break;
            }
            QVERIFY(!seen.contains(now));
            seen.insert(now);
            const QString title = titleForId(browser, now);
            const auto match = std::find_if(developments.cbegin(), developments.cend(),
                                            [&](const DemoDevelopment &d) { return d.titleEn == title; });
            QVERIFY(match != developments.cend());
            QVERIFY(match->announced >= previous);
            previous = match->announced;
            // Kept in view.
            const double x = w.timeline->xForDay(double(match->announced.toJulianDay()) + 0.5);
            QVERIFY(x > ui::TimelineView::laneHeaderWidth && x < w.canvas->width());
        }
        QCOMPARE(seen.size(), 31);
    }

    void zoomsAroundTheCursor()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const QPoint pos(900, w.canvas->height() / 2);
        const double day = w.timeline->scale().dayForX(pos.x() - ui::TimelineView::laneHeaderWidth);
        const double daysPerPixel = w.timeline->scale().daysPerPixel();
        QWheelEvent wheel(pos, w.canvas->mapToGlobal(pos), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w.canvas, &wheel);
        QVERIFY(w.timeline->scale().daysPerPixel() < daysPerPixel);
        QVERIFY(std::abs(w.timeline->scale().dayForX(pos.x() - ui::TimelineView::laneHeaderWidth) - day)
                < 1e-6);
        w.canvas->setFocus();
        QTest::keyClick(w.canvas, Qt::Key_Minus);
        QTest::keyClick(w.canvas, Qt::Key_Minus);
        QVERIFY(w.timeline->scale().daysPerPixel() > daysPerPixel);
        // Home shows every development.
        QTest::keyClick(w.canvas, Qt::Key_Home);
        const auto &data = w.timeline->data();
        QVERIFY(w.timeline->scale().startDay() <= double(data.firstDay()));
        QVERIFY(w.timeline->scale().endDay() >= double(data.lastDay() + 1));
    }

    void exportsPngAndSvg()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY2(w.timeline->exportImage(png), qPrintable(w.timeline->errorString()));
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.size(), w.canvas->size() * 2);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 9) {
            for (int x = 0; x < image.width(); x += 9) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() > 20);

        const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
        QVERIFY2(w.timeline->exportImage(svg), qPrintable(w.timeline->errorString()));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<svg"));
        QXmlStreamReader xml(bytes);
        int texts = 0;
        QString allText;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("text")) {
                ++texts;
                allText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 10);
        const QString lane = w.timeline->data().laneLabels().value(0);
        QVERIFY(!lane.isEmpty());
        QVERIFY2(allText.contains(lane), qPrintable(allText.left(300)));

        QVERIFY(!w.timeline->exportImage(m_dir.filePath(QStringLiteral("timeline.txt"))));
        QVERIFY(!w.timeline->errorString().isEmpty());
        QVERIFY(!w.timeline->exportImage(m_dir.filePath(QStringLiteral("no/such/dir/timeline.png"))));
        QVERIFY(!w.timeline->errorString().isEmpty());
    }

    void paintOfOneMonthVisitsOnlyNearbyItems()
    {
        auto search = core::TextSearch::forDatabase(large());
        ui::TimelineView timeline(large(), *search);
        timeline.resize(1400, 800);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const auto &items = timeline.data().items();
        QVERIFY(items.size() >= 100000);

        // One month: marks for the items of that month, and only the items that can reach it were looked at.
        timeline.setVisibleRange(QDate(2024, 3, 1), QDate(2024, 3, 31));
        timeline.canvas()->grab();
        QVERIFY(!timeline.layout().binned());
        QVERIFY(!timeline.layout().marks().isEmpty());
        const qint64 start = qint64(std::floor(timeline.scale().startDay()));
        const qint64 end = qint64(std::floor(timeline.scale().endDay()));
        std::size_t reachable = 0;
        for (const core::TimelineItem &item : items) {
            reachable += item.announced >= start - timeline.data().longestSpan() && item.announced <= end + 1
                ? 1
                : 0;
        }
        const int visited = timeline.layout().visited();
        QVERIFY2(
            std::size_t(visited) <= reachable,
            qPrintable(QStringLiteral("%1 visited, %2 can reach the month").arg(visited).arg(reachable)));
        // An item's comment deadline or entry into force lies at most half a year after its announcement, so
        // the items looked at are those of about seven months out of ten years.
        QVERIFY2(visited < int(items.size()) / 10,
                 qPrintable(QStringLiteral("%1 of %2 visited").arg(visited).arg(items.size())));
    }

    void zoomedOutBinsCountEveryItem()
    {
        auto search = core::TextSearch::forDatabase(large());
        ui::TimelineView timeline(large(), *search);
        timeline.resize(1400, 800);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const auto &items = timeline.data().items();
        QVERIFY(items.size() >= 100000);

        // Everything: density bins, which count every item announced in view exactly once.
        timeline.fitAll();
        timeline.canvas()->grab();
        QVERIFY(timeline.layout().binned());
        const double first = timeline.scale().startDay();
        const double last = timeline.scale().endDay();
        int inView = 0;
        for (const core::TimelineItem &item : items) {
            inView += double(item.announced) >= first && double(item.announced) < last ? 1 : 0;
        }
        int binned = 0;
        for (const core::TimelineLayout::Bin &bin : timeline.layout().bins()) {
            binned += bin.count;
        }
        QCOMPARE(binned, inView);
        QCOMPARE(inView, int(items.size()));

        // Zoomed in around a year from there, still binned: the bins count the items of that year only.
        timeline.setVisibleRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
        QVERIFY(timeline.layout().binned());
        const double yearStart = timeline.scale().startDay();
        const double yearEnd = timeline.scale().endDay();
        int inYear = 0;
        for (const core::TimelineItem &item : items) {
            inYear += double(item.announced) >= yearStart && double(item.announced) < yearEnd ? 1 : 0;
        }
        binned = 0;
        for (const core::TimelineLayout::Bin &bin : timeline.layout().bins()) {
            binned += bin.count;
        }
        QCOMPARE(binned, inYear);
        QVERIFY(inYear > 0 && inYear < int(items.size()) / 5);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
