// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: what the developments browser costs on a large database, next to the floor — the same SQL run
// bare through QSqlQuery. Prints figures; asserts nothing (timing goals belong here, not in tests).
//
//   bench_models [--db PATH] [--developments N] [--runs R]
// Without --db it generates N developments (default 100,000) into a temporary database first.

#include "BenchSupport.h"
#include "Database.h"
#include "DevelopmentQuery.h"
#include "DevelopmentTableModel.h"
#include "FacetModel.h"
#include "SyntheticData.h"
#include "TextSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <limits>
#include <sys/resource.h>

using namespace rt::core;

using rt::bench::bare;
using rt::bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    rt::bench::BenchSetup setup;
    rt::bench::prepare(setup, app, 100000, 50, out);
    const int runs = setup.runs;
    auto &db = setup.db;
    SubstringSearch search;
    const int total = db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toInt();
    out << QStringLiteral("database: %1 developments; median of %2 runs\n\n").arg(total).arg(runs);
    rt::bench::Table table(out, 44);
    const auto report
        = [&](const QString &step, double model, double floor) { table.row(step, model, floor); };
    const QString page
        = QStringLiteral("SELECT d.id, d.uid, d.announced_on, d.title_en, d.title_zh, d.kind, d.stage "
                         "FROM developments d %1 ORDER BY %2 LIMIT 200 OFFSET %3");

    // 1. Opening the browser: count + first page (with issuers and topics of the page).
    report(QStringLiteral("open: count + first page of 200"),
           medianMs(runs, [&] { DevelopmentTableModel model(*db, search); }), medianMs(runs, [&] {
               bare(*db, QStringLiteral("SELECT count(*) FROM developments d"));
               bare(*db, page.arg(QString(), QStringLiteral("d.announced_on DESC, d.id DESC")).arg(0));
           }));

    // 2. Scrolling deep: the page at row 50,000.
    {
        DevelopmentTableModel model(*db, search);
        report(QStringLiteral("scroll: 250 more pages, to row 50,000"),
               medianMs(1,
                        [&] {
                            while (model.rowCount() < qMin(50000, total) && model.canFetchMore({})) {
                                model.fetchMore({});
                            }
                        }),
               medianMs(1, [&] {
                   // The floor pages the same way (keyset) but fetches only the rows, not their issuers and
                   // topics.
                   QString lastDate = QStringLiteral("9999-12-31");
                   qint64 lastId = 0;
                   for (int fetched = 0; fetched < qMin(50000, total); fetched += 200) {
                       QSqlQuery query(db->connection());
                       query.setForwardOnly(true);
                       query.prepare(
                           QStringLiteral("SELECT d.id, d.uid, d.announced_on, d.title_en, d.title_zh, "
                                          "d.kind, d.stage FROM developments d WHERE (d.announced_on, d.id) "
                                          "< (?, ?) ORDER BY d.announced_on DESC, d.id DESC LIMIT 200"));
                       query.addBindValue(lastDate);
                       query.addBindValue(lastId == 0 ? std::numeric_limits<qint64>::max() : lastId);
                       query.exec();
                       while (query.next()) {
                           lastId = query.value(0).toLongLong();
                           lastDate = query.value(2).toString();
                           query.value(3);
                           query.value(4);
                       }
                   }
               }));
    }

    // 3. Sorting by title.
    report(QStringLiteral("sort by title: count + first page"),
           medianMs(runs,
                    [&] {
                        DevelopmentTableModel model(*db, search);
                        model.sort(DevelopmentTableModel::TitleColumn, Qt::AscendingOrder);
                    }),
           medianMs(runs, [&] {
               bare(*db, QStringLiteral("SELECT count(*) FROM developments d"));
               bare(*db, page.arg(QString(), QStringLiteral("lower(d.title_en) ASC, d.id ASC")).arg(0));
           }));

    // 4. Text filter in Chinese and in English.
    for (const QString &text : {QStringLiteral("算法"), QStringLiteral("labelling")}) {
        DevelopmentFilter filter;
        filter.text = text;
        const SqlCondition condition = whereClause(filter, search);
        report(QStringLiteral("search \"%1\": count + first page").arg(text),
               medianMs(runs,
                        [&] {
                            DevelopmentTableModel model(*db, search);
                            model.setFilter(filter);
                        })
                   - medianMs(runs, [&] { DevelopmentTableModel model(*db, search); }),
               medianMs(runs, [&] {
                   bare(*db, QStringLiteral("SELECT count(*) FROM developments d ") + condition.where,
                        condition.bindings);
                   bare(*db,
                        page.arg(condition.where, QStringLiteral("d.announced_on DESC, d.id DESC")).arg(0),
                        condition.bindings);
               }));
    }

    // 5. Facet counts.
    report(QStringLiteral("facet counts: authority"),
           medianMs(runs, [&] { FacetModel facet(*db, search, Facet::Authority); }), medianMs(runs, [&] {
               bare(*db,
                    QStringLiteral(
                        "SELECT a.code, count(*) FROM development_authorities da JOIN authorities a ON "
                        "a.id = da.authority_id GROUP BY a.code"));
           }));
    report(QStringLiteral("facet counts: year"),
           medianMs(runs, [&] { FacetModel facet(*db, search, Facet::Year); }), medianMs(runs, [&] {
               bare(*db,
                    QStringLiteral("SELECT substr(announced_on, 1, 4), count(*) FROM developments GROUP BY "
                                   "substr(announced_on, 1, 4)"));
           }));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("\npeak resident memory: %1 MiB\n").arg(double(usage.ru_maxrss) / 1024, 0, 'f', 1);
    return 0;
}
