// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Appends to the audit log: who changed which field of which record, when, from what to what.
// The log is never edited; services call record() inside the transaction that makes the change.

#include <QDateTime>
#include <QList>
#include <QString>

namespace rt::core {

class Database;

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString entity; // "development", "assessment", …
    qint64 entityId = 0;
    QString entityUid;
    QString field;
    QString oldValue;
    QString newValue;
};

class AuditLog final
{
public:
    explicit AuditLog(Database &db);

    void record(const QString &entity, qint64 id, const QString &uid, const QString &field,
                const QString &oldValue, const QString &newValue);
    QList<AuditEntry> entries(const QString &entity, qint64 id) const;

private:
    Database &m_db;
};

} // namespace rt::core
