#include "CommandLine.h"

#include "CompareVerbs.h"
#include "DatabaseVerbs.h"
#include "DbCommand.h"
#include "ImportCommand.h"
#include "LibraryVerbs.h"
#include "ReportVerbs.h"
#include "Translations.h"
#include "VerbSupport.h"
#include "WindowVerbs.h"

#include <iterator>

namespace rt::app {

namespace {

void printUsage(QTextStream &stream)
{
    stream << CommandLine::tr(
        "Usage: regtracker [--db PATH] [--lang en|zh_CN]      start the application\n"
        "       regtracker COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  stats                 counts of developments, authorities, obligations, companies, assessments\n"
        "  list [--json]         every development with its fields in English and Chinese\n"
        "  search TEXT [--json] [--limit N]  developments matching TEXT in either language, best first\n"
        "  init [--demo]         create a new database (with the demo data)\n"
        "  import FILE [--format auto|newsletter|rss|json|csv] [--source NAME] [--year YYYY]\n"
        "         [--dry-run] [--json]  import a newsletter, feed, CSV or exchange file\n"
        "  export FILE           write the whole database as an exchange file\n"
        "  generate --developments N --companies M [--seed S]  add synthetic data for scale work\n"
        "  companies [--json]    every company with its id and checklist progress\n"
        "  report --company C --format pdf|csv --out FILE [--group development|topic]\n"
        "                        a company's checklist (C: id, uid or name), in the --lang language\n"
        "  export-deadlines --company C --out FILE.ics  a company's open due dates as a calendar\n"
        "  compare A [B] [--json | --html FILE | --pdf FILE]  what changed between two versions of a\n"
        "                        development, word by word in both languages, and whom it affects\n"
        "  shot VIEW OUT.png [--size WxH]  render a view to PNG; VIEW is browser, editor, checklist,\n"
        "                        matrix, timeline, map, assessment, company, import, connect, conflict\n"
        "                        or redline\n"
        "                        (--help for its options)\n"
        "  db copy --from A --to B [--json]  copy a whole database between SQLite files and PostgreSQL\n"
        "                        (A and B: a file or a postgresql:// address; B must be new or empty)\n"
        "  db init-roles [--limit-editors]  create the team roles on the --db PostgreSQL database\n"
        "  db info [--json]      engine, address, schema version, your role and the rows per table\n"
        "  version               print the version\n"
        "\n"
        "Every command takes --db PATH or a postgresql:// address (default: your own database, created\n"
        "with the demo data on first use) and --lang en|zh_CN. Run a command with --help for its options.\n")
           << Qt::flush;
}

int help(const QStringList &)
{
    core::Translations language;
    language.install(core::Translations::systemLanguage());
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
    {"compare", App::Fonts, &CompareVerbs::compare},
    {"shot", App::Offscreen, &WindowVerbs::shot},
    {"version", App::Console, &version},
    {"--version", App::Console, &version},
    {"-v", App::Console, &version},
    {"help", App::Console, &help},
    {"--help", App::Console, &help},
    {"-h", App::Console, &help},
};

const CommandLine::Verb window{"", App::Window, &WindowVerbs::window};
const CommandLine::Verb unknownVerb{"", App::Console, &unknown};

} // namespace

const CommandLine::Verb &CommandLine::find(const QString &word)
{
    for (const Verb &verb : verbs) {
        if (word == QLatin1StringView(verb.name)) {
            return verb;
        }
    }
    // No verb, or the window's own options (--db, --lang) first.
    return word.isEmpty() || word.startsWith(u'-') ? window : unknownVerb;
}

} // namespace rt::app
