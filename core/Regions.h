#pragma once
// China's province-level divisions (ISO 3166-2:CN codes, English and Chinese names), in the order of the
// national administrative code: the regions a company is registered in or operates in, and where a local rule
// applies.

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

} // namespace rt::core
