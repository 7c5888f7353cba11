#include "WindowVerbs.h"

#include "ConnectDialog.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "MainWindow.h"
#include "PasswordStore.h"
#include "Screenshot.h"
#include "Settings.h"
#include "Translations.h"
#include "VerbSupport.h"

#include <QApplication>
#include <QRegularExpression>

namespace rt::app {

using core::Database;
using core::DatabaseLocation;
using core::Error;

namespace {

// Opens the database named with --db for the window. A team database that wants a password gets the one
// stored in the keychain, or else asks for it, until the server accepts one or the user gives up.
std::unique_ptr<Database> openForWindow(const QString &location)
{
    if (!core::DatabaseAddress::looksLikeUrl(location)) {
        return DatabaseLocation::open(location);
    }
    core::DatabaseAddress address = core::DatabaseAddress::parse(location);
    // A window opened from "Connect to team database…" receives its password in the environment; it is taken
    // out, so that no process this one starts inherits it.
    if (address.password.isEmpty()) {
        address.password = qEnvironmentVariable("PGPASSWORD");
    }
    qunsetenv("PGPASSWORD");
    bool triedKeychain = false;
    for (;;) {
        try {
            return Database::open(address, Database::OpenMode::ExistingOnly);
        } catch (const Error &error) {
            if (error.code() != Error::Code::PasswordRequired) {
                throw;
            }
            if (!triedKeychain) {
                triedKeychain = true;
                const QString stored = ui::PasswordStore::read(address.toString());
                if (!stored.isEmpty() && stored != address.password) {
                    address.password = stored;
                    continue;
                }
            }
            const auto password = ui::ConnectDialog::askPassword(address, !address.password.isEmpty());
            if (!password) {
                throw;
            }
            address.password = *password;
        }
    }
}

} // namespace

int WindowVerbs::window(const QStringList &arguments)
{
    VerbLine line;
    // The window takes no verb: parse from arguments[0], not [1].
    QStringList shifted = arguments;
    shifted.insert(1, QString());
    if (const auto stop = line.parse(shifted)) {
        return *stop;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (!positional.isEmpty() && !positional.constFirst().isEmpty()) {
        return fail(tr("Unknown command “%1”.").arg(positional.constFirst()), exitUsage);
    }
    const QString remembered = core::Settings().language();
    const QString language = line.languageSet() ? line.language()
        : remembered.isEmpty()                  ? core::Translations::systemLanguage()
                                                : remembered;
    core::Translations translations;
    translations.install(language);
    try {
        auto db = openForWindow(line.database());
        ui::MainWindow window(*db, &translations);
        window.show();
        return QApplication::exec();
    } catch (const Error &error) {
        ui::MainWindow::showStartupError(error.message());
        return fail(error.message());
    }
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
    QCommandLineOption file(QStringLiteral("file"), tr("The file the import view reads."),
                            QStringLiteral("PATH"));
    QCommandLineOption role(QStringLiteral("role"),
                            tr("Show the window as a user of ROLE sees it in a team database: %1.")
                                .arg(ui::Screenshot::roles().join(QStringLiteral(", "))),
                            QStringLiteral("ROLE"));
    parser.addOptions({size, content, chinese, search, dark, file, role});
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
        options.file = parser.value(file);
        options.role = parser.value(role);
        ui::Screenshot::render(db, positional.at(0),
                               QSize(match.captured(1).toInt(), match.captured(2).toInt()), positional.at(1),
                               options);
        return 0;
    });
}

} // namespace rt::app
