// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the developments browser's reading on a worker thread with a database connection of its own, so that
// typing into the search box, ticking a facet or sorting never waits for the database: the full-text query,
// the count, the first page in order and the facet counts all run there (BrowseQuery, the same queries the
// models run themselves). The table's part is reported first (tableReady), the facets' after it
// (facetsReady). While a request runs, only the latest one asked for meanwhile runs next, and a request that
// a newer one has overtaken skips its facets.

#include "BrowseQuery.h"
#include "DevelopmentTableModel.h"

#include <QAtomicInteger>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace rt::core {

class Database;
class TextSearch;

struct BrowseRequest
{
    quint64 serial = 0;
    bool table = true;
    DevelopmentFilter filter;
    DevelopmentOrder order;
    int rows = DevelopmentTableModel::pageSize;
    QList<std::pair<Facet, DevelopmentFilter>> facets; // each facet with the filter it counts under
    // The interface connection's state when asked: hits of the text found on the worker are of use to its
    // own search only while that has not changed (FullTextSearch::adopt).
    qint64 generation = 0;
    qint64 dataVersion = 0;
};

struct BrowseResult
{
    quint64 serial = 0;
    bool ok = true; // false: the worker could not read (its connection failed); read elsewhere
    std::optional<DevelopmentTableModel::Content> table;
    qint64 libraryCount = 0;
    struct FacetCounts
    {
        Facet facet = Facet::None;
        DevelopmentFilter filter;
        QList<FacetCount> counts;
    };
    QList<FacetCounts> facets;
    // The full-text hits of the filter's text, for the interface's search (empty without full-text search),
    // with the interface connection's state when they were asked for (BrowseRequest).
    QString expression;
    QByteArray hits;
    qint64 generation = 0;
    qint64 dataVersion = 0;
};

class BackgroundBrowse final : public QObject
{
    Q_OBJECT
public:
    // search: the interface's search, whose kind (and glossary) the worker's own search copies.
    BackgroundBrowse(Database &db, const TextSearch &search, QObject *parent = nullptr);
    ~BackgroundBrowse() override; // waits for a query that is still running, then closes the connection

    // Returns the request's serial number.
    quint64 request(BrowseRequest request);
    bool isBusy() const { return m_running || m_pending.has_value(); }
    quint64 latest() const { return m_latest.loadRelaxed(); }

Q_SIGNALS:
    void tableReady(const rt::core::BrowseResult &result);
    void facetsReady(const rt::core::BrowseResult &result);
    void busyChanged(bool busy);

private:
    struct Worker;
    void start(const BrowseRequest &request);
    void run(Worker &worker, const BrowseRequest &request);
    void finished();

    Database &m_db;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // lives in the worker thread
    std::shared_ptr<Worker> m_worker; // used only in the worker thread
    QAtomicInteger<quint64> m_latest = 0;
    quint64 m_serial = 0;
    bool m_running = false;
    std::optional<BrowseRequest> m_pending;
};

} // namespace rt::core
