// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: the About dialog reads the application's data (version, licence, components), the shortcut
// list is read from the window's actions, and the handbook in both languages moves to the sections its links
// name.

#include "AboutDialog.h"
#include "HandbookDialog.h"
#include "HelpMenu.h"
#include "ShortcutsDialog.h"

#include <KAboutData>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace rt::ui;

class TestHelp : public QObject
{
    Q_OBJECT

    // The visible rows of the shortcut list, as "command = keys".
    static QStringList rows(const ShortcutsDialog &dialog)
    {
        QStringList result;
        for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *heading = dialog.list()->topLevelItem(g);
            for (int i = 0; i < heading->childCount(); ++i) {
                if (!heading->isHidden() && !heading->child(i)->isHidden()) {
                    result.append(heading->child(i)->text(0) + QStringLiteral(" = ")
                                  + heading->child(i)->text(1));
                }
            }
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KAboutData about(QStringLiteral("regtracker"), QStringLiteral("RegTracker"), QStringLiteral("9.8.7"),
                         QStringLiteral("Tracks developments"), KAboutLicense::GPL_V3);
        about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
        about.addComponent(QStringLiteral("SQLite"), QStringLiteral("The database file"),
                           QStringLiteral("3.46.1"));
        KAboutData::setApplicationData(about);
    }

    void aboutShowsVersionLicenceAndComponents()
    {
        AboutDialog dialog(QStringLiteral("demo.sqlite"), 5);
        const QString about = dialog.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY2(about.contains(QStringLiteral("9.8.7")), qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("demo.sqlite")));
        const QString licence
            = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"))->toPlainText();
        QVERIFY(licence.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        const QString components
            = dialog.findChild<QTextBrowser *>(QStringLiteral("componentsText"))->toPlainText();
        QVERIFY(components.contains(QStringLiteral("SQLite")));
        QVERIFY(components.contains(QStringLiteral("3.46.1")));
        // The engines are asked of their libraries when the dialog opens: libpq, loaded for it, says its
        // version.
        QVERIFY2(QRegularExpression(QStringLiteral("libpq\\s+[^\\n]*\\n?\\s*\\d+\\.\\d+"))
                     .match(components)
                     .hasMatch(),
                 qPrintable(components));
    }

    void shortcutsAreReadFromTheActions()
    {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        QAction *open = file->addAction(QStringLiteral("&Open database…"));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addAction(QStringLiteral("No shortcut")); // not listed
        QMenu *recent = file->addMenu(QStringLiteral("Open &Recent"));
        recent->addAction(QStringLiteral("&Clear"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        auto *help = new HelpMenu(window.menuBar(), &window);
        window.menuBar()->addMenu(help);

        QList<ShortcutsDialog::Group> groups;
        groups.append({file->title(), {open, recent->actions().first()}});
        groups.append({help->title(), help->actions()});
        ShortcutsDialog dialog(groups);
        const QStringList all = rows(dialog);
        QVERIFY2(all.contains(QStringLiteral("Open database… = ")
                              + QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText)),
                 qPrintable(all.join(u'\n')));
        QVERIFY(all.contains(QStringLiteral("Clear = ")
                             + QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
        QVERIFY(all.contains(QStringLiteral("Handbook = ")
                             + QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        QVERIFY(!all.join(u'\n').contains(QStringLiteral("No shortcut")));

        dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"))->setText(QStringLiteral("handbook"));
        QCOMPARE(rows(dialog).size(), 1);
    }

    void theHandbookFindsItsSections_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("team-database-on-postgresql")
                            << QStringLiteral("Team database on PostgreSQL");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("基于-postgresql-的团队数据库")
                               << QStringLiteral("基于 PostgreSQL 的团队数据库");
    }

    void theHandbookFindsItsSections()
    {
        QFETCH(QString, language);
        QFETCH(QString, link);
        QFETCH(QString, heading);
        HandbookDialog dialog(language);
        auto *sections = dialog.findChild<QListWidget *>(QStringLiteral("handbookSections"));
        QVERIFY(sections->count() >= 8);
        QVERIFY(HandbookDialog::text(language).contains(QStringLiteral("](#") + link + u')'));
        QVERIFY(dialog.showSection(link));
        QCOMPARE(dialog.browser()->textCursor().block().text(), heading);
        QVERIFY(!dialog.showSection(QStringLiteral("no-such-section")));
    }

    void aLanguageWithoutAHandbookGetsTheEnglishOne()
    {
        QCOMPARE(HandbookDialog::text(QStringLiteral("fr")), HandbookDialog::text(QStringLiteral("en")));
        QVERIFY(HandbookDialog::text(QStringLiteral("zh_CN")).contains(QStringLiteral("合规")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
