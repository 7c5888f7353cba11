// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"

namespace rt::core {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

void AuditLog::record(const QString &entity, qint64 id, const QString &uid, const QString &field,
                      const QString &oldValue, const QString &newValue)
{
    const auto nullable = [](const QString &value) {
        return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    m_db.run(
        QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, entity_uid, field, old_value, "
                       "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_db.actor(), entity, id, uid, field,
         nullable(oldValue), nullable(newValue)});
}

QList<AuditEntry> AuditLog::entries(const QString &entity, qint64 id) const
{
    QList<AuditEntry> result;
    QSqlQuery &query
        = m_db.exec(QStringLiteral("SELECT at, actor, entity, entity_id, entity_uid, field, old_value, "
                                   "new_value FROM audit_log WHERE entity = ? AND entity_id = ? "
                                   "ORDER BY id"),
                    {entity, id});
    while (query.next()) {
        result.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                       query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong(),
                       query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                       query.value(7).toString()});
    }
    return result;
}

} // namespace rt::core
