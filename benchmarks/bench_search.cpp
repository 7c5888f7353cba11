// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: search as you type on a large database — 50 English and 50 Chinese queries, each typed into the
// developments browser as it runs in the application: the query, the match count, the first page ranked by
// bm25 and the six facet counts (glossary included) on the worker (BrowseSession), until the table shows the
// matches and is painted. Per keystroke it measures the latency (keystroke to painted result) and the
// interface thread's own work in that time (the event loop's time awake: taking the answers, resetting the
// models, painting). Next to them: the floor, the same MATCH counted, its top 200 read and the six facet
// counts made in bare SQL; and the same search with every query on the interface thread, as before the
// worker. Runs alternate pair by pair. The interface thread's work is then split: taking the answers (the
// models reset with the new rows and counts) and painting the table, next to a bare table of the same cells
// (a QStandardItemModel holding the same texts) painted the same way. Prints median and 95th percentile per
// language; asserts nothing.
//
//   bench_search [--db PATH] [--developments N] [--runs R]
// Without --db it generates N developments (default 100,000) first.

#include "BenchSupport.h"

#include "BrowseSession.h"
#include "DevelopmentTableModel.h"
#include "FacetModel.h"
#include "TextSearch.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
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

const QList<Facet> browserFacets{Facet::Kind,  Facet::Stage,  Facet::Authority,
                                 Facet::Topic, Facet::Region, Facet::Year};

// The interface thread's time awake: between the event dispatcher waking up and going back to sleep.
class AwakeClock
{
public:
    AwakeClock()
    {
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, [this] {
            if (!m_awake) {
                m_awake = true;
                m_timer.start();
            }
        });
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [this] {
            if (m_awake) {
                m_awake = false;
                m_total += m_timer.nsecsElapsed();
            }
        });
    }
    // Counting starts now, as if the thread had just woken up (a keystroke's event).
    void start()
    {
        m_total = 0;
        m_awake = true;
        m_timer.start();
    }
    double ms()
    {
        const qint64 running = m_awake ? m_timer.nsecsElapsed() : 0;
        return double(m_total + running) / 1e6;
    }

private:
    QElapsedTimer m_timer;
    qint64 m_total = 0;
    bool m_awake = false;
};

// The floor: the MATCH counted, its best 200 read with their rows, and each facet counted over the matches,
// in bare SQL with nothing around it.
void bareSearch(Database &db, const QString &expression)
{
    const QString matches
        = QStringLiteral("SELECT rowid FROM development_search WHERE development_search MATCH ?");
    bare(db, QStringLiteral("SELECT count(*) FROM development_search WHERE development_search MATCH ?"),
         {expression});
    bare(db,
         QStringLiteral(
             "SELECT d.id, d.uid, d.announced_on, d.title_en, d.title_zh, d.kind, d.stage FROM (SELECT "
             "rowid AS id, bm25(development_search, %1, %2) AS score FROM development_search WHERE "
             "development_search MATCH ? ORDER BY score LIMIT %3) s JOIN developments d ON d.id = "
             "s.id ORDER BY s.score")
             .arg(FullTextSearch::titleWeight)
             .arg(FullTextSearch::bodyWeight)
             .arg(DevelopmentTableModel::pageSize),
         {expression});
    for (const QString &facet :
         {QStringLiteral("SELECT kind, count(*) FROM developments WHERE id IN (%1) GROUP BY kind"),
          QStringLiteral("SELECT stage, count(*) FROM developments WHERE id IN (%1) GROUP BY stage"),
          QStringLiteral("SELECT region, count(*) FROM developments WHERE id IN (%1) GROUP BY region"),
          QStringLiteral(
              "SELECT substr(announced_on, 1, 4), count(*) FROM developments WHERE id IN (%1) GROUP BY "
              "substr(announced_on, 1, 4)"),
          QStringLiteral(
              "SELECT authority_id, count(*) FROM development_authorities WHERE development_id IN (%1) "
              "GROUP BY authority_id"),
          QStringLiteral(
              "SELECT topic_id, count(*) FROM development_topics WHERE development_id IN (%1) GROUP BY "
              "topic_id")}) {
        bare(db, facet.arg(matches), {expression});
    }
}

