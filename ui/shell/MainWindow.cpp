#include "MainWindow.h"

#include "AuthorityMapView.h"
#include "AuthorityRepository.h"
#include "ChecklistView.h"
#include "CommandRunner.h"
#include "CompanyCommands.h"
#include "CompanyDialog.h"
#include "CompanyMatrixView.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DevelopmentCommands.h"
#include "DevelopmentDetailPane.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "DevelopmentsBrowser.h"
#include "Error.h"
#include "ExchangeImporter.h"
#include "ImportDialog.h"
#include "LazyView.h"
#include "Settings.h"
#include "TextSearch.h"
#include "TimelineView.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSaveFile>
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
    m_undo = new QUndoStack(this);
    createViews();
    // Another window or process saving to the same file shows here within a second.
    m_db.watchOtherWriters(500);

    m_countLabel = new QLabel(this);
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

    connect(m_browser, &DevelopmentsBrowser::shownCountChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &DevelopmentsBrowser::currentDevelopmentChanged, this, &MainWindow::updateActions);
    connect(m_browser, &DevelopmentsBrowser::activated, this, [this](qint64 id) {
        if (id != 0) {
            editDevelopment();
        }
    });
    connect(m_browser, &DevelopmentsBrowser::libraryCountChanged, this, &MainWindow::updateStatus);
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
    }
    if (m_timeline) {
        m_timeline->disconnect(this);
        m_timeline->data().disconnect(this);
    }
    if (m_map) {
        m_map->disconnect(this);
        m_map->data().disconnect(this);
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
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browser, QString());
    m_tabs->addTab(m_checklistTab, QString());
    m_tabs->addTab(m_matrixTab, QString());
    m_tabs->addTab(m_timelineTab, QString());
    m_tabs->addTab(m_mapTab, QString());
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
    return m_checklist;
}

QWidget *MainWindow::makeMatrix()
{
    m_matrix = new CompanyMatrixView(m_db);
    m_matrix->setLanguage(contentLanguage());
    connect(m_matrix, &CompanyMatrixView::checklistRequested, this,
            [this](qint64 companyId, const core::ChecklistFilter &filter) {
                checklist()->showCompany(companyId, filter);
                showView(View::Checklist);
            });
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
    connect(&m_map->data(), &core::AuthorityMapData::changed, this, &MainWindow::updateStatus);
    return m_map;
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
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

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

    auto *languageGroup = new QActionGroup(this);
    m_languageEnglish = new QAction(QStringLiteral("English"), languageGroup);
    m_languageEnglish->setCheckable(true);
    m_languageChinese = new QAction(QStringLiteral("中文（简体）"), languageGroup);
    m_languageChinese->setCheckable(true);
    if (m_translations) {
        (m_translations->current() == QLatin1StringView("zh_CN") ? m_languageChinese : m_languageEnglish)
            ->setChecked(true);
    }
    connect(m_languageEnglish, &QAction::triggered, this,
            [this] { setInterfaceLanguage(QStringLiteral("en")); });
    connect(m_languageChinese, &QAction::triggered, this,
            [this] { setInterfaceLanguage(QStringLiteral("zh_CN")); });

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newDatabase, m_openDatabase, m_connectDatabase});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importReview, m_import, m_export});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_new, m_edit, m_delete});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_find, m_clearFilters});
    m_viewMenu = menuBar()->addMenu(QString());
    m_contentMenu = m_viewMenu->addMenu(QString());
    m_contentMenu->addActions({m_contentEnglish, m_contentChinese, m_contentBoth});
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions({m_languageEnglish, m_languageChinese});
    m_languageMenu->menuAction()->setVisible(m_translations != nullptr);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

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
    // The views, one tab each (Ctrl+Shift+1…5).
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
    m_viewMenu->insertActions(m_contentMenu->menuAction(),
                              {m_showDevelopments, m_showChecklist, m_showMatrix, m_showTimeline, m_showMap});
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
    for (View view : {View::Checklist, View::Matrix, View::Timeline, View::Map}) {
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
    return language == QLatin1StringView("zh_CN") ? core::Language::Chinese : core::Language::English;
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
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("RegTracker — %1").arg(m_db.address().displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_contentMenu->setTitle(tr("&Content language"));
    m_languageMenu->setTitle(tr("&Interface language"));
    m_helpMenu->setTitle(tr("&Help"));
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
    m_about->setText(tr("&About RegTracker"));
    m_tabs->setTabText(m_tabs->indexOf(m_browser), tr("Developments"));
    m_tabs->setTabText(m_tabs->indexOf(m_checklistTab), tr("Checklist"));
    m_tabs->setTabText(m_tabs->indexOf(m_matrixTab), tr("Company matrix"));
    m_tabs->setTabText(m_tabs->indexOf(m_timelineTab), tr("Timeline"));
    m_tabs->setTabText(m_tabs->indexOf(m_mapTab), tr("Authority map"));
    m_showDevelopments->setText(tr("&Developments"));
    m_showChecklist->setText(tr("Check&list"));
    m_showMatrix->setText(tr("Company &matrix"));
    m_showTimeline->setText(tr("&Timeline"));
    m_showMap->setText(tr("&Authority map"));
    m_companyMenu->setTitle(tr("&Company"));
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
    const bool company = m_checklist && m_checklist->company() != 0;
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
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::ImportSummary summary = core::ExchangeImporter(m_db).importFile(file);
        QApplication::restoreOverrideCursor();
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
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Nothing was imported"), error.message());
    }
}

