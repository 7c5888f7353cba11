// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The `regtracker` command line as a table of verbs. A verb is a function of the process' arguments (the
// program, the verb, its options) that returns the exit code — 0 done, 1 the work failed (the message names
// the problem), 2 a usage error — and the kind of application it needs; main() makes that application and
// runs the verb. The verbs live in one file per group: LibraryVerbs, DatabaseVerbs, DbCommand, ImportCommand,
// ReportVerbs, CompareVerbs and WindowVerbs.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::CommandLine)
public:
    enum class Application {
        Console, // QCoreApplication: no window system
        Fonts, // QGuiApplication, offscreen unless a platform is named: lays out text (PDF)
        Offscreen, // QApplication, offscreen unless a platform is named: renders widgets (shot)
        Window, // QApplication on the user's display
    };
    // Prints, on standard error, each of the user's own list files that was left out and why.
    static void warnAboutUserLists();

    struct Verb
    {
        const char *name;
        Application application;
        int (*run)(const QStringList &arguments);
    };

    // The verb the first argument names; the window when there is none or an option comes first; a verb that
    // reports a usage error when the word is unknown.
    static const Verb &find(const QString &word);
    // The verb of the process' arguments (the program first): as find(), but --help and --version anywhere
    // before a verb are answered without a window.
    static const Verb &find(const QStringList &arguments);
};

} // namespace rt::app
