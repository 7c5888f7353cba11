// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda, its reminders and the digest, on the demo database (a file, or the PostgreSQL test server):
// periods and week boundaries in English and Chinese, the overdue edge, "mine", the filters, the reminder
// schedule across real restarts (separate processes), and the digest's sections against the database.

#include "TestSupport.h"

#include "Agenda.h"
#include "AgendaModel.h"
#include "Applicability.h"
#include "AssessmentService.h"
#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "CompanyRepository.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Digest.h"
#include "Error.h"
#include "ReminderSchedule.h"
#include "Settings.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rt::core;

namespace {

// A Saturday, so that the week boundaries of both locales fall right after it.
const QDate saturday(2025, 9, 13);

// The applicable rows of the demo's checklists (company, obligation), across every company.
QList<AssessmentKey> applicableRows(Database &db)
{
    QList<AssessmentKey> keys;
    ChecklistModel model(db);
    for (const Company &company : CompanyRepository(db).all()) {
        model.setCompany(company.id);
        for (int g = 0; g < model.groupCount(); ++g) {
            for (const ChecklistRow &row : model.groupRows(g)) {
                if (row.isApplicable() && !keys.contains(row.key)) {
                    keys.append(row.key);
                }
            }
        }
    }
    return keys;
}

// Clears every due date the demo set, so that only what a test dates is on the agenda.
void clearDueDates(Database &db)
{
    QList<AssessmentKey> dated;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT company_id, obligation_id FROM assessments WHERE due_on IS "
                                          "NOT NULL"));
    while (q.next()) {
        dated.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    AssessmentEdit undated;
    undated.due = QDate();
    for (const AssessmentKey &key : dated) {
        AssessmentService(db).overwrite(key, undated);
    }
}

void date(Database &db, const AssessmentKey &key, const QDate &due, const QString &owner = {},
          AssessmentStatus status = AssessmentStatus::ToDo)
{
    AssessmentEdit edit;
    edit.due = due;
    edit.owner = owner;
    edit.status = status;
    AssessmentService(db).overwrite(key, edit);
}

QList<AssessmentKey> rowKeys(const QList<AgendaItem> &items)
{
    QList<AssessmentKey> keys;
    for (const AgendaItem &item : items) {
        keys.append(item.row.key);
    }
    return keys;
}

// The uids the query returns, in one set per kind: what the agenda must list, read with SQL of its own.
QSet<QString> uidsOf(Database &db, const QString &sql, const QVariantList &bindings)
{
    QSet<QString> uids;
    QSqlQuery &q = db.exec(sql, bindings);
    while (q.next()) {
        uids.insert(q.value(0).toString());
    }
    return uids;
}

