// SPDX-License-Identifier: GPL-3.0-or-later
// The whole interface walked as a new user would, in Chinese and in English, found by enumeration rather than
// a hand-kept list: every tab of the main window, every menu and submenu of its menu bar, every action's text
// and tool tip, and the dialogs and windows the actions open. It fails on text in the other language, on a
// mnemonic used twice in one menu, menu bar or dialog, on an interactive widget without an accessible name
// (or, where it has a tool tip, without an accessible description; so too for the items of a view),
// and on sibling widgets that overlap in a dialog. Each place it visits is saved as a PNG, and a summary line
// counts what it saw.

#include "BrowserSupport.h"
#include "TestSupport.h"

#include "DatabaseLocation.h"
#include "DateText.h"
#include "DevelopmentsBrowser.h"
#include "ExchangeImporter.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <KAboutData>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSet>
#include <QSplitterHandle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace rt;

namespace {

// Latin words a Chinese interface keeps: names, formats and key names (codes in capitals are kept anyway).
const QSet<QString> &latinAllowed()
{
    static const QSet<QString> words{
        QStringLiteral("RegTracker"), QStringLiteral("SQLite"),    QStringLiteral("PostgreSQL"),
        QStringLiteral("Markdown"),   QStringLiteral("iCalendar"), QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),      QStringLiteral("Alt"),       QStringLiteral("Meta"),
        QStringLiteral("Enter"),      QStringLiteral("Return"),    QStringLiteral("Esc"),
        QStringLiteral("Space"),      QStringLiteral("Tab"),       QStringLiteral("Del"),
        QStringLiteral("Ins"),        QStringLiteral("Home"),      QStringLiteral("End"),
        QStringLiteral("PgUp"),       QStringLiteral("PgDown"),    QStringLiteral("Backspace"),
        QStringLiteral("Insert"),     QStringLiteral("Qt"),
    };
    return words;
}

bool isHan(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

// What a reader sees of a text: without mnemonic marks, HTML, placeholders, file names, paths, addresses.
QString visible(QString text)
{
    if (Qt::mightBeRichText(text)) {
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    }
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)"));
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    // Paths, file names, web and mail addresses: anything with a slash, a backslash, an @ or a dot between
    // letters, and database addresses.
    static const QRegularExpression names(QStringLiteral("\\S*[/\\\\@]\\S*|\\S+\\.[A-Za-z]\\w*\\S*"));
    text.remove(chineseMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QChar(1), u'&');
    text.remove(placeholder);
    text.remove(names);
    return text;
}

// The key of a mnemonic in a text ("&File" → 'F'), or a null character.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
            } else {
                return text.at(i + 1).toUpper();
            }
        }
    }
    return {};
}

QString plainName(QString text)
{
    text.remove(u'&');
    return text.simplified();
}

// A file name for a place.
QString fileName(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(unsafe, QStringLiteral("-")).left(60);
}

// Qt's own dialogs (file, print, colour…): their wording comes from Qt's catalogue and their widgets from Qt,
// so only their language and mnemonics are RegTracker's business.
bool isQtDialog(const QWidget *widget)
{
    const QString name = QString::fromLatin1(widget->metaObject()->className());
    return name.startsWith(u'Q') && !name.contains(QStringLiteral("::"));
}

class Walk
{
public:
    Walk(const QString &language, const QString &folder)
        : m_chinese(core::Translations::isChinese(language))
        , m_folder(folder)
    {
        QDir().mkpath(folder);
    }

    int windows = 0;
    int tabs = 0;
    int menus = 0;
    int actions = 0;
    int dialogs = 0;
    int tooltips = 0;
    int contextMenus = 0;
    int shots = 0;
    QStringList findings;
    // Names and content shown as they are in either language: the database user and file, the program's name,
    // the titles of developments, the names of companies and authorities (longest first).
    QStringList names;

