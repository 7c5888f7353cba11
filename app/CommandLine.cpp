// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AgendaVerbs.h"
#include "CompareVerbs.h"
#include "DatabaseVerbs.h"
#include "DbCommand.h"
#include "ImportCommand.h"
#include "LibraryVerbs.h"
#include "ReportVerbs.h"
#include "Translations.h"
#include "UserDataFiles.h"
#include "VerbSupport.h"
#include "WindowVerbs.h"

#include <QFileInfo>

#include <iterator>

namespace rt::app {

namespace {

void printUsage(QTextStream &stream)
{
    stream << CommandLine::tr(
        "Usage: regtracker [--db PATH] [--lang en|zh_CN|zh_TW|zh_HK]  start the application\n"
        "       regtracker COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  stats                 counts of developments, authorities, obligations, companies, assessments\n"
        "  list [--json]         every development with its fields in English and Chinese\n"
        "  search TEXT [--json] [--limit N]  developments matching TEXT in either language, best first\n"
        "  init [--demo]         create a new database (with the demo data)\n"
        "  import FILE [--format auto|newsletter|html|pdf|email|rss|json|csv] [--source NAME] [--year YYYY]\n"
        "         [--dry-run] [--json] [--allow-pipe [--pipe-timeout S]]\n"
        "                        import a newsletter (text, web page, PDF, e-mail), feed, CSV or exchange "
        "file\n"
        "  export FILE           write the whole database as an exchange file\n"
        "  generate --developments N --companies M [--seed S]  add synthetic data for scale work\n"
        "  companies [--json]    every company with its id and checklist progress\n"
        "  report --company C --format pdf|csv --out FILE [--group development|topic]\n"
        "         [--chinese simplified|tw|hk]  a company's checklist (C: id, uid or name), in the --lang\n"
        "                        language, Chinese content in Simplified or Traditional characters\n"
        "  export-deadlines --company C --out FILE.ics [--chinese simplified|tw|hk]\n"
        "                        a company's open due dates as a calendar\n"
        "  due [--within 30d] [--owner NAME|--mine] [--company C] [--json]\n"
        "                        what is due: overdue rows, then everything dated ahead, by period\n"
        "  digest [--since 7d] [--owner NAME|--mine] [--company C] --format html|md|json --out FILE\n"
        "                        the weekly digest: new developments and obligations, re-review flags,\n"
        "                        what fell due and what became overdue\n"
        "  compare A [B] [--json | --html FILE | --pdf FILE]  what changed between two versions of a\n"
        "                        development, word by word in both languages, and whom it affects\n"
        "  shot VIEW OUT.png [--size WxH]  render a view or dialog to PNG (--help lists them and the\n"
        "                        options)\n"
        "  db copy --from A --to B [--json]  copy a whole database between SQLite files and PostgreSQL\n"
        "                        (A and B: a file or a postgresql:// address; B must be new or empty)\n"
        "  db init-roles [--limit-editors]  create the team roles on the --db PostgreSQL database\n"
        "  db info [--json]      engine, address, schema version, your role and the rows per table\n"
        "  version               print the version\n"
        "\n"
        "Every command takes --db PATH or a postgresql:// address (default: your own database, the one the\n"
        "window opened last) and --lang en|zh_CN|zh_TW|zh_HK. Run a command with --help for its\n"
        "options.\n")
           << Qt::flush;
}

// The language --lang names among arguments (as --lang X or --lang=X); the system's otherwise.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (arguments.at(i).startsWith(QLatin1StringView("--lang="))) {
            return arguments.at(i).mid(7);
        }
    }
    return core::Translations::systemLanguage();
}

int help(const QStringList &arguments)
{
    core::Translations language;
    language.install(requestedLanguage(arguments));
    printUsage(out());
    return 0;
}

int version(const QStringList &)
{
    out() << QStringLiteral("RegTracker %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
    return 0;
}

int unknown(const QStringList &arguments)
{
    core::Translations language;
    language.install(core::Translations::systemLanguage());
    fail(CommandLine::tr("Unknown command “%1”.").arg(arguments.value(1)), exitUsage);
    printUsage(err());
    return exitUsage;
}

int db(const QStringList &arguments)
{
    return DbCommand::run(arguments, out(), err());
}

using App = CommandLine::Application;

// Every verb, in the order of the usage text.
const CommandLine::Verb verbs[] = {
    {"stats", App::Console, &LibraryVerbs::stats},
    {"list", App::Console, &LibraryVerbs::list},
    {"search", App::Console, &LibraryVerbs::search},
    {"companies", App::Console, &LibraryVerbs::companies},
    {"init", App::Console, &DatabaseVerbs::init},
    {"generate", App::Console, &DatabaseVerbs::generate},
    {"export", App::Console, &DatabaseVerbs::exportFile},
    {"db", App::Console, &db},
    {"import", App::Console, &ImportCommand::verb},
    {"report", App::Fonts, &ReportVerbs::report},
    {"export-deadlines", App::Console, &ReportVerbs::exportDeadlines},
    {"due", App::Console, &AgendaVerbs::due},
    {"digest", App::Console, &AgendaVerbs::digest},
    {"compare", App::Fonts, &CompareVerbs::compare},
    {"shot", App::Offscreen, &WindowVerbs::shot},
    {"version", App::Console, &version},
    {"--version", App::Console, &version},
    {"-v", App::Console, &version},
    {"help", App::Console, &help},
    {"--help", App::Console, &help},
    {"--help-all", App::Console, &help},
    {"-h", App::Console, &help},
};

const CommandLine::Verb window{"", App::Window, &WindowVerbs::window};
const CommandLine::Verb unknownVerb{"", App::Console, &unknown};

} // namespace

const CommandLine::Verb &CommandLine::find(const QStringList &arguments)
{
    const QString word = arguments.value(1);
    if (word.isEmpty() || word.startsWith(u'-')) {
        // The window's own options (--db, --lang) may come first; asking for help or the version needs no
        // window system.
        for (const QString &argument : arguments.mid(1)) {
            for (const char *question : {"--help", "-h", "--help-all", "--version", "-v"}) {
                if (argument == QLatin1StringView(question)) {
                    return find(QString::fromLatin1(question));
                }
            }
        }
    }
    return find(word);
}

void CommandLine::warnAboutUserLists()
{
    for (const QString &problem : core::UserDataFiles::problems()) {
        err() << tr("Warning: %1").arg(problem) << Qt::endl;
    }
}

const CommandLine::Verb &CommandLine::find(const QString &word)
{
    for (const Verb &verb : verbs) {
        if (word == QLatin1StringView(verb.name)) {
            return verb;
        }
    }
    // No verb, the window's own options (--db, --lang) first, or a file for the window to open.
    return word.isEmpty() || word.startsWith(u'-') || QFileInfo::exists(word) ? window : unknownVerb;
}

} // namespace rt::app
