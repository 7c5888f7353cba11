// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who may do what in a team database. PostgreSQL enforces it: `regtracker db init-roles` creates three group
// roles and their grants, and users become members of one of them:
//
//   regtracker_viewer  legal staff: read everything, write nothing
//   regtracker_editor  compliance managers: edit developments, obligations and assessments
//   regtracker_admin   also companies and who edits which (not the schema: see below)
//
// Optionally (limitEditors) an editor may write only the assessments (and their evidence) of companies
// assigned to them in company_editors, enforced with row-level security. The client only asks which role it
// has, to hide or disable what the server would refuse anyway and to say why.
//
// Admins write companies and who edits them, but not the schema: upgrading it (and running install) is for
// the owner of the tables or a superuser, so no group may create anything in the schema. The audit log only
// grows: editors add rows, nobody but the owner changes or removes them.
//
// An SQLite file has no roles: whoever can open it is its admin.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rt::core {

class Database;

class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::TeamRoles)
public:
    enum class Role { Viewer, Editor, Admin };

    static QString viewerRole() { return QStringLiteral("regtracker_viewer"); }
    static QString editorRole() { return QStringLiteral("regtracker_editor"); }
    static QString adminRole() { return QStringLiteral("regtracker_admin"); }

    struct Options
    {
        bool limitEditors = false; // editors write only the assessments of their companies
    };
    // Creates the roles if missing and (re)grants them on every table of the database; idempotent, and
    // running it without limitEditors lifts an earlier limit. Needs the owner of the tables (or a superuser),
    // and CREATEROLE while the roles do not exist yet. Throws Error with a clear message otherwise, and
    // changes nothing then; PostgreSQL only (throws Error(InvalidInput) for SQLite).
    static void install(Database &db, const Options &options);

    // The role of the connection's user: Admin for SQLite files, for the tables' owner and superusers.
    static Role currentRole(Database &db);
    // Whether row-level security limits editors to their companies, and which companies this user may edit
    // then (ids: all companies for admins, none for viewers); empty when not limited.
    static bool editorsLimited(Database &db);
    static QList<qint64> editableCompanies(Database &db);

    // For the interface: why the current role cannot do something ("Viewers cannot edit …"), empty if it can.
    static QString whyNot(Role role, Role needed);
};

} // namespace rt::core
