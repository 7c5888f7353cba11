#include "CommandLine.h"

#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "ChecklistPdf.h"
#include "ChecklistReport.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DbCommand.h"
#include "DeadlineCalendar.h"
#include "DevelopmentRepository.h"
#include "DevelopmentTableModel.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "ImportCommand.h"
#include "ImportService.h"
#include "MainWindow.h"
#include "PasswordStore.h"
#include "Screenshot.h"
#include "Settings.h"
#include "Statistics.h"
#include "SyntheticData.h"
#include "TextSearch.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace rt::app {

using core::Database;
using core::DatabaseLocation;
using core::Error;

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = exitFailure)
{
    err() << QStringLiteral("regtracker: ") << message << Qt::endl;
    return code;
}

// The options every verb shares, and the language they apply before anything is printed.
struct Common
{
    QCommandLineOption db{
        QStringLiteral("db"),
        CommandLine::tr("Use the database file PATH (or a postgresql:// address) instead of "
                        "your own."),
        QStringLiteral("PATH")};
    QCommandLineOption lang{QStringLiteral("lang"), CommandLine::tr("Interface language: en or zh_CN."),
                            QStringLiteral("LANG")};
};

std::unique_ptr<core::Translations> installLanguage(const QString &requested)
{
    auto translations = std::make_unique<core::Translations>();
    translations->install(requested.isEmpty() ? core::Translations::systemLanguage() : requested);
    return translations;
}

// Parses `arguments` (verb first) and reports usage errors; returns false when the verb must stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const Common &common, int *exitCode)
{
    parser.setApplicationDescription(CommandLine::tr("RegTracker tracks regulatory developments and the "
                                                     "obligations they create, per company."));
    parser.addOption(common.db);
    parser.addOption(common.lang);
    parser.addHelpOption();
    // arguments[0] is the program, [1] the verb: parse the rest as if the verb were the program.
    QStringList rest = arguments.mid(1);
    if (!parser.parse(rest)) {
        *exitCode = fail(parser.errorText(), exitUsage);
        return false;
    }
    if (parser.isSet(common.lang) && core::Translations::normalize(parser.value(common.lang)).isEmpty()) {
        *exitCode
            = fail(CommandLine::tr("Unknown language “%1” (use en or zh_CN).").arg(parser.value(common.lang)),
                   exitUsage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

QJsonObject countsJson(Database &db)
{
    const core::RecordCounts counts = core::countRecords(db);
    return QJsonObject{{QStringLiteral("developments"), counts.developments},
                       {QStringLiteral("authorities"), counts.authorities},
                       {QStringLiteral("obligations"), counts.obligations},
                       {QStringLiteral("companies"), counts.companies},
                       {QStringLiteral("assessments"), counts.assessments}};
}

int runStats(Database &db)
{
    out() << QJsonDocument(countsJson(db)).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int runList(Database &db, bool json)
{
    // Streams one development at a time, so listing a large database does not hold it all in memory.
    core::AuthorityRepository reference(db);
    core::DevelopmentRepository developments(db, reference);
    const QList<qint64> ids = developments.ids();
    if (json) {
        out() << "[";
    }
    bool first = true;
    for (qint64 id : ids) {
        const auto d = developments.load(id);
        if (!d) {
            continue;
        }
        if (json) {
            out() << (first ? "\n" : ",\n")
                  << QString::fromUtf8(
                         QJsonDocument(core::ExchangeFormat::toJson(*d)).toJson(QJsonDocument::Compact));
        } else {
            out() << d->announced.toString(Qt::ISODate) << '\t' << d->authorities.join(u',') << '\t'
                  << d->title.preferring(core::Language::English) << '\t' << d->title.zh << '\n';
        }
        first = false;
    }
    if (json) {
        out() << (first ? "]" : "\n]");
    }
    out() << Qt::endl;
    return 0;
}

// The developments that match, best first, as the browser ranks them.
int runSearch(Database &db, const QString &text, int limit, bool json)
{
    const auto search = core::TextSearch::forDatabase(db);
    core::DevelopmentTableModel model(db, *search);
    core::DevelopmentFilter filter;
    filter.text = text;
    model.setFilter(filter);
    while (model.rowCount() < qMin(limit, model.totalCount()) && model.canFetchMore({})) {
        model.fetchMore({});
    }
    const int shown = qMin(limit, model.rowCount());
    if (!json) {
        err() << CommandLine::tr("Searched for: %1")
                     .arg(search->query(text).alternatives().join(QStringLiteral("; ")))
              << Qt::endl;
    }
    QJsonArray results;
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString en = index.data(core::DevelopmentTableModel::TitleEnRole).toString();
        const QString zh = index.data(core::DevelopmentTableModel::TitleZhRole).toString();
        const QStringList authorities
            = index.data(core::DevelopmentTableModel::AuthorityCodesRole).toStringList();
        const QString announced
            = index.data(core::DevelopmentTableModel::AnnouncedRole).toDate().toString(Qt::ISODate);
        if (json) {
            results.append(QJsonObject{
                {QStringLiteral("rank"), row + 1},
                {QStringLiteral("id"), index.data(core::DevelopmentTableModel::IdRole).toLongLong()},
                {QStringLiteral("uid"), index.data(core::DevelopmentTableModel::UidRole).toString()},
                {QStringLiteral("announced"), announced},
                {QStringLiteral("authorities"), QJsonArray::fromStringList(authorities)},
                {QStringLiteral("title"),
                 QJsonObject{{QStringLiteral("en"), en}, {QStringLiteral("zh"), zh}}}});
        } else {
            out() << row + 1 << '\t' << announced << '\t' << authorities.join(u',') << '\t' << en << '\t'
                  << zh << '\n';
        }
    }
    if (json) {
        out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << '\n';
    } else if (model.totalCount() > shown) {
        err() << CommandLine::tr("%1 of %2 matches shown (--limit).").arg(shown).arg(model.totalCount())
              << '\n';
    }
    out() << Qt::flush;
    err() << Qt::flush;
    return 0;
}

int runGenerate(const QString &dbPath, const core::SyntheticDataOptions &options)
{
    const bool existed = core::DatabaseAddress::looksLikeUrl(dbPath) || QFile::exists(dbPath);
    auto db = DatabaseLocation::open(dbPath, true);
    // Generating is all or nothing; a database file made just for it goes again when it fails.
    auto removeIfNew = qScopeGuard([&] {
        db.reset();
        if (!existed && !dbPath.isEmpty()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(dbPath + suffix);
            }
        }
    });
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    core::SyntheticData::generate(*db, options, [&](int done, int total) {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err() << CommandLine::tr("Generating… %1%").arg(tenth * 10) << Qt::endl;
        }
        return true;
    });
    err() << CommandLine::tr("Generated %1 developments and %2 companies in %3 s.")
                 .arg(options.developments)
                 .arg(options.companies)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    out() << QJsonDocument(countsJson(*db)).toJson(QJsonDocument::Compact) << Qt::endl;
    removeIfNew.dismiss();
    return 0;
}

int runExport(Database &db, const QString &file)
{
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly)) {
        return fail(CommandLine::tr("Cannot write %1: %2").arg(file, output.errorString()));
    }
    output.write(core::ExchangeFormat::serialize(core::exportDatabase(db)));
    if (!output.commit()) {
        return fail(CommandLine::tr("Cannot write %1: %2").arg(file, output.errorString()));
    }
    return 0;
}

