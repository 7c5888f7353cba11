// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One company's checklist: a company switcher (Ctrl+1…9), grouping by development or topic, a filter (all,
// open, overdue, assigned to me, changed since a date, and a topic or development scope coming from the
// company matrix), and the tree of obligations with progress per group.
//
// Keyboard first: Space ticks the current row and unticks it back to what it was, Enter opens the row's
// editor, and the context menu changes every selected row at once. Every change is an undoable command on the
// window's stack; the view owns its model and refreshes from the database's change notifications.

#include "BilingualText.h"
#include "ChecklistModel.h"

#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace rt::core {
class Database;
}

namespace rt::ui {

class ChecklistDelegate;

class ChecklistView final : public QWidget
{
    Q_OBJECT
public:
    ChecklistView(core::Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ChecklistView() override;

    qint64 company() const;
    void setCompany(qint64 companyId);
    // Opens a company's checklist with a filter (the company matrix asks for one topic or development).
    void showCompany(qint64 companyId, const core::ChecklistFilter &filter);
    core::ChecklistFilter filter() const { return m_model->filter(); }
    void setFilter(const core::ChecklistFilter &filter);
    void setGrouping(core::ChecklistGrouping grouping);

    core::Language language() const { return m_language; }
    void setLanguage(core::Language language);

    // "12 of 40 done · 3 overdue", for the status bar.
    QString summary() const;

    // The rows the context menu and Space act on.
    QList<core::ChecklistRow> selectedRows() const;
    const core::ChecklistRow *currentRow() const;
    void selectRow(const core::AssessmentKey &key);

    // Ticks the current row, or unticks it back to its earlier status and result when it is ticked.
    void toggleTick();
    // The same edit on every selected row, as one undo step; false when nothing was changed.
    // commandName makes the undo entry's name in the interface language (it is made again on a switch).
    bool applyToSelection(const core::AssessmentEdit &edit, const std::function<QString()> &commandName);
    // Opens the editor of the current row and saves what the user changed.
    void editCurrentRow();
    // The same for any company's row (the agenda's), whichever company the view shows.
    void editRow(const core::ChecklistRow &row);
    void showChangesSince();
    // Asks for the redline of the current row's development against its earlier version, when a later
    // version flagged the row for re-review ("What changed?").
    void requestWhatChanged();
    // Asks which obligations to add to the checklist by hand, and adds them (undoable).
    void addObligations();

    // Empty: the user may change the checklist. Otherwise why not (a viewer of a team database): every change
    // is disabled and says so, rows open read-only, and the view still follows changes made by others.
    void setReadOnly(const QString &whyNot);
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    core::ChecklistModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void summaryChanged();
    void companyChanged(qint64 companyId);
    // The redline that flagged this obligation's rows for re-review is wanted (the shell opens it).
    void whatChangedRequested(qint64 obligationId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void reloadCompanies();
    void onCompanyIndexChanged();
    void onFilterControlsChanged();
    void updateFilterControls();
    void updateScopeChip();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);
    void updateActions();
    QStringList knownOwners() const;
    QString rowTitle(const core::ChecklistRow &row) const;
    bool run(const QList<core::ChecklistRow> &rows, const core::AssessmentEdit &edit,
             const std::function<QString()> &name);
    void setOwner();
    void setDueDate();
    void markNotApplicable();
    void retranslate();

    core::Database &m_db;
    QUndoStack *m_undo;
    core::Language m_language = core::Language::English;
    core::ChecklistModel *m_model = nullptr;
    ChecklistDelegate *m_delegate = nullptr;
    core::AssessmentKey m_restoreAfterReset;
    bool m_updatingControls = false;
    QString m_readOnly;

    QLabel *m_companyLabel = nullptr;
    QComboBox *m_companies = nullptr;
    QLabel *m_groupingLabel = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_me = nullptr;
    QDateEdit *m_since = nullptr;
    QToolButton *m_scopeChip = nullptr;
    QPushButton *m_changesButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;

    QMenu *m_statusMenu = nullptr;
    QMenu *m_resultMenu = nullptr;
    QAction *m_tickAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_setOwnerAction = nullptr;
    QAction *m_setDueAction = nullptr;
    QAction *m_clearDueAction = nullptr;
    QAction *m_notApplicableAction = nullptr;
    QAction *m_applicableAction = nullptr;
    QAction *m_changesAction = nullptr;
    QAction *m_whatChangedAction = nullptr;
    QAction *m_addAction = nullptr;
    QList<QAction *> m_statusActions;
    QList<QAction *> m_resultActions;
};

} // namespace rt::ui
