// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "AboutDialog.h"
#include "AgendaView.h"
#include "AssessmentEditor.h"
#include "AuthorityMapView.h"
#include "AuthorityRepository.h"
#include "Backups.h"
#include "BackupsDialog.h"
#include "BrowseSession.h"
#include "ChecklistView.h"
#include "CompanyDialog.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "ConflictDialog.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentsBrowser.h"
#include "DigestDialog.h"
#include "Error.h"
#include "HandbookDialog.h"
#include "HelpMenu.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "RedlineImpact.h"
#include "RedlineView.h"
#include "RedlineWindow.h"
#include "ReferenceNames.h"
#include "ShortcutsDialog.h"
#include "TimelineView.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QMenuBar>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iterator>

namespace rt::ui {

const QSize Screenshot::dialogShotSize(960, 720);
const QSize Screenshot::connectShotSize(680, 440);
const QSize Screenshot::conflictShotSize(860, 520);

namespace {

// What every view's shot works with: the database, the main window as the user left it, and the request.
struct Shot
{
    core::Database &db;
    MainWindow &window;
    QSize size;
    const ScreenshotOptions &options;
};

core::Language interfaceLanguage()
{
    return QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English;
}

// Shows a widget at the size of the shot and grabs it once its events are processed.
QPixmap grabShown(QWidget &widget, const QSize &size)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    return widget.grab();
}

// A dark colour scheme as desktops set it: Fusion draws every part from the palette.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x35, 0x39));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    dark.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x39));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4b));
    QApplication::setPalette(dark);
}

// A high-contrast scheme as desktops set it for low vision: white on black, every edge white, a bright
// highlight, disabled text in green (Windows' "High Contrast Black"); Fusion draws every part from it.
void useHighContrastPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    QPalette contrast(white, black, white, white, white, white, white, black, black);
    contrast.setColor(QPalette::AlternateBase, black);
    contrast.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    contrast.setColor(QPalette::HighlightedText, black);
    contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    contrast.setColor(QPalette::ToolTipBase, black);
    contrast.setColor(QPalette::ToolTipText, white);
    contrast.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    contrast.setColor(QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        contrast.setColor(QPalette::Disabled, role, QColor(0x3f, 0xf2, 0x3f));
    }
    QApplication::setPalette(contrast);
}

void applyRole(MainWindow &window, const QString &role)
{
    if (role.isEmpty()) {
        return;
    }
    const int index = int(Screenshot::roles().indexOf(role));
    if (index < 0) {
        throw core::Error(core::Error::Code::InvalidInput,
                          Screenshot::tr("Unknown role “%1” (roles: %2).")
                              .arg(role, Screenshot::roles().join(QStringLiteral(", "))));
    }
    window.setRole(core::TeamRoles::Role(index)); // the roles' order is TeamRoles::Role's
}

void applyContent(MainWindow &window, const QString &content)
{
    if (content == QLatin1StringView("both")) {
        window.setContent(MainWindow::Content::Both);
    } else if (content == QLatin1StringView("zh")) {
        window.setContent(MainWindow::Content::Chinese);
    } else if (content == QLatin1StringView("en")) {
        window.setContent(MainWindow::Content::English);
    }
}

// The row of the browser to select so that the detail pane shows what people read: the best match of a
// search, otherwise the newest development that states obligations (legal text to read).
int rowToSelect(Shot &shot)
{
    if (!shot.options.search.isEmpty()) {
        return 0;
    }
    core::AuthorityRepository reference(shot.db);
    core::DevelopmentRepository developments(shot.db, reference);
    const DevelopmentsBrowser *browser = shot.window.browser();
    for (int r = 0; r < browser->model()->rowCount(); ++r) {
        const auto d = developments.load(browser->model()->idAt(r));
        if (d && !d->obligations.isEmpty()) {
            return r;
        }
    }
    return 0;
}

