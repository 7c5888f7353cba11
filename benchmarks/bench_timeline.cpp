// Benchmark: the timeline on a large database — time to first paint, then the frame time (layout and paint)
// over a scripted sequence of 200 zoom and pan steps, next to the floor: the same frames drawn as bare
// QPainter calls, one ellipse per visible mark or one rectangle per bin that the layout placed. Prints
// figures; asserts nothing.
//
//   bench_timeline [--db PATH] [--developments N] [--runs R]
// Without --db it generates N developments (default 100,000, over ten years) first.

#include "BenchSupport.h"

#include "TextSearch.h"
#include "TimelineView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

using namespace rt::core;

namespace {

// Zoom and pan steps: from the whole decade in to a fortnight and out again, with pans at several scales.
QList<std::pair<QDate, QDate>> script(const QDate &first, const QDate &last)
{
    QList<std::pair<QDate, QDate>> steps;
    const QDate middle = first.addDays(first.daysTo(last) / 2);
    double span = double(first.daysTo(last));
    QDate centre = middle;
    for (int i = 0; i < 50; ++i) { // zoom in to about two weeks
        span = std::max(14.0, span / 1.17);
        steps.append({centre.addDays(-qint64(span / 2)), centre.addDays(qint64(span / 2))});
    }
    for (int i = 0; i < 50; ++i) { // pan day by day, then week by week
        centre = centre.addDays(i < 25 ? 1 : 7);
        steps.append({centre.addDays(-qint64(span / 2)), centre.addDays(qint64(span / 2))});
    }
    for (int i = 0; i < 50; ++i) { // zoom out to about a year
        span = std::min(365.0, span * 1.1);
        steps.append({centre.addDays(-qint64(span / 2)), centre.addDays(qint64(span / 2))});
    }
    for (int i = 0; i < 50; ++i) { // pan month by month, then zoom out to everything
        centre = centre.addDays(i < 40 ? -30 : 0);
        if (i >= 40) {
            span = std::min(double(first.daysTo(last)), span * 1.3);
        }
        steps.append({centre.addDays(-qint64(span / 2)), centre.addDays(qint64(span / 2))});
    }
    return steps;
}

// The floor of one frame: what the layout placed, drawn with nothing around it.
void bareFrame(QImage &image, const TimelineLayout &layout, int laneCount)
{
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(image.rect(), Qt::white);
    const double laneHeight = double(image.height()) / qMax(1, laneCount);
    if (layout.binned()) {
        for (const TimelineLayout::Bin &bin : layout.bins()) {
            const double height = laneHeight * 0.8 * bin.count / qMax(1, layout.maxBinCount());
            painter.fillRect(QRectF(bin.x0, laneHeight * (bin.lane + 1) - height, bin.x1 - bin.x0, height),
                             Qt::darkCyan);
        }
        return;
    }
    painter.setBrush(Qt::darkCyan);
    for (const TimelineLayout::Mark &mark : layout.marks()) {
        const double y = laneHeight * mark.lane + 10 + mark.row * 12;
        painter.drawEllipse(QPointF(mark.x, y), mark.radius, mark.radius);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    rt::bench::BenchSetup setup;
    rt::bench::prepare(setup, app, 100000, 0, out);
    auto &db = setup.db;
    const auto search = TextSearch::forDatabase(*db);

    // First paint: the view reads its items, lays out everything (zoomed out: bins) and paints once.
    QElapsedTimer timer;
    timer.start();
    rt::ui::TimelineView view(*db, *search);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    view.fitAll();
    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&frame);
    const double firstPaint = double(timer.nsecsElapsed()) / 1e6;
    const int items = int(view.data().items().size());

    const QDate first = QDate::fromJulianDay(view.data().firstDay());
    const QDate last = QDate::fromJulianDay(view.data().lastDay());
    const QList<std::pair<QDate, QDate>> steps = script(first, last);
    QList<double> frames;
    QList<double> floors;
    qint64 marks = 0;
    qint64 visited = 0;
    int binnedFrames = 0;
    QImage bare(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (const auto &[from, to] : steps) {
        timer.restart();
        view.setVisibleRange(from, to); // lays out
        view.render(&frame);
        frames.append(double(timer.nsecsElapsed()) / 1e6);
        marks += view.layout().marks().size();
        visited += view.layout().visited();
        binnedFrames += view.layout().binned() ? 1 : 0;
        timer.restart();
        bareFrame(bare, view.layout(), view.data().laneCount());
        floors.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const auto worst
        = [](const QList<double> &values) { return *std::max_element(values.begin(), values.end()); };

    out << QStringLiteral(
               "database: %1 developments, %2 timeline items from %3 to %4, lanes by level; window "
               "1400x900\n")
               .arg(view.data().developmentCount())
               .arg(items)
               .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    out << QStringLiteral("time to first paint (read items, lay out, paint): %1 ms\n")
               .arg(firstPaint, 0, 'f', 1);
    out << QStringLiteral(
               "%1 zoom and pan steps (%2 drawn as density bins); per step on average %3 marks laid "
               "out, %4 items visited\n")
               .arg(steps.size())
               .arg(binnedFrames)
               .arg(double(marks) / double(steps.size()), 0, 'f', 0)
               .arg(double(visited) / double(steps.size()), 0, 'f', 0);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("frame"), -36)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("worst ms"), 10)
               .arg(QStringLiteral("ratio"), 7);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("timeline view (layout + paint)"), -36)
               .arg(median(frames), 10, 'f', 2)
               .arg(worst(frames), 10, 'f', 2)
               .arg(median(frames) / median(floors), 7, 'f', 2);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("floor: bare QPainter, same shapes"), -36)
               .arg(median(floors), 10, 'f', 2)
               .arg(worst(floors), 10, 'f', 2)
               .arg(QStringLiteral("1.00"), 7);
    return 0;
}
