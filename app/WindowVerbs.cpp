// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowVerbs.h"

#include "Database.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "Screenshot.h"
#include "Settings.h"
#include "Translations.h"
#include "VerbSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace rt::app {

using core::Database;
using core::DatabaseLocation;
using core::Error;

int WindowVerbs::window(const QStringList &arguments)
{
    VerbLine line;
    line.parser.addPositionalArgument(QStringLiteral("FILE"),
                                      tr("A database to open, or a file to import into the database."));
    // The window takes no verb: parse from arguments[0], not [1].
    QStringList shifted = arguments;
    shifted.insert(1, QString());
    if (const auto stop = line.parse(shifted)) {
        return *stop;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() > 1) {
        return fail(tr("Name one database or file to open (got %1).").arg(positional.size()), exitUsage);
    }
    // A file named on the command line (a desktop's "Open with", a double-click): a database is opened, any
    // other file is imported into the database with review.
    QString location = line.database();
    QString fileToImport;
    if (!positional.isEmpty()) {
        const QString file = positional.constFirst();
        if (!QFileInfo::exists(file)) {
            return fail(tr("%1 does not exist.").arg(file));
        }
        if (DatabaseLocation::isSqliteFile(file)) {
            location = QFileInfo(file).absoluteFilePath();
        } else {
            fileToImport = file;
        }
    }
    const QString remembered = core::Settings().language();
    const QString language = line.languageSet() ? line.language()
        : remembered.isEmpty()                  ? core::Translations::systemLanguage()
                                                : remembered;
    core::Translations translations;
    translations.install(language);
    ui::Workspace workspace(&translations);
    if (!workspace.start(location, fileToImport)) {
        return exitFailure;
    }
    return QApplication::exec();
}

int WindowVerbs::shot(const QStringList &arguments)
{
    VerbLine line;
    QCommandLineParser &parser = line.parser;
    QCommandLineOption size(QStringLiteral("size"), tr("Window size in pixels."), QStringLiteral("WxH"),
                            QStringLiteral("1400x900"));
    QCommandLineOption content(QStringLiteral("content"),
                               tr("How developments read: en, zh or both (side by side). Default: the "
                                  "interface language."),
                               QStringLiteral("en|zh|both"));
    QCommandLineOption search(QStringLiteral("search"),
                              tr("Search the developments for TEXT first, as if typed into the search box."),
                              QStringLiteral("TEXT"));
    QCommandLineOption chinese(QStringLiteral("chinese"),
                               tr("Chinese content in simplified characters (as stored), or converted to the "
                                  "Traditional characters of Taiwan (tw) or Hong Kong (hk)."),
                               QStringLiteral("simplified|tw|hk"));
    QCommandLineOption dark(QStringLiteral("dark"), tr("Use a dark colour scheme."));
    QCommandLineOption highContrast(QStringLiteral("high-contrast"),
                                    tr("Use a high-contrast colour scheme: white on black."));
    QCommandLineOption file(QStringLiteral("file"), tr("The file the import view reads."),
                            QStringLiteral("PATH"));
    QCommandLineOption role(QStringLiteral("role"),
                            tr("Show the window as a user of ROLE sees it in a team database: %1.")
                                .arg(ui::Screenshot::roles().join(QStringLiteral(", "))),
                            QStringLiteral("ROLE"));
    QCommandLineOption firstPaint(
        QStringLiteral("first-paint"),
        tr("Take the picture as soon as the window first shows its developments, as "
           "on starting, before the facet counts and the rest arrive."));
    parser.addOptions({size, content, chinese, search, dark, highContrast, file, role, firstPaint});
    parser.addPositionalArgument(
        QStringLiteral("VIEW"),
        tr("The view to render: %1.").arg(ui::Screenshot::views().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("OUT.png"), tr("Where to write the picture."));
    if (const auto stop = line.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return fail(tr("shot needs a VIEW and an OUT.png."), exitUsage);
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = sizePattern.match(parser.value(size));
    if (!match.hasMatch()) {
        return fail(tr("--size takes WIDTHxHEIGHT in pixels, such as 1400x900."), exitUsage);
    }
    if (!ui::Screenshot::views().contains(positional.at(0))) {
        return fail(tr("Unknown view “%1” (views: %2).")
                        .arg(positional.at(0), ui::Screenshot::views().join(QStringLiteral(", "))),
                    exitUsage);
    }
    const QString contentLanguage = parser.value(content);
    if (parser.isSet(content)
        && !QStringList{QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("both")}.contains(
            contentLanguage)) {
        return fail(tr("--content takes en, zh or both."), exitUsage);
    }
    if (parser.isSet(chinese) && !core::ChineseScript::fromKey(parser.value(chinese))) {
        return fail(tr("--chinese takes simplified, tw or hk."), exitUsage);
    }
    return withDatabase(line, [&](Database &db) {
        ui::Screenshot::Options options;
        options.content = contentLanguage;
        options.chinese = parser.value(chinese);
        options.search = parser.value(search);
        options.dark = parser.isSet(dark);
        options.highContrast = parser.isSet(highContrast);
        options.file = parser.value(file);
        options.role = parser.value(role);
        options.firstPaint = parser.isSet(firstPaint);
        ui::Screenshot::render(db, positional.at(0),
                               QSize(match.captured(1).toInt(), match.captured(2).toInt()), positional.at(1),
                               options);
        return 0;
    });
}

} // namespace rt::app
