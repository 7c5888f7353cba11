// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The form for one checklist row: status, result, owner, due date, applicability with its justification,
// Markdown notes (highlighted), the evidence attached to the row and the row's history.
//
// The fields are saved by the caller when the dialog is accepted: edit() holds only the fields the user
// changed, to be applied with the version the dialog was opened with (so a change made by somebody else in
// the meantime is a conflict, not lost). Evidence is different: attaching or removing a file takes effect at
// once, through undoable commands on the given stack.

#include "AssessmentService.h"
#include "ChecklistModel.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace rt::core {
class Database;
}

namespace rt::ui {

class AssessmentEditor final : public QDialog
{
    Q_OBJECT
public:
    AssessmentEditor(core::Database &db, QUndoStack *undoStack, const core::ChecklistRow &row,
                     core::Language language, const QStringList &knownOwners, QWidget *parent = nullptr);
    ~AssessmentEditor() override;

    const core::AssessmentKey &key() const { return m_key; }
    // The assessment as it was when the dialog opened (its version is the one the edit is based on).
    const core::Assessment &original() const { return m_original; }
    // The fields the user changed; empty when nothing changed.
    core::AssessmentEdit edit() const;

    // Attaches a file as evidence (the Attach… button asks for the file). False when it was not attached; the
    // user has been told why.
    bool attachFile(const QString &path);

    // Empty: the row may be changed. Otherwise why not (a viewer of a team database): the dialog shows the
    // row, its evidence and history, every field disabled with that reason, and closes without saving.
    void setReadOnly(const QString &whyNot);
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }

    // The size limit for one attachment, in bytes (setting "evidence/sizeLimitMB", 20 MB by default).
    static qint64 sizeLimit();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createAssessmentTab();
    QWidget *createEvidenceTab();
    QWidget *createHistoryTab();
    void load();
    void validate();
    void reloadEvidence();
    void reloadHistory();
    void updateEvidenceButtons();
    const core::Evidence *currentEvidence() const;
    void attach();
    void openEvidence();
    void exportEvidence();
    void removeEvidence();
    void retranslate();

    core::Database &m_db;
    QUndoStack *m_undo;
    core::AssessmentKey m_key;
    core::ChecklistRow m_row;
    core::Assessment m_original;
    core::Language m_language;
    QList<core::Evidence> m_evidence;
    QString m_readOnly;

    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_resultLabel = nullptr;
    QComboBox *m_result = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_applicabilityLabel = nullptr;
    QComboBox *m_applicability = nullptr;
    QLabel *m_justificationLabel = nullptr;
    QLineEdit *m_justification = nullptr;
    QCheckBox *m_reReview = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_evidenceHint = nullptr;
    QTableWidget *m_evidenceTable = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rt::ui
