// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An undo command whose name follows the interface language. A command keeps how its name is made (the
// translated phrase and the content it names), so that after switching the language at run time the Edit
// menu reads "撤销勾选“…”" and not the English name the command was given when it was made.

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace rt::ui {

class TranslatedCommand : public QUndoCommand
{
public:
    // name makes the command's text in the language installed when it is called: now, and again on every
    // retranslate().
    void setName(std::function<QString()> name);
    // Names every command on the stack again, in the language installed now.
    static void retranslate(QUndoStack &stack);

private:
    std::function<QString()> m_name;
};

} // namespace rt::ui
