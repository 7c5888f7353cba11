// SPDX-License-Identifier: GPL-3.0-or-later
// DevelopmentService: every write is one transaction with its audit rows, announced once after commit; a
// stale edit is refused; obligations keep their identity (and assessments) across edits; delete and restore
// round-trip.

#include "TestSupport.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "ScopedTransaction.h"
#include "Statistics.h"

#include <QSignalSpy>

using namespace rt::core;
using namespace Qt::StringLiterals;

namespace {

Development sample()
{
    Development d;
    d.title = {QStringLiteral("Draft rules on labelling synthetic content"),
               QStringLiteral("合成内容标识办法（征求意见稿）")};
    d.authorities = {QStringLiteral("CAC")};
    d.kind = DevelopmentKind::Regulation;
    d.stage = Stage::DraftForComments;
    d.announced = QDate(2025, 9, 1);
    d.commentDeadline = QDate(2025, 10, 1);
    d.topics = {QStringLiteral("generative_ai")};
    Obligation label;
    label.text = {QStringLiteral("Label AI-generated content."), QStringLiteral("对生成内容进行标识。")};
    label.kind = ObligationKind::Label;
    label.appliesTo = {QStringLiteral("generative_ai_provider")};
    Obligation logs;
    logs.text = {QStringLiteral("Keep logs."), QStringLiteral("留存日志。")};
    logs.kind = ObligationKind::Retain;
    logs.appliesTo = {QStringLiteral("generative_ai_provider")};
    logs.parameters.append({{QStringLiteral("Log retention"), QStringLiteral("日志留存")},
                            ParameterOp::AtLeast,
                            QStringLiteral("6"),
                            {},
                            ParameterUnit::Month});
    d.obligations = {label, logs};
    return d;
}

Development load(Database &db, qint64 id)
{
    AuthorityRepository reference(db);
    return DevelopmentRepository(db, reference).load(id).value();
}

QStringList changedFields(Database &db, qint64 id)
{
    QStringList fields;
    for (const AuditEntry &entry : AuditLog(db).entries(QStringLiteral("development"), id)) {
        fields.append(entry.field);
    }
    return fields;
}

} // namespace

