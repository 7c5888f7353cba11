// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace rt::ui {

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool typed = !event->text().isEmpty()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool digit = typed && event->text().front().isDigit();
    const bool separator = typed && !digit && !event->text().front().isLetter();
    if (separator && m_movedOn) {
        // "2026" already moved on to the month: the "-" after it is not one more step.
        m_movedOn = false;
        event->accept();
        return;
    }
    const QLineEdit *line = lineEdit();
    if (digit && line->hasSelectedText() && line->selectedText() == line->text()) {
        // Type the new date from its first section on: the first digit replaces the year.
        setSelectedSection(sectionAt(0));
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_movedOn = digit && currentSection() != before;
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    m_movedOn = false;
    QDateEdit::focusInEvent(event);
}

} // namespace rt::ui
