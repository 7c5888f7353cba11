// SPDX-License-Identifier: GPL-3.0-or-later
// The import review as a user drives it, on the demo database: a batch of three items from a made-up
// bulletin is shown in the review table beside its source text; what is ticked and edited there is exactly
// what the import writes, Cancel writes nothing, and the main window lists the new developments afterwards.

#include "BrowserSupport.h"
#include "CompanyRepository.h"
#include "TestSupport.h"

#include "AssessmentService.h"
#include "AuthorityRepository.h"
#include "CompanyService.h"
#include "DevelopmentRepository.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentsBrowser.h"
#include "ImportAuthorityDialog.h"
#include "ImportDialog.h"
#include "ImportReviewModel.h"
#include "MainWindow.h"
#include "ReferenceNames.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace rt;
using core::ImportReviewModel;

namespace {

const QString itemOneTitle = QStringLiteral("CAC publishes rules on labelling synthetic audio");
const QString itemTwoTitle = QStringLiteral("MIIT consults on uninstall buttons for pre-installed apps");
const QString itemThreeTitle = QStringLiteral("市场监管总局发布直播带货合规指引");
const QString keepRecords = QStringLiteral("保存直播记录不少于三年");
const QString showLicence = QStringLiteral("直播间经营者公示营业执照信息");

core::SourceSpan spanOf(const QString &text, const QString &part, const char16_t *field)
{
    const qsizetype start = text.indexOf(part);
    Q_ASSERT(start >= 0);
    return {QString::fromUtf16(field), start, part.size()};
}

core::CandidateObligation candidate(const QString &text, const QString &sentence, core::Language language,
                                    core::ObligationKind kind, double confidence)
{
    core::CandidateObligation c;
    (language == core::Language::Chinese ? c.obligation.text.zh : c.obligation.text.en) = sentence;
    c.obligation.kind = kind;
    c.confidence = confidence;
    c.span = spanOf(text, sentence, core::ImportField::Obligation);
    return c;
}

// Three items of an imaginary bulletin of March 2026, as a parser would hand them over.
core::ImportBatch bulletin()
{
    core::ImportBatch batch;
    batch.fileName = QStringLiteral("bulletin.txt");
    batch.format = core::ImportFormat::Newsletter;
    batch.sourceName = QStringLiteral("Test bulletin 2026-03");
    batch.year = 2026;

    core::ImportItem one;
    one.number = 1;
    one.line = 3;
    one.sourceText = QStringLiteral(
        "1. CAC publishes rules on labelling synthetic audio (12 March 2026)\n"
        "On 12 March 2026, the Cyberspace Administration of China published measures on labelling synthetic "
        "audio. Service providers must keep labelling records for at least 6 months. Platforms must not "
        "remove labels added by the creator.");
    one.development.title.en = itemOneTitle;
    one.development.authorities = {QStringLiteral("CAC")};
    one.development.kind = core::DevelopmentKind::Regulation;
    one.development.stage = core::Stage::Issued;
    one.development.announced = QDate(2026, 3, 12);
    one.development.topics = {QStringLiteral("generative_ai")};
    one.development.sourcePublication = batch.sourceName;
    one.development.sourceItem = 1;
    one.confidence = {{QStringLiteral("title"), 0.9},
                      {QStringLiteral("authority"), 0.95},
                      {QStringLiteral("announced"), 0.9},
                      {QStringLiteral("kind"), 0.5}};
    one.spans = {spanOf(one.sourceText, QStringLiteral("Cyberspace Administration of China"),
                        core::ImportField::Authority),
                 spanOf(one.sourceText, QStringLiteral("12 March 2026"), core::ImportField::Announced)};
    core::CandidateObligation records
        = candidate(one.sourceText,
                    QStringLiteral("Service providers must keep labelling records for at least 6 months."),
                    core::Language::English, core::ObligationKind::Retain, 0.9);
    core::ObligationParameter months;
    months.op = core::ParameterOp::AtLeast;
    months.value = QStringLiteral("6");
    months.unit = core::ParameterUnit::Month;
    records.obligation.parameters = {months};
    one.obligations
        = {records,
           candidate(one.sourceText, QStringLiteral("Platforms must not remove labels added by the creator."),
                     core::Language::English, core::ObligationKind::MustNot, 0.45)};
    batch.items.append(one);

    core::ImportItem two;
    two.number = 2;
    two.line = 7;
    two.sourceText = QStringLiteral(
        "2. MIIT consults on uninstall buttons for pre-installed apps (20 March 2026)\n"
        "On 20 March 2026, MIIT asked for comments until 20 April 2026 on a draft that would have every "
        "pre-installed app offer an uninstall button, together with the Shenzhen Data Bureau.");
    two.development.title.en = itemTwoTitle;
    two.development.authorities = {QStringLiteral("MIIT")};
    two.development.kind = core::DevelopmentKind::Regulation;
    two.development.stage = core::Stage::DraftForComments;
    two.development.announced = QDate(2026, 3, 20);
    two.development.commentDeadline = QDate(2026, 4, 20);
    two.development.sourcePublication = batch.sourceName;
    two.development.sourceItem = 2;
    two.warnings = {QStringLiteral("Authority unknown: Shenzhen Data Bureau.")};
    two.unknownAuthorities = {QStringLiteral("Shenzhen Data Bureau")};
    two.obligations
        = {candidate(two.sourceText, QStringLiteral("every pre-installed app offer an uninstall button"),
                     core::Language::English, core::ObligationKind::MustDo, 0.7)};
    batch.items.append(two);

    core::ImportItem three;
    three.number = 3;
    three.line = 11;
    three.language = core::Language::Chinese;
    three.sourceText = QStringLiteral("3. 市场监管总局发布直播带货合规指引（2026年3月25日）\n"
                                      "2026年3月25日，市场监管总局发布指引，要求")
        + showLicence + QStringLiteral("，并") + keepRecords + QStringLiteral("。");
    three.development.title.zh = itemThreeTitle;
    three.development.authorities = {QStringLiteral("SAMR")};
    three.development.kind = core::DevelopmentKind::Guideline;
    three.development.stage = core::Stage::Issued;
    three.development.announced = QDate(2026, 3, 25);
    three.development.sourcePublication = batch.sourceName;
    three.development.sourceItem = 3;
    three.obligations = {candidate(three.sourceText, showLicence, core::Language::Chinese,
                                   core::ObligationKind::Disclose, 0.8),
                         candidate(three.sourceText, keepRecords, core::Language::Chinese,
                                   core::ObligationKind::Retain, 0.85)};
    batch.items.append(three);
    return batch;
}

QList<core::Development> allDevelopments(core::Database &db)
{
    core::AuthorityRepository reference(db);
    core::DevelopmentRepository repository(db, reference);
    QList<core::Development> developments;
    for (qint64 id : repository.ids()) {
        developments.append(repository.load(id).value());
    }
    return developments;
}

std::optional<core::Development> developmentTitled(core::Database &db, const QString &title)
{
    for (const core::Development &d : allDevelopments(db)) {
        if (d.title.en == title || d.title.zh == title) {
            return d;
        }
    }
    return std::nullopt;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QPushButton *button(QWidget &dialog, const char *name)
    {
        auto *b = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        Q_ASSERT(b);
        return b;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelPassesTheTesterAndEditsTheBatch()
    {
        auto db = test::newDemoDatabase(m_dir);
        core::ReferenceNames names;
        names.load(*db);
        ImportReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceNames(names);
        model.setBatch(bulletin());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(model.selectedCount(), 3);
        QCOMPARE(model.selectedObligationCount(), 5);

        // The Chinese item shows its Chinese title; the obligation its parameter.
        QCOMPARE(model.index(2, ImportReviewModel::TitleColumn).data().toString(), itemThreeTitle);
        QCOMPARE(model.index(0, ImportReviewModel::ParametersColumn, model.index(0, 0)).data().toString(),
                 QStringLiteral("≥ 6 months"));
        QCOMPARE(model.index(0, ImportReviewModel::StatusColumn).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(1, ImportReviewModel::WarningsColumn).data().toString(), QStringLiteral("1"));

        // Unsure detections are marked: the second obligation (0.45) and the first item's kind (0.5).
        QVERIFY(model.index(1, ImportReviewModel::TitleColumn, model.index(0, 0))
                    .data(ImportReviewModel::LowConfidenceRole)
                    .toBool());
        QVERIFY(!model.index(0, ImportReviewModel::TitleColumn, model.index(0, 0))
                     .data(ImportReviewModel::LowConfidenceRole)
                     .toBool());
        QVERIFY(model.index(0, ImportReviewModel::KindColumn)
                    .data(ImportReviewModel::LowConfidenceRole)
                    .toBool());
        QVERIFY(!model.index(0, ImportReviewModel::TitleColumn)
                     .data(ImportReviewModel::LowConfidenceRole)
                     .toBool());

        // Authorities are edited as codes; an unknown code is refused with a reason.
        QSignalSpy refused(&model, &ImportReviewModel::editRefused);
        const QModelIndex authorities = model.index(0, ImportReviewModel::AuthoritiesColumn);
        QVERIFY(!model.setData(authorities, QStringLiteral("CAC, NOSUCH")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("NOSUCH")));
        QVERIFY(model.setData(authorities, QStringLiteral("cac、miit")));
        QCOMPARE(model.item(0).development.authorities,
                 QStringList({QStringLiteral("CAC"), QStringLiteral("MIIT")}));

        // Kind and stage take vocabulary keys; a person's edit is certain.
        QVERIFY(model.setData(model.index(0, ImportReviewModel::KindColumn), QStringLiteral("guideline")));
        QCOMPARE(model.item(0).development.kind, core::DevelopmentKind::Guideline);
        QVERIFY(!model.index(0, ImportReviewModel::KindColumn)
                     .data(ImportReviewModel::LowConfidenceRole)
                     .toBool());
        QVERIFY(
            !model.setData(model.index(0, ImportReviewModel::StageColumn), QStringLiteral("no_such_stage")));
        QVERIFY(model.setData(model.index(1, ImportReviewModel::EffectiveColumn), QDate(2026, 6, 1)));
        QCOMPARE(model.item(1).development.effective, QDate(2026, 6, 1));

        // Editing a Chinese item's title changes its Chinese side.
        QVERIFY(
            model.setData(model.index(2, ImportReviewModel::TitleColumn), QStringLiteral("直播带货指引")));
        QCOMPARE(model.item(2).development.title.zh, QStringLiteral("直播带货指引"));
        QVERIFY(model.item(2).development.title.en.isEmpty());

        // Ticks: items and obligations; obligations of an item left out are disabled and not counted.
        model.toggle(model.index(1, ImportReviewModel::TitleColumn));
        QCOMPARE(model.selectedCount(), 2);
        QCOMPARE(model.selectedObligationCount(), 4);
        QVERIFY(!(model.flags(model.index(0, 0, model.index(1, 0))) & Qt::ItemIsEnabled));
        QVERIFY(model.setData(model.index(0, 0, model.index(2, 0)), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.selectedObligationCount(), 3);
        QVERIFY(!model.batch().items.at(2).obligations.at(0).selected);
        model.setAllSelected(false);
        QCOMPARE(model.selectedCount(), 0);
        model.setAllSelected(true);
        QCOMPARE(model.selectedCount(), 3);
    }

    void reviewShowsSourceTextWithSpansAndWarnings()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::ImportDialog dialog(*db, QString(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const core::ImportBatch batch = bulletin();
        dialog.review(batch);
        QCOMPARE(dialog.page(), ui::ImportDialog::Page::Review);
        QCOMPARE(dialog.model()->rowCount(), 3);

        auto *source = dialog.findChild<QTextBrowser *>(QStringLiteral("importSourceText"));
        QVERIFY(source);
        QCOMPARE(source->toPlainText(), batch.items.at(0).sourceText);
        // The authority's span is highlighted, the words before it are not.
        const core::SourceSpan authority = batch.items.at(0).spans.at(0);
        QTextCursor inside(source->document());
        inside.setPosition(int(authority.start + 1));
        QVERIFY(inside.charFormat().background().style() != Qt::NoBrush);
        QTextCursor before(source->document());
        before.setPosition(int(authority.start - 6));
        QCOMPARE(before.charFormat().background().style(), Qt::NoBrush);
        auto *legend = dialog.findChild<QLabel *>(QStringLiteral("importLegend"));
        QVERIFY(legend->text().contains(QStringLiteral("Issuer")));
        QVERIFY(legend->text().contains(QStringLiteral("Obligation")));
        QVERIFY(dialog.findChildren<QPushButton *>(QStringLiteral("addAuthority")).isEmpty());

        // The second item: its warning and a button to add the issuer nobody knows.
        dialog.selectItem(1);
        QCOMPARE(source->toPlainText(), batch.items.at(1).sourceText);
        auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("importWarnings"));
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QStringLiteral("Shenzhen Data Bureau")));
        const auto add = dialog.findChildren<QPushButton *>(QStringLiteral("addAuthority"));
        QCOMPARE(add.size(), 1);
        QVERIFY(add.first()->text().contains(QStringLiteral("Shenzhen Data Bureau")));

        // Space toggles the current row's tick, Select none and Select all all of them.
        QTreeView *tree = dialog.tree();
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(!dialog.model()->item(1).selected);
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(dialog.model()->item(1).selected);
        QTest::mouseClick(button(dialog, "importSelectNone"), Qt::LeftButton);
        QCOMPARE(dialog.model()->selectedCount(), 0);
        QVERIFY(!button(dialog, "importPrimary")->isEnabled());
        QTest::mouseClick(button(dialog, "importSelectAll"), Qt::LeftButton);
        QCOMPARE(dialog.model()->selectedCount(), 3);
        QVERIFY(button(dialog, "importPrimary")->isEnabled());
    }

    void importWritesWhatIsTickedAsEdited()
    {
        auto db = test::newDemoDatabase(m_dir);
        const qsizetype before = allDevelopments(*db).size();
        QCOMPARE(before, 31);
        ui::ImportDialog dialog(*db, QString(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.review(bulletin());
        ImportReviewModel *model = dialog.model();
        QTreeView *tree = dialog.tree();

        // Leave the second item out with the keyboard.
        dialog.selectItem(1);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(!model->item(1).selected);

        // Retitle the first item in place, as a user types it.
        const QModelIndex title = model->index(0, ImportReviewModel::TitleColumn);
        tree->setCurrentIndex(title);
        tree->edit(title);
        auto *editor = tree->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("CAC issues labelling rules for synthetic audio"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits a line edit's Return on the next turn of the event loop.
        QTRY_COMPARE(model->item(0).development.title.en,
                     QStringLiteral("CAC issues labelling rules for synthetic audio"));

        // Of the third item, only the record-keeping obligation.
        QVERIFY(model->setData(model->index(0, ImportReviewModel::NumberColumn, model->index(2, 0)),
                               Qt::Unchecked, Qt::CheckStateRole));

        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QTRY_COMPARE(dialog.page(), ui::ImportDialog::Page::Done);
        QVERIFY(dialog.importResult().has_value());
        QCOMPARE(dialog.importResult()->added, 2);
        QCOMPARE(dialog.importResult()->obligations, 3);
        QVERIFY(dialog.wroteSomething());

        QCOMPARE(allDevelopments(*db).size(), before + 2);
        QVERIFY(!developmentTitled(*db, itemTwoTitle));
        QVERIFY(!developmentTitled(*db, itemOneTitle));
        const auto one
            = developmentTitled(*db, QStringLiteral("CAC issues labelling rules for synthetic audio"));
        QVERIFY(one);
        QCOMPARE(one->authorities, QStringList{QStringLiteral("CAC")});
        QCOMPARE(one->announced, QDate(2026, 3, 12));
        QCOMPARE(one->obligations.size(), 2);
        QCOMPARE(one->obligations.at(0).parameters.size(), 1);
        QCOMPARE(one->obligations.at(0).parameters.at(0).unit, core::ParameterUnit::Month);
        const auto three = developmentTitled(*db, itemThreeTitle);
        QVERIFY(three);
        QCOMPARE(three->obligations.size(), 1);
        QCOMPARE(three->obligations.at(0).text.zh, keepRecords);
        QCOMPARE(three->obligations.at(0).kind, core::ObligationKind::Retain);

        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("2 development")), qPrintable(summary->text()));
        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void cancelWritesNothing()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::ImportDialog dialog(*db, QString(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.review(bulletin());
        QVERIFY(dialog.model()->setData(dialog.model()->index(0, ImportReviewModel::TitleColumn),
                                        QStringLiteral("Edited, then cancelled")));
        QTest::mouseClick(button(dialog, "importCancel"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.importResult());
        QVERIFY(!dialog.wroteSomething());
        QCOMPARE(allDevelopments(*db).size(), 31);
        QVERIFY(!developmentTitled(*db, itemOneTitle));
        QVERIFY(!developmentTitled(*db, QStringLiteral("Edited, then cancelled")));
    }

    void cancellingARunningImportWritesNothing()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::ImportDialog dialog(*db, QString(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        core::ImportBatch batch = bulletin();
        const core::ImportItem model = batch.items.at(0);
        for (int i = 4; i <= 60; ++i) {
            core::ImportItem item = model;
            item.number = i;
            item.development.sourceItem = i;
            item.development.title.en = QStringLiteral("Labelling notice number %1").arg(i);
            item.development.announced = QDate(2026, 1, 1).addDays(i);
            batch.items.append(item);
        }
        dialog.review(batch);
        QCOMPARE(dialog.model()->selectedCount(), 60);
        // Cancel in the progress dialog as soon as the import runs.
        QTimer canceller;
        canceller.setInterval(0);
        connect(&canceller, &QTimer::timeout, &dialog, [&dialog, &canceller] {
            if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("importProgress"))) {
                if (auto *cancel = progress->findChild<QPushButton *>()) {
                    cancel->click();
                    canceller.stop();
                }
            }
        });
        canceller.start();
        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QCOMPARE(dialog.page(), ui::ImportDialog::Page::Review);
        QVERIFY(dialog.importResult());
        QVERIFY(dialog.importResult()->cancelled);
        QVERIFY(!dialog.wroteSomething());
        QCOMPARE(allDevelopments(*db).size(), 31);
        QVERIFY(!developmentTitled(*db, itemOneTitle));
    }

    void mainWindowListsTheImportedDevelopments()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::shown(window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("developmentsTable"));
        QCOMPARE(table->model()->rowCount(), 31);

        ui::ImportDialog dialog(*db, QString(), false, &window);
        dialog.show();
        dialog.review(bulletin());
        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QTRY_COMPARE(dialog.page(), ui::ImportDialog::Page::Done);
        QCOMPARE(dialog.importResult()->added, 3);
        // Written through the worker's own connection; the window's connection notices within its watch.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 34, 5000);
        // File → Import… is where people find it, with its shortcut.
        auto *action = window.findChild<QAction *>(QStringLiteral("importReviewAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));
        bool found = false;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            found = found
                || table->model()->index(r, 0).data(core::DevelopmentTableModel::TitleEnRole).toString()
                    == itemTwoTitle;
        }
        QVERIFY(found);
    }

    void csvDevelopmentsGoThroughTheColumnMapping()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::ImportDialog dialog(*db, QStringLiteral(RT_TEST_DATA "/import/developments-en.csv"), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.page(), ui::ImportDialog::Page::Mapping);
        auto *title = dialog.findChild<QComboBox *>(QStringLiteral("csvColumn_title_en"));
        QVERIFY(title);
        QCOMPARE(title->currentText(), QStringLiteral("Title"));
        QPushButton *next = button(dialog, "importPrimary");
        QVERIFY(next->isEnabled());

        // Without a title column the mapping cannot be used, and says why.
        title->setCurrentIndex(title->findData(-1));
        QVERIFY(!next->isEnabled());
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("importProblems"));
        QVERIFY(problems->isVisible() && !problems->text().isEmpty());
        title->setCurrentIndex(title->findText(QStringLiteral("Title")));
        QVERIFY(next->isEnabled());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.page(), ui::ImportDialog::Page::Review);
        QCOMPARE(dialog.model()->rowCount(), 3);
        dialog.selectItem(1);
        const auto add = dialog.findChildren<QPushButton *>(QStringLiteral("addAuthority"));
        QCOMPARE(add.size(), 1);
        QVERIFY(add.first()->text().contains(QStringLiteral("Ministry of Silly Walks")));

        // Only the third row goes in (the first names a topic the database does not have).
        ImportReviewModel *model = dialog.model();
        model->setAllSelected(false);
        QVERIFY(model->setData(model->index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog.page() == ui::ImportDialog::Page::Done || !problems->text().isEmpty(), true, 5000);
        QVERIFY2(dialog.page() == ui::ImportDialog::Page::Done, qPrintable(problems->text()));
        QCOMPARE(dialog.importResult()->added, 1);
        const auto d = developmentTitled(*db, QStringLiteral("杭州发布互动广告合规指引"));
        QVERIFY(d);
        QCOMPARE(d->authorities, QStringList{QStringLiteral("HZ-SAMR")});
        QCOMPARE(d->announced, QDate(2025, 8, 5));
        QCOMPARE(d->kind, core::DevelopmentKind::Guideline);
        QCOMPARE(d->stage, core::Stage::Issued);
        QVERIFY(
            !developmentTitled(*db, QStringLiteral("NDRC seeks comments on pricing rules, platforms first")));
        QVERIFY(!developmentTitled(*db, QStringLiteral("MIIT consults on AI ethics measures")));
    }

    void csvAssessmentsAreReviewedAndApplied()
    {
        auto db = test::newDemoDatabase(m_dir);
        ui::ImportDialog dialog(*db, QStringLiteral(RT_TEST_DATA "/import/assessments-gb18030.csv"), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.page(), ui::ImportDialog::Page::Mapping);
        auto *content = dialog.findChild<QComboBox *>(QStringLiteral("csvContent"));
        QCOMPARE(content->currentData().toInt(), int(core::CsvContent::Assessments));
        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QCOMPARE(dialog.page(), ui::ImportDialog::Page::Assessments);
        auto *rows = dialog.findChild<QTableWidget *>(QStringLiteral("csvAssessments"));
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(rows->item(3, 1)->text(), QStringLiteral("雁栖心智人工智能科技有限公司"));
        QCOMPARE(rows->item(3, 2)->text(), QStringLiteral("cn-tmt-2025-02/o3"));

        QTest::mouseClick(button(dialog, "importPrimary"), Qt::LeftButton);
        QTRY_COMPARE(dialog.page(), ui::ImportDialog::Page::Done);
        QVERIFY(dialog.assessmentResult());
        QCOMPARE(dialog.assessmentResult()->updated + dialog.assessmentResult()->unchanged, 4);

        // The last row, read back: in review, not applicable, owned by 刘洋.
        qint64 companyId = 0;
        for (const core::Company &company : core::CompanyRepository(*db).all()) {
            if (company.name.zh == QStringLiteral("雁栖心智人工智能科技有限公司")) {
                companyId = company.id;
            }
        }
        QVERIFY(companyId != 0);
        core::AuthorityRepository reference(*db);
        core::DevelopmentRepository developments(*db, reference);
        qint64 obligationId = 0;
        for (const core::Obligation &o :
             developments.obligations(developments.idForUid(QStringLiteral("cn-tmt-2025-02")))) {
            if (o.uid == QStringLiteral("cn-tmt-2025-02/o3")) {
                obligationId = o.id;
            }
        }
        QVERIFY(obligationId != 0);
        const core::Assessment assessment
            = core::AssessmentService(*db).assessment({companyId, obligationId});
        QCOMPARE(assessment.status, core::AssessmentStatus::InReview);
        QCOMPARE(assessment.result, core::AssessmentResult::NotApplicable);
        QCOMPARE(assessment.owner, QStringLiteral("刘洋"));
    }

    void authorityFormNeedsACodeAndAName()
    {
        auto db = test::newDemoDatabase(m_dir);
        core::ReferenceNames names;
        names.load(*db);
        ui::ImportAuthorityDialog form(QStringLiteral("深圳市数据局"), names, core::Language::English);
        auto *code = form.findChild<QLineEdit *>(QStringLiteral("authorityCode"));
        auto *zh = form.findChild<QLineEdit *>(QStringLiteral("authorityNameZh"));
        QCOMPARE(zh->text(), QStringLiteral("深圳市数据局"));
        QCOMPARE(form.problems().size(), 1); // the code
        code->setText(QStringLiteral("CAC"));
        QCOMPARE(form.problems().size(), 1); // taken
        code->setText(QStringLiteral("sz-data"));
        auto *region = form.findChild<QComboBox *>(QStringLiteral("authorityRegion"));
        region->setCurrentIndex(region->findData(QStringLiteral("CN-GD")));
        auto *level = form.findChild<QComboBox *>(QStringLiteral("authorityLevel"));
        level->setCurrentIndex(level->findData(int(core::AuthorityLevel::Municipal)));
        QVERIFY(form.problems().isEmpty());
        const core::Authority a = form.authority();
        QCOMPARE(a.code, QStringLiteral("SZ-DATA"));
        QCOMPARE(a.name.zh, QStringLiteral("深圳市数据局"));
        QCOMPARE(a.region, QStringLiteral("CN-GD"));
        QCOMPARE(a.level, core::AuthorityLevel::Municipal);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
