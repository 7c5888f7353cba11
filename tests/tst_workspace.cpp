// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace: a first start asks with the welcome page instead of filling a database with example data,
// the last database opens again, opening another one switches the same window after asking, recent databases
// are remembered, dropped files are opened or imported, and backups are listed with what they hold.

#include "TestSupport.h"

#include "Backups.h"
#include "BackupsDialog.h"
#include "DatabaseLocation.h"
#include "MainWindow.h"
#include "RecentDatabasesMenu.h"
#include "Settings.h"
#include "Statistics.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace rt;

class TestWorkspace : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    int m_modalsAnswered = 0;

    // Answers the next modal dialog the code under test opens, as a user would.
    void whenModal(const std::function<void(QWidget *)> &answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [this, timer, answer, waited = 0]() mutable {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                ++m_modalsAnswered;
                answer(modal);
            } else if (++waited > 500) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }

    static void press(QWidget *dialog, QMessageBox::StandardButton which)
    {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY2(box, qPrintable(dialog->objectName()));
        box->button(which)->click();
    }

    static QList<ui::MainWindow *> windows()
    {
        QList<ui::MainWindow *> shown;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<ui::MainWindow *>(widget); window && window->isVisible()) {
                shown.append(window);
            }
        }
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void aFirstStartAsksAndOpensTheDemoInAFileOfItsOwn()
    {
        core::Translations translations;
        translations.install(QStringLiteral("en"));
        ui::Workspace workspace(&translations);
        whenModal([](QWidget *welcome) {
            QCOMPARE(welcome->objectName(), QStringLiteral("welcomeDialog"));
            welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcomeDemo"))->click();
        });
        QVERIFY(workspace.start(QString()));
        QCOMPARE(m_modalsAnswered, 1);
        QCOMPARE(workspace.database()->path(), core::DatabaseLocation::demoPath());
        QCOMPARE(core::countRecords(*workspace.database()).companies, 3);
        QVERIFY2(workspace.window()->windowTitle().contains(QStringLiteral("demo data")),
                 qPrintable(workspace.window()->windowTitle()));
        QVERIFY(!QFile::exists(core::DatabaseLocation::defaultPath())); // nobody's own database was filled
        QCOMPARE(core::Settings().recentDatabases().value(0), core::DatabaseLocation::demoPath());
    }

    void theLastDatabaseOpensAgainWithoutAsking()
    {
        const int answered = m_modalsAnswered;
        ui::Workspace workspace(nullptr);
        QVERIFY(workspace.start(QString()));
        QCOMPARE(m_modalsAnswered, answered);
        QCOMPARE(workspace.database()->path(), core::DatabaseLocation::demoPath());
    }

    void openingAnotherDatabaseSwitchesTheSameWindowAfterAsking()
    {
        const QString other = m_home.filePath(QStringLiteral("other.sqlite"));
        core::DatabaseLocation::create(other, core::DatabaseLocation::Content::Empty).reset();
        ui::Workspace workspace(nullptr);
        QVERIFY(workspace.start(core::DatabaseLocation::demoPath()));
        workspace.window()->move(40, 50);

        whenModal([](QWidget *question) { press(question, QMessageBox::Cancel); });
        QVERIFY(!workspace.switchTo(other));
        QCOMPARE(workspace.database()->path(), core::DatabaseLocation::demoPath());

        whenModal([](QWidget *question) { press(question, QMessageBox::Open); });
        QVERIFY(workspace.switchTo(other));
        QCOMPARE(workspace.database()->path(), other);
        QCOMPARE(windows().size(), 1);
        QCOMPARE(windows().first(), workspace.window());
        QCOMPARE(core::Settings().recentDatabases().mid(0, 2),
                 (QStringList{other, core::DatabaseLocation::demoPath()}));

        ui::RecentDatabasesMenu menu;
        menu.reload();
        QStringList entries;
        for (QAction *action : menu.actions()) {
            entries.append(action->toolTip());
        }
        QVERIFY(entries.contains(other));
        QVERIFY(entries.contains(core::DatabaseLocation::demoPath()));
    }

    void aDroppedDatabaseIsOpenedAndAnyOtherFileImported()
    {
        auto db = core::Database::open(core::DatabaseLocation::demoPath(),
                                       core::Database::OpenMode::ExistingOnly);
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QSignalSpy open(&window, &ui::MainWindow::openRequested);
        const QString other = m_home.filePath(QStringLiteral("other.sqlite"));
        const auto drop = [&window](const QString &file) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(file)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &event);
            QVERIFY(event.isAccepted());
        };
        drop(other);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), other);

        // A newsletter is offered for review: the import dialog opens (and is closed here without writing).
        const QString newsletter = QStringLiteral(RT_TEST_DATA "/import/newsletter-numbered-en.txt");
        const qint64 before = core::countRecords(*db).developments;
        whenModal([](QWidget *review) {
            QCOMPARE(review->objectName(), QStringLiteral("importDialog"));
            review->close();
        });
        drop(newsletter);
        QCOMPARE(open.size(), 1);
        QCOMPARE(core::countRecords(*db).developments, before);
    }

    void backupsAreListedWithWhatTheyHold()
    {
        const QString path = m_home.filePath(QStringLiteral("backed.sqlite"));
        auto db = core::DatabaseLocation::create(path, core::DatabaseLocation::Content::Demo);
        core::Backups(path).backUp(*db);
        ui::BackupsDialog dialog(*db, path);
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        dialog.backUpNow();
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        const QTreeWidgetItem *newest = dialog.list()->topLevelItem(0);
        QCOMPARE(newest->text(3), QLocale().toString(3)); // companies
        QVERIFY(newest->text(2).toInt() > 0); // developments
    }

    // A file dialog is never offered a folder that does not exist (issue 22: Attach file opened in the home
    // folder with "Documents" typed in as a file name): the nearest folder that exists stands in.
    void offeredFoldersExist()
    {
        const QString missing = m_home.filePath(QStringLiteral("gone/deeper"));
        core::Settings().setFolder(core::Settings::Folder::Documents, missing);
        QCOMPARE(core::Settings().folder(core::Settings::Folder::Documents), m_home.path());
        QVERIFY(QDir().mkpath(missing));
        QCOMPARE(core::Settings().folder(core::Settings::Folder::Documents), missing);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
