// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist view in the main window on the demo database, driven as a compliance manager drives it: Space
// ticks and unticks, undo and redo go back and forth, a bulk change is one undo step, a row changed by
// somebody else meanwhile asks before anything is overwritten, and evidence round-trips through the editor.

#include "CompanyRepository.h"
#include "TestSupport.h"

#include "AssessmentEditor.h"
#include "AssessmentService.h"
#include "ChangesSinceDialog.h"
#include "ChecklistDelegate.h"
#include "ChecklistModel.h"
#include "ChecklistView.h"
#include "CompanyMatrixView.h"
#include "CompanyService.h"
#include "ConflictDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <optional>

using namespace rt;
using core::AssessmentResult;
using core::AssessmentStatus;
using core::ChecklistModel;

class TestChecklistView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<core::Database> demo() { return test::newDemoDatabase(m_dir); }

    // A window showing the checklist of the demo company qiantang-bazaar.
    struct Fixture
    {
        std::unique_ptr<core::Database> db;
        std::unique_ptr<ui::MainWindow> window;
        ui::ChecklistView *view = nullptr;
        QTreeView *tree = nullptr;
        qint64 company = 0;
    };

    Fixture open(std::unique_ptr<core::Database> db)
    {
        Fixture f;
        f.db = std::move(db);
        f.window = std::make_unique<ui::MainWindow>(*f.db, nullptr, false);
        f.window->show();
        f.window->activateWindow();
        [&] { QVERIFY(QTest::qWaitForWindowActive(f.window.get())); }();
        f.window->showView(ui::MainWindow::View::Checklist);
        f.view = f.window->checklist();
        f.tree = f.view->tree();
        f.company = core::CompanyRepository(*f.db).find(QStringLiteral("qiantang-bazaar"));
        f.view->setCompany(f.company);
        f.view->model()->setToday(QDate(2025, 11, 28));
        f.tree->setFocus();
        return f;
    }

    static std::optional<core::ChecklistRow> rowFor(const ui::ChecklistView &view,
                                                    const QString &obligationUid)
    {
        for (int g = 0; g < view.model()->groupCount(); ++g) {
            for (const core::ChecklistRow &row : view.model()->groupRows(g)) {
                if (row.obligationUid == obligationUid) {
                    return row;
                }
            }
        }
        return std::nullopt;
    }

    static QVariant shown(const ui::ChecklistView &view, const core::AssessmentKey &key, int role)
    {
        return view.model()->indexOf(key, ChecklistModel::TickColumn).data(role);
    }

    static void trigger(QObject *parent, const char *name)
    {
        auto *action = parent->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spaceTicksAndUntickRestoresWithUndo()
    {
        Fixture f = open(demo());
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o1"));
        QVERIFY(row);
        QCOMPARE(row->assessment.status, AssessmentStatus::InReview);
        QCOMPARE(row->assessment.result, AssessmentResult::PartiallyCompliant);
        const int version = row->assessment.version;
        const int done = f.view->model()->doneCount();
        core::AssessmentService service(*f.db);

        f.view->selectRow(row->key);
        QTest::keyClick(f.tree, Qt::Key_Space);
        QCOMPARE(shown(*f.view, row->key, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(shown(*f.view, row->key, ChecklistModel::StatusRole).toInt(), int(AssessmentStatus::Done));
        QCOMPARE(shown(*f.view, row->key, ChecklistModel::ResultRole).toInt(),
                 int(AssessmentResult::Compliant));
        core::Assessment stored = service.assessment(row->key);
        QCOMPARE(stored.status, AssessmentStatus::Done);
        QCOMPARE(stored.result, AssessmentResult::Compliant);
        QCOMPARE(stored.version, version + 1);
        QCOMPARE(f.view->model()->doneCount(), done + 1);
        QVERIFY2(f.view->summary().startsWith(QString::number(done + 1)), qPrintable(f.view->summary()));
        QCOMPARE(f.window->undoStack()->count(), 1);

        // Space again: back to what it was before the tick, not to "To do".
        QTest::keyClick(f.tree, Qt::Key_Space);
        stored = service.assessment(row->key);
        QCOMPARE(stored.status, AssessmentStatus::InReview);
        QCOMPARE(stored.result, AssessmentResult::PartiallyCompliant);
        QCOMPARE(shown(*f.view, row->key, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(f.window->undoStack()->count(), 2);

        trigger(f.window.get(), "undoAction"); // the untick
        QCOMPARE(service.assessment(row->key).status, AssessmentStatus::Done);
        QCOMPARE(shown(*f.view, row->key, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        trigger(f.window.get(), "undoAction"); // the tick
        stored = service.assessment(row->key);
        QCOMPARE(stored.status, AssessmentStatus::InReview);
        QCOMPARE(stored.result, AssessmentResult::PartiallyCompliant);
        QCOMPARE(f.view->model()->doneCount(), done);
        trigger(f.window.get(), "redoAction");
        QCOMPARE(service.assessment(row->key).status, AssessmentStatus::Done);
        QCOMPARE(shown(*f.view, row->key, ChecklistModel::ResultRole).toInt(),
                 int(AssessmentResult::Compliant));
    }

    void spaceOnAFreshRowTicksAndUnticksToToDo()
    {
        Fixture f = open(demo());
        std::optional<core::ChecklistRow> fresh;
        for (int g = 0; g < f.view->model()->groupCount() && !fresh; ++g) {
            for (const core::ChecklistRow &row : f.view->model()->groupRows(g)) {
                if (row.assessment.version == 0) {
                    fresh = row;
                    break;
                }
            }
        }
        QVERIFY(fresh);
        f.view->selectRow(fresh->key);
        QTest::keyClick(f.tree, Qt::Key_Space);
        core::AssessmentService service(*f.db);
        QCOMPARE(service.assessment(fresh->key).status, AssessmentStatus::Done);
        QTest::keyClick(f.tree, Qt::Key_Space);
        const core::Assessment stored = service.assessment(fresh->key);
        QCOMPARE(stored.status, AssessmentStatus::ToDo);
        QCOMPARE(stored.result, AssessmentResult::NotAssessed);
    }

    void bulkOwnerIsOneUndoStep()
    {
        Fixture f = open(demo());
        ChecklistModel *model = f.view->model();
        const QModelIndex group = model->index(0, 0);
        QVERIFY(model->rowCount(group) >= 3);
        QItemSelection selection;
        QList<core::ChecklistRow> rows;
        for (int r = 0; r < 3; ++r) {
            selection.select(model->index(r, 0, group),
                             model->index(r, ChecklistModel::ColumnCount - 1, group));
            rows.append(*model->row(model->index(r, 0, group)));
        }
        f.tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(f.view->selectedRows().size(), 3);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("Alice Wang"));
            dialog->accept();
        });
        trigger(f.view, "setOwnerAction");
        core::AssessmentService service(*f.db);
        for (const core::ChecklistRow &row : std::as_const(rows)) {
            QCOMPARE(service.assessment(row.key).owner, QStringLiteral("Alice Wang"));
            QCOMPARE(model->indexOf(row.key, ChecklistModel::OwnerColumn).data().toString(),
                     QStringLiteral("Alice Wang"));
        }
        QCOMPARE(f.window->undoStack()->count(), 1);

        trigger(f.window.get(), "undoAction");
        for (const core::ChecklistRow &row : std::as_const(rows)) {
            QCOMPARE(service.assessment(row.key).owner, row.assessment.owner);
        }
        trigger(f.window.get(), "redoAction");
        for (const core::ChecklistRow &row : std::as_const(rows)) {
            QCOMPARE(service.assessment(row.key).owner, QStringLiteral("Alice Wang"));
        }
    }

    void staleTickAsksAndReloadKeepsTheirs()
    {
        auto db = demo();
        auto other = core::Database::open(db->path(), core::Database::OpenMode::ExistingOnly);
        other->setActor(QStringLiteral("someone else"));
        Fixture f = open(std::move(db));
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o4"));
        QVERIFY(row);
        const int version = row->assessment.version;

        // Another window saves first; this one has not heard of it yet.
        core::AssessmentEdit theirs;
        theirs.status = AssessmentStatus::InProgress;
        core::AssessmentService(*other).apply(row->key, version, theirs);
        QCOMPARE(shown(*f.view, row->key, ChecklistModel::VersionRole).toInt(), version);

        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            dialog->findChild<QPushButton *>(QStringLiteral("reloadButton"))->click();
        });
        f.view->selectRow(row->key);
        QTest::keyClick(f.tree, Qt::Key_Space);
        QVERIFY(asked);
        const core::Assessment stored = core::AssessmentService(*f.db).assessment(row->key);
        QCOMPARE(stored.status, AssessmentStatus::InProgress);
        QCOMPARE(stored.version, version + 1);
        QCOMPARE(f.window->undoStack()->count(), 0);
        // The window watches the file: the other window's change shows within a second.
        QTRY_COMPARE(shown(*f.view, row->key, ChecklistModel::StatusRole).toInt(),
                     int(AssessmentStatus::InProgress));
    }

    void staleTickOverwrittenOnRequestAndUndoneToTheirs()
    {
        auto db = demo();
        auto other = core::Database::open(db->path(), core::Database::OpenMode::ExistingOnly);
        Fixture f = open(std::move(db));
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o4"));
        QVERIFY(row);
        core::AssessmentEdit theirs;
        theirs.status = AssessmentStatus::InProgress;
        theirs.owner = QStringLiteral("Someone Else");
        core::AssessmentService(*other).apply(row->key, row->assessment.version, theirs);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("overwriteButton"))->click();
        });
        f.view->selectRow(row->key);
        QTest::keyClick(f.tree, Qt::Key_Space);
        core::AssessmentService service(*f.db);
        QCOMPARE(service.assessment(row->key).status, AssessmentStatus::Done);
        QCOMPARE(service.assessment(row->key).result, AssessmentResult::Compliant);
        QCOMPARE(f.window->undoStack()->count(), 1);

        // Undo brings back what the other window had saved, not the stale view of it.
        trigger(f.window.get(), "undoAction");
        const core::Assessment stored = service.assessment(row->key);
        QCOMPARE(stored.status, AssessmentStatus::InProgress);
        QCOMPARE(stored.result, row->assessment.result);
        QCOMPARE(stored.owner, QStringLiteral("Someone Else"));
    }

    void editorSaveAfterAnotherChangeIsAConflict()
    {
        Fixture f = open(demo());
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o4"));
        QVERIFY(row);
        f.view->selectRow(row->key);
        core::Database *db = f.db.get();
        bool asked = false;
        QTimer::singleShot(0, this, [this, db, &asked] {
            auto *editor = qobject_cast<ui::AssessmentEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            editor->findChild<QComboBox *>(QStringLiteral("ownerCombo"))
                ->setCurrentText(QStringLiteral("Editor"));
            // Somebody saves the row while the form is open.
            core::AssessmentEdit theirs;
            theirs.status = AssessmentStatus::InReview;
            core::AssessmentService(*db).apply(editor->key(), editor->original().version, theirs);
            QTimer::singleShot(0, this, [&asked] {
                auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                asked = true;
                dialog->findChild<QPushButton *>(QStringLiteral("overwriteButton"))->click();
            });
            editor->accept();
        });
        QTest::keyClick(f.tree, Qt::Key_Return);
        QVERIFY(asked);
        // Overwriting writes only what the form changed: their status stays.
        const core::Assessment stored = core::AssessmentService(*f.db).assessment(row->key);
        QCOMPARE(stored.owner, QStringLiteral("Editor"));
        QCOMPARE(stored.status, AssessmentStatus::InReview);
    }

    void evidenceRoundTripsAndRespectsTheLimit()
    {
        Fixture f = open(demo());
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o6"));
        QVERIFY(row);
        QByteArray bytes;
        for (int i = 0; i < 5000; ++i) {
            bytes.append(char(i * 7));
        }
        bytes.append("截图 evidence");
        const QString path = m_dir.filePath(QStringLiteral("会员续费提醒.png"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        ui::AssessmentEditor editor(*f.db, f.window->undoStack(), *row, core::Language::English, {},
                                    f.window.get());
        QVERIFY(editor.attachFile(path));
        core::AssessmentService service(*f.db);
        QList<core::Evidence> evidence = service.evidence(row->key);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().fileName, QStringLiteral("会员续费提醒.png"));
        QCOMPARE(evidence.first().sha256, core::AssessmentService::sha256(bytes));
        QCOMPARE(service.evidenceWithContent(evidence.first().id).content, bytes);
        QCOMPARE(editor.findChild<QTableWidget *>(QStringLiteral("evidenceTable"))->rowCount(), 1);
        QCOMPARE(f.view->model()->indexOf(row->key, ChecklistModel::EvidenceColumn).data().toInt(), 1);

        trigger(f.window.get(), "undoAction");
        QCOMPARE(service.evidence(row->key).size(), 0);
        QCOMPARE(editor.findChild<QTableWidget *>(QStringLiteral("evidenceTable"))->rowCount(), 0);
        trigger(f.window.get(), "redoAction");
        evidence = service.evidence(row->key);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(service.evidenceWithContent(evidence.first().id).content, bytes);

        // Over the configured limit: a message naming the file, nothing attached.
        QSettings().setValue(QStringLiteral("evidence/sizeLimitMB"), 1);
        const QString big = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(3 * 1024 * 1024 / 2, 'x'));
        }
        QString message;
        QTimer::singleShot(0, this, [&message] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            message = box->text();
            box->accept();
        });
        QVERIFY(!editor.attachFile(big));
        QSettings().remove(QStringLiteral("evidence/sizeLimitMB"));
        QVERIFY2(message.contains(QStringLiteral("scan.pdf")), qPrintable(message));
        QCOMPARE(service.evidence(row->key).size(), 1);
    }

    void filtersAndTheMatrixScope()
    {
        Fixture f = open(demo());
        ChecklistModel *model = f.view->model();
        auto *show = f.view->findChild<QComboBox *>(QStringLiteral("showCombo"));
        QVERIFY(show);
        show->setCurrentIndex(show->findData(int(core::ChecklistFilter::Show::Overdue)));
        int shownRows = 0;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            for (int r = 0; r < model->rowCount(group); ++r) {
                QVERIFY(model->index(r, 0, group).data(ChecklistModel::OverdueRole).toBool());
                ++shownRows;
            }
        }
        QVERIFY(shownRows > 0);
        QCOMPARE(shownRows, model->overdueCount());
        show->setCurrentIndex(show->findData(int(core::ChecklistFilter::Show::All)));

        // The matrix asks for one topic of another company: the checklist follows, with a removable chip.
        const qint64 other = core::CompanyRepository(*f.db).find(QStringLiteral("huangpu-motors"));
        QVERIFY(other != 0 && other != f.company);
        f.window->showView(ui::MainWindow::View::Matrix);
        f.view->setCompany(other);
        const QString topic = model->groupRows(0).first().topics.value(0);
        QVERIFY(!topic.isEmpty());
        f.view->setCompany(f.company);
        core::ChecklistFilter filter;
        filter.topic = topic;
        Q_EMIT f.window->matrix()->checklistRequested(other, filter);
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Checklist);
        QCOMPARE(f.view->company(), other);
        auto *chip = f.view->findChild<QToolButton *>(QStringLiteral("scopeChip"));
        QVERIFY(chip && chip->isVisibleTo(f.view));
        for (int g = 0; g < model->groupCount(); ++g) {
            for (const core::ChecklistRow &row : model->groupRows(g)) {
                QVERIFY(row.topics.contains(topic));
            }
        }
        chip->click();
        QVERIFY(model->filter().topic.isEmpty());
        QVERIFY(!chip->isVisibleTo(f.view));
    }

    void keyboardSwitchesCompaniesAndViews()
    {
        Fixture f = open(demo());
        const QList<core::Company> companies = core::CompanyRepository(*f.db).all();
        QVERIFY(companies.size() >= 2);
        QTest::keyClick(f.tree, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(f.view->company(), companies.at(1).id);
        QTest::keyClick(f.tree, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(f.view->company(), companies.at(0).id);
        QTest::keyClick(f.tree, Qt::Key_3, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Matrix);
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.window->currentView(), ui::MainWindow::View::Checklist);
    }

    void changesSinceListsTheTick()
    {
        Fixture f = open(demo());
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o4"));
        QVERIFY(row);
        ui::ChangesSinceDialog dialog(*f.db, f.company, QStringLiteral("Qiantang"), core::Language::English);
        const int before = dialog.changeCount();
        f.view->selectRow(row->key);
        QTest::keyClick(f.tree, Qt::Key_Space);
        // The open dialog follows the change: status and result, newest first.
        QCOMPARE(dialog.changeCount(), before + 2);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("changesTable"));
        const QStringList newest{table->item(0, 4)->text(), table->item(1, 4)->text()};
        QVERIFY2(newest.contains(QStringLiteral("To do → Done")), qPrintable(newest.join(u'|')));
        QVERIFY2(newest.contains(QStringLiteral("Not assessed → Compliant")), qPrintable(newest.join(u'|')));
        dialog.setSince(QDate::currentDate().addDays(1));
        QCOMPARE(dialog.changeCount(), 0);
    }

    // Select the whole due date (Ctrl+A) and type a new one: the new one is what is kept, wherever the cursor
    // was. QDateEdit typed into the section under the cursor and took each "-" as one more step: 2026-12-10
    // came out as 2027-12-10 in the report, 2025-12-10 or 2026-11-12 here.
    void dueDateTypedOverTheSelectedDate_data()
    {
        QTest::addColumn<int>("cursorKey");
        QTest::newRow("cursor in the year") << int(Qt::Key_Home);
        QTest::newRow("cursor in the day") << int(Qt::Key_End);
    }

    void dueDateTypedOverTheSelectedDate()
    {
        QFETCH(int, cursorKey);
        Fixture f = open(demo());
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o6"));
        QVERIFY(row);
        ui::AssessmentEditor editor(*f.db, f.window->undoStack(), *row, core::Language::English, {},
                                    f.window.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *hasDue = editor.findChild<QCheckBox *>(QStringLiteral("hasDueCheck"));
        auto *due = editor.findChild<QDateEdit *>(QStringLiteral("dueEdit"));
        QVERIFY(hasDue && due);
        hasDue->setChecked(true);
        due->setDate(QDate(2025, 11, 28));
        due->setFocus();
        QTest::keyClick(due, Qt::Key(cursorKey));
        QTest::keyClick(due, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(due, QStringLiteral("2026-12-10"));
        QCOMPARE(due->date(), QDate(2026, 12, 10));
        QCOMPARE(due->text(), QStringLiteral("2026-12-10"));
    }

    // A group's "done / applicable" label is drawn beside its progress bar, never over the fill (where it was
    // unreadable in one palette or the other), and fits whole in a status column of the default width.
    void progressLabelBesideTheBar_data()
    {
        QTest::addColumn<int>("direction");
        QTest::newRow("left to right") << int(Qt::LeftToRight);
        QTest::newRow("right to left") << int(Qt::RightToLeft);
    }

    void progressLabelBesideTheBar()
    {
        QFETCH(int, direction);
        Fixture f = open(demo());
        QFont bold = f.tree->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QString label = ui::ChecklistDelegate::progressLabel(12, 17);
        QCOMPARE(label, QStringLiteral("12 / 17"));
        const QRect cell(0, 0, f.tree->header()->sectionSize(ChecklistModel::StatusColumn), 24);
        const auto [bar, text]
            = ui::ChecklistDelegate::progressRects(cell, metrics, label, Qt::LayoutDirection(direction));
        QVERIFY(!bar.intersects(text));
        QVERIFY(cell.contains(bar) && cell.contains(text));
        QVERIFY2(text.width() >= metrics.horizontalAdvance(label), qPrintable(QString::number(text.width())));
        QVERIFY(bar.width() >= cell.width() / 3);
    }

    // A group's progress bar shows where it ends even when nothing is done, in a high-contrast palette (white
    // on black) as in the usual ones: the style's groove there was black on black.
    void progressBarVisibleInHighContrast()
    {
        Fixture f = open(demo());
        QModelIndex group;
        for (int row = 0; row < f.tree->model()->rowCount() && !group.isValid(); ++row) {
            const QModelIndex status = f.tree->model()->index(row, ChecklistModel::StatusColumn);
            if (status.data(ChecklistModel::DoneCountRole).toInt() == 0
                && status.data(ChecklistModel::ApplicableRole).toInt() > 0) {
                group = status;
            }
        }
        QVERIFY(group.isValid());
        QPalette contrast(Qt::white, Qt::black, Qt::white, Qt::white, Qt::white, Qt::white, Qt::white,
                          Qt::black, Qt::black);
        QStyleOptionViewItem option;
        option.initFrom(f.tree);
        option.widget = f.tree;
        option.palette = contrast;
        option.state = QStyle::State_Enabled;
        option.rect = QRect(0, 0, 160, 24);
        option.font = f.tree->font();
        option.fontMetrics = QFontMetrics(option.font);
        QImage picture(option.rect.size(), QImage::Format_RGB32);
        picture.fill(Qt::black);
        {
            QPainter painter(&picture);
            f.tree->itemDelegateForIndex(group)->paint(&painter, option, group);
        }
        QFont bold = option.font;
        bold.setBold(true);
        const QString label = ui::ChecklistDelegate::progressLabel(0, 1);
        const QRect bar
            = ui::ChecklistDelegate::progressRects(option.rect, QFontMetrics(bold), label, Qt::LeftToRight)
                  .first;
        // Along the bar's middle, from its left edge to its right: some pixel stands out from the black.
        int brightest = 0;
        for (int x = bar.left(); x <= bar.right(); ++x) {
            brightest = qMax(brightest, qGray(picture.pixel(x, bar.center().y())));
        }
        QVERIFY2(brightest >= 100, qPrintable(QString::number(brightest)));
    }

    // An unticked box shows in a high-contrast palette too (the style drew its edge black on black).
    void untickedBoxVisibleInHighContrast()
    {
        Fixture f = open(demo());
        QModelIndex tick;
        for (int row = 0; row < f.tree->model()->rowCount() && !tick.isValid(); ++row) {
            const QModelIndex group = f.tree->model()->index(row, 0);
            for (int child = 0; child < f.tree->model()->rowCount(group) && !tick.isValid(); ++child) {
                const QModelIndex cell = f.tree->model()->index(child, ChecklistModel::TickColumn, group);
                if (cell.data(Qt::CheckStateRole).toInt() == Qt::Unchecked) {
                    tick = cell;
                }
            }
        }
        QVERIFY(tick.isValid());
        QStyleOptionViewItem option;
        option.initFrom(f.tree);
        option.widget = f.tree;
        option.palette = QPalette(Qt::white, Qt::black, Qt::white, Qt::white, Qt::white, Qt::white, Qt::white,
                                  Qt::black, Qt::black);
        option.state = QStyle::State_Enabled;
        option.rect = QRect(0, 0, 40, 24);
        QImage picture(option.rect.size(), QImage::Format_RGB32);
        picture.fill(Qt::black);
        {
            QPainter painter(&picture);
            f.tree->itemDelegateForIndex(tick)->paint(&painter, option, tick);
        }
        int brightest = 0;
        for (int x = 0; x < picture.width(); ++x) {
            brightest = qMax(brightest, qGray(picture.pixel(x, picture.height() / 2)));
        }
        QVERIFY2(brightest >= 100, qPrintable(QString::number(brightest)));
    }

    // A row with notes carries a mark in the notes column, and its tooltip shows the notes.
    void rowsWithNotesAreMarked()
    {
        Fixture f = open(demo());
        std::optional<core::ChecklistRow> row;
        for (int g = 0; g < f.view->model()->groupCount() && !row; ++g) {
            for (const core::ChecklistRow &r : f.view->model()->groupRows(g)) {
                if (r.assessment.notes.isEmpty()) {
                    row = r;
                    break;
                }
            }
        }
        QVERIFY(row);
        QVERIFY(!f.view->model()
                     ->indexOf(row->key, ChecklistModel::NotesColumn)
                     .data(ChecklistModel::HasNotesRole)
                     .toBool());
        core::AssessmentEdit edit;
        edit.notes = QStringLiteral("Asked Legal about **renewal reminders**.\n会员续费提醒已检查。");
        core::AssessmentService(*f.db).overwrite(row->key, edit);
        QTRY_VERIFY(f.view->model()
                        ->indexOf(row->key, ChecklistModel::NotesColumn)
                        .data(ChecklistModel::HasNotesRole)
                        .toBool());
        const QModelIndex marked = f.view->model()->indexOf(row->key, ChecklistModel::NotesColumn);
        const QString tip = marked.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("renewal reminders")) && tip.contains(QStringLiteral("续费")),
                 qPrintable(tip));
        QCOMPARE(marked.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Has notes"));
        // Rows without notes carry no mark and no tooltip there.
        for (int g = 0; g < f.view->model()->groupCount(); ++g) {
            for (const core::ChecklistRow &other : f.view->model()->groupRows(g)) {
                const QModelIndex cell = f.view->model()->indexOf(other.key, ChecklistModel::NotesColumn);
                QCOMPARE(cell.data(ChecklistModel::HasNotesRole).toBool(),
                         !other.assessment.notes.trimmed().isEmpty());
                QCOMPARE(cell.data(Qt::ToolTipRole).toString().isEmpty(),
                         other.assessment.notes.trimmed().isEmpty());
            }
        }
        QCOMPARE(f.view->model()->headerData(ChecklistModel::NotesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Notes"));
    }

    void undoKeepsOtherPeoplesChanges()
    {
        auto db = demo();
        auto other = core::Database::open(db->path(), core::Database::OpenMode::ExistingOnly);
        Fixture f = open(std::move(db));
        const auto row = rowFor(*f.view, QStringLiteral("cn-tmt-2025-01-final/o4"));
        QVERIFY(row);
        f.view->selectRow(row->key);
        QTest::keyClick(f.tree, Qt::Key_Space);
        core::AssessmentService service(*f.db);
        QCOMPARE(service.assessment(row->key).status, AssessmentStatus::Done);

        // Somebody else sets the owner: undoing the tick needs no question and keeps their owner.
        core::AssessmentEdit owner;
        owner.owner = QStringLiteral("Someone Else");
        core::AssessmentService(*other).overwrite(row->key, owner);
        trigger(f.window.get(), "undoAction");
        QCOMPARE(f.window->undoStack()->index(), 0);
        core::Assessment stored = service.assessment(row->key);
        QCOMPARE(stored.status, row->assessment.status);
        QCOMPARE(stored.owner, QStringLiteral("Someone Else"));

        // Somebody else changes the status the redo would set: the redo asks, and Reload leaves theirs.
        core::AssessmentEdit status;
        status.status = AssessmentStatus::InReview;
        core::AssessmentService(*other).overwrite(row->key, status);
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = true;
            dialog->findChild<QPushButton *>(QStringLiteral("reloadButton"))->click();
        });
        trigger(f.window.get(), "redoAction");
        QVERIFY(asked);
        QCOMPARE(f.window->undoStack()->index(), 0);
        QCOMPARE(service.assessment(row->key).status, AssessmentStatus::InReview);
    }
};

QTEST_MAIN(TestChecklistView)
#include "tst_checklistview.moc"
