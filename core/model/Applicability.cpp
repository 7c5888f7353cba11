// SPDX-License-Identifier: GPL-3.0-or-later
#include "Applicability.h"

namespace rt::core {

QString supersededObligations()
{
    return QStringLiteral("SELECT so.id FROM obligations so JOIN developments sd ON sd.replaces_id = "
                          "so.development_id");
}

QString applicablePairs(std::optional<qint64> company, std::optional<qint64> development)
{
    // The narrowing goes into every branch (ids are numbers, so they are written into the SQL) so that the
    // engine never builds the pairs of all companies to keep one.
    const auto narrow = [&](const QString &companyColumn, const QString &obligationColumn) {
        QString where;
        if (company) {
            where += QStringLiteral(" AND %1 = %2").arg(companyColumn).arg(*company);
        }
        if (development) {
            where += QStringLiteral(" AND %1 IN (SELECT id FROM obligations WHERE development_id = %2)")
                         .arg(obligationColumn)
                         .arg(*development);
        }
        return where;
    };
    return QStringLiteral("SELECT cs.company_id, oat.obligation_id FROM company_sectors cs "
                          "JOIN obligation_applies_to oat ON oat.tag_id = cs.tag_id "
                          "JOIN obligations ao ON ao.id = oat.obligation_id "
                          "JOIN developments ad ON ad.id = ao.development_id "
                          "WHERE (ad.region = 'CN' OR EXISTS (SELECT 1 FROM company_regions cr "
                          "WHERE cr.company_id = cs.company_id AND cr.region = ad.region)) "
                          "AND NOT EXISTS (SELECT 1 FROM developments ld WHERE ld.replaces_id = ad.id)%1 "
                          "UNION SELECT ma.company_id, ma.obligation_id FROM assessments ma "
                          "WHERE ma.applicability = 'manual' AND ma.obligation_id NOT IN (%4)%2 "
                          "EXCEPT SELECT na.company_id, na.obligation_id FROM assessments na "
                          "WHERE na.applicability = 'not_applicable'%3")
        .arg(narrow(QStringLiteral("cs.company_id"), QStringLiteral("oat.obligation_id")),
             narrow(QStringLiteral("ma.company_id"), QStringLiteral("ma.obligation_id")),
             narrow(QStringLiteral("na.company_id"), QStringLiteral("na.obligation_id")),
             supersededObligations());
}

QString bindsCompany(qint64 company)
{
    return QStringLiteral("d.id IN (SELECT bo.development_id FROM obligations bo JOIN (%1) bp ON "
                          "bp.obligation_id = bo.id)")
        .arg(applicablePairs(company));
}

} // namespace rt::core
