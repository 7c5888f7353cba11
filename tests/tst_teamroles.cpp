// SPDX-License-Identifier: GPL-3.0-or-later
// Roles in a team database, enforced by PostgreSQL: users connect as viewer, editor and admin and try every
// write on every table through SQL directly, then through the services; the audit log names the database
// user; with editors limited to their companies, row-level security refuses the rest. Needs the test server.

#include "CompanyRepository.h"
#include "TestSupport.h"

#include "AssessmentService.h"
#include "CompanyService.h"
#include "DevelopmentTableModel.h"
#include "Error.h"
#include "TeamRoles.h"
#include "TextSearch.h"

#include <QSqlRecord>

using namespace rt::core;

namespace {

// One table and a statement of each kind that the owner could run on the demo data with the extra rows of
// initTestCase(), each touching at least one row. What each role may do comes from the rules of the issue:
// viewers write nothing; editors write developments, their parts, assessments, evidence, imports and the
// search index, add (but never delete) authorities, topics and tags, and only add to the audit log; admins
// may also write companies and who edits them. schema_migrations is for the owner alone, as TRUNCATE is.
struct TableWrites
{
    const char *table;
    const char *insert;
    const char *update;
    const char *remove;
    const char *editor; // I, U, D: what an editor may do
    const char *admin;
};

const TableWrites kTables[] = {
    {"schema_migrations",
     "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'later', "
     "'2026-11-28T00:00:00Z')",
     "UPDATE schema_migrations SET name = name WHERE version = 1",
     "DELETE FROM schema_migrations WHERE version = 5", "", ""},
    {"authorities",
     "INSERT INTO authorities (code, kind, level) VALUES ('roles-bureau', 'ministry', 'national')",
     "UPDATE authorities SET name_en = name_en || ' office' WHERE id = (SELECT min(id) FROM authorities)",
     "DELETE FROM authorities WHERE id = (SELECT max(id) FROM authorities)", "IU", "IU"},
    {"topics", "INSERT INTO topics (code, name_en) VALUES ('roles-topic', 'Roles')",
     "UPDATE topics SET name_en = name_en || ' matters' WHERE id = (SELECT min(id) FROM topics)",
     "DELETE FROM topics WHERE id = (SELECT max(id) FROM topics)", "IU", "IU"},
    {"tags", "INSERT INTO tags (code, name_en) VALUES ('roles-tag', 'Roles')",
     "UPDATE tags SET name_en = name_en || ' sector' WHERE id = (SELECT min(id) FROM tags)",
     "DELETE FROM tags WHERE id = (SELECT max(id) FROM tags)", "IU", "IU"},
    {"developments",
     "INSERT INTO developments (uid, kind, stage, announced_on, created_at, updated_at) VALUES ('roles-dev', "
     "'regulation', 'draft', '2026-11-01', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')",
     "UPDATE developments SET title_en = title_en || ' (revised)' WHERE id = (SELECT min(id) FROM "
     "developments)",
     "DELETE FROM developments WHERE id = (SELECT max(id) FROM developments)", "IUD", "IUD"},
    {"development_authorities",
     "INSERT INTO development_authorities (development_id, authority_id, position) SELECT d.id, a.id, 9 FROM "
     "developments d, authorities a WHERE NOT EXISTS (SELECT 1 FROM development_authorities x WHERE "
     "x.development_id = d.id AND x.authority_id = a.id) LIMIT 1",
     "UPDATE development_authorities SET position = position + 1 WHERE development_id = (SELECT "
     "min(development_id) FROM development_authorities)",
     "DELETE FROM development_authorities WHERE development_id = (SELECT min(development_id) FROM "
     "development_authorities)",
     "IUD", "IUD"},
    {"development_topics",
     "INSERT INTO development_topics (development_id, topic_id, position) SELECT d.id, t.id, 9 FROM "
     "developments "
     "d, topics t WHERE NOT EXISTS (SELECT 1 FROM development_topics x WHERE x.development_id = d.id AND "
     "x.topic_id = t.id) LIMIT 1",
     "UPDATE development_topics SET position = position + 1 WHERE development_id = (SELECT "
     "min(development_id) "
     "FROM development_topics)",
     "DELETE FROM development_topics WHERE development_id = (SELECT min(development_id) FROM "
     "development_topics)",
     "IUD", "IUD"},
    {"penalties",
     "INSERT INTO penalties (development_id, position, amount) SELECT min(id), 9, 50000 FROM developments",
     "UPDATE penalties SET amount = amount * 2 WHERE id = (SELECT min(id) FROM penalties)",
     "DELETE FROM penalties WHERE id = (SELECT min(id) FROM penalties)", "IUD", "IUD"},
    {"obligations",
     "INSERT INTO obligations (uid, development_id, position, kind) SELECT 'roles-dev/o9', min(id), 9, "
     "'must' "
     "FROM developments",
     "UPDATE obligations SET text_en = text_en || ' promptly' WHERE id = (SELECT min(id) FROM obligations)",
     "DELETE FROM obligations WHERE id = (SELECT max(id) FROM obligations)", "IUD", "IUD"},
    {"obligation_parameters",
     "INSERT INTO obligation_parameters (obligation_id, position, op, value, unit) SELECT min(id), 9, 'le', "
     "'30', "
     "'days' FROM obligations",
     "UPDATE obligation_parameters SET value2 = value2 WHERE id = (SELECT min(id) FROM "
     "obligation_parameters)",
     "DELETE FROM obligation_parameters WHERE id = (SELECT min(id) FROM obligation_parameters)", "IUD",
     "IUD"},
    {"obligation_applies_to",
     "INSERT INTO obligation_applies_to (obligation_id, tag_id, position) SELECT o.id, t.id, 9 FROM "
     "obligations "
     "o, tags t WHERE NOT EXISTS (SELECT 1 FROM obligation_applies_to x WHERE x.obligation_id = o.id AND "
     "x.tag_id = t.id) LIMIT 1",
     "UPDATE obligation_applies_to SET position = position + 1 WHERE obligation_id = (SELECT "
     "min(obligation_id) "
     "FROM obligation_applies_to)",
     "DELETE FROM obligation_applies_to WHERE obligation_id = (SELECT min(obligation_id) FROM "
     "obligation_applies_to)",
     "IUD", "IUD"},
    {"audit_log",
     "INSERT INTO audit_log (at, actor, entity, entity_id, field) VALUES ('2026-11-28T09:00:00Z', 'someone', "
     "'development', 1, 'title')",
     "UPDATE audit_log SET actor = 'someone else' WHERE id = (SELECT min(id) FROM audit_log)",
     "DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)", "I", "I"},
    {"companies",
     "INSERT INTO companies (uid, name_en, created_at, updated_at) VALUES ('roles-co', 'Roles Ltd', "
     "'2026-11-28T00:00:00Z', '2026-11-28T00:00:00Z')",
     "UPDATE companies SET notes = notes || ' Reviewed.' WHERE id = (SELECT min(id) FROM companies)",
     "DELETE FROM companies WHERE id = (SELECT max(id) FROM companies)", "", "IUD"},
    {"company_sectors",
     "INSERT INTO company_sectors (company_id, tag_id, position) SELECT c.id, t.id, 9 FROM companies c, tags "
     "t "
     "WHERE NOT EXISTS (SELECT 1 FROM company_sectors x WHERE x.company_id = c.id AND x.tag_id = t.id) LIMIT "
     "1",
     "UPDATE company_sectors SET position = position + 1 WHERE company_id = (SELECT min(company_id) FROM "
     "company_sectors)",
     "DELETE FROM company_sectors WHERE company_id = (SELECT min(company_id) FROM company_sectors)", "",
     "IUD"},
    {"company_regions",
     "INSERT INTO company_regions (company_id, region, operates) SELECT min(id), 'CN-XZ-ROLES', 1 FROM "
     "companies",
     "UPDATE company_regions SET operates = 1 WHERE company_id = (SELECT min(company_id) FROM "
     "company_regions)",
     "DELETE FROM company_regions WHERE company_id = (SELECT min(company_id) FROM company_regions)", "",
     "IUD"},
    {"assessments",
     "INSERT INTO assessments (company_id, obligation_id, changed_at) SELECT c.id, o.id, "
     "'2026-11-28T00:00:00Z' "
     "FROM companies c, obligations o WHERE NOT EXISTS (SELECT 1 FROM assessments x WHERE x.company_id = "
     "c.id "
     "AND x.obligation_id = o.id) LIMIT 1",
     "UPDATE assessments SET notes = notes || ' Checked again.' WHERE id = (SELECT min(id) FROM assessments)",
     "DELETE FROM assessments WHERE id = (SELECT max(id) FROM assessments)", "IUD", "IUD"},
    {"evidence",
     "INSERT INTO evidence (assessment_id, note, added_at) SELECT min(id), 'Signed minutes', "
     "'2026-11-28T00:00:00Z' FROM assessments",
     "UPDATE evidence SET note = note || ' (scanned)' WHERE id = (SELECT min(id) FROM evidence)",
     "DELETE FROM evidence WHERE id = (SELECT min(id) FROM evidence)", "IUD", "IUD"},
    {"search_index", "INSERT INTO search_index (format) VALUES (0)",
     "UPDATE search_index SET format = format", "DELETE FROM search_index", "IUD", "IUD"},
    {"development_search",
     "INSERT INTO development_search (id, document) VALUES (-1, to_tsvector('simple', 'roles test'))",
     "UPDATE development_search SET document = document WHERE id = (SELECT min(id) FROM development_search)",
     "DELETE FROM development_search WHERE id = (SELECT min(id) FROM development_search)", "IUD", "IUD"},
    {"import_items",
     "INSERT INTO import_items (development_id, source, item, source_text, detected, imported_at) SELECT "
     "min(d.id), "
     "'roles newsletter', 2, 'Item two', '{}', '2026-11-28T00:00:00Z' FROM developments d WHERE NOT EXISTS "
     "(SELECT 1 FROM import_items x WHERE x.development_id = d.id)",
     "UPDATE import_items SET source_text = source_text || '.' WHERE development_id = (SELECT "
     "min(development_id) "
     "FROM import_items)",
     "DELETE FROM import_items WHERE development_id = (SELECT min(development_id) FROM import_items)", "IUD",
     "IUD"},
    {"company_editors",
     "INSERT INTO company_editors (company_id, user_name) SELECT min(id), 'roles_newcomer' FROM companies",
     "UPDATE company_editors SET user_name = user_name WHERE company_id = (SELECT min(company_id) FROM "
     "company_editors)",
     "DELETE FROM company_editors WHERE company_id = (SELECT min(company_id) FROM company_editors)", "",
     "IUD"},
};

QString demoCompany()
{
    return QStringLiteral("qiantang-bazaar"); // dave edits this one's checklist when editors are limited
}

QString otherCompany()
{
    return QStringLiteral("huangpu-motors");
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTableHasExpectations();
    void writePaths_data();
    void writePaths();
    void sequences();
    void currentRole();
    void viewersSearch();
    void servicesRefuseViewers();
    void companiesNeedAdmin();
    void auditNamesTheDatabaseUser();
    void installNeedsTheOwner();
    void ownerWhoIsNoSuperuser();
    void limitedEditors();

private:
    // A login user of this run (roles are shared by every database of the server).
    QString user(const QString &name) const
    {
        return QStringLiteral("rt_%1_%2").arg(name).arg(QCoreApplication::applicationPid());
    }
    DatabaseAddress addressOf(const QString &name) const
    {
        DatabaseAddress address = DatabaseAddress::parse(m_location);
        address.user = user(name);
        return address;
    }
    // A plain connection as the user, for SQL that the services would never send.
    QSqlDatabase connectionAs(const QString &name);
    Database &as(const QString &name);
    qint64 count(const QString &sql) { return m_owner->scalar(sql).toLongLong(); }
    qint64 companyId(const QString &uid)
    {
        return m_owner->scalar(QStringLiteral("SELECT id FROM companies WHERE uid = ?"), {uid}).toLongLong();
    }
    // Runs a statement as the user in a transaction that is rolled back: whether it ran, how many rows it
    // touched, and the SQLSTATE when it failed.
    struct Outcome
    {
        bool ok = false;
        int rows = 0;
        QString state;
        QString message;
    };
    Outcome tryAs(const QString &name, const QString &sql);

    QString m_location;
    QString m_ownedDatabase; // owned by an ordinary user, dropped with that user at the end
    std::unique_ptr<Database> m_owner; // the server's superuser, who created the tables
    std::map<QString, std::unique_ptr<Database>> m_users;
    QStringList m_connections;
    const QStringList m_names{QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("admin"),
                              QStringLiteral("dave")};
};

void TestTeamRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(rt::test::onPostgreSQL(), "this test needs the PostgreSQL test server");
    m_location = rt::test::newServerDatabase(QStringLiteral("roles"));
    m_owner = Database::open(m_location, Database::OpenMode::ExistingOnly);
    DatabaseLocation::loadDemoData(*m_owner);
    // Rows the demo lacks, so that every table has one to update and delete.
    m_owner->execute(QStringLiteral(
        "INSERT INTO evidence (assessment_id, note, added_at) SELECT min(id), 'Board resolution of 3 March', "
        "'2026-03-03T00:00:00Z' FROM assessments"));
    m_owner->execute(
        QStringLiteral("INSERT INTO evidence (assessment_id, note, added_at) SELECT s.id, 'Supplier audit "
                       "report', '2026-04-01T00:00:00Z' FROM assessments s JOIN companies c ON c.id = "
                       "s.company_id AND c.uid = '%1' ORDER BY s.obligation_id LIMIT 1")
            .arg(otherCompany()));
    m_owner->execute(QStringLiteral(
        "INSERT INTO import_items (development_id, source, item, source_text, detected, imported_at) SELECT "
        "max(id), 'roles newsletter', 1, 'Item one', '{}', '2026-11-01T00:00:00Z' FROM developments"));
    m_owner->execute(
        QStringLiteral("INSERT INTO company_editors (company_id, user_name) SELECT id, '%1' FROM "
                       "companies WHERE uid = '%2'")
            .arg(user(QStringLiteral("dave")), demoCompany()));
    m_owner->execute(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, field) VALUES "
                                    "('2026-11-01T00:00:00Z', 'seed', 'development', 1, 'created')"));

    TeamRoles::install(*m_owner, {});
    TeamRoles::install(*m_owner, {}); // a second run changes nothing and does not fail

    rt::test::asServerAdmin({
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
            .arg(user(QStringLiteral("viewer")), TeamRoles::viewerRole()),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
            .arg(user(QStringLiteral("editor")), TeamRoles::editorRole()),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
            .arg(user(QStringLiteral("admin")), TeamRoles::adminRole()),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
            .arg(user(QStringLiteral("dave")), TeamRoles::editorRole()),
    });
}

