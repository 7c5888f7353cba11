// SPDX-License-Identifier: GPL-3.0-or-later
// Companies as a compliance manager handles them: the company form returns what was typed and ticked, the
// undo commands create, edit and delete through CompanyService (a deleted company comes back with its
// assessments), and a click in the company matrix asks for that company's checklist filtered to the column.

#include "TestSupport.h"

#include "AuthorityRepository.h"
#include "CompanyCommands.h"
#include "CompanyDialog.h"
#include "CompanyMatrixModel.h"
#include "CompanyMatrixView.h"
#include "CompanyRepository.h"
#include "DemoJson.h"
#include "Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace rt;

namespace {

void tick(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

// Ticks the "registered" (column 2) or "operates" (column 3) box of the given provinces, clears the others.
void tickRegions(QTableWidget *table, int column, const QStringList &codes)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString code = table->item(row, 0)->data(Qt::UserRole).toString();
        table->item(row, column)->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// What an assessment says, without the row ids that change when it is restored.
QStringList describe(const QList<core::Assessment> &assessments)
{
    QStringList result;
    for (const core::Assessment &a : assessments) {
        result.append(QStringLiteral("%1|%2|%3|%4|%5")
                          .arg(a.obligationUid, core::Vocabulary::key(a.status),
                               core::Vocabulary::key(a.result), a.owner, a.due.toString(Qt::ISODate)));
    }
    result.sort();
    return result;
}

} // namespace

class TestCompanies : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<core::Database> demo() { return test::newDemoDatabase(m_dir); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Remembered sizes go to a settings file of the test's own.
        QCoreApplication::setOrganizationName(QStringLiteral("RegTrackerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_companies"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void dialogReturnsWhatWasEntered()
    {
        auto db = demo();
        ui::CompanyDialog dialog(*db, core::Company());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
        QVERIFY(ok && problems);
        QVERIFY(!ok->isEnabled()); // no name yet
        QVERIFY(!problems->text().isEmpty());

        auto *regions = dialog.findChild<QTableWidget *>(QStringLiteral("regions"));
        QVERIFY(regions);
        QCOMPARE(regions->rowCount(), 34); // every province-level division
        QCOMPARE(ui::CompanyDialog::regionCodes().size(), 34);
        QVERIFY(ui::CompanyDialog::regionCodes().contains(QStringLiteral("CN-ZJ")));

        dialog.findChild<QLineEdit *>(QStringLiteral("nameEn"))
            ->setText(QStringLiteral("  West Lake Games  "));
        dialog.findChild<QLineEdit *>(QStringLiteral("nameZh"))->setText(QStringLiteral("西湖游戏有限公司"));
        tick(dialog.findChild<QListWidget *>(QStringLiteral("sectors")),
             {QStringLiteral("app_operator"), QStringLiteral("advertiser")});
        tickRegions(regions, 2, {QStringLiteral("CN-ZJ")});
        tickRegions(regions, 3, {QStringLiteral("CN-ZJ"), QStringLiteral("CN-SH"), QStringLiteral("CN-HK")});
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"))
            ->setPlainText(QStringLiteral("**Mobile games**, 12 titles\n- owner: 李雷"));
        QVERIFY(ok->isEnabled());
        QVERIFY(problems->text().isEmpty());
        // The ticked provinces are named under the table, since they may be scrolled away.
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("regionSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Registered in: Zhejiang\n")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Hong Kong")), qPrintable(summary));

        const core::Company c = dialog.company();
        QCOMPARE(c.id, 0);
        QCOMPARE(c.name.en, QStringLiteral("West Lake Games"));
        QCOMPARE(c.name.zh, QStringLiteral("西湖游戏有限公司"));
        QCOMPARE(sorted(c.sectors),
                 QStringList({QStringLiteral("advertiser"), QStringLiteral("app_operator")}));
        QCOMPARE(c.registeredRegions, QStringList{QStringLiteral("CN-ZJ")});
        QCOMPARE(sorted(c.operatingRegions),
                 QStringList({QStringLiteral("CN-HK"), QStringLiteral("CN-SH"), QStringLiteral("CN-ZJ")}));
        QCOMPARE(c.notes, QStringLiteral("**Mobile games**, 12 titles\n- owner: 李雷"));

        // Clearing both names brings the problem back.
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEn"))->clear();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameZh"))->clear();
        QVERIFY(!ok->isEnabled());
    }