    void addContent(core::Database &db)
    {
        const core::ExchangeDocument content = core::exportDatabase(db);
        const auto add = [this](const core::BilingualText &text) {
            for (const QString &name : {text.en, text.zh}) {
                if (!name.trimmed().isEmpty()) {
                    names.append(name);
                }
            }
        };
        for (const core::Development &development : content.developments) {
            add(development.title);
        }
        for (const core::Company &company : content.companies) {
            add(company.name);
        }
        for (const core::Authority &authority : content.authorities) {
            add(authority.name);
        }
        for (const core::Assessment &assessment : content.assessments) {
            add({assessment.owner, {}});
        }
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    void finding(const QString &where, const QString &what)
    {
        findings.append(where + QStringLiteral(": ") + what);
    }

    // Interface text in the wrong language.
    void checkText(const QString &where, const QString &text)
    {
        QString seen = visible(text);
        for (const QString &name : std::as_const(names)) {
            seen.remove(name);
        }
        if (m_chinese) {
            static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
            for (auto it = word.globalMatch(seen); it.hasNext();) {
                const QString w = it.next().captured();
                if (w.size() > 1 && w != w.toUpper() && !latinAllowed().contains(w)) {
                    finding(where, QStringLiteral("English in the Chinese interface: “%1”").arg(text));
                    return;
                }
            }
        } else {
            QString rest = seen;
            rest.remove(QStringLiteral("中文")); // "EN + 中文": a language named in itself
            if (std::any_of(rest.cbegin(), rest.cend(), isHan)) {
                finding(where, QStringLiteral("Chinese in the English interface: “%1”").arg(text));
            }
        }
    }

    void checkToolTip(const QString &where, const QString &toolTip)
    {
        if (!toolTip.isEmpty()) {
            ++tooltips;
            checkText(where + QStringLiteral(" (tool tip)"), toolTip);
        }
    }

    // Mnemonics used twice among texts (in one menu, menu bar or window).
    void checkMnemonics(const QString &where, const QList<std::pair<QString, QString>> &texts)
    {
        QHash<QChar, QString> seen;
        for (const auto &[owner, text] : texts) {
            const QChar key = mnemonic(text);
            if (key.isNull()) {
                continue;
            }
            if (seen.contains(key)) {
                finding(where,
                        QStringLiteral("Alt+%1 used twice: “%2” and “%3”").arg(key, seen.value(key), owner));
            } else {
                seen.insert(key, owner);
            }
        }
    }

    void shot(QWidget *widget, const QString &name)
    {
        const QString file = QDir(m_folder).filePath(
            QStringLiteral("%1-%2.png").arg(++shots, 3, 10, QLatin1Char('0')).arg(fileName(name)));
        if (!widget->grab().save(file)) {
            finding(name, QStringLiteral("cannot save %1").arg(file));
        }
    }

    // A menu and its submenus: shown, titles, texts, tool tips and mnemonics.
    // shown: the menu is open already (a context menu); otherwise it is opened here and closed again.
    void visitMenu(QMenu *menu, const QString &path, bool shown = false)
    {
        ++menus;
        checkText(path, menu->title());
        if (!shown) {
            menu->popup(QPoint(10, 10)); // fills menus made when shown (Open Recent)
            QTest::qWait(20);
        }
        shot(menu, QStringLiteral("menu ") + path);
        QList<std::pair<QString, QString>> texts;
        const QList<QAction *> entries = menu->actions();
        for (QAction *action : entries) {
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            texts.append({plainName(action->text()), action->text()});
            if (action->menu()) {
                continue;
            }
            ++actions;
            const QString where = path + QStringLiteral(" → ") + plainName(action->text());
            // The interface-language menu names each language in itself, on purpose.
            if (!action->objectName().startsWith(QStringLiteral("language_"))) {
                checkText(where, action->text());
                checkText(where, action->iconText());
                checkText(where + QStringLiteral(" (status tip)"), action->statusTip());
                checkToolTip(where, action->toolTip());
            }
        }
        checkMnemonics(path, texts);
        if (!shown) {
            menu->close();
        }
        for (QAction *action : entries) {
            if (action->menu() && action->isVisible()) {
                visitMenu(action->menu(), path + QStringLiteral(" → ") + plainName(action->text()));
            }
        }
    }

    // The visible widgets of a window (or of the page in front): language, accessible names, mnemonics and,
    // in dialogs, overlaps. The menu bar's mnemonics count with the window's.
    void visitWindow(QWidget *window, const QString &where)
    {
        const bool qtDialog = isQtDialog(window);
        QList<std::pair<QString, QString>> texts;
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *action : main->menuBar()->actions()) {
                if (action->isVisible()) {
                    texts.append({QStringLiteral("menu ") + plainName(action->text()), action->text()});
                }
            }
        } else {
            checkText(where + QStringLiteral(" (title)"), window->windowTitle());
        }
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->window() != window) {
                continue;
            }
            const QString name = where + QStringLiteral(" / ") + describe(widget);
            checkToolTip(name, widget->toolTip());
            checkText(name + QStringLiteral(" (accessible name)"), widget->accessibleName());
            checkText(name + QStringLiteral(" (accessible description)"), widget->accessibleDescription());
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                checkText(name, label->text());
                if (label->buddy()) {
                    texts.append({plainName(label->text()), label->text()});
                }
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                checkText(name, button->text());
                texts.append({plainName(button->text()), button->text()});
            } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
                checkText(name, box->title());
                texts.append({plainName(box->title()), box->title()});
            } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < bar->count(); ++i) {
                    checkText(name, bar->tabText(i));
                    checkToolTip(name, bar->tabToolTip(i));
                    texts.append({plainName(bar->tabText(i)), bar->tabText(i)});
                }
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                checkText(name + QStringLiteral(" (placeholder)"), edit->placeholderText());
            } else if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
                checkText(name, dock->windowTitle());
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                if (auto *table = qobject_cast<QTableView *>(view)) {
                    checkHeader(name, table->horizontalHeader());
                }
            }
            if (!qtDialog) {
                checkAccessibleName(name, widget);
            }
        }
        checkMnemonics(where, texts);
        if (!qtDialog && qobject_cast<QDialog *>(window)) {
            checkOverlaps(where, window);
        }
        shot(window, where);
    }

    // A dialog or window opened by an action: visited, then closed as a user who changes nothing would.
    void visitDialog(QWidget *dialog, const QString &action)
    {
        ++(qobject_cast<QDialog *>(dialog) ? dialogs : windows);
        const QString where = action + QStringLiteral(" ⇒ ")
            + (dialog->windowTitle().isEmpty() ? dialog->objectName() : dialog->windowTitle());
        visitWindow(dialog, where);
        // Every page of its tabs, each visited as the user would see it.
        for (QTabWidget *pages : dialog->findChildren<QTabWidget *>()) {
            if (!pages->isVisible() || isQtDialog(dialog)) {
                continue;
            }
            const int shown = pages->currentIndex();
            for (int page = 0; page < pages->count(); ++page) {
                if (page != shown && pages->isTabEnabled(page)) {
                    pages->setCurrentIndex(page);
                    QApplication::processEvents();
                    visitWindow(dialog, where + QStringLiteral(" / ") + plainName(pages->tabText(page)));
                }
            }
            pages->setCurrentIndex(shown);
        }
    }

