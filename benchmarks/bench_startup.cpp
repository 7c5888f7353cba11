// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: from starting RegTracker to its first painted window, next to the floor (startup_floor: a bare
// Qt program that opens the same file, counts the developments and shows the newest 200 in a table in a
// 1400×900 window). Each runs as a process of its own, in turns, R times, and ends by writing the painted
// window as a picture: RegTracker as `regtracker shot browser --first-paint` (the main window as it first
// shows the newest developments, facet counts still on their way), and besides, for comparison, as a plain
// `shot browser` (everything read: facets, a development selected in the detail pane). Each process says on
// standard error when its window was painted (steady clock; RegTracker when RT_REPORT_PAINTED is set), which
// is what the goal times: from the start to the painted window, without encoding the picture and ending the
// process, which the whole time includes. Prints the median of each, the ratio to the floor (the median of
// the ratios of each turn), and the peak memory of each
// process: resident in all, and its private part (what the process allocated itself, without the pages of
// the database file that are mapped in and shared with the system's file cache). Asserts nothing.
//
//   bench_startup [--db PATH] [--developments N] [--companies C] [--runs R]
// Without --db it generates N developments (default 100,000) and C companies (default 50) first.

#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <chrono>
#include <cstdio>

namespace {

struct Run
{
    double ms = 0; // the whole process: start, first paint, writing the picture, ending
    double paintedMs = 0; // from the start to the window painted, as the process reports it
    double peakMiB = 0; // VmHWM: the most resident memory
    double privateMiB = 0; // the most RssAnon: memory of the process's own
    bool ok = false;
};

// The kernel's account of a running process: VmHWM and RssAnon in MiB (0 when it has gone).
std::pair<double, double> memoryOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return {0, 0};
    }
    double peak = 0;
    double anon = 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&line] { return line.simplified().split(' ').value(1).toDouble() / 1024; };
        if (line.startsWith("VmHWM:")) {
            peak = kib();
        } else if (line.startsWith("RssAnon:")) {
            anon = kib();
        }
    }
    return {peak, anon};
}

Run run(const QString &program, const QStringList &arguments)
{
    Run result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("RT_REPORT_PAINTED"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    const auto started = std::chrono::steady_clock::now().time_since_epoch().count();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return result;
    }
    const qint64 pid = process.processId();
    // Sampled every 2 ms: VmHWM is the kernel's own peak, so only its last reading matters.
    while (!process.waitForFinished(2)) {
        const auto [peak, anon] = memoryOf(pid);
        result.peakMiB = std::max(result.peakMiB, peak);
        result.privateMiB = std::max(result.privateMiB, anon);
    }
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    // "painted N": the steady clock (the same on both sides) when the window was painted.
    for (const QByteArray &line : process.readAllStandardError().split('\n')) {
        if (line.startsWith("painted ")) {
            result.paintedMs = double(line.mid(8).toLongLong() - started) / 1e6;
        } else if (!line.isEmpty()) {
            std::fprintf(stderr, "%s\n", line.constData());
        }
    }
    result.ok
        = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && result.paintedMs > 0;
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    rt::bench::BenchSetup setup;
    rt::bench::prepare(setup, app, 100000, 50, out);
    const QString path = setup.db->path();
    const qint64 developments
        = setup.db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toLongLong();
    setup.db.reset(); // the processes open the file themselves

    const QString picture = setup.dir.filePath(QStringLiteral("window.png"));
    const QStringList shotArguments{QStringLiteral("shot"),
                                    QStringLiteral("browser"),
                                    picture,
                                    QStringLiteral("--db"),
                                    path,
                                    QStringLiteral("--size"),
                                    QStringLiteral("1400x900"),
                                    QStringLiteral("--lang"),
                                    QStringLiteral("en")};
    const QStringList appArguments = shotArguments + QStringList{QStringLiteral("--first-paint")};
    const QStringList floorArguments{path, picture};

    // One unmeasured run of each: the file in the system's cache for all, as on any second start.
    run(QStringLiteral(RT_APP_BINARY), appArguments);
    run(QStringLiteral(RT_STARTUP_FLOOR), floorArguments);

    QList<Run> apps;
    QList<Run> floors;
    QList<Run> shots;
    QList<double> ratios;
    QList<double> wholeRatios;
    QList<double> shotRatios;
    for (int i = 0; i < setup.runs; ++i) {
        // In turns, so that whatever else the machine does falls on all alike.
        const Run a = run(QStringLiteral(RT_APP_BINARY), appArguments);
        const Run b = run(QStringLiteral(RT_STARTUP_FLOOR), floorArguments);
        const Run c = run(QStringLiteral(RT_APP_BINARY), shotArguments);
        if (!a.ok || !b.ok || !c.ok) {
            out << QStringLiteral("a run failed\n");
            return 1;
        }
        apps.append(a);
        floors.append(b);
        shots.append(c);
        ratios.append(a.paintedMs / b.paintedMs);
        wholeRatios.append(a.ms / b.ms);
        shotRatios.append(c.paintedMs / b.paintedMs);
    }
    const auto column = [](const QList<Run> &runs, double Run::*field) {
        QList<double> values;
        for (const Run &r : runs) {
            values.append(r.*field);
        }
        return median(values);
    };

    out << QStringLiteral("database: %1 developments; %2 runs of each, alternating; window 1400x900\n\n")
               .arg(developments)
               .arg(setup.runs);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("start to first painted window"), -34)
               .arg(QStringLiteral("painted ms"), 10)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("whole ms"), 9)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("peak MiB"), 9)
               .arg(QStringLiteral("private MiB"), 12);
    const auto line
        = [&](const QString &name, const QList<Run> &runs, const QString &ratio, const QString &wholeRatio) {
              out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                         .arg(name, -34)
                         .arg(column(runs, &Run::paintedMs), 10, 'f', 1)
                         .arg(ratio, 6)
                         .arg(column(runs, &Run::ms), 9, 'f', 1)
                         .arg(wholeRatio, 6)
                         .arg(column(runs, &Run::peakMiB), 9, 'f', 1)
                         .arg(column(runs, &Run::privateMiB), 12, 'f', 1);
          };
    line(QStringLiteral("regtracker, first paint"), apps, QString::number(median(ratios), 'f', 2),
         QString::number(median(wholeRatios), 'f', 2));
    line(QStringLiteral("floor: bare Qt window, newest 200"), floors, QStringLiteral("1.00"),
         QStringLiteral("1.00"));
    line(QStringLiteral("regtracker, everything read"), shots, QString::number(median(shotRatios), 'f', 2),
         QString());
    out << QStringLiteral(
               "memory above the floor, everything read: %1 MiB resident, %2 MiB private (goal: within "
               "80 MiB)\n")
               .arg(column(shots, &Run::peakMiB) - column(floors, &Run::peakMiB), 0, 'f', 1)
               .arg(column(shots, &Run::privateMiB) - column(floors, &Run::privateMiB), 0, 'f', 1);
    out << QStringLiteral(
        "painted: from starting the process to its window painted; whole: the process from start to end "
        "(the picture written, the process ended). ratio: median over the turns of (regtracker / floor); "
        "goal for the first paint: at most 1.5\n");
    return 0;
}
