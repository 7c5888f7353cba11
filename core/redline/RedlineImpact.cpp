// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineImpact.h"

#include "Applicability.h"
#include "CompanyRepository.h"
#include "Database.h"

#include <QHash>
#include <QSet>

#include <map>

namespace rt::core {

namespace {

struct Found
{
    qint64 companyId = 0;
    qint64 obligationId = 0;
    Assessment assessment;
};

// Every assessment of the given obligations.
QList<Found> assessmentsOf(Database &db, const QList<qint64> &obligationIds)
{
    QList<Found> result;
    QStringList ids;
    for (qint64 id : obligationIds) {
        if (id > 0) {
            ids.append(QString::number(id));
        }
    }
    if (ids.isEmpty()) {
        return result;
    }
    QSqlQuery &q = db.exec(QStringLiteral("SELECT s.company_id, s.obligation_id, %1 FROM assessments s WHERE "
                                          "s.obligation_id IN (%2) ORDER BY s.id")
                               .arg(CompanyRepository::assessmentColumns(), ids.join(u',')));
    while (q.next()) {
        Found f{q.value(0).toLongLong(), q.value(1).toLongLong(), {}};
        CompanyRepository::readAssessment(q, 2, f.assessment);
        result.append(f);
    }
    return result;
}

// The companies an obligation of a stored development binds.
QList<qint64> companiesBound(Database &db, qint64 developmentId, qint64 obligationId)
{
    QList<qint64> result;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT DISTINCT company_id FROM (%1) p WHERE obligation_id = ?")
                               .arg(applicablePairs(std::nullopt, developmentId)),
                           {obligationId});
    while (q.next()) {
        result.append(q.value(0).toLongLong());
    }
    return result;
}

} // namespace

int CompanyImpact::flagged() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const AffectedRow &r) {
        return r.effect == AffectedRow::Effect::ReReview && r.assessment.reReview;
    }));
}

QList<CompanyImpact> RedlineImpact::of(Database &db, const Redline &redline)
{
    std::map<qint64, QList<AffectedRow>> byCompany;
    for (qsizetype i = 0; i < redline.obligations.size(); ++i) {
        const ObligationChange &change = redline.obligations.at(i);
        const qint64 earlierId = change.earlier ? change.earlier->id : 0;
        const qint64 laterId = change.later ? change.later->id : 0;
        switch (change.kind) {
        case ObligationChange::Kind::Unchanged:
            break;
        case ObligationChange::Kind::Changed: {
            // One row per company: the assessment carried to the later version, else the earlier one's.
            QSet<qint64> seen;
            QList<Found> found = assessmentsOf(db, {laterId});
            found += assessmentsOf(db, {earlierId});
            for (const Found &f : std::as_const(found)) {
                if (!seen.contains(f.companyId)) {
                    seen.insert(f.companyId);
                    byCompany[f.companyId].append(
                        {AffectedRow::Effect::ReReview, i, f.obligationId, f.assessment});
                }
            }
            break;
        }
        case ObligationChange::Kind::Added: {
            if (laterId == 0 || redline.later.id == 0) {
                break; // a version not stored yet binds nobody
            }
            QHash<qint64, Assessment> assessed;
            for (const Found &f : assessmentsOf(db, {laterId})) {
                assessed.insert(f.companyId, f.assessment);
            }
            for (qint64 company : companiesBound(db, redline.later.id, laterId)) {
                byCompany[company].append({AffectedRow::Effect::NewRow, i, laterId, assessed.value(company)});
            }
            break;
        }
        case ObligationChange::Kind::Removed:
            for (const Found &f : assessmentsOf(db, {earlierId})) {
                byCompany[f.companyId].append(
                    {AffectedRow::Effect::NoLongerBinds, i, earlierId, f.assessment});
            }
            break;
        }
    }
    QList<CompanyImpact> result;
    if (byCompany.empty()) {
        return result;
    }
    for (const Company &company : CompanyRepository(db).all()) {
        const auto it = byCompany.find(company.id);
        if (it != byCompany.end()) {
            std::stable_sort(it->second.begin(), it->second.end(),
                             [](const AffectedRow &a, const AffectedRow &b) { return a.change < b.change; });
            result.append({company, it->second});
        }
    }
    return result;
}

} // namespace rt::core