private:
    static QString describe(const QWidget *widget)
    {
        QString text;
        if (auto *label = qobject_cast<const QLabel *>(widget)) {
            text = label->text();
        } else if (auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            text = button->text();
        } else if (auto *box = qobject_cast<const QGroupBox *>(widget)) {
            text = box->title();
        }
        QString name = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty()) {
            name += u' ' + widget->objectName();
        }
        if (!text.isEmpty()) {
            name += QStringLiteral(" “") + plainName(text).left(40) + QStringLiteral("”");
        }
        return name;
    }

    void checkHeader(const QString &where, const QHeaderView *header)
    {
        if (header->isHidden()) {
            return;
        }
        for (int section = 0; section < header->count(); ++section) {
            if (!header->isSectionHidden(section)) {
                checkText(where + QStringLiteral(" (header)"),
                          header->model()->headerData(section, header->orientation()).toString());
            }
        }
    }

    // Whether a screen reader can name what the widget is: its accessible name, its text or a buddy label.
    void checkAccessibleName(const QString &where, QWidget *widget)
    {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget))
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || (qobject_cast<QAbstractSlider *>(widget) && !qobject_cast<QScrollBar *>(widget));
        if (!interactive || widget->objectName().startsWith(QStringLiteral("qt_"))) {
            return;
        }
        // The parts of a compound widget are named by the whole (the line edit of a spin box or combo box,
        // the scroll buttons of a tab bar, the corner button of a table).
        const QWidget *parent = widget->parentWidget();
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QAbstractItemView *>(parent)) {
            return;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            finding(where, QStringLiteral("no accessible name"));
        }
        // What a tool tip tells a reader who points is told to a listener as the description.
        if (accessible && !widget->toolTip().trimmed().isEmpty()
            && accessible->text(QAccessible::Description).trimmed().isEmpty()) {
            finding(where, QStringLiteral("a tool tip but no accessible description"));
        }
        // So too for the items of a view: the cells of its first row.
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        QAccessibleTableInterface *table = accessible ? accessible->tableInterface() : nullptr;
        if (view && view->model() && table && table->rowCount() > 0) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QModelIndex index = view->model()->index(0, column, view->rootIndex());
                QAccessibleInterface *cell = table->cellAt(0, column);
                // (A tool tip that only repeats the name, as for a cut-off text, needs no description.)
                const QString tip = index.data(Qt::ToolTipRole).toString().trimmed();
                if (cell && !tip.isEmpty() && tip != cell->text(QAccessible::Name).trimmed()
                    && cell->text(QAccessible::Description).trimmed().isEmpty()) {
                    finding(where,
                            QStringLiteral("item (0, %1) has a tool tip but no accessible description")
                                .arg(column));
                }
            }
        }
    }

    // Visible siblings whose rectangles overlap (layouts never do that; a widget placed by hand may).
    void checkOverlaps(const QString &where, QWidget *parent)
    {
        if (qobject_cast<QAbstractScrollArea *>(parent) || qobject_cast<QComboBox *>(parent)
            || qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QTabBar *>(parent)
            || qobject_cast<QToolBar *>(parent)) {
            return; // their parts are theirs to place
        }
        QList<QWidget *> shown;
        for (QObject *child : parent->children()) {
            auto *widget = qobject_cast<QWidget *>(child);
            if (widget && widget->isVisible() && !widget->isWindow()
                && !qobject_cast<QSplitterHandle *>(widget)) {
                shown.append(widget);
            }
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                if (shown.at(i)->geometry().intersects(shown.at(j)->geometry())) {
                    finding(
                        where,
                        QStringLiteral("%1 overlaps %2").arg(describe(shown.at(i)), describe(shown.at(j))));
                }
            }
            checkOverlaps(where, shown.at(i));
        }
    }

    bool m_chinese;
    QString m_folder;
};

