// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AgendaView.h"
#include "AuthorityMapView.h"
#include "AuthorityRepository.h"
#include "Backups.h"
#include "ChecklistView.h"
#include "CommandRunner.h"
#include "CompanyCommands.h"
#include "CompanyDialog.h"
#include "CompanyMatrixModel.h"
#include "CompanyMatrixView.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DevelopmentCommands.h"
#include "DevelopmentDetailPane.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "DevelopmentsBrowser.h"
#include "Error.h"
#include "ExchangeImporter.h"
#include "FilterBar.h"
#include "HelpMenu.h"
#include "ImportDialog.h"
#include "InputFile.h"
#include "LazyView.h"
#include "RecentDatabasesMenu.h"
#include "RedlineWindow.h"
#include "Settings.h"
#include "TextSearch.h"
#include "TimelineView.h"
#include "TranslatedCommand.h"
#include "Translations.h"
#include "VersionHistory.h"
#include "WindowDocuments.h"
#include "WorkProgress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace rt::ui {

namespace {

QString lastDirectory()
{
    return core::Settings().folder(core::Settings::Folder::Documents);
}

void rememberDirectory(const QString &file)
{
    core::Settings().setFolder(core::Settings::Folder::Documents, QFileInfo(file).absolutePath());
}

} // namespace