void TestTeamRoles::cleanupTestCase()
{
    m_users.clear();
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    QStringList drops;
    for (const QString &name : m_names) {
        drops.append(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user(name)));
    }
    if (!m_ownedDatabase.isEmpty()) {
        drops.prepend(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(m_ownedDatabase));
        drops.append(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user(QStringLiteral("owner"))));
    }
    m_owner.reset();
    rt::test::asServerAdmin(drops);
}

QSqlDatabase TestTeamRoles::connectionAs(const QString &name)
{
    const QString connection = QStringLiteral("rt-roles-") + name;
    if (QSqlDatabase::contains(connection)) {
        return QSqlDatabase::database(connection);
    }
    QSqlDatabase db = addressOf(name).addConnection(connection);
    if (!db.open()) {
        qFatal("Cannot connect as %s: %s", qPrintable(name), qPrintable(db.lastError().text()));
    }
    m_connections.append(connection);
    return db;
}

Database &TestTeamRoles::as(const QString &name)
{
    auto &db = m_users[name];
    if (!db) {
        db = Database::open(addressOf(name), Database::OpenMode::ExistingOnly);
    }
    return *db;
}

TestTeamRoles::Outcome TestTeamRoles::tryAs(const QString &name, const QString &sql)
{
    QSqlDatabase db = connectionAs(name);
    Outcome outcome;
    if (!db.transaction()) {
        outcome.message = db.lastError().text();
        return outcome;
    }
    {
        QSqlQuery query(db);
        outcome.ok = query.exec(sql);
        outcome.rows = query.numRowsAffected();
        outcome.state = query.lastError().nativeErrorCode();
        outcome.message = query.lastError().text();
    }
    db.rollback();
    return outcome;
}