    void dialogShowsAStoredCompanyUnchanged()
    {
        auto db = demo();
        core::CompanyService service(*db);
        core::CompanyRepository rows(*db);
        const core::Company stored = rows.company(rows.find(QStringLiteral("huangpu-motors")));
        QVERIFY(!stored.operatingRegions.isEmpty());
        ui::CompanyDialog dialog(*db, stored);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        core::Company shown = dialog.company();
        QCOMPARE(shown.id, stored.id);
        QCOMPARE(shown.uid, stored.uid);
        QCOMPARE(shown.name, stored.name);
        QCOMPARE(sorted(shown.sectors), sorted(stored.sectors));
        QCOMPARE(sorted(shown.registeredRegions), sorted(stored.registeredRegions));
        QCOMPARE(sorted(shown.operatingRegions), sorted(stored.operatingRegions));
        QCOMPARE(shown.notes, stored.notes.trimmed());
    }

    void dialogRemembersItsSize()
    {
        auto db = demo();
        {
            ui::CompanyDialog dialog(*db, core::Company());
            dialog.show();
            dialog.resize(777, 555);
            dialog.reject();
        }
        ui::CompanyDialog again(*db, core::Company());
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void createEditAndUndo()
    {
        auto db = demo();
        core::CompanyService service(*db);
        core::CompanyRepository rows(*db);
        const int before = int(rows.all().size());
        QUndoStack stack;

        core::Company company;
        company.name = {QStringLiteral("Pearl River Pay"), QStringLiteral("珠江支付")};
        company.sectors = {QStringLiteral("online_platform")};
        company.operatingRegions = {QStringLiteral("CN-GD")};
        auto *create = new ui::CreateCompanyCommand(*db, company);
        stack.push(create);
        QVERIFY(create->companyId() != 0);
        QCOMPARE(rows.all().size(), before + 1);
        const core::Company created = rows.company(create->companyId());
        QCOMPARE(created.name, company.name);
        QVERIFY(!created.uid.isEmpty());

        stack.undo();
        QCOMPARE(rows.all().size(), before);
        QCOMPARE(rows.find(created.uid), 0);
        stack.redo();
        QCOMPARE(rows.all().size(), before + 1);
        const qint64 again = rows.find(created.uid);
        QVERIFY(again != 0);
        QCOMPARE(create->companyId(), again);
        QCOMPARE(rows.company(again).operatingRegions, QStringList{QStringLiteral("CN-GD")});

        // Edit: the command finds the company by uid, whatever its row id became.
        core::Company edited = rows.company(again);
        edited.name.en = QStringLiteral("Pearl River Payments");
        edited.operatingRegions.append(QStringLiteral("CN-HI"));
        stack.push(new ui::EditCompanyCommand(*db, rows.company(again), edited));
        QCOMPARE(rows.company(again).name.en, QStringLiteral("Pearl River Payments"));
        QCOMPARE(rows.company(again).operatingRegions.size(), 2);
        stack.undo();
        QCOMPARE(rows.company(again).name.en, QStringLiteral("Pearl River Pay"));
        QCOMPARE(rows.company(again).operatingRegions.size(), 1);
        stack.redo();
        QCOMPARE(rows.company(again).name.en, QStringLiteral("Pearl River Payments"));

        // Undo past the edit and the creation, then redo both.
        stack.undo();
        stack.undo();
        QCOMPARE(rows.find(created.uid), 0);
        stack.redo();
        stack.redo();
        QCOMPARE(rows.company(rows.find(created.uid)).name.en, QStringLiteral("Pearl River Payments"));
    }

    void removeWithAssessmentsAndUndo()
    {
        auto db = demo();
        core::CompanyService service(*db);
        core::CompanyRepository rows(*db);
        core::CompanyRepository repository(*db);
        const qint64 id = rows.find(QStringLiteral("qiantang-bazaar"));
        QVERIFY(id != 0);
        const int assessments = rows.assessmentCount(id);
        QVERIFY(assessments > 0);
        const QStringList described = describe(repository.assessments(id));
        const core::Company company = rows.company(id);
        const int companies = int(rows.all().size());

        QUndoStack stack;
        auto *remove = new ui::RemoveCompanyCommand(*db, id);
        QVERIFY(remove->text().contains(company.name.en.left(20)));
        stack.push(remove);
        QCOMPARE(rows.all().size(), companies - 1);
        QCOMPARE(rows.find(company.uid), 0);
        QVERIFY_THROWS_EXCEPTION(core::Error, rows.company(id));

        stack.undo();
        const qint64 back = rows.find(company.uid);
        QVERIFY(back != 0);
        QCOMPARE(remove->companyId(), back);
        QCOMPARE(rows.assessmentCount(back), assessments);
        QCOMPARE(describe(repository.assessments(back)), described);
        core::Company restored = rows.company(back);
        restored.id = company.id;
        QCOMPARE(restored, company);

        // And once more, from the restored row.
        stack.redo();
        QCOMPARE(rows.find(company.uid), 0);
        stack.undo();
        QCOMPARE(rows.assessmentCount(rows.find(company.uid)), assessments);
    }

    void matrixClickAsksForTheChecklist()
    {
        auto db = demo();
        ui::CompanyMatrixView view(*db);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.findChild<QTableView *>(QStringLiteral("companyMatrix"));
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), int(test::demoArray("companies").size()));
        QVERIFY(model->columnCount() > 0);

