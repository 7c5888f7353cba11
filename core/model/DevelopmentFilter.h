// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shared filter over developments: what every view shows. Empty fields do not restrict.

#include <QDate>
#include <QList>
#include <QStringList>

namespace rt::core {

struct DevelopmentFilter
{
    QString text; // matched by the TextSearch in use
    QStringList authorities; // authority codes (any of)
    QStringList topics; // topic codes (any of)
    QStringList kinds; // DevelopmentKind keys
    QStringList stages; // Stage keys
    QStringList regions; // region codes of the development
    QList<int> years; // announcement years (any of)
    QDate from; // announced on or after
    QDate to; // announced on or before
    qint64 company = 0; // only developments with an obligation that binds this company (0: any)

    bool isEmpty() const { return *this == DevelopmentFilter(); }
    friend bool operator==(const DevelopmentFilter &, const DevelopmentFilter &) = default;
};

} // namespace rt::core
