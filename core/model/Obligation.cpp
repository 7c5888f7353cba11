// SPDX-License-Identifier: GPL-3.0-or-later
#include "Obligation.h"

namespace rt::core {

QString describeParameter(const ObligationParameter &p, Language language)
{
    const QString unit = Vocabulary::label(p.unit);
    QString value;
    switch (p.op) {
    case ParameterOp::AtLeast:
        value = QStringLiteral("≥ %1 %2").arg(p.value, unit);
        break;
    case ParameterOp::AtMost:
        value = QStringLiteral("≤ %1 %2").arg(p.value, unit);
        break;
    case ParameterOp::Equals:
        value = QStringLiteral("= %1 %2").arg(p.value, unit);
        break;
    case ParameterOp::Between:
        value = p.unit == ParameterUnit::Time ? QStringLiteral("%1–%2").arg(p.value, p.value2)
                                              : QStringLiteral("%1–%2 %3").arg(p.value, p.value2, unit);
        break;
    case ParameterOp::Every:
        value = QStringLiteral("%1 %2 %3").arg(Vocabulary::label(p.op), p.value, unit);
        break;
    }
    if (p.unit == ParameterUnit::Percent) {
        value.replace(QStringLiteral(" %"), QStringLiteral("%"));
    }
    const QString &name = p.name.preferring(language);
    return name.isEmpty() ? value.trimmed() : name + u' ' + value.trimmed();
}

} // namespace rt::core
