// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CsvImport.h"
#include "CsvReader.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "ImportService.h"
#include "InputFile.h"
#include "ProgressLine.h"
#include "TextDecoding.h"
#include "VerbSupport.h"
#include "Vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/stat.h>

namespace rt::app {

namespace {

using core::ImportMatch;

QString matchKey(ImportMatch match)
{
    switch (match) {
    case ImportMatch::New:
        return QStringLiteral("new");
    case ImportMatch::Unchanged:
        return QStringLiteral("unchanged");
    case ImportMatch::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

// The catalogue entries an item would add, as {"code", "name": {"en", "zh"}, "level", "kind", "region",
// "parent"}.
QJsonArray proposedJson(const core::ImportItem &item)
{
    QJsonArray result;
    for (const core::Authority &a : item.proposedAuthorities) {
        result.append(QJsonObject{
            {QStringLiteral("code"), a.code},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("en"), a.name.en}, {QStringLiteral("zh"), a.name.zh}}},
            {QStringLiteral("kind"), core::Vocabulary::key(a.kind)},
            {QStringLiteral("level"), core::Vocabulary::key(a.level)},
            {QStringLiteral("region"), a.region},
            {QStringLiteral("parent"), a.parentCode.isEmpty() ? QJsonValue() : QJsonValue(a.parentCode)},
        });
    }
    return result;
}

QJsonObject itemJson(const core::ImportItem &item)
{
    QJsonObject development = core::ExchangeFormat::toJson(item.development);
    development.remove(QStringLiteral("obligations")); // listed below with their confidence
    QJsonObject confidence;
    for (auto it = item.confidence.cbegin(); it != item.confidence.cend(); ++it) {
        confidence.insert(it.key(), it.value());
    }
    QJsonArray spans;
    for (const core::SourceSpan &span : item.spans) {
        spans.append(QJsonObject{{QStringLiteral("field"), span.field},
                                 {QStringLiteral("start"), span.start},
                                 {QStringLiteral("length"), span.length},
                                 {QStringLiteral("text"), item.sourceText.mid(span.start, span.length)}});
    }
    QJsonArray obligations;
    for (const core::CandidateObligation &candidate : item.obligations) {
        core::Development holder;
        holder.obligations = {candidate.obligation};
        QJsonObject obligation = core::ExchangeFormat::toJson(holder)
                                     .value(QStringLiteral("obligations"))
                                     .toArray()
                                     .first()
                                     .toObject();
        obligation.remove(QStringLiteral("id"));
        obligation.insert(QStringLiteral("confidence"), candidate.confidence);
        obligation.insert(QStringLiteral("selected"), candidate.selected);
        obligation.insert(QStringLiteral("start"), candidate.span.start);
        obligation.insert(QStringLiteral("length"), candidate.span.length);
        obligations.append(obligation);
    }
    return QJsonObject{
        {QStringLiteral("number"), item.number},
        {QStringLiteral("line"), item.line},
        {QStringLiteral("language"),
         item.language == core::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en")},
        {QStringLiteral("selected"), item.selected},
        {QStringLiteral("match"), matchKey(item.match)},
        {QStringLiteral("existing"),
         item.existingUid.isEmpty() ? QJsonValue() : QJsonValue(item.existingUid)},
        {QStringLiteral("changes"), QJsonArray::fromStringList(item.changes)},
        {QStringLiteral("development"), development},
        {QStringLiteral("obligations"), obligations},
        {QStringLiteral("confidence"), confidence},
        {QStringLiteral("spans"), spans},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(item.warnings)},
        {QStringLiteral("match_reason"),
         item.matchReason.isEmpty() ? QJsonValue() : QJsonValue(item.matchReason)},
        {QStringLiteral("unknown_authorities"), QJsonArray::fromStringList(item.unknownAuthorities)},
        {QStringLiteral("proposed_authorities"), proposedJson(item)},
        {QStringLiteral("source_text"), item.sourceText},
    };
}

bool isPipe(const QString &path)
{
    struct stat info{};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

// bytes: what was read from a pipe; empty: the file is read as it is imported.
int exchangeFile(core::Database &db, const ImportCommandOptions &options, const QByteArray &bytes,
                 QTextStream &out)
{
    const QString name = QFileInfo(options.file).fileName();
    const core::ImportSummary s = [&] {
        // The line ends before the report is printed (both may go to the same terminal).
        ProgressLine progress(ImportCommand::tr("Importing %1…").arg(name));
        core::ExchangeImporter importer(db);
        return bytes.isEmpty() ? importer.importFile(options.file, options.dryRun, progress.callback())
                               : importer.importBytes(bytes, name, options.dryRun, progress.callback());
    }();
    const QJsonObject report{{QStringLiteral("format"), QStringLiteral("json")},
                             {QStringLiteral("dry_run"), options.dryRun},
                             {QStringLiteral("developments_added"), s.developmentsAdded},
                             {QStringLiteral("developments_updated"), s.developmentsUpdated},
                             {QStringLiteral("developments_unchanged"), s.developmentsUnchanged},
                             {QStringLiteral("obligations"), s.obligations},
                             {QStringLiteral("authorities"), s.authorities},
                             {QStringLiteral("topics"), s.topics},
                             {QStringLiteral("tags"), s.tags},
                             {QStringLiteral("companies"), s.companies},
                             {QStringLiteral("assessments"), s.assessments},
                             {QStringLiteral("assessments_unchanged"), s.assessmentsUnchanged},
                             {QStringLiteral("re_reviews"), s.reReviews}};
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int assessmentsFile(core::Database &db, const ImportCommandOptions &options, const core::CsvTable &table,
                    const core::CsvColumnMapping &mapping, QTextStream &out)
{
    const QString name = QFileInfo(options.file).fileName();
    core::AssessmentImport import(db);
    const core::AssessmentImportResult result
        = import.apply(import.rows(table, mapping, name), options.dryRun);
    if (options.json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), name},
                                         {QStringLiteral("format"), QStringLiteral("csv")},
                                         {QStringLiteral("content"), QStringLiteral("assessments")},
                                         {QStringLiteral("dry_run"), options.dryRun},
                                         {QStringLiteral("rows"), table.rows.size()},
                                         {QStringLiteral("updated"), result.updated},
                                         {QStringLiteral("unchanged"), result.unchanged}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << ImportCommand::tr("%1: %n assessment(s) updated", nullptr, result.updated).arg(name)
            << ImportCommand::tr(", %n unchanged", nullptr, result.unchanged)
            << (options.dryRun ? ImportCommand::tr(" (dry run: nothing was written)") : QString())
            << Qt::endl;
    }
    return 0;
}

} // namespace