QString startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_home;

    // Runs this test program again as a separate process that takes today's reminders of `location` on
    // `day`, as a RegTracker started that day does; returns the items it reminded of.
    QStringList remindInAnotherProcess(const QString &location, const QDate &day)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RT_REMINDER_DATABASE"), location);
        env.insert(QStringLiteral("RT_REMINDER_DAY"), day.toString(Qt::ISODate));
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), {});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("%s", process.readAllStandardError().constData());
            return {QStringLiteral("failed")};
        }
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings (the reminders' record) in a home of their own, which the processes started below share.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        // The operating-system user a database file names as the actor.
        qputenv("USER", "mei.lin");
    }

    void firstDayOfWeekFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("system");
        QTest::addColumn<int>("first");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("en_US") << int(Qt::Monday);
        QTest::newRow("English in the United States")
            << QStringLiteral("en") << QStringLiteral("en_US") << int(Qt::Sunday);
        QTest::newRow("English in Britain")
            << QStringLiteral("en") << QStringLiteral("en_GB") << int(Qt::Monday);
        QTest::newRow("English on a Chinese system")
            << QStringLiteral("en") << QStringLiteral("zh_CN") << int(Qt::Sunday);
    }

    void firstDayOfWeekFollowsTheLocale()
    {
        QFETCH(QString, interface);
        QFETCH(QString, system);
        QFETCH(int, first);
        QCOMPARE(int(Agenda::firstDayOfWeek(QLocale(interface), QLocale(system))), first);
    }

    void periodsAtWeekBoundaries_data()
    {
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("period");
        const QDate sunday = saturday.addDays(1);
        const auto row
            = [](const char *name, Qt::DayOfWeek first, const QDate &today, const QDate &date,
                 AgendaPeriod period) { QTest::newRow(name) << int(first) << today << date << int(period); };
        // Weeks from Monday (Chinese): Saturday's week ends on Sunday.
        row("zh: Friday before is overdue", Qt::Monday, saturday, saturday.addDays(-1),
            AgendaPeriod::Overdue);
        row("zh: today", Qt::Monday, saturday, saturday, AgendaPeriod::Today);
        row("zh: Sunday is this week", Qt::Monday, saturday, sunday, AgendaPeriod::ThisWeek);
        row("zh: Monday is next week", Qt::Monday, saturday, saturday.addDays(2), AgendaPeriod::NextWeek);
        row("zh: next Sunday is next week", Qt::Monday, saturday, saturday.addDays(8),
            AgendaPeriod::NextWeek);
        row("zh: the Monday after is later", Qt::Monday, saturday, saturday.addDays(9), AgendaPeriod::Later);
        row("zh: on Sunday, Monday is next week", Qt::Monday, sunday, sunday.addDays(1),
            AgendaPeriod::NextWeek);
        // Weeks from Sunday (English in the United States): Saturday ends the week.
        row("en: Sunday is next week", Qt::Sunday, saturday, sunday, AgendaPeriod::NextWeek);
        row("en: next Saturday is next week", Qt::Sunday, saturday, saturday.addDays(7),
            AgendaPeriod::NextWeek);
        row("en: the Sunday after is later", Qt::Sunday, saturday, saturday.addDays(8), AgendaPeriod::Later);
        row("en: on Sunday, Monday is this week", Qt::Sunday, sunday, sunday.addDays(1),
            AgendaPeriod::ThisWeek);
        row("en: on Sunday, next Sunday is next week", Qt::Sunday, sunday, sunday.addDays(7),
            AgendaPeriod::NextWeek);
    }

    void periodsAtWeekBoundaries()
    {
        QFETCH(int, firstDay);
        QFETCH(QDate, today);
        QFETCH(QDate, date);
        QFETCH(int, period);
        QCOMPARE(int(Agenda::periodOf(date, today, Qt::DayOfWeek(firstDay))), period);
        const auto [first, last] = Agenda::periodRange(AgendaPeriod(period), today, Qt::DayOfWeek(firstDay));
        QVERIFY(!first.isValid() || first <= date);
        QVERIFY(!last.isValid() || date <= last);
    }

    void modelGroupsByTheLocaleWeek_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("English (United States)") << QStringLiteral("en_US");
    }

    void modelGroupsByTheLocaleWeek()
    {
        QFETCH(QString, locale);
        auto db = rt::test::newDemoDatabase(m_dir);
        clearDueDates(*db);
        const QList<AssessmentKey> rows = applicableRows(*db);
        QVERIFY(rows.size() >= 6);
        // Friday, today (Saturday), Sunday, Monday, the Sunday after, the Monday after.
        const QList<int> offsets{-1, 0, 1, 2, 8, 9};
        for (int i = 0; i < offsets.size(); ++i) {
            date(*db, rows.at(i), saturday.addDays(offsets.at(i)));
        }
        AgendaModel model(*db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKinds(AgendaKind::Due);
        model.setToday(saturday);
        model.setFirstDayOfWeek(Agenda::firstDayOfWeek(QLocale(locale), QLocale(locale)));

        const bool chinese = locale.startsWith(QLatin1StringView("zh"));
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Overdue)), QList<AssessmentKey>{rows.at(0)});
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Today)), QList<AssessmentKey>{rows.at(1)});
        // Sunday: the end of this week in Chinese, the start of next week in American English.
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::ThisWeek)),
                 chinese ? QList<AssessmentKey>{rows.at(2)} : QList<AssessmentKey>{});
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::NextWeek)),
                 chinese ? (QList<AssessmentKey>{rows.at(3), rows.at(4)})
                         : (QList<AssessmentKey>{rows.at(2), rows.at(3)}));
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Later)),
                 chinese ? QList<AssessmentKey>{rows.at(5)} : (QList<AssessmentKey>{rows.at(4), rows.at(5)}));
        // The tree shows the same: a group row per period with items, its items under it.
        QCOMPARE(model.rowCount(), chinese ? 5 : 4);
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QVERIFY(group.data(AgendaModel::IsGroupRole).toBool());
            const auto period = AgendaPeriod(group.data(AgendaModel::PeriodRole).toInt());
            QCOMPARE(model.rowCount(group), int(model.itemsIn(period).size()));
            QVERIFY(group.data().toString().startsWith(Agenda::periodTitle(period)));
            for (int r = 0; r < model.rowCount(group); ++r) {
                const QModelIndex item = model.index(r, AgendaModel::DateColumn, group);
                QCOMPARE(AgendaPeriod(item.data(AgendaModel::PeriodRole).toInt()), period);
            }
        }
    }

    void dueTodayIsDueNotOverdue()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        clearDueDates(*db);
        const QList<AssessmentKey> rows = applicableRows(*db);
        const QDate today(2025, 10, 27);
        date(*db, rows.at(0), today);
        date(*db, rows.at(1), today.addDays(-1));
        date(*db, rows.at(2), today.addDays(-1), {}, AssessmentStatus::Done); // done: nothing to do
        date(*db, rows.at(3), today.addDays(-40), {}, AssessmentStatus::InReview);
        AssessmentEdit notApplicable; // marked not applicable: not due
        notApplicable.applicability = Applicability::NotApplicable;
        notApplicable.justification = QStringLiteral("Not our business");
        notApplicable.due = today.addDays(-2);
        AssessmentService(*db).overwrite(rows.at(4), notApplicable);

        AgendaModel model(*db, nullptr);
        model.setKinds(AgendaKind::Due);
        model.setToday(today);
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Today)), QList<AssessmentKey>{rows.at(0)});
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Overdue)),
                 (QList<AssessmentKey>{rows.at(3), rows.at(1)}));
        QCOMPARE(model.overdueCount(), 2);
        const QModelIndex todayItem = model.indexOf(model.itemsIn(AgendaPeriod::Today).constFirst().uid());
        QCOMPARE(todayItem.data(AgendaModel::OverdueRole).toBool(), false);
        QCOMPARE(model.index(todayItem.row(), AgendaModel::WhenColumn, todayItem.parent()).data().toString(),
                 Agenda::distance(today, today));
        QVERIFY(model.itemsIn(AgendaPeriod::Overdue).constFirst().isOverdue(today));
        // A day later the row due today is overdue too.
        model.setToday(today.addDays(1));
        QCOMPARE(model.overdueCount(), 3);
        QVERIFY(model.itemsIn(AgendaPeriod::Today).isEmpty());
    }

    void aTickedRowLeavesTheAgenda()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        clearDueDates(*db);
        const QList<AssessmentKey> rows = applicableRows(*db);
        const QDate today(2025, 10, 27);
        date(*db, rows.at(0), today.addDays(-3));
        AgendaModel model(*db, nullptr);
        model.setKinds(AgendaKind::Due);
        model.setToday(today);
        QCOMPARE(model.overdueCount(), 1);
        const Assessment stored = AssessmentService(*db).assessment(rows.at(0));
        AssessmentService(*db).apply(rows.at(0), stored.version, AssessmentEdit::tick());
        QCOMPARE(model.overdueCount(), 0); // refreshed from the change notification
        QCOMPARE(model.itemCount(), 0);
    }

    void mineIsTheDatabaseUser()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        clearDueDates(*db);
        // A file names the operating-system user; the team server names the database user, whatever the
        // client claims.
        const QString user
            = rt::test::onPostgreSQL() ? QStringLiteral("postgres") : QStringLiteral("mei.lin");
        QCOMPARE(db->actor(), user);
        QCOMPARE(Agenda::currentUser(*db), user);

        const QList<AssessmentKey> rows = applicableRows(*db);
        const QDate today(2025, 10, 27);
        date(*db, rows.at(0), today.addDays(3), QStringLiteral("Somebody Else"));
        date(*db, rows.at(1), today.addDays(4), user.toUpper()); // owners are matched without case
        date(*db, rows.at(2), today.addDays(5), user);
        date(*db, rows.at(3), today.addDays(5)); // nobody's yet

        AgendaModel model(*db, nullptr);
        model.setKinds(AgendaKind::Due);
        model.setToday(today);
        model.setFirstDayOfWeek(Qt::Monday);
        QCOMPARE(model.me(), user);
        // Everybody's rows, mine first in the period although another's is due sooner.
        const QList<AgendaItem> week = model.itemsIn(AgendaPeriod::ThisWeek);
        QCOMPARE(rowKeys(week), (QList<AssessmentKey>{rows.at(1), rows.at(2), rows.at(0), rows.at(3)}));
        const QModelIndex first = model.indexOf(week.at(0).uid());
        QVERIFY(first.data(AgendaModel::MineRole).toBool());
        QVERIFY(!model.indexOf(week.at(2).uid()).data(AgendaModel::MineRole).toBool());
        // Only mine.
        model.setOwner(Agenda::currentUser(*db));
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::ThisWeek)),
                 (QList<AssessmentKey>{rows.at(1), rows.at(2)}));

        // The preferences name somebody else as me.
        Settings().setOwnerName(QStringLiteral("somebody else"));
        QCOMPARE(Agenda::currentUser(*db), QStringLiteral("somebody else"));
        model.setMe(Agenda::currentUser(*db));
        model.setOwner(Agenda::currentUser(*db));
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::ThisWeek)), QList<AssessmentKey>{rows.at(0)});
        Settings().setOwnerName(QString());
        QCOMPARE(Agenda::currentUser(*db), user);
    }

    void filtersAndHorizon()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        clearDueDates(*db);
        const QList<AssessmentKey> rows = applicableRows(*db);
        const QDate today(2025, 10, 27);
        date(*db, rows.at(0), today.addDays(30));
        date(*db, rows.at(1), today.addDays(31));
        date(*db, rows.at(2), today.addDays(400));
        AgendaModel model(*db, nullptr);
        model.setKinds(AgendaKind::Due);
        model.setToday(today);
        model.setHorizon(30);
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Later)), QList<AssessmentKey>{rows.at(0)});
        model.setHorizon(-1);
        QCOMPARE(rowKeys(model.itemsIn(AgendaPeriod::Later)),
                 (QList<AssessmentKey>{rows.at(0), rows.at(1), rows.at(2)}));
        // One company: only its rows.
        model.setCompany(rows.at(1).companyId);
        for (const AgendaItem &item : model.itemsIn(AgendaPeriod::Later)) {
            QCOMPARE(item.row.key.companyId, rows.at(1).companyId);
        }
        QVERIFY(rowKeys(model.itemsIn(AgendaPeriod::Later)).contains(rows.at(1)));
    }

    void consultationsAndEffectiveDatesMatchTheDatabase_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("horizon");
        QTest::newRow("mid-September, a month") << QDate(2025, 9, 15) << 30;
        QTest::newRow("July, everything ahead") << QDate(2025, 7, 10) << -1;
    }

    void consultationsAndEffectiveDatesMatchTheDatabase()
    {
        QFETCH(QDate, today);
        QFETCH(int, horizon);
        auto db = rt::test::newDemoDatabase(m_dir);
        const QString from = today.toString(Qt::ISODate);
        const QString until
            = horizon < 0 ? QStringLiteral("9999-12-31") : today.addDays(horizon).toString(Qt::ISODate);
        const QSet<QString> comments
            = uidsOf(*db,
                     QStringLiteral(
                         "SELECT 'comments/' || uid FROM developments WHERE stage = 'draft_for_comments' AND "
                         "comment_deadline >= ? AND comment_deadline <= ?"),
                     {from, until});
        const QSet<QString> effective = uidsOf(
            *db,
            QStringLiteral("SELECT 'effective/' || uid FROM developments WHERE effective_on >= ? AND "
                           "effective_on <= ?"),
            {from, until});
        QVERIFY2(!comments.isEmpty() || !effective.isEmpty(), "the demo has dates ahead of this day");

        AgendaQuery query;
        query.today = today;
        query.horizonDays = horizon;
        query.kinds = AgendaKinds(AgendaKind::CommentDeadline) | AgendaKind::Effective;
        QSet<QString> gotComments;
        QSet<QString> gotEffective;
        for (const AgendaItem &item : Agenda::load(*db, nullptr, query)) {
            (item.kind == AgendaKind::CommentDeadline ? gotComments : gotEffective).insert(item.uid());
            QVERIFY(item.date >= today);
            // The companies listed are those an obligation of the development binds.
            const QSet<QString> bound
                = uidsOf(*db,
                         QStringLiteral(
                             "SELECT DISTINCT c.uid FROM (%1) p JOIN obligations o ON o.id = p.obligation_id "
                             "JOIN companies c ON c.id = p.company_id WHERE o.development_id = ?")
                             .arg(applicablePairs()),
                         {item.developmentId});
            QSet<QString> listed;
            for (const AgendaCompany &company : item.companies) {
                listed.insert(company.uid);
            }
            QCOMPARE(listed, bound);
        }
        QCOMPARE(gotComments, comments);
        QCOMPARE(gotEffective, effective);

        // Asking for one person's items leaves out dates that are nobody's row.
        query.owner = QStringLiteral("Somebody");
        QVERIFY(Agenda::load(*db, nullptr, query).isEmpty());
    }

    void sharedFilterNarrowsTheAgenda()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        AgendaQuery query;
        query.today = QDate(2025, 7, 1);
        query.horizonDays = -1;
        const QList<AgendaItem> all = Agenda::load(*db, nullptr, query);
        query.filter.authorities = {QStringLiteral("SAMR")};
        const QList<AgendaItem> samr = Agenda::load(*db, nullptr, query);
        QVERIFY(!samr.isEmpty());
        QVERIFY(samr.size() < all.size());
        const QSet<QString> bySamr = uidsOf(
            *db,
            QStringLiteral(
                "SELECT d.uid FROM developments d JOIN development_authorities da ON da.development_id "
                "= d.id JOIN authorities a ON a.id = da.authority_id WHERE a.code = ?"),
            {QStringLiteral("SAMR")});
        for (const AgendaItem &item : samr) {
            QVERIFY2(bySamr.contains(item.developmentUid), qPrintable(item.developmentUid));
        }
    }

    void remindersComeOncePerDayAcrossRestarts()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        clearDueDates(*db);
        const QList<AssessmentKey> rows = applicableRows(*db);
        const QString me = Agenda::currentUser(*db);
        const QDate day(2025, 10, 27);
        date(*db, rows.at(0), day, me); // falls due that day
        date(*db, rows.at(1), day.addDays(-5), me); // overdue already
        date(*db, rows.at(2), day.addDays(1), me); // due tomorrow: nothing yet
        date(*db, rows.at(3), day, QStringLiteral("Somebody Else")); // not mine
        AgendaQuery query;
        query.today = day;
        query.horizonDays = -1;
        query.kinds = AgendaKind::Due;
        QHash<AssessmentKey, QString> uid;
        for (const AgendaItem &item : Agenda::load(*db, nullptr, query)) {
            uid.insert(item.row.key, item.uid());
        }
        const QString location = db->path();

        // Each start is a process of its own: what one reminded of is remembered by the next.
        QStringList first = remindInAnotherProcess(location, day);
        first.sort();
        QStringList expected{uid.value(rows.at(0)), uid.value(rows.at(1))};
        expected.sort();
        QCOMPARE(first, expected);
        QCOMPARE(remindInAnotherProcess(location, day), QStringList());
        QCOMPARE(remindInAnotherProcess(location, day), QStringList());
        // The next day the row that fell due is overdue: reminded once more; the row due that day too.
        QStringList next = remindInAnotherProcess(location, day.addDays(1));
        next.sort();
        expected = QStringList{uid.value(rows.at(0)), uid.value(rows.at(2))};
        expected.sort();
        QCOMPARE(next, expected);
        QCOMPARE(remindInAnotherProcess(location, day.addDays(1)), QStringList());
        // Snoozed for two days: not the next day (where only the row due yesterday became overdue), the row
        // again on the day the snooze ends, and once only.
        ReminderSchedule(location).snooze({uid.value(rows.at(1))}, day.addDays(3));
        QCOMPARE(remindInAnotherProcess(location, day.addDays(2)), QStringList{uid.value(rows.at(2))});
        QCOMPARE(remindInAnotherProcess(location, day.addDays(3)), QStringList{uid.value(rows.at(1))});
        QCOMPARE(remindInAnotherProcess(location, day.addDays(3)), QStringList());
        // Another database keeps its own record.
        auto other = rt::test::newDemoDatabase(m_dir);
        QVERIFY(ReminderSchedule(other->path()).records().isEmpty());
        QVERIFY(!ReminderSchedule(location).records().isEmpty());
    }

    void digestSectionsMatchTheDatabase()
    {
        auto db = rt::test::newDemoDatabase(m_dir);
        const QDate today = QDate::currentDate();
        const QDate since = today.addDays(-7);
        // The demo was added long ago, except three developments: their obligations are new too. An earlier
        // development gains an obligation this week.
        db->exec(QStringLiteral("UPDATE developments SET created_at = '2025-08-01T09:00:00Z'"));
        const QStringList fresh{QStringLiteral("cn-tmt-2025-01"), QStringLiteral("cn-tmt-2025-03"),
                                QStringLiteral("cn-tmt-2025-07")};
        const QString recently = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate);
        for (const QString &uid : fresh) {
            db->exec(QStringLiteral("UPDATE developments SET created_at = ? WHERE uid = ?"), {recently, uid});
        }
        AuthorityRepository reference(*db);
        Development older
            = *DevelopmentRepository(*db, reference)
                   .load(
                       db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = 'cn-tmt-2025-02'"))
                           .toLongLong());
        Obligation extra = older.obligations.constFirst();
        extra.id = 0;
        extra.uid = QStringLiteral("cn-tmt-2025-02/added-this-week");
        extra.text = {QStringLiteral("Report the new fee schedule to the regulator."),
                      QStringLiteral("向监管部门报送新的收费标准。")};
        older.obligations.append(extra);
        DevelopmentService(*db).update(older);
        // Rows: some fell due in the week (one done), some became overdue, one long overdue, one ahead.
        clearDueDates(*db);
        const QList<AssessmentKey> rows = applicableRows(*db);
        date(*db, rows.at(0), today, QStringLiteral("Marcus Lee"));
        date(*db, rows.at(1), today.addDays(-3), QStringLiteral("Marcus Lee"));
        date(*db, rows.at(2), today.addDays(-6), QStringLiteral("周婷"), AssessmentStatus::Done);
        date(*db, rows.at(3), since.addDays(-1), QStringLiteral("周婷")); // overdue from the first day
        date(*db, rows.at(4), today.addDays(-30), QStringLiteral("周婷")); // overdue long before
        date(*db, rows.at(5), today.addDays(2), QStringLiteral("周婷"));
        // A re-review raised this week (on the rows that have an assessment).
        // As a later version of its development raises it: the row moves to the later version's obligation
        // (here another obligation that binds the company and has no row yet) and is flagged with the reason.
        date(*db, rows.at(6), QDate(), QStringLiteral("Sophie Zhang"));
        const qint64 flaggedCompany = rows.at(6).companyId;
        const qint64 flagged
            = db->scalar(QStringLiteral("SELECT p.obligation_id FROM (%1) p WHERE p.company_id = ? AND "
                                        "p.obligation_id NOT IN (SELECT obligation_id FROM assessments) "
                                        "ORDER BY p.obligation_id LIMIT 1")
                             .arg(applicablePairs()),
                         {flaggedCompany})
                  .toLongLong();
        QVERIFY(flagged != 0);
        QVERIFY(AssessmentService(*db).carryOver(rows.at(6).obligationId, flagged,
                                                 QStringLiteral("changed in the final version"))
                >= 1);

        DigestOptions options;
        options.today = today;
        options.days = 7;
        const Digest digest = Digest::collect(*db, options);
        QCOMPARE(digest.since, since);

        // New developments: those added since the first day of the period.
        QSet<QString> developments;
        for (const Digest::NewDevelopment &d : digest.newDevelopments) {
            developments.insert(d.uid);
        }
        QCOMPARE(developments,
                 uidsOf(*db, QStringLiteral("SELECT uid FROM developments WHERE created_at >= ?"),
                        {startOfDay(since)}));
        QCOMPARE(developments, QSet<QString>(fresh.cbegin(), fresh.cend()));

        // New obligations per company: what the new obligations bind.
        QSet<QString> obligations;
        for (const Digest::CompanyObligations &c : digest.newObligations) {
            for (const Digest::NewObligation &o : c.obligations) {
                obligations.insert(c.company.uid + u'/' + o.uid);
            }
        }
        QCOMPARE(obligations,
                 uidsOf(*db,
                        QStringLiteral(
                            "SELECT c.uid || '/' || o.uid FROM (%1) p JOIN obligations o ON o.id = "
                            "p.obligation_id JOIN companies c ON c.id = p.company_id JOIN developments d "
                            "ON d.id = o.development_id WHERE d.created_at >= ? OR o.uid = ?")
                            .arg(applicablePairs()),
                        {startOfDay(since), extra.uid}));
        QVERIFY(std::any_of(obligations.cbegin(), obligations.cend(),
                            [&](const QString &key) { return key.endsWith(extra.uid); }));
        QCOMPARE(digest.obligationCount(), int(obligations.size()));

        // Re-review flags raised this week, with their reason: the one raised here, and those the demo's
        // final versions raised when the demo was made (today).
        QSet<AssessmentKey> flags;
        for (const Digest::Flag &flag : digest.reReviews) {
            flags.insert(flag.row.row.key);
            if (flag.row.row.key.obligationId == flagged) {
                QCOMPARE(flag.reason, QStringLiteral("changed in the final version"));
            } else {
                QVERIFY(!flag.reason.isEmpty());
            }
            QVERIFY(flag.flaggedAt.isValid());
        }
        QVERIFY(std::any_of(flags.cbegin(), flags.cend(),
                            [flagged](const AssessmentKey &key) { return key.obligationId == flagged; }));
        QSet<AssessmentKey> expectedFlags;
        QSqlQuery &q = db->exec(
            QStringLiteral("SELECT s.company_id, s.obligation_id FROM assessments s JOIN (%1) p ON "
                           "p.company_id = s.company_id AND p.obligation_id = s.obligation_id "
                           "WHERE s.re_review = 1")
                .arg(applicablePairs()));
        while (q.next()) {
            expectedFlags.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        q.finish();
        QVERIFY(!expectedFlags.isEmpty());
        QCOMPARE(flags, expectedFlags);

        // What fell due: due in the period, done or not; what became overdue: open, due from the day before
        // the period to yesterday.
        QCOMPARE(rowKeys(digest.fellDue), (QList<AssessmentKey>{rows.at(2), rows.at(1), rows.at(0)}));
        QCOMPARE(rowKeys(digest.becameOverdue), (QList<AssessmentKey>{rows.at(3), rows.at(1)}));

        // One owner's rows only; developments and obligations stay.
        options.owner = QStringLiteral("marcus lee");
        const Digest marcus = Digest::collect(*db, options);
        QCOMPARE(rowKeys(marcus.fellDue), (QList<AssessmentKey>{rows.at(1), rows.at(0)}));
        QCOMPARE(rowKeys(marcus.becameOverdue), QList<AssessmentKey>{rows.at(1)});
        QCOMPARE(marcus.newDevelopments.size(), digest.newDevelopments.size());

        // One company: what binds it.
        options.owner.clear();
        options.company = rows.at(0).companyId;
        const Digest company = Digest::collect(*db, options);
        for (const AgendaItem &row : company.fellDue + company.becameOverdue) {
            QCOMPARE(row.row.key.companyId, rows.at(0).companyId);
        }
        for (const Digest::CompanyObligations &c : company.newObligations) {
            QCOMPARE(c.company.id, rows.at(0).companyId);
        }

        // The three forms say the same.
        const QJsonObject json = QJsonDocument::fromJson(digest.toJson()).object();
        QCOMPARE(json.value(QStringLiteral("since")).toString(), since.toString(Qt::ISODate));
        QCOMPARE(json.value(QStringLiteral("new_developments")).toArray().size(),
                 digest.newDevelopments.size());
        QCOMPARE(json.value(QStringLiteral("fell_due")).toArray().size(), digest.fellDue.size());
        QCOMPARE(json.value(QStringLiteral("became_overdue")).toArray().size(), digest.becameOverdue.size());
        QCOMPARE(json.value(QStringLiteral("re_review")).toArray().size(), digest.reReviews.size());
        const QString markdown = digest.toMarkdown(Language::Chinese);
        const QString html = digest.toHtml(Language::English);
        for (const Digest::NewDevelopment &d : digest.newDevelopments) {
            QVERIFY(markdown.contains(d.title.zh));
            QVERIFY(html.contains(d.title.en.toHtmlEscaped()));
        }
        QVERIFY(html.contains(Digest::tr("Became overdue (%1)").arg(2).toHtmlEscaped()));
        QVERIFY(markdown.contains(QStringLiteral("## ") + Digest::tr("Fell due (%1)").arg(3)));
    }
};

// Started again by remindersComeOncePerDayAcrossRestarts: takes the reminders of one database on one day, as
// RegTracker does when it starts, and prints what it reminded of.
int remindOnce()
{
    QStandardPaths::setTestModeEnabled(true); // the settings where the test keeps them
    try {
        auto db
            = Database::open(qEnvironmentVariable("RT_REMINDER_DATABASE"), Database::OpenMode::ExistingOnly);
        const QDate day = QDate::fromString(qEnvironmentVariable("RT_REMINDER_DAY"), Qt::ISODate);
        QTextStream out(stdout);
        for (const AgendaItem &item : ReminderSchedule::takeDue(*db, day)) {
            out << item.uid() << '\n';
        }
        return 0;
    } catch (const Error &error) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("RT_REMINDER_DATABASE")) {
        return remindOnce();
    }
    TestAgenda test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_agenda.moc"
