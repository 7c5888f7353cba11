// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws the title column of the developments table: the title in the content language and, side by side, the
// other language on a second line. A title that lacks a language shows the other one with a visible, muted
// marker (“[no Chinese title]”), so that a cell is never empty and never silently in the wrong language.
// Titles show through the delegate's conversion (Chinese in Traditional characters on request).

#include "ConvertingDelegate.h"

#include <QColor>

#include <functional>

namespace rt::ui {

class DevelopmentTitleDelegate final : public ConvertingDelegate
{
    Q_OBJECT
public:
    using ConvertingDelegate::ConvertingDelegate;

    // One line of a cell: a marker drawn muted, then the text; either may be empty.
    struct Line
    {
        QString marker;
        QString text;
    };

    // Where the search matches a text, (start, length) each: drawn on the marker colour. Empty: no marks.
    using MarkFinder = std::function<QList<std::pair<qsizetype, qsizetype>>(const QString &)>;
    void setSearchMarks(MarkFinder finder, const QColor &color)
    {
        m_marks = std::move(finder);
        m_markColor = color;
    }

    void setShowBothLanguages(bool both) { m_showBoth = both; }
    bool showsBothLanguages() const { return m_showBoth; }
    // What a cell of the title column shows, line by line: one line, or two side by side.
    QList<Line> lines(const QModelIndex &index) const;
    // The height of a table row that has room for every line.
    int rowHeight(const QFontMetrics &metrics) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_showBoth = false;
    MarkFinder m_marks;
    QColor m_markColor;
};

} // namespace rt::ui