// The actions of a menu bar, its menus and their submenus.
QList<QAction *> menuActions(const QList<QAction *> &entries)
{
    QList<QAction *> all;
    for (QAction *action : entries) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        if (action->menu()) {
            all += menuActions(action->menu()->actions());
        } else {
            all.append(action);
        }
    }
    return all;
}

// Why an action is not triggered: what it would do cannot be undone by closing a dialog, or leaves the walk.
QString skipped(const QAction *action)
{
    if (action->menuRole() == QAction::QuitRole) {
        return QStringLiteral("quits");
    }
    if (action->objectName().startsWith(QStringLiteral("language_"))) {
        return QStringLiteral("switches the language under test (the switched row walks that)");
    }
    if (action->objectName() == QLatin1StringView("deleteCompanyAction")) {
        return QStringLiteral("deletes without asking when the company has no assessments");
    }
    return {};
}

QSet<QWidget *> topLevels()
{
    QSet<QWidget *> shown;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && !qobject_cast<QMenu *>(widget) && !widget->inherits("QTipLabel")
            && !widget->windowFlags().testFlag(Qt::ToolTip)) {
            shown.insert(widget);
        }
    }
    return shown;
}

void dismiss(QWidget *window)
{
    if (auto *box = qobject_cast<QMessageBox *>(window)) {
        if (box->escapeButton()) {
            box->escapeButton()->click();
            return;
        }
    }
    if (auto *dialog = qobject_cast<QDialog *>(window)) {
        dialog->reject();
    } else {
        window->close();
    }
}

} // namespace

