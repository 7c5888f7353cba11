#include "BackgroundSearch.h"

#include "Database.h"
#include "TextSearch.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>

namespace rt::core {

BackgroundSearch::BackgroundSearch(Database &db, FullTextSearch &search, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_search(search)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1);
}

BackgroundSearch::~BackgroundSearch()
{
    m_pool->waitForDone();
}

QByteArray BackgroundSearch::queryHits(const DatabaseAddress &address, const QString &expression)
{
    static QAtomicInteger<int> connections;
    const QString name = QStringLiteral("regtracker-search-%1").arg(connections.fetchAndAddRelaxed(1));
    QByteArray json;
    {
        QSqlDatabase db = address.addConnection(name, true);
        if (db.open()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(FullTextSearch::hitsQuery(SqlDialect(address.engine)));
            query.addBindValue(expression);
            if (query.exec()) {
                json.reserve(64 * 1024);
                json.append('[');
                bool first = true;
                while (query.next()) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    json.append('[').append(QByteArray::number(query.value(0).toLongLong())).append(',');
                    json.append(QByteArray::number(query.value(1).toDouble(), 'g', 17)).append(']');
                }
                json.append(']');
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return json;
}

void BackgroundSearch::prepare(const QString &text)
{
    if (m_running) {
        m_pending = text;
        m_hasPending = true;
        return;
    }
    if (m_search.expression(text).isEmpty() || m_search.isPrepared(text)) {
        Q_EMIT ready(text);
        return;
    }
    start(text);
}

void BackgroundSearch::start(const QString &text)
{
    const QString expression = m_search.expression(text);
    // What the hits must still match when they arrive: no write through this connection (generation) and no
    // commit by another (data version) since now, before the worker reads.
    const qint64 generation = m_db.searchGeneration();
    const qint64 dataVersion = m_search.dataVersion();
    m_running = true;
    Q_EMIT busyChanged(true);
    const DatabaseAddress address = m_db.address();
    // The destructor waits for the worker, so this object outlives it; a result posted to an object that is
    // gone by the time it would be delivered is dropped by Qt.
    m_pool->start([this, address, text, expression, generation, dataVersion] {
        const QByteArray hits = queryHits(address, expression);
        QMetaObject::invokeMethod(
            this,
            [this, text, expression, hits, generation, dataVersion] {
                finished(text, expression, hits, generation, dataVersion);
            },
            Qt::QueuedConnection);
    });
}

void BackgroundSearch::finished(const QString &text, const QString &expression, const QByteArray &hits,
                                qint64 generation, qint64 dataVersion)
{
    m_running = false;
    if (m_hasPending) {
        // The text changed while the query ran: its hits are of no use now.
        m_hasPending = false;
        const QString next = m_pending;
        m_pending.clear();
        prepare(next);
        if (!m_running) {
            Q_EMIT busyChanged(false);
        }
        return;
    }
    if (!hits.isEmpty()) {
        m_search.adopt(expression, hits, generation, dataVersion);
    }
    Q_EMIT busyChanged(false);
    Q_EMIT ready(text);
}

} // namespace rt::core
