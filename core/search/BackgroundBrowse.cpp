// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundBrowse.h"

#include "Database.h"
#include "Error.h"
#include "TextSearch.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QThread>

namespace rt::core {

// What the worker thread owns: its connection and the search and queries on it, made on first use and
// destroyed in that thread.
struct BackgroundBrowse::Worker
{
    DatabaseAddress address;
    const TextSearch *prototype = nullptr;
    std::unique_ptr<Database> db;
    std::unique_ptr<TextSearch> search;
    std::unique_ptr<BrowseQuery> query;
    qint64 countedVersion = -1;
    qint64 libraryCount = 0;
    QAtomicInteger<bool> stopping = false; // the browse is going away: start nothing more
    QMutex liveLock; // guards live, which the interface thread interrupts
    Database *live = nullptr;

    bool open()
    {
        if (query) {
            return true;
        }
        try {
            db = Database::open(address, Database::OpenMode::Reader);
        } catch (const Error &) {
            return false;
        }
        search = prototype->on(*db);
        query = std::make_unique<BrowseQuery>(*db, *search);
        const QMutexLocker lock(&liveLock);
        live = db.get();
        return true;
    }

    void close()
    {
        {
            const QMutexLocker lock(&liveLock);
            live = nullptr;
        }
        query.reset();
        search.reset();
        db.reset();
    }

    // Counting the whole library is repeated only after some connection committed.
    qint64 countLibrary()
    {
        const qint64 version = db->dataVersion();
        if (version != countedVersion) {
            libraryCount = query->libraryCount();
            countedVersion = version;
        }
        return libraryCount;
    }
};

BackgroundBrowse::BackgroundBrowse(Database &db, const TextSearch &search, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_thread(std::make_unique<QThread>())
    , m_worker(std::make_shared<Worker>())
{
    m_worker->address = db.address();
    m_worker->prototype = &search;
    m_thread->setObjectName(QStringLiteral("browse"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
    // The connection opens at once, while the window is still being made, not when the first request comes.
    QMetaObject::invokeMethod(m_context, [worker = m_worker] { worker->open(); });
}

BackgroundBrowse::~BackgroundBrowse()
{
    // A query still running is stopped rather than waited for (a window closing must not wait for facet
    // counts nobody will see); then the connection is closed in the thread that opened it.
    m_worker->stopping.storeRelaxed(true);
    {
        const QMutexLocker lock(&m_worker->liveLock);
        if (m_worker->live) {
            m_worker->live->interrupt();
        }
    }
    QMetaObject::invokeMethod(
        m_context, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 BackgroundBrowse::request(BrowseRequest request)
{
    request.serial = ++m_serial;
    request.generation = m_db.searchGeneration();
    request.dataVersion = m_db.dataVersion();
    m_latest.storeRelaxed(request.serial);
    const bool wasBusy = isBusy();
    if (m_running) {
        m_pending = request; // replaces any request still waiting
    } else {
        start(request);
    }
    if (!wasBusy) {
        Q_EMIT busyChanged(true);
    }
    return request.serial;
}

void BackgroundBrowse::start(const BrowseRequest &request)
{
    m_running = true;
    QMetaObject::invokeMethod(m_context, [this, worker = m_worker, request] {
        try {
            run(*worker, request);
        } catch (const Error &) {
            if (worker->stopping.loadRelaxed()) {
                return; // interrupted on purpose: nobody waits for an answer
            }
            // The worker's connection failed midway: the table reads for itself (ok = false).
            BrowseResult failed;
            failed.serial = request.serial;
            failed.ok = false;
            QMetaObject::invokeMethod(
                this, [this, failed] { Q_EMIT tableReady(failed); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] { finished(); }, Qt::QueuedConnection);
    });
}

// In the worker thread.
void BackgroundBrowse::run(Worker &worker, const BrowseRequest &request)
{
    BrowseResult result;
    result.serial = request.serial;
    result.generation = request.generation;
    result.dataVersion = request.dataVersion;
    if (!worker.open()) {
        throw Error(Error::Code::Unreadable, QString());
    }
    if (request.table) {
        result.table
            = DevelopmentTableModel::read(*worker.query, request.filter, request.order, request.rows);
        if (const auto *fullText = dynamic_cast<const FullTextSearch *>(worker.search.get())) {
            result.expression = fullText->expression(request.filter.text);
            result.hits = fullText->hits(result.expression);
        }
    }
    result.libraryCount = worker.countLibrary();
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT tableReady(result); }, Qt::QueuedConnection);
    // A request that a newer one has overtaken counts no facets: nobody would see them.
    if (request.facets.isEmpty() || m_latest.loadRelaxed() != request.serial) {
        return;
    }
    BrowseResult counts;
    counts.serial = request.serial;
    counts.libraryCount = result.libraryCount;
    for (const auto &[facet, filter] : request.facets) {
        if (worker.stopping.loadRelaxed()) {
            return;
        }
        counts.facets.append({facet, filter, worker.query->facet(facet, filter)});
    }
    QMetaObject::invokeMethod(this, [this, counts] { Q_EMIT facetsReady(counts); }, Qt::QueuedConnection);
}

void BackgroundBrowse::finished()
{
    m_running = false;
    if (m_pending) {
        const BrowseRequest next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    Q_EMIT busyChanged(false);
}

} // namespace rt::core
