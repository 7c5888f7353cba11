// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyService.h"

#include "AssessmentService.h"
#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "Error.h"
#include "ScopedTransaction.h"

#include <QRegularExpression>
#include <QUuid>

namespace rt::core {

namespace {

const QString kEntity = QStringLiteral("company");

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

} // namespace

CompanyService::CompanyService(Database &db)
    : m_db(db)
{
}

QStringList CompanyService::problems(const Company &company)
{
    QStringList result;
    if (company.name.en.trimmed().isEmpty() && company.name.zh.trimmed().isEmpty()) {
        result.append(tr("The company needs a name in English or Chinese."));
    }
    AuthorityRepository reference(m_db);
    for (const QString &tag : company.sectors) {
        if (reference.termIdForCode(TermKind::Tag, tag) == 0) {
            result.append(tr("Unknown sector tag “%1”.").arg(tag));
        }
    }
    static const QRegularExpression regionPattern(QStringLiteral("^CN(-[A-Z]{2})?$"));
    for (const QString &region : company.registeredRegions + company.operatingRegions) {
        if (!regionPattern.match(region).hasMatch()) {
            result.append(tr("“%1” is not a region code such as CN-SH.").arg(region));
        }
    }
    if (!company.uid.isEmpty()) {
        const qint64 other
            = m_db.scalar(QStringLiteral("SELECT id FROM companies WHERE uid = ?"), {company.uid})
                  .toLongLong();
        if (other != 0 && other != company.id) {
            result.append(tr("Another company already has the identifier “%1”.").arg(company.uid));
        }
    }
    return result;
}

qint64 CompanyService::create(Company company)
{
    if (company.uid.isEmpty()) {
        static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
        QString base = company.name.en.toLower().replace(nonWord, QStringLiteral("-"));
        base = base.mid(base.startsWith(u'-') ? 1 : 0).left(40);
        while (base.endsWith(u'-')) {
            base.chop(1);
        }
        if (base.isEmpty()) {
            base = QStringLiteral("company-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        }
        company.uid = base;
        for (int n = 2;
             m_db.scalar(QStringLiteral("SELECT 1 FROM companies WHERE uid = ?"), {company.uid}).isValid();
             ++n) {
            company.uid = base + u'-' + QString::number(n);
        }
    }
    company.id = 0;
    if (const QStringList found = problems(company); !found.isEmpty()) {
        throw Error(Error::Code::InvalidInput, found.join(u'\n'));
    }
    ScopedTransaction transaction(m_db);
    const qint64 id = CompanyRepository(m_db).upsert(company);
    audit(id, nullptr, &company);
    m_db.post({Entity::Company, Change::Kind::Added, id});
    transaction.commit();
    return id;
}

void CompanyService::update(const Company &company)
{
    if (const QStringList found = problems(company); !found.isEmpty()) {
        throw Error(Error::Code::InvalidInput, found.join(u'\n'));
    }
    ScopedTransaction transaction(m_db);
    const Company before = CompanyRepository(m_db).company(company.id);
    if (before.uid != company.uid) {
        m_db.exec(QStringLiteral("UPDATE companies SET uid = ? WHERE id = ?"), {company.uid, company.id});
    }
    CompanyRepository(m_db).upsert(company);
    audit(company.id, &before, &company);
    m_db.post({Entity::Company, Change::Kind::Updated, company.id});
    transaction.commit();
}

RemovedCompany CompanyService::remove(qint64 id)
{
    ScopedTransaction transaction(m_db);
    RemovedCompany removed;
    removed.company = CompanyRepository(m_db).company(id);
    CompanyRepository repository(m_db);
    removed.assessments = repository.assessments(id);
    AssessmentService assessments(m_db);
    QList<std::pair<QString, qint64>> evidenceIds;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT o.uid, e.id FROM evidence e JOIN assessments s ON "
                                   "s.id = e.assessment_id JOIN obligations o ON o.id = s.obligation_id "
                                   "WHERE s.company_id = ? ORDER BY e.id"),
                    {id});
    while (q.next()) {
        evidenceIds.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    for (const auto &[obligationUid, evidenceId] : evidenceIds) {
        removed.evidence.append({obligationUid, assessments.evidenceWithContent(evidenceId)});
    }
    m_db.exec(QStringLiteral("DELETE FROM companies WHERE id = ?"), {id});
    audit(id, &removed.company, nullptr);
    for (const Assessment &a : std::as_const(removed.assessments)) {
        m_db.post({Entity::Assessment, Change::Kind::Removed, a.id});
    }
    m_db.post({Entity::Company, Change::Kind::Removed, id});
    transaction.commit();
    return removed;
}

qint64 CompanyService::restore(const RemovedCompany &removed)
{
    ScopedTransaction transaction(m_db);
    CompanyRepository repository(m_db);
    if (repository.idForUid(removed.company.uid) != 0) {
        throw Error(Error::Code::Conflict,
                    tr("A company with the identifier “%1” exists again; the deleted one cannot be restored.")
                        .arg(removed.company.uid));
    }
    const qint64 id = repository.upsert(removed.company);
    QHash<QString, qint64> assessmentIds;
    for (const Assessment &a : removed.assessments) {
        const qint64 assessmentId = repository.upsertAssessment(a);
        m_db.exec(QStringLiteral("UPDATE assessments SET version = ? WHERE id = ?"),
                  {std::max(1, a.version), assessmentId});
        assessmentIds.insert(a.obligationUid, assessmentId);
        m_db.post({Entity::Assessment, Change::Kind::Added, assessmentId});
    }
    AssessmentService assessments(m_db);
    for (const auto &[obligationUid, evidence] : removed.evidence) {
        Evidence e = evidence;
        e.assessmentId = assessmentIds.value(obligationUid);
        assessments.reattach(e);
    }
    audit(id, nullptr, &removed.company);
    m_db.post({Entity::Company, Change::Kind::Added, id});
    transaction.commit();
    return id;
}

void CompanyService::audit(qint64 id, const Company *before, const Company *after)
{
    AuditLog log(m_db);
    const QString uid = after ? after->uid : before->uid;
    if (!before) {
        log.record(kEntity, id, uid, QStringLiteral("created"), QString(), after->name.en);
        return;
    }
    if (!after) {
        log.record(kEntity, id, uid, QStringLiteral("deleted"), before->name.en, QString());
        return;
    }
    const auto field = [&](const char *name, const QString &old, const QString &now) {
        if (old != now) {
            log.record(kEntity, id, uid, QString::fromLatin1(name), old, now);
        }
    };
    field("uid", before->uid, after->uid);
    field("name_en", before->name.en, after->name.en);
    field("name_zh", before->name.zh, after->name.zh);
    field("sectors", joined(before->sectors), joined(after->sectors));
    field("registered_regions", joined(before->registeredRegions), joined(after->registeredRegions));
    field("operating_regions", joined(before->operatingRegions), joined(after->operatingRegions));
    field("notes", before->notes, after->notes);
}

} // namespace rt::core
