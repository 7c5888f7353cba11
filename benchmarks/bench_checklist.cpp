// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: what the checklist costs on a large database — opening a company's checklist and ticking a row —
// next to the floor, the same work done with bare SQL. Prints figures; asserts nothing.
//
//   bench_checklist [--db PATH] [--developments N] [--companies C] [--runs R]
// Without --db it generates N developments (default 35,000, about 2,000 applicable obligations per company)
// and C companies (default 50) first.

#include "BenchSupport.h"

#include "Applicability.h"
#include "ApplicabilityIndex.h"
#include "AssessmentService.h"
#include "ChecklistModel.h"
#include "CompanyMatrixModel.h"
#include "Database.h"
#include "ScopedTransaction.h"
#include "SyntheticData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rt::core;
using rt::bench::bare;
using rt::bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    rt::bench::BenchSetup setup;
    rt::bench::prepare(setup, app, 35000, 50, out);
    const int runs = setup.runs;
    auto &db = setup.db;

    // The companies, largest checklist first, with how many obligations bind each.
    QList<std::pair<qint64, int>> companies;
    {
        QSqlQuery &q
            = db->exec(QStringLiteral("SELECT c.id, (SELECT COUNT(*) FROM (%1) p WHERE p.company_id = "
                                      "c.id) FROM companies c")
                           .arg(applicablePairs()));
        while (q.next()) {
            companies.append({q.value(0).toLongLong(), q.value(1).toInt()});
        }
    }
    std::sort(companies.begin(), companies.end(), [](auto a, auto b) { return a.second > b.second; });
    if (companies.isEmpty()) {
        out << QStringLiteral("the database has no companies\n");
        return 1;
    }
    double sum = 0;
    for (const auto &c : std::as_const(companies)) {
        sum += c.second;
    }
    out << QStringLiteral("database: %1 obligations, %2 companies; applicable obligations per company: "
                          "largest %3, mean %4, smallest %5; median of %6 runs\n\n")
               .arg(db->scalar(QStringLiteral("SELECT COUNT(*) FROM obligations")).toInt())
               .arg(companies.size())
               .arg(companies.first().second)
               .arg(sum / double(companies.size()), 0, 'f', 0)
               .arg(companies.last().second)
               .arg(runs);
    rt::bench::Table table(out, 52);
    const auto report
        = [&](const QString &step, double model, double floor) { table.row(step, model, floor); };

    const qint64 company = companies.first().first;
    // The floor of opening: the company's applicable obligations with their assessments, rows read bare.
    const auto openFloor = [](qint64 id) {
        return QStringLiteral(
                   "SELECT o.id, o.uid, o.text_en, o.text_zh, d.id, d.title_en, d.title_zh, s.id, "
                   "s.status, s.result, s.owner, s.due_on, s.changed_by, s.changed_at, s.version FROM "
                   "(%1) p JOIN obligations o ON o.id = p.obligation_id JOIN developments d ON d.id = "
                   "o.development_id LEFT JOIN assessments s ON s.company_id = p.company_id AND "
                   "s.obligation_id = o.id ORDER BY d.announced_on DESC")
            .arg(applicablePairs(id));
    };
    report(QStringLiteral("open checklist (largest company, by development)"),
           medianMs(runs,
                    [&] {
                        ChecklistModel model(*db);
                        model.setCompany(company);
                    }),
           medianMs(runs, [&] { bare(*db, openFloor(company)); }));
    report(QStringLiteral("open checklist (largest company, by topic)"),
           medianMs(runs,
                    [&] {
                        ChecklistModel model(*db);
                        model.setGrouping(ChecklistGrouping::ByTopic);
                        model.setCompany(company);
                    }),
           medianMs(runs, [&] { bare(*db, openFloor(company)); }));

    // Switching between companies, as Ctrl+1…9 does, with the model kept.
    {
        ChecklistModel model(*db);
        int next = 0;
        report(QStringLiteral("switch company (each of the first 9)"),
               medianMs(9, [&] { model.setCompany(companies.at(next++ % companies.size()).first); }),
               medianMs(9, [&, n = 0]() mutable {
                   bare(*db, openFloor(companies.at(n++ % companies.size()).first));
               }));
    }

    // Ticking a row with the checklist open: the service writes (transaction, audit rows, version) and the
    // model re-reads that row only. The floor is the bare UPDATE in a transaction.
    {
        ChecklistModel model(*db);
        model.setCompany(company);
        QList<ChecklistRow> rows;
        for (int g = 0; g < model.groupCount() && rows.size() < runs * 2; ++g) {
            for (const ChecklistRow &row : model.groupRows(g)) {
                if (!row.isTicked()) {
                    rows.append(row); // ticking a ticked row writes nothing
                }
            }
        }
        AssessmentService service(*db);
        int n = 0;
        report(
            QStringLiteral("tick a row (service + model refresh)"),
            medianMs(runs,
                     [&] {
                         const ChecklistRow &row = rows.at(n++ % rows.size());
                         const int version = model.indexOf(row.key).data(ChecklistModel::VersionRole).toInt();
                         service.apply(row.key, version, AssessmentEdit::tick());
                     }),
            // The floor ticks other rows than the model (the second half of those collected): a bare UPDATE
            // tells the model nothing, and a row it changed would be stale for the untick below.
            medianMs(runs, [&, i = runs]() mutable {
                ScopedTransaction transaction(*db);
                db->exec(QStringLiteral("UPDATE assessments SET status = 'done', result = 'compliant', "
                                        "version = version + 1 WHERE company_id = ? AND obligation_id = ?"),
                         {company, rows.at(i++ % rows.size()).key.obligationId});
                transaction.commit();
            }));
        n = 0;
        report(QStringLiteral("untick a row (audit lookup + service + refresh)"),
               medianMs(runs,
                        [&] {
                            const ChecklistRow &row = rows.at(n++ % rows.size());
                            const int version
                                = model.indexOf(row.key).data(ChecklistModel::VersionRole).toInt();
                            service.apply(row.key, version, service.untick(row.key));
                        }),
               0);
    }

    report(QStringLiteral("company matrix (all companies x topics)"),
           medianMs(runs, [&] { CompanyMatrixModel matrix(*db); }), 0);
    // Its parts: reading which obligations bind whom, and counting again with that kept (as after a tick).
    report(QStringLiteral("  of which: applicability read"),
           medianMs(runs,
                    [&] {
                        ApplicabilityIndex index(*db);
                        index.load();
                    }),
           0);
    {
        CompanyMatrixModel matrix(*db);
        report(QStringLiteral("  counting again (after a tick)"),
               medianMs(runs,
                        [&] {
                            matrix.setToday(QDate::currentDate().addDays(1));
                            matrix.setToday(QDate::currentDate());
                        })
                   / 2,
               0);
    }
    return 0;
}
