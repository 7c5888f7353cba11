// SPDX-License-Identifier: GPL-3.0-or-later
// How well search finds what a careful reader expects: the query set of benchmarks/data/search-queries.tsv
// run against the demo database through the browser's own table model, best first. For each kind of query
// (exact, variant, concept) and each language it prints recall at 10 (the share of a query's relevant
// developments among its first ten results) and precision at 10 (the share of relevant developments among its
// first ten results, or among all of them when there are fewer), averaged over the queries, for three
// searches:
//   typed     the words as typed, in either script (the floor: no glossary)
//   glossary  with their same-meaning terms, English and Chinese and regional wording
//   related   with related terms too, ranked after everything the glossary finds (what the browser does)
//
//     bench_search_quality [--queries FILE] [--misses]

#include "Database.h"
#include "DatabaseLocation.h"
#include "DevelopmentTableModel.h"
#include "Glossary.h"
#include "SearchQuery.h"
#include "TextSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace rt::core;

namespace {

struct Query
{
    QString id;
    QString kind;
    QString language;
    QString text;
    QStringList relevant;
};

QList<Query> readQueries(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "bench_search_quality: cannot read " << path << Qt::endl;
        return {};
    }
    QList<Query> queries;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (lines.at(n).trimmed().isEmpty() || lines.at(n).startsWith(u'#')) {
            continue;
        }
        const QStringList fields = lines.at(n).split(u'\t');
        if (fields.size() < 5 || fields.at(4).isEmpty()) {
            err << "bench_search_quality: " << path << ", line " << n + 1 << ": expected id, kind, language, "
                << "query and relevant ids separated by tabs" << Qt::endl;
            return {};
        }
        queries.append({fields.at(0), fields.at(1), fields.at(2), fields.at(3), fields.at(4).split(u',')});
    }
    return queries;
}

// The uids of the first ten results, best first.
QStringList firstTen(Database &db, const TextSearch &search, const QString &text)
{
    DevelopmentTableModel model(db, search);
    DevelopmentFilter filter;
    filter.text = text;
    model.setFilter(filter);
    QStringList uids;
    for (int row = 0; row < qMin(10, model.rowCount()); ++row) {
        uids.append(model.index(row, 0).data(DevelopmentTableModel::UidRole).toString());
    }
    return uids;
}

struct Score
{
    double recall = 0;
    double precision = 0;
    int queries = 0;
    int found = 0; // queries with at least one relevant development in the first ten

    void add(const QStringList &relevant, const QStringList &results)
    {
        const QSet<QString> wanted(relevant.cbegin(), relevant.cend());
        int hits = 0;
        for (const QString &uid : results) {
            hits += wanted.contains(uid) ? 1 : 0;
        }
        recall += double(hits) / double(wanted.size());
        precision += results.isEmpty() ? 0.0 : double(hits) / double(results.size());
        ++queries;
        found += hits > 0 ? 1 : 0;
    }
    QString line() const
    {
        return QStringLiteral("R@10 %1  P@10 %2  found %3/%4")
            .arg(recall / qMax(1, queries), 0, 'f', 2)
            .arg(precision / qMax(1, queries), 0, 'f', 2)
            .arg(found, 3)
            .arg(queries, -3);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recall and precision at 10 of the search query set."));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("The query set."),
                                           QStringLiteral("FILE"), QStringLiteral(RT_QUERY_SET));
    const QCommandLineOption missesOption(
        QStringLiteral("misses"), QStringLiteral("List each query's relevant developments not found."));
    parser.addOptions({queriesOption, missesOption});
    parser.addHelpOption();
    parser.process(app);
    const QList<Query> queries = readQueries(parser.value(queriesOption), err);
    if (queries.isEmpty()) {
        return 1;
    }

    QTemporaryDir dir;
    auto db
        = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), Database::OpenMode::CreateIfMissing);
    DatabaseLocation::loadDemoData(*db);
    const FullTextSearch typed(*db);
    const auto glossary = FullTextSearch::withGlossary(*db);

    // configuration → kind or language → score
    const QStringList configurations{QStringLiteral("typed"), QStringLiteral("glossary"),
                                     QStringLiteral("related")};
    QMap<QString, QMap<QString, Score>> scores;
    for (const Query &query : queries) {
        const SearchQuery parsed = glossary->query(query.text);
        const QList<QStringList> results{firstTen(*db, typed, query.text),
                                         firstTen(*db, *glossary, parsed.withoutRelatedTerms()),
                                         firstTen(*db, *glossary, query.text)};
        for (qsizetype c = 0; c < configurations.size(); ++c) {
            for (const QString &group : QStringList{query.kind, QStringLiteral("language ") + query.language,
                                                    QStringLiteral("all")}) {
                scores[configurations.at(c)][group].add(query.relevant, results.at(c));
            }
        }
        if (parser.isSet(missesOption)) {
            QStringList missed;
            for (const QString &uid : query.relevant) {
                if (!results.constLast().contains(uid)) {
                    missed.append(uid);
                }
            }
            if (!missed.isEmpty()) {
                out << query.id << '\t' << query.kind << '\t' << query.text << "\tmissed "
                    << missed.join(u',') << '\n';
            }
        }
    }

    out << QStringLiteral(
               "%1 queries over the %2 demo developments; first ten results of each, best first.\n")
               .arg(queries.size())
               .arg(db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toInt());
    out << QStringLiteral(
        "typed: the words as typed (floor); glossary: with same-meaning terms; related: with "
        "related terms ranked after them\n\n");
    const QStringList groups{QStringLiteral("exact"),
                             QStringLiteral("variant"),
                             QStringLiteral("concept"),
                             QStringLiteral("language en"),
                             QStringLiteral("language zh_Hans"),
                             QStringLiteral("language zh_Hant"),
                             QStringLiteral("language mixed"),
                             QStringLiteral("all")};
    for (const QString &group : groups) {
        for (const QString &configuration : configurations) {
            out << QStringLiteral("%1 %2 %3\n")
                       .arg(group, -17)
                       .arg(configuration, -9)
                       .arg(scores[configuration][group].line());
        }
        out << '\n';
    }
    return 0;
}
