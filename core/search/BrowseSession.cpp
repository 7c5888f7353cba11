// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowseSession.h"

#include "BackgroundBrowse.h"
#include "Change.h"
#include "Database.h"
#include "DevelopmentTableModel.h"
#include "Error.h"
#include "FacetModel.h"
#include "TextSearch.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace rt::core {

BrowseSession::BrowseSession(Database &db, const TextSearch &search, const QList<Facet> &facets,
                             Reading reading, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_search(search)
    , m_reading(reading)
{
    if (m_reading == Reading::Worker) {
        m_background = std::make_unique<BackgroundBrowse>(db, search);
        connect(m_background.get(), &BackgroundBrowse::tableReady, this, &BrowseSession::onTable);
        connect(m_background.get(), &BackgroundBrowse::facetsReady, this, &BrowseSession::onFacets);
        connect(m_background.get(), &BackgroundBrowse::busyChanged, this,
                [this] { Q_EMIT busyChanged(isBusy()); });
        m_table = new DevelopmentTableModel(db, search, this, [this](int rows) {
            m_tableWanted = true;
            m_tableShown = false;
            m_rowsWanted = qMax(m_rowsWanted, rows);
            schedule();
        });
        for (Facet facet : facets) {
            auto *model = new FacetModel(db, search, facet, this, [this, facet] {
                FacetModel *wanted = this->facet(facet);
                if (wanted && !m_facetsWanted.contains(wanted)) {
                    m_facetsWanted.append(wanted);
                }
                schedule();
            });
            m_facets.append(model);
        }
        // The models asked while they were being made, before they were listed here.
        m_facetsWanted = m_facets;
    } else {
        m_table = new DevelopmentTableModel(db, search, this);
        for (Facet facet : facets) {
            m_facets.append(new FacetModel(db, search, facet, this));
        }
        countHere();
        connect(&m_db, &Database::changed, this, [this](const ChangeSet &changes) {
            if (entitiesIn(changes) & Entity::Development) {
                countHere();
            }
        });
    }
}

BrowseSession::~BrowseSession() = default;

FacetModel *BrowseSession::facet(Facet facet) const
{
    for (FacetModel *model : m_facets) {
        if (model->facet() == facet) {
            return model;
        }
    }
    return nullptr;
}

void BrowseSession::setFilter(const DevelopmentFilter &filter)
{
    m_filter = filter;
    m_table->setFilter(filter);
    for (FacetModel *model : std::as_const(m_facets)) {
        model->setFilter(filter);
    }
    if (m_reading == Reading::Here || (!m_scheduled && !isBusy())) {
        Q_EMIT shown(filter); // nothing to read: the table shows it already
    }
}

bool BrowseSession::isBusy() const
{
    return m_scheduled || (m_background && m_background->isBusy());
}

bool BrowseSession::waitUntilShown(int timeoutMs)
{
    return waitUntil([this] { return !isBusy(); }, timeoutMs);
}

bool BrowseSession::waitUntilTableShown(int timeoutMs)
{
    return waitUntil([this] { return m_tableShown; }, timeoutMs);
}

bool BrowseSession::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Woken by whatever may have made it done (an answer taken, the work finished), not by polling: a
    // picture taken as soon as the table shows is taken then.
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        connect(this, &BrowseSession::shown, &loop, &QEventLoop::quit);
        connect(this, &BrowseSession::busyChanged, &loop, &QEventLoop::quit);
        connect(m_table, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
        for (FacetModel *model : std::as_const(m_facets)) {
            connect(model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
        }
        loop.exec();
    }
    return true;
}

void BrowseSession::schedule()
{
    // Everything asked for in one turn of the event loop (a filter reaches the table and every facet) goes
    // out as one request.
    if (m_scheduled) {
        return;
    }
    m_scheduled = true;
    Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(this, &BrowseSession::send, Qt::QueuedConnection);
}

void BrowseSession::send()
{
    m_scheduled = false;
    BrowseRequest request;
    request.table = m_tableWanted;
    request.filter = m_table->filter();
    request.order = m_table->order();
    request.rows = qMax(DevelopmentTableModel::pageSize, m_rowsWanted);
    for (FacetModel *model : std::as_const(m_facetsWanted)) {
        request.facets.append({model->facet(), model->countedFilter()});
    }
    m_tableWanted = false;
    m_rowsWanted = 0;
    m_facetsWanted.clear();
    m_background->request(request);
}

void BrowseSession::onTable(const BrowseResult &result)
{
    if (!result.ok) {
        // The worker cannot read the database: read here, as without one. Should that fail too, the models
        // keep what they show (a slot must not throw).
        m_workerFailed = true;
        if (result.serial != m_background->latest()) {
            return;
        }
        try {
            const BrowseQuery query(m_db, m_search);
            m_table->adopt(DevelopmentTableModel::read(query, m_table->filter(), m_table->order(),
                                                       m_table->rowsToKeep()));
            for (FacetModel *model : std::as_const(m_facets)) {
                model->adopt(model->countedFilter(), query.facet(model->facet(), model->countedFilter()));
            }
            setLibraryCount(query.libraryCount());
        } catch (const Error &) {
            return;
        }
        m_tableShown = !m_tableWanted;
        Q_EMIT shown(m_filter);
        return;
    }
    if (!result.hits.isEmpty()) {
        if (const auto *fullText = dynamic_cast<const FullTextSearch *>(&m_search)) {
            fullText->adopt(result.expression, result.hits, result.generation, result.dataVersion);
        }
    }
    setLibraryCount(result.libraryCount);
    if (result.table && m_table->adopt(*result.table)) {
        if (result.serial == m_background->latest() && !m_tableWanted) {
            m_tableShown = true;
        }
        if (result.table->filter == m_filter) {
            Q_EMIT shown(m_filter);
        }
    }
}

void BrowseSession::onFacets(const BrowseResult &result)
{
    for (const BrowseResult::FacetCounts &counts : result.facets) {
        if (FacetModel *model = facet(counts.facet)) {
            model->adopt(counts.filter, counts.counts);
        }
    }
}

void BrowseSession::setLibraryCount(qint64 count)
{
    if (count != m_libraryCount) {
        m_libraryCount = count;
        Q_EMIT libraryCountChanged(count);
    }
}

void BrowseSession::countHere()
{
    setLibraryCount(BrowseQuery(m_db, m_search).libraryCount());
}

} // namespace rt::core
