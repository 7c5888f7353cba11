// SPDX-License-Identifier: GPL-3.0-or-later
// How well import reads real newsletters: the corpus in tests/data/import/corpus/ imported into a fresh demo
// database as a user would (the newsletter's year typed in where the text names none), and compared with the
// labels a person wrote. Prints one line per page, then the totals next to the goals: pages split exactly
// right, lead authorities and dates right, and for candidate obligations precision, one-to-one recall and
// right kinds. --verbose lists every difference.
//
//   bench_import_accuracy [--verbose]

#include "Database.h"
#include "ExchangeImporter.h"
#include "ImportCorpus.h"
#include "ImportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rt;

namespace {

QString percent(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + u'%';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import accuracy on the corpus of real newsletters."));
    parser.addHelpOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("List every difference."));
    parser.addOption(verbose);
    parser.process(app);

    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("corpus.sqlite")),
                                   core::Database::OpenMode::CreateIfMissing);
    core::ExchangeImporter(*db).importFile(QStringLiteral(":/demo/demo.json"));
    core::ImportService service(*db);

    const QList<test::CorpusFile> files = test::loadCorpus();
    QList<test::CorpusResult> results;
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("page"), -48)
               .arg(QStringLiteral("items"), 6)
               .arg(QStringLiteral("split"), 6)
               .arg(QStringLiteral("issuer"), 7)
               .arg(QStringLiteral("date"), 5)
               .arg(QStringLiteral("duties found/labelled/matched"));
    for (const test::CorpusFile &file : files) {
        core::ImportOptions options;
        options.year = file.year;
        core::ImportBatch batch = service.read(file.path, options);
        service.reconcile(batch);
        const test::CorpusResult r = test::judge(file, batch);
        results.append(r);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(file.name, -48)
                   .arg(QStringLiteral("%1/%2").arg(batch.items.size()).arg(r.items), 6)
                   .arg(r.split ? QStringLiteral("yes") : QStringLiteral("NO"), 6)
                   .arg(QStringLiteral("%1/%2").arg(r.authoritiesRight).arg(r.items), 7)
                   .arg(QStringLiteral("%1/%2").arg(r.datesRight).arg(r.items), 5)
                   .arg(r.labelsDuties
                            ? QStringLiteral("%1/%2/%3").arg(r.proposed).arg(r.duties).arg(r.matched)
                            : QStringLiteral("-"));
        if (parser.isSet(verbose)) {
            for (const QString &problem : r.problems) {
                out << QStringLiteral("    ") << problem << u'\n';
            }
        }
    }
    const test::CorpusTotals t = test::total(files, results);
    out << QStringLiteral(
               "\n%1 pages from %2 publishers, %3 items; %4 pages with labelled duties (%5 duties)\n")
               .arg(t.files)
               .arg(t.publishers)
               .arg(t.items)
               .arg(t.dutyFiles)
               .arg(t.duties);
    const auto line = [&out](const QString &what, double value, int part, int whole, const QString &goal) {
        out << QStringLiteral("%1 %2  (%3/%4)   goal %5\n")
                   .arg(what, -34)
                   .arg(percent(value), 6)
                   .arg(part)
                   .arg(whole)
                   .arg(goal);
    };
    line(QStringLiteral("pages split exactly right"), t.splitAccuracy(), t.filesSplit, t.files,
         QStringLiteral(">= 95%"));
    line(QStringLiteral("lead authorities right"), t.authorityAccuracy(), t.authoritiesRight, t.items,
         QStringLiteral(">= 90%"));
    line(QStringLiteral("announcement dates right"), t.dateAccuracy(), t.datesRight, t.items,
         QStringLiteral(">= 90%"));
    line(QStringLiteral("obligation precision"), t.precision(), t.matched, t.proposed,
         QStringLiteral(">= 90%"));
    line(QStringLiteral("obligation recall, one to one"), t.recall(), t.matched, t.duties,
         QStringLiteral(">= 85%"));
    line(QStringLiteral("obligation kinds right"), t.kindAccuracy(), t.kindsRight, t.matched,
         QStringLiteral(">= 85%"));
    return 0;
}
