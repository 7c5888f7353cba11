#pragma once
// The only way developments and their obligations are written. Each call is one transaction that also appends
// the audit log and posts change notifications; on any error nothing is written.

#include "Company.h"
#include "Development.h"

#include <QCoreApplication>

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
    // Links `laterUid` as the later version of `earlierUid` (a final text replacing its draft for comments).
    // The earlier version's obligations move to the later one: each is paired with the later obligation that
    // says nearly the same and keeps its id (so its assessments follow it); one the later version lacks is
    // carried over as it was. Every company's assessment of an obligation whose text, kind, parameters or
    // applies-to tags changed is marked for re-review, and the audit log says why. Returns how many were
    // marked.
    int linkLaterVersion(const QString &laterUid, const QString &earlierUid);
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
