// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaDelegate.h"

#include "AgendaModel.h"

#include <QApplication>

namespace rt::ui {

using core::AgendaModel;

void AgendaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    TickDelegate::initStyleOption(option, index);
    if (index.data(AgendaModel::IsGroupRole).toBool()) {
        option->font.setBold(true);
        if (index.data(AgendaModel::PeriodRole).toInt() == int(core::AgendaPeriod::Overdue)) {
            option->palette.setColor(QPalette::Text, overdueColor(option->palette));
        }
        return;
    }
    if (index.data(AgendaModel::MineRole).toBool()) {
        option->font.setBold(true);
    }
    const auto kind = core::AgendaKind(index.data(AgendaModel::KindRole).toInt());
    if (index.column() == AgendaModel::KindColumn && kind != core::AgendaKind::Due) {
        option->font.setItalic(true);
    }
    if (index.data(AgendaModel::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, overdueColor(option->palette));
        if (index.column() == AgendaModel::DateColumn) {
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
            option->features |= QStyleOptionViewItem::HasDecoration;
            const int size = option->fontMetrics.height();
            option->decorationSize = QSize(size, size);
        }
    }
}

} // namespace rt::ui
