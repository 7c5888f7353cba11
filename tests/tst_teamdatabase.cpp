// SPDX-License-Identifier: GPL-3.0-or-later
// Many people on one team database: two clients see each other's changes within a second, row by row; a write
// based on a version that a colleague has since replaced is refused and changes nothing, also when the
// colleague commits between the read and the write; of clients creating the same row at once exactly one
// succeeds; and a load of many clients editing the same rows loses no update. Always on the PostgreSQL
// server.

#include "CompanyRepository.h"
#include "DemoJson.h"
#include "TeamLoad.h"
#include "TestSupport.h"

#include "AssessmentService.h"
#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "CompanyService.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DevelopmentTableModel.h"
#include "Error.h"
#include "ScopedTransaction.h"
#include "TextSearch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <functional>
#include <future>
#include <latch>

using namespace rt::core;

namespace {

// What a write in another client (its own thread and connection) came to.
struct Outcome
{
    int version = 0; // the version it wrote
    std::optional<Error::Code> refused;
    QString message;
};

// Runs `write` on a new connection in a thread of its own; the future holds what came of it. Clients given
// the same latch connect first and then write together.
std::future<Outcome> inAnotherClient(const QString &uri, std::function<int(Database &)> write,
                                     std::latch *together = nullptr)
{
    return std::async(std::launch::async, [uri, write = std::move(write), together] {
        Outcome outcome;
        std::unique_ptr<Database> db;
        try {
            db = Database::open(uri, Database::OpenMode::ExistingOnly);
        } catch (const Error &error) {
            outcome.refused = error.code();
            outcome.message = error.message();
        }
        if (together) {
            together->arrive_and_wait();
        }
        if (!db) {
            return outcome;
        }
        try {
            outcome.version = write(*db);
        } catch (const Error &error) {
            outcome.refused = error.code();
            outcome.message = error.message();
        }
        return outcome;
    });
}

bool refusedAsConflict(const Outcome &outcome)
{
    return outcome.refused == Error::Code::Conflict;
}

// Sessions of this database that wait for a lock another session holds.
int waitingForLocks(Database &monitor)
{
    return monitor
        .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                               "AND wait_event_type = 'Lock'"))
        .toInt();
}

QList<ChangeSet> delivered(const QSignalSpy &spy)
{
    QList<ChangeSet> sets;
    for (const QList<QVariant> &arguments : spy) {
        sets.append(arguments.at(0).value<ChangeSet>());
    }
    return sets;
}

bool anyReloadEverything(const QList<ChangeSet> &sets)
{
    for (const ChangeSet &set : sets) {
        for (const Change &change : set) {
            if (change.id == 0) {
                return true;
            }
        }
    }
    return false;
}

Qt::CheckState tickOf(const ChecklistModel &model, const AssessmentKey &key)
{
    return model.indexOf(key, ChecklistModel::TickColumn).data(Qt::CheckStateRole).value<Qt::CheckState>();
}

