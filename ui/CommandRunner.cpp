#include "CommandRunner.h"

#include "ChecklistCommands.h"
#include "ConflictDialog.h"
#include "Error.h"

#include <QMessageBox>
#include <QUndoStack>

#include <memory>

namespace rt::ui {

bool CommandRunner::retry(const core::Error &error, QUndoCommand *command, const QString &title,
                          QWidget *parent)
{
    auto *assessment = dynamic_cast<AssessmentCommand *>(command);
    if (error.code() == core::Error::Code::Conflict && assessment) {
        if (ConflictDialog::ask(error.message(), parent) == ConflictDialog::Choice::Overwrite) {
            assessment->overwriteNextTime();
            return true;
        }
        // Reload: the views already follow the stored data through change notifications.
        return false;
    }
    QMessageBox::warning(parent, title, error.message());
    return false;
}

bool CommandRunner::push(QUndoStack &stack, QUndoCommand *command, QWidget *parent)
{
    std::unique_ptr<QUndoCommand> owned(command);
    for (;;) {
        try {
            stack.push(owned.get()); // runs redo() first; on an exception the stack has not taken it
            owned.release();
            return true;
        } catch (const core::Error &error) {
            if (!retry(error, owned.get(), tr("Not saved"), parent)) {
                return false;
            }
        }
    }
}

bool CommandRunner::undo(QUndoStack &stack, QWidget *parent)
{
    for (;;) {
        try {
            stack.undo(); // when undo() throws, the stack's index stays where it was
            return true;
        } catch (const core::Error &error) {
            if (!retry(error, const_cast<QUndoCommand *>(stack.command(stack.index() - 1)), tr("Cannot undo"),
                       parent)) {
                return false;
            }
        }
    }
}

bool CommandRunner::redo(QUndoStack &stack, QWidget *parent)
{
    for (;;) {
        try {
            stack.redo();
            return true;
        } catch (const core::Error &error) {
            if (!retry(error, const_cast<QUndoCommand *>(stack.command(stack.index())), tr("Cannot redo"),
                       parent)) {
                return false;
            }
        }
    }
}

} // namespace rt::ui