int runCompanies(Database &db, bool json)
{
    core::ChecklistModel checklist(db);
    QJsonArray list;
    for (const core::Company &company : core::CompanyRepository(db).all()) {
        checklist.setCompany(company.id);
        const int applicable = checklist.applicableCount();
        const int done = checklist.doneCount();
        const int overdue = checklist.overdueCount();
        if (json) {
            list.append(QJsonObject{{QStringLiteral("id"), company.id},
                                    {QStringLiteral("uid"), company.uid},
                                    {QStringLiteral("name"),
                                     QJsonObject{{QStringLiteral("en"), company.name.en},
                                                 {QStringLiteral("zh"), company.name.zh}}},
                                    {QStringLiteral("applicable"), applicable},
                                    {QStringLiteral("done"), done},
                                    {QStringLiteral("overdue"), overdue}});
        } else {
            out() << company.id << '\t' << company.uid << '\t'
                  << CommandLine::tr("%1/%2 done").arg(done).arg(applicable) << '\t'
                  << CommandLine::tr("%1 overdue").arg(overdue) << '\t' << company.name.en << '\t'
                  << company.name.zh << '\n';
        }
    }
    if (json) {
        out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    }
    out() << Qt::flush;
    return 0;
}

// A company's checklist as the checklist view shows it, everything included, in the interface language.
std::optional<core::ChecklistReport> companyReport(Database &db, const QString &company,
                                                   core::ChecklistGrouping grouping, core::Language language)
{
    const qint64 id = core::CompanyRepository(db).find(company);
    if (id == 0) {
        fail(CommandLine::tr("There is no company “%1” (regtracker companies lists them).").arg(company));
        return std::nullopt;
    }
    core::ChecklistModel checklist(db);
    checklist.setLanguage(language);
    checklist.setGrouping(grouping);
    checklist.setCompany(id);
    return core::ChecklistReport::fromModel(checklist, core::CompanyRepository(db).company(id));
}

