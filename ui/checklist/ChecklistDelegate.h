// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the checklist tree: group rows in bold with a progress bar and its "done / applicable" label beside
// it in the status column, rows with notes marked in the notes column, overdue rows in red with a warning
// icon on the due date, rows marked not applicable greyed out, rows flagged for re-review bold with a refresh
// icon before the obligation. A click on a row's tick box is reported as tickClicked() (TickDelegate); the
// view turns it into an undoable command (the model itself never writes).

#include "TickDelegate.h"

#include <QRect>

#include <utility>

namespace rt::ui {

class ChecklistDelegate final : public TickDelegate
{
    Q_OBJECT
public:
    using TickDelegate::TickDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // A group's progress label ("3 / 7") and where its bar and label go in a cell: side by side, the label
    // never over the bar.
    static QString progressLabel(int done, int applicable);
    static std::pair<QRect, QRect> progressRects(const QRect &cell, const QFontMetrics &metrics,
                                                 const QString &label, Qt::LayoutDirection direction);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace rt::ui