        QStringList topicCodes;
        for (const QJsonValue &topic : test::demoArray("topics")) {
            topicCodes.append(topic.toObject().value(QStringLiteral("code")).toString());
        }

        qint64 requestedCompany = 0;
        core::ChecklistFilter requested;
        int requests = 0;
        connect(&view, &ui::CompanyMatrixView::checklistRequested, this,
                [&](qint64 company, const core::ChecklistFilter &filter) {
                    requestedCompany = company;
                    requested = filter;
                    ++requests;
                });

        // The last company's cell with the most work in it.
        const int row = model->rowCount() - 1;
        QModelIndex cell;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (!cell.isValid()
                || index.data(core::CompanyMatrixModel::ApplicableRole).toInt()
                    > cell.data(core::CompanyMatrixModel::ApplicableRole).toInt()) {
                cell = index;
            }
        }
        QVERIFY(cell.data(core::CompanyMatrixModel::ApplicableRole).toInt() > 0);
        const QString companyName = model->headerData(row, Qt::Vertical).toString();
        const qint64 expectedCompany = core::CompanyRepository(*db).find(companyName);
        QVERIFY(expectedCompany != 0);
        const QString topic = cell.data(core::CompanyMatrixModel::ColumnKeyRole).toString();
        QVERIFY2(topicCodes.contains(topic), qPrintable(topic));

        const QRect rect = table->visualRect(cell);
        QVERIFY(table->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(requests, 1);
        QCOMPARE(requestedCompany, expectedCompany);
        QCOMPARE(requested.topic, topic);
        QCOMPARE(requested.development, 0);
        QCOMPARE(requested.show, core::ChecklistFilter::Show::All);

        // Enter on the cell to its left asks for that column.
        const QModelIndex left = model->index(row, cell.column() > 0 ? cell.column() - 1 : 1);
        table->setCurrentIndex(left);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requests, 2);
        QCOMPARE(requested.topic, left.data(core::CompanyMatrixModel::ColumnKeyRole).toString());

        // By development: the filter names the development instead.
        auto *columns = view.findChild<QComboBox *>(QStringLiteral("matrixColumns"));
        QVERIFY(columns);
        columns->setCurrentIndex(1);
        QCOMPARE(view.model()->columns(), core::CompanyMatrixModel::Columns::Developments);
        QVERIFY(model->columnCount() > 0);
        const QModelIndex development = model->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(development).center());
        QCOMPARE(requests, 3);
        QCOMPARE(requestedCompany, development.data(core::CompanyMatrixModel::CompanyIdRole).toLongLong());
        QVERIFY(requested.topic.isEmpty());
        QVERIFY(requested.development != 0);
        QCOMPARE(QString::number(requested.development),
                 development.data(core::CompanyMatrixModel::ColumnKeyRole).toString());

        // A company's name asks for its whole checklist.
        QHeaderView *names = table->verticalHeader();
        QTest::mouseClick(names->viewport(), Qt::LeftButton, {},
                          QPoint(names->width() / 2, names->sectionViewportPosition(0) + 5));
        QCOMPARE(requests, 4);
        QCOMPARE(requestedCompany,
                 model->headerData(0, Qt::Vertical, core::CompanyMatrixModel::CompanyIdRole).toLongLong());
        QCOMPARE(requested, core::ChecklistFilter());
    }

    void matrixFollowsTheDatabase()
    {
        auto db = demo();
        ui::CompanyMatrixView view(*db);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModel *model = view.table()->model();
        const int rows = model->rowCount();
        QUndoStack stack;
        stack.push(new ui::RemoveCompanyCommand(
            *db, core::CompanyRepository(*db).find(QStringLiteral("yanqi-mind"))));
        QCOMPARE(model->rowCount(), rows - 1);
        stack.undo();
        QCOMPARE(model->rowCount(), rows);

        // Chinese names in Chinese.
        view.setLanguage(core::Language::Chinese);
        bool chinese = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            chinese = chinese
                || model->headerData(row, Qt::Vertical).toString().contains(QStringLiteral("有限公司"));
        }
        QVERIFY(chinese);
    }

    void matrixWithoutCompaniesSaysSo()
    {
        auto db = test::newDatabase(m_dir, QStringLiteral("empty.sqlite"), false);
        ui::CompanyMatrixView view(*db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.table()->isVisible());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("matrixEmpty"))->isVisible());
    }
};

QTEST_MAIN(TestCompanies)
#include "tst_companies.moc"
