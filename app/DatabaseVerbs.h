// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verbs that make or write a database as a whole: init, generate and export (the db verb, which copies
// databases and sets up team roles, is DbCommand). Each takes the process' arguments and returns the exit
// code.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class DatabaseVerbs final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::DatabaseVerbs)
public:
    // A new database, optionally with the demo data; prints its counts.
    static int init(const QStringList &arguments);
    // Synthetic developments and companies for scale work, all or nothing.
    static int generate(const QStringList &arguments);
    // The whole database as an exchange file.
    static int exportFile(const QStringList &arguments);
};

} // namespace rt::app
