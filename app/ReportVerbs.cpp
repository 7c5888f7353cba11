// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportVerbs.h"

#include "ChecklistModel.h"
#include "ChecklistPdf.h"
#include "ChecklistReport.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DeadlineCalendar.h"
#include "OutputFile.h"
#include "Settings.h"
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
    QCommandLineOption chinese{
        QStringLiteral("chinese"),
        ReportVerbs::tr("How Chinese content is written: simplified (as stored), or tw or "
                        "hk (Traditional characters of Taiwan or Hong Kong). Default: as "
                        "the window shows it."),
        QStringLiteral("simplified|tw|hk")};

    // A usage error's exit code when either is missing, or --chinese names no form.
    std::optional<int> check(const QCommandLineParser &parser, const QString &verb) const
    {
        if (!parser.isSet(company) || !parser.isSet(out)) {
            return fail(ReportVerbs::tr("%1 needs --company NAME_OR_ID and --out FILE.").arg(verb),
                        exitUsage);
        }
        if (!form(parser)) {
            return fail(ReportVerbs::tr("--chinese takes simplified, tw or hk."), exitUsage);
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

    std::optional<core::ChineseScript::Form> form(const QCommandLineParser &parser) const
    {
        return core::ChineseScript::fromKey(parser.isSet(chinese) ? parser.value(chinese)
                                                                  : core::Settings().chineseScript());
    }
};

// A company's checklist as the checklist view shows it, everything included, in the interface language.
std::optional<core::ChecklistReport> companyReport(Database &db, const QString &company,
                                                   core::ChecklistGrouping grouping, core::Language language,
                                                   core::ChineseScript::Form chinese)
{
    const qint64 id = core::CompanyRepository(db).find(company);
    if (id == 0) {
        fail(ReportVerbs::tr("There is no company “%1” (regtracker companies lists them).").arg(company));
        return std::nullopt;
    }
    core::ChecklistReport report = core::ChecklistReport::forCompany(db, id, grouping, language);
    report.convertChinese(chinese);
    return report;
}

int writeReport(const core::ChecklistReport &report, const QString &format, const QString &file, bool raw)
{
    OutputFile::write(file,
                      format == QLatin1StringView("pdf")
                          ? reports::ChecklistPdf::toPdf(report)
                          : report.toCsv(raw ? core::ChecklistReport::CsvValues::Raw
                                             : core::ChecklistReport::CsvValues::Neutralised));
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
    const QCommandLineOption raw(
        QStringLiteral("raw-csv"),
        tr("Write CSV cells as they are, even those a spreadsheet would run as a formula "
           "(=, +, -, @); by default they begin with an apostrophe."));
    line.parser.addOptions({options.company, format, options.out, group, raw, options.chinese});
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
                            line.contentLanguage(), *options.form(line.parser));
        return report
            ? writeReport(*report, fileFormat, line.parser.value(options.out), line.parser.isSet(raw))
            : exitFailure;
    });
}

int ReportVerbs::exportDeadlines(const QStringList &arguments)
{
    VerbLine line;
    const CompanyOptions options;
    line.parser.addOptions({options.company, options.out, options.chinese});
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
        const auto report
            = companyReport(db, line.parser.value(options.company), core::ChecklistGrouping::ByDevelopment,
                            line.contentLanguage(), *options.form(line.parser));
        if (!report) {
            return exitFailure;
        }
        OutputFile::write(line.parser.value(options.out), reports::DeadlineCalendar::toICalendar(*report));
        return 0;
    });
}

} // namespace rt::app
