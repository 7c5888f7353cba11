// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the developments browser shows, under one filter: the table of developments and the facet counts,
// and how many developments the library holds. With Reading::Worker every reload of the table and the facets
// (a new filter, another order, a commit anywhere) is one request to a BackgroundBrowse, whose answers the
// models adopt when they arrive, so the interface thread only ever reads a further page when the table
// scrolls. With Reading::Here the models read at once, on the caller's connection (tests, the command line).

#include "BrowseQuery.h"
#include "DevelopmentFilter.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rt::core {

class BackgroundBrowse;
class Database;
class DevelopmentTableModel;
class FacetModel;
class TextSearch;
struct BrowseResult;

class BrowseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseSession)
public:
    enum class Reading { Here, Worker };

    BrowseSession(Database &db, const TextSearch &search, const QList<Facet> &facets, Reading reading,
                  QObject *parent = nullptr);
    ~BrowseSession() override;

    DevelopmentTableModel *table() const { return m_table; }
    // The facet's model; null for a facet the session does not count.
    FacetModel *facet(Facet facet) const;
    const QList<FacetModel *> &facets() const { return m_facets; }

    // The table and every facet follow the filter; shown(filter) says when the table shows it.
    void setFilter(const DevelopmentFilter &filter);
    const DevelopmentFilter &filter() const { return m_filter; }
    // Every development in the library (0 until first counted).
    qint64 libraryCount() const { return m_libraryCount; }
    // Whether answers are still to come.
    bool isBusy() const;
    // Whether the worker failed to read (the models then read here, on the caller's connection).
    bool workerFailed() const { return m_workerFailed; }
    // Waits (running the event loop) until every answer asked for is shown; false after timeoutMs. For
    // pictures and tests, which must not show a half-read window.
    bool waitUntilShown(int timeoutMs = 60000);
    // The same for the table alone (facet counts may still be on their way).
    bool waitUntilTableShown(int timeoutMs = 60000);

Q_SIGNALS:
    void shown(const rt::core::DevelopmentFilter &filter);
    void busyChanged(bool busy);
    void libraryCountChanged(qint64 count);

private:
    void schedule();
    void send();
    void onTable(const BrowseResult &result);
    void onFacets(const BrowseResult &result);
    void setLibraryCount(qint64 count);
    void countHere();
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);

    Database &m_db;
    const TextSearch &m_search;
    Reading m_reading;
    DevelopmentTableModel *m_table = nullptr;
    QList<FacetModel *> m_facets;
    std::unique_ptr<BackgroundBrowse> m_background;
    DevelopmentFilter m_filter;
    qint64 m_libraryCount = 0;
    bool m_scheduled = false;
    bool m_workerFailed = false;
    bool m_tableWanted = false;
    bool m_tableShown = true; // the table shows the latest rows asked for
    int m_rowsWanted = 0;
    QList<FacetModel *> m_facetsWanted;
};

} // namespace rt::core