class TestGuiWalk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Help → About reads the program's identity, which main() sets; the licence is named in it.
        KAboutData about(QStringLiteral("regtracker"), QStringLiteral("RegTracker"),
                         QStringLiteral(RT_VERSION));
        about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
        KAboutData::setApplicationData(about);
    }

    void walk_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        // Text set once and never retranslated shows up only after switching at run time.
        QTest::newRow("en-then-zh_CN") << QStringLiteral("en") << QStringLiteral("zh_CN");
    }

    void walk()
    {
        QFETCH(QString, start);
        QFETCH(QString, language);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        const QString file = m_dir.filePath(row + QStringLiteral(".sqlite"));
        core::DatabaseLocation::create(file, core::DatabaseLocation::Content::Demo).reset();

        core::Translations translations;
        QVERIFY(translations.install(start));
        ui::Workspace workspace(&translations);
        QVERIFY(workspace.start(file));
        ui::MainWindow *window = workspace.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(test::shown(*window));
        if (language != start) {
            auto *switcher = window->findChild<QAction *>(QStringLiteral("language_") + language);
            QVERIFY(switcher);
            switcher->trigger();
            QCOMPARE(translations.current(), language);
            QTest::qWait(50); // LanguageChange is posted
        }

        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/guiwalk/") + row;
        QDir(folder).removeRecursively();
        Walk walk(language, folder);
        walk.names = {workspace.database()->actor(), QFileInfo(file).completeBaseName(),
                      QCoreApplication::applicationName()};
        for (const KAboutLicense &licence : KAboutData::applicationData().licenses()) {
            walk.names.append(licence.name(KAboutLicense::FullName)); // a licence is named as it calls itself
        }
        walk.addContent(*workspace.database());
        ++walk.windows;

        // Every tab of the main window.
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        const auto showTab = [&](int index) {
            tabs->setCurrentIndex(index);
            QTest::qWait(100);
            QVERIFY(test::shown(*window));
        };
        // The context menus each tab offers (at its first item), and the dialogs their actions open.
        QSet<QAction *> triggered;
        QStringList skips;
        const auto triggerAll = [&](const QList<QAction *> &actions) {
            for (QAction *action : menuActions(actions)) {
                if (triggered.contains(action) || !action->isEnabled() || !action->isVisible()) {
                    continue;
                }
                if (const QString why = skipped(action); !why.isEmpty()) {
                    if (!skips.contains(plainName(action->text()))) {
                        skips.append(plainName(action->text()));
                    }
                    continue;
                }
                triggered.insert(action);
                const int index = tabs->currentIndex();
                trigger(walk, window, action);
                if (tabs->currentIndex() != index) {
                    showTab(index);
                }
            }
        };
        for (int index = 0; index < tabs->count(); ++index) {
            showTab(index);
            ++walk.tabs;
            const QString where = QStringLiteral("tab ") + tabs->tabText(index);
            walk.visitWindow(window, where);
            // What the actions open may change the page: hold its widgets by guarded pointers.
            QList<QPointer<QWidget>> offering;
            for (QWidget *widget : tabs->currentWidget()->findChildren<QWidget *>()) {
                if (widget->isVisible() && widget->contextMenuPolicy() == Qt::CustomContextMenu) {
                    offering.append(widget);
                }
            }
            for (const QPointer<QWidget> &widget : std::as_const(offering)) {
                if (widget && widget->isVisible()) {
                    triggerAll(visitContextMenu(walk, widget, where));
                    showTab(index);
                }
            }
        }

        // Every menu and submenu of the menu bar.
        for (QAction *action : window->menuBar()->actions()) {
            if (action->menu() && action->isVisible()) {
                walk.visitMenu(action->menu(), plainName(action->menu()->title()));
            }
        }

        // Every action, from every tab (some act only on what a tab shows), each once: the dialogs and
        // windows it opens are visited and closed.
        for (int index = 0; index < tabs->count(); ++index) {
            showTab(index);
            if (tabs->currentWidget() == window->browser()) {
                window->browser()->selectRow(0);
            }
            triggerAll(window->menuBar()->actions());
        }

        qInfo().noquote() << QStringLiteral(
                                 "Walk %1: %2 windows, %3 tabs, %4 menus (%5 context menus), %6 actions "
                                 "(%7 triggered, %8 skipped: %9), %10 dialogs, %11 tool tips, %12 "
                                 "pictures in %13; %14 findings")
                                 .arg(row)
                                 .arg(walk.windows)
                                 .arg(walk.tabs)
                                 .arg(walk.menus)
                                 .arg(walk.contextMenus)
                                 .arg(walk.actions)
                                 .arg(triggered.size())
                                 .arg(skips.size())
                                 .arg(skips.join(QStringLiteral(", ")))
                                 .arg(walk.dialogs)
                                 .arg(walk.tooltips)
                                 .arg(walk.shots)
                                 .arg(folder)
                                 .arg(walk.findings.size());
        walk.findings.removeDuplicates();
        for (const QString &finding : std::as_const(walk.findings)) {
            qInfo().noquote() << finding;
        }
        QVERIFY2(walk.findings.isEmpty(), "the findings are listed above");
    }

    // Every view usable by keyboard alone: from the tab bar, Tab goes round every widget of each tab and back
    // without getting stuck, and on its way reaches the tab's main view (its largest widget that takes
    // focus); Ctrl+Tab goes from each tab to the next.
    void keyboardOnly()
    {
        const QString file = m_dir.filePath(QStringLiteral("keyboard.sqlite"));
        core::DatabaseLocation::create(file, core::DatabaseLocation::Content::Demo).reset();
        core::Translations translations;
        QVERIFY(translations.install(QStringLiteral("en")));
        ui::Workspace workspace(&translations);
        QVERIFY(workspace.start(file));
        ui::MainWindow *window = workspace.window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            QTest::qWait(100);
            const QString where = tabs->tabText(index);
            QWidget *main = nullptr;
            for (QWidget *widget : tabs->currentWidget()->findChildren<QWidget *>()) {
                const QSize size = widget->size();
                if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus)
                    && (!main || size.width() * size.height() > main->width() * main->height())) {
                    main = widget;
                }
            }
            QVERIFY2(main, qPrintable(where));
            tabs->tabBar()->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), tabs->tabBar());
            bool reachedMain = false;
            bool returned = false;
            QStringList path;
            for (int press = 0; press < 400 && !returned; ++press) {
                QWidget *before = QApplication::focusWidget();
                QVERIFY2(before, qPrintable(where + QStringLiteral(": focus lost after ") + path.join(u',')));
                QTest::keyClick(before, Qt::Key_Tab);
                QWidget *now = QApplication::focusWidget();
                if (now != before && now) {
                    path.append(now->objectName().isEmpty()
                                    ? QString::fromLatin1(now->metaObject()->className())
                                    : now->objectName());
                }
                reachedMain = reachedMain || now == main || (now && main->isAncestorOf(now));
                returned = now == tabs->tabBar();
            }
            QVERIFY2(returned,
                     qPrintable(where + QStringLiteral(": Tab never came back: ") + path.join(u',')));
            QVERIFY2(reachedMain,
                     qPrintable(where + QStringLiteral(": Tab never reached ") + main->objectName()
                                + QStringLiteral(": ") + path.join(u',')));
            qInfo().noquote() << where << QStringLiteral("⇒") << main->objectName() << path.join(u',');
            if (index + 1 < tabs->count()) {
                QTest::keyClick(tabs->tabBar(), Qt::Key_Tab, Qt::ControlModifier);
                QTRY_COMPARE(tabs->currentIndex(), index + 1);
            }
        }
    }

    // Qt's file dialog (the one offscreen and wherever no platform dialog exists) lists a folder in the
    // interface language: its Type column from RegTracker's catalogue where Qt's lacks a word ("Folder"),
    // its Date Modified column by the date policy rather than the system locale ("6 Dec 2026 11:15").
    void fileDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void fileDialog()
    {
        QFETCH(QString, language);
        core::Translations translations;
        QVERIFY(translations.install(language));
        ui::Workspace workspace(&translations); // what the program sets up for its dialogs
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("2026")));
        QFile file(folder.filePath(QStringLiteral("notes.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();

        QFileDialog dialog(nullptr, QStringLiteral("RegTracker"), folder.path());
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(view->rootIndex()), 2);
        QTest::qWait(100);

        Walk walk(language,
                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      + QStringLiteral("/guiwalk/file-dialog-") + language);
        walk.visitWindow(&dialog, QStringLiteral("file dialog"));
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < view->model()->columnCount(view->rootIndex()); ++column) {
                const QModelIndex index = view->model()->index(row, column, view->rootIndex());
                walk.checkText(QStringLiteral("file dialog / column %1").arg(column),
                               index.data().toString());
            }
            const QModelIndex date = view->model()->index(row, 3, view->rootIndex());
            const QString path = view->model()
                                     ->index(row, 0, view->rootIndex())
                                     .data(QFileSystemModel::FilePathRole)
                                     .toString();
            const QString expected = core::DateText::table(QFileInfo(path).lastModified());
            if (view->columnWidth(3) <= view->fontMetrics().horizontalAdvance(expected)) {
                walk.finding(QStringLiteral("file dialog / Date Modified"),
                             QStringLiteral("“%1” does not fit its column").arg(expected));
            }
            if (date.data().toString() != expected) {
                walk.finding(QStringLiteral("file dialog / Date Modified"),
                             QStringLiteral("“%1” instead of “%2”").arg(date.data().toString(), expected));
            }
        }
        walk.findings.removeDuplicates();
        for (const QString &finding : std::as_const(walk.findings)) {
            qInfo().noquote() << finding;
        }
        QVERIFY2(walk.findings.isEmpty(), "the findings are listed above");
    }