void TestTeamRoles::everyTableHasExpectations()
{
    // A table that a later schema adds must be given its rules here.
    QStringList listed;
    for (const TableWrites &t : kTables) {
        listed.append(QLatin1StringView(t.table));
    }
    QStringList tables;
    QSqlQuery &q = m_owner->exec(
        QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    while (q.next()) {
        tables.append(q.value(0).toString());
    }
    q.finish();
    listed.sort();
    tables.sort();
    QCOMPARE(listed, tables);
}

void TestTeamRoles::writePaths_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    for (const QString &who : {QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("admin")}) {
        for (const TableWrites &t : kTables) {
            const QString may = who == u"viewer" ? QString()
                : who == u"editor"               ? QString::fromLatin1(t.editor)
                                                 : QString::fromLatin1(t.admin);
            const std::pair<char, const char *> writes[]
                = {{'I', t.insert}, {'U', t.update}, {'D', t.remove}, {'T', nullptr}};
            for (const auto &[kind, sql] : writes) {
                const QString statement = sql
                    ? QString::fromUtf8(sql)
                    : QStringLiteral("TRUNCATE %1 CASCADE").arg(QLatin1StringView(t.table));
                QTest::addRow("%s %s %c", qPrintable(who), t.table, kind)
                    << who << statement << may.contains(QLatin1Char(kind));
            }
        }
    }
}

