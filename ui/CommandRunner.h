#pragma once
// Pushes, undoes and redoes undoable commands for the windows, and turns a core error into a message instead
// of letting it escape the event loop. When an assessment command meets a conflict (somebody else changed
// the row first), the user chooses between reloading (the command is dropped, or stays where it is on the
// stack) and overwriting (the command runs again, ignoring the stored version).

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
    // Shows the error; true when the user chose to overwrite and the command should run again.
    static bool retry(const core::Error &error, QUndoCommand *command, const QString &title, QWidget *parent);
};

} // namespace rt::ui