MainWindow::MainWindow(core::Database &db, core::Translations *translations, bool restoreSettings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_translations(translations)
    , m_search(core::TextSearch::forDatabase(db))
    , m_restoreSettings(restoreSettings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // a database to open, or a file to import
    m_undo = new QUndoStack(this);
    createViews();
    // Another window or process saving to the same file shows here within a second.
    m_db.watchOtherWriters(500);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createViewActions();

    const QString defaultContent
        = interfaceLanguage() == core::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    const QString content
        = m_restoreSettings ? core::Settings().contentLanguage(defaultContent) : defaultContent;
    setContent(content == QLatin1StringView("both")     ? Content::Both
                   : content == QLatin1StringView("zh") ? Content::Chinese
                                                        : Content::English);
    setChineseForm(m_restoreSettings ? core::ChineseScript::fromKey(core::Settings().chineseScript())
                                           .value_or(core::ChineseScript::Form::Simplified)
                                     : core::ChineseScript::Form::Simplified);

    connect(m_browser, &DevelopmentsBrowser::shownCountChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &DevelopmentsBrowser::currentDevelopmentChanged, this, &MainWindow::updateActions);
    connect(m_browser, &DevelopmentsBrowser::activated, this, [this](qint64 id) {
        if (id != 0) {
            editDevelopment();
        }
    });
    connect(m_browser, &DevelopmentsBrowser::libraryCountChanged, this, &MainWindow::updateStatus);
    // Every view that follows the shared filter says so in its filter bar, named by the browser.
    connect(m_browser, &DevelopmentsBrowser::filterChanged, this, &MainWindow::updateFilterBars);
    connect(&m_db, &core::Database::changed, this, &MainWindow::updateStatus);
    // "What changed?" from the detail pane (and, in makeChecklist(), from a checklist row flagged for
    // re-review).
    connect(m_browser->detailPane(), &DevelopmentDetailPane::compareRequested, this,
            [this](qint64 id) { showWhatChanged(id); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    try {
        m_role = core::TeamRoles::currentRole(m_db);
    } catch (const core::Error &) {
        m_role = core::TeamRoles::Role::Viewer; // the server decides anyway; offer no edit it would refuse
    }

    resize(1400, 900);
    if (m_restoreSettings) {
        const core::Settings settings;
        restoreGeometry(settings.layout(core::Settings::Layout::MainWindowGeometry));
        restoreState(settings.layout(core::Settings::Layout::MainWindowState));
        m_browser->restoreState(settings.layout(core::Settings::Layout::Browser));
        m_tabs->setCurrentIndex(qBound(0, settings.currentView(), m_tabs->count() - 1));
    }
    retranslate();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this destructor: their last signals must not reach a half-destroyed
    // window.
    m_browser->disconnect(this);
    if (m_checklist) {
        m_checklist->disconnect(this);
    }
    if (m_matrix) {
        m_matrix->disconnect(this);
        m_matrix->model()->disconnect(this);
    }
    if (m_timeline) {
        m_timeline->disconnect(this);
        m_timeline->data().disconnect(this);
    }
    if (m_map) {
        m_map->disconnect(this);
        m_map->data().disconnect(this);
    }
    if (m_agenda) {
        m_agenda->disconnect(this);
    }
    m_tabs->disconnect(this);
    m_undo->disconnect(this);
    m_db.disconnect(this);
}

void MainWindow::createViews()
{
    m_browser = new DevelopmentsBrowser(m_db, *m_search, this);
    m_checklistTab = new LazyView([this] { return makeChecklist(); });
    m_matrixTab = new LazyView([this] { return makeMatrix(); });
    m_timelineTab = new LazyView([this] { return makeTimeline(); });
    m_mapTab = new LazyView([this] { return makeMap(); });
    m_agendaTab = new LazyView([this] { return makeAgenda(); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_checklistTab, QString());
    m_tabs->addTab(m_matrixTab, QString());
    m_tabs->addTab(m_timelineTab, QString());
    m_tabs->addTab(m_mapTab, QString());
    m_tabs->addTab(m_agendaTab, QString());
    setCentralWidget(m_tabs);
}

QWidget *MainWindow::makeChecklist()
{
    m_checklist = new ChecklistView(m_db, m_undo);
    m_checklist->setLanguage(contentLanguage());
    m_checklist->setReadOnly(core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Editor));
    if (m_restoreSettings) {
        m_checklist->restoreState(core::Settings().layout(core::Settings::Layout::Checklist));
    }
    connect(m_checklist, &ChecklistView::summaryChanged, this, &MainWindow::updateStatus);
    connect(m_checklist, &ChecklistView::companyChanged, this, &MainWindow::updateActions);
    connect(m_checklist, &ChecklistView::whatChangedRequested, this, [this](qint64 obligationId) {
        try {
            showWhatChanged(core::VersionHistory(m_db).ofObligation(obligationId).id, obligationId);
        } catch (const core::Error &error) {
            QMessageBox::warning(this, tr("Cannot compare"), error.message());
        }
    });
    return m_checklist;
}

QWidget *MainWindow::makeMatrix()
{
    m_matrix = new CompanyMatrixView(m_db);
    m_matrix->setLanguage(contentLanguage());
    // It counts what the browser's filter lets through, and says so.
    m_matrix->setFilter(m_browser->filter(), *m_search);
    connect(m_browser, &DevelopmentsBrowser::filterChanged, m_matrix,
            [this](const core::DevelopmentFilter &filter) { m_matrix->setFilter(filter, *m_search); });
    connect(m_matrix->filterBar(), &FilterBar::clearRequested, m_browser, &DevelopmentsBrowser::clearFilters);
    // Its status bar counts its own rows and columns, not the browser's developments.
    connect(m_matrix->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_matrix->model(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_matrix, &CompanyMatrixView::checklistRequested, this,
            [this](qint64 companyId, const core::ChecklistFilter &filter) {
                checklist()->showCompany(companyId, filter);
                showView(View::Checklist);
            });
    updateFilterBars();
    return m_matrix;
}

QWidget *MainWindow::makeTimeline()
{
    // The timeline shows what the browser's filter lets through, and both share the selection.
    m_timeline = new TimelineView(m_db, *m_search);
    m_timeline->setContentLanguage(contentLanguage());
    if (m_restoreSettings) {
        m_timeline->restoreSettings();
    }
    m_timeline->data().setFilter(m_browser->filter());
    m_timeline->setSelectedDevelopment(m_browser->currentDevelopment());
    connect(m_browser, &DevelopmentsBrowser::filterChanged, &m_timeline->data(),
            &core::TimelineData::setFilter);
    connect(m_browser, &DevelopmentsBrowser::currentDevelopmentChanged, m_timeline,
            &TimelineView::setSelectedDevelopment);
    connect(m_timeline, &TimelineView::developmentSelected, m_browser,
            &DevelopmentsBrowser::selectDevelopment);
    connect(m_timeline, &TimelineView::developmentActivated, this, [this](qint64 id) {
        m_browser->selectDevelopment(id);
        showView(View::Developments);
    });
    connect(m_timeline, &TimelineView::dateRangeChosen, m_browser, &DevelopmentsBrowser::setDateRange);
    connect(&m_timeline->data(), &core::TimelineData::changed, this, &MainWindow::updateStatus);
    connect(m_timeline->filterBar(), &FilterBar::clearRequested, m_browser,
            &DevelopmentsBrowser::clearFilters);
    updateFilterBars();
    return m_timeline;
}

QWidget *MainWindow::makeMap()
{
    // The map counts what the browser's filter lets through; a click there chooses the filter's authorities.
    m_map = new AuthorityMapView(m_db, *m_search);
    m_map->setContentLanguage(contentLanguage());
    if (m_restoreSettings) {
        m_map->restoreSettings();
    }
    m_map->setFilter(m_browser->filter());
    connect(m_browser, &DevelopmentsBrowser::filterChanged, m_map, &AuthorityMapView::setFilter);
    connect(m_map, &AuthorityMapView::authoritiesChosen, m_browser, &DevelopmentsBrowser::setAuthorityFilter);
    // A click on the map filters every view: the status bar says so (the map itself names the filter and
    // offers to clear it for as long as it holds).
    connect(m_map, &AuthorityMapView::authoritiesChosen, this, [this](const QStringList &codes) {
        statusBar()->showMessage(codes.isEmpty()
                                     ? tr("Developments of every authority are shown again")
                                     : tr("Developments filtered by %1").arg(m_map->authorityNames(codes)),
                                 8000);
    });
    connect(&m_map->data(), &core::AuthorityMapData::changed, this, &MainWindow::updateStatus);
    connect(m_map->filterBar(), &FilterBar::clearRequested, m_browser, &DevelopmentsBrowser::clearFilters);
    updateFilterBars();
    return m_map;
}

QWidget *MainWindow::makeAgenda()
{
    // The agenda follows the filter too; its rows open in the checklist's editor, their checklist or their
    // development.
    m_agenda = new AgendaView(m_db, m_search.get(), m_undo);
    m_agenda->setLanguage(contentLanguage());
    m_agenda->setReadOnly(core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Editor));
    if (m_restoreSettings) {
        m_agenda->restoreState(core::Settings().layout(core::Settings::Layout::Agenda));
    }
    m_agenda->setFilter(m_browser->filter());
    connect(m_browser, &DevelopmentsBrowser::filterChanged, m_agenda, &AgendaView::setFilter);
    connect(m_agenda, &AgendaView::titleChanged, this, [this] {
        m_tabs->setTabText(m_tabs->indexOf(m_agendaTab), m_agenda->title());
        updateStatus();
    });
    connect(m_agenda, &AgendaView::rowEditRequested, this,
            [this](const core::ChecklistRow &row) { checklist()->editRow(row); });
    connect(m_agenda, &AgendaView::checklistRowRequested, this, [this](const core::AssessmentKey &key) {
        checklist()->showCompany(key.companyId, {});
        checklist()->selectRow(key);
        showView(View::Checklist);
    });
    connect(m_agenda, &AgendaView::developmentRequested, this, [this](qint64 id) {
        m_browser->selectDevelopment(id);
        showView(View::Developments);
    });
    m_tabs->setTabText(m_tabs->indexOf(m_agendaTab), m_agenda->title());
    connect(m_agenda->filterBar(), &FilterBar::clearRequested, m_browser, &DevelopmentsBrowser::clearFilters);
    updateFilterBars();
    return m_agenda;
}

LazyView *MainWindow::tab(View view) const
{
    switch (view) {
    case View::Checklist:
        return m_checklistTab;
    case View::Matrix:
        return m_matrixTab;
    case View::Timeline:
        return m_timelineTab;
    case View::Map:
        return m_mapTab;
    case View::Agenda:
        return m_agendaTab;
    case View::Developments:
        break;
    }
    return nullptr;
}

bool MainWindow::isMade(View view) const
{
    const LazyView *place = tab(view);
    return !place || place->isMade();
}

ChecklistView *MainWindow::checklist() const
{
    m_checklistTab->view();
    return m_checklist;
}

CompanyMatrixView *MainWindow::matrix() const
{
    m_matrixTab->view();
    return m_matrix;
}

TimelineView *MainWindow::timeline() const
{
    m_timelineTab->view();
    return m_timeline;
}

AuthorityMapView *MainWindow::authorityMap() const
{
    m_mapTab->view();
    return m_map;
}

AgendaView *MainWindow::agenda() const
{
    m_agendaTab->view();
    return m_agenda;
}

qint64 MainWindow::checklistCompany() const
{
    return m_checklist ? m_checklist->company() : 0;
}

void MainWindow::createActions()
{
    m_newDatabase = new QAction(this);
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabase = new QAction(this);
    m_openDatabase->setShortcut(QKeySequence::Open);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    m_connectDatabase = new QAction(this);
    m_connectDatabase->setObjectName(QStringLiteral("connectDatabaseAction"));
    m_connectDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectDatabase, &QAction::triggered, this, &MainWindow::connectDatabase);
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importExchangeAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importFile);
    m_importReview = new QAction(this);
    m_importReview->setObjectName(QStringLiteral("importReviewAction"));
    m_importReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importReview, &QAction::triggered, this, &MainWindow::importWithReview);
    m_export = new QAction(this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportFile);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        if (close()) {
            Q_EMIT quitRequested();
        }
    });

    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);
    m_new = new QAction(this);
    m_new->setObjectName(QStringLiteral("newDevelopmentAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    connect(m_new, &QAction::triggered, this, &MainWindow::newDevelopment);
    m_edit = new QAction(this);
    m_edit->setObjectName(QStringLiteral("editDevelopmentAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    connect(m_edit, &QAction::triggered, this, &MainWindow::editDevelopment);
    m_delete = new QAction(this);
    m_delete->setObjectName(QStringLiteral("deleteDevelopmentAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteDevelopment);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        showView(View::Developments);
        m_browser->focusSearch();
    });
    m_clearFilters = new QAction(this);
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_clearFilters, &QAction::triggered, m_browser, &DevelopmentsBrowser::clearFilters);

    auto *contentGroup = new QActionGroup(this);
    m_contentEnglish = new QAction(contentGroup);
    m_contentEnglish->setCheckable(true);
    m_contentEnglish->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    m_contentChinese = new QAction(contentGroup);
    m_contentChinese->setCheckable(true);
    m_contentChinese->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    m_contentBoth = new QAction(contentGroup);
    m_contentBoth->setCheckable(true);
    m_contentBoth->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    m_contentEnglish->setObjectName(QStringLiteral("contentEnglishAction"));
    m_contentChinese->setObjectName(QStringLiteral("contentChineseAction"));
    m_contentBoth->setObjectName(QStringLiteral("contentBothAction"));
    connect(contentGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        applyContent();
        if (m_restoreSettings) {
            const QString key = action == m_contentBoth ? QStringLiteral("both")
                : action == m_contentChinese            ? QStringLiteral("zh")
                                                        : QStringLiteral("en");
            core::Settings().setContentLanguage(key);
        }
    });

    // Chinese content as stored or in Traditional characters: remembered, and followed by reports.
    auto *chineseGroup = new QActionGroup(this);
    for (auto form : {core::ChineseScript::Form::Simplified, core::ChineseScript::Form::Taiwan,
                      core::ChineseScript::Form::HongKong}) {
        auto *action = new QAction(chineseGroup);
        action->setCheckable(true);
        action->setData(core::ChineseScript::key(form));
        action->setObjectName(QStringLiteral("chinese_") + core::ChineseScript::key(form));
        connect(action, &QAction::triggered, this, [this, form] {
            if (m_restoreSettings) {
                core::Settings().setChineseScript(core::ChineseScript::key(form));
            }
            setChineseForm(form);
        });
        m_chineseActions.append(action);
    }

    // Each language named in itself, so that anyone finds their own whatever the interface speaks now.
    auto *languageGroup = new QActionGroup(this);
    for (const QString &code : core::Translations::available()) {
        auto *action = new QAction(core::Translations::nativeName(code), languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setChecked(m_translations && m_translations->current() == code);
        connect(action, &QAction::triggered, this, [this, code] { setInterfaceLanguage(code); });
        m_languageActions.append(action);
    }

    m_openDemo = new QAction(this);
    m_openDemo->setObjectName(QStringLiteral("openDemoAction"));
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemoRequested);
    m_backUpNow = new QAction(this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNowAction"));
    connect(m_backUpNow, &QAction::triggered, this, &MainWindow::backUpNow);
    m_restoreBackup = new QAction(this);
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::backupsRequested);
    m_preferences = new QAction(this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    m_documents = new WindowDocuments(m_db, this);
    m_recentMenu = new RecentDatabasesMenu(this);
    connect(m_recentMenu, &RecentDatabasesMenu::databaseChosen, this, &MainWindow::openRequested);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newDatabase, m_openDatabase});
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addActions({m_openDemo, m_connectDatabase});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importReview, m_import, m_export});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_documents->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_backUpNow, m_restoreBackup});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_new, m_edit, m_delete});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_find, m_clearFilters});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);
    m_viewMenu = menuBar()->addMenu(QString());
    m_contentMenu = m_viewMenu->addMenu(QString());
    m_contentMenu->addActions({m_contentEnglish, m_contentChinese, m_contentBoth});
    m_chineseMenu = m_viewMenu->addMenu(QString());
    m_chineseMenu->addActions(m_chineseActions);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageActions);
    m_languageMenu->menuAction()->setVisible(m_translations != nullptr);
    m_helpMenu = new HelpMenu(menuBar(), this);
    m_helpMenu->setDatabase(m_db.path(), m_db.schemaVersion());
    if (m_translations) {
        m_helpMenu->setLanguage(m_translations->current());
    }
    menuBar()->addMenu(m_helpMenu);

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_new, m_edit, m_delete});
    toolBar->addSeparator();
    toolBar->addActions({m_contentEnglish, m_contentChinese, m_contentBoth});
}

