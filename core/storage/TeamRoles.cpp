// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamRoles.h"

#include "Database.h"
#include "Error.h"
#include "ScopedTransaction.h"

#include <QSqlQuery>

namespace rt::core {

namespace {

// What each group may write, by table. Viewers read every table; what is not listed here nobody but the owner
// writes (schema_migrations, and audit_log beyond adding rows).
const QStringList kEditorWrites{
    QStringLiteral("developments"),
    QStringLiteral("development_authorities"),
    QStringLiteral("development_topics"),
    QStringLiteral("penalties"),
    QStringLiteral("obligations"),
    QStringLiteral("obligation_parameters"),
    QStringLiteral("obligation_applies_to"),
    QStringLiteral("assessments"),
    QStringLiteral("evidence"),
    QStringLiteral("import_items"),
    QStringLiteral("development_search"),
    QStringLiteral("search_index"),
};
// Imports add authorities and vocabulary, but removing them is for whoever curates the reference data.
const QStringList kEditorAdds{QStringLiteral("authorities"), QStringLiteral("topics"),
                              QStringLiteral("tags")};
const QStringList kAdminWrites{QStringLiteral("companies"), QStringLiteral("company_sectors"),
                               QStringLiteral("company_regions"), QStringLiteral("company_editors")};

// The tables whose rows belong to one company's checklist, and how a row finds its company.
struct LimitedTable
{
    QString table;
    QString company; // an SQL expression over the row
};
const QList<LimitedTable> kLimitedTables{
    {QStringLiteral("assessments"), QStringLiteral("assessments.company_id")},
    {QStringLiteral("evidence"),
     QStringLiteral("(SELECT a.company_id FROM assessments a WHERE a.id = evidence.assessment_id)")},
};
const QStringList kPolicies{QStringLiteral("regtracker_read"), QStringLiteral("regtracker_insert"),
                            QStringLiteral("regtracker_update"), QStringLiteral("regtracker_delete")};

QString names(const QStringList &tables)
{
    return tables.join(QStringLiteral(", "));
}

// Who may write a row of a company: an administrator, or an editor the company is assigned to.
QString mayEdit(const QString &company)
{
    return QStringLiteral("pg_has_role('%1', 'member') OR EXISTS (SELECT 1 FROM company_editors e WHERE "
                          "e.company_id = %2 AND e.user_name = current_user)")
        .arg(TeamRoles::adminRole(), company);
}

bool isSuperuser(Database &db)
{
    return db.scalar(QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"))
        .toBool();
}

} // namespace

void TeamRoles::install(Database &db, const Options &options)
{
    if (!db.isPostgreSQL()) {
        throw Error(
            Error::Code::InvalidInput,
            tr("%1 is an SQLite file: roles exist only in a team database on PostgreSQL.").arg(db.path()));
    }
    const QString user = db.scalar(QStringLiteral("SELECT current_user")).toString();
    const bool superuser = isSuperuser(db);
    const QString owner
        = db.scalar(QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_catalog.pg_class "
                                   "WHERE oid = to_regclass('developments')"))
              .toString();
    if (owner.isEmpty()) {
        throw Error(
            Error::Code::NotFound,
            tr("%1 has no RegTracker tables: open it with RegTracker once to create them, then set up "
               "the roles.")
                .arg(db.path()));
    }
    const bool ownsTables
        = superuser || db.scalar(QStringLiteral("SELECT pg_has_role(?, 'usage')"), {owner}).toBool();
    if (!ownsTables) {
        throw Error(
            Error::Code::Failed,
            tr("Only the owner of the RegTracker tables (%1) or a superuser can grant the roles their "
               "rights; %2 is neither. Connect as %1 and try again.")
                .arg(owner, user));
    }
    const QStringList groups{viewerRole(), editorRole(), adminRole()};
    QStringList missing;
    for (const QString &group : groups) {
        if (!db.scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {group})
                 .toInt()) {
            missing.append(group);
        }
    }
    if (!missing.isEmpty() && !superuser
        && !db.scalar(QStringLiteral("SELECT rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = "
                                     "current_user"))
                .toBool()) {
        throw Error(
            Error::Code::Failed,
            tr("Creating the roles %1 needs the CREATEROLE privilege, which %2 does not have. Ask the "
               "server's administrator to create them, or to grant %2 CREATEROLE.")
                .arg(missing.join(QStringLiteral(", ")), user));
    }

    const QString schema = db.scalar(QStringLiteral("SELECT quote_ident(current_schema())")).toString();
    const QString database = db.scalar(QStringLiteral("SELECT quote_ident(current_database())")).toString();
    const QString quotedOwner = db.scalar(QStringLiteral("SELECT quote_ident(?)"), {owner}).toString();
    const QString all = names(groups);
    try {
        ScopedTransaction transaction(db);
        // Roles belong to the whole server: another team database on it may create them at the same moment.
        for (const QString &group : std::as_const(missing)) {
            db.execute(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE "
                                      "rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; EXCEPTION WHEN "
                                      "duplicate_object OR unique_violation THEN NULL; END $$")
                           .arg(group));
        }
        // Each role has everything of the one below it.
        for (const auto &[member, group] :
             {std::pair{editorRole(), viewerRole()}, {adminRole(), editorRole()}}) {
            if (!db.scalar(QStringLiteral("SELECT pg_has_role(?, ?, 'member')"), {member, group}).toBool()) {
                db.execute(QStringLiteral("GRANT %1 TO %2").arg(group, member));
            }
        }