// The window as the request describes it: role, content language, size, search and a selected development.
void prepareWindow(Shot &shot)
{
    applyRole(shot.window, shot.options.role);
    applyContent(shot.window, shot.options.content);
    if (const auto form = core::ChineseScript::fromKey(shot.options.chinese)) {
        shot.window.setChineseForm(*form);
    }
    shot.window.resize(shot.size);
    shot.window.show();
    QApplication::processEvents();
    if (!shot.options.search.isEmpty()) {
        shot.window.browser()->setSearchText(shot.options.search);
    }
    // A picture shows the window once everything asked for has been read, never half-read; or, as on
    // starting, as soon as the table shows the developments (render() grabs that one as it is).
    if (shot.options.firstPaint) {
        shot.window.browser()->session()->waitUntilTableShown();
        return;
    }
    shot.window.browser()->session()->waitUntilShown();
    shot.window.browser()->selectRow(rowToSelect(shot));
    QApplication::processEvents();
}

QPixmap browser(Shot &shot)
{
    return shot.window.grab();
}

// Companies × topics, as the window's tab shows them (under the search, when one is asked for).
QPixmap matrix(Shot &shot)
{
    shot.window.showView(MainWindow::View::Matrix);
    QApplication::processEvents();
    return shot.window.grab();
}

// The company with the longest checklist, as the window shows it.
QPixmap checklist(Shot &shot)
{
    ChecklistView *checklist = shot.window.checklist();
    qint64 longest = 0;
    int most = -1;
    for (const core::Company &company : core::CompanyRepository(shot.db).all()) {
        checklist->setCompany(company.id);
        const int rows = checklist->model()->applicableCount();
        if (rows > most) {
            most = rows;
            longest = company.id;
        }
    }
    checklist->setCompany(longest);
    shot.window.showView(MainWindow::View::Checklist);
    QApplication::processEvents();
    return shot.window.grab();
}

// The first checklist row with notes, as a manager sees it after some work.
core::ChecklistRow rowWithNotes(Shot &shot)
{
    ChecklistView *checklist = shot.window.checklist();
    for (const core::Company &company : core::CompanyRepository(shot.db).all()) {
        checklist->setCompany(company.id);
        const core::ChecklistModel &model = *checklist->model();
        for (int g = 0; g < model.groupCount(); ++g) {
            for (const core::ChecklistRow &row : model.groupRows(g)) {
                if (!row.assessment.notes.isEmpty()) {
                    return row;
                }
            }
        }
    }
    throw core::Error(core::Error::Code::NotFound,
                      rt::ui::Screenshot::tr("No checklist row has notes to show."));
}

// That row's editor.
QPixmap assessment(Shot &shot)
{
    AssessmentEditor editor(shot.db, shot.window.undoStack(), rowWithNotes(shot), interfaceLanguage(),
                            QStringList(), &shot.window);
    return grabShown(editor, shot.size);
}

// The form of that row's company.
QPixmap company(Shot &shot)
{
    const core::Company company = core::CompanyRepository(shot.db).company(rowWithNotes(shot).key.companyId);
    CompanyDialog dialog(shot.db, company, &shot.window);
    return grabShown(dialog, shot.size);
}

// The demo's summer of 2025 by authority level, close enough to read each development with its comment
// deadline; the selected development ringed.
QPixmap timeline(Shot &shot)
{
    shot.window.showView(MainWindow::View::Timeline);
    QApplication::processEvents();
    TimelineView *timeline = shot.window.timeline();
    timeline->setLanes(core::TimelineLanes::Level);
    timeline->setUpcoming(false);
    timeline->setVisibleRange(QDate(2025, 6, 25), QDate(2025, 9, 30));
    QApplication::processEvents();
    return shot.window.grab();
}

// Every authority of the demo on the map, fitted to the view, with the edges.
QPixmap map(Shot &shot)
{
    shot.window.showView(MainWindow::View::Map);
    QApplication::processEvents();
    AuthorityMapView *map = shot.window.authorityMap();
    map->setColouring(AuthorityMapView::Colouring::Kind);
    map->setEdgesShown(true);
    map->fitAll();
    QApplication::processEvents();
    return shot.window.grab();
}

