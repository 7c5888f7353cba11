#include "Applicability.h"

namespace rt::core {

QString applicableCondition(const QString &c, const QString &o, const QString &d)
{
    return QStringLiteral("(NOT EXISTS (SELECT 1 FROM assessments na WHERE na.company_id = %1.id AND "
                          "na.obligation_id = %2.id "
                          "AND na.applicability = 'not_applicable') "
                          "AND (EXISTS (SELECT 1 FROM assessments ma WHERE ma.company_id = %1.id AND "
                          "ma.obligation_id = %2.id "
                          "AND ma.applicability = 'manual') "
                          "OR (EXISTS (SELECT 1 FROM obligation_applies_to oat JOIN company_sectors cs ON "
                          "cs.tag_id = oat.tag_id "
                          "WHERE oat.obligation_id = %2.id AND cs.company_id = %1.id) "
                          "AND (%3.region = 'CN' OR EXISTS (SELECT 1 FROM company_regions cr WHERE "
                          "cr.company_id = %1.id "
                          "AND cr.region = %3.region)))))")
        .arg(c, o, d);
}

} // namespace rt::core