int ImportCommand::run(core::Database &db, const ImportCommandOptions &options, QTextStream &out,
                       QTextStream &err)
{
    const std::optional<core::ImportFormat> requested = core::ImportService::formatFromKey(options.format);
    Q_ASSERT(requested); // checked by the caller
    const QString name = QFileInfo(options.file).fileName();
    core::ImportFormat format = requested.value_or(core::ImportFormat::Auto);
    // An exchange file in a regular file is read a piece at a time, whatever its size; everything else is
    // read once, bounded: a pipe cannot be read twice.
    if (!(options.allowPipe && isPipe(options.file))) {
        if (format == core::ImportFormat::Auto) {
            format
                = core::ImportService::detectFormat(options.file, core::InputFile::head(options.file, 512));
        }
        if (format == core::ImportFormat::Json) {
            return exchangeFile(db, options, {}, out);
        }
    }
    QByteArray bytes = core::InputFile::read(options.file, {options.allowPipe, options.pipeTimeoutSeconds});
    if (format == core::ImportFormat::Auto) {
        format = core::ImportService::detectFormat(
            options.file, QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 512)));
    }
    if (format == core::ImportFormat::Json) {
        return exchangeFile(db, options, bytes, out);
    }

    if (format == core::ImportFormat::Csv) {
        const core::DecodedText decoded = core::TextDecoding::decode(bytes, name);
        const core::CsvTable table = core::CsvReader::parse(decoded.text, name);
        const core::CsvColumnMapping mapping = core::CsvColumnMapping::guess(table.header);
        if (const QStringList problems = mapping.problems(); !problems.isEmpty()) {
            throw core::Error(core::Error::Code::InvalidInput, tr("%1: %2").arg(name, problems.join(u' ')));
        }
        if (mapping.content == core::CsvContent::Assessments) {
            return assessmentsFile(db, options, table, mapping, out);
        }
    }

    // Item by item: each is read, matched, written and reported, then let go.
    QJsonArray items;
    bool warned = false;
    const auto seen = [&](const core::ImportBatch &file, const core::ImportItem &item) {
        if (options.json) {
            items.append(itemJson(item));
            return;
        }
        if (!std::exchange(warned, true)) {
            for (const QString &warning : std::as_const(file.warnings)) {
                err << warning << Qt::endl;
            }
        }
        for (const QString &warning : item.warnings) {
            err << tr("%1, item %2 (line %3): %4").arg(name).arg(item.number).arg(item.line).arg(warning)
                << Qt::endl;
        }
    };
    const core::ImportRun run = core::ImportService(db).importEach(
        std::move(bytes), name, {format, options.source, options.year}, options.dryRun, seen);
    const core::ImportResult &result = run.result;
    // A file whose items were all left out (none written, none already in the database) is a failed import.
    const bool allLeftOut = run.items > 0 && result.added + result.updated + result.unchanged == 0;
    const int code = allLeftOut ? exitFailure : 0;

    if (options.json) {
        const QJsonObject report{
            {QStringLiteral("file"), name},
            {QStringLiteral("format"), core::ImportService::formatKey(run.file.format)},
            {QStringLiteral("source"), run.file.sourceName},
            {QStringLiteral("year"), run.file.year},
            {QStringLiteral("dry_run"), options.dryRun},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(run.file.warnings)},
            {QStringLiteral("items"), items},
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("added"), result.added},
                         {QStringLiteral("updated"), result.updated},
                         {QStringLiteral("unchanged"), result.unchanged},
                         {QStringLiteral("obligations"), result.obligations},
                         {QStringLiteral("re_reviews"), result.reReviews},
                         {QStringLiteral("authorities_added"), result.authorities},
                         {QStringLiteral("written"), !options.dryRun},
                         {QStringLiteral("uids"), QJsonArray::fromStringList(result.uids)}}},
        };
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return code;
    }
    if (!warned) { // warnings about a file without items
        for (const QString &warning : std::as_const(run.file.warnings)) {
            err << warning << Qt::endl;
        }
    }
    out << tr("%1: %n development(s) read", nullptr, run.items).arg(name) << u'\n'
        << tr("%n added", nullptr, result.added) << u'\n' << tr("%n updated", nullptr, result.updated)
        << u'\n' << tr("%n already in the database", nullptr, result.unchanged) << u'\n'
        << tr("%n candidate obligation(s) written", nullptr, result.obligations) << u'\n';
    if (result.reReviews > 0) {
        out << tr("%n assessment(s) marked for re-review", nullptr, result.reReviews) << u'\n';
    }
    if (result.authorities > 0) {
        out << tr("%n authority(ies) added from the catalogue", nullptr, result.authorities) << u'\n';
    }
    if (options.dryRun) {
        out << tr("Dry run: nothing was written.") << u'\n';
    }
    out << Qt::flush;
    if (allLeftOut) {
        err << tr("%1: nothing to write: each of its %n item(s) was left out (see the warnings).", nullptr,
                  run.items)
                   .arg(name)
            << Qt::endl;
    }
    return code;
}

