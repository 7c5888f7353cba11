// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When an obligation binds a company (shared/DOMAIN.md): their tags meet and the development's region covers
// one of the company's regions (national rules cover all), or a manager added it by hand; never when a
// manager marked it not applicable, and never once a later version replaces its development (a draft for
// comments after its final text: the final's obligations bind instead). Expressed once, as SQL, so that every
// count and list agrees.

#include <QString>

#include <optional>

namespace rt::core {

// A SELECT of the distinct (company_id, obligation_id) pairs where the obligation binds the company,
// optionally narrowed to one company and/or the obligations of one development. Use it as a subquery.
QString applicablePairs(std::optional<qint64> company = std::nullopt,
                        std::optional<qint64> development = std::nullopt);

// A SELECT of the ids of the obligations whose development a later version replaces: they bind nobody.
QString supersededObligations();
// A condition on developments (alias d): one of its obligations binds the company. Append it with AND.
QString bindsCompany(qint64 company);

} // namespace rt::core
