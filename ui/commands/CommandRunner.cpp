// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRunner.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "ChecklistCommands.h"
#include "ConflictDialog.h"
#include "DevelopmentCommands.h"
#include "DevelopmentRepository.h"
#include "Error.h"
#include "ReferenceNames.h"

#include <QMessageBox>
#include <QUndoStack>

#include <memory>

namespace rt::ui {

namespace {

// The rows the command would change, as they are stored and as the failed step would leave them. A bulk edit
// names the row each field belongs to.
ConflictDialog::Versions versions(const AssessmentCommand &command, bool undoing)
{
    core::AssessmentService service(command.database());
    ConflictDialog::Versions result;
    const QList<core::AssessmentKey> keys = command.keys();
    for (int i = 0; i < keys.size(); ++i) {
        const core::Assessment stored = service.assessment(keys.at(i));
        const core::Assessment mine = command.editFor(keys.at(i), undoing).appliedTo(stored);
        QList<ConflictDialog::Row> rows = ConflictDialog::differences(mine, stored);
        if (rows.isEmpty()) {
            continue;
        }
        if (keys.size() > 1) {
            for (ConflictDialog::Row &row : rows) {
                row.field = CommandRunner::tr("%1 (row %2)").arg(row.field).arg(i + 1);
            }
        }
        result.rows.append(rows);
        if (!result.changedAt.isValid() || stored.changedAt > result.changedAt) {
            result.changedBy = stored.changedBy;
            result.changedAt = stored.changedAt;
        }
    }
    return result;
}

ConflictDialog::Versions versions(const EditDevelopmentCommand &command, bool undoing)
{
    core::Database &db = command.database();
    const core::Development &mine = command.target(undoing);
    core::AuthorityRepository reference(db);
    core::DevelopmentRepository repository(db, reference);
    const auto stored = repository.load(repository.idForUid(mine.uid));
    if (!stored) {
        return {};
    }
    ConflictDialog::Versions result;
    core::ReferenceNames names;
    names.load(db);
    result.rows = ConflictDialog::differences(mine, *stored, &names);
    const QList<core::AuditEntry> history
        = core::AuditLog(db).entries(QStringLiteral("development"), stored->id);
    if (!history.isEmpty()) {
        result.changedBy = history.constLast().actor;
        result.changedAt = history.constLast().at;
    }
    return result;
}

// Both versions for the dialog; when the stored one cannot be read, the service's message alone.
template <typename Command> ConflictDialog::Versions versionsOrNone(const Command &command, bool undoing)
{
    try {
        return versions(command, undoing);
    } catch (const core::Error &) {
        return {};
    }
}

} // namespace

bool CommandRunner::retry(const core::Error &error, QUndoCommand *command, bool undoing, const QString &title,
                          QWidget *parent)
{
    if (error.code() == core::Error::Code::Conflict) {
        // Reload: the views already follow the stored data through change notifications.
        if (auto *assessment = dynamic_cast<AssessmentCommand *>(command)) {
            if (ConflictDialog::ask(error.message(), versionsOrNone(*assessment, undoing), parent)
                == ConflictDialog::Choice::Overwrite) {
                assessment->overwriteNextTime();
                return true;
            }
            return false;
        }
        if (auto *development = dynamic_cast<EditDevelopmentCommand *>(command)) {
            if (ConflictDialog::ask(error.message(), versionsOrNone(*development, undoing), parent)
                == ConflictDialog::Choice::Overwrite) {
                development->overwriteNextTime();
                return true;
            }
            return false;
        }
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
            if (!retry(error, owned.get(), false, tr("Not saved"), parent)) {
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
            if (!retry(error, const_cast<QUndoCommand *>(stack.command(stack.index() - 1)), true,
                       tr("Cannot undo"), parent)) {
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
            if (!retry(error, const_cast<QUndoCommand *>(stack.command(stack.index())), false,
                       tr("Cannot redo"), parent)) {
                return false;
            }
        }
    }
}

} // namespace rt::ui
