// SPDX-License-Identifier: GPL-3.0-or-later
#include "TickDelegate.h"

#include "ViewColours.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace rt::ui {

QColor TickDelegate::overdueColor(const QPalette &palette)
{
    // A red that keeps its contrast on dark backgrounds too.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x6b, 0x6b)
                                                           : QColor(0xc0, 0x1c, 0x28);
}

void TickDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    if (!m_ticksEnabled && (index.flags() & Qt::ItemIsUserCheckable)) {
        paintInactiveTick(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
    if (index.flags() & Qt::ItemIsUserCheckable) {
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        if (cell.features & QStyleOptionViewItem::HasCheckIndicator) {
            const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
            paintBoxEdge(painter,
                         style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &cell, option.widget),
                         cell.palette);
        }
    }
}

void TickDelegate::paintBoxEdge(QPainter *painter, const QRect &box, const QPalette &palette)
{
    // The box's edge in the text's colour, softened: styles draw it from the window's colour, which vanishes
    // in a high-contrast palette (black on black) and left an unticked box invisible.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(blended(palette.color(QPalette::Text), 128, palette.color(QPalette::Base)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    painter->restore();
}

void TickDelegate::paintInactiveTick(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // The cell as usual but without its box, then the box faded: styles draw a disabled check box much like
    // an enabled one, and a box that looks clickable but is not misleads.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem box = cell;
    box.rect = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &cell, widget);
    box.state &= ~QStyle::State_Enabled;
    box.state |= cell.checkState == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
    const bool hasBox = cell.features & QStyleOptionViewItem::HasCheckIndicator;
    cell.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (hasBox) {
        painter->save();
        painter->setOpacity(0.4);
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &box, painter, widget);
        paintBoxEdge(painter, box.rect, cell.palette);
        painter->restore();
    }
}

QSize TickDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

bool TickDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable)) {
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        // Only a click on the box itself ticks; a click elsewhere on the cell just selects the row.
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &cell, widget);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && box.contains(mouse->position().toPoint())) {
            Q_EMIT tickClicked(index);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        return false;
    case QEvent::KeyPress:
        return false; // Space is the view's: it ticks and unticks through an undoable command
    default:
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
}

} // namespace rt::ui
