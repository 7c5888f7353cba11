// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application window: menus, status bar and the views (developments browser, checklist, company matrix,
// timeline, authority map, agenda) in tabs, wired to one open database. It owns the undo stack; every change
// goes through an undoable command that calls a core service. It watches the database file, so that changes
// saved by another window show here. A view other than the browser is made when its tab is first shown (or
// someone asks for it), so that a view nobody looks at reads nothing.

#include "ChineseScript.h"
#include "Development.h"
#include "TeamRoles.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoCommand;
class QUndoStack;

namespace rt::core {
class Database;
class Translations;
class TextSearch;
} // namespace rt::core

namespace rt::ui {

class AgendaView;
class AuthorityMapView;
class ChecklistView;
class CompanyMatrixView;
class DevelopmentsBrowser;
class HelpMenu;
class RecentDatabasesMenu;
class RedlineWindow;
class LazyView;
class TimelineView;
class WindowDocuments;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // translations may be null (screenshots): the interface language menu is then hidden. Opening another
    // database is the workspace's: the window asks for it with the signals below.
    // With restoreSettings false the window ignores remembered geometry and choices (reproducible
    // screenshots).
    MainWindow(core::Database &db, core::Translations *translations, bool restoreSettings = true,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class View { Developments, Checklist, Matrix, Timeline, Map, Agenda };
    // How developments read: in English, in Chinese, or both side by side (the interface language first).
    enum class Content { English, Chinese, Both };

    DevelopmentsBrowser *browser() const { return m_browser; }
    // Each made now if it was not yet.
    ChecklistView *checklist() const;
    CompanyMatrixView *matrix() const;
    TimelineView *timeline() const;
    AuthorityMapView *authorityMap() const;
    AgendaView *agenda() const;
    // Whether the view was made (shown or asked for).
    bool isMade(View view) const;
    // The company the checklist shows (0 while it shows none or was not made yet).
    qint64 checklistCompany() const;
    // The language developments read in (the interface language when both are shown).
    core::Language contentLanguage() const;
    WindowDocuments *documents() const { return m_documents; }
    View currentView() const;
    void showView(View view);
    Content content() const;
    void setContent(Content content);
    // Chinese content as stored or in Traditional characters (View → Chinese characters).
    void setChineseForm(core::ChineseScript::Form form);
    QUndoStack *undoStack() const { return m_undo; }

    // What the user may do in this database (TeamRoles::currentRole when the window opens). What the role
    // forbids stays visible but disabled, and says why; the views still follow every change.
    core::TeamRoles::Role role() const { return m_role; }
    void setRole(core::TeamRoles::Role role);

    // "What changed?": opens the redline of a development against its earlier (or later) version, or against
    // its state before its last save, scrolled to an obligation when one is given. Returns the window, null
    // (after saying why) when there is nothing to compare.
    RedlineWindow *showWhatChanged(qint64 developmentId, qint64 focusObligation = 0);

    // For errors before any window exists (the database could not be opened).
    static void showStartupError(const QString &message);
    // Reviews the import of a file (the import dialog, or the exchange import's question).
    void reviewImport(const QString &file);

Q_SIGNALS:
    void openRequested(const QString &address); // a recent or dropped database
    void openFileRequested();
    void newDatabaseRequested();
    void openDemoRequested();
    void connectRequested();
    void backupsRequested();
    void preferencesRequested();
    void quitRequested(); // File → Quit: also when closing the window would leave RegTracker in the tray

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    QWidget *makeChecklist();
    QWidget *makeMatrix();
    QWidget *makeTimeline();
    QWidget *makeMap();
    QWidget *makeAgenda();
    LazyView *tab(View view) const;
    void createActions();
    void createViewActions();
    void retranslate();
    void updateStatus();
    void updateActions();
    void updateFilterBars();
    std::optional<core::Development> currentDevelopment() const;
    void newDevelopment();
    void editDevelopment();
    void deleteDevelopment();
    void newCompany();
    void editCompany();
    void deleteCompany();
    void importFile();
    void importWithReview();
    void exportFile();
    void openDatabase();
    void connectDatabase();
    void newDatabase();
    void undo();
    void redo();
    void setInterfaceLanguage(const QString &language);
    core::Language interfaceLanguage() const;
    void applyContent();
    void backUpNow();
    void whatChanged();
    void showChecklistRows(qint64 companyId, qint64 developmentId);
    // Runs an undoable command; reports a core error instead of letting it escape the event loop.
    bool run(QUndoCommand *command);

    core::Database &m_db;
    core::Translations *m_translations;
    std::unique_ptr<core::TextSearch> m_search;
    bool m_restoreSettings;
    core::TeamRoles::Role m_role = core::TeamRoles::Role::Admin;
    DevelopmentsBrowser *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    LazyView *m_checklistTab = nullptr;
    LazyView *m_matrixTab = nullptr;
    LazyView *m_timelineTab = nullptr;
    LazyView *m_mapTab = nullptr;
    LazyView *m_agendaTab = nullptr;
    ChecklistView *m_checklist = nullptr;
    CompanyMatrixView *m_matrix = nullptr;
    TimelineView *m_timeline = nullptr;
    AuthorityMapView *m_map = nullptr;
    AgendaView *m_agenda = nullptr;
    WindowDocuments *m_documents = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_contentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_chineseMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    RecentDatabasesMenu *m_recentMenu = nullptr;
    QMenu *m_companyMenu = nullptr;
    QAction *m_showDevelopments = nullptr;
    QAction *m_showChecklist = nullptr;
    QAction *m_showMatrix = nullptr;
    QAction *m_showTimeline = nullptr;
    QAction *m_showMap = nullptr;
    QAction *m_whatChanged = nullptr;
    QAction *m_showAgenda = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_newCompany = nullptr;
    QAction *m_editCompany = nullptr;
    QAction *m_deleteCompany = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_connectDatabase = nullptr;
    QAction *m_import = nullptr;
    QAction *m_importReview = nullptr;
    QAction *m_export = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_contentEnglish = nullptr;
    QAction *m_contentChinese = nullptr;
    QAction *m_contentBoth = nullptr;
    QList<QAction *> m_languageActions; // data: the language code
    QList<QAction *> m_chineseActions; // data: the ChineseScript key
    QAction *m_openDemo = nullptr;
    QAction *m_backUpNow = nullptr;
    QAction *m_restoreBackup = nullptr;
};

} // namespace rt::ui
