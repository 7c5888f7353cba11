// Benchmark: full-text search on a large database — 50 English and 50 Chinese queries, each run as the
// developments browser runs it (the match count, the first page ranked by bm25 and the five facet counts,
// glossary included), next to the floor: the same FTS5 MATCH expression, counted and ranked by SQLite alone;
// and what is left for the interface thread when the query runs on the worker. Prints median and 95th
// percentile per language; asserts nothing.
//
//   bench_search [--db PATH] [--developments N] [--runs R]
// Without --db it generates N developments (default 100,000) first.

#include "BenchSupport.h"

#include "BackgroundSearch.h"
#include "DevelopmentTableModel.h"
#include "FacetModel.h"
#include "FullTextIndex.h"
#include "TextSearch.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace rt::core;
using rt::bench::bare;

namespace {

// Words legal staff type, in the vocabulary of the generated data and beyond it (some match nothing).
const char *const englishQueries[] = {
    "algorithm",
    "algorithm filing",
    "generative AI",
    "personal information",
    "data export",
    "minors",
    "minors mode",
    "live-streaming",
    "advertising",
    "pricing",
    "automobile data",
    "deep synthesis",
    "labelling",
    "label",
    "short video",
    "cross-border",
    "cloud computing",
    "large models",
    "measures",
    "provisions",
    "guidelines",
    "compliance guide",
    "security requirements",
    "technical specification",
    "action plan",
    "implementation",
    "regulations",
    "fine",
    "fines a company",
    "violations",
    "service logs",
    "public notice",
    "charging rules",
    "impact assessment",
    "complaints",
    "historical versions",
    "platform rules",
    "seeks comments",
    "draft for comments",
    "e-commerce",
    "recommendation",
    "protection",
    "security",
    "\"data security\"",
    "cyberspace",
    "market regulation",
    "retain",
    "prominently",
    "notice period",
    "zebracorn",
};

const char *const chineseQueries[] = {
    "算法",     "算法备案", "生成式人工智能", "个人信息",     "数据出境",       "未成年人", "未成年人模式",
    "直播",     "广告",     "价格",           "汽车数据",     "深度合成",       "标识",     "标注",
    "短视频",   "跨境",     "云计算",         "大模型",       "管理办法",       "规定",     "指引",
    "合规指南", "安全要求", "技术规范",       "行动方案",     "实施意见",       "条例",     "罚款",
    "处罚",     "违法行为", "服务日志",       "公示",         "收费规则",       "影响评估", "投诉",
    "历史版本", "平台规则", "征求意见稿",     "公开征求意见", "电商",           "推荐",     "保护",
    "安全",     "法",       "数据",           "网信办",       "个人信息处理者", "显著",     "留存",
    "麒麟",
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

struct Figures
{
    QList<double> model;
    QList<double> floor;
    QList<double> interface;
    qint64 matches = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    rt::bench::BenchSetup setup;
    rt::bench::prepare(setup, app, 100000, 0, out);
    auto &db = setup.db;
    const auto search = FullTextSearch::withGlossary(*db);

    QElapsedTimer rebuild;
    rebuild.start();
    const int indexed = FullTextIndex(*db).rebuild();
    out << QStringLiteral(
               "database: %1 developments; rebuilding the whole index took %2 s; median of %3 runs "
               "per query\n\n")
               .arg(indexed)
               .arg(double(rebuild.elapsed()) / 1000, 0, 'f', 1)
               .arg(setup.runs);

    // The browser: the table and its five facets, all following the filter.
    DevelopmentTableModel model(*db, *search);
    std::vector<std::unique_ptr<FacetModel>> facets;
    for (Facet facet : {Facet::Kind, Facet::Stage, Facet::Authority, Facet::Topic, Facet::Year}) {
        facets.push_back(std::make_unique<FacetModel>(*db, *search, facet));
    }
    const auto browse = [&](const DevelopmentFilter &filter) {
        model.setFilter(filter);
        for (const auto &facet : facets) {
            facet->setFilter(filter);
        }
    };
    const auto measure = [&](const auto &queries) {
        Figures figures;
        for (const char *text : queries) {
            const QString query = QString::fromUtf8(text);
            // What the browser does when the text changes: run the query once, count the matches, fetch the
            // first page ranked. A trailing space makes each run a new filter (the model skips a filter it
            // already has), and telling the search that the index changed makes it run the query again rather
            // than reuse the hits of the last run.
            int run = 0;
            figures.model.append(rt::bench::medianMs(setup.runs, [&] {
                db->searchIndexChanged();
                DevelopmentFilter filter;
                filter.text = query + (run++ % 2 == 0 ? QString() : QStringLiteral(" "));
                browse(filter);
            }));
            // The floor: the same MATCH expression, counted and ranked by SQLite with nothing around it.
            const QString expression = search->query(query).ftsExpression();
            figures.floor.append(rt::bench::medianMs(setup.runs, [&] {
                bare(*db,
                     QStringLiteral(
                         "SELECT count(*) FROM development_search WHERE development_search MATCH ?"),
                     {expression});
                bare(*db,
                     QStringLiteral(
                         "SELECT rowid, bm25(development_search, %1, %2) AS score FROM "
                         "development_search WHERE development_search MATCH ? ORDER BY score LIMIT %3")
                         .arg(FullTextSearch::titleWeight)
                         .arg(FullTextSearch::bodyWeight)
                         .arg(DevelopmentTableModel::pageSize),
                     {expression});
            }));
            // With the query on a worker, what the interface thread still does: take the hits, count, fetch
            // the first page.
            const QByteArray hits = BackgroundSearch::queryHits(db->address(), expression);
            figures.interface.append(rt::bench::medianMs(setup.runs, [&] {
                db->searchIndexChanged();
                search->adopt(expression, hits, db->searchGeneration(), search->dataVersion());
                DevelopmentFilter filter;
                filter.text = query + (run++ % 2 == 0 ? QString() : QStringLiteral(" "));
                browse(filter);
            }));
            figures.matches
                += db->scalar(
                         QStringLiteral("SELECT count(*) FROM development_search WHERE development_search "
                                        "MATCH ?"),
                         {expression})
                       .toLongLong();
        }
        return figures;
    };
    const Figures english = measure(englishQueries);
    const Figures chinese = measure(chineseQueries);

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("queries"), -14)
               .arg(QStringLiteral("matches"), 8)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("bare median"), 12)
               .arg(QStringLiteral("bare p95"), 9)
               .arg(QStringLiteral("ui median"), 10)
               .arg(QStringLiteral("ui p95"), 7);
    const auto row = [&](const QString &name, const Figures &f, qsizetype count) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(QStringLiteral("%1 (%2)").arg(name).arg(count), -14)
                   .arg(f.matches / count, 8)
                   .arg(percentile(f.model, 0.5), 10, 'f', 2)
                   .arg(percentile(f.model, 0.95), 8, 'f', 2)
                   .arg(percentile(f.floor, 0.5), 12, 'f', 2)
                   .arg(percentile(f.floor, 0.95), 9, 'f', 2)
                   .arg(percentile(f.interface, 0.5), 10, 'f', 2)
                   .arg(percentile(f.interface, 0.95), 7, 'f', 2);
    };
    row(QStringLiteral("English"), english, std::size(englishQueries));
    row(QStringLiteral("Chinese"), chinese, std::size(chineseQueries));
    out << QStringLiteral(
               "matches: mean per query. median/p95: the browser's search on the interface thread "
               "(query, count, first page of %1 ranked, five facet counts). bare: the same MATCH counted and "
               "ranked by SQLite alone. ui: what the interface thread still does when the query runs on the "
               "worker (take its hits, count, first page, facets).\n")
               .arg(DevelopmentTableModel::pageSize);
    return 0;
}
