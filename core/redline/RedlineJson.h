// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A redline as JSON for other programs (regtracker compare --json): both versions, the texts with their
// deleted and inserted ranges (UTF-16 units, as [start, length]), the facts as stored keys, the obligations
// with their parameter changes, and the affected checklist rows per company. Sentences are in the interface
// language; every key and enumeration is the exchange format's.

#include "RedlineImpact.h"

#include <QJsonObject>

namespace rt::core {

class ReferenceNames;

class RedlineJson final
{
public:
    static QJsonObject write(const Redline &redline, const QList<CompanyImpact> &companies,
                             const ReferenceNames &names, Language language);
};

} // namespace rt::core
