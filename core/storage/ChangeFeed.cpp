// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFeed.h"

#include "Error.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace rt::core {

namespace {

// NOTIFY payloads are limited to 8000 bytes.
constexpr qsizetype payloadLimit = 7000;

} // namespace

ChangeFeed::ChangeFeed(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{
}

QString ChangeFeed::channel()
{
    return QStringLiteral("regtracker_changes");
}

ChangeSet ChangeFeed::everything()
{
    ChangeSet all;
    for (Entity entity : {Entity::Authority, Entity::Vocabulary, Entity::Development, Entity::Obligation,
                          Entity::Company, Entity::Assessment}) {
        all.append({entity, Change::Kind::Updated, 0});
    }
    return all;
}

QString ChangeFeed::encode(const ChangeSet &changes)
{
    QString payload;
    for (const Change &change : changes) {
        if (!payload.isEmpty()) {
            payload += u';';
        }
        payload += QStringLiteral("%1 %2 %3").arg(int(change.entity)).arg(int(change.kind)).arg(change.id);
        if (payload.size() > payloadLimit) {
            return QStringLiteral("*");
        }
    }
    return payload;
}

ChangeSet ChangeFeed::decode(const QString &payload)
{
    if (payload == u"*") {
        return everything();
    }
    ChangeSet changes;
    for (const QString &item : payload.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u' ');
        bool okEntity = false, okKind = false, okId = false;
        const int entity = parts.value(0).toInt(&okEntity);
        const int kind = parts.value(1).toInt(&okKind);
        const qint64 id = parts.value(2).toLongLong(&okId);
        const bool knownEntity
            = entity > 0 && entity <= int(Entity::Assessment) && (entity & (entity - 1)) == 0;
        if (parts.size() != 3 || !okEntity || !okKind || !okId || !knownEntity || kind < 0
            || kind > int(Change::Kind::Removed)) {
            return everything(); // from a newer RegTracker, perhaps: refresh everything rather than guess
        }
        changes.append({Entity(entity), Change::Kind(kind), id});
    }
    return changes;
}

void ChangeFeed::announce(const ChangeSet &changes)
{
    if (!m_connection.postgresql || changes.isEmpty()) {
        return;
    }
    m_connection.scalar(QStringLiteral("SELECT pg_notify(?, ?)"), {channel(), encode(changes)});
    if (m_counted) {
        m_connection.scalar(QStringLiteral("SELECT nextval('change_counter')"), {});
        ++m_ownDraws;
    }
}

qint64 ChangeFeed::dataVersion()
{
    if (m_connection.postgresql) {
        // Every client's commits draw from change_counter (migration 5); what this connection drew is not
        // news.
        if (!m_counted) {
            return 0;
        }
        return m_connection.scalar(QStringLiteral("SELECT last_value FROM change_counter"), {}).toLongLong()
            - m_ownDraws;
    }
    return m_connection.scalar(QStringLiteral("PRAGMA data_version"), {}).toLongLong();
}

void ChangeFeed::watch(int intervalMs)
{
    if (m_connection.postgresql) {
        QSqlDriver *driver = m_connection.db.driver();
        if (intervalMs <= 0 && m_listening) {
            driver->unsubscribeFromNotification(channel());
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            m_listening = false;
        } else if (intervalMs > 0 && !m_listening) {
            connect(
                driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    notified(name, source == QSqlDriver::SelfSource, payload);
                });
            if (!driver->subscribeToNotification(channel())) {
                throw Error(Error::Code::Failed, cannotListen());
            }
            m_listening = true;
        }
        return;
    }
    if (intervalMs <= 0) {
        delete std::exchange(m_timer, nullptr);
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    }
    m_lastVersion = -1;
    poll();
    m_timer->start(intervalMs);
}

void ChangeFeed::resubscribe()
{
    if (m_listening && !m_connection.db.driver()->subscribeToNotification(channel())) {
        throw Error(Error::Code::Failed, cannotListen());
    }
}

QString ChangeFeed::cannotListen() const
{
    return tr("Cannot listen for colleagues' changes on %1: %2")
        .arg(m_connection.name, m_connection.db.driver()->lastError().text());
}

void ChangeFeed::poll()
{
    if (m_connection.inTransaction && m_connection.inTransaction()) {
        return;
    }
    // data_version changes when another connection commits, never for this connection's own commits.
    QSqlQuery query(m_connection.db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    const bool othersCommitted = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (othersCommitted) {
        Q_EMIT changed(everything());
    }
}

void ChangeFeed::notified(const QString &name, bool fromSelf, const QVariant &payload)
{
    if (name != channel() || fromSelf) {
        return;
    }
    const ChangeSet changes = decode(payload.toString());
    if (!changes.isEmpty()) {
        Q_EMIT changed(changes);
    }
}

} // namespace rt::core
