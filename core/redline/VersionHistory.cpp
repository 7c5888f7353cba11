// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionHistory.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "Database.h"
#include "DateText.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"

#include <QLocale>

namespace rt::core {

namespace {

const QString entityName = QStringLiteral("development");

// The audit rows of one save share the actor and follow each other within this time.
constexpr qint64 sameSaveMs = 2000;

} // namespace

VersionHistory::VersionHistory(Database &db)
    : m_db(db)
{
}

Development VersionHistory::load(qint64 id)
{
    AuthorityRepository reference(m_db);
    const auto development = DevelopmentRepository(m_db, reference).load(id);
    if (!development) {
        throw Error(Error::Code::NotFound, tr("There is no development number %1.").arg(id));
    }
    return *development;
}

Development VersionHistory::load(const QString &uidOrId)
{
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    qint64 id = repository.idForUid(uidOrId);
    bool number = false;
    if (id == 0 && uidOrId.toLongLong(&number) > 0 && number) {
        id = uidOrId.toLongLong();
    }
    const auto development = id != 0 ? repository.load(id) : std::nullopt;
    if (!development) {
        throw Error(Error::Code::NotFound,
                    tr("There is no development “%1” (regtracker list names them).").arg(uidOrId));
    }
    return *development;
}

Development VersionHistory::ofObligation(qint64 obligationId)
{
    const qint64 id
        = m_db.scalar(QStringLiteral("SELECT development_id FROM obligations WHERE id = ?"), {obligationId})
              .toLongLong();
    if (id == 0) {
        throw Error(Error::Code::NotFound, tr("The obligation was deleted in the meantime."));
    }
    return load(id);
}

std::optional<Development> VersionHistory::earlierVersion(const Development &development)
{
    if (development.replacesUid.isEmpty()) {
        return std::nullopt;
    }
    return load(development.replacesUid);
}

std::optional<Development> VersionHistory::laterVersion(const Development &development)
{
    const qint64 id
        = m_db.scalar(QStringLiteral("SELECT id FROM developments WHERE replaces_id = ? ORDER BY id"),
                      {development.id})
              .toLongLong();
    return id != 0 ? std::optional<Development>(load(id)) : std::nullopt;
}

std::pair<Development, Development> VersionHistory::versionsAround(const Development &development)
{
    if (const auto earlier = earlierVersion(development)) {
        return {*earlier, development};
    }
    if (const auto later = laterVersion(development)) {
        return {development, *later};
    }
    throw Error(Error::Code::NotFound,
                tr("%1 has no earlier or later version to compare it with.").arg(development.uid));
}

QList<SavedState> VersionHistory::saves(qint64 id)
{
    QList<SavedState> result;
    const QList<AuditEntry> entries = AuditLog(m_db).entries(entityName, id);
    for (const AuditEntry &e : entries) {
        if (e.field == QLatin1StringView("*") || e.field == QLatin1StringView("later_version")) {
            continue; // creation (nothing before it to compare) and links (they change the other version)
        }
        if (!result.isEmpty() && result.last().actor == e.actor
            && result.last().at.msecsTo(e.at) <= sameSaveMs) {
            result.last().fields.append(e.field);
            continue;
        }
        result.append({e.at, e.actor, {e.field}});
    }
    std::reverse(result.begin(), result.end());
    return result;
}

Development VersionHistory::stateAt(qint64 id, const QDateTime &moment)
{
    const Development current = load(id);
    QMap<QString, QString> fields = DevelopmentService::auditFields(current);
    const QList<AuditEntry> entries = AuditLog(m_db).entries(entityName, id);
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const AuditEntry &e = entries.at(i);
        if (e.at <= moment) {
            break;
        }
        if (e.field == QLatin1StringView("*")) {
            throw Error(Error::Code::NotFound,
                        tr("%1 did not exist yet on %2.").arg(current.uid, DateText::prose(moment)));
        }
        fields.insert(e.field, e.oldValue);
    }
    Development then = DevelopmentService::fromAuditFields(fields, current);
    then.version = 0; // a state rebuilt from the log, not a stored version
    return then;
}

Development VersionHistory::resolve(const QString &spec)
{
    const qsizetype at = spec.lastIndexOf(u'@');
    if (at < 0) {
        return load(spec);
    }
    const Development development = load(spec.left(at));
    const QString when = spec.mid(at + 1);
    QDateTime moment = QDateTime::fromString(when, Qt::ISODate);
    if (!moment.isValid()) {
        const QDate day = QDate::fromString(when, Qt::ISODate);
        if (day.isValid()) {
            moment = QDateTime(day, QTime(23, 59, 59, 999));
        }
    }
    if (!moment.isValid()) {
        throw Error(
            Error::Code::InvalidInput,
            tr("“%1” is not a date or a date and time (use 2025-10-20 or 2025-10-20T08:15).").arg(when));
    }
    return stateAt(development.id, moment);
}

} // namespace rt::core