void MainWindow::createViewActions()
{
    // The views, one tab each (Ctrl+Shift+1…6).
    auto *views = new QActionGroup(this);
    const auto viewAction = [this, views](const char *name, int n) {
        auto *action = new QAction(views);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, n] { m_tabs->setCurrentIndex(n - 1); });
        return action;
    };
    m_showDevelopments = viewAction("showDevelopmentsAction", 1);
    m_showChecklist = viewAction("showChecklistAction", 2);
    m_showMatrix = viewAction("showMatrixAction", 3);
    m_showTimeline = viewAction("showTimelineAction", 4);
    m_showMap = viewAction("showMapAction", 5);
    m_showAgenda = viewAction("showAgendaAction", 6);
    m_viewMenu->insertActions(
        m_contentMenu->menuAction(),
        {m_showDevelopments, m_showChecklist, m_showMatrix, m_showTimeline, m_showMap, m_showAgenda});
    m_viewMenu->insertSeparator(m_contentMenu->menuAction());
    m_whatChanged = new QAction(this);
    m_whatChanged->setObjectName(QStringLiteral("whatChangedAction"));
    m_whatChanged->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_whatChanged, &QAction::triggered, this, &MainWindow::whatChanged);
    m_viewMenu->insertAction(m_contentMenu->menuAction(), m_whatChanged);
    m_viewMenu->insertSeparator(m_contentMenu->menuAction());

    m_newCompany = new QAction(this);
    m_newCompany->setObjectName(QStringLiteral("newCompanyAction"));
    connect(m_newCompany, &QAction::triggered, this, &MainWindow::newCompany);
    m_editCompany = new QAction(this);
    m_editCompany->setObjectName(QStringLiteral("editCompanyAction"));
    connect(m_editCompany, &QAction::triggered, this, &MainWindow::editCompany);
    m_deleteCompany = new QAction(this);
    m_deleteCompany->setObjectName(QStringLiteral("deleteCompanyAction"));
    connect(m_deleteCompany, &QAction::triggered, this, &MainWindow::deleteCompany);
    m_companyMenu = new QMenu(this);
    m_companyMenu->addActions({m_newCompany, m_editCompany, m_deleteCompany});
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_companyMenu);
}

