// SPDX-License-Identifier: GPL-3.0-or-later
// Two windows on one database: the second saves a checklist row or a development that the first has already
// changed. The conflict dialog lists exactly the fields that differ with both values and who saved last;
// "Keep mine" writes the user's version over the stored one, "Take theirs" writes nothing.

#include "CompanyRepository.h"
#include "TestSupport.h"

#include "AssessmentService.h"
#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "ChecklistCommands.h"
#include "CommandRunner.h"
#include "CompanyService.h"
#include "ConflictDialog.h"
#include "DevelopmentCommands.h"
#include "DevelopmentRepository.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace rt;
using core::AssessmentStatus;

class TestConflictDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // What the dialog showed: its rows and the header of the stored version's column.
    struct Shown
    {
        bool asked = false;
        QList<ui::ConflictDialog::Row> rows;
        QString storedHeader;
    };

    // Reads the dialog as soon as it is open, then clicks the button.
    void answerNextDialog(Shown &shown, const QString &button)
    {
        QTimer::singleShot(0, this, [&shown, button] {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown.asked = true;
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
            QVERIFY(table);
            QCOMPARE(table->columnCount(), 3);
            shown.storedHeader = table->horizontalHeaderItem(2)->text();
            for (int r = 0; r < table->rowCount(); ++r) {
                shown.rows.append(
                    {table->item(r, 0)->text(), table->item(r, 1)->text(), table->item(r, 2)->text()});
            }
            auto *choice = dialog->findChild<QPushButton *>(button);
            QVERIFY(choice);
            choice->click();
        });
    }

    struct Checklist
    {
        std::unique_ptr<core::Database> mine;
        std::unique_ptr<core::Database> theirs;
        core::AssessmentKey key;
        core::Assessment seen; // the row as this window read it, before the colleague saved
        core::Assessment stored; // after the colleague's save
    };

    // A colleague (“Lin Mei”) sets the status, owner and notes of a row this window has already read.
    Checklist staleChecklistRow()
    {
        Checklist c;
        c.mine = test::newDemoDatabase(m_dir);
        c.mine->setActor(QStringLiteral("Zhang Wei"));
        c.theirs = core::Database::open(c.mine->path(), core::Database::OpenMode::ExistingOnly);
        c.theirs->setActor(QStringLiteral("Lin Mei"));
        core::AuthorityRepository reference(*c.mine);
        core::DevelopmentRepository developments(*c.mine, reference);
        const auto development = developments.load(developments.idForUid(QStringLiteral("cn-tmt-2025-01")));
        [&] { QVERIFY(development && development->obligations.size() >= 4); }();
        c.key = {core::CompanyRepository(*c.mine).find(QStringLiteral("qiantang-bazaar")),
                 development->obligations.at(3).id};
        c.seen = core::AssessmentService(*c.mine).assessment(c.key);

        core::AssessmentEdit colleague;
        colleague.status = AssessmentStatus::InReview;
        colleague.owner = QStringLiteral("Lin Mei");
        colleague.notes = QStringLiteral("Asked the pricing team for the list of platform fees.");
        core::AssessmentService(*c.theirs).apply(c.key, c.seen.version, colleague);
        c.stored = core::AssessmentService(*c.mine).assessment(c.key);
        return c;
    }

    // This window's edit of the row: status and owner.
    static ui::EditAssessmentsCommand *myChecklistEdit(Checklist &c)
    {
        core::AssessmentEdit edit;
        edit.status = AssessmentStatus::InProgress;
        edit.owner = QStringLiteral("Zhang Wei");
        return new ui::EditAssessmentsCommand(*c.mine, {{c.key, c.seen}}, edit,
                                              [] { return QStringLiteral("Edit"); });
    }

    struct Developments
    {
        std::unique_ptr<core::Database> mine;
        std::unique_ptr<core::Database> theirs;
        core::Development seen; // as this window read it
        core::Development edited; // this window's edit of it
        core::Development stored; // after the colleague's save
    };

    static core::Development load(core::Database &db, const QString &uid)
    {
        core::AuthorityRepository reference(db);
        core::DevelopmentRepository developments(db, reference);
        return developments.load(developments.idForUid(uid)).value_or(core::Development());
    }

    // A colleague renames a development and gives it an effective date while this window edits both of its
    // titles.
    Developments staleDevelopment()
    {
        Developments d;
        d.mine = test::newDemoDatabase(m_dir);
        d.mine->setActor(QStringLiteral("Zhang Wei"));
        d.theirs = core::Database::open(d.mine->path(), core::Database::OpenMode::ExistingOnly);
        d.theirs->setActor(QStringLiteral("Lin Mei"));
        d.seen = load(*d.mine, QStringLiteral("cn-tmt-2025-01"));

        core::Development colleague = d.seen;
        colleague.title.en = QStringLiteral("Platform price conduct rules: comment period");
        colleague.effective = QDate(2026, 3, 1);
        core::DevelopmentService(*d.theirs).update(colleague);
        d.stored = load(*d.mine, QStringLiteral("cn-tmt-2025-01"));

        d.edited = d.seen;
        d.edited.title.en = QStringLiteral("Draft rules on how internet platforms set prices");
        d.edited.title.zh = QStringLiteral("互联网平台价格行为规则草案");
        return d;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void staleChecklistEditKeepMine()
    {
        Checklist c = staleChecklistRow();
        QUndoStack stack;
        Shown shown;
        answerNextDialog(shown, QStringLiteral("overwriteButton"));
        QVERIFY(ui::CommandRunner::push(stack, myChecklistEdit(c), nullptr));
        QVERIFY(shown.asked);
        // Only the fields this edit sets and the colleague saved differently; their notes are not in the way.
        const QList<ui::ConflictDialog::Row> expected{
            {QStringLiteral("Status"), QStringLiteral("In progress"), QStringLiteral("In review")},
            {QStringLiteral("Owner"), QStringLiteral("Zhang Wei"), QStringLiteral("Lin Mei")},
        };
        QCOMPARE(shown.rows, expected);
        QVERIFY2(shown.storedHeader.contains(test::auditActor(QStringLiteral("Lin Mei"))),
                 qPrintable(shown.storedHeader));

        const core::Assessment now = core::AssessmentService(*c.mine).assessment(c.key);
        QCOMPARE(now.status, AssessmentStatus::InProgress);
        QCOMPARE(now.owner, QStringLiteral("Zhang Wei"));
        QCOMPARE(now.notes, QStringLiteral("Asked the pricing team for the list of platform fees."));
        QCOMPARE(now.version, c.stored.version + 1);
        QCOMPARE(stack.count(), 1);
    }

    void staleChecklistEditTakeTheirs()
    {
        Checklist c = staleChecklistRow();
        QUndoStack stack;
        Shown shown;
        answerNextDialog(shown, QStringLiteral("reloadButton"));
        QVERIFY(!ui::CommandRunner::push(stack, myChecklistEdit(c), nullptr));
        QVERIFY(shown.asked);
        QCOMPARE(shown.rows.size(), 2);
        QCOMPARE(core::AssessmentService(*c.mine).assessment(c.key), c.stored);
        QCOMPARE(stack.count(), 0);
    }

    void staleDevelopmentEditKeepMine()
    {
        Developments d = staleDevelopment();
        const int audited
            = int(core::AuditLog(*d.mine).entries(QStringLiteral("development"), d.seen.id).size());
        QUndoStack stack;
        Shown shown;
        answerNextDialog(shown, QStringLiteral("overwriteButton"));
        QVERIFY(ui::CommandRunner::push(stack, new ui::EditDevelopmentCommand(*d.mine, d.seen, d.edited),
                                        nullptr));
        QVERIFY(shown.asked);
        // The demo development has no effective date; the colleague gave it one. Keeping mine takes it away
        // again, so the dialog shows it.
        const QList<ui::ConflictDialog::Row> expected{
            {QStringLiteral("Title (English)"),
             QStringLiteral("Draft rules on how internet platforms set prices"),
             QStringLiteral("Platform price conduct rules: comment period")},
            {QStringLiteral("Title (Chinese)"), QStringLiteral("互联网平台价格行为规则草案"),
             QStringLiteral("国家发展改革委就《互联网平台价格行为规则（征求意见稿）》公开征求意见")},
            {QStringLiteral("Effective"), QStringLiteral("—"), QStringLiteral("2026-03-01")},
        };
        QCOMPARE(shown.rows, expected);
        QVERIFY2(shown.storedHeader.contains(test::auditActor(QStringLiteral("Lin Mei"))),
                 qPrintable(shown.storedHeader));

        core::Development now = load(*d.mine, QStringLiteral("cn-tmt-2025-01"));
        QCOMPARE(now.title.en, QStringLiteral("Draft rules on how internet platforms set prices"));
        QCOMPARE(now.title.zh, QStringLiteral("互联网平台价格行为规则草案"));
        QVERIFY(!now.effective.isValid());
        QCOMPARE(now.version, d.stored.version + 1);
        QCOMPARE(stack.count(), 1);
        // The audit log records the save on top of the colleague's as usual.
        const QList<core::AuditEntry> log
            = core::AuditLog(*d.mine).entries(QStringLiteral("development"), now.id);
        QVERIFY(log.size() > audited);
        QCOMPARE(log.constLast().actor, test::auditActor(QStringLiteral("Zhang Wei")));

        // Undo brings back the colleague's version, not the one this window first read.
        stack.undo();
        now = load(*d.mine, QStringLiteral("cn-tmt-2025-01"));
        QCOMPARE(now.title.en, QStringLiteral("Platform price conduct rules: comment period"));
        QCOMPARE(now.effective, QDate(2026, 3, 1));
    }

    void staleDevelopmentEditTakeTheirs()
    {
        Developments d = staleDevelopment();
        QUndoStack stack;
        Shown shown;
        answerNextDialog(shown, QStringLiteral("reloadButton"));
        QVERIFY(!ui::CommandRunner::push(stack, new ui::EditDevelopmentCommand(*d.mine, d.seen, d.edited),
                                         nullptr));
        QVERIFY(shown.asked);
        QCOMPARE(shown.rows.size(), 3);
        QCOMPARE(load(*d.mine, QStringLiteral("cn-tmt-2025-01")), d.stored);
        QCOMPARE(stack.count(), 0);
    }

    void undoAfterAColleaguesSaveAsksFirst()
    {
        auto db = test::newDemoDatabase(m_dir);
        auto colleague = core::Database::open(db->path(), core::Database::OpenMode::ExistingOnly);
        const core::Development seen = load(*db, QStringLiteral("cn-tmt-2025-01"));
        core::Development edited = seen;
        edited.title.en = QStringLiteral("Price conduct rules for online platforms");
        QUndoStack stack;
        QVERIFY(ui::CommandRunner::push(stack, new ui::EditDevelopmentCommand(*db, seen, edited), nullptr));

        // The colleague changes the summary after this step; undoing the title must not silently take it
        // back.
        core::Development theirs = load(*colleague, QStringLiteral("cn-tmt-2025-01"));
        theirs.summary.en = QStringLiteral("The colleague's summary.");
        core::DevelopmentService(*colleague).update(theirs);

        Shown shown;
        answerNextDialog(shown, QStringLiteral("reloadButton"));
        QVERIFY(!ui::CommandRunner::undo(stack, nullptr));
        QVERIFY(shown.asked);
        QCOMPARE(load(*db, QStringLiteral("cn-tmt-2025-01")).summary.en,
                 QStringLiteral("The colleague's summary."));
        QCOMPARE(load(*db, QStringLiteral("cn-tmt-2025-01")).title.en,
                 QStringLiteral("Price conduct rules for online platforms"));

        // Asked again, keeping this window's version undoes the step over the colleague's save.
        Shown again;
        answerNextDialog(again, QStringLiteral("overwriteButton"));
        QVERIFY(ui::CommandRunner::undo(stack, nullptr));
        QVERIFY(again.asked);
        QCOMPARE(load(*db, QStringLiteral("cn-tmt-2025-01")).title.en, seen.title.en);
    }

    void currentDevelopmentEditSavesWithoutAsking()
    {
        auto db = test::newDemoDatabase(m_dir);
        const core::Development seen = load(*db, QStringLiteral("cn-tmt-2025-01"));
        core::Development edited = seen;
        edited.title.en = QStringLiteral("Price conduct rules for online platforms");
        QUndoStack stack;
        QVERIFY(ui::CommandRunner::push(stack, new ui::EditDevelopmentCommand(*db, seen, edited), nullptr));
        QCOMPARE(load(*db, QStringLiteral("cn-tmt-2025-01")).title.en,
                 QStringLiteral("Price conduct rules for online platforms"));
        stack.undo();
        QCOMPARE(load(*db, QStringLiteral("cn-tmt-2025-01")).title.en, seen.title.en);
        stack.redo();
        QCOMPARE(load(*db, QStringLiteral("cn-tmt-2025-01")).title.en,
                 QStringLiteral("Price conduct rules for online platforms"));
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
