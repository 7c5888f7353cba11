// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws and edits the cells of the import review table: detections the importer was not sure of in muted
// italics with a small “?”, the status in a colour per match, and editors that fit each field (a date, a
// kind or stage from the vocabulary, text).

#include <QStyledItemDelegate>

namespace rt::ui {

class ImportReviewDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace rt::ui
