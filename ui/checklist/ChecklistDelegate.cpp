// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDelegate.h"

#include "ChecklistModel.h"
#include "FormSupport.h"

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
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.state &= ~QStyle::State_Selected;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = qMax(applicable, 1);
    bar.progress = applicable == 0 ? 0 : done;
    bar.text = tr("%1 / %2").arg(done).arg(applicable);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (overdue) {
        bar.palette.setColor(QPalette::Highlight, overdueColor(option.palette));
    } else if (applicable > 0 && done == applicable) {
        bar.palette.setColor(QPalette::Highlight, QColor(0x2e, 0x9e, 0x5b));
    }
    bar.palette.setColor(QPalette::HighlightedText, Qt::white);
    painter->save();
    painter->setFont(option.font);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    painter->restore();
}

} // namespace rt::ui