MainWindow::View MainWindow::currentView() const
{
    for (View view : {View::Checklist, View::Matrix, View::Timeline, View::Map, View::Agenda}) {
        if (m_tabs->currentWidget() == tab(view)) {
            return view;
        }
    }
    return View::Developments;
}

void MainWindow::showView(View view)
{
    LazyView *place = tab(view);
    m_tabs->setCurrentWidget(place ? static_cast<QWidget *>(place) : m_browser);
}

MainWindow::Content MainWindow::content() const
{
    return m_contentBoth->isChecked()   ? Content::Both
        : m_contentChinese->isChecked() ? Content::Chinese
                                        : Content::English;
}

void MainWindow::setContent(Content content)
{
    switch (content) {
    case Content::English:
        m_contentEnglish->setChecked(true);
        break;
    case Content::Chinese:
        m_contentChinese->setChecked(true);
        break;
    case Content::Both:
        m_contentBoth->setChecked(true);
        break;
    }
    applyContent();
}

core::Language MainWindow::interfaceLanguage() const
{
    const QString language
        = m_translations ? m_translations->current() : core::Translations::normalize(QLocale().name());
    return core::Translations::isChinese(language) ? core::Language::Chinese : core::Language::English;
}

core::Language MainWindow::contentLanguage() const
{
    // Side by side, the interface language leads; the checklist and matrix read in that language.
    const Content shown = content();
    return shown == Content::Both   ? interfaceLanguage()
        : shown == Content::Chinese ? core::Language::Chinese
                                    : core::Language::English;
}