void TestTeamRoles::writePaths()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const Outcome outcome = tryAs(who, sql);
    if (allowed) {
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY2(outcome.rows >= 1, "the statement touched no row: the fixture does not test it");
    } else {
        QVERIFY2(!outcome.ok, "the server allowed it");
        QCOMPARE(outcome.state, QStringLiteral("42501"));
    }
}

void TestTeamRoles::sequences()
{
    // New rows and every commit draw numbers; nobody but the owner sets a counter back.
    QVERIFY(!tryAs(QStringLiteral("viewer"), QStringLiteral("SELECT nextval('change_counter')")).ok);
    QVERIFY(tryAs(QStringLiteral("viewer"), QStringLiteral("SELECT last_value FROM change_counter")).ok);
    QVERIFY(tryAs(QStringLiteral("editor"), QStringLiteral("SELECT nextval('change_counter')")).ok);
    for (const QString &who : {QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("admin")}) {
        const Outcome outcome = tryAs(who, QStringLiteral("SELECT setval('change_counter', 1)"));
        QVERIFY2(!outcome.ok, qPrintable(who));
        QCOMPARE(outcome.state, QStringLiteral("42501"));
    }
}

void TestTeamRoles::currentRole()
{
    QCOMPARE(TeamRoles::currentRole(*m_owner), TeamRoles::Role::Admin); // the superuser who owns the tables
    QCOMPARE(TeamRoles::currentRole(as(QStringLiteral("viewer"))), TeamRoles::Role::Viewer);
    QCOMPARE(TeamRoles::currentRole(as(QStringLiteral("editor"))), TeamRoles::Role::Editor);
    QCOMPARE(TeamRoles::currentRole(as(QStringLiteral("admin"))), TeamRoles::Role::Admin);
    QCOMPARE(TeamRoles::currentRole(as(QStringLiteral("dave"))), TeamRoles::Role::Editor);
    QVERIFY(!TeamRoles::editorsLimited(as(QStringLiteral("editor"))));
    QVERIFY(TeamRoles::editableCompanies(as(QStringLiteral("editor"))).isEmpty());
}

