// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistCommands.h"

#include "Error.h"

#include <QApplication>
#include <QMessageBox>

namespace rt::ui {

EditAssessmentsCommand::EditAssessmentsCommand(core::Database &db, QList<ChecklistTarget> targets,
                                               core::AssessmentEdit edit, std::function<QString()> name)
    : m_db(db)
    , m_targets(std::move(targets))
    , m_edit(std::move(edit))
{
    setName(std::move(name));
}

QList<core::AssessmentKey> EditAssessmentsCommand::keys() const
{
    QList<core::AssessmentKey> keys;
    keys.reserve(m_targets.size());
    for (const ChecklistTarget &target : m_targets) {
        keys.append(target.key);
    }
    return keys;
}

core::AssessmentEdit EditAssessmentsCommand::editFor(const core::AssessmentKey &key, bool undoing) const
{
    if (!undoing) {
        return m_edit;
    }
    for (const ChecklistTarget &target : m_targets) {
        if (target.key == key) {
            return m_edit.revertingTo(target.before);
        }
    }
    return {};
}

void EditAssessmentsCommand::redo()
{
    core::AssessmentService service(m_db);
    const bool overwrite = takeOverwrite();
    if (!m_done && !overwrite) {
        // The first run: based on the versions the user saw.
        QList<std::pair<core::AssessmentKey, int>> targets;
        targets.reserve(m_targets.size());
        for (const ChecklistTarget &target : std::as_const(m_targets)) {
            targets.append({target.key, target.before.version});
        }
        service.applyAll(targets, m_edit);
        m_done = true;
        return;
    }
    QList<ChecklistTarget> targets = m_targets;
    QList<core::ExpectedEdit> writes;
    for (ChecklistTarget &target : targets) {
        if (overwrite && !m_done) {
            // The user chose to write over somebody else's change: undo then brings back their version.
            target.before = service.assessment(target.key);
        }
        writes.append({target.key, m_edit, overwrite ? std::nullopt : std::optional(target.before)});
    }
    service.applyEach(writes);
    m_targets = targets;
    m_done = true;
}

void EditAssessmentsCommand::undo()
{
    const bool overwrite = takeOverwrite();
    // Each row goes back to its own earlier values, all in one transaction.
    QList<core::ExpectedEdit> writes;
    for (const ChecklistTarget &target : std::as_const(m_targets)) {
        writes.append({target.key, m_edit.revertingTo(target.before),
                       overwrite ? std::nullopt : std::optional(m_edit.appliedTo(target.before))});
    }
    core::AssessmentService(m_db).applyEach(writes);
}

EditAssessmentsCommand *RowTick::toggle(core::Database &db, const ChecklistTarget &row, bool ticked,
                                        bool applicable, const QString &title, QWidget *parent)
{
    if (!applicable) {
        QApplication::beep();
        return nullptr;
    }
    if (!ticked) {
        return new EditAssessmentsCommand(db, {row}, core::AssessmentEdit::tick(),
                                          [title] { return tr("Tick “%1”").arg(title); });
    }
    try {
        return new EditAssessmentsCommand(db, {row}, core::AssessmentService(db).untick(row.key),
                                          [title] { return tr("Untick “%1”").arg(title); });
    } catch (const core::Error &error) {
        QMessageBox::warning(parent, tr("Not saved"), error.message());
        return nullptr;
    }
}

AttachEvidenceCommand::AttachEvidenceCommand(core::Database &db, const core::AssessmentKey &key,
                                             core::Evidence evidence, qint64 sizeLimit)
    : m_db(db)
    , m_key(key)
    , m_evidence(std::move(evidence))
    , m_sizeLimit(sizeLimit)
{
    const QString name = m_evidence.fileName.isEmpty() ? m_evidence.note.left(30) : m_evidence.fileName;
    setName(
        [name] { return QCoreApplication::translate("rt::ui::ChecklistCommands", "Attach “%1”").arg(name); });
}

void AttachEvidenceCommand::redo()
{
    core::AssessmentService service(m_db);
    m_id = m_done ? service.reattach(m_evidence) : service.attach(m_key, m_evidence, m_sizeLimit);
    m_done = true;
}

void AttachEvidenceCommand::undo()
{
    m_evidence = core::AssessmentService(m_db).detach(m_id);
}

RemoveEvidenceCommand::RemoveEvidenceCommand(core::Database &db, qint64 evidenceId, const QString &name)
    : m_db(db)
    , m_id(evidenceId)
{
    setName(
        [name] { return QCoreApplication::translate("rt::ui::ChecklistCommands", "Remove “%1”").arg(name); });
}

void RemoveEvidenceCommand::redo()
{
    m_removed = core::AssessmentService(m_db).detach(m_id);
}

void RemoveEvidenceCommand::undo()
{
    m_id = core::AssessmentService(m_db).reattach(m_removed);
}

} // namespace rt::ui
