// SPDX-License-Identifier: GPL-3.0-or-later
// The redline view and how it is reached, on the demo database: "What changed?" from the detail pane of a
// draft and from a checklist row flagged for re-review, the layout and language toggles, F8 through the
// changes, the affected checklists with the button that opens them, the exports, and the import review's
// button for a final version of a stored draft.

#include "TestSupport.h"

#include "BrowserSupport.h"

#include "ChecklistView.h"
#include "CompanyRepository.h"
#include "DevelopmentDetailPane.h"
#include "DevelopmentService.h"
#include "DevelopmentsBrowser.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "RedlineObligationModel.h"
#include "RedlineView.h"
#include "RedlineWindow.h"
#include "VersionHistory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>

using namespace rt;

class TestRedlineView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static core::Development load(core::Database &db, const QString &uid)
    {
        return core::VersionHistory(db).load(uid);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theRedlineReadsInBothLanguagesAndBothLayouts()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::RedlineWindow window(*db, false);
        QVERIFY(window.showDevelopment(load(*db, QStringLiteral("cn-tmt-2025-06"))));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts reach the active window
        ui::RedlineView *view = window.view();
        QAbstractItemModelTester tester(view->obligationsView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->redline().later.uid, QStringLiteral("cn-tmt-2025-06-final"));
        const QString both = view->textView()->toPlainText();
        // The English text prevails here: its rows come first, and say so.
        QVERIFY(both.contains(QStringLiteral("English (prevails)")));
        const qsizetype retention = both.indexOf(QStringLiteral("Obligation 7 → 6"));
        QVERIFY(retention > 0);
        QVERIFY(both.indexOf(QStringLiteral("Retain logs for at least"), retention)
                < both.indexOf(QStringLiteral("日志留存不少于"), retention));
        QVERIFY(both.contains(QStringLiteral("Log retention: at least 6 months → at least 12 months")));
        const QString html = view->textView()->toHtml();
        QVERIFY(html.contains(QStringLiteral("line-through")));
        QVERIFY(html.contains(QStringLiteral("underline")));

        // Chinese alone (Ctrl+Alt+2, as in the main window), then inline: one text per obligation.
        QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY2(!view->textView()->toPlainText().contains(QStringLiteral("Retain logs for at least")),
                 qPrintable(view->textView()->toPlainText().right(3000)));
        QVERIFY(view->textView()->toPlainText().contains(QStringLiteral("日志留存不少于")));
        QTest::keyClick(view, Qt::Key_I, Qt::AltModifier); // a button's mnemonic clicks it a moment later
        QTRY_VERIFY(!view->isSideBySide());
        // Inline, the deleted 6 and the inserted 12 stand in one sentence.
        QVERIFY(view->textView()->toPlainText().contains(QStringLiteral("日志留存不少于612个月")));
        QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(
            view->textView()->toPlainText().contains(QStringLiteral("Retain logs for at least 612 months")));

        // Only what changed: the unchanged obligations leave the table.
        QCOMPARE(view->obligationsView()->model()->rowCount(), 10);
        view->setOnlyChanges(true);
        QCOMPARE(view->obligationsView()->model()->rowCount(), 7);
        // F8 walks through the changes; at an obligation's change its row is selected.
        QTest::keyClick(view, Qt::Key_F8);
        QTest::keyClick(view, Qt::Key_F8);
        QTest::keyClick(view, Qt::Key_F8);
        const QModelIndex current = view->obligationsView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(core::RedlineObligationModel::AnchorRole).toString(), QStringLiteral("o0"));

        // The exports: HTML with <del> and <ins>, a PDF.
        const QString htmlFile = m_dir.filePath(QStringLiteral("redline.html"));
        window.exportTo(htmlFile);
        QFile written(htmlFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(written.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<del>6</del><ins>12</ins>")));
        const QString pdfFile = m_dir.filePath(QStringLiteral("redline.pdf"));
        window.exportTo(pdfFile);
        QFile pdf(pdfFile);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void affectedChecklistsOpenTheirRows()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::MainWindow main(*db, nullptr, false);
        main.show();
        QVERIFY(test::shown(main));
        // The draft of the price rules, from its detail pane.
        main.browser()->selectDevelopment(load(*db, QStringLiteral("cn-tmt-2025-01")).id);
        QVERIFY(test::shown(main));
        ui::DevelopmentDetailPane *pane = main.browser()->detailPane();
        QVERIFY(pane->compareButton()->isVisibleTo(pane));
        pane->compareButton()->click();
        auto *window = main.findChild<ui::RedlineWindow *>();
        QVERIFY(window);
        QCOMPARE(window->view()->redline().earlier.uid, QStringLiteral("cn-tmt-2025-01"));
        QCOMPARE(window->view()->redline().later.uid, QStringLiteral("cn-tmt-2025-01-final"));
        // Three companies' checklists: Qiantang Bazaar's three flagged rows, one each for the others.
        QString text;
        for (const QLabel *label : window->view()->companiesPanel()->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("Qiantang Bazaar"))) {
                text = label->text();
            }
        }
        QVERIFY2(text.contains(QStringLiteral("— 3 row")), qPrintable(text));
        auto *open = window->view()->companiesPanel()->findChild<QPushButton *>(
            QStringLiteral("openChecklist_qiantang-bazaar"));
        QVERIFY(open);
        open->click();
        QCOMPARE(main.currentView(), ui::MainWindow::View::Checklist);
        const qint64 company = core::CompanyRepository(*db).find(QStringLiteral("qiantang-bazaar"));
        QCOMPARE(main.checklist()->company(), company);
        QCOMPARE(main.checklist()->filter().development,
                 load(*db, QStringLiteral("cn-tmt-2025-01-final")).id);
        // Its flagged rows, by the filter of their own.
        core::ChecklistFilter flagged;
        flagged.show = core::ChecklistFilter::Show::ReReview;
        main.checklist()->setFilter(flagged);
        QCOMPARE(main.checklist()->model()->applicableCount(), 3);
        window->close();
    }

    void aFlaggedRowAsksWhatChanged()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::MainWindow main(*db, nullptr, false);
        main.show();
        main.showView(ui::MainWindow::View::Checklist);
        main.checklist()->setCompany(core::CompanyRepository(*db).find(QStringLiteral("yanqi-mind")));
        core::ChecklistFilter flagged;
        flagged.show = core::ChecklistFilter::Show::ReReview;
        main.checklist()->setFilter(flagged);
        // Yanqi's flagged rows: the renewal reminder of the price rules and the age bands of minors' mode.
        QCOMPARE(main.checklist()->model()->applicableCount(), 2);
        main.checklist()->tree()->expandAll();
        const QModelIndex group = main.checklist()->model()->index(0, 0);
        const QModelIndex row = main.checklist()->model()->index(0, 0, group);
        main.checklist()->tree()->setCurrentIndex(row);
        QSignalSpy asked(main.checklist(), &ui::ChecklistView::whatChangedRequested);
        main.findChild<QAction *>(QStringLiteral("whatChangedAction"))->trigger();
        QCOMPARE(asked.size(), 1);
        auto *window = main.findChild<ui::RedlineWindow *>();
        QVERIFY(window);
        const qint64 obligation = asked.at(0).at(0).toLongLong();
        const QModelIndex selected = window->view()->obligationsView()->currentIndex();
        QVERIFY(selected.isValid());
        const auto &change = window->view()->redline().obligations.at(
            selected.data(core::RedlineObligationModel::ChangeIndexRole).toLongLong());
        QCOMPARE(change.later->id, obligation);
        QCOMPARE(change.kind, core::ObligationChange::Kind::Changed);
        window->close();
    }

    void aDevelopmentWithoutVersionsComparesWithItsLastSave()
    {
        auto db = test::newDemoDatabase(m_dir);
        core::Development d = load(*db, QStringLiteral("cn-tmt-2025-03"));
        ui::RedlineWindow window(*db, false);
        QVERIFY(!window.showDevelopment(d)); // never edited: nothing to compare
        d.stage = core::Stage::Effective;
        core::DevelopmentService(*db).update(d);
        QVERIFY(window.showDevelopment(load(*db, d.uid)));
        QCOMPARE(window.comparisonChoice()->count(), 1);
        QVERIFY(window.view()->textView()->toPlainText().contains(QStringLiteral("Stage")));
        QCOMPARE(window.view()->redline().facts.constFirst().field, QStringLiteral("stage"));
    }

    void theImportReviewOffersTheRedlineOfAFinalVersion()
    {
        auto db = test::newDemoDatabase(m_dir);
        // Without the demo's own final, the price rules' draft waits for one; a newsletter brings it.
        core::DevelopmentService(*db).remove(load(*db, QStringLiteral("cn-tmt-2025-01-final")).id);
        const QString file = m_dir.filePath(QStringLiteral("final.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "China platform regulation, September 2025\n"
            "1. NDRC issues the Internet Platform Price Behaviour Rules (20 September)\n"
            "The NDRC issued the Internet Platform Price Behaviour Rules, which take effect on 1 December "
            "2025. Platforms must display automatic renewals prominently and must keep price records for "
            "at least 3 years.\n");
        out.close();
        ui::ImportDialog dialog(*db, file, false);
        dialog.show();
        dialog.selectItem(0);
        auto *compare = dialog.findChild<QPushButton *>(QStringLiteral("compareWithDraft"));
        QVERIFY(compare);
        QSignalSpy asked(&dialog, &ui::ImportDialog::compareRequested);
        compare->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("cn-tmt-2025-01"));
        // The window the shell opens for it: the stored draft against the candidate, nothing flagged yet.
        ui::RedlineWindow window(*db, false);
        window.showVersions(load(*db, QStringLiteral("cn-tmt-2025-01")),
                            asked.at(0).at(1).value<core::Development>());
        QVERIFY(!window.comparisonChoice()->isEnabled());
        QVERIFY(window.view()->redline().changed());
    }
};

QTEST_MAIN(TestRedlineView)
#include "tst_redlineview.moc"
