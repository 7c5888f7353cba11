// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What is due across all companies (core::AgendaModel): overdue rows, today, this week, next week and later,
// with filters for the company, the owner (everybody, mine, or a name), the kind of date and the horizon. It
// follows the shared filter of developments and refreshes from the database's change notifications, and
// moves "today" on at midnight.
//
// Keyboard first, as in the checklist: Space ticks the current row (an undoable command on the window's
// stack), Enter opens the row's editor, or the development of a date that is nobody's row; Ctrl+Enter shows a
// row in its checklist. Opening an editor, a checklist or a development is the shell's: the view asks with
// signals.

#include "AgendaModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QTreeView;
class QUndoStack;

namespace rt::core {
class Database;
class TextSearch;
} // namespace rt::core

namespace rt::ui {

class AgendaDelegate;
class FilterBar;

class AgendaView final : public QWidget
{
    Q_OBJECT
public:
    // search reads the shared filter's text and must outlive the view (null: the text is ignored).
    AgendaView(core::Database &db, const core::TextSearch *search, QUndoStack *undoStack,
               QWidget *parent = nullptr);
    ~AgendaView() override;

    core::AgendaModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    // "Agenda", or "Agenda (3)" with the number of overdue rows: the tab's title.
    QString title() const;
    void setLanguage(core::Language language);
    void setFilter(const core::DevelopmentFilter &filter);
    // Says which filter is on (the window names its parts) and offers to clear it.
    FilterBar *filterBar() const { return m_filterBar; }
    // The day the agenda is seen from (screenshots, tests); the view otherwise follows the clock.
    void setToday(const QDate &today);

    void setCompany(qint64 companyId); // 0: every company
    // Empty: everybody's rows; otherwise one person's (mine: currentUser()).
    void setOwner(const QString &owner);
    void showMine();
    void setKinds(core::AgendaKinds kinds);
    void setHorizon(int days); // negative: everything ahead
    // Who "mine" is: the preferences' name or the database's user (the preferences may have changed it), or
    // a name given (screenshots).
    void updateCurrentUser();
    void setCurrentUser(const QString &me);

    const core::AgendaItem *currentItem() const;
    bool selectItem(const QString &uid);
    // Ticks the current row (or unticks a ticked one); nothing for dates that are nobody's row.
    void toggleTick();
    // Enter: the row's editor, or the development of a date.
    void openCurrent();
    // Ctrl+Enter: a row in its checklist, or the development of a date.
    void showCurrentInChecklist();

    // Empty: the user may change checklist rows. Otherwise why not (a viewer): ticking is disabled and says
    // why; rows still open (read-only).
    void setReadOnly(const QString &whyNot);
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void titleChanged();
    void rowEditRequested(const core::ChecklistRow &row);
    void checklistRowRequested(const core::AssessmentKey &key);
    void developmentRequested(qint64 developmentId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadCompanies();
    void reloadOwners();
    void onControlsChanged();
    void updateEmptyState();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void retranslate();
    void fitDateColumn();

    core::Database &m_db;
    QUndoStack *m_undo;
    core::AgendaModel *m_model = nullptr;
    AgendaDelegate *m_delegate = nullptr;
    QString m_restoreAfterReset;
    QString m_readOnly;
    bool m_updatingControls = false;
    bool m_followClock = true;
    core::Language m_language = core::Language::English;

    QLabel *m_companyLabel = nullptr;
    QComboBox *m_companies = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kinds = nullptr;
    QLabel *m_horizonLabel = nullptr;
    QComboBox *m_horizon = nullptr;
    QLabel *m_todayLabel = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTimer *m_clock = nullptr;

    QAction *m_tickAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_checklistAction = nullptr;
    QAction *m_developmentAction = nullptr;
};

} // namespace rt::ui
