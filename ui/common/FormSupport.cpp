// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormSupport.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTreeView>

namespace rt::ui {

QLabel *createProblemsLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problems"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    return label;
}

QStyle *drawCellWithoutText(QPainter *painter, QStyleOptionViewItem cell)
{
    cell.text.clear();
    QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
    return style;
}

void setUpRowTree(QTreeView *tree, QObject *view)
{
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setExpandsOnDoubleClick(false);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    tree->setWordWrap(false);
    tree->installEventFilter(view);
}

} // namespace rt::ui
