// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentTitleDelegate.h"

#include "DevelopmentTableModel.h"
#include "FormSupport.h"

#include <QApplication>
#include <QPainter>

namespace rt::ui {

using core::DevelopmentTableModel;

namespace {

// Chinese glyphs come from a fallback font that is often taller than the table's own: a line must fit both.
int lineHeight(const QFontMetrics &metrics)
{
    return qMax(metrics.height(), metrics.boundingRect(QStringLiteral("Ág中文")).height());
}

} // namespace

QList<DevelopmentTitleDelegate::Line> DevelopmentTitleDelegate::lines(const QModelIndex &index) const
{
    const QString shown = converted(index.data(Qt::DisplayRole).toString());
    if (!index.data(DevelopmentTableModel::MissingLanguageRole).toBool()) {
        QList<Line> result;
        for (const QString &text : shown.split(u'\n')) {
            result.append({QString(), text});
        }
        return result;
    }
    const QString marker = index.data(DevelopmentTableModel::TitleZhRole).toString().isEmpty()
        ? tr("no Chinese title")
        : tr("no English title");
    if (m_showBoth) {
        return {{QString(), shown}, {marker, QString()}};
    }
    return {{marker, shown}};
}

int DevelopmentTitleDelegate::rowHeight(const QFontMetrics &metrics) const
{
    return m_showBoth ? 2 * lineHeight(metrics) + 6 : metrics.height() + 8;
}

void DevelopmentTitleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // The style draws the background, selection and focus; the lines are drawn here.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = option.widget;
    QStyle *style = drawCellWithoutText(painter, cell);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &cell, widget) + 1;
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    const bool selected = cell.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : cell.state & QStyle::State_Active                                  ? QPalette::Active
                                                                             : QPalette::Inactive;
    const QColor textColor = cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor markerColor
        = cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    QFont markerFont = cell.font;
    markerFont.setItalic(true);
    const QFontMetrics metrics(cell.font);
    const QFontMetrics markerMetrics(markerFont);

    const QList<Line> shown = lines(index);
    const int pitch = lineHeight(metrics);
    int top = area.top() + (area.height() - pitch * int(shown.size())) / 2;
    painter->save();
    painter->setClipRect(area);
    for (const Line &line : shown) {
        QRect rect(area.left(), top, area.width(), pitch);
        if (!line.marker.isEmpty()) {
            const QString marker = QStringLiteral("[%1]").arg(line.marker);
            painter->setFont(markerFont);
            painter->setPen(markerColor);
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, marker);
            rect.setLeft(rect.left() + markerMetrics.horizontalAdvance(marker + u' '));
        }
        if (!line.text.isEmpty()) {
            const QString elided = metrics.elidedText(line.text, Qt::ElideRight, rect.width());
            // Search matches in the visible part sit on the marker colour, under the text.
            const qsizetype visible = elided == line.text ? elided.size() : elided.size() - 1;
            if (m_marks && !selected) {
                for (const auto &[start, length] : m_marks(line.text)) {
                    if (start >= visible) {
                        break;
                    }
                    const int x = rect.left() + metrics.horizontalAdvance(line.text.left(start));
                    const int width
                        = metrics.horizontalAdvance(line.text.mid(start, qMin(length, visible - start)));
                    painter->fillRect(QRect(x, rect.top() + 1, width, rect.height() - 2), m_markColor);
                }
            }
            painter->setFont(cell.font);
            painter->setPen(textColor);
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, elided);
        }
        top += pitch;
    }
    painter->restore();
}

QSize DevelopmentTitleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = ConvertingDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

} // namespace rt::ui
