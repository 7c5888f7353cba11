// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDelegate.h"

#include "ChecklistModel.h"
#include "FormSupport.h"
#include "ViewColours.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace rt::ui {

using core::ChecklistModel;

void ChecklistDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ChecklistModel::IsGroupRole).toBool()) {
        option->font.setBold(true);
        return;
    }
    if (!index.data(ChecklistModel::ApplicableRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    } else if (index.data(ChecklistModel::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, overdueColor(option->palette));
        if (index.column() == ChecklistModel::DueColumn) {
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
            option->features |= QStyleOptionViewItem::HasDecoration;
            const int size = option->fontMetrics.height();
            option->decorationSize = QSize(size, size);
        }
    }
    if (index.column() == ChecklistModel::ObligationColumn
        && index.data(ChecklistModel::ReReviewRole).toBool()) {
        // Not by colour: an icon, and the row's tooltip says why.
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon
            = QIcon::fromTheme(QStringLiteral("view-refresh"),
                               style->standardIcon(QStyle::SP_BrowserReload, nullptr, option->widget));
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = option->fontMetrics.height();
        option->decorationSize = QSize(size, size);
        option->font.setBold(true);
    }
    if (index.column() == ChecklistModel::EvidenceColumn || index.column() == ChecklistModel::DueColumn) {
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
    if (index.column() == ChecklistModel::NotesColumn && index.data(ChecklistModel::HasNotesRole).toBool()) {
        // A mark, not a colour: the notes icon, centred; the tooltip shows the notes.
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = QIcon::fromTheme(
            QStringLiteral("document-edit"),
            style->standardIcon(QStyle::SP_FileDialogContentsView, nullptr, option->widget));
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = option->fontMetrics.height();
        option->decorationSize = QSize(size, size);
        option->decorationAlignment = Qt::AlignCenter;
        option->decorationPosition = QStyleOptionViewItem::Top;
    }
}

void ChecklistDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() == ChecklistModel::StatusColumn && index.data(ChecklistModel::IsGroupRole).toBool()) {
        paintProgress(painter, option, index);
        return;
    }
    TickDelegate::paint(painter, option, index);
}

void ChecklistDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    // The cell's background (selection, alternate rows) first, without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = option.widget;
    QStyle *style = drawCellWithoutText(painter, cell);

    const int done = index.data(ChecklistModel::DoneCountRole).toInt();
    const int applicable = index.data(ChecklistModel::ApplicableRole).toInt();
    const bool overdue = index.data(ChecklistModel::OverdueRole).toInt() > 0;
    // The label beside the bar, never on it: text over a fill is unreadable in one palette or another (the
    // fill's colour is the style's and changes with the share done).
    const QString label = progressLabel(done, applicable);
    const auto [barRect, labelRect]
        = progressRects(option.rect, QFontMetrics(cell.font), label, option.direction);
    QStyleOptionProgressBar bar;
    bar.rect = barRect;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.state &= ~QStyle::State_Selected;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = qMax(applicable, 1);
    bar.progress = applicable == 0 ? 0 : done;
    bar.textVisible = false;
    if (overdue) {
        bar.palette.setColor(QPalette::Highlight, overdueColor(option.palette));
    } else if (applicable > 0 && done == applicable) {
        bar.palette.setColor(QPalette::Highlight, QColor(0x2e, 0x9e, 0x5b));
    }
    painter->save();
    painter->setFont(cell.font);
    if (barRect.width() > 8) {
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        // Its edge in the text's colour, softened: the style draws it from the window's, which vanishes in a
        // high-contrast palette (black on black) and left an empty bar invisible.
        painter->setPen(
            blended(option.palette.color(QPalette::Text), 128, option.palette.color(QPalette::Base)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(barRect.adjusted(0, 0, -1, -1));
    }
    const bool selected = option.state & QStyle::State_Selected;
    style->drawItemText(painter, labelRect, Qt::AlignRight | Qt::AlignVCenter, option.palette, true, label,
                        selected ? QPalette::HighlightedText : QPalette::Text);
    painter->restore();
}

QString ChecklistDelegate::progressLabel(int done, int applicable)
{
    return tr("%1 / %2").arg(done).arg(applicable);
}

std::pair<QRect, QRect> ChecklistDelegate::progressRects(const QRect &cell, const QFontMetrics &metrics,
                                                         const QString &label, Qt::LayoutDirection direction)
{
    const QRect inner = cell.adjusted(4, 4, -4, -4);
    const int labelWidth = qMin(metrics.horizontalAdvance(label) + 6, inner.width());
    QRect bar = inner;
    QRect text = inner;
    if (direction == Qt::RightToLeft) {
        text.setRight(inner.left() + labelWidth - 1);
        bar.setLeft(text.right() + 1);
    } else {
        text.setLeft(inner.right() - labelWidth + 1);
        bar.setRight(text.left() - 1);
    }
    return {bar, text};
}

} // namespace rt::ui
