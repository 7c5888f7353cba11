#pragma once
// Legends of the drawn views (timeline, authority map): entries of a glyph and a text, flowing left to right
// and wrapping to the next line when the width is used up.

#include <QFontMetricsF>
#include <QList>
#include <QRectF>

namespace rt::ui {

// Sets each entry's rect (glyph and text, without the gap after it); returns the legend's height. Entry has
// `QString text` and `QRectF rect`.
template <typename Entry>
double flowLegend(QList<Entry> &entries, const QFontMetricsF &metrics, double glyphWidth, double width)
{
    const double lineHeight = metrics.height() + 6;
    constexpr double margin = 8;
    constexpr double gap = 14;
    double x = margin;
    double y = 4;
    for (Entry &entry : entries) {
        const double entryWidth = glyphWidth + metrics.horizontalAdvance(entry.text) + gap;
        if (x + entryWidth > width - margin && x > margin) {
            x = margin;
            y += lineHeight;
        }
        entry.rect = QRectF(x, y, entryWidth - gap, lineHeight);
        x += entryWidth;
    }
    return y + lineHeight + 4;
}

} // namespace rt::ui
