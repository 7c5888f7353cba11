#pragma once
// Paints the checklist tree: group rows in bold with a progress bar (done / applicable) in the status column,
// overdue rows in red with a warning icon on the due date, rows marked not applicable greyed out, rows
// flagged for re-review bold with a refresh icon before the obligation. A click on a row's tick box is
// reported as tickClicked(); the view turns it into an undoable command (the model itself never writes).

#include <QStyledItemDelegate>

namespace rt::ui {

class ChecklistDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Read-only checklists draw their tick boxes disabled, so that they do not look clickable.
    void setTicksEnabled(bool enabled) { m_ticksEnabled = enabled; }

    // The colour overdue rows are drawn in, readable on the palette's base colour.
    static QColor overdueColor(const QPalette &palette);

Q_SIGNALS:
    void tickClicked(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintInactiveTick(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const;

    bool m_ticksEnabled = true;
};

} // namespace rt::ui
