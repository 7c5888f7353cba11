// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The versions of a development that can be compared: the stored developments themselves (a final text and
// the draft for comments it replaces), and a development as it was before each save, rebuilt from the audit
// log.

#include "Development.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <utility>

namespace rt::core {

class Database;

// One save of a development: when, by whom, which fields.
struct SavedState
{
    QDateTime at;
    QString actor;
    QStringList fields;
};

class VersionHistory final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::VersionHistory)
public:
    explicit VersionHistory(Database &db);

    // A stored development by uid or number. Throws Error(NotFound).
    Development load(const QString &uidOrId);
    Development load(qint64 id);
    // The stored development an obligation belongs to.
    Development ofObligation(qint64 obligationId);
    // The earlier version the development replaces, and the later version that replaces it.
    std::optional<Development> earlierVersion(const Development &development);
    std::optional<Development> laterVersion(const Development &development);
    // The pair to compare for a development: the version it replaces and itself, else itself and the version
    // that replaces it. Throws Error(NotFound) when it has neither.
    std::pair<Development, Development> versionsAround(const Development &development);

    // The saves that changed the development after it was created, newest first.
    QList<SavedState> saves(qint64 id);
    // The development as it was stored at `moment`: the audit log's changes since then taken back (its id is
    // the development's, its version 0: no stored version is like it). Throws Error(NotFound) when it did not
    // exist yet.
    Development stateAt(qint64 id, const QDateTime &moment);
    // "UID", "NUMBER" or "UID@2025-10-20T08:15" (that development as it was then; a date alone means the end
    // of that day, local time). Throws Error(NotFound) or Error(InvalidInput) naming what is wrong.
    Development resolve(const QString &spec);

private:
    Database &m_db;
};

} // namespace rt::core
