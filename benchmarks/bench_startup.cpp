// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: from starting RegTracker to its first painted window, next to the floor (startup_floor: a bare
// Qt program that opens the same file, counts the developments and shows the newest 200 in a table in a
// 1400×900 window). Each runs as a process of its own, in turns, R times, and ends by writing the painted
// window as a picture: RegTracker as `regtracker shot browser --first-paint` (the main window as it first
// shows the newest developments, facet counts still on their way), and besides, for comparison, as a plain
// `shot browser` (everything read: facets, a development selected in the detail pane). Prints the median wall
// time of each, the ratio to the floor (the median of the ratios of each turn), and the peak memory of each
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

namespace {

struct Run
{
    double ms = 0;
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
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
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
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
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
        ratios.append(a.ms / b.ms);
        shotRatios.append(c.ms / b.ms);
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
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("start to first painted window"), -34)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("peak MiB"), 9)
               .arg(QStringLiteral("private MiB"), 12);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("regtracker, first paint"), -34)
               .arg(column(apps, &Run::ms), 10, 'f', 1)
               .arg(median(ratios), 7, 'f', 2)
               .arg(column(apps, &Run::peakMiB), 9, 'f', 1)
               .arg(column(apps, &Run::privateMiB), 12, 'f', 1);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("floor: bare Qt window, newest 200"), -34)
               .arg(column(floors, &Run::ms), 10, 'f', 1)
               .arg(QStringLiteral("1.00"), 7)
               .arg(column(floors, &Run::peakMiB), 9, 'f', 1)
               .arg(column(floors, &Run::privateMiB), 12, 'f', 1);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("regtracker, everything read"), -34)
               .arg(column(shots, &Run::ms), 10, 'f', 1)
               .arg(median(shotRatios), 7, 'f', 2)
               .arg(column(shots, &Run::peakMiB), 9, 'f', 1)
               .arg(column(shots, &Run::privateMiB), 12, 'f', 1);
    out << QStringLiteral(
               "memory above the floor, everything read: %1 MiB resident, %2 MiB private (goal: within "
               "80 MiB)\n")
               .arg(column(shots, &Run::peakMiB) - column(floors, &Run::peakMiB), 0, 'f', 1)
               .arg(column(shots, &Run::privateMiB) - column(floors, &Run::privateMiB), 0, 'f', 1);
    out << QStringLiteral(
        "ratio: median over the turns of (regtracker / floor); goal for the first paint: at most "
        "1.5\n");
    return 0;
}
