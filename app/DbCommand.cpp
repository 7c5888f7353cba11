// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCommand.h"

#include "Database.h"
#include "DatabaseCopy.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "TeamRoles.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTextStream>

#include <memory>

namespace rt::app {

using core::Database;
using core::DatabaseCopy;
using core::Error;

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

QString roleKey(core::TeamRoles::Role role)
{
    switch (role) {
    case core::TeamRoles::Role::Viewer:
        return QStringLiteral("viewer");
    case core::TeamRoles::Role::Editor:
        return QStringLiteral("editor");
    case core::TeamRoles::Role::Admin:
        break;
    }
    return QStringLiteral("admin");
}

QJsonArray tablesJson(const QList<DatabaseCopy::TableDigest> &tables)
{
    QJsonArray list;
    for (const DatabaseCopy::TableDigest &table : tables) {
        QJsonObject item{{QStringLiteral("name"), table.name}, {QStringLiteral("rows"), table.rows}};
        if (!table.sha256.isEmpty()) {
            item.insert(QStringLiteral("sha256"), table.sha256);
        }
        list.append(item);
    }
    return list;
}

// The files SQLite keeps for a database.
void removeSqliteFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

int runCopy(const QString &from, const QString &to, bool json, QTextStream &out, QTextStream &err)
{
    // Both addresses are checked before anything is opened, so that a typing error creates no file.
    const core::DatabaseAddress sourceAddress = core::DatabaseAddress::parse(from);
    const core::DatabaseAddress targetAddress = core::DatabaseAddress::parse(to);
    auto source = Database::open(sourceAddress, Database::OpenMode::ExistingOnly);

    const bool newFile = !targetAddress.isPostgreSQL() && !QFile::exists(targetAddress.path);
    // A new file is written under a temporary name and takes its own only when the copy is complete, so that
    // neither a failure nor a crash leaves a half-made database behind.
    core::DatabaseAddress writeAddress = targetAddress;
    if (newFile) {
        writeAddress.path = targetAddress.path + QStringLiteral(".creating");
        removeSqliteFile(writeAddress.path); // what a crash left
    }
    std::unique_ptr<Database> target;
    auto removeNewFile = qScopeGuard([&] {
        target.reset();
        if (newFile) {
            removeSqliteFile(writeAddress.path);
        }
    });
    target = Database::open(writeAddress, Database::OpenMode::CreateIfMissing);

    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    const QList<DatabaseCopy::TableDigest> tables
        = DatabaseCopy::copy(*source, *target, [&](qint64 done, qint64 total) {
              const int tenth = total > 0 ? int(done * 10 / total) : 10;
              if (tenth != lastTenth) {
                  lastTenth = tenth;
                  err << DbCommand::tr("Copying… %1%").arg(tenth * 10) << Qt::endl;
              }
              return true;
          });
    if (newFile) {
        target.reset(); // closed, the file holds everything
        if (!QFile::rename(writeAddress.path, targetAddress.path)) {
            throw Error(Error::Code::Failed,
                        DbCommand::tr("Cannot name the copy %1.").arg(targetAddress.path));
        }
        removeSqliteFile(writeAddress.path);
    }
    removeNewFile.dismiss();
    const double seconds = double(timer.elapsed()) / 1000.0;

    qint64 rows = 0;
    for (const DatabaseCopy::TableDigest &table : tables) {
        rows += table.rows;
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("from"), source->path()},
                                         {QStringLiteral("to"), targetAddress.toString()},
                                         {QStringLiteral("tables"), tablesJson(tables)},
                                         {QStringLiteral("rows"), rows},
                                         {QStringLiteral("seconds"), seconds}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    for (const DatabaseCopy::TableDigest &table : tables) {
        out << table.name.leftJustified(24) << u' ' << QString::number(table.rows).rightJustified(9) << u' '
            << DbCommand::tr("checksum ok") << u'\n';
    }
    out << DbCommand::tr("Copied %1 rows in %2 tables from %3 to %4 in %5 s.")
               .arg(rows)
               .arg(tables.size())
               .arg(source->path(), targetAddress.toString())
               .arg(seconds, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int runInitRoles(const QString &location, bool limitEditors, QTextStream &out)
{
    auto db = Database::open(location, Database::OpenMode::ExistingOnly);
    core::TeamRoles::Options options;
    options.limitEditors = limitEditors;
    core::TeamRoles::install(*db, options);
    out << DbCommand::tr("The roles %1, %2 and %3 are ready on %4.")
               .arg(core::TeamRoles::viewerRole(), core::TeamRoles::editorRole(),
                    core::TeamRoles::adminRole(), db->path())
        << u'\n';
    if (limitEditors) {
        out << DbCommand::tr("Editors may change only the assessments of the companies assigned to them.")
            << u'\n';
    }
    out << Qt::flush;
    return 0;
}

int runInfo(const QString &location, bool json, QTextStream &out)
{
    auto db = core::DatabaseLocation::open(location);
    const QString engine = db->isPostgreSQL() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    const QString role = roleKey(core::TeamRoles::currentRole(*db));
    const QList<DatabaseCopy::TableDigest> tables = DatabaseCopy::rowCounts(*db);
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("engine"), engine},
                                         {QStringLiteral("address"), db->path()},
                                         {QStringLiteral("schemaVersion"), db->schemaVersion()},
                                         {QStringLiteral("user"), db->actor()},
                                         {QStringLiteral("role"), role},
                                         {QStringLiteral("tables"), tablesJson(tables)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }
    out << DbCommand::tr("Engine: %1").arg(engine) << u'\n' << DbCommand::tr("Address: %1").arg(db->path())
        << u'\n' << DbCommand::tr("Schema version: %1").arg(db->schemaVersion()) << u'\n'
        << DbCommand::tr("User: %1").arg(db->actor()) << u'\n' << DbCommand::tr("Role: %1").arg(role) << u'\n'
        << DbCommand::tr("Rows per table:") << u'\n';
    for (const DatabaseCopy::TableDigest &table : tables) {
        out << QStringLiteral("  ") << table.name.leftJustified(24) << u' '
            << QString::number(table.rows).rightJustified(9) << u'\n';
    }
    out << Qt::flush;
    return 0;
}

} // namespace

int DbCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto fail = [&](const QString &message, int code) {
        err << QStringLiteral("regtracker: ") << message << Qt::endl;
        return code;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a whole database between SQLite files and PostgreSQL, set up the roles of a team database, "
           "or show what a database holds."));
    const QCommandLineOption db(
        QStringLiteral("db"), tr("The database: a file PATH or a postgresql:// address (default: your own)."),
        QStringLiteral("PATH"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Interface language: en, zh_CN, zh_TW or zh_HK."), QStringLiteral("LANG"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("copy: the database to copy, a file or a postgresql:// address."),
                                  QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("copy: the new or empty database to copy into, a file or a postgresql:// "
                                   "address."),
                                QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption limitEditors(
        QStringLiteral("limit-editors"),
        tr("init-roles: editors may change only the assessments of the companies assigned to them."));
    parser.addOptions({db, lang, json, from, to, limitEditors});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("copy, init-roles or info."));

    // arguments[0] is the program and [1] "db": parse the rest as if "db" were the program.
    if (!parser.parse(arguments.mid(1))) {
        return fail(parser.errorText(), exitUsage);
    }
    if (parser.isSet(lang) && core::Translations::normalize(parser.value(lang)).isEmpty()) {
        return fail(tr("Unknown language “%1” (use en, zh_CN, zh_TW or zh_HK).").arg(parser.value(lang)),
                    exitUsage);
    }
    core::Translations translations;
    translations.install(parser.isSet(lang) ? parser.value(lang) : core::Translations::systemLanguage());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::flush;
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.value(0);
    if (positional.size() > 1) {
        return fail(tr("Unexpected argument “%1”.").arg(positional.at(1)), exitUsage);
    }
    const auto onlyFor = [&](const QCommandLineOption &option, const QStringList &subcommands) {
        return !parser.isSet(option) || subcommands.contains(subcommand);
    };
    if (subcommand != QLatin1StringView("copy") && subcommand != QLatin1StringView("init-roles")
        && subcommand != QLatin1StringView("info")) {
        return fail(subcommand.isEmpty()
                        ? tr("db needs a subcommand: copy, init-roles or info.")
                        : tr("Unknown subcommand “%1” of db (use copy, init-roles or info).").arg(subcommand),
                    exitUsage);
    }
    if (!onlyFor(from, {QStringLiteral("copy")}) || !onlyFor(to, {QStringLiteral("copy")})
        || !onlyFor(limitEditors, {QStringLiteral("init-roles")})
        || !onlyFor(json, {QStringLiteral("copy"), QStringLiteral("info")})
        || !onlyFor(db, {QStringLiteral("init-roles"), QStringLiteral("info")})) {
        return fail(tr("An option does not belong to db %1 (see regtracker db --help).").arg(subcommand),
                    exitUsage);
    }

    try {
        if (subcommand == QLatin1StringView("copy")) {
            if (parser.value(from).isEmpty() || parser.value(to).isEmpty()) {
                return fail(tr("db copy needs --from and --to, each a file or a postgresql:// address."),
                            exitUsage);
            }
            return runCopy(parser.value(from), parser.value(to), parser.isSet(json), out, err);
        }
        if (subcommand == QLatin1StringView("init-roles")) {
            if (parser.value(db).isEmpty()) {
                return fail(
                    tr("db init-roles needs --db with the postgresql:// address of the team database."),
                    exitUsage);
            }
            return runInitRoles(parser.value(db), parser.isSet(limitEditors), out);
        }
        return runInfo(parser.value(db), parser.isSet(json), out);
    } catch (const Error &error) {
        return fail(error.message(), exitFailure);
    }
}

} // namespace rt::app
