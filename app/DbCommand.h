// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `regtracker db …`: the commands that look after a database as a whole rather than its content.
//
//   db copy --from A --to B [--json]   copies a whole database between SQLite files and PostgreSQL databases
//                                      (core::DatabaseCopy); the target must hold no data
//   db init-roles [--limit-editors]    creates the team roles on the --db PostgreSQL database
//   (core::TeamRoles) db info [--json]                   engine, address, schema version, user and role, rows
//   per table
//
// Exit codes as every verb: 0 done, 1 failed (the message names the problem), 2 usage error.

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace rt::app {

class DbCommand final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::DbCommand)
public:
    // arguments as the process got them: the program, "db", the subcommand and its options.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace rt::app
