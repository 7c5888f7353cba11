#pragma once
// The `regtracker` command line: verbs for scripts, tests and later issues. Each verb returns the process
// exit code: 0 on success, 1 when the work failed (the message names the problem), 2 for a usage error.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::CommandLine)
public:
    // Verbs that run without a window system.
    static bool isConsoleVerb(const QString &verb);
    // Verbs that run without a window but lay out text (PDF): they need a QGuiApplication for fonts.
    static bool needsFonts(const QString &verb);
    static int runConsole(const QStringList &arguments);
    // `shot VIEW OUT.png`: needs a QApplication (offscreen is fine).
    static int runShot(const QStringList &arguments);
    // No verb: the main window.
    static int runGui(const QStringList &arguments);
};

} // namespace rt::app
