// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the benchmarks: the median of repeated timings, and the floor that a model is compared
// against (the same SQL run bare through QSqlQuery, every column of every row read).

#include "Database.h"

#include "SyntheticData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <time.h>

namespace rt::bench {

inline double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The processor time the calling thread spent, in ms: what a step costs whatever else the machine runs.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Runs SQL and walks every row, as the floor for what a model must at least do.
inline int bare(core::Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        query.bindValue(int(i), bindings.at(i));
    }
    query.exec();
    int rows = 0;
    while (query.next()) {
        for (int c = 0; c < query.record().count(); ++c) {
            query.value(c);
        }
        ++rows;
    }
    return rows;
}

// The database a benchmark measures: --db PATH, or one generated into a temporary directory from
// --developments N and --companies C. --runs R is the number of runs per figure (median).
struct BenchSetup
{
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db;
    int runs = 7;
};

inline void prepare(BenchSetup &setup, QCoreApplication &app, int developments, int companies,
                    QTextStream &out)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("An existing database."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption sizeOption(QStringLiteral("developments"),
                                        QStringLiteral("Developments to generate."), QStringLiteral("N"),
                                        QString::number(developments));
    const QCommandLineOption companiesOption(QStringLiteral("companies"),
                                             QStringLiteral("Companies to generate."), QStringLiteral("C"),
                                             QString::number(companies));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                        QStringLiteral("R"), QStringLiteral("7"));
    parser.addOptions({dbOption, sizeOption, companiesOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    setup.runs = qMax(1, parser.value(runsOption).toInt());

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = setup.dir.filePath(QStringLiteral("bench.sqlite"));
        auto db = core::Database::open(path, core::Database::OpenMode::CreateIfMissing);
        core::SyntheticDataOptions options;
        options.developments = parser.value(sizeOption).toInt();
        options.companies = parser.value(companiesOption).toInt();
        QElapsedTimer timer;
        timer.start();
        core::SyntheticData::generate(*db, options);
        out << QStringLiteral("generated %1 developments and %2 companies in %3 s\n")
                   .arg(options.developments)
                   .arg(options.companies)
                   .arg(double(timer.elapsed()) / 1000, 0, 'f', 1);
    }
    setup.db = core::Database::open(path, core::Database::OpenMode::ExistingOnly);
}

// Prints the figures as a table: step, the model's time, the floor's and their ratio ("—" without a floor).
class Table
{
public:
    Table(QTextStream &out, int stepWidth)
        : m_out(out)
        , m_width(stepWidth)
    {
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QStringLiteral("step"), -m_width)
                     .arg(QStringLiteral("model ms"), 10)
                     .arg(QStringLiteral("bare SQL ms"), 12)
                     .arg(QStringLiteral("ratio"), 7);
    }
    void row(const QString &step, double model, double floor)
    {
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(step, -m_width)
                     .arg(model, 10, 'f', 2)
                     .arg(floor > 0 ? QString::number(floor, 'f', 2) : QStringLiteral("—"), 12)
                     .arg(floor > 0 ? QString::number(model / floor, 'f', 2) : QStringLiteral("—"), 7);
        m_out.flush();
    }

private:
    QTextStream &m_out;
    int m_width;
};

} // namespace rt::bench
