// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pushes, undoes and redoes undoable commands for the windows, and turns a core error into a message instead
// of letting it escape the event loop. When an assessment or development edit meets a conflict (somebody else
// saved the record first), the user sees both versions and chooses between taking theirs (the command is
// dropped, or stays where it is on the stack) and keeping their own (the command runs again, writing over the
// stored version).

#include <QCoreApplication>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace rt::core {
class Error;
}

namespace rt::ui {

class CommandRunner final
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::CommandRunner)
public:
    // Takes ownership of command; true when it ran and is on the stack.
    static bool push(QUndoStack &stack, QUndoCommand *command, QWidget *parent);
    static bool undo(QUndoStack &stack, QWidget *parent);
    static bool redo(QUndoStack &stack, QWidget *parent);

private:
    // Shows the error; true when the user chose to overwrite and the command should run again. undoing: the
    // command's undo() failed (else its redo()).
    static bool retry(const core::Error &error, QUndoCommand *command, bool undoing, const QString &title,
                      QWidget *parent);
};

} // namespace rt::ui