void TestTeamRoles::viewersSearch()
{
    // Full-text search keeps its hits in a temporary table, which a viewer may create.
    Database &db = as(QStringLiteral("viewer"));
    const auto search = FullTextSearch::withGlossary(db);
    DevelopmentTableModel model(db, *search);
    DevelopmentFilter filter;
    filter.text = QStringLiteral("price conduct internet platforms");
    model.setFilter(filter);
    QStringList uids;
    for (int row = 0; row < model.rowCount(); ++row) {
        uids.append(model.index(row, 0).data(DevelopmentTableModel::UidRole).toString());
    }
    QVERIFY2(uids.contains(QStringLiteral("cn-tmt-2025-01")), qPrintable(uids.join(u' ')));
}

void TestTeamRoles::servicesRefuseViewers()
{
    const AssessmentKey key{
        companyId(demoCompany()),
        m_owner
            ->scalar(QStringLiteral("SELECT obligation_id FROM assessments WHERE company_id = ? "
                                    "AND status <> 'done' ORDER BY obligation_id"),
                     {companyId(demoCompany())})
            .toLongLong()};
    QVERIFY(key.obligationId != 0);
    const Assessment before = AssessmentService(*m_owner).assessment(key);
    const qint64 auditRows = count(QStringLiteral("SELECT count(*) FROM audit_log"));

    AssessmentService viewer(as(QStringLiteral("viewer")));
    QCOMPARE(viewer.assessment(key), before); // viewers read
    QVERIFY_THROWS_EXCEPTION(Error, viewer.apply(key, before.version, AssessmentEdit::tick()));
    QCOMPARE(AssessmentService(*m_owner).assessment(key), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditRows);

    AssessmentService editor(as(QStringLiteral("editor")));
    QCOMPARE(editor.apply(key, before.version, AssessmentEdit::tick()), before.version + 1);
    const Assessment after = AssessmentService(*m_owner).assessment(key);
    QCOMPARE(after.status, AssessmentStatus::Done);
    QCOMPARE(after.version, before.version + 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log")) > auditRows);
}

void TestTeamRoles::companiesNeedAdmin()
{
    const qint64 companies = count(QStringLiteral("SELECT count(*) FROM companies"));
    Company company;
    company.name = {QStringLiteral("Minjiang Ferries"), QStringLiteral("闽江轮渡")};
    company.sectors = {m_owner->scalar(QStringLiteral("SELECT code FROM tags ORDER BY id")).toString()};
    company.registeredRegions = {QStringLiteral("CN-FJ")};

    CompanyService editor(as(QStringLiteral("editor")));
    QVERIFY_THROWS_EXCEPTION(Error, editor.create(company));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM companies")), companies);
    Company existing = CompanyRepository(as(QStringLiteral("editor"))).company(companyId(otherCompany()));
    const QString notes = existing.notes;
    existing.notes += QStringLiteral(" Ferry routes to be reviewed.");
    QVERIFY_THROWS_EXCEPTION(Error, editor.update(existing));
    QCOMPARE(CompanyRepository(*m_owner).company(existing.id).notes, notes);

    CompanyService admin(as(QStringLiteral("admin")));
    const qint64 id = admin.create(company);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM companies")), companies + 1);
    QCOMPARE(CompanyRepository(*m_owner).company(id).name.zh, QStringLiteral("闽江轮渡"));
    admin.update(existing);
    QCOMPARE(CompanyRepository(*m_owner).company(existing.id).notes, existing.notes);
}

void TestTeamRoles::auditNamesTheDatabaseUser()
{
    Database &db = as(QStringLiteral("editor"));
    db.setActor(QStringLiteral("mallory"));
    const qint64 company = companyId(otherCompany());
    const qint64 obligation
        = m_owner
              ->scalar(QStringLiteral("SELECT obligation_id FROM assessments WHERE company_id = ? ORDER BY "
                                      "obligation_id DESC"),
                       {company})
              .toLongLong();
    const qint64 lastRow = count(QStringLiteral("SELECT max(id) FROM audit_log"));
    AssessmentService service(db);
    const AssessmentKey key{company, obligation};
    AssessmentEdit edit;
    edit.notes = QStringLiteral("Asked the ferry operator for its 2026 safety plan.");
    service.apply(key, service.assessment(key).version, edit);

    QSqlQuery &q
        = m_owner->exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log WHERE id > ?"), {lastRow});
    QStringList actors;
    while (q.next()) {
        actors.append(q.value(0).toString());
    }
    q.finish();
    QCOMPARE(actors, QStringList{user(QStringLiteral("editor"))});
    db.setActor(user(QStringLiteral("editor")));
}

void TestTeamRoles::installNeedsTheOwner()
{
    // Only whoever owns the tables (or a superuser) may hand out rights to them.
    try {
        TeamRoles::install(as(QStringLiteral("admin")), {});
        QFAIL("an admin who does not own the tables set up the roles");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("owner")), qPrintable(error.message()));
    }
    QVERIFY(!TeamRoles::editorsLimited(*m_owner));
}