struct Figures
{
    QList<double> latency; // keystroke to painted result, query on the worker
    QList<double> awake; // the interface thread's work in that time
    QList<double> floor;
    QList<double> here; // everything on the interface thread
    QList<double> taking; // of awake: up to the models showing the answer
    QList<double> painting; // of awake: painting the table
    QList<double> barePainting; // the same cells from a bare model
    qint64 matches = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    rt::bench::BenchSetup setup;
    rt::bench::prepare(setup, app, 100000, 0, out);
    auto &db = setup.db;
    const auto search = FullTextSearch::withGlossary(*db);
    out << QStringLiteral("database: %1 developments; %2 runs per query, alternating\n\n")
               .arg(db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toLongLong())
               .arg(setup.runs);

    // The browser as the application has it: the table painted in a window, the models read on the worker.
    BrowseSession worker(*db, *search, browserFacets, BrowseSession::Reading::Worker);
    worker.waitUntilShown();
    QTableView table;
    table.setModel(worker.table());
    table.horizontalHeader()->setSectionResizeMode(DevelopmentTableModel::TitleColumn, QHeaderView::Stretch);
    table.verticalHeader()->hide(); // as in the browser
    table.resize(1100, 520);
    // The floor of painting: the same cells, texts only, in a bare model and view.
    QStandardItemModel cells;
    QTableView bareTable;
    bareTable.setModel(&cells);
    bareTable.verticalHeader()->hide();
    bareTable.resize(table.size());
    const auto copyCells = [&cells](const QAbstractItemModel &model) {
        cells.clear();
        cells.setColumnCount(model.columnCount());
        for (int c = 0; c < model.columnCount(); ++c) {
            cells.setHorizontalHeaderItem(c,
                                          new QStandardItem(model.headerData(c, Qt::Horizontal).toString()));
        }
        for (int r = 0; r < model.rowCount(); ++r) {
            QList<QStandardItem *> row;
            for (int c = 0; c < model.columnCount(); ++c) {
                row.append(new QStandardItem(model.index(r, c).data().toString()));
            }
            cells.appendRow(row);
        }
    };
    QImage picture(table.size(), QImage::Format_ARGB32_Premultiplied);
    // The same with every query on the interface thread.
    BrowseSession here(*db, *search, browserFacets, BrowseSession::Reading::Here);
    AwakeClock clock;