void MainWindow::applyContent()
{
    const core::Language language = contentLanguage();
    m_browser->setContentLanguage(language);
    m_browser->setShowBothLanguages(content() == Content::Both);
    if (m_checklist) {
        m_checklist->setLanguage(language);
    }
    if (m_matrix) {
        m_matrix->setLanguage(language);
    }
    if (m_timeline) {
        m_timeline->setContentLanguage(language);
    }
    if (m_map) {
        m_map->setContentLanguage(language);
    }
    if (m_agenda) {
        m_agenda->setLanguage(language);
    }
    updateFilterBars(); // authorities, topics and companies are named in the content language
}

void MainWindow::updateFilterBars()
{
    const QStringList parts = m_browser->filterParts();
    for (FilterBar *bar :
         {m_matrix ? m_matrix->filterBar() : nullptr, m_timeline ? m_timeline->filterBar() : nullptr,
          m_map ? m_map->filterBar() : nullptr, m_agenda ? m_agenda->filterBar() : nullptr}) {
        if (bar) {
            bar->setParts(parts);
        }
    }
}

void MainWindow::retranslate()
{
    // The application's name follows the window's title by itself.
    setWindowTitle(m_db.address().path == core::DatabaseLocation::demoPath()
                       ? tr("%1 (demo data)").arg(m_db.address().displayName())
                       : m_db.address().displayName());
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_contentMenu->setTitle(tr("&Content language"));
    m_languageMenu->setTitle(tr("&Interface language"));
    m_newDatabase->setText(tr("&New database…"));
    m_openDatabase->setText(tr("&Open database…"));
    m_connectDatabase->setText(tr("&Connect to team database…"));
    m_importReview->setText(tr("&Import…"));
    m_import->setText(tr("Import e&xchange file…"));
    m_export->setText(tr("&Export…"));
    m_quit->setText(tr("&Quit"));
    m_new->setText(tr("&New development…"));
    m_edit->setText(tr("&Edit development…"));
    m_delete->setText(tr("&Delete development"));
    m_find->setText(tr("&Find"));
    m_clearFilters->setText(tr("C&lear filters"));
    m_contentEnglish->setText(tr("English"));
    m_contentEnglish->setToolTip(tr("Show titles and texts in English"));
    m_contentChinese->setText(tr("Chinese"));
    m_contentChinese->setToolTip(tr("Show titles and texts in Chinese"));
    m_contentBoth->setText(tr("English and Chinese"));
    m_contentBoth->setIconText(tr("EN + 中文"));
    m_contentBoth->setToolTip(tr("Show titles and texts in English and Chinese side by side"));
    m_openDemo->setText(tr("Open the de&mo"));
    m_openDemo->setToolTip(tr("Example data in a database of its own"));
    m_backUpNow->setText(tr("&Back up now"));
    m_restoreBackup->setText(tr("Res&tore from backup…"));
    const QString teamBackups = tr("A team database is backed up on its server, by its administrator.");
    for (QAction *action : {m_backUpNow, m_restoreBackup}) {
        action->setEnabled(!m_db.isPostgreSQL());
        action->setStatusTip(m_db.isPostgreSQL() ? teamBackups : QString());
    }
    m_chineseMenu->setTitle(tr("Chinese c&haracters"));
    m_chineseActions.at(0)->setText(tr("&Simplified, as stored"));
    m_chineseActions.at(1)->setText(tr("&Traditional, Taiwan standard"));
    m_chineseActions.at(2)->setText(tr("Traditional, &Hong Kong standard"));
    m_tabs->setTabText(m_tabs->indexOf(m_browser), tr("Developments"));
    m_tabs->setTabText(m_tabs->indexOf(m_checklistTab), tr("Checklist"));
    m_tabs->setTabText(m_tabs->indexOf(m_matrixTab), tr("Company matrix"));
    m_tabs->setTabText(m_tabs->indexOf(m_timelineTab), tr("Timeline"));
    m_tabs->setTabText(m_tabs->indexOf(m_mapTab), tr("Authority map"));
    m_tabs->setTabText(m_tabs->indexOf(m_agendaTab), m_agenda ? m_agenda->title() : tr("Agenda"));
    m_showDevelopments->setText(tr("&Developments"));
    m_showChecklist->setText(tr("Check&list"));
    m_showMatrix->setText(tr("Company &matrix"));
    m_showTimeline->setText(tr("&Timeline"));
    m_showMap->setText(tr("&Authority map"));
    m_whatChanged->setText(tr("&What changed?…"));
    m_whatChanged->setToolTip(
        tr("Compare the selected development, or the development of the current checklist "
           "row, with its earlier version (%1)")
            .arg(m_whatChanged->shortcut().toString(QKeySequence::NativeText)));
    m_showAgenda->setText(tr("A&genda"));
    m_preferences->setText(tr("&Preferences…"));
    m_documents->retranslate();
    m_companyMenu->setTitle(tr("Com&pany"));
    m_newCompany->setText(tr("&New company…"));
    m_editCompany->setText(tr("&Edit company…"));
    m_deleteCompany->setText(tr("&Delete company…"));
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolBar->setWindowTitle(tr("Main toolbar"));
    }
    // What the role forbids stays where it is, disabled, and says why.
    const QString notEditor = core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Editor);
    const QString notAdmin = core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Admin);
    const auto explain = [](QAction *action, const QString &whyNot, const QString &toolTip = {}) {
        action->setToolTip(whyNot.isEmpty() ? toolTip : whyNot);
        action->setStatusTip(whyNot);
    };
    explain(m_new, notEditor,
            tr("Create a development (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    explain(m_edit, notEditor,
            tr("Edit the selected development (%1 or Enter)")
                .arg(m_edit->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_delete, m_import, m_importReview}) {
        explain(action, notEditor);
    }
    for (QAction *action : {m_newCompany, m_editCompany, m_deleteCompany}) {
        explain(action, notAdmin);
    }
    if (m_checklist) {
        m_checklist->setReadOnly(notEditor);
    }
    if (m_agenda) {
        m_agenda->setReadOnly(notEditor);
    }
    if (m_db.isPostgreSQL()) {
        m_databaseLabel->setText(
            tr("Team database: %1 — %2 (%3)")
                .arg(m_db.address().displayName(), m_db.actor(), ConnectDialog::roleName(m_role)));
        m_databaseLabel->setToolTip(m_db.path());
    } else {
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
        m_databaseLabel->setToolTip(QString());
    }
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    // The view in front is shown, so it is made (or made now).
    if (currentView() == View::Checklist) {
        m_countLabel->setText(checklist()->summary());
        return;
    }
    if (currentView() == View::Timeline) {
        m_countLabel->setText(
            tr("%Ln development(s) on the timeline", nullptr, timeline()->data().developmentCount()));
        return;
    }
    if (currentView() == View::Agenda) {
        const core::AgendaModel *agenda = this->agenda()->model();
        m_countLabel->setText(tr("%Ln item(s) on the agenda, %1 overdue", nullptr, agenda->itemCount())
                                  .arg(QLocale().toString(agenda->overdueCount())));
        return;
    }
    if (currentView() == View::Matrix) {
        const core::CompanyMatrixModel *model = matrix()->model();
        const int columns = model->columnCount();
        m_countLabel->setText(tr("%1 × %2").arg(tr("%Ln company(ies)", nullptr, model->rowCount()),
                                                model->columns() == core::CompanyMatrixModel::Columns::Topics
                                                    ? tr("%Ln topic(s)", nullptr, columns)
                                                    : tr("%Ln development(s)", nullptr, columns)));
        return;
    }
    if (currentView() == View::Map) {
        m_countLabel->setText(
            tr("%Ln authority(ies) on the map", nullptr, int(authorityMap()->data().nodes().size())));
        return;
    }
    const qint64 total = m_browser->libraryCount();
    const int shown = m_browser->shownCount();
    m_countLabel->setText(shown == total
                              ? tr("%Ln development(s)", nullptr, int(total))
                              : tr("%1 of %Ln development(s) match the filter", nullptr, int(total))
                                    .arg(QLocale().toString(shown)));
}

