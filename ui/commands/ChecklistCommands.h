// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undoable changes to checklist rows and their evidence. Each command calls AssessmentService; the views
// refresh from the database's change notifications, not from the commands.
//
// An assessment command remembers, for every row, the assessment as the user saw it. Its first run names that
// version, so a row somebody else saved meanwhile is a conflict. Undo and redo cannot name a version: every
// write raises it, so undoing a later command on the same row already moved it on. They check the content
// instead: the fields the edit sets must still hold what this command (or its undo) left there; otherwise
// somebody else changed them and the step fails with a conflict instead of silently overwriting their work.
// Fields the edit does not set are left as they are. After the user has chosen to overwrite, the next redo
// or undo skips the check once.

#include "AssessmentService.h"
#include "TranslatedCommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QWidget;

namespace rt::core {
class Database;
}

namespace rt::ui {

// One row an edit applies to, as the user saw it when they made the edit.
struct ChecklistTarget
{
    core::AssessmentKey key;
    core::Assessment before;
};

class AssessmentCommand : public TranslatedCommand
{
public:
    // The rows the command writes (the conflict dialog names them).
    virtual QList<core::AssessmentKey> keys() const = 0;
    // The edit the next redo() (or undo(), when undoing) writes on one of those rows (the conflict dialog
    // shows it applied to the stored row next to the stored row).
    virtual core::AssessmentEdit editFor(const core::AssessmentKey &key, bool undoing) const = 0;
    virtual core::Database &database() const = 0;
    // The next redo() or undo() ignores stored versions, once.
    void overwriteNextTime() { m_overwrite = true; }

protected:
    bool takeOverwrite() { return std::exchange(m_overwrite, false); }

private:
    bool m_overwrite = false;
};

// The same edit on one or more rows (a tick, an untick, a bulk change, the editor's save): one undo step.
class EditAssessmentsCommand final : public AssessmentCommand
{
public:
    // name makes the command's text in the interface language (TranslatedCommand).
    EditAssessmentsCommand(core::Database &db, QList<ChecklistTarget> targets, core::AssessmentEdit edit,
                           std::function<QString()> name);
    void redo() override;
    void undo() override;
    QList<core::AssessmentKey> keys() const override;
    core::AssessmentEdit editFor(const core::AssessmentKey &key, bool undoing) const override;
    core::Database &database() const override { return m_db; }
    const core::AssessmentEdit &edit() const { return m_edit; }

private:
    core::Database &m_db;
    QList<ChecklistTarget> m_targets;
    core::AssessmentEdit m_edit;
    bool m_done = false; // redo has run once
};

// Space or a click on a row's box, in every view that shows checklist rows: ticking a row (Done and
// Compliant), or unticking a ticked one back to the status and result it had before it was ticked, as one
// undo step.
class RowTick final
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::RowTick)
public:
    // The command to push; null when the row cannot change: it is marked not applicable (ticking means done
    // and compliant; a beep says no), or what unticking restores could not be read (the user was told).
    static EditAssessmentsCommand *toggle(core::Database &db, const ChecklistTarget &row, bool ticked,
                                          bool applicable, const QString &title, QWidget *parent);
};

class AttachEvidenceCommand final : public TranslatedCommand
{
public:
    // sizeLimit in bytes; 0: no limit.
    AttachEvidenceCommand(core::Database &db, const core::AssessmentKey &key, core::Evidence evidence,
                          qint64 sizeLimit);
    void redo() override;
    void undo() override;
    qint64 evidenceId() const { return m_id; }

private:
    core::Database &m_db;
    core::AssessmentKey m_key;
    core::Evidence m_evidence; // with content; after the first undo, as detach() returned it
    qint64 m_sizeLimit;
    qint64 m_id = 0;
    bool m_done = false;
};

class RemoveEvidenceCommand final : public TranslatedCommand
{
public:
    RemoveEvidenceCommand(core::Database &db, qint64 evidenceId, const QString &name);
    void redo() override;
    void undo() override;

private:
    core::Database &m_db;
    qint64 m_id;
    core::Evidence m_removed;
};

} // namespace rt::ui
