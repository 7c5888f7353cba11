// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the timeline on a large database — time to first paint (a new view reads its items, fits them
// all and paints), then the frame time (layout and paint of the drawing area, which is what a zoom or pan
// repaints) over a scripted sequence of 200 zoom and pan steps, next to the floor: the same frames drawn as
// bare QPainter calls, one ellipse per visible mark or one rectangle per bin that the layout placed, measured
// pair by pair. The script runs R times; each step's time is the median of its runs, so that a moment when
// the machine was busy elsewhere does not count as the view's. Times are wall clock and, where stated, the
// processor time of the interface thread. Prints figures; asserts nothing.
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

    // First paint: a new view reads its items, lays out everything (zoomed out: bins) and paints once.
    QList<double> firstPaints;
    QList<double> firstPaintsCpu;
    QList<double> readings;
    for (int run = 0; run < setup.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = rt::bench::threadCpuMs();
        rt::ui::TimelineView view(*db, *search);
        view.resize(1400, 900);
        view.show();
        QApplication::processEvents();
        view.fitAll();
        QImage picture(view.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        view.canvas()->render(&picture);
        firstPaints.append(double(timer.nsecsElapsed()) / 1e6);
        firstPaintsCpu.append(rt::bench::threadCpuMs() - cpu);
        // Of that, reading the items alone.
        const double read = rt::bench::threadCpuMs();
        TimelineData data(*db, *search);
        data.items();
        readings.append(rt::bench::threadCpuMs() - read);
    }

    rt::ui::TimelineView view(*db, *search);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    view.fitAll();
    QImage frame(view.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    view.canvas()->render(&frame);
    const int items = int(view.data().items().size());
    const QDate first = QDate::fromJulianDay(view.data().firstDay());
    const QDate last = QDate::fromJulianDay(view.data().lastDay());
    const QList<std::pair<QDate, QDate>> steps = script(first, last);
    QList<QList<double>> stepFrames(steps.size());
    QList<QList<double>> stepFramesCpu(steps.size());
    QList<QList<double>> stepFloors(steps.size());
    qint64 marks = 0;
    qint64 visited = 0;
    int binnedFrames = 0;
    QImage bare(view.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    for (int run = 0; run < setup.runs; ++run) {
        for (qsizetype step = 0; step < steps.size(); ++step) {
            const auto &[from, to] = steps.at(step);
            QElapsedTimer timer;
            timer.start();
            const double cpu = rt::bench::threadCpuMs();
            view.setVisibleRange(from, to); // lays out
            view.canvas()->render(&frame);
            stepFrames[step].append(double(timer.nsecsElapsed()) / 1e6);
            stepFramesCpu[step].append(rt::bench::threadCpuMs() - cpu);
            if (run == 0) {
                marks += view.layout().marks().size();
                visited += view.layout().visited();
                binnedFrames += view.layout().binned() ? 1 : 0;
            }
            timer.restart();
            bareFrame(bare, view.layout(), view.data().laneCount());
            stepFloors[step].append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const auto worst
        = [](const QList<double> &values) { return *std::max_element(values.begin(), values.end()); };
    QList<double> frames;
    QList<double> framesCpu;
    QList<double> floors;
    QList<double> ratios;
    for (qsizetype step = 0; step < steps.size(); ++step) {
        frames.append(median(stepFrames.at(step)));
        framesCpu.append(median(stepFramesCpu.at(step)));
        floors.append(median(stepFloors.at(step)));
        ratios.append(frames.last() / floors.last());
    }

    out << QStringLiteral(
               "database: %1 developments, %2 timeline items from %3 to %4, lanes by level; window "
               "1400x900\n")
               .arg(view.data().developmentCount())
               .arg(items)
               .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    out << QStringLiteral(
               "time to first paint (read items, lay out, paint), median of %1: %2 ms, of which %3 ms "
               "processor time (goal: under 300 ms); reading the items alone: %4 ms processor time\n")
               .arg(setup.runs)
               .arg(median(firstPaints), 0, 'f', 1)
               .arg(median(firstPaintsCpu), 0, 'f', 1)
               .arg(median(readings), 0, 'f', 1);
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
               .arg(median(ratios), 7, 'f', 2);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("  of which processor time"), -36)
               .arg(median(framesCpu), 10, 'f', 2)
               .arg(worst(framesCpu), 10, 'f', 2)
               .arg(QString(), 7);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("floor: bare QPainter, same shapes"), -36)
               .arg(median(floors), 10, 'f', 2)
               .arg(worst(floors), 10, 'f', 2)
               .arg(QStringLiteral("1.00"), 7);
    out << QStringLiteral(
        "ratio: median over the steps of view / floor (goal: at most 2); worst: the slowest step "
        "(goal: under 16 ms)\n");
    return 0;
}