void MainWindow::updateActions()
{
    const View view = currentView();
    const bool selected = view == View::Developments && m_browser->currentDevelopment() != 0;
    const bool editor = core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Editor).isEmpty();
    const bool admin = core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Admin).isEmpty();
    m_new->setEnabled(view == View::Developments && editor);
    m_edit->setEnabled(selected && editor);
    m_delete->setEnabled(selected && editor);
    m_import->setEnabled(editor);
    m_importReview->setEnabled(editor);
    m_newCompany->setEnabled(admin);
    m_showDevelopments->setChecked(view == View::Developments);
    m_showChecklist->setChecked(view == View::Checklist);
    m_showMatrix->setChecked(view == View::Matrix);
    m_showTimeline->setChecked(view == View::Timeline);
    m_showMap->setChecked(view == View::Map);
    const bool company = checklistCompany() != 0;
    m_whatChanged->setEnabled((view == View::Developments && m_browser->currentDevelopment() != 0)
                              || (view == View::Checklist && company));
    m_showAgenda->setChecked(view == View::Agenda);
    m_documents->updateActions();
    m_editCompany->setEnabled(company && admin);
    m_deleteCompany->setEnabled(company && admin);
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
}

bool MainWindow::run(QUndoCommand *command)
{
    return CommandRunner::push(*m_undo, command, this);
}

