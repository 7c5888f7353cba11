// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a DevelopmentFilter into SQL over developments (alias "d"), for the table model, the facet counts and
// the command line alike, so that every place agrees on what the filter means.

#include "DevelopmentFilter.h"

#include <QVariantList>

namespace rt::core {

class TextSearch;

enum class Facet { None, Authority, Topic, Kind, Stage, Year, Region };

struct SqlCondition
{
    QString where; // "" or "WHERE …"
    QVariantList bindings;
};

// The filter as a WHERE clause. The facet named in `except` is left out, which is what facet counts need:
// the counts of one facet under every other constraint.
SqlCondition whereClause(const DevelopmentFilter &filter, const TextSearch &search,
                         Facet except = Facet::None);

} // namespace rt::core
