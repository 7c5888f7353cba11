// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What other connections commit, delivered as typed changes, and the announcing side of this connection's own
// commits. SQLite: data_version changes when another connection commits to the file, so a timer polls it and
// reports "everything changed" (one Updated change of id 0 per entity). PostgreSQL: every commit announces
// its changes with NOTIFY on one channel, and the feed LISTENs, so the exact rows arrive as soon as the event
// loop runs; a counter that every commit draws from tells how many commits happened meanwhile.

#include "Change.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>

class QTimer;

namespace rt::core {

class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)
public:
    // What the feed uses of its connection (Database): statements run through it, so that a dropped
    // connection to a team database is opened anew; polling waits while a transaction is open.
    struct Connection
    {
        QSqlDatabase db;
        QString name; // the address as messages show it
        bool postgresql = false;
        std::function<QVariant(const QString &sql, const QVariantList &bindings)> scalar;
        std::function<bool()> inTransaction;
    };

    explicit ChangeFeed(Connection connection, QObject *parent = nullptr);

    // The NOTIFY channel of PostgreSQL change announcements, and their payload format: "entity kind id"
    // triples separated by ';'; "*" when the set is too large for one notification.
    static QString channel();
    static QString encode(const ChangeSet &changes);
    static ChangeSet decode(const QString &payload);
    // "Reload everything": one Updated change of id 0 for every entity.
    static ChangeSet everything();

    // Whether commits draw from change_counter (PostgreSQL, schema 5 on).
    void setCounted(bool counted) { m_counted = counted; }
    // Inside the committing transaction: NOTIFY is delivered on commit and dropped on rollback, like the
    // changes themselves. Throws Error.
    void announce(const ChangeSet &changes);
    // Changes whenever another connection has committed: SQLite's data_version, or on PostgreSQL the
    // change counter less this connection's own draws.
    qint64 dataVersion();

    // Starts (intervalMs > 0) or stops (0) delivering other connections' commits through changed(). On
    // PostgreSQL the interval does not apply. Throws Error when the server refuses to listen.
    void watch(int intervalMs);
    bool isListening() const { return m_listening; }
    // After the connection was opened anew: listen again.
    void resubscribe();

Q_SIGNALS:
    void changed(const rt::core::ChangeSet &changes);

private:
    QString cannotListen() const;
    void poll();
    void notified(const QString &name, bool fromSelf, const QVariant &payload);

    Connection m_connection;
    bool m_counted = false;
    qint64 m_ownDraws = 0;
    QTimer *m_timer = nullptr;
    qint64 m_lastVersion = -1;
    bool m_listening = false;
};

} // namespace rt::core
