// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The only way developments and their obligations are written. Each call is one transaction that also appends
// the audit log and posts change notifications; on any error nothing is written.

#include "Company.h"
#include "Development.h"

#include <QCoreApplication>
#include <QMap>

namespace rt::core {

class Database;
class DevelopmentRepository;

// What remove() took away, so that restore() can put it back (undo) — the development and the assessments
// that hung on its obligations.
struct RemovedDevelopment
{
    Development development;
    QList<Assessment> assessments;
};

class DevelopmentService final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DevelopmentService)
public:
    explicit DevelopmentService(Database &db);

    // Problems that stop a development from being saved, as sentences for people; empty when it is fine.
    static QStringList problems(const Development &development);
    // Whether two developments say the same: every field the audit log records (ids, versions and times
    // aside).
    static bool sameContent(const Development &a, const Development &b);
    // A development as the audit log records it: field → value ("stage" → "issued"; an obligation's fields as
    // "obligation <uid>.<field>").
    static QMap<QString, QString> auditFields(const Development &development);
    // The development whose audit fields are `fields`: what auditFields() gave for it. The log does not keep
    // penalty descriptions or the Chinese names of parameters; they come from `like` (the same development at
    // another time) where it has the same penalty or term, as do ids and the obligations' order.
    static Development fromAuditFields(const QMap<QString, QString> &fields, const Development &like);

    // Writes a new development. Missing uids (development, obligations) are generated. Returns the id.
    qint64 create(Development development);
    // Saves an edited development. development.version must be the stored version: when somebody else saved
    // in between, throws Error(Conflict) and writes nothing.
    void update(Development development);
    enum class Upsert { Added, Updated, Unchanged };
    // Creates, or updates the development with the same uid regardless of version (imports). One that says
    // the same as the stored one (sameContent) is left alone: no new version, no audit row, no notification.
    // Returns the id; outcome says which it was.
    qint64 upsert(Development development, Upsert *outcome = nullptr);
    // What linking a later version does with an obligation of the earlier one that it does not continue.
    enum class Unpaired {
        CarryOver, // the later text is a summary (a newsletter): it still binds, copied into the later
                   // version
        Drop, // the later text is complete (an exchange file): it was removed
    };
    // Links `laterUid` as the later version of `earlierUid` (a final text replacing its draft for comments).
    // Both versions keep their own obligations, so that what changed between them stays readable; the earlier
    // version no longer binds anyone. Each earlier obligation is paired with the later one that continues it
    // (pairObligations) and every company's assessment moves along the pair; the assessments of an obligation
    // whose text, kind, parameters, applies-to tags or effective date changed are marked for re-review, and
    // the audit log says why. A later obligation without applies-to tags takes the earlier one's. Throws
    // Error(InvalidInput) when the link would make a version replace itself or the earlier version already
    // has another later one. Linking versions already linked changes nothing. Returns how many assessments
    // were marked.
    int linkLaterVersion(const QString &laterUid, const QString &earlierUid,
                         Unpaired unpaired = Unpaired::CarryOver);
    RemovedDevelopment remove(qint64 id);
    qint64 restore(const RemovedDevelopment &removed);

private:
    void prepare(Development &development) const;
    // Writes over the stored development if it is still at development.version, else throws Error(Conflict).
    void replace(DevelopmentRepository &repository, const Development &development);
    void audit(qint64 id, const Development *before, const Development *after);

    Database &m_db;
};

} // namespace rt::core
