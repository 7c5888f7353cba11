// SPDX-License-Identifier: GPL-3.0-or-later
// RegTracker: tracks regulatory developments and the obligations they create, per company.
// main() makes the application the verb needs, states who RegTracker is (Identity), and runs the verb; the
// verbs are in CommandLine's table.

#include "CommandLine.h"
#include "DateText.h"
#include "Identity.h"
#include "Settings.h"

#include <KAboutData>

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>

#include <memory>

namespace {

QIcon applicationIcon()
{
    QIcon fallback;
    for (int size : {16, 32, 64, 256}) {
        fallback.addFile(QStringLiteral(":/icons/regtracker-%1.png").arg(size), QSize(size, size));
    }
    return QIcon::fromTheme(QString::fromLatin1(rt::app::applicationId), fallback);
}

} // namespace

int main(int argc, char *argv[])
{
    using App = rt::app::CommandLine::Application;
    QStringList words;
    for (int i = 0; i < argc; ++i) {
        words.append(QString::fromLocal8Bit(argv[i]));
    }
    const rt::app::CommandLine::Verb verb = rt::app::CommandLine::find(words);

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
        QApplication::setWindowIcon(applicationIcon());
        break;
    }
    // Settings and data live under the organisation's and the application's names.
    QCoreApplication::setOrganizationName(QStringLiteral("RegTracker"));
    KAboutData::setApplicationData(rt::app::identity());
    // Dates in sentences as the preferences say, in the window and on the command line alike.
    rt::core::DateText::setProse(rt::core::Settings().isoDatesEverywhere()
                                     ? rt::core::DateText::Prose::Iso
                                     : rt::core::DateText::Prose::LocaleLong);
    const int code = verb.run(QCoreApplication::arguments());
    if (verb.application != App::Window) {
        rt::app::CommandLine::warnAboutUserLists(); // the window shows them itself
    }
    return code;
}
