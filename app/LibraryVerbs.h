// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verbs that read the library: stats, list, search and companies. Each takes the process' arguments
// (the program, the verb, its options) and returns the exit code.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class LibraryVerbs final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::LibraryVerbs)
public:
    // JSON counts of developments, authorities, obligations, companies and assessments.
    static int stats(const QStringList &arguments);
    // Every development with its English and Chinese fields, one at a time (a large library is streamed).
    static int list(const QStringList &arguments);
    // The developments matching TEXT in either language, best first, as the browser ranks them.
    static int search(const QStringList &arguments);
    // Every company with its id and checklist progress.
    static int companies(const QStringList &arguments);
};

} // namespace rt::app