private:
    // Opens the context menu a widget offers (a view's at its first item, selected), visits it and returns
    // its actions.
    QList<QAction *> visitContextMenu(Walk &walk, QWidget *widget, const QString &where)
    {
        QWidget *target = widget;
        QPoint pos = widget->rect().center();
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            // Views read on a worker or refresh after showing: let them settle before holding an index.
            QTest::qWait(200);
            QAbstractItemModel *model = view->model();
            QPersistentModelIndex index = model ? model->index(0, 0) : QModelIndex();
            while (index.isValid() && model->hasChildren(index)) {
                if (auto *tree = qobject_cast<QTreeView *>(view)) {
                    tree->expand(index);
                    QApplication::processEvents();
                }
                index = index.isValid() ? model->index(0, 0, index) : QModelIndex();
            }
            if (!index.isValid()) {
                walk.finding(
                    where,
                    QStringLiteral("%1 has no item to open a context menu on").arg(view->objectName()));
                return {};
            }
            view->setCurrentIndex(index);
            view->scrollTo(index);
            target = view->viewport();
            pos = view->visualRect(index).center();
        }
        // The menu is the view's own for as long as it is open: its separators go with it, the view's actions
        // stay.
        QList<QPointer<QAction>> actions;
        bool opened = false;
        QTimer::singleShot(100, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                opened = true;
                ++walk.contextMenus;
                walk.visitMenu(menu, where + QStringLiteral(" → context menu"), true);
                for (QAction *action : menu->actions()) {
                    actions.append(action);
                }
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, target->mapToGlobal(pos));
        QApplication::sendEvent(target, &event);
        QTest::qWait(150);
        if (!opened) {
            walk.finding(
                where,
                QStringLiteral("%1 offers a context menu that never opened").arg(widget->objectName()));
        }
        QList<QAction *> remaining;
        for (const QPointer<QAction> &action : std::as_const(actions)) {
            if (action && !action->isSeparator()) {
                remaining.append(action);
            }
        }
        return remaining;
    }

    // Triggers an action; every modal dialog it opens is visited and dismissed while it is open, every other
    // window it opens afterwards.
    void trigger(Walk &walk, ui::MainWindow *window, QAction *action)
    {
        const QString where = plainName(action->text());
        const QSet<QWidget *> before = topLevels();
        QTimer poll;
        poll.setInterval(30);
        QSet<QWidget *> visited;
        int modals = 0;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || visited.contains(modal) || !modal->isVisible()) {
                return;
            }
            visited.insert(modal);
            if (++modals > 8) {
                walk.finding(where, QStringLiteral("more than eight dialogs in a row"));
            } else {
                walk.visitDialog(modal, where);
            }
            dismiss(modal);
        });
        poll.start();
        action->trigger();
        QTest::qWait(150);
        poll.stop();
        for (QWidget *opened : topLevels() - before) {
            if (opened != window && !visited.contains(opened)) {
                if (!QTest::qWaitForWindowExposed(opened)) {
                    walk.finding(where, QStringLiteral("%1 never shown").arg(opened->objectName()));
                }
                QTest::qWait(100);
                walk.visitDialog(opened, where);
                dismiss(opened);
            }
        }
        QTest::qWait(20);
    }
};

QTEST_MAIN(TestGuiWalk)
#include "tst_guiwalk.moc"