        // Start from nothing, so that running this again takes back what an earlier version granted.
        db.execute(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, all));
        db.execute(QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, all));

        // Search collects its hits in temporary tables, so even readers create some.
        db.execute(
            QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, viewerRole()));
        db.execute(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, viewerRole()));
        db.execute(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, viewerRole()));
        // Reading change_counter tells a client that a colleague wrote.
        db.execute(
            QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, viewerRole()));
        // Tables a later schema adds are readable at once; writing them waits for the next install.
        db.execute(
            QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT SELECT ON TABLES TO %3")
                .arg(quotedOwner, schema, viewerRole()));

        db.execute(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                       .arg(names(kEditorWrites), editorRole()));
        db.execute(QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(names(kEditorAdds), editorRole()));
        // The audit log only grows: editors add rows, and the server's trigger names who they are.
        db.execute(QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(editorRole()));
        // nextval() for new rows and for change_counter; not UPDATE, which would let setval() turn the change
        // counter back.
        db.execute(
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, editorRole()));

        db.execute(
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(names(kAdminWrites), adminRole()));

        for (const LimitedTable &limited : kLimitedTables) {
            for (const QString &policy : kPolicies) {
                db.execute(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(policy, limited.table));
            }
            if (!options.limitEditors) {
                db.execute(QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(limited.table));
                continue;
            }
            // Everybody reads every row; the checks hide nothing, they only refuse writes. An UPDATE or
            // DELETE of a row the user may not write finds no row; an INSERT (or an UPDATE that moves a row
            // into another company) fails.
            const QString check = mayEdit(limited.company);
            db.execute(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(limited.table));
            db.execute(QStringLiteral("CREATE POLICY regtracker_read ON %1 FOR SELECT TO %2 USING (true)")
                           .arg(limited.table, viewerRole()));
            db.execute(
                QStringLiteral("CREATE POLICY regtracker_insert ON %1 FOR INSERT TO %2 WITH CHECK (%3)")
                    .arg(limited.table, editorRole(), check));
            db.execute(
                QStringLiteral(
                    "CREATE POLICY regtracker_update ON %1 FOR UPDATE TO %2 USING (%3) WITH CHECK (%3)")
                    .arg(limited.table, editorRole(), check));
            db.execute(QStringLiteral("CREATE POLICY regtracker_delete ON %1 FOR DELETE TO %2 USING (%3)")
                           .arg(limited.table, editorRole(), check));
        }
        transaction.commit();
    } catch (const Error &error) {
        throw Error(
            Error::Code::Failed,
            tr("Setting up the roles of %1 failed; nothing was changed. %2").arg(db.path(), error.message()));
    }
}

TeamRoles::Role TeamRoles::currentRole(Database &db)
{
    if (!db.isPostgreSQL()) {
        return Role::Admin;
    }
    // Superusers and the owner of the tables bypass every grant and policy.
    if (isSuperuser(db)
        || db.scalar(
                 QStringLiteral("SELECT pg_has_role(relowner, 'usage') FROM pg_catalog.pg_class WHERE oid = "
                                "to_regclass('developments')"))
               .toBool()) {
        return Role::Admin;
    }
    // Asked by oid: pg_has_role() fails on the name of a role that does not exist (roles not set up yet).
    QSqlQuery &q
        = db.exec(QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname IN (?, ?) AND "
                                 "pg_has_role(oid, 'member')"),
                  {adminRole(), editorRole()});
    QStringList groups;
    while (q.next()) {
        groups.append(q.value(0).toString());
    }
    q.finish();
    if (groups.contains(adminRole())) {
        return Role::Admin;
    }
    return groups.contains(editorRole()) ? Role::Editor : Role::Viewer;
}

bool TeamRoles::editorsLimited(Database &db)
{
    if (!db.isPostgreSQL()) {
        return false;
    }
    return db
        .scalar(QStringLiteral(
            "SELECT relrowsecurity FROM pg_catalog.pg_class WHERE oid = to_regclass('assessments')"))
        .toBool();
}

QList<qint64> TeamRoles::editableCompanies(Database &db)
{
    if (!editorsLimited(db)) {
        return {};
    }
    QList<qint64> ids;
    const Role role = currentRole(db);
    if (role == Role::Viewer) {
        return ids;
    }
    QSqlQuery &q = role == Role::Admin
        ? db.exec(QStringLiteral("SELECT id FROM companies ORDER BY id"))
        : db.exec(
              QStringLiteral("SELECT company_id FROM company_editors WHERE user_name = current_user ORDER "
                             "BY company_id"));
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    q.finish();
    return ids;
}

QString TeamRoles::whyNot(Role role, Role needed)
{
    if (int(role) >= int(needed)) {
        return {};
    }
    return needed == Role::Admin
        ? tr("Only administrators of the team database can do this.")
        : tr("Viewers of the team database cannot change it; ask an administrator to make "
             "you an editor.");
}

} // namespace rt::core
