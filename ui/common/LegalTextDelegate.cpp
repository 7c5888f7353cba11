// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegalTextDelegate.h"

#include "FormSupport.h"
#include "Highlighting.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace rt::ui {

namespace {

int textMargin(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, option.widget) + 1;
}

} // namespace

LegalTextDelegate::LegalTextDelegate(const Highlighting *highlighter, QObject *parent)
    : ConvertingDelegate(parent)
    , m_highlighter(highlighter)
    , m_alive(dynamic_cast<const QObject *>(highlighter))
{
}

void LegalTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!highlighter() || (cell.state & QStyle::State_Selected) || cell.text.isEmpty()) {
        ConvertingDelegate::paint(painter, option, index);
        return;
    }
    // The style draws background and focus; the text is ours.
    const QString text = cell.text;
    drawCellWithoutText(painter, cell);

    const int margin = textMargin(cell);
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(cell.font);
    document.setHtml(m_highlighter->toHtml(text, m_marks ? m_marks(text) : Highlighting::Marks()));
    document.setTextWidth(area.width());
    const qreal top = std::max<qreal>(0, (area.height() - document.size().height()) / 2);

    QAbstractTextDocumentLayout::PaintContext context;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : cell.state & QStyle::State_Active                                  ? QPalette::Active
                                                                             : QPalette::Inactive;
    context.palette = cell.palette;
    context.palette.setColor(QPalette::Text, cell.palette.color(group, QPalette::Text));
    context.clip = QRectF(0, -top, area.width(), area.height());
    painter->save();
    painter->setClipRect(area);
    painter->translate(area.left(), area.top() + top);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize LegalTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize plain = ConvertingDelegate::sizeHint(option, index);
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!highlighter() || cell.text.isEmpty() || option.rect.width() <= 0) {
        return plain;
    }
    // Bold obligation words take more room than the plain text the base class measured.
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(cell.font);
    document.setHtml(m_highlighter->toHtml(cell.text));
    document.setTextWidth(option.rect.width() - 2 * textMargin(cell));
    return QSize(plain.width(), std::max(plain.height(), int(std::ceil(document.size().height())) + 4));
}

} // namespace rt::ui