class TestDevelopmentService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = rt::test::newDemoDatabase(m_dir);
        m_db->setActor(QStringLiteral("tester"));
    }

    void createWritesAuditAndNotifiesOnce()
    {
        QSignalSpy changed(m_db.get(), &Database::changed);
        const qint64 id = DevelopmentService(*m_db).create(sample());
        QCOMPARE(changed.count(), 1);
        const ChangeSet changes = changed.at(0).at(0).value<ChangeSet>();
        QVERIFY(changes.contains(Change{Entity::Development, Change::Kind::Added, id}));

        const Development stored = load(*m_db, id);
        QVERIFY(stored.uid.startsWith(QStringLiteral("dev-")));
        QCOMPARE(stored.obligations.size(), 2);
        QCOMPARE(stored.obligations.at(0).uid, stored.uid + QStringLiteral("/o1"));
        QCOMPARE(stored.obligations.at(1).parameters.at(0).value, QStringLiteral("6"));
        QCOMPARE(stored.version, 1);
        const QList<AuditEntry> log = AuditLog(*m_db).entries(QStringLiteral("development"), id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).actor, rt::test::auditActor(QStringLiteral("tester")));
        QCOMPARE(log.at(0).newValue, QStringLiteral("created"));
    }

    void updateLogsEachChangedField()
    {
        DevelopmentService service(*m_db);
        const qint64 id = service.create(sample());
        Development edit = load(*m_db, id);
        edit.stage = Stage::Issued;
        edit.title.zh = QStringLiteral("合成内容标识办法");
        edit.obligations[1].parameters[0].value = QStringLiteral("12");
        service.update(edit);

        const QStringList fields = changedFields(*m_db, id);
        QCOMPARE(fields.size(), 4); // created + three changes
        QVERIFY(fields.contains(QStringLiteral("stage")));
        QVERIFY(fields.contains(QStringLiteral("title_zh")));
        QVERIFY(fields.contains(QStringLiteral("obligation ") + edit.obligations[1].uid
                                + QStringLiteral(".parameters")));
        const QList<AuditEntry> log = AuditLog(*m_db).entries(QStringLiteral("development"), id);
        const auto stage = std::find_if(log.cbegin(), log.cend(), [](const AuditEntry &e) {
            return e.field == QLatin1StringView("stage");
        });
        QCOMPARE(stage->oldValue, QStringLiteral("draft_for_comments"));
        QCOMPARE(stage->newValue, QStringLiteral("issued"));
        QCOMPARE(load(*m_db, id).version, 2);
    }

    void staleEditIsRefused()
    {
        DevelopmentService service(*m_db);
        const qint64 id = service.create(sample());
        Development mine = load(*m_db, id);
        Development theirs = load(*m_db, id);
        theirs.title.en = QStringLiteral("Their title");
        service.update(theirs);

        mine.title.en = QStringLiteral("My title");
        QSignalSpy changed(m_db.get(), &Database::changed);
        try {
            service.update(mine);
            QFAIL("a stale edit overwrote a newer one");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::Conflict);
        }
        QCOMPARE(load(*m_db, id).title.en, QStringLiteral("Their title"));
        QCOMPARE(changed.count(), 0);
    }

    void invalidDevelopmentWritesNothing()
    {
        Development bad = sample();
        bad.authorities.clear();
        bad.commentDeadline = bad.announced.addDays(-1);
        const RecordCounts before = countRecords(*m_db);
        QSignalSpy changed(m_db.get(), &Database::changed);
        try {
            DevelopmentService(*m_db).create(bad);
            QFAIL("an invalid development was saved");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::InvalidInput);
            QVERIFY(error.message().contains(QStringLiteral("issuing authority")));
            QVERIFY(error.message().contains(QStringLiteral("comment deadline")));
        }
        QCOMPARE(countRecords(*m_db).developments, before.developments);
        QCOMPARE(changed.count(), 0);

        Development unknown = sample();
        unknown.topics = {QStringLiteral("no_such_topic")};
        QVERIFY_THROWS_EXCEPTION(Error, DevelopmentService(*m_db).create(unknown));
        QCOMPARE(countRecords(*m_db).developments, before.developments);
        QCOMPARE(countRecords(*m_db).obligations, before.obligations);
    }

    void obligationsKeepTheirAssessments()
    {
        // The final version of demo item 7 (minors' mode) holds the assessments its draft had.
        AuthorityRepository reference(*m_db);
        DevelopmentRepository repository(*m_db, reference);
        const qint64 id = repository.idForUid(QStringLiteral("cn-tmt-2025-07-final"));
        Development edit = load(*m_db, id);
        const qint64 assessedBefore
            = m_db->scalar(QStringLiteral("SELECT count(*) FROM assessments s JOIN obligations o ON "
                                          "o.id = s.obligation_id WHERE o.development_id = ?"),
                           {id})
                  .toLongLong();
        QVERIFY(assessedBefore > 0);
        const QString firstUid = edit.obligations.first().uid;
        const qint64 firstId = edit.obligations.first().id;
        edit.obligations.first().text.en += QStringLiteral(" (edited)");
        DevelopmentService(*m_db).update(edit);
        const Development after = load(*m_db, id);
        QCOMPARE(after.obligations.first().id, firstId);
        QCOMPARE(after.obligations.first().uid, firstUid);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT count(*) FROM assessments s JOIN obligations o ON o.id = "
                                        "s.obligation_id WHERE o.development_id = ?"),
                         {id})
                .toLongLong(),
            assessedBefore);
    }

    void removeAndRestore()
    {
        AuthorityRepository reference(*m_db);
        DevelopmentRepository repository(*m_db, reference);
        const qint64 id = repository.idForUid(QStringLiteral("cn-tmt-2025-04"));
        const Development original = load(*m_db, id);
        const RecordCounts before = countRecords(*m_db);
        QVERIFY(before.assessments > 0);

        DevelopmentService service(*m_db);
        const RemovedDevelopment removed = service.remove(id);
        QVERIFY(!removed.assessments.isEmpty());
        const RecordCounts gone = countRecords(*m_db);
        QCOMPARE(gone.developments, before.developments - 1);
        QCOMPARE(gone.obligations, before.obligations - original.obligations.size());
        QCOMPARE(gone.assessments, before.assessments - removed.assessments.size());

        const qint64 restored = service.restore(removed);
        const RecordCounts back = countRecords(*m_db);
        QCOMPARE(back.developments, before.developments);
        QCOMPARE(back.obligations, before.obligations);
        QCOMPARE(back.assessments, before.assessments);
        Development again = load(*m_db, restored);
        QCOMPARE(again.uid, original.uid);
        QCOMPARE(again.title, original.title);
        QCOMPARE(again.obligations.size(), original.obligations.size());
        QCOMPARE(again.obligations.at(2).text, original.obligations.at(2).text);
    }

    void rolledBackTransactionAnnouncesNothing()
    {
        QSignalSpy changed(m_db.get(), &Database::changed);
        const RecordCounts before = countRecords(*m_db);
        {
            ScopedTransaction outer(*m_db);
            DevelopmentService(*m_db).create(sample()); // inner scope commits to a savepoint only
            QCOMPARE(changed.count(), 0);
        } // outer scope ends without commit
        QCOMPARE(changed.count(), 0);
        QCOMPARE(countRecords(*m_db).developments, before.developments);

        {
            ScopedTransaction outer(*m_db);
            DevelopmentService(*m_db).create(sample());
            Development bad = sample();
            bad.authorities = {QStringLiteral("NOBODY")};
            QVERIFY_THROWS_EXCEPTION(Error,
                                     DevelopmentService(*m_db).create(bad)); // inner failure, outer goes on
            outer.commit();
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(countRecords(*m_db).developments, before.developments + 1);
    }

    // A scope that joins its inner scopes: what they wrote is kept when it commits, and one of them that
    // fails fails the whole, even when its error was caught.
    void joinedScopesSucceedOrFailAsOne()
    {
        const RecordCounts before = countRecords(*m_db);
        Development bad = sample();
        bad.authorities = {QStringLiteral("NOBODY")};
        {
            ScopedTransaction outer(*m_db, ScopedTransaction::Inner::Join);
            DevelopmentService(*m_db).create(sample());
            QVERIFY_THROWS_EXCEPTION(Error, DevelopmentService(*m_db).create(bad));
            QVERIFY_THROWS_EXCEPTION(Error, outer.commit());
        }
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(countRecords(*m_db).developments, before.developments); // the good one went too

        QSignalSpy changed(m_db.get(), &Database::changed);
        {
            ScopedTransaction outer(*m_db, ScopedTransaction::Inner::Join);
            DevelopmentService(*m_db).create(sample());
            DevelopmentService(*m_db).create(sample());
            outer.commit();
        }
        QCOMPARE(countRecords(*m_db).developments, before.developments + 2);
        QCOMPARE(changed.count(), 1);
        // And the connection goes on as before: a savepoint scope afterwards keeps its good part.
        {
            ScopedTransaction outer(*m_db);
            DevelopmentService(*m_db).create(sample());
            QVERIFY_THROWS_EXCEPTION(Error, DevelopmentService(*m_db).create(bad));
            outer.commit();
        }
        QCOMPARE(countRecords(*m_db).developments, before.developments + 3);
    }

    // Statements that return no rows, inserts that return the new id, and single values: as the engine
    // stores them, on SQLite through its own statements.
    void runInsertAndScalar()
    {
        const QString insert = QStringLiteral("INSERT INTO tags (code, name_en, name_zh) VALUES (?, ?, ?)");
        const qint64 first
            = m_db->insert(insert, {QStringLiteral("t-one"), QStringLiteral("One"), QString()});
        const qint64 second = m_db->insert(insert, {QStringLiteral("t-two"), QStringLiteral("Two"), u"二"_s});
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT id FROM tags WHERE code = ?"), {u"t-one"_s}).toLongLong(),
            first);
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT id FROM tags WHERE code = ?"), {u"t-two"_s}).toLongLong(),
            second);
        QVERIFY(first != second);
        // A null QString is an empty text (the column is NOT NULL); Chinese arrives whole.
        const QVariant empty = m_db->scalar(QStringLiteral("SELECT name_zh FROM tags WHERE id = ?"), {first});
        QVERIFY(!empty.isNull());
        QCOMPARE(empty.toString(), QString());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT name_zh FROM tags WHERE id = ?"), {second}).toString(),
                 u"二"_s);

        QCOMPARE(m_db->run(QStringLiteral("UPDATE tags SET name_en = ? WHERE code LIKE 't-%'"), {u"Both"_s}),
                 2);
        QCOMPARE(m_db->run(QStringLiteral("UPDATE tags SET name_en = ? WHERE code = ?"), {u"x"_s, u"none"_s}),
                 0);

        // No row: an invalid QVariant; a NULL: a valid, null one; a QVariant without a value binds NULL.
        QVERIFY(!m_db->scalar(QStringLiteral("SELECT id FROM tags WHERE code = ?"), {u"none"_s}).isValid());
        const qint64 id = DevelopmentService(*m_db).create(sample());
        const QVariant none
            = m_db->scalar(QStringLiteral("SELECT replaces_id FROM developments WHERE id = ?"), {id});
        QVERIFY(none.isValid());
        QVERIFY(none.isNull());
        QCOMPARE(m_db->run(QStringLiteral("UPDATE developments SET source_item = ? WHERE id = ?"),
                           {QVariant(QMetaType::fromType<qint64>()), id}),
                 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM developments WHERE id = ? AND source_item "
                                             "IS NULL"),
                              {id})
                     .toInt(),
                 1);

        // A refused statement throws, changes nothing, and the next one runs.
        QVERIFY_THROWS_EXCEPTION(Error, m_db->insert(insert, {u"t-one"_s, u"Again"_s, QString()}));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM tags WHERE code LIKE 't-%'")).toInt(), 2);
        QVERIFY(m_db->insert(insert, {u"t-three"_s, u"Three"_s, QString()}) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDevelopmentService)
#include "tst_developmentservice.moc"