void MainWindow::importWithReview()
{
    const QString file = ImportDialog::chooseFile(this);
    if (file.isEmpty()) {
        return;
    }
    QFile head(file);
    const QByteArray start = head.open(QIODevice::ReadOnly) ? head.read(512) : QByteArray();
    bool wrote = false;
    if (core::ImportService::detectFormat(file, start) == core::ImportFormat::Json) {
        wrote = ImportDialog::importExchangeFile(m_db, file, this);
    } else {
        ImportDialog dialog(m_db, file, m_restoreSettings, this);
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QSaveFile out(file);
    const bool ok = out.open(QIODevice::WriteOnly)
        && out.write(core::ExchangeFormat::serialize(core::exportDatabase(m_db))) >= 0 && out.commit();
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Not exported"),
                             tr("Cannot write %1: %2").arg(file, out.errorString()));
    }
}

void MainWindow::openDatabase()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Open database"), lastDirectory(),
                                       tr("RegTracker databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    rememberDirectory(file);
    // Each database gets a window (and process) of its own.
    if (!QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--db"), file})) {
        QMessageBox::warning(this, tr("Cannot open"),
                             tr("RegTracker could not be started for %1.").arg(file));
    }
}

void MainWindow::connectDatabase()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // Like a file, a team database opens in a window (and process) of its own.
    const core::DatabaseAddress address = dialog.connectedAddress();
    if (!ConnectDialog::openInNewProcess(address)) {
        QMessageBox::warning(this, tr("Cannot open"),
                             tr("RegTracker could not be started for %1.").arg(address.toString()));
    }
}

void MainWindow::setRole(core::TeamRoles::Role role)
{
    m_role = role;
    retranslate(); // the status bar names the role, and what it forbids says why
}

void MainWindow::newDatabase()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New database"),
                                                      lastDirectory() + QStringLiteral("/regtracker.sqlite"),
                                                      tr("RegTracker databases (*.sqlite)"));
    if (file.isEmpty()) {
        return;
    }
    rememberDirectory(file);
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(
            this, tr("Not created"),
            tr("%1 already exists. Choose a new file name, or open it with File → Open database.").arg(file));
        return;
    }
    try {
        core::Database::open(file, core::Database::OpenMode::CreateIfMissing);
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Not created"), error.message());
        return;
    }
    QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--db"), file});
}

void MainWindow::setInterfaceLanguage(const QString &language)
{
    if (!m_translations || m_translations->current() == language) {
        return;
    }
    m_translations->install(language); // every widget receives QEvent::LanguageChange and retranslates
    core::Settings().setLanguage(language);
    if (content() == Content::Both) {
        applyContent(); // the new interface language leads
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About RegTracker"),
        tr("<h3>RegTracker %1</h3><p>Tracks regulatory developments and the obligations they create, "
           "per company, in English and Chinese.</p><p>Database: %2<br>Schema version %3</p>")
            .arg(QApplication::applicationVersion(), m_db.path().toHtmlEscaped())
            .arg(m_db.schemaVersion()));
}

void MainWindow::showStartupError(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("RegTracker cannot start"), message, QMessageBox::Close);
    box.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
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
        settings.setCurrentView(m_tabs->currentIndex());
    }
    event->accept();
}

} // namespace rt::ui