int ImportCommand::verb(const QStringList &arguments)
{
    VerbLine line;
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("The file format: auto (by content), newsletter, html, pdf, email, rss, json or csv."),
        QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("The publication the items come from (default: the document's title, else the file name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  tr("The year of dates that give none (default: from the file)."),
                                  QStringLiteral("YYYY"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check everything, write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption allowPipe(QStringLiteral("allow-pipe"),
                                       tr("Read FILE even when it is a named pipe (FIFO), until its writer "
                                          "closes it."));
    const QCommandLineOption pipeTimeout(
        QStringLiteral("pipe-timeout"),
        tr("With --allow-pipe: give up when the pipe stays silent this many seconds (default: 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    line.parser.addOptions({format, source, year, dryRun, json, allowPipe, pipeTimeout});
    line.parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The newsletter (text, web page, PDF or e-mail), feed, CSV or exchange file to import."));
    if (const auto stop = line.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 1) {
        return fail(tr("%1 needs exactly one FILE.").arg(QStringLiteral("import")), exitUsage);
    }
    ImportCommandOptions options;
    options.file = positional.constFirst();
    options.format = line.parser.value(format).toLower();
    options.source = line.parser.value(source);
    options.dryRun = line.parser.isSet(dryRun);
    options.json = line.parser.isSet(json);
    options.allowPipe = line.parser.isSet(allowPipe);
    bool okTimeout = false;
    options.pipeTimeoutSeconds = line.parser.value(pipeTimeout).toInt(&okTimeout);
    if (!okTimeout || options.pipeTimeoutSeconds < 1 || options.pipeTimeoutSeconds > 3600) {
        return fail(tr("--pipe-timeout takes a number of seconds from 1 to 3600."), exitUsage);
    }
    if (!core::ImportService::formatFromKey(options.format)) {
        return fail(tr("--format takes auto, newsletter, html, pdf, email, rss, json or csv, not “%1”.")
                        .arg(options.format),
                    exitUsage);
    }
    if (line.parser.isSet(year)) {
        bool okYear = false;
        options.year = line.parser.value(year).toInt(&okYear);
        if (!okYear || options.year < 1949 || options.year > 2200) {
            return fail(tr("--year takes a year such as 2025."), exitUsage);
        }
    }
    // Into a database file that does not exist yet: made for the import, kept only when something is written.
    const auto importInto = [&] {
        return onDatabaseOrNew(
            line.databaseOrOwn(), [&](core::Database &db) { return run(db, options, out(), err()); },
            !options.dryRun);
    };
    if (!options.json) {
        return reportingErrors(importInto);
    }
    try {
        return importInto();
    } catch (const core::Error &error) {
        const bool input
            = error.code() == core::Error::Code::InvalidInput || error.code() == core::Error::Code::NotFound;
        return reportError(options, input ? QStringLiteral("unreadable_input") : QStringLiteral("database"),
                           error.message(), out());
    }
}

int ImportCommand::reportError(const ImportCommandOptions &options, const QString &code,
                               const QString &message, QTextStream &out)
{
    const QJsonObject report{
        {QStringLiteral("file"), QFileInfo(options.file).fileName()},
        {QStringLiteral("dry_run"), options.dryRun},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}},
    };
    out << QJsonDocument(report).toJson(QJsonDocument::Indented) << Qt::flush;
    return 1;
}

} // namespace rt::app