// The demo's agenda as a manager saw it on Monday 27 October 2025, a month ahead: rows overdue since the
// end of September first, then the rows due this week and later; the rows of
// the owner with the most open rows are theirs ("mine", in bold, first in each period).
QPixmap agenda(Shot &shot)
{
    shot.window.showView(MainWindow::View::Agenda);
    AgendaView *agenda = shot.window.agenda();
    agenda->setToday(QDate(2025, 10, 27));
    agenda->setHorizon(30);
    QHash<QString, int> open;
    for (const core::AgendaItem &item : core::Agenda::load(shot.db, nullptr, agenda->model()->query())) {
        if (!item.owner().isEmpty()) {
            ++open[item.owner()];
        }
    }
    QString busiest;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (busiest.isEmpty() || it.value() > open.value(busiest)
            || (it.value() == open.value(busiest) && it.key() < busiest)) {
            busiest = it.key();
        }
    }
    agenda->setCurrentUser(busiest);
    QApplication::processEvents();
    return shot.window.grab();
}

// The digest of the month to 20 October 2025 in the demo, as File → Digest… previews it: the rows that fell
// due and those that became overdue.
QPixmap digest(Shot &shot)
{
    DigestDialog dialog(shot.db, interfaceLanguage(), &shot.window);
    dialog.setToday(QDate(2025, 10, 20));
    dialog.setDays(30);
    return grabShown(dialog, shot.size);
}

// A newsletter made of the database's first developments, for an import without a file of its own.
QString writeSampleNewsletter(core::Database &db, const QString &file)
{
    core::AuthorityRepository reference(db);
    core::DevelopmentRepository developments(db, reference);
    QString text = QStringLiteral("RegTracker sample newsletter\n\n");
    int number = 0;
    for (qint64 id : developments.ids()) {
        if (number == 8) {
            break;
        }
        const auto d = developments.load(id);
        if (d && !d->title.en.isEmpty()) {
            ++number;
            text += QString::number(number) + QStringLiteral(". ") + d->title.en + QStringLiteral("\n")
                + d->summary.en + QStringLiteral("\n\n");
        }
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
        throw core::Error(core::Error::Code::Failed,
                          Screenshot::tr("Cannot write the sample newsletter %1.").arg(file));
    }
    return file;
}

// The review of a file, its first item selected and its candidate obligations open, as the dialog opens.
QPixmap import(Shot &shot)
{
    QTemporaryDir scratch;
    const QString file = shot.options.file.isEmpty()
        ? writeSampleNewsletter(shot.db, scratch.filePath(QStringLiteral("sample-newsletter.txt")))
        : shot.options.file;
    ImportDialog dialog(shot.db, file, false, &shot.window);
    dialog.resize(shot.size);
    dialog.show();
    dialog.selectItem(0);
    dialog.tree()->expand(dialog.tree()->model()->index(0, 0));
    QApplication::processEvents();
    return dialog.grab();
}

// The dialog as a colleague fills it in for the team's server, after an attempt that did not reach it: the
// error says what happened and what to check.
QPixmap connect(Shot &shot)
{
    ConnectDialog dialog(&shot.window);
    const auto address = core::DatabaseAddress::parse(
        QStringLiteral("postgresql://mei.lin@tracker.example.org/compliance?sslmode=verify-full"));
    dialog.setAddress(address);
    dialog.showError(
        core::Database::tr("Cannot connect to the team database %1.").arg(address.toString()) + u' '
        + core::Database::tr("The server did not answer. Check the host name and port, the network, and "
                             "that the server is running.")
        + u'\n'
        + core::Database::tr("The server said: %1")
              .arg(QStringLiteral("connection to server at \"tracker.example.org\" (192.0.2.17), port "
                                  "5432 failed: timeout expired")));
    return grabShown(dialog, shot.size);
}

