// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows a column of legal text (obligations) highlighted like the detail pane: the text laid out as rich text
// from Highlighting, wrapped to the column, and tall enough for it. A selected cell is drawn plainly in
// the selection colours, where the syntax colours would not read. Editing is the item view's usual editor.
// Texts show through the delegate's conversion (Chinese in Traditional characters on request).

#include "ConvertingDelegate.h"

#include <QPointer>

#include <functional>

namespace rt::ui {

class Highlighting;

class LegalTextDelegate final : public ConvertingDelegate
{
    Q_OBJECT
public:
    // Without the highlighter (gone first while a view is torn down) the text is drawn plainly.
    LegalTextDelegate(const Highlighting *highlighter, QObject *parent);

    // Where the search matches a text, (start, length) each, marked as in the detail pane. Empty: no marks.
    using MarkFinder = std::function<QList<std::pair<qsizetype, qsizetype>>(const QString &)>;
    void setSearchMarks(MarkFinder finder) { m_marks = std::move(finder); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const Highlighting *highlighter() const { return m_alive ? m_highlighter : nullptr; }

    const Highlighting *m_highlighter;
    QPointer<const QObject> m_alive; // the highlighter, as the object that goes with its owner
    MarkFinder m_marks;
};

} // namespace rt::ui