void TestTeamRoles::ownerWhoIsNoSuperuser()
{
    // As a team would set it up: a database that belongs to an ordinary user, who creates the tables by
    // opening it and hands out the rights. The groups exist already, so CREATEROLE is not needed.
    const QString owner = user(QStringLiteral("owner"));
    DatabaseAddress address = DatabaseAddress::parse(rt::test::newServerDatabase(QStringLiteral("owned")));
    m_ownedDatabase = address.database;
    rt::test::asServerAdmin(
        {QStringLiteral("CREATE ROLE %1 LOGIN").arg(owner),
         QStringLiteral("ALTER DATABASE \"%1\" OWNER TO %2").arg(address.database, owner)});
    address.user = owner;
    {
        const auto db = Database::open(address, Database::OpenMode::ExistingOnly);
        QCOMPARE(TeamRoles::currentRole(*db), TeamRoles::Role::Admin);
        TeamRoles::install(*db, {.limitEditors = true});
        QVERIFY(TeamRoles::editorsLimited(*db));
        QCOMPARE(db->scalar(QStringLiteral("SELECT has_table_privilege(?, 'companies', 'UPDATE')"),
                            {TeamRoles::adminRole()})
                     .toBool(),
                 true);
        QCOMPARE(db->scalar(QStringLiteral("SELECT has_table_privilege(?, 'companies', 'UPDATE')"),
                            {TeamRoles::editorRole()})
                     .toBool(),
                 false);
    }
    address.user = user(QStringLiteral("viewer"));
    const auto viewer = Database::open(address, Database::OpenMode::ExistingOnly);
    QCOMPARE(TeamRoles::currentRole(*viewer), TeamRoles::Role::Viewer);
}

