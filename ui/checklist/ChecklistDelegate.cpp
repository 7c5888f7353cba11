#include "ChecklistDelegate.h"

#include "ChecklistModel.h"
#include "FormSupport.h"

#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>

namespace rt::ui {

using core::ChecklistModel;

QColor ChecklistDelegate::overdueColor(const QPalette &palette)
{
    // A red that keeps its contrast on dark backgrounds too.
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x6b, 0x6b)
                                                           : QColor(0xc0, 0x1c, 0x28);
}

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
    if (!m_ticksEnabled && index.column() == ChecklistModel::TickColumn) {
        paintInactiveTick(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void ChecklistDelegate::paintInactiveTick(QPainter *painter, const QStyleOptionViewItem &option,
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
        painter->restore();
    }
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

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

bool ChecklistDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
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
