#pragma once
// Helpers shared by the benchmarks: the median of repeated timings, and the floor that a model is compared
// against (the same SQL run bare through QSqlQuery, every column of every row read).

#include "Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

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

} // namespace rt::bench