int runReport(Database &db, const QString &company, const QString &format, const QString &file,
              core::ChecklistGrouping grouping, core::Language language)
{
    const auto report = companyReport(db, company, grouping, language);
    if (!report) {
        return exitFailure;
    }
    if (format == QLatin1StringView("pdf")) {
        reports::ChecklistPdf::write(*report, file);
        return 0;
    }
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(report->toCsv()) < 0 || !output.commit()) {
        return fail(CommandLine::tr("Cannot write %1: %2").arg(file, output.errorString()));
    }
    return 0;
}

int runExportDeadlines(Database &db, const QString &company, const QString &file, core::Language language)
{
    const auto report = companyReport(db, company, core::ChecklistGrouping::ByDevelopment, language);
    if (!report) {
        return exitFailure;
    }
    reports::DeadlineCalendar::write(*report, file);
    return 0;
}

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
        "  shot VIEW OUT.png [--size WxH]  render a view to PNG; VIEW is browser, editor, checklist,\n"
        "                        matrix, timeline, map, assessment, company, import, connect or conflict\n"
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

} // namespace

bool CommandLine::isConsoleVerb(const QString &verb)
{
    static const QStringList verbs{
        QStringLiteral("stats"),     QStringLiteral("list"),   QStringLiteral("search"),
        QStringLiteral("init"),      QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("generate"),  QStringLiteral("db"),     QStringLiteral("version"),
        QStringLiteral("--version"), QStringLiteral("-v"),     QStringLiteral("help"),
        QStringLiteral("--help"),    QStringLiteral("-h")};
    // A word that is not an option and not a known verb is a usage error, reported by runConsole.
    return verbs.contains(verb)
        || (!verb.isEmpty() && !verb.startsWith(u'-') && verb != QLatin1StringView("shot")
            && !needsFonts(verb));
}

bool CommandLine::needsFonts(const QString &verb)
{
    return verb == QLatin1StringView("report");
}

