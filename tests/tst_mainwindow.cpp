// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the demo database, driven as a user drives it: the table lists all 31 developments,
// selecting one fills both language panes, the search box and the facets filter, and editing, deleting and
// undo go through to the database.

#include "BrowserSupport.h"
#include "DemoJson.h"
#include "TestSupport.h"

#include "AgendaView.h"
#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "CompanyMatrixModel.h"
#include "CompanyMatrixView.h"
#include "DevelopmentDetailPane.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentTitleDelegate.h"
#include "DevelopmentsBrowser.h"
#include "FacetModel.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "Statistics.h"
#include "TimelineView.h"
#include "Translations.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace rt;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<core::Database> demo() { return test::newDemoDatabase(m_dir); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsAllDevelopmentsAndShowsBothLanguages()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("developmentsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 31);

        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(3, 2)).center());
        QVERIFY(window.browser()->currentDevelopment() != 0);
        auto *english = window.findChild<QTextBrowser *>(QStringLiteral("detailEnglish"));
        auto *chinese = window.findChild<QTextBrowser *>(QStringLiteral("detailChinese"));
        QVERIFY(english && chinese);
        const QString titleEn
            = table->model()->index(3, 2).data(core::DevelopmentTableModel::TitleEnRole).toString();
        const QString titleZh
            = table->model()->index(3, 2).data(core::DevelopmentTableModel::TitleZhRole).toString();
        QVERIFY(!titleEn.isEmpty() && !titleZh.isEmpty());
        QVERIFY2(english->toPlainText().contains(titleEn), qPrintable(english->toPlainText().left(200)));
        QVERIFY2(chinese->toPlainText().contains(titleZh), qPrintable(chinese->toPlainText().left(200)));
        QVERIFY(english->toPlainText().size() > 300);
        QVERIFY(chinese->toPlainText().size() > 100);

        // Arrow keys move the selection and the panes follow.
        const qint64 before = window.browser()->currentDevelopment();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(window.browser()->currentDevelopment() != before);
        QVERIFY(english->toPlainText().contains(
            table->model()->index(4, 2).data(core::DevelopmentTableModel::TitleEnRole).toString()));
    }

    void searchAndFacetsFilter()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("developmentsTable"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        search->setFocus();
        search->setText(QStringLiteral("罚款")); // typed through an input method, which QTest cannot drive
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(test::shown(window));
        const int matches = table->model()->rowCount();
        QVERIFY(matches > 0 && matches < 31);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(test::shown(window));
        QCOMPARE(table->model()->rowCount(), 31);

        auto *kinds = window.findChild<QListView *>(QStringLiteral("facetKind"));
        QVERIFY(kinds);
        QModelIndex enforcement;
        for (int row = 0; row < kinds->model()->rowCount(); ++row) {
            if (kinds->model()->index(row, 0).data(core::FacetModel::KeyRole).toString()
                == QLatin1StringView("enforcement_action")) {
                enforcement = kinds->model()->index(row, 0);
            }
        }
        QVERIFY(enforcement.isValid());
        const int expected = enforcement.data(core::FacetModel::CountRole).toInt();
        QTest::mouseClick(kinds->viewport(), Qt::LeftButton, {}, kinds->visualRect(enforcement).center());
        QVERIFY(test::shown(window));
        QCOMPARE(table->model()->rowCount(), expected);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QCOMPARE(table->model()->index(row, 0).data(core::DevelopmentTableModel::KindRole).toString(),
                     QStringLiteral("enforcement_action"));
        }
        window.browser()->clearFilters();
        QVERIFY(test::shown(window));
        QCOMPARE(table->model()->rowCount(), 31);
    }

    // With a filter on, the timeline, the matrix and the agenda say so — the same words as the map — and
    // Clear there clears it everywhere. The matrix counts only the obligations of the developments shown.
    void everyViewSaysWhichFilterIsOn()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        ui::CompanyMatrixView *matrix = window.matrix();
        ui::TimelineView *timeline = window.timeline();
        ui::AgendaView *agenda = window.agenda();
        const auto bars = [&] {
            return QList<ui::FilterBar *>{matrix->filterBar(), timeline->filterBar(), agenda->filterBar()};
        };
        const auto applicable = [matrix] {
            int total = 0;
            const QAbstractItemModel *model = matrix->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    total += model->index(r, c).data(core::CompanyMatrixModel::ApplicableRole).toInt();
                }
            }
            return total;
        };
        const int everything = applicable();
        QVERIFY(everything > 0);
        for (ui::FilterBar *bar : bars()) {
            QVERIFY(bar->isHidden());
        }

        window.browser()->setAuthorityFilter({QStringLiteral("CAC")});
        window.browser()->setSearchText(QStringLiteral("data"));
        QVERIFY(test::shown(window));
        for (ui::FilterBar *bar : bars()) {
            QVERIFY(!bar->isHidden());
            QCOMPARE(bar->text(),
                     QStringLiteral("Developments filtered by ")
                         + QLocale().createSeparatedList(
                             {QStringLiteral("search “data”"), QStringLiteral("CAC")}));
        }
        const int filtered = applicable();
        QVERIFY2(filtered > 0 && filtered < everything,
                 qPrintable(QStringLiteral("%1 of %2").arg(filtered).arg(everything)));

        window.showView(ui::MainWindow::View::Timeline);
        auto *clear = timeline->filterBar()->findChild<QToolButton *>(QStringLiteral("filterBarClear"));
        QVERIFY(clear && clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(test::shown(window));
        QVERIFY(window.browser()->filter().isEmpty());
        for (ui::FilterBar *bar : bars()) {
            QVERIFY(bar->isHidden());
        }
        QCOMPARE(applicable(), everything);
    }

    // A screen reader reads a matrix cell as its tooltip says it ("company — topic: 1 of 5 done, …"), not as
    // "1/5".
    void matrixCellsReadAsTheySay()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(ui::MainWindow::View::Matrix);
        ui::CompanyMatrixView *matrix = window.matrix();
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(matrix->table());
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *cell = table->tableInterface()->cellAt(0, 0);
        QVERIFY(cell);
        const QString company = matrix->model()->headerData(0, Qt::Vertical).toString();
        const QString column = matrix->model()->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(cell->text(QAccessible::Name).startsWith(company + QStringLiteral(" — ") + column),
                 qPrintable(cell->text(QAccessible::Name)));
    }

    // A new filter keeps the selected development selected while it is still shown, also when it lies
    // beyond the rows fetched so far (it was dropped then), and drops it once it is not shown.
    void aNewFilterKeepsASelectionItStillShows()
    {
        QTemporaryDir dir;
        auto db
            = test::newGeneratedDatabase(dir, QStringLiteral("large.sqlite"), 1000, 3, 7, QDate(2026, 6, 30));
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::DevelopmentsBrowser *browser = window.browser();
        QVERIFY(test::shown(window));
        const qint64 oldest = [&db] {
            core::AuthorityRepository reference(*db);
            return core::DevelopmentRepository(*db, reference).ids().constFirst();
        }();
        browser->selectDevelopment(oldest);
        QCOMPARE(browser->currentDevelopment(), oldest);
        const QDate announced = browser->model()
                                    ->index(browser->model()->rowForId(oldest), 0)
                                    .data(core::DevelopmentTableModel::AnnouncedRole)
                                    .toDate();
        QVERIFY(announced.isValid());

        browser->setDateRange(announced, QDate(2030, 12, 31));
        QVERIFY(test::shown(window));
        QVERIFY(browser->model()->totalCount() > core::DevelopmentTableModel::pageSize);
        QCOMPARE(browser->currentDevelopment(), oldest);
        QCOMPARE(browser->model()->idAt(browser->table()->currentIndex().row()), oldest);

        browser->setDateRange(announced.addDays(1), QDate(2030, 12, 31));
        QVERIFY(test::shown(window));
        QCOMPARE(browser->currentDevelopment(), qint64(0));
    }

    void searchAsYouTypeRanksAndMarksMatches()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("developmentsTable"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        const QColor mark = window.browser()->detailPane()->markColor();
        // Pixels of the marker colour in a cell of the title column.
        const auto marked = [&](int row) {
            const QRect cell
                = table->visualRect(table->model()->index(row, core::DevelopmentTableModel::TitleColumn));
            const QImage image = table->viewport()->grab(cell).toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    count += image.pixelColor(x, y) == mark ? 1 : 0;
                }
            }
            return count;
        };
        QCOMPARE(marked(1), 0);

        // Typed, not entered: the query runs on a worker and the table follows when its hits are in.
        search->setText(QStringLiteral("人工智能"));
        QTRY_VERIFY(table->model()->rowCount() < 31);
        const int matches = table->model()->rowCount();
        QVERIFY(matches > 1);
        // Best first: no column sorts, and the first row has the term in its title.
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        QVERIFY(table->model()
                    ->index(0, 0)
                    .data(core::DevelopmentTableModel::TitleZhRole)
                    .toString()
                    .contains(QStringLiteral("人工智能")));
        window.showView(ui::MainWindow::View::Developments);
        window.setContent(ui::MainWindow::Content::Chinese);
        // An unselected row whose title has the term shows it marked.
        int withTerm = -1;
        for (int row = 1; row < matches && withTerm < 0; ++row) {
            if (table->model()
                    ->index(row, 0)
                    .data(core::DevelopmentTableModel::TitleZhRole)
                    .toString()
                    .contains(QStringLiteral("人工智能"))) {
                withTerm = row;
            }
        }
        QVERIFY(withTerm > 0);
        QTRY_VERIFY(marked(withTerm) > 0);

        // Clearing the search brings every development back, newest first, unmarked.
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 31);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                 int(core::DevelopmentTableModel::DateColumn));
        QTRY_COMPARE(marked(1), 0);
    }

    void companyFilterIsSharedWithTheTimeline()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        const qint64 company
            = db->scalar(QStringLiteral("SELECT id FROM companies WHERE uid = 'huangpu-motors'"))
                  .toLongLong();
        core::ChecklistModel checklist(*db);
        checklist.setCompany(company);
        QSet<qint64> binding;
        for (int g = 0; g < checklist.groupCount(); ++g) {
            for (const core::ChecklistRow &row : checklist.groupRows(g)) {
                binding.insert(row.developmentId);
            }
        }
        QVERIFY(!binding.isEmpty() && binding.size() < 31);
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("companyFilter"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(company));
        QVERIFY(test::shown(window));
        QTableView *table = window.browser()->table();
        QCOMPARE(table->model()->rowCount(), int(binding.size()));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QVERIFY(binding.contains(
                table->model()->index(row, 0).data(core::DevelopmentTableModel::IdRole).toLongLong()));
        }
        // The timeline, shown later, has read the same filter.
        window.showView(ui::MainWindow::View::Timeline);
        QCOMPARE(window.timeline()->data().developmentCount(), int(binding.size()));
        window.browser()->clearFilters();
        QVERIFY(test::shown(window));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(window.timeline()->data().developmentCount(), 31);
    }

    void regionFacetFilters()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        QSet<QString> shanghai; // from the demo file
        for (const QJsonValue &d : test::demoArray("developments")) {
            if (d[QStringLiteral("region")].toString() == QLatin1StringView("CN-SH")) {
                shanghai.insert(d[QStringLiteral("id")].toString());
            }
        }
        QVERIFY(!shanghai.isEmpty());
        auto *regions = window.findChild<QListView *>(QStringLiteral("facetRegion"));
        QVERIFY(regions);
        QModelIndex sh;
        for (int row = 0; row < regions->model()->rowCount(); ++row) {
            if (regions->model()->index(row, 0).data(core::FacetModel::KeyRole).toString()
                == QLatin1StringView("CN-SH")) {
                sh = regions->model()->index(row, 0);
            }
        }
        QVERIFY(sh.isValid());
        QVERIFY(sh.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Shanghai")));
        QCOMPARE(sh.data(core::FacetModel::CountRole).toInt(), int(shanghai.size()));
        QTest::mouseClick(regions->viewport(), Qt::LeftButton, {}, regions->visualRect(sh).center());
        QVERIFY(test::shown(window));
        QTableView *table = window.browser()->table();
        QSet<QString> shown;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            shown.insert(table->model()->index(row, 0).data(core::DevelopmentTableModel::UidRole).toString());
        }
        QCOMPARE(shown, shanghai);
        // The timeline obeys it too.
        window.showView(ui::MainWindow::View::Timeline);
        QCOMPARE(window.timeline()->data().developmentCount(), int(shanghai.size()));
    }

    void editThroughTheFormAndUndo()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        window.browser()->selectRow(0);
        const qint64 id = window.browser()->currentDevelopment();
        QVERIFY(id != 0);
        const QString original = window.browser()->table()->model()->index(0, 2).data().toString();

        // The editor is modal: fill it in from a timer once it is up.
        QTimer::singleShot(0, this, [] {
            auto *editor = qobject_cast<ui::DevelopmentEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEn"));
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Edited title"));
            editor->accept();
        });
        window.findChild<QAction *>(QStringLiteral("editDevelopmentAction"))->trigger();
        QVERIFY(test::shown(window));
        QCOMPARE(window.browser()->detailPane()->englishView()->toPlainText().contains(
                     QStringLiteral("Edited title")),
                 true);
        QCOMPARE(window.undoStack()->count(), 1);

        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(test::shown(window));
        QVERIFY(window.browser()->detailPane()->englishView()->toPlainText().contains(original));
        window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QVERIFY(test::shown(window));
        QVERIFY(window.browser()->detailPane()->englishView()->toPlainText().contains(
            QStringLiteral("Edited title")));
    }

    void deleteAndUndo()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        window.browser()->selectRow(2);
        const core::RecordCounts before = core::countRecords(*db);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        window.findChild<QAction *>(QStringLiteral("deleteDevelopmentAction"))->trigger();
        QVERIFY(test::shown(window));
        QCOMPARE(core::countRecords(*db).developments, before.developments - 1);
        QCOMPARE(window.browser()->table()->model()->rowCount(), 30);

        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(test::shown(window));
        const core::RecordCounts after = core::countRecords(*db);
        QCOMPARE(after.developments, before.developments);
        QCOMPARE(after.obligations, before.obligations);
        QCOMPARE(after.assessments, before.assessments);
        QCOMPARE(window.browser()->table()->model()->rowCount(), 31);
    }

    // An undo step made in English is named in Chinese after switching (issue 22: "撤销 Tick “…”").
    void undoEntriesFollowTheInterfaceLanguage()
    {
        auto db = demo();
        core::Translations translations;
        translations.install(QStringLiteral("en"));
        ui::MainWindow window(*db, &translations, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        window.browser()->selectRow(2);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        window.findChild<QAction *>(QStringLiteral("deleteDevelopmentAction"))->trigger();
        QVERIFY(test::shown(window));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo Delete “")), qPrintable(undo->text()));

        window.findChild<QAction *>(QStringLiteral("language_zh_CN"))->trigger();
        QTRY_VERIFY2(undo->text().startsWith(QStringLiteral("撤销 删除“")), qPrintable(undo->text()));
        QVERIFY2(!undo->text().contains(QStringLiteral("Delete")), qPrintable(undo->text()));
        QVERIFY(window.undoStack()->undoText().startsWith(QStringLiteral("删除“")));
        undo->trigger();
        QVERIFY(test::shown(window));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY2(redo->text().startsWith(QStringLiteral("重做")), qPrintable(redo->text()));
        QVERIFY2(redo->text().contains(QStringLiteral("删除“")), qPrintable(redo->text()));
        translations.install(QStringLiteral("en"));
    }

    // The development editor names regions in the interface language, never as the raw code "CN".
    void editorNamesRegions()
    {
        auto db = demo();
        core::Translations translations;
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            translations.install(language);
            const bool chinese = language == QLatin1StringView("zh_CN");
            ui::DevelopmentEditor editor(*db, core::Development(), nullptr);
            auto *region = editor.findChild<QComboBox *>(QStringLiteral("region"));
            QVERIFY(region);
            QCOMPARE(region->currentData().toString(), QStringLiteral("CN"));
            QCOMPARE(region->currentText(),
                     chinese ? QStringLiteral("全国") : QStringLiteral("China (national)"));
            QCOMPARE(region->count(), 35); // national, then the 34 province-level divisions
            region->setCurrentIndex(region->findData(QStringLiteral("CN-BJ")));
            QCOMPARE(region->currentText(), chinese ? QStringLiteral("北京市") : QStringLiteral("Beijing"));
            QCOMPARE(editor.development().region, QStringLiteral("CN-BJ"));
        }
    }

    // The matrix tab's status bar counts the matrix, not the browser's developments.
    void matrixStatusCountsItsOwnItems()
    {
        auto db = demo();
        core::Translations translations;
        translations.install(QStringLiteral("en")); // the plural forms
        ui::MainWindow window(*db, &translations, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("31 developments"));
        window.showView(ui::MainWindow::View::Matrix);
        const core::CompanyMatrixModel *model = window.matrix()->model();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->columnCount() > 1);
        QCOMPARE(count->text(), QStringLiteral("3 companies × %1 topics").arg(model->columnCount()));
        auto *columns = window.matrix()->findChild<QComboBox *>(QStringLiteral("matrixColumns"));
        QVERIFY(columns);
        columns->setCurrentIndex(1); // developments
        QVERIFY(model->columns() == core::CompanyMatrixModel::Columns::Developments);
        QCOMPARE(count->text(), QStringLiteral("3 companies × %1 developments").arg(model->columnCount()));
        window.showView(ui::MainWindow::View::Developments);
        QCOMPARE(count->text(), QStringLiteral("31 developments"));
    }

    // Switching the language while a search is active leaves the facet lists as tall as their values
    // (issue 22: they shrank to one or two rows with scroll bars).
    void facetListsKeepTheirHeightAcrossALanguageSwitch()
    {
        auto db = demo();
        core::Translations translations;
        translations.install(QStringLiteral("en"));
        ui::MainWindow window(*db, &translations, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        window.browser()->setSearchText(QStringLiteral("data"));
        QVERIFY(test::shown(window));
        const auto heights = [&]() -> QString {
            QStringList rows;
            for (const char *name : {"facetKind", "facetStage", "facetAuthority", "facetRegion"}) {
                auto *view = window.findChild<QListView *>(QString::fromLatin1(name));
                const int shown = qMin(view->model()->rowCount(), 8);
                const int needed = shown * view->sizeHintForRow(0) + 2 * view->frameWidth();
                rows.append(QStringLiteral("%1: %2 rows, %3 of %4 px")
                                .arg(QString::fromLatin1(name))
                                .arg(view->model()->rowCount())
                                .arg(view->height())
                                .arg(needed));
                if (view->height() < needed) {
                    return rows.join(u'\n') + QStringLiteral(" ← too short");
                }
            }
            return QString();
        };
        QCOMPARE(heights(), QString());
        window.findChild<QAction *>(QStringLiteral("language_zh_CN"))->trigger();
        QTest::qWait(50);
        QVERIFY(test::shown(window));
        QCOMPARE(heights(), QString());
        translations.install(QStringLiteral("en"));
    }

    void switchesInterfaceLanguageWithoutRestart()
    {
        auto db = demo();
        core::Translations translations;
        translations.install(QStringLiteral("en"));
        ui::MainWindow window(*db, &translations, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        window.browser()->selectRow(0);
        auto *table = window.browser()->table();
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Date"));
        QAction *chinese = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("中文（简体）")) {
                chinese = action;
            }
        }
        QVERIFY(chinese);
        chinese->trigger();
        QCOMPARE(translations.current(), QStringLiteral("zh_CN"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("日期"));
        QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(),
                     QStringLiteral("文件(&F)")); // LanguageChange is posted
        QVERIFY(window.browser()->detailPane()->englishView()->toPlainText().contains(
            QStringLiteral("发布机构")));
        const QString kind
            = table->model()->index(0, core::DevelopmentTableModel::KindColumn).data().toString();
        QVERIFY2(kind.at(0).unicode() >= 0x4e00, qPrintable(kind));
        // Traditional Chinese for Taiwan and Hong Kong, from the same menu.
        for (const QString &language : {QStringLiteral("zh_TW"), QStringLiteral("zh_HK")}) {
            auto *action = window.findChild<QAction *>(QStringLiteral("language_") + language);
            QVERIFY(action);
            action->trigger();
            QCOMPARE(translations.current(), language);
            QVERIFY(action->isChecked());
            QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("檔案(&F)"));
            QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("日期"));
        }
    }

    void relatedTermsAreNamedAndRemovedWithOneClick()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *chip = window.findChild<QToolButton *>(QStringLiteral("relatedTermsChip"));
        QVERIFY(search && chip);
        window.browser()->setSearchText(QStringLiteral("deep synthesis"));
        QVERIFY(test::shown(window));
        QVERIFY(chip->isVisible());
        QVERIFY2(chip->toolTip().contains(QStringLiteral("deepfake")), qPrintable(chip->toolTip()));
        const auto uids = [&] {
            QStringList result;
            for (int row = 0; row < window.browser()->model()->rowCount(); ++row) {
                result.append(window.browser()
                                  ->model()
                                  ->index(row, 0)
                                  .data(core::DevelopmentTableModel::UidRole)
                                  .toString());
            }
            return result;
        };
        // The exact match first, the AI-faked voice (深度伪造, a related term) after it.
        QCOMPARE(uids().constFirst(), QStringLiteral("cn-tmt-2025-02"));
        QVERIFY(uids().contains(QStringLiteral("cn-tmt-2025-21")));
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(test::shown(window));
        QCOMPARE(search->text(), QStringLiteral("\"deep synthesis\""));
        QVERIFY(!chip->isVisible());
        QCOMPARE(uids(), QStringList{QStringLiteral("cn-tmt-2025-02")});
    }

    void showsChineseContentInTraditionalCharacters()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setContent(ui::MainWindow::Content::Chinese);
        QVERIFY(test::shown(window));
        window.browser()->selectDevelopment(
            db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = 'cn-tmt-2025-16'"))
                .toLongLong());
        QVERIFY(test::shown(window));
        auto *chineseView = window.browser()->detailPane()->chineseView();
        QVERIFY(chineseView->toPlainText().contains(
            QStringLiteral("北京市网信办推动属地重点网络平台公示算法推荐原理")));
        window.setChineseForm(core::ChineseScript::Form::Taiwan);
        const QString shown = chineseView->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("北京市網信辦推動屬地重點網絡平臺公示算法推薦原理")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("converted from the stored Simplified text")));
        // The table reads in Traditional too.
        auto *table = window.browser()->table();
        const QModelIndex title
            = table->model()->index(table->currentIndex().row(), core::DevelopmentTableModel::TitleColumn);
        auto *delegate = qobject_cast<ui::DevelopmentTitleDelegate *>(
            table->itemDelegateForColumn(core::DevelopmentTableModel::TitleColumn));
        QVERIFY(delegate);
        QVERIFY(delegate->lines(title).constFirst().text.contains(QStringLiteral("網信辦")));
        window.setChineseForm(core::ChineseScript::Form::Simplified);
        QVERIFY(!chineseView->toPlainText().contains(QStringLiteral("converted from the stored")));
    }

    void newDevelopmentNeedsTitleAndIssuer()
    {
        auto db = demo();
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        bool okWasDisabled = false;
        QTimer::singleShot(0, this, [&okWasDisabled] {
            auto *editor = qobject_cast<ui::DevelopmentEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            auto *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("titleEn")),
                             QStringLiteral("New rule"));
            auto *authorities = editor->findChild<QListWidget *>(QStringLiteral("authorities"));
            authorities->item(0)->setCheckState(Qt::Checked);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        window.findChild<QAction *>(QStringLiteral("newDevelopmentAction"))->trigger();
        QVERIFY(test::shown(window));
        QVERIFY(okWasDisabled);
        QCOMPARE(core::countRecords(*db).developments, 32);
        QVERIFY(window.browser()->detailPane()->englishView()->toPlainText().contains(
            QStringLiteral("New rule")));
    }

    void showsBothContentLanguagesSideBySide()
    {
        using Model = core::DevelopmentTableModel;
        auto db = demo();
        core::Translations translations;
        translations.install(QStringLiteral("en"));
        ui::MainWindow window(*db, &translations, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        auto *table = window.browser()->table();
        auto *model = qobject_cast<Model *>(table->model());
        auto *delegate
            = qobject_cast<ui::DevelopmentTitleDelegate *>(table->itemDelegateForColumn(Model::TitleColumn));
        QVERIFY(model && delegate);
        auto *pane = window.browser()->detailPane();
        const QString titleEn = model->index(0, Model::TitleColumn).data(Model::TitleEnRole).toString();
        const QString titleZh = model->index(0, Model::TitleColumn).data(Model::TitleZhRole).toString();
        QVERIFY(!titleEn.isEmpty() && !titleZh.isEmpty());
        QCOMPARE(model->index(0, Model::TitleColumn).data().toString(), titleEn);
        const int oneLine = table->rowHeight(0);
        QVERIFY(!pane->englishView()->isHidden());
        QVERIFY(pane->chineseView()->isHidden());

        // Side by side: the interface language (English) first, the Chinese title under it, in taller rows
        // and with both panes of the detail pane.
        window.findChild<QAction *>(QStringLiteral("contentBothAction"))->trigger();
        QCOMPARE(window.content(), ui::MainWindow::Content::Both);
        QCOMPARE(model->index(0, Model::TitleColumn).data().toString(), titleEn + u'\n' + titleZh);
        const auto lines = delegate->lines(model->index(0, Model::TitleColumn));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, titleEn);
        QCOMPARE(lines.at(1).text, titleZh);
        QVERIFY2(table->rowHeight(0) >= 2 * table->fontMetrics().height() && table->rowHeight(0) > oneLine,
                 qPrintable(QString::number(table->rowHeight(0))));
        QVERIFY(!pane->englishView()->isHidden());
        QVERIFY(!pane->chineseView()->isHidden());

        // A development with an English title only: its English title, and the marker where the Chinese
        // one would be, drawn on the second line.
        core::Development lone;
        lone.title.en = QStringLiteral("A rule published in English only");
        lone.authorities
            = model->index(0, Model::TitleColumn).data(Model::AuthorityCodesRole).toStringList().mid(0, 1);
        lone.announced = QDate(2099, 1, 1); // the newest: the first row
        const qint64 id = core::DevelopmentService(*db).create(lone);
        QVERIFY(test::shown(window));
        QCOMPARE(model->rowForId(id), 0);
        const QModelIndex loneTitle = model->index(0, Model::TitleColumn);
        QCOMPARE(loneTitle.data().toString(), lone.title.en);
        QVERIFY(loneTitle.data(Model::MissingLanguageRole).toBool());
        const auto loneLines = delegate->lines(loneTitle);
        QCOMPARE(loneLines.size(), 2);
        QCOMPARE(loneLines.at(0).text, lone.title.en);
        QCOMPARE(loneLines.at(1).marker, ui::DevelopmentTitleDelegate::tr("no Chinese title"));
        QVERIFY(loneLines.at(1).text.isEmpty());
        const QRect cell = table->visualRect(loneTitle);
        const QImage picture = table->viewport()->grab(cell).toImage();
        const auto inked = [&picture](int top, int bottom) {
            const QRgb background = picture.pixel(picture.width() - 3, bottom - 1);
            int count = 0;
            for (int y = top; y < bottom; ++y) {
                for (int x = 0; x < picture.width(); ++x) {
                    count += picture.pixel(x, y) != background ? 1 : 0;
                }
            }
            return count;
        };
        QVERIFY(inked(2, picture.height() / 2) > 20);
        QVERIFY2(inked(picture.height() / 2, picture.height() - 2) > 20, "no marker under the title");

        // Chinese only: the English title with the marker in front on one line; only the Chinese pane.
        window.findChild<QAction *>(QStringLiteral("contentChineseAction"))->trigger();
        const auto chineseLines = delegate->lines(model->index(model->rowForId(id), Model::TitleColumn));
        QCOMPARE(chineseLines.size(), 1);
        QCOMPARE(chineseLines.at(0).marker, ui::DevelopmentTitleDelegate::tr("no Chinese title"));
        QCOMPARE(chineseLines.at(0).text, lone.title.en);
        QCOMPARE(table->rowHeight(0), oneLine);
        QVERIFY(pane->englishView()->isHidden());
        QVERIFY(!pane->chineseView()->isHidden());

        // Side by side under a Chinese interface: the Chinese title leads.
        window.findChild<QAction *>(QStringLiteral("contentBothAction"))->trigger();
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("中文（简体）")) {
                action->trigger();
            }
        }
        QCOMPARE(translations.current(), QStringLiteral("zh_CN"));
        const int complete = model->rowForId(id) == 0 ? 1 : 0;
        QCOMPARE(model->index(complete, Model::TitleColumn).data().toString(),
                 model->index(complete, Model::TitleColumn).data(Model::TitleZhRole).toString() + u'\n'
                     + model->index(complete, Model::TitleColumn).data(Model::TitleEnRole).toString());
        translations.install(QStringLiteral("en"));
    }

    void contentChoiceIsRemembered()
    {
        auto db = demo();
        const QString key = QStringLiteral("contentLanguage");
        QSettings().remove(key);
        {
            ui::MainWindow window(*db, nullptr, true);
            QCOMPARE(window.content(), ui::MainWindow::Content::English);
            window.findChild<QAction *>(QStringLiteral("contentBothAction"))->trigger();
        }
        QCOMPARE(QSettings().value(key).toString(), QStringLiteral("both"));
        ui::MainWindow window(*db, nullptr, true);
        QCOMPARE(window.content(), ui::MainWindow::Content::Both);
        QVERIFY(window.browser()->showsBothLanguages());
        QSettings().remove(key);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
