// SPDX-License-Identifier: GPL-3.0-or-later
#include "Identity.h"

#include "DeadlineCalendar.h"

#include <KAboutData>

#include <QCoreApplication>

#include <kcoreaddons_version.h>
#include <ksyntaxhighlighting_version.h>

namespace rt::app {

KAboutData identity()
{
    KAboutData about(
        QStringLiteral("regtracker"), QStringLiteral("RegTracker"), QStringLiteral(RT_VERSION),
        QCoreApplication::translate("rt::app::Identity",
                                    "Tracks regulatory developments and the obligations they create, "
                                    "per company, in English and Chinese."),
        KAboutLicense::GPL_V3, QStringLiteral("© 2025–2026 RegTracker developers"), QString(),
        QStringLiteral("https://regtracker.example"));
    about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
    about.setDesktopFileName(QString::fromLatin1(applicationId));
    about.setOrganizationDomain(QByteArrayLiteral("regtracker.example"));
    about.addAuthor(QStringLiteral("RegTracker developers"),
                    QCoreApplication::translate("rt::app::Identity", "Design, code, translation and data"),
                    QString(), QStringLiteral("https://regtracker.example"));
    const auto component = [&about](const QString &name, const char *what, const QString &version,
                                    const QString &address, KAboutLicense::LicenseKey licence) {
        about.addComponent(name, QCoreApplication::translate("rt::app::Identity", what), version, address,
                           licence);
    };
    component(QStringLiteral("Qt"),
              QT_TRANSLATE_NOOP("rt::app::Identity", "Windows, models and database access"),
              QString::fromLatin1(qVersion()), QStringLiteral("https://www.qt.io"), KAboutLicense::LGPL_V3);
    component(QStringLiteral("KDE Frameworks: Syntax Highlighting"),
              QT_TRANSLATE_NOOP("rt::app::Identity", "Highlighting of legal texts and notes"),
              QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
              QStringLiteral("https://api.kde.org/frameworks/"), KAboutLicense::Custom);
    component(QStringLiteral("KDE Frameworks: Core Addons"),
              QT_TRANSLATE_NOOP("rt::app::Identity", "Application data for this dialog"),
              QStringLiteral(KCOREADDONS_VERSION_STRING), QStringLiteral("https://api.kde.org/frameworks/"),
              KAboutLicense::LGPL_V2);
    // The database engines (SQLite, libpq) are asked by the About dialog when it opens (EngineVersions).
    component(QStringLiteral("libical"),
              QT_TRANSLATE_NOOP("rt::app::Identity", "Due dates as iCalendar files"),
              reports::DeadlineCalendar::libraryVersion(),
              QStringLiteral("https://libical.github.io/libical/"), KAboutLicense::LGPL_V2_1);
    return about;
}

} // namespace rt::app
