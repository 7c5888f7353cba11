#pragma once
// Runs a full-text query on a worker thread with a database connection of its own, so that typing into a
// search box never waits for the index. When the hits arrive, FullTextSearch adopts them (one cheap insert
// into its temporary table) and ready() tells the views to filter, which then costs no full-text query.
// Hits that a commit may have overtaken in the meantime are dropped, and the views query as usual.

#include "DatabaseAddress.h"

#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;

namespace rt::core {

class Database;
class FullTextSearch;

class BackgroundSearch final : public QObject
{
    Q_OBJECT
public:
    BackgroundSearch(Database &db, FullTextSearch &search, QObject *parent = nullptr);
    ~BackgroundSearch() override; // waits for a query that is still running

    // Prepares the search for text: ready(text) follows, at once when the hits are already there. While a
    // query runs, only the latest text asked for is queried next.
    void prepare(const QString &text);
    bool isBusy() const { return m_running; }

    // The hits of an FTS expression as a JSON array of [id, score], read through a read-only connection of
    // the calling thread; empty when the file cannot be read. What the worker runs.
    static QByteArray queryHits(const DatabaseAddress &address, const QString &expression);

Q_SIGNALS:
    void ready(const QString &text);
    void busyChanged(bool busy);

private:
    void start(const QString &text);
    void finished(const QString &text, const QString &expression, const QByteArray &hits, qint64 generation,
                  qint64 dataVersion);

    Database &m_db;
    FullTextSearch &m_search;
    std::unique_ptr<QThreadPool> m_pool;
    bool m_running = false;
    bool m_hasPending = false;
    QString m_pending;
};

} // namespace rt::core