void TestTeamRoles::limitedEditors()
{
    TeamRoles::install(*m_owner, {.limitEditors = true});
    Database &dave = as(QStringLiteral("dave"));
    QVERIFY(TeamRoles::editorsLimited(dave));
    const qint64 own = companyId(demoCompany());
    const qint64 other = companyId(otherCompany());
    QCOMPARE(TeamRoles::editableCompanies(dave), QList<qint64>{own});
    QCOMPARE(qint64(TeamRoles::editableCompanies(as(QStringLiteral("admin"))).size()),
             count(QStringLiteral("SELECT count(*) FROM companies")));

    // Reading is not limited.
    const QString all = QStringLiteral("SELECT count(*) FROM assessments");
    QCOMPARE(dave.scalar(all).toLongLong(), count(all));

    const QString update
        = QStringLiteral("UPDATE assessments SET notes = notes || ' Seen.' WHERE company_id = %1");
    QVERIFY(tryAs(QStringLiteral("dave"), update.arg(own)).rows >= 1);
    Outcome refused = tryAs(QStringLiteral("dave"), update.arg(other));
    QVERIFY2(!refused.ok || refused.rows == 0, "dave changed another company's checklist");
    refused = tryAs(QStringLiteral("dave"),
                    QStringLiteral("DELETE FROM assessments WHERE company_id = %1").arg(other));
    QVERIFY(!refused.ok || refused.rows == 0);
    refused = tryAs(QStringLiteral("dave"),
                    QStringLiteral("UPDATE assessments SET company_id = %1 WHERE "
                                   "company_id = %2")
                        .arg(other)
                        .arg(own));
    QVERIFY2(!refused.ok, "dave moved a row to another company");
    QCOMPARE(refused.state, QStringLiteral("42501"));
    const QString insert = QStringLiteral(
        "INSERT INTO assessments (company_id, obligation_id, changed_at) SELECT %1, o.id, "
        "'2026-11-28T00:00:00Z' "
        "FROM obligations o WHERE NOT EXISTS (SELECT 1 FROM assessments x WHERE x.company_id = %1 AND "
        "x.obligation_id = o.id) LIMIT 1");
    QVERIFY(tryAs(QStringLiteral("dave"), insert.arg(own)).ok);
    refused = tryAs(QStringLiteral("dave"), insert.arg(other));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.state, QStringLiteral("42501"));
    const QString evidence = QStringLiteral(
        "INSERT INTO evidence (assessment_id, note, added_at) SELECT min(id), 'Photo of the notice board', "
        "'2026-11-28T00:00:00Z' FROM assessments WHERE company_id = %1");
    QVERIFY(tryAs(QStringLiteral("dave"), evidence.arg(own)).ok);
    refused = tryAs(QStringLiteral("dave"), evidence.arg(other));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.state, QStringLiteral("42501"));
    // Admins are not limited, and editors only on checklists.
    QVERIFY(tryAs(QStringLiteral("admin"), update.arg(other)).rows >= 1);
    QVERIFY(
        tryAs(QStringLiteral("dave"),
              QStringLiteral("UPDATE developments SET title_en = title_en WHERE id = (SELECT min(id) FROM "
                             "developments)"))
            .rows
        == 1);

    // Through the service: the own company's row changes, another's is refused with an error.
    AssessmentService service(dave);
    const auto firstObligation = [&](qint64 company) {
        return m_owner
            ->scalar(QStringLiteral("SELECT obligation_id FROM assessments WHERE company_id = ? ORDER BY "
                                    "obligation_id"),
                     {company})
            .toLongLong();
    };
    AssessmentEdit edit;
    edit.owner = QStringLiteral("Dave Li");
    const AssessmentKey ownKey{own, firstObligation(own)};
    const int ownVersion = service.assessment(ownKey).version;
    QCOMPARE(service.apply(ownKey, ownVersion, edit), ownVersion + 1);
    QCOMPARE(AssessmentService(*m_owner).assessment(ownKey).owner, QStringLiteral("Dave Li"));

    const AssessmentKey otherKey{other, firstObligation(other)};
    const Assessment before = AssessmentService(*m_owner).assessment(otherKey);
    const qint64 auditRows = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    try {
        service.apply(otherKey, before.version, edit);
        QFAIL("dave changed another company's checklist through the service");
    } catch (const Error &error) {
        QVERIFY2(error.code() != Error::Code::Conflict, qPrintable(error.message()));
    }
    // Overwriting after a conflict is refused the same way.
    try {
        service.overwrite(otherKey, edit);
        QFAIL("dave overwrote another company's checklist row");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(otherCompany()), qPrintable(error.message()));
    }
    // Evidence: neither added to nor taken from another company's row.
    Evidence note;
    note.note = QStringLiteral("Minutes of the supplier call");
    QVERIFY_THROWS_EXCEPTION(Error, service.attach(otherKey, note));
    const qint64 otherEvidence
        = m_owner->scalar(QStringLiteral("SELECT id FROM evidence WHERE assessment_id = ?"), {before.id})
              .toLongLong();
    QVERIFY(otherEvidence != 0);
    QVERIFY_THROWS_EXCEPTION(Error, service.detach(otherEvidence));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM evidence WHERE id = %1").arg(otherEvidence)), 1);
    QCOMPARE(AssessmentService(*m_owner).assessment(otherKey), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditRows);
    // On the own company's row both work.
    const qint64 added = service.attach(ownKey, note);
    QCOMPARE(service.detach(added).note, note.note);

    // Installing again without the limit lifts it.
    TeamRoles::install(*m_owner, {});
    QVERIFY(!TeamRoles::editorsLimited(dave));
    QVERIFY(TeamRoles::editableCompanies(dave).isEmpty());
    QVERIFY(tryAs(QStringLiteral("dave"), update.arg(other)).rows >= 1);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
