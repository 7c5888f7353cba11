// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verbs of what is due: `due` lists what the agenda shows (by period, soonest first) and `digest` writes
// the weekly digest as HTML, Markdown or JSON. Each takes the process' arguments and returns the exit code.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class AgendaVerbs final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::AgendaVerbs)
public:
    static int due(const QStringList &arguments);
    static int digest(const QStringList &arguments);
};

} // namespace rt::app