qint64 obligationId(Database &db, const QString &uid)
{
    return db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {uid}).toLongLong();
}

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

    // A new server database with the demo data; returns its address.
    static QString demoServerDatabase(const QString &hint)
    {
        const QString uri = rt::test::newServerDatabase(hint);
        auto db = Database::open(uri, Database::OpenMode::CreateIfMissing);
        DatabaseLocation::loadDemoData(*db);
        return uri;
    }

    // The demo row that Marcus Lee owns at Qiantang Bazaar: still to do, waiting for the final text.
    static AssessmentKey waitingRow(Database &db)
    {
        return {CompanyRepository(db).find(QStringLiteral("qiantang-bazaar")),
                obligationId(db, QStringLiteral("cn-tmt-2025-01-final/o4"))}; // carried over from the draft
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ChangeSet>(); // for QSignalSpy on Database::changed
        QVERIFY2(rt::test::onPostgreSQL(), "the team database tests run on the PostgreSQL test server");
    }

    void clientsSeeEachOthersTicksWithinASecond()
    {
        const QString uri = demoServerDatabase(QStringLiteral("ticks"));
        auto a = Database::open(uri, Database::OpenMode::ExistingOnly);
        auto b = Database::open(uri, Database::OpenMode::ExistingOnly);
        a->watchOtherWriters();
        b->watchOtherWriters();
        const qint64 company = CompanyRepository(*b).find(QStringLiteral("huangpu-motors"));
        ChecklistModel onA(*a);
        ChecklistModel onB(*b);
        QAbstractItemModelTester testerA(&onA, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester testerB(&onB, QAbstractItemModelTester::FailureReportingMode::QtTest);
        onA.setCompany(company);
        onB.setCompany(company);
        const QList<AssessmentKey> untouched = rt::test::untouchedChecklistRows(*b, company, 1);
        QCOMPARE(untouched.size(), 1);
        const AssessmentKey key = untouched.first();
        QCOMPARE(tickOf(onB, key), Qt::Unchecked);

        // A ticks; B's checklist shows it, and B heard of exactly that row.
        QSignalSpy heardByB(b.get(), &Database::changed);
        QSignalSpy heardByA(a.get(), &Database::changed);
        QCOMPARE(AssessmentService(*a).apply(key, 0, AssessmentEdit::tick()), 1);
        const qint64 id = AssessmentService(*a).assessment(key).id;
        QTRY_VERIFY_WITH_TIMEOUT(tickOf(onB, key) == Qt::Checked, 1000);
        QVERIFY(delivered(heardByB).contains(ChangeSet{{Entity::Assessment, Change::Kind::Added, id}}));
        QVERIFY(!anyReloadEverything(delivered(heardByB)));
        QCOMPARE(onB.indexOf(key).data(ChecklistModel::VersionRole).toInt(), 1);

        // B unticks; A's checklist follows.
        heardByB.clear();
        QCOMPARE(AssessmentService(*b).apply(key, 1, AssessmentService(*b).untick(key)), 2);
        QTRY_VERIFY_WITH_TIMEOUT(tickOf(onA, key) == Qt::Unchecked, 1000);
        QVERIFY(delivered(heardByA).contains(ChangeSet{{Entity::Assessment, Change::Kind::Updated, id}}));
        QVERIFY(!anyReloadEverything(delivered(heardByA)));
        QCOMPARE(onA.indexOf(key).data(ChecklistModel::StatusRole).toInt(), int(AssessmentStatus::ToDo));
    }

    void developmentTitleEditReachesTheOtherClient()
    {
        const QString uri = demoServerDatabase(QStringLiteral("titles"));
        auto a = Database::open(uri, Database::OpenMode::ExistingOnly);
        auto b = Database::open(uri, Database::OpenMode::ExistingOnly);
        a->watchOtherWriters();
        b->watchOtherWriters();
        SubstringSearch search;
        DevelopmentTableModel table(*b, search);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);

        AuthorityRepository reference(*a);
        DevelopmentRepository repository(*a, reference);
        const qint64 id = repository.idForUid(QStringLiteral("cn-tmt-2025-01"));
        const int row = table.rowForId(id);
        QVERIFY(row >= 0);
        QCOMPARE(table.index(row, DevelopmentTableModel::TitleColumn)
                     .data(DevelopmentTableModel::TitleEnRole)
                     .toString(),
                 QStringLiteral("NDRC seeks comments on price conduct rules for internet platforms"));

        QSignalSpy heardByB(b.get(), &Database::changed);
        Development edited = *repository.load(id);
        edited.title.en = QStringLiteral("Price conduct rules for internet platforms (draft, edited by A)");
        DevelopmentService(*a).update(edited);
        QTRY_COMPARE_WITH_TIMEOUT(table.index(table.rowForId(id), DevelopmentTableModel::TitleColumn)
                                      .data(DevelopmentTableModel::TitleEnRole)
                                      .toString(),
                                  edited.title.en, 1000);
        QVERIFY(delivered(heardByB).contains(ChangeSet{{Entity::Development, Change::Kind::Updated, id}}));
        QVERIFY(!anyReloadEverything(delivered(heardByB)));
    }

    void staleWriteIsRefused()
    {
        const QString uri = demoServerDatabase(QStringLiteral("stale"));
        auto a = Database::open(uri, Database::OpenMode::ExistingOnly);
        auto b = Database::open(uri, Database::OpenMode::ExistingOnly);
        const AssessmentKey key = waitingRow(*a);
        AssessmentService onA(*a);
        AssessmentService onB(*b);
        const Assessment readByA = onA.assessment(key);
        const Assessment readByB = onB.assessment(key);
        QCOMPARE(readByA.owner, QStringLiteral("Marcus Lee"));
        QVERIFY(readByA.notes.startsWith(QStringLiteral("Waiting for the final text.")));
        const int v = readByB.version;
        QCOMPARE(readByA.version, v);

        AssessmentEdit fromA;
        fromA.notes = QStringLiteral("Final text published; the coupon audit starts Monday.");
        AssessmentEdit fromB;
        fromB.notes = QStringLiteral("Coupon engine audit postponed to next quarter.");
        fromB.status = AssessmentStatus::InProgress;
        QCOMPARE(onA.apply(key, v, fromA), v + 1);
        try {
            onB.apply(key, v, fromB);
            QFAIL("a write based on a replaced version went in");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::Conflict);
        }
        Assessment stored = onA.assessment(key);
        QCOMPARE(stored.version, v + 1);
        QCOMPARE(stored.notes, *fromA.notes);
        QCOMPARE(stored.status, AssessmentStatus::ToDo);

        // B reads again and saves on top of A's edit.
        const Assessment reread = onB.assessment(key);
        QCOMPARE(reread.notes, *fromA.notes);
        QCOMPARE(onB.apply(key, reread.version, fromB), v + 2);
        stored = onA.assessment(key);
        QCOMPARE(stored.notes, *fromB.notes);
        QCOMPARE(stored.status, AssessmentStatus::InProgress);
        const QList<AuditEntry> history = onA.history(key);
        QCOMPARE(history.last().field, QStringLiteral("notes"));
        QCOMPARE(history.last().oldValue, *fromA.notes);
    }

    // The colleague commits after B read the row and before B writes: only the version check inside B's
    // UPDATE can see it. B is held at exactly that point by the row lock of A's open transaction.
    void writeBetweenReadAndCommitIsRefused()
    {
        const QString uri = demoServerDatabase(QStringLiteral("between"));
        auto a = Database::open(uri, Database::OpenMode::ExistingOnly);
        auto monitor = Database::open(uri, Database::OpenMode::ExistingOnly);
        const AssessmentKey key = waitingRow(*a);
        const int v = AssessmentService(*a).assessment(key).version;
        AssessmentEdit fromA;
        fromA.owner = QStringLiteral("Zhou Ting");
        AssessmentEdit fromB;
        fromB.owner = QStringLiteral("Li Na");

        auto transaction = std::make_unique<ScopedTransaction>(*a);
        QCOMPARE(AssessmentService(*a).apply(key, v, fromA), v + 1);
        auto b = inAnotherClient(uri, [key, v, fromB](Database &db) {
            return AssessmentService(db).apply(key, v, fromB); // reads v: A has not committed
        });
        QTRY_COMPARE_WITH_TIMEOUT(waitingForLocks(*monitor), 1, 10000);
        transaction->commit();
        const Outcome outcome = b.get();
        QVERIFY2(refusedAsConflict(outcome), qPrintable(outcome.message));
        const Assessment stored = AssessmentService(*monitor).assessment(key);
        QCOMPARE(stored.owner, *fromA.owner);
        QCOMPARE(stored.version, v + 1);

        // An overwrite (the user chose to keep theirs) waits the same way, then goes on top of A's write.
        transaction = std::make_unique<ScopedTransaction>(*a);
        fromA.owner = QStringLiteral("Wang Lei");
        QCOMPARE(AssessmentService(*a).apply(key, v + 1, fromA), v + 2);
        auto overwrite = inAnotherClient(
            uri, [key, fromB](Database &db) { return AssessmentService(db).overwrite(key, fromB); });
        QTRY_COMPARE_WITH_TIMEOUT(waitingForLocks(*monitor), 1, 10000);
        transaction->commit();
        const Outcome overwritten = overwrite.get();
        QVERIFY2(!overwritten.refused, qPrintable(overwritten.message));
        QCOMPARE(overwritten.version, v + 3);
        QCOMPARE(AssessmentService(*monitor).assessment(key).owner, *fromB.owner);
        const AuditEntry last = AssessmentService(*monitor).history(key).last();
        QCOMPARE(last.field, QStringLiteral("owner"));
        QCOMPARE(last.oldValue, QStringLiteral("Wang Lei")); // the audit names what it really replaced
    }

    void developmentWriteBetweenReadAndCommitIsRefused()
    {
        const QString uri = demoServerDatabase(QStringLiteral("development between"));
        auto a = Database::open(uri, Database::OpenMode::ExistingOnly);
        auto monitor = Database::open(uri, Database::OpenMode::ExistingOnly);
        AuthorityRepository reference(*a);
        DevelopmentRepository repository(*a, reference);
        const qint64 id = repository.idForUid(QStringLiteral("cn-tmt-2025-01"));
        const Development read = *repository.load(id);
        Development byA = read;
        byA.summary.en = QStringLiteral("Summary rewritten by A.");
        Development byB = read;
        byB.title.en = QStringLiteral("Title rewritten by B");

        auto transaction = std::make_unique<ScopedTransaction>(*a);
        DevelopmentService(*a).update(byA);
        auto b = inAnotherClient(uri, [byB](Database &db) {
            DevelopmentService(db).update(byB);
            return 0;
        });
        QTRY_COMPARE_WITH_TIMEOUT(waitingForLocks(*monitor), 1, 10000);
        transaction->commit();
        const Outcome outcome = b.get();
        QVERIFY2(refusedAsConflict(outcome), qPrintable(outcome.message));
        AuthorityRepository monitorReference(*monitor);
        const Development stored = *DevelopmentRepository(*monitor, monitorReference).load(id);
        QCOMPARE(stored.version, read.version + 1);
        QCOMPARE(stored.summary.en, byA.summary.en);
        QCOMPARE(stored.title.en, read.title.en);
    }

    // Two clients create the same row: the second insert waits for the first transaction and then finds the
    // row taken.
    void firstWriteWhileAnotherIsOpenIsRefused()
    {
        const QString uri = demoServerDatabase(QStringLiteral("first open"));
        auto a = Database::open(uri, Database::OpenMode::ExistingOnly);
        auto monitor = Database::open(uri, Database::OpenMode::ExistingOnly);
        const qint64 company = CompanyRepository(*a).find(QStringLiteral("yanqi-mind"));
        const AssessmentKey key = rt::test::untouchedChecklistRows(*a, company, 1).value(0);
        QVERIFY(key.obligationId != 0);
        AssessmentEdit fromA;
        fromA.notes = QStringLiteral("Created by A.");
        AssessmentEdit fromB;
        fromB.notes = QStringLiteral("Created by B.");

        auto transaction = std::make_unique<ScopedTransaction>(*a);
        QCOMPARE(AssessmentService(*a).apply(key, 0, fromA), 1);
        auto b = inAnotherClient(
            uri, [key, fromB](Database &db) { return AssessmentService(db).apply(key, 0, fromB); });
        QTRY_COMPARE_WITH_TIMEOUT(waitingForLocks(*monitor), 1, 10000);
        transaction->commit();
        const Outcome outcome = b.get();
        QVERIFY2(refusedAsConflict(outcome), qPrintable(outcome.message));
        const Assessment stored = AssessmentService(*monitor).assessment(key);
        QCOMPARE(stored.notes, *fromA.notes);
        QCOMPARE(stored.version, 1);
    }

    void concurrentFirstWritesHaveOneWinner()
    {
        const QString uri = demoServerDatabase(QStringLiteral("first race"));
        auto db = Database::open(uri, Database::OpenMode::ExistingOnly);
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const QList<AssessmentKey> rows = rt::test::untouchedChecklistRows(*db, company, 4);
        QCOMPARE(rows.size(), 4);
        constexpr int clients = 8;
        for (const AssessmentKey &key : rows) {
            std::latch start(clients);
            std::vector<std::future<Outcome>> results;
            for (int client = 1; client <= clients; ++client) {
                AssessmentEdit edit;
                edit.notes = QStringLiteral("Created by client %1.").arg(client);
                results.push_back(inAnotherClient(
                    uri, [key, edit](Database &mine) { return AssessmentService(mine).apply(key, 0, edit); },
                    &start));
            }
            QStringList winners;
            int conflicts = 0;
            for (int client = 1; client <= clients; ++client) {
                const Outcome outcome = results[std::size_t(client - 1)].get();
                if (!outcome.refused) {
                    QCOMPARE(outcome.version, 1);
                    winners.append(QStringLiteral("Created by client %1.").arg(client));
                } else {
                    QVERIFY2(refusedAsConflict(outcome), qPrintable(outcome.message));
                    ++conflicts;
                }
            }
            QCOMPARE(winners.size(), 1);
            QCOMPARE(conflicts, clients - 1);
            const Assessment stored = AssessmentService(*db).assessment(key);
            QCOMPARE(stored.version, 1);
            QCOMPARE(stored.notes, winners.first());
            int created = 0;
            for (const AuditEntry &entry : AssessmentService(*db).history(key)) {
                created += entry.field == QLatin1String("created") ? 1 : 0;
            }
            QCOMPARE(created, 1);
        }
    }

    void manyClientsLoseNoUpdate()
    {
        const QString uri = demoServerDatabase(QStringLiteral("load"));
        auto db = Database::open(uri, Database::OpenMode::ExistingOnly);
        rt::test::TeamLoadPlan plan;
        plan.location = uri;
        plan.clients = 8;
        plan.editsPerClient = 100;
        plan.rows = rt::test::untouchedChecklistRows(
            *db, CompanyRepository(*db).find(QStringLiteral("qiantang-bazaar")), 16);
        QCOMPARE(plan.rows.size(), 16);
        const rt::test::TeamLoadRun run = rt::test::runTeamLoad(plan);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
        QCOMPARE(run.writes.size(), plan.clients * plan.editsPerClient);
        QCOMPARE(run.busy, 0); // only SQLite refuses for locks
        const rt::test::TeamLoadCheck check = rt::test::checkTeamLoad(*db, plan, run);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.mid(0, 10).join(u'\n')));
        QCOMPARE(check.lostUpdates, 0);
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