int CommandLine::runConsole(const QStringList &arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    const QString verb = arguments.value(1);
    if (verb == QLatin1StringView("version") || verb == QLatin1StringView("--version")
        || verb == QLatin1StringView("-v")) {
        out() << QStringLiteral("RegTracker %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1StringView("help") || verb == QLatin1StringView("--help")
        || verb == QLatin1StringView("-h")) {
        const auto language = installLanguage(QString());
        printUsage(out());
        return 0;
    }
    if (verb == QLatin1StringView("db")) {
        return DbCommand::run(arguments, out(), err());
    }

    Common common;
    QCommandLineParser parser;
    QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check everything, write nothing."));
    QCommandLineOption demo(QStringLiteral("demo"), tr("Fill the new database with the demo data."));
    QCommandLineOption developments(QStringLiteral("developments"), tr("Number of developments to add."),
                                    QStringLiteral("N"));
    QCommandLineOption companies(QStringLiteral("companies"), tr("Number of companies to add."),
                                 QStringLiteral("M"));
    QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (the same seed gives the same data)."),
                            QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption company(QStringLiteral("company"), tr("The company: its id, uid or name."),
                               QStringLiteral("NAME_OR_ID"));
    QCommandLineOption format(QStringLiteral("format"), tr("The file format: pdf or csv."),
                              QStringLiteral("FORMAT"));
    QCommandLineOption importFormat(QStringLiteral("format"),
                                    tr("The file format: auto, newsletter, rss, json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("auto"));
    QCommandLineOption source(QStringLiteral("source"),
                              tr("The publication the items come from (default: the file name)."),
                              QStringLiteral("NAME"));
    QCommandLineOption year(QStringLiteral("year"),
                            tr("The year of dates that give none (default: from the file)."),
                            QStringLiteral("YYYY"));
    QCommandLineOption outFile(QStringLiteral("out"), tr("Where to write the file."), QStringLiteral("FILE"));
    QCommandLineOption group(QStringLiteral("group"), tr("Group the checklist by development or by topic."),
                             QStringLiteral("development|topic"), QStringLiteral("development"));
    QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N results."), QStringLiteral("N"),
                             QStringLiteral("50"));
    if (verb == QLatin1StringView("list") || verb == QLatin1StringView("companies")) {
        parser.addOption(json);
    } else if (verb == QLatin1StringView("search")) {
        parser.addOptions({json, limit});
        parser.addPositionalArgument(QStringLiteral("TEXT"), tr("What to search for."));
    } else if (verb == QLatin1StringView("report")) {
        parser.addOptions({company, format, outFile, group});
    } else if (verb == QLatin1StringView("export-deadlines")) {
        parser.addOptions({company, outFile});
    } else if (verb == QLatin1StringView("import")) {
        parser.addOptions({importFormat, source, year, dryRun, json});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("The newsletter, feed, CSV or exchange file to import."));
    } else if (verb == QLatin1StringView("export")) {
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write the exchange file."));
    } else if (verb == QLatin1StringView("init")) {
        parser.addOption(demo);
    } else if (verb == QLatin1StringView("generate")) {
        parser.addOptions({developments, companies, seed});
    } else if (verb != QLatin1StringView("stats")) {
        const auto language = installLanguage(QString());
        fail(tr("Unknown command “%1”.").arg(verb), exitUsage);
        printUsage(err());
        return exitUsage;
    }

    int exitCode = 0;
    if (!parse(parser, arguments, common, &exitCode)) {
        return exitCode;
    }
    const auto language = installLanguage(parser.value(common.lang));
    const QString dbPath = parser.value(common.db);
    const QStringList positional = parser.positionalArguments();

    try {
        if (verb == QLatin1StringView("init")) {
            if (dbPath.isEmpty()) {
                return fail(tr("init needs --db PATH."), exitUsage);
            }
            if (QFile::exists(dbPath)) {
                return fail(tr("%1 already exists; init only creates new databases.").arg(dbPath));
            }
            auto db = DatabaseLocation::open(dbPath, true);
            if (!db->isNew()) { // a team database that had tables already
                return fail(
                    tr("%1 already holds a database; init only creates new databases.").arg(db->path()));
            }
            if (parser.isSet(demo)) {
                DatabaseLocation::loadDemoData(*db);
            }
            return runStats(*db);
        }
        if (verb == QLatin1StringView("generate")) {
            if (!parser.isSet(developments) || !parser.isSet(companies)) {
                return fail(tr("generate needs --developments N and --companies M."), exitUsage);
            }
            bool okDevelopments = false;
            bool okCompanies = false;
            bool okSeed = false;
            core::SyntheticDataOptions options;
            options.developments = parser.value(developments).toInt(&okDevelopments);
            options.companies = parser.value(companies).toInt(&okCompanies);
            options.seed = parser.value(seed).toUInt(&okSeed);
            if (!okDevelopments || !okCompanies || !okSeed || options.developments < 0
                || options.companies < 0) {
                return fail(tr("--developments, --companies and --seed take whole numbers of at least 0."),
                            exitUsage);
            }
            return runGenerate(dbPath, options);
        }
        if (verb == QLatin1StringView("search")) {
            bool okLimit = false;
            const int most = parser.value(limit).toInt(&okLimit);
            if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty()) {
                return fail(tr("search needs the TEXT to search for (quote it when it has spaces)."),
                            exitUsage);
            }
            if (!okLimit || most < 1) {
                return fail(tr("--limit takes a whole number of at least 1."), exitUsage);
            }
            auto db = DatabaseLocation::open(dbPath);
            return runSearch(*db, positional.constFirst(), most, parser.isSet(json));
        }
        if (verb == QLatin1StringView("import") || verb == QLatin1StringView("export")) {
            if (positional.size() != 1) {
                return fail(tr("%1 needs exactly one FILE.").arg(verb), exitUsage);
            }
            if (verb == QLatin1StringView("export")) {
                auto db = DatabaseLocation::open(dbPath, false);
                return runExport(*db, positional.constFirst());
            }
            ImportCommandOptions options;
            options.file = positional.constFirst();
            options.format = parser.value(importFormat).toLower();
            options.source = parser.value(source);
            options.dryRun = parser.isSet(dryRun);
            options.json = parser.isSet(json);
            if (!core::ImportService::formatFromKey(options.format)) {
                return fail(
                    tr("--format takes auto, newsletter, rss, json or csv, not “%1”.").arg(options.format),
                    exitUsage);
            }
            if (parser.isSet(year)) {
                bool okYear = false;
                options.year = parser.value(year).toInt(&okYear);
                if (!okYear || options.year < 1949 || options.year > 2200) {
                    return fail(tr("--year takes a year such as 2025."), exitUsage);
                }
            }
            auto db = DatabaseLocation::open(dbPath, true);
            return ImportCommand::run(*db, options, out(), err());
        }
        if (!positional.isEmpty()) {
            return fail(tr("Unexpected argument “%1”.").arg(positional.constFirst()), exitUsage);
        }
        if (verb == QLatin1StringView("report") || verb == QLatin1StringView("export-deadlines")) {
            if (!parser.isSet(company) || !parser.isSet(outFile)) {
                return fail(tr("%1 needs --company NAME_OR_ID and --out FILE.").arg(verb), exitUsage);
            }
            const core::Language content = language->current() == QLatin1StringView("zh_CN")
                ? core::Language::Chinese
                : core::Language::English;
            if (verb == QLatin1StringView("export-deadlines")) {
                auto db = DatabaseLocation::open(dbPath);
                return runExportDeadlines(*db, parser.value(company), parser.value(outFile), content);
            }
            const QString fileFormat = parser.value(format).toLower();
            if (fileFormat != QLatin1StringView("pdf") && fileFormat != QLatin1StringView("csv")) {
                return fail(tr("--format takes pdf or csv."), exitUsage);
            }
            const QString grouping = parser.value(group).toLower();
            if (grouping != QLatin1StringView("development") && grouping != QLatin1StringView("topic")) {
                return fail(tr("--group takes development or topic."), exitUsage);
            }
            auto db = DatabaseLocation::open(dbPath);
            return runReport(*db, parser.value(company), fileFormat, parser.value(outFile),
                             grouping == QLatin1StringView("topic") ? core::ChecklistGrouping::ByTopic
                                                                    : core::ChecklistGrouping::ByDevelopment,
                             content);
        }
        auto db = DatabaseLocation::open(dbPath);
        if (verb == QLatin1StringView("stats")) {
            return runStats(*db);
        }
        if (verb == QLatin1StringView("companies")) {
            return runCompanies(*db, parser.isSet(json));
        }
        return runList(*db, parser.isSet(json));
    } catch (const Error &error) {
        return fail(error.message());
    }
}