    const auto measure = [&](const auto &queries) {
        const qsizetype count = std::size(queries);
        QList<QList<double>> latency(count), awake(count), floor(count), inline_(count), taking(count),
            painting(count), barePainting(count);
        Figures figures;
        // Runs outside, queries inside: no search follows one of the same text, so nothing answers from the
        // hits of the one before (each connection keeps the hits of its last text).
        for (int run = 0; run < setup.runs; ++run) {
            for (qsizetype i = 0; i < count; ++i) {
                const QString query = QString::fromUtf8(queries[i]);
                // Each search starts from the unfiltered table, as a new search does.
                worker.setFilter({});
                worker.waitUntilShown();
                here.setFilter({});
                DevelopmentFilter filter;
                filter.text = query;

                QElapsedTimer timer;
                timer.start();
                clock.start();
                worker.setFilter(filter);
                worker.waitUntilShown();
                const double taken = clock.ms();
                table.render(&picture);
                latency[i].append(double(timer.nsecsElapsed()) / 1e6);
                awake[i].append(clock.ms());
                taking[i].append(taken);
                painting[i].append(awake[i].last() - taken);

                copyCells(*worker.table());
                bareTable.horizontalHeader()->resizeSection(
                    DevelopmentTableModel::TitleColumn,
                    table.horizontalHeader()->sectionSize(DevelopmentTableModel::TitleColumn));
                timer.restart();
                bareTable.render(&picture);
                barePainting[i].append(double(timer.nsecsElapsed()) / 1e6);

                timer.restart();
                bareSearch(*db, search->expression(query));
                floor[i].append(double(timer.nsecsElapsed()) / 1e6);

                db->searchIndexChanged(); // the worker's hits, taken by the interface's search, are not used
                timer.restart();
                here.setFilter(filter);
                table.setModel(here.table());
                table.render(&picture);
                inline_[i].append(double(timer.nsecsElapsed()) / 1e6);
                table.setModel(worker.table());
                if (run == 0) {
                    figures.matches += here.table()->totalCount();
                }
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            figures.latency.append(percentile(latency[i], 0.5));
            figures.awake.append(percentile(awake[i], 0.5));
            figures.floor.append(percentile(floor[i], 0.5));
            figures.here.append(percentile(inline_[i], 0.5));
            figures.taking.append(percentile(taking[i], 0.5));
            figures.painting.append(percentile(painting[i], 0.5));
            figures.barePainting.append(percentile(barePainting[i], 0.5));
        }
        return figures;
    };
    const Figures english = measure(englishQueries);
    const Figures chinese = measure(chineseQueries);

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("queries"), -14)
               .arg(QStringLiteral("matches"), 8)
               .arg(QStringLiteral("latency"), 9)
               .arg(QStringLiteral("p95"), 7)
               .arg(QStringLiteral("floor"), 7)
               .arg(QStringLiteral("p95"), 7)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("ui work"), 8)
               .arg(QStringLiteral("ui p95"), 7);
    const auto row = [&](const QString &name, const Figures &f, qsizetype count) {
        QList<double> ratios;
        for (qsizetype i = 0; i < f.latency.size(); ++i) {
            ratios.append(f.latency.at(i) / f.floor.at(i));
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(QStringLiteral("%1 (%2)").arg(name).arg(count), -14)
                   .arg(f.matches / count, 8)
                   .arg(percentile(f.latency, 0.5), 9, 'f', 2)
                   .arg(percentile(f.latency, 0.95), 7, 'f', 2)
                   .arg(percentile(f.floor, 0.5), 7, 'f', 2)
                   .arg(percentile(f.floor, 0.95), 7, 'f', 2)
                   .arg(percentile(ratios, 0.5), 6, 'f', 2)
                   .arg(percentile(f.awake, 0.5), 8, 'f', 2)
                   .arg(percentile(f.awake, 0.95), 7, 'f', 2);
    };
    row(QStringLiteral("English"), english, std::size(englishQueries));
    row(QStringLiteral("Chinese"), chinese, std::size(chineseQueries));
    out << QStringLiteral("\n%1 %2 %3\n")
               .arg(QStringLiteral("all on the interface thread"), -30)
               .arg(QStringLiteral("median"), 8)
               .arg(QStringLiteral("p95"), 8);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("English"), -30)
               .arg(percentile(english.here, 0.5), 8, 'f', 2)
               .arg(percentile(english.here, 0.95), 8, 'f', 2);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("Chinese"), -30)
               .arg(percentile(chinese.here, 0.5), 8, 'f', 2)
               .arg(percentile(chinese.here, 0.95), 8, 'f', 2);
    out << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("ui work, of which"), -18)
               .arg(QStringLiteral("taking"), 8)
               .arg(QStringLiteral("p95"), 7)
               .arg(QStringLiteral("painting"), 9)
               .arg(QStringLiteral("p95"), 7)
               .arg(QStringLiteral("bare"), 7)
               .arg(QStringLiteral("p95"), 7);
    for (const auto &[name, f] : {std::pair<QString, const Figures &>(QStringLiteral("English"), english),
                                  std::pair<QString, const Figures &>(QStringLiteral("Chinese"), chinese)}) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(name, -18)
                   .arg(percentile(f.taking, 0.5), 8, 'f', 2)
                   .arg(percentile(f.taking, 0.95), 7, 'f', 2)
                   .arg(percentile(f.painting, 0.5), 9, 'f', 2)
                   .arg(percentile(f.painting, 0.95), 7, 'f', 2)
                   .arg(percentile(f.barePainting, 0.5), 7, 'f', 2)
                   .arg(percentile(f.barePainting, 0.95), 7, 'f', 2);
    }
    out << QStringLiteral(
               "\nms, per query the median of its runs, then median and 95th percentile over the queries. "
               "latency: keystroke to the table painted with the matches, with every query on the worker "
               "(count, "
               "ranked page, six facet counts). floor: the same MATCH counted, its best %1 read, and the six "
               "facet counts, in bare SQL. ratio: median over the queries of latency / floor (goal: at most "
               "1.5). "
               "ui work: the interface thread's own work in that time (goal: p95 at most 8 ms). all on the "
               "interface thread: the same search without the worker. taking: the interface thread's work "
               "until the models show the answer (the keystroke, the answers taken, the models reset); "
               "painting: the table painted with them; bare: the same cells from a bare model, painted the "
               "same way.\n")
               .arg(DevelopmentTableModel::pageSize);
    return 0;
}