// Saving an edit of the selected development after a colleague saved it: both versions side by side. Nothing
// is written; the colleague's save is made up from the stored development.
QPixmap conflict(Shot &shot)
{
    core::AuthorityRepository reference(shot.db);
    const core::Development stored = core::DevelopmentRepository(shot.db, reference)
                                         .load(shot.window.browser()->currentDevelopment())
                                         .value_or(core::Development());
    core::Development theirs = stored;
    theirs.version = stored.version + 1;
    theirs.effective = stored.announced.addMonths(3);
    theirs.stage = core::Stage::Issued;
    core::Development mine = stored;
    mine.title.en = stored.title.en + QStringLiteral(" (final text)");
    mine.title.zh = stored.title.zh + QStringLiteral("（正式稿）");
    mine.stage = core::Stage::Effective;
    if (!mine.topics.isEmpty()) {
        mine.topics.removeLast();
    }
    ConflictDialog::Versions versions;
    core::ReferenceNames names;
    names.load(shot.db);
    versions.rows = ConflictDialog::differences(mine, theirs, &names);
    versions.changedBy = QStringLiteral("mei.lin");
    versions.changedAt = QDateTime(QDate(2025, 11, 27), QTime(16, 42));
    ConflictDialog dialog(core::DevelopmentService::tr("Somebody else changed this development in the "
                                                       "meantime (version %1 is stored, the edit started "
                                                       "from version %2). Reload it and try again.")
                              .arg(theirs.version)
                              .arg(stored.version),
                          versions, &shot.window);
    return grabShown(dialog, shot.size);
}

// The form as it opens for the selected development.
QPixmap editor(Shot &shot)
{
    core::AuthorityRepository reference(shot.db);
    const auto development
        = core::DevelopmentRepository(shot.db, reference).load(shot.window.browser()->currentDevelopment());
    DevelopmentEditor editor(shot.db, development.value_or(core::Development()), &shot.window);
    return grabShown(editor, shot.size);
}

// The welcome page of a first start, in the interface language.
QPixmap welcome(Shot &shot)
{
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : core::Translations::available()) {
        languages.append({code, core::Translations::nativeName(code)});
    }
    WelcomeDialog dialog(languages,
                         interfaceLanguage() == core::Language::Chinese ? QStringLiteral("zh_CN")
                                                                        : QStringLiteral("en"));
    return grabShown(dialog, shot.size);
}

QPixmap about(Shot &shot)
{
    AboutDialog dialog(shot.db.path(), shot.db.schemaVersion(), &shot.window);
    return grabShown(dialog, shot.size);
}

// The shortcuts of the window's own menus.
QPixmap shortcuts(Shot &shot)
{
    QList<ShortcutsDialog::Group> groups;
    for (const auto &[title, actions] : HelpMenu::shortcutGroups(shot.window.menuBar())) {
        groups.append({title, actions});
    }
    ShortcutsDialog dialog(groups, &shot.window);
    return grabShown(dialog, shot.size);
}

QPixmap handbook(Shot &shot)
{
    HandbookDialog dialog(interfaceLanguage() == core::Language::Chinese ? QStringLiteral("zh_CN")
                                                                         : QStringLiteral("en"),
                          &shot.window);
    return grabShown(dialog, shot.size);
}

// The backups of the database file (one made for the shot when there is none yet).
QPixmap backups(Shot &shot)
{
    const QString path = shot.db.address().path;
    if (core::Backups(path).list().isEmpty()) {
        core::Backups(path).backUp(shot.db);
    }
    BackupsDialog dialog(shot.db, path, &shot.window);
    return grabShown(dialog, shot.size);
}

