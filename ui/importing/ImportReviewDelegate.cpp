// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReviewDelegate.h"

#include "DateEdit.h"
#include "ImportReviewModel.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPainter>

namespace rt::ui {

namespace {

using Model = core::ImportReviewModel;

// The first day a date editor offers; choosing it clears the date.
const QDate noDate(1900, 1, 1);

template <typename E> QComboBox *vocabularyCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : core::Vocabulary::values<E>()) {
        combo->addItem(core::Vocabulary::label(value), core::Vocabulary::key(value));
    }
    return combo;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

void ImportReviewDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool dark = isDark(option->palette);
    if (index.data(Model::LowConfidenceRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (index.column() == Model::StatusColumn && !index.parent().isValid()) {
        QColor colour;
        switch (core::ImportMatch(index.data(Model::MatchRole).toInt())) {
        case core::ImportMatch::New:
            colour = dark ? QColor(0x7e, 0xc9, 0x7a) : QColor(0x1f, 0x7a, 0x35);
            break;
        case core::ImportMatch::Changed:
            colour = dark ? QColor(0xf2, 0xa6, 0x5a) : QColor(0xa8, 0x53, 0x00);
            break;
        case core::ImportMatch::Unchanged:
            colour = option->palette.color(QPalette::PlaceholderText);
            break;
        }
        option->palette.setColor(QPalette::Text, colour);
    }
    if (index.column() == Model::WarningsColumn && !index.data().toString().isEmpty()) {
        option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        option->font.setBold(true);
    }
}

void ImportReviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    const bool unsure = index.data(Model::LowConfidenceRole).toBool();
    const int badge = option.fontMetrics.height();
    if (unsure) {
        cell.rect.setRight(cell.rect.right() - badge - 2);
    }
    QStyledItemDelegate::paint(painter, cell, index);
    if (!unsure) {
        return;
    }
    // A small “?” in a ring at the cell's end: the detection needs a look.
    const QRect ring(option.rect.right() - badge, option.rect.center().y() - badge / 2 + 1, badge - 2,
                     badge - 2);
    const QColor colour = isDark(option.palette) ? QColor(0xf2, 0xc0, 0x5a) : QColor(0xb0, 0x6d, 0x00);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(ring);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter->setFont(font);
    painter->drawText(ring, Qt::AlignCenter, QStringLiteral("?"));
    painter->restore();
}

QWidget *ImportReviewDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    switch (Model::Editor(index.data(Model::EditorRole).toInt())) {
    case Model::Editor::Date: {
        auto *edit = new DateEdit(parent);
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(tr("None"));
        return edit;
    }
    case Model::Editor::DevelopmentKind:
        return vocabularyCombo<core::DevelopmentKind>(parent);
    case Model::Editor::Stage:
        return vocabularyCombo<core::Stage>(parent);
    case Model::Editor::ObligationKind:
        return vocabularyCombo<core::ObligationKind>(parent);
    case Model::Editor::None:
        return nullptr;
    case Model::Editor::Text:
    case Model::Editor::AuthorityCodes:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ImportReviewDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        // An empty date opens near where it probably is, and stays empty unless a date is chosen; the
        // editor's first day clears a date.
        const QSignalBlocker blocker(edit);
        edit->setDate(index.data(Model::DateHintRole).toDate());
        edit->setProperty("wasEmpty", !index.data(Qt::EditRole).toDate().isValid());
        connect(edit, &QDateEdit::dateChanged, edit, [edit] { edit->setProperty("wasEmpty", false); });
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ImportReviewDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        if (!edit->property("wasEmpty").toBool()) {
            model->setData(index, edit->date() == noDate ? QDate() : edit->date());
        }
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace rt::ui
