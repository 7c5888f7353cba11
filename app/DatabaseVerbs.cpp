// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseVerbs.h"

#include "Database.h"
#include "DatabaseLocation.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "OutputFile.h"
#include "ProgressLine.h"
#include "SyntheticData.h"
#include "VerbSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rt::app {

using core::Database;
using core::DatabaseLocation;

namespace {

// Reads --developments, --companies and --seed; a usage error's message when they are not whole numbers.
std::optional<QString> readOptions(const QCommandLineParser &parser, core::SyntheticDataOptions &options)
{
    if (!parser.isSet(QStringLiteral("developments")) || !parser.isSet(QStringLiteral("companies"))) {
        return DatabaseVerbs::tr("generate needs --developments N and --companies M.");
    }
    bool okDevelopments = false;
    bool okCompanies = false;
    bool okSeed = false;
    options.developments = parser.value(QStringLiteral("developments")).toInt(&okDevelopments);
    options.companies = parser.value(QStringLiteral("companies")).toInt(&okCompanies);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okDevelopments || !okCompanies || !okSeed || options.developments < 0 || options.companies < 0) {
        return DatabaseVerbs::tr("--developments, --companies and --seed take whole numbers of at least 0.");
    }
    return std::nullopt;
}

int generateInto(const QString &dbPath, const core::SyntheticDataOptions &options)
{
    // Generating is all or nothing; a database file made just for it is kept only when it succeeds.
    return onDatabaseOrNew(dbPath, [&options](Database &db) {
        QElapsedTimer timer;
        timer.start();
        int lastTenth = -1;
        core::SyntheticData::generate(db, options, [&](int done, int total) {
            const int tenth = total > 0 ? done * 10 / total : 10;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err() << DatabaseVerbs::tr("Generating… %1%").arg(tenth * 10) << Qt::endl;
            }
            return true;
        });
        err() << DatabaseVerbs::tr("Generated %1 developments and %2 companies in %3 s.")
                     .arg(options.developments)
                     .arg(options.companies)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
        out() << QJsonDocument(countsJson(db)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    });
}

int writeExchangeFile(Database &db, const QString &file)
{
    if (const auto problem = OutputFile::problem(file, db.path())) {
        return fail(*problem);
    }
    ProgressLine progress(DatabaseVerbs::tr("Exporting to %1…").arg(QFileInfo(file).fileName()));
    OutputFile::write(file,
                      [&](QIODevice &device) { core::exportDatabase(db, device, progress.callback()); });
    return 0;
}

} // namespace

int DatabaseVerbs::init(const QStringList &arguments)
{
    VerbLine line;
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Fill the new database with the demo data."));
    line.parser.addOption(demo);
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    const QString dbPath = line.database();
    if (dbPath.isEmpty()) {
        return fail(tr("init needs --db PATH."), exitUsage);
    }
    if (QFile::exists(dbPath)) {
        return fail(tr("%1 already exists; init only creates new databases.").arg(dbPath));
    }
    return reportingErrors([&] {
        const auto content
            = line.parser.isSet(demo) ? DatabaseLocation::Content::Demo : DatabaseLocation::Content::Empty;
        std::unique_ptr<Database> db;
        if (core::DatabaseAddress::looksLikeUrl(dbPath)) {
            db = DatabaseLocation::open(dbPath, true);
            if (!db->isNew()) { // a team database that had tables already
                return fail(
                    tr("%1 already holds a database; init only creates new databases.").arg(db->path()));
            }
            if (content == DatabaseLocation::Content::Demo) {
                DatabaseLocation::loadDemoData(*db);
            }
        } else {
            db = DatabaseLocation::create(dbPath, content);
        }
        out() << QJsonDocument(countsJson(*db)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    });
}

int DatabaseVerbs::generate(const QStringList &arguments)
{
    VerbLine line;
    line.parser.addOptions(
        {{QStringLiteral("developments"), tr("Number of developments to add."), QStringLiteral("N")},
         {QStringLiteral("companies"), tr("Number of companies to add."), QStringLiteral("M")},
         {QStringLiteral("seed"), tr("Random seed (the same seed gives the same data)."), QStringLiteral("S"),
          QStringLiteral("1")}});
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    core::SyntheticDataOptions options;
    if (const auto problem = readOptions(line.parser, options)) {
        return fail(*problem, exitUsage);
    }
    return reportingErrors([&] { return generateInto(line.database(), options); });
}

int DatabaseVerbs::exportFile(const QStringList &arguments)
{
    VerbLine line;
    line.parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write the exchange file."));
    if (const auto stop = line.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 1) {
        return fail(tr("%1 needs exactly one FILE.").arg(QStringLiteral("export")), exitUsage);
    }
    return reportingErrors([&] {
        auto db = DatabaseLocation::open(line.databaseOrOwn(), false);
        return writeExchangeFile(*db, positional.constFirst());
    });
}

} // namespace rt::app
