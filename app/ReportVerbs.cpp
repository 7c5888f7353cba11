#include "ReportVerbs.h"

#include "ChecklistModel.h"
#include "ChecklistPdf.h"
#include "ChecklistReport.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DeadlineCalendar.h"
#include "OutputFile.h"
#include "VerbSupport.h"

namespace rt::app {

using core::Database;

namespace {

// The options both verbs take.
struct CompanyOptions
{
    QCommandLineOption company{QStringLiteral("company"),
                               ReportVerbs::tr("The company: its id, uid or name."),
                               QStringLiteral("NAME_OR_ID")};
    QCommandLineOption out{QStringLiteral("out"), ReportVerbs::tr("Where to write the file."),
                           QStringLiteral("FILE")};

    // A usage error's exit code when either is missing.
    std::optional<int> check(const QCommandLineParser &parser, const QString &verb) const
    {
        if (!parser.isSet(company) || !parser.isSet(out)) {
            return fail(ReportVerbs::tr("%1 needs --company NAME_OR_ID and --out FILE.").arg(verb),
                        exitUsage);
        }
        return std::nullopt;
    }
    // The output file's problem with the open database, as an exit code.
    std::optional<int> checkOutput(const QCommandLineParser &parser, const Database &db) const
    {
        if (const auto problem = OutputFile::problem(parser.value(out), db.path())) {
            return fail(*problem);
        }
        return std::nullopt;
    }
};

// A company's checklist as the checklist view shows it, everything included, in the interface language.
std::optional<core::ChecklistReport> companyReport(Database &db, const QString &company,
                                                   core::ChecklistGrouping grouping, core::Language language)
{
    const qint64 id = core::CompanyRepository(db).find(company);
    if (id == 0) {
        fail(ReportVerbs::tr("There is no company “%1” (regtracker companies lists them).").arg(company));
        return std::nullopt;
    }
    return core::ChecklistReport::forCompany(db, id, grouping, language);
}

int writeReport(const core::ChecklistReport &report, const QString &format, const QString &file)
{
    OutputFile::write(
        file, format == QLatin1StringView("pdf") ? reports::ChecklistPdf::toPdf(report) : report.toCsv());
    return 0;
}

} // namespace

int ReportVerbs::report(const QStringList &arguments)
{
    VerbLine line;
    const CompanyOptions options;
    const QCommandLineOption format(QStringLiteral("format"), tr("The file format: pdf or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Group the checklist by development or by topic."),
                                   QStringLiteral("development|topic"), QStringLiteral("development"));
    line.parser.addOptions({options.company, format, options.out, group});
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    if (const auto stop = options.check(line.parser, QStringLiteral("report"))) {
        return *stop;
    }
    const QString fileFormat = line.parser.value(format).toLower();
    if (fileFormat != QLatin1StringView("pdf") && fileFormat != QLatin1StringView("csv")) {
        return fail(tr("--format takes pdf or csv."), exitUsage);
    }
    const QString grouping = line.parser.value(group).toLower();
    if (grouping != QLatin1StringView("development") && grouping != QLatin1StringView("topic")) {
        return fail(tr("--group takes development or topic."), exitUsage);
    }
    return withDatabase(line, [&](Database &db) {
        if (const auto stop = options.checkOutput(line.parser, db)) {
            return *stop;
        }
        const auto report
            = companyReport(db, line.parser.value(options.company),
                            grouping == QLatin1StringView("topic") ? core::ChecklistGrouping::ByTopic
                                                                   : core::ChecklistGrouping::ByDevelopment,
                            line.contentLanguage());
        return report ? writeReport(*report, fileFormat, line.parser.value(options.out)) : exitFailure;
    });
}

int ReportVerbs::exportDeadlines(const QStringList &arguments)
{
    VerbLine line;
    const CompanyOptions options;
    line.parser.addOptions({options.company, options.out});
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    if (const auto stop = options.check(line.parser, QStringLiteral("export-deadlines"))) {
        return *stop;
    }
    return withDatabase(line, [&](Database &db) {
        if (const auto stop = options.checkOutput(line.parser, db)) {
            return *stop;
        }
        const auto report = companyReport(db, line.parser.value(options.company),
                                          core::ChecklistGrouping::ByDevelopment, line.contentLanguage());
        if (!report) {
            return exitFailure;
        }
        OutputFile::write(line.parser.value(options.out), reports::DeadlineCalendar::toICalendar(*report));
        return 0;
    });
}

} // namespace rt::app