int CommandLine::runShot(const QStringList &arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    Common common;
    QCommandLineParser parser;
    QCommandLineOption size(QStringLiteral("size"), tr("Window size in pixels."), QStringLiteral("WxH"),
                            QStringLiteral("1400x900"));
    QCommandLineOption content(QStringLiteral("content"),
                               tr("How developments read: en, zh or both (side by side). Default: the "
                                  "interface language."),
                               QStringLiteral("en|zh|both"));
    QCommandLineOption search(QStringLiteral("search"),
                              tr("Search the developments for TEXT first, as if typed into the search box."),
                              QStringLiteral("TEXT"));
    QCommandLineOption dark(QStringLiteral("dark"), tr("Use a dark colour scheme."));
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
    parser.addOptions({size, content, search, dark, file, role, firstPaint});
    parser.addPositionalArgument(
        QStringLiteral("VIEW"),
        tr("The view to render: %1.").arg(ui::Screenshot::views().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("OUT.png"), tr("Where to write the picture."));
    int exitCode = 0;
    if (!parse(parser, arguments, common, &exitCode)) {
        return exitCode;
    }
    const auto language = installLanguage(parser.value(common.lang));
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
    try {
        auto db = DatabaseLocation::open(parser.value(common.db));
        ui::Screenshot::Options options;
        options.content = contentLanguage;
        options.search = parser.value(search);
        options.dark = parser.isSet(dark);
        options.file = parser.value(file);
        options.role = parser.value(role);
        options.firstPaint = parser.isSet(firstPaint);
        ui::Screenshot::render(*db, positional.at(0),
                               QSize(match.captured(1).toInt(), match.captured(2).toInt()), positional.at(1),
                               options);
        return 0;
    } catch (const Error &error) {
        return fail(error.message());
    }
}

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

int CommandLine::runGui(const QStringList &arguments)
{
    Common common;
    QCommandLineParser parser;
    int exitCode = 0;
    // The GUI takes no verb: parse from arguments[0], not [1].
    QStringList shifted = arguments;
    shifted.insert(1, QString());
    if (!parse(parser, shifted, common, &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty() && !parser.positionalArguments().constFirst().isEmpty()) {
        return fail(tr("Unknown command “%1”.").arg(parser.positionalArguments().constFirst()), exitUsage);
    }
    const QString remembered = core::Settings().language();
    const QString language = parser.isSet(common.lang) ? parser.value(common.lang)
        : remembered.isEmpty()                         ? core::Translations::systemLanguage()
                                                       : remembered;
    core::Translations translations;
    translations.install(language);
    try {
        auto db = openForWindow(parser.value(common.db));
        ui::MainWindow window(*db, &translations);
        window.show();
        return QApplication::exec();
    } catch (const Error &error) {
        ui::MainWindow::showStartupError(error.message());
        return fail(error.message());
    }
}

} // namespace rt::app
