// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A requirement a development places on someone, with its measurable parameters.

#include "BilingualText.h"
#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace rt::core {

// One measurable term of an obligation: "logs retained >= 6 months", "no service between 22:00 and 06:00".
struct ObligationParameter
{
    BilingualText name;
    ParameterOp op = ParameterOp::AtLeast;
    QString value; // a number or HH:MM
    QString value2; // upper bound for Between
    ParameterUnit unit = ParameterUnit::Count;

    friend bool operator==(const ObligationParameter &, const ObligationParameter &) = default;
};

// "Logs retention ≥ 6 months", in the given content language with units in the interface language.
QString describeParameter(const ObligationParameter &parameter, Language language);

struct Obligation
{
    qint64 id = 0;
    QString uid; // stable key across databases and exchange files
    BilingualText text;
    ObligationKind kind = ObligationKind::MustDo;
    QStringList appliesTo; // tag codes
    QDate effective; // only when it differs from the development's
    QList<ObligationParameter> parameters;

    friend bool operator==(const Obligation &, const Obligation &) = default;
};

} // namespace rt::core
