// SPDX-License-Identifier: GPL-3.0-or-later
// The Agenda tab in the window, driven by the keyboard: Space ticks a row through the window's undo stack,
// Enter opens the checklist's row editor or a date's development, Ctrl+Enter shows the row in its checklist;
// the tab's title counts the overdue rows; the shared filter narrows it; a viewer cannot tick. Also the
// reminders' notifications, the preferences, the digest dialog and the window's documents (print, calendars).

#include "TestSupport.h"

#include "BrowserSupport.h"

#include "AgendaView.h"
#include "AssessmentEditor.h"
#include "AssessmentService.h"
#include "ChecklistReport.h"
#include "ChecklistView.h"
#include "CompanyRepository.h"
#include "DevelopmentsBrowser.h"
#include "DigestDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Reminders.h"
#include "Settings.h"
#include "WindowDocuments.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace rt;
using core::AgendaKind;
using core::AgendaModel;
using core::AgendaPeriod;

namespace {

const QDate today(2025, 10, 27); // the demo has open rows overdue, due this week and later

} // namespace

class TestAgendaView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Fixture
    {
        std::unique_ptr<core::Database> db;
        std::unique_ptr<ui::MainWindow> window;
        ui::AgendaView *view = nullptr;
        QTreeView *tree = nullptr;
    };

    Fixture open()
    {
        Fixture f;
        f.db = test::newDemoDatabase(m_dir);
        f.window = std::make_unique<ui::MainWindow>(*f.db, nullptr, false);
        f.window->show();
        f.window->activateWindow();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
            QVERIFY(test::shown(*f.window));
        }();
        f.window->showView(ui::MainWindow::View::Agenda);
        f.view = f.window->agenda();
        f.tree = f.view->tree();
        f.view->setToday(today);
        f.tree->setFocus();
        return f;
    }

    static QString tabTitle(const Fixture &f)
    {
        // The tab holds the view's place, which the view fills once it is made.
        auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(f.view)) {
                return tabs->tabText(i);
            }
        }
        return {};
    }

    // Selects the first item of a period, of a kind.
    static const core::AgendaItem *select(const Fixture &f, AgendaPeriod period, AgendaKind kind)
    {
        for (const core::AgendaItem &item : f.view->model()->itemsIn(period)) {
            if (item.kind == kind && f.view->selectItem(item.uid())) {
                return f.view->currentItem();
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tabHasItsShortcutAndCountsOverdueRows()
    {
        Fixture f = open();
        QAbstractItemModelTester tester(f.view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.window->showView(ui::MainWindow::View::Developments);
        auto *show = f.window->findChild<QAction *>(QStringLiteral("showAgendaAction"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_6));
        show->trigger();
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Agenda);
        const int overdue = f.view->model()->overdueCount();
        QCOMPARE(overdue, 4); // two rows due on 30 September, two on 15 October, not done
        QCOMPARE(tabTitle(f), ui::AgendaView::tr("Agenda (%1)").arg(overdue));
        QVERIFY(!f.view->model()->itemsIn(AgendaPeriod::ThisWeek).isEmpty());
        // Period rows span the tree and are open.
        const QModelIndex group = f.view->model()->index(0, 0);
        QVERIFY(f.tree->isFirstColumnSpanned(0, {}));
        QVERIFY(f.tree->isExpanded(group));
    }

    // A row's date — weekday, date, in bold for the user's own rows, after the overdue mark — is never cut
    // short, in English or in Chinese (周二 2025-09-… was).
    void datesFitTheirColumn()
    {
        Fixture f = open();
        f.window->showView(ui::MainWindow::View::Agenda);
        const QLocale before;
        for (const QLocale &locale :
             {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Chinese, QLocale::China)}) {
            QLocale::setDefault(locale);
            QEvent change(QEvent::LanguageChange);
            QApplication::sendEvent(f.view, &change);
            QFont bold = f.tree->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            const int icon = f.tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, f.tree);
            const QAbstractItemModel *model = f.tree->model();
            int rows = 0;
            for (int g = 0; g < model->rowCount(); ++g) {
                const QModelIndex group = model->index(g, 0);
                for (int r = 0; r < model->rowCount(group); ++r, ++rows) {
                    const QString text
                        = model->index(r, core::AgendaModel::DateColumn, group).data().toString();
                    QVERIFY2(metrics.horizontalAdvance(text) + icon + 8
                                 <= f.tree->columnWidth(core::AgendaModel::DateColumn),
                             qPrintable(text));
                }
            }
            QVERIFY(rows > 0);
        }
        QLocale::setDefault(before);
    }

    void spaceTicksThroughTheUndoStack()
    {
        Fixture f = open();
        const core::AgendaItem *item = select(f, AgendaPeriod::Overdue, AgendaKind::Due);
        QVERIFY(item);
        const core::AssessmentKey key = item->row.key;
        const QString uid = item->uid();
        const core::AssessmentStatus status = item->row.assessment.status;
        const int overdue = f.view->model()->overdueCount();
        const int steps = f.window->undoStack()->count();

        QTest::keyClick(f.tree, Qt::Key_Space);
        const core::Assessment ticked = core::AssessmentService(*f.db).assessment(key);
        QCOMPARE(ticked.status, core::AssessmentStatus::Done);
        QCOMPARE(ticked.result, core::AssessmentResult::Compliant);
        QCOMPARE(f.window->undoStack()->count(), steps + 1);
        QVERIFY(!f.view->model()->indexOf(uid).isValid()); // done: no longer due
        QCOMPARE(f.view->model()->overdueCount(), overdue - 1);
        QCOMPARE(tabTitle(f), ui::AgendaView::tr("Agenda (%1)").arg(overdue - 1));
        QVERIFY(f.view->currentItem()); // the next row is current: tick, tick, tick

        f.window->undoStack()->undo();
        QCOMPARE(core::AssessmentService(*f.db).assessment(key).status, status);
        QVERIFY(f.view->model()->indexOf(uid).isValid());
        QCOMPARE(f.view->model()->overdueCount(), overdue);
    }

    void enterOpensTheChecklistEditor()
    {
        Fixture f = open();
        const core::AgendaItem *item = select(f, AgendaPeriod::ThisWeek, AgendaKind::Due);
        QVERIFY(item);
        const core::AssessmentKey key = item->row.key;
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<ui::AssessmentEditor *>(QApplication::activeModalWidget());
            opened = editor && editor->key() == key;
            if (editor) {
                editor->reject();
            }
        });
        QTest::keyClick(f.tree, Qt::Key_Return);
        QVERIFY(opened);
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Agenda); // the editor opened over the agenda
    }

    void ctrlEnterShowsTheRowInItsChecklist()
    {
        Fixture f = open();
        const core::AgendaItem *item = select(f, AgendaPeriod::Later, AgendaKind::Due);
        QVERIFY(item);
        const core::AssessmentKey key = item->row.key;
        QTest::keyClick(f.tree, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Checklist);
        QCOMPARE(f.window->checklist()->company(), key.companyId);
        const core::ChecklistRow *row = f.window->checklist()->currentRow();
        QVERIFY(row);
        QVERIFY(row->key == key);
    }

    void enterOnADateOpensItsDevelopment()
    {
        Fixture f = open();
        f.view->setToday(QDate(2025, 9, 15)); // consultations close in the following weeks
        const core::AgendaItem *item = select(f, AgendaPeriod::NextWeek, AgendaKind::CommentDeadline);
        QVERIFY(item);
        const qint64 development = item->developmentId;
        QTest::keyClick(f.tree, Qt::Key_Return);
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Developments);
        QVERIFY(test::shown(*f.window));
        QTRY_COMPARE(f.window->browser()->currentDevelopment(), development);
    }

    void followsTheSharedFilter()
    {
        Fixture f = open();
        f.view->setHorizon(-1);
        const int all = f.view->model()->itemCount();
        f.window->browser()->setAuthorityFilter({QStringLiteral("SAMR")});
        QVERIFY(test::shown(*f.window));
        const int samr = f.view->model()->itemCount();
        QVERIFY(samr > 0);
        QVERIFY(samr < all);
        f.window->browser()->clearFilters();
        QVERIFY(test::shown(*f.window));
        QCOMPARE(f.view->model()->itemCount(), all);
    }

    void ownerAndCompanyFilters()
    {
        Fixture f = open();
        f.view->setOwner(QStringLiteral("Marcus Lee"));
        QVERIFY(f.view->model()->itemCount() > 0);
        for (AgendaPeriod period : f.view->model()->periods()) {
            for (const core::AgendaItem &item : f.view->model()->itemsIn(period)) {
                QCOMPARE(item.owner(), QStringLiteral("Marcus Lee"));
            }
        }
        f.view->setOwner({});
        const qint64 company = core::CompanyRepository(*f.db).find(QStringLiteral("huangpu-motors"));
        f.view->setCompany(company);
        for (const core::AgendaItem &item : f.view->model()->itemsIn(AgendaPeriod::Overdue)) {
            QCOMPARE(item.row.key.companyId, company);
        }
        // The choices are remembered with the view's state.
        const QByteArray state = f.view->saveState();
        f.view->setCompany(0);
        f.view->restoreState(state);
        QCOMPARE(f.view->model()->query().company, company);
    }

    void viewersCannotTick()
    {
        Fixture f = open();
        f.window->setRole(core::TeamRoles::Role::Viewer);
        QVERIFY(f.view->isReadOnly());
        const core::AgendaItem *item = select(f, AgendaPeriod::Overdue, AgendaKind::Due);
        QVERIFY(item);
        const core::AssessmentKey key = item->row.key;
        const int version = core::AssessmentService(*f.db).assessment(key).version;
        QTest::keyClick(f.tree, Qt::Key_Space);
        QCOMPARE(core::AssessmentService(*f.db).assessment(key).version, version);
        QCOMPARE(f.window->undoStack()->count(), 0);
    }

    void preferencesNameWhoIsMine()
    {
        Fixture f = open();
        ui::PreferencesDialog dialog(f.db->actor(), false);
        QCOMPARE(dialog.ownerName()->placeholderText(), f.db->actor());
        QVERIFY(!dialog.trayIcon()->isEnabled()); // no tray on this desktop
        dialog.ownerName()->setText(QStringLiteral("  Marcus Lee "));
        dialog.reminders()->setChecked(false);
        dialog.accept();
        QCOMPARE(core::Settings().ownerName(), QStringLiteral("Marcus Lee"));
        QVERIFY(!core::Settings().remindersEnabled());
        f.view->updateCurrentUser();
        QCOMPARE(f.view->model()->me(), QStringLiteral("Marcus Lee"));
        f.view->showMine();
        for (AgendaPeriod period : f.view->model()->periods()) {
            for (const core::AgendaItem &item : f.view->model()->itemsIn(period)) {
                QCOMPARE(item.owner(), QStringLiteral("Marcus Lee"));
                QVERIFY(f.view->model()->indexOf(item.uid()).data(AgendaModel::MineRole).toBool());
            }
        }
        core::Settings().setOwnerName(QString());
        core::Settings().setRemindersEnabled(true);
    }

    void remindersNotifyOncePerDay()
    {
        Fixture f = open();
        core::Settings().setOwnerName(QStringLiteral("Marcus Lee"));
        ui::Reminders reminders(*f.db);
        QSignalSpy reminded(&reminders, &ui::Reminders::reminded);
        QVERIFY(reminders.check(today).isEmpty()); // switched off: nothing
        reminders.setEnabled(true);
        const QList<core::AgendaItem> first = reminders.check(today);
        QCOMPARE(first.size(), 1); // Marcus Lee's row due on 30 September
        QCOMPARE(reminded.size(), 1);
        QVERIFY(reminders.lastTitle().contains(first.constFirst().obligation.en));
        QVERIFY(reminders.lastText().contains(first.constFirst().company.en));
        QVERIFY(reminders.check(today).isEmpty());
        // A new start the same day: still nothing.
        ui::Reminders again(*f.db);
        again.setEnabled(true);
        QVERIFY(again.check(today).isEmpty());
        // "Snooze until tomorrow": it comes back the next day.
        again.snooze(reminders.lastItems(), today.addDays(1));
        QCOMPARE(again.check(today.addDays(1)).size(), 1);
        core::Settings().setOwnerName(QString());
    }

    void digestDialogPreviewsAndCopies()
    {
        Fixture f = open();
        ui::DigestDialog dialog(*f.db, core::Language::English, f.window.get());
        dialog.setToday(QDate(2025, 10, 20));
        dialog.setDays(7);
        QCOMPARE(dialog.digest().fellDue.size(), 2);
        const QString preview = dialog.preview()->toPlainText();
        QVERIFY(preview.contains(core::Digest::tr("Fell due (%1)").arg(2)));
        QVERIFY(preview.contains(dialog.digest().fellDue.constFirst().obligation.en));
        dialog.copy();
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied->hasHtml());
        QVERIFY(copied->html().contains(QStringLiteral("<table")));
        QVERIFY(copied->text().contains(QStringLiteral("| ")));
        const QString file = m_dir.filePath(QStringLiteral("digest.json"));
        QVERIFY(dialog.saveTo(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"fell_due\""));
    }

    void printsTheChecklistOnScreenAndADevelopment()
    {
        Fixture f = open();
        ui::WindowDocuments *documents = f.window->documents();
        auto *print = f.window->findChild<QAction *>(QStringLiteral("printAction"));
        QVERIFY(print);
        QVERIFY(!print->isEnabled()); // nothing to print on the agenda

        // The checklist as shown: one company, filtered to its overdue rows.
        f.window->showView(ui::MainWindow::View::Checklist);
        const qint64 company = core::CompanyRepository(*f.db).find(QStringLiteral("qiantang-bazaar"));
        f.window->checklist()->setCompany(company);
        QVERIFY(print->isEnabled());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString checklistPdf = m_dir.filePath(QStringLiteral("checklist.pdf"));
        printer.setOutputFileName(checklistPdf);
        QVERIFY(documents->printTo(printer, false));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) reads the printed pages back");
        const auto text = [&](const QString &pdf) {
            QProcess process;
            process.start(pdftotext,
                          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
            process.waitForFinished(60000);
            // Fonts draw some ideographs with the glyph of a Kangxi radical: compare the text normalised.
            return QString::fromUtf8(process.readAllStandardOutput())
                .normalized(QString::NormalizationForm_KC)
                .simplified();
        };
        QVERIFY(text(checklistPdf).contains(QStringLiteral("Qiantang Bazaar")));

        // A development, in both languages.
        f.window->showView(ui::MainWindow::View::Developments);
        f.window->browser()->selectRow(0);
        QVERIFY(print->isEnabled());
        const QString developmentPdf = m_dir.filePath(QStringLiteral("development.pdf"));
        printer.setOutputFileName(developmentPdf);
        QVERIFY(documents->printTo(printer, false));
        const QString printed = text(developmentPdf);
        QVERIFY(printed.contains(QStringLiteral("English")));
        QVERIFY(printed.contains(QStringLiteral("中文")));
    }

    void deadlinesOfAllCompaniesInOneCalendar()
    {
        Fixture f = open();
        const QByteArray calendar = f.window->documents()->allDeadlines(false);
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        int open = 0;
        for (const core::Company &company : core::CompanyRepository(*f.db).all()) {
            const core::ChecklistReport report = core::ChecklistReport::forCompany(
                *f.db, company.id, core::ChecklistGrouping::ByDevelopment, core::Language::English);
            QSet<QString> rows;
            for (const auto &group : report.groups) {
                for (const core::ChecklistRow &row : group.rows) {
                    if (row.isApplicable() && !row.isDone() && row.assessment.due.isValid()) {
                        rows.insert(row.obligationUid);
                    }
                }
            }
            open += int(rows.size());
            QVERIFY(calendar.contains(QByteArray(company.uid.toUtf8() + '/')));
        }
        QCOMPARE(int(calendar.count("BEGIN:VEVENT")), open);
    }
};

QTEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"
