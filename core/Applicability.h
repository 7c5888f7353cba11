#pragma once
// When an obligation binds a company (shared/DOMAIN.md): their tags meet and the development's region covers
// one of the company's regions (national rules cover all), or a manager added it by hand; never when a
// manager marked it not applicable. Expressed once, as SQL, so that every count and list agrees.

#include <QString>

namespace rt::core {

// An SQL boolean expression that is true when company `c` is bound by obligation `o` of development `d`
// (the aliases name the companies, obligations and developments rows in the surrounding query).
QString applicableCondition(const QString &c = QStringLiteral("c"), const QString &o = QStringLiteral("o"),
                            const QString &d = QStringLiteral("d"));

} // namespace rt::core
