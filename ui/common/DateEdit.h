// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one date editor of every form and delegate: an ISO date (yyyy-MM-dd, as the tables show dates) with a
// calendar popup, into which a whole date can be typed. QDateEdit types into one section at a time: with the
// whole text selected (Ctrl+A) a typed digit went to the section under the cursor, and a "-" typed after a
// section it had already left for the next one skipped that one too, so "2026-12-10" typed over a selected
// date came out as another date. Here typing over the whole text starts at the first section, and a separator
// typed just after the editor moved on by itself is taken as already done.

#include <QDateEdit>

namespace rt::ui {

class DateEdit final : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    bool m_movedOn = false; // the last digit completed a section and the editor moved to the next
};

} // namespace rt::ui
