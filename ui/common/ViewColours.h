// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours the views share, so that a kind looks the same on the timeline and on the authority map: of middle
// lightness, so that each reads on light and dark backgrounds, and distinguishable from one another.

#include <QColor>

#include <algorithm>
#include <iterator>

namespace rt::ui {

// `over` at the given opacity (0–255) on `under`, as one solid colour: what blending would show, drawn
// without blending, which the raster engine does many times faster for large fills and long lines.
inline QColor blended(const QColor &over, int alpha, const QColor &under)
{
    const float a = float(std::clamp(alpha, 0, 255)) / 255.0f;
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a),
                            over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

// One colour per development kind, in Vocabulary's order.
inline QColor kindColour(int kind)
{
    static const QColor colours[] = {
        QColor(0xe1, 0x57, 0x59), // legislation: red
        QColor(0x4e, 0x79, 0xa7), // regulation: blue
        QColor(0x3f, 0xa8, 0xa0), // standard: teal
        QColor(0x59, 0xa1, 0x4f), // guideline: green
        QColor(0xb0, 0x7a, 0xa1), // policy plan: purple
        QColor(0xf2, 0x8e, 0x2b), // enforcement action: orange
        QColor(0x9c, 0x75, 0x5f), // court judgment: brown
        QColor(0x8e, 0x8c, 0x99), // announcement: grey
    };
    return colours[std::clamp(kind, 0, int(std::size(colours)) - 1)];
}

} // namespace rt::ui
