// RegTracker: tracks regulatory developments and the obligations they create, per company.
// main() makes the application the verb needs and runs it; the verbs are in CommandLine's table.

#include "CommandLine.h"

#include <QApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    using App = rt::app::CommandLine::Application;
    QCoreApplication::setOrganizationName(QStringLiteral("RegTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("regtracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    const rt::app::CommandLine::Verb verb
        = rt::app::CommandLine::find(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());

    if ((verb.application == App::Fonts || verb.application == App::Offscreen)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot or a PDF file needs no screen
    }
    std::unique_ptr<QCoreApplication> app;
    switch (verb.application) {
    case App::Console:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case App::Fonts:
        app = std::make_unique<QGuiApplication>(argc, argv);
        break;
    case App::Offscreen:
    case App::Window:
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("RegTracker"));
        QApplication::setDesktopFileName(QStringLiteral("regtracker"));
        break;
    }
    return verb.run(QCoreApplication::arguments());
}
