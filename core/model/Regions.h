// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// China's province-level divisions (ISO 3166-2:CN codes, English and Chinese names), in the order of the
// national administrative code: the regions a company is registered in or operates in, and where a local rule
// applies.

#include "BilingualText.h"

#include <QString>

#include <span>

namespace rt::core {

struct Region
{
    const char *code;
    const char *en;
    const char *zh;
};

// All 34: the 31 mainland divisions, then Taiwan, Hong Kong and Macao.
std::span<const Region> regions();
// The 31 mainland divisions.
std::span<const Region> mainlandRegions();
// A division's name in the language; "CN" (national) is China; an unknown code is returned as it is.
QString regionName(const QString &code, Language language);

} // namespace rt::core