// "What changed?" for the final version whose changes flag the most checklist rows (in the demo, the price
// rules, where the Chinese text prevails), in the content languages asked for (both when none).
QPixmap redline(Shot &shot)
{
    core::AuthorityRepository reference(shot.db);
    core::DevelopmentRepository developments(shot.db, reference);
    std::optional<core::Development> chosen;
    int most = -1;
    for (qint64 id : developments.ids()) {
        const auto later = developments.load(id);
        if (!later || later->replacesUid.isEmpty()) {
            continue;
        }
        const auto earlier = developments.load(developments.idForUid(later->replacesUid));
        int flagged = 0;
        for (const core::CompanyImpact &company :
             core::RedlineImpact::of(shot.db, core::Redline::compare(*earlier, *later))) {
            flagged += company.flagged();
        }
        if (flagged > most) {
            most = flagged;
            chosen = later;
        }
    }
    if (!chosen) {
        throw core::Error(core::Error::Code::NotFound,
                          Screenshot::tr("No development has an earlier version to compare it with."));
    }
    const QString &content = shot.options.content;
    RedlineWindow redline(shot.db, false, &shot.window);
    redline.view()->setLanguages(content != QLatin1StringView("zh"), content != QLatin1StringView("en"));
    redline.showDevelopment(*chosen);
    return grabShown(redline, shot.size);
}

struct ShotView
{
    const char *name;
    QPixmap (*take)(Shot &shot);
    QSize limit = {}; // dialogs are drawn at most this large; the window at the size asked for
};

// Every view a shot can show, in the order the usage lists them.
// clang-format off: one view a line
const ShotView shotViews[] = {
    {"browser", &browser},
    {"editor", &editor, QSize(1000, 760)},
    {"matrix", &matrix},
    {"checklist", &checklist},
    {"assessment", &assessment, Screenshot::dialogShotSize},
    {"company", &company, Screenshot::dialogShotSize},
    {"timeline", &timeline},
    {"map", &map},
    {"agenda", &agenda},
    {"digest", &digest, QSize(1000, 760)},
    {"import", &import},
    {"connect", &connect, Screenshot::connectShotSize},
    {"conflict", &conflict, Screenshot::conflictShotSize},
    {"redline", &redline},
    {"welcome", &welcome, QSize(640, 560)},
    {"about", &about, QSize(640, 520)},
    {"shortcuts", &shortcuts, QSize(560, 720)},
    {"handbook", &handbook, QSize(960, 700)},
    {"backups", &backups, QSize(800, 460)},
};
// clang-format on

} // namespace

QStringList Screenshot::views()
{
    QStringList names;
    for (const ShotView &view : shotViews) {
        names.append(QString::fromLatin1(view.name));
    }
    return names;
}

QSize Screenshot::pictureSize(const QString &view, const QSize &requested)
{
    for (const ShotView &entry : shotViews) {
        if (view == QLatin1StringView(entry.name)) {
            return entry.limit.isValid() ? requested.boundedTo(entry.limit) : requested;
        }
    }
    return requested;
}

QStringList Screenshot::roles()
{
    return {QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("admin")};
}

void Screenshot::render(core::Database &db, const QString &view, const QSize &size, const QString &outFile,
                        const Options &options)
{
    const auto found = std::find_if(std::begin(shotViews), std::end(shotViews), [&](const ShotView &entry) {
        return view == QLatin1StringView(entry.name);
    });
    if (found == std::end(shotViews)) {
        throw core::Error(core::Error::Code::InvalidInput, tr("Unknown view “%1”.").arg(view));
    }
    if (options.highContrast) {
        useHighContrastPalette();
    } else if (options.dark) {
        useDarkPalette();
    }
    MainWindow window(db, nullptr, false);
    Shot shot{db, window, pictureSize(view, size), options};
    prepareWindow(shot);
    const QPixmap picture = options.firstPaint ? window.grab() : found->take(shot);
    if (qEnvironmentVariableIsSet("RT_REPORT_PAINTED")) {
        // When the window was painted, on the system's monotonic clock: bench_startup times the start up to
        // here, without encoding the picture and ending the process.
        std::fprintf(stderr, "painted %lld\n",
                     static_cast<long long>(std::chrono::steady_clock::now().time_since_epoch().count()));
    }
    if (!picture.save(outFile, "PNG")) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write the picture %1.").arg(outFile));
    }
}

} // namespace rt::ui
