// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A delegate for item views whose rows have a tick box that means "done": a click on the box itself is
// reported as tickClicked() (the view turns it into an undoable command; models never write), a click
// elsewhere only selects, Space is left to the view, and a read-only view draws its boxes faded. The
// checklist and the agenda paint on top of it.

#include <QStyledItemDelegate>

namespace rt::ui {

class TickDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Rows a little taller than their text, so that the boxes breathe.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Read-only views draw their tick boxes faded, so that they do not look clickable.
    void setTicksEnabled(bool enabled) { m_ticksEnabled = enabled; }

    // The colour overdue rows are drawn in, readable on the palette's base colour.
    static QColor overdueColor(const QPalette &palette);

Q_SIGNALS:
    void tickClicked(const QModelIndex &index);

private:
    static void paintBoxEdge(QPainter *painter, const QRect &box, const QPalette &palette);
    void paintInactiveTick(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const;

    bool m_ticksEnabled = true;
};

} // namespace rt::ui
