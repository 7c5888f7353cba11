// RegTracker: tracks regulatory developments and the obligations they create, per company.
// main() only picks the application type; the verbs live in CommandLine.

#include "CommandLine.h"

#include <QApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QCoreApplication::setOrganizationName(QStringLiteral("RegTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("regtracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));

    if (rt::app::CommandLine::isConsoleVerb(verb)) {
        QCoreApplication app(argc, argv);
        return rt::app::CommandLine::runConsole(app.arguments());
    }
    const bool needsFonts = rt::app::CommandLine::needsFonts(verb);
    if ((verb == QLatin1StringView("shot") || needsFonts) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot or a PDF file needs no screen
    }
    if (needsFonts) {
        QGuiApplication app(argc, argv);
        return rt::app::CommandLine::runConsole(app.arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("RegTracker"));
    QApplication::setDesktopFileName(QStringLiteral("regtracker"));
    if (verb == QLatin1StringView("shot")) {
        return rt::app::CommandLine::runShot(app.arguments());
    }
    return rt::app::CommandLine::runGui(app.arguments());
}