void MainWindow::undo()
{
    CommandRunner::undo(*m_undo, this);
}

void MainWindow::redo()
{
    CommandRunner::redo(*m_undo, this);
}

void MainWindow::newCompany()
{
    CompanyDialog dialog(m_db, core::Company(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto *command = new CreateCompanyCommand(m_db, dialog.company());
    if (run(command)) {
        checklist()->setCompany(command->companyId());
        showView(View::Checklist);
    }
}

void MainWindow::editCompany()
{
    const qint64 id = m_checklist ? m_checklist->company() : 0;
    if (id == 0) {
        return;
    }
    try {
        const core::Company before = core::CompanyRepository(m_db).company(id);
        CompanyDialog dialog(m_db, before, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        const core::Company after = dialog.company();
        if (!(after == before)) {
            run(new EditCompanyCommand(m_db, before, after));
        }
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Cannot edit"), error.message());
    }
}

void MainWindow::deleteCompany()
{
    const qint64 id = m_checklist ? m_checklist->company() : 0;
    if (id == 0) {
        return;
    }
    try {
        core::CompanyRepository companies(m_db);
        const QString name = companies.company(id).name.preferring(m_browser->contentLanguage());
        const int assessments = companies.assessmentCount(id);
        if (assessments > 0) {
            const auto answer = QMessageBox::question(
                this, tr("Delete company"),
                tr("Delete “%1” with its %n assessment(s) and their evidence? You can undo this with Edit → "
                   "Undo.",
                   nullptr, assessments)
                    .arg(name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes) {
                return;
            }
        }
        run(new RemoveCompanyCommand(m_db, id));
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Not deleted"), error.message());
    }
}

void MainWindow::newDevelopment()
{
    core::Development blank;
    blank.announced = QDate::currentDate();
    DevelopmentEditor editor(m_db, blank, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    auto *command = new CreateDevelopmentCommand(m_db, editor.development());
    if (run(command)) {
        m_browser->selectDevelopment(command->developmentId());
    }
}

std::optional<core::Development> MainWindow::currentDevelopment() const
{
    const qint64 id = m_browser->currentDevelopment();
    if (id == 0) {
        return std::nullopt;
    }
    core::AuthorityRepository reference(m_db);
    return core::DevelopmentRepository(m_db, reference).load(id);
}

void MainWindow::editDevelopment()
{
    const auto before = currentDevelopment();
    if (!before) {
        return;
    }
    if (const QString why = core::TeamRoles::whyNot(m_role, core::TeamRoles::Role::Editor); !why.isEmpty()) {
        statusBar()->showMessage(why, 5000); // a double click on a row: say why nothing opens
        return;
    }
    DevelopmentEditor editor(m_db, *before, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    const core::Development after = editor.development();
    if (after == *before) {
        return;
    }
    run(new EditDevelopmentCommand(m_db, *before, after));
}

void MainWindow::deleteDevelopment()
{
    const auto development = currentDevelopment();
    if (!development) {
        return;
    }
    const core::Language language = m_browser->contentLanguage();
    const QString title = development->title.preferring(language);
    const auto answer = QMessageBox::question(
        this, tr("Delete development"),
        tr("Delete “%1” with its %n obligation(s)? Assessments of those obligations are deleted too. "
           "You can undo this with Edit → Undo.",
           nullptr, int(development->obligations.size()))
            .arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        run(new RemoveDevelopmentCommand(m_db, development->id, title));
    }
}

void MainWindow::importFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import"), lastDirectory(), tr("RegTracker exchange files (*.json);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    rememberDirectory(file);
    WorkProgress progress(this, tr("Importing %1…").arg(QFileInfo(file).fileName()));
    try {
        const core::ImportSummary summary
            = core::ExchangeImporter(m_db).importFile(file, false, progress.callback());
        progress.finish();
        // An import is not undoable in this version: say so plainly instead of leaving a stale undo history.
        m_undo->clear();
        QMessageBox::information(this, tr("Import finished"),
                                 tr("%1 developments added, %2 updated; %3 companies and %4 assessments "
                                    "imported. An import cannot be undone, so the undo history was cleared.")
                                     .arg(summary.developmentsAdded)
                                     .arg(summary.developmentsUpdated)
                                     .arg(summary.companies)
                                     .arg(summary.assessments));
    } catch (const core::Error &error) {
        progress.finish();
        if (!progress.cancelled()) {
            QMessageBox::warning(this, tr("Nothing was imported"), error.message());
        }
    }
}

void MainWindow::importWithReview()
{
    const QString file = ImportDialog::chooseFile(this);
    if (!file.isEmpty()) {
        reviewImport(file);
    }
}

void MainWindow::reviewImport(const QString &file)
{
    // Never waits on a pipe or reads a device: what InputFile refuses goes to the dialog, which says why.
    QByteArray start;
    try {
        start = core::InputFile::head(file, 512);
    } catch (const core::Error &) {
    }
    bool wrote = false;
    if (core::ImportService::detectFormat(file, start) == core::ImportFormat::Json) {
        wrote = ImportDialog::importExchangeFile(m_db, file, this);
    } else {
        ImportDialog dialog(m_db, file, m_restoreSettings, this);
        connect(&dialog, &ImportDialog::compareRequested, this,
                [this, &dialog](const QString &earlierUid, const core::Development &candidate) {
                    try {
                        RedlineWindow redline(m_db, m_restoreSettings, &dialog);
                        redline.showVersions(core::VersionHistory(m_db).load(earlierUid), candidate);
                        redline.exec();
                    } catch (const core::Error &error) {
                        QMessageBox::warning(&dialog, tr("Cannot compare"), error.message());
                    }
                });
        dialog.exec();
        wrote = dialog.wroteSomething();
    }
    if (wrote) {
        // An import is not undoable: an undo history from before it would act on a database it no longer
        // describes.
        m_undo->clear();
    }
}

void MainWindow::exportFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export"),
                                                      lastDirectory() + QStringLiteral("/regtracker.json"),
                                                      tr("RegTracker exchange files (*.json)"));
    if (file.isEmpty()) {
        return;
    }
    rememberDirectory(file);
    WorkProgress progress(this, tr("Exporting to %1…").arg(QFileInfo(file).fileName()));
    try {
        core::exportDatabase(m_db, file,
                             progress.callback()); // the file stays as it was unless all is written
        progress.finish();
    } catch (const core::Error &error) {
        progress.finish();
        if (!progress.cancelled()) {
            QMessageBox::warning(this, tr("Not exported"), error.message());
        }
    }
}

void MainWindow::openDatabase()
{
    Q_EMIT openFileRequested();
}

void MainWindow::connectDatabase()
{
    Q_EMIT connectRequested();
}

void MainWindow::setRole(core::TeamRoles::Role role)
{
    m_role = role;
    retranslate(); // the status bar names the role, and what it forbids says why
}

void MainWindow::newDatabase()
{
    Q_EMIT newDatabaseRequested();
}

void MainWindow::backUpNow()
{
    try {
        core::Backups backups(m_db.address().path);
        const QString file = backups.backUp(m_db);
        backups.prune(core::Settings().backupsToKeep());
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 8000);
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Not backed up"), error.message());
    }
}

void MainWindow::setChineseForm(core::ChineseScript::Form form)
{
    for (QAction *action : std::as_const(m_chineseActions)) {
        action->setChecked(action->data().toString() == core::ChineseScript::key(form));
    }
    m_browser->setChineseForm(form);
}

void MainWindow::setInterfaceLanguage(const QString &language)
{
    if (!m_translations || m_translations->current() == language) {
        return;
    }
    m_translations->install(language); // every widget receives QEvent::LanguageChange and retranslates
    m_helpMenu->setLanguage(language);
    core::Settings().setLanguage(language);
    if (content() == Content::Both) {
        applyContent(); // the new interface language leads
    }
}

void MainWindow::whatChanged()
{
    if (currentView() == View::Checklist) {
        checklist()->requestWhatChanged();
    } else if (m_browser->currentDevelopment() != 0) {
        showWhatChanged(m_browser->currentDevelopment());
    }
}

RedlineWindow *MainWindow::showWhatChanged(qint64 developmentId, qint64 focusObligation)
{
    try {
        const core::Development development = core::VersionHistory(m_db).load(developmentId);
        auto *window = new RedlineWindow(m_db, m_restoreSettings, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!window->showDevelopment(development, focusObligation)) {
            delete window;
            QMessageBox::information(
                this, tr("Nothing to compare"),
                tr("“%1” has no earlier or later version, and it has not been changed since "
                   "it was created.")
                    .arg(development.title.preferring(m_browser->contentLanguage())));
            return nullptr;
        }
        connect(window, &RedlineWindow::checklistRequested, this, &MainWindow::showChecklistRows);
        window->show();
        return window;
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Cannot compare"), error.message());
        return nullptr;
    }
}

void MainWindow::showChecklistRows(qint64 companyId, qint64 developmentId)
{
    core::ChecklistFilter filter;
    filter.development = developmentId;
    checklist()->showCompany(companyId, filter);
    showView(View::Checklist);
    raise();
    activateWindow();
}

void MainWindow::showStartupError(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("RegTracker cannot start"), message, QMessageBox::Close);
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = event->mimeData()->urls().value(0).toLocalFile();
    if (file.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // A database is opened (after asking); any other file is offered for import.
    if (core::DatabaseLocation::isSqliteFile(file)) {
        Q_EMIT openRequested(QFileInfo(file).absoluteFilePath());
    } else {
        reviewImport(file);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        TranslatedCommand::retranslate(*m_undo); // the Edit menu names undo steps in the new language
        retranslate();
        updateFilterBars();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_restoreSettings) {
        core::Settings settings;
        settings.setLayout(core::Settings::Layout::MainWindowGeometry, saveGeometry());
        settings.setLayout(core::Settings::Layout::MainWindowState, saveState());
        settings.setLayout(core::Settings::Layout::Browser, m_browser->saveState());
        if (m_checklist) { // otherwise what was remembered stays
            settings.setLayout(core::Settings::Layout::Checklist, m_checklist->saveState());
        }
        if (m_agenda) {
            settings.setLayout(core::Settings::Layout::Agenda, m_agenda->saveState());
        }
        settings.setCurrentView(m_tabs->currentIndex());
    }
    event->accept();
}

} // namespace rt::ui
