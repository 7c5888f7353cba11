// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerbSupport.h"

#include "CommandLine.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "Settings.h"
#include "Statistics.h"
#include "Translations.h"

#include <QFile>

namespace rt::app {

namespace {

QTextStream &utf8(QTextStream &stream)
{
    stream.setEncoding(QStringConverter::Utf8);
    return stream;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    static QTextStream &encoded = utf8(stream);
    return encoded;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    static QTextStream &encoded = utf8(stream);
    return encoded;
}

int fail(const QString &message, int code)
{
    err() << QStringLiteral("regtracker: ") << message << Qt::endl;
    return code;
}

namespace {

// An argument that starts with one dash and is meant as text (a search for "-data", a file named "-x") is
// read as a row of one-letter options: say how to give it. Empty when no argument looks like that.
QString leadingDashHint(const QStringList &arguments)
{
    const int end = int(arguments.indexOf(QStringLiteral("--")));
    for (const QString &argument : arguments.mid(2, end < 0 ? -1 : end - 2)) {
        if (argument.size() > 2 && argument.startsWith(u'-') && argument.at(1) != u'-') {
            return u' '
                + CommandLine::tr(
                      "To give “%1” as text rather than options, put -- before it: regtracker %2 -- %1")
                      .arg(argument, arguments.value(1));
        }
    }
    return {};
}

} // namespace

VerbLine::VerbLine()
    : m_db(QStringLiteral("db"),
           CommandLine::tr("Use the database file PATH (or a postgresql:// address) instead of your own."),
           QStringLiteral("PATH"))
    , m_lang(QStringLiteral("lang"), CommandLine::tr("Interface language: en, zh_CN, zh_TW or zh_HK."),
             QStringLiteral("LANG"))
{
    parser.setApplicationDescription(CommandLine::tr("RegTracker tracks regulatory developments and the "
                                                     "obligations they create, per company."));
    parser.addOption(m_db);
    parser.addOption(m_lang);
    parser.addHelpOption();
}

VerbLine::~VerbLine() = default;

std::optional<int> VerbLine::parse(const QStringList &arguments)
{
    // arguments[0] is the program, [1] the verb: parse the rest as if the verb were the program.
    if (!parser.parse(arguments.mid(1))) {
        return fail(parser.errorText() + leadingDashHint(arguments), exitUsage);
    }
    if (parser.isSet(m_lang) && core::Translations::normalize(parser.value(m_lang)).isEmpty()) {
        return fail(CommandLine::tr("Unknown language “%1” (use en, zh_CN, zh_TW or zh_HK).")
                        .arg(parser.value(m_lang)),
                    exitUsage);
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // The usage names the verb ("regtracker import"), not the path the program was started from.
        QString text = parser.helpText();
        const QString verb = arguments.value(1);
        text.replace(arguments.value(0),
                     verb.isEmpty() ? QStringLiteral("regtracker") : QStringLiteral("regtracker ") + verb);
        out() << text;
        return 0;
    }
    m_translations = std::make_unique<core::Translations>();
    m_translations->install(parser.isSet(m_lang) ? parser.value(m_lang)
                                                 : core::Translations::systemLanguage());
    return std::nullopt;
}

std::optional<int> VerbLine::parseOptionsOnly(const QStringList &arguments)
{
    if (const auto stop = parse(arguments)) {
        return stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            CommandLine::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()),
            exitUsage);
    }
    return std::nullopt;
}

core::Language VerbLine::contentLanguage() const
{
    return m_translations && core::Translations::isChinese(m_translations->current())
        ? core::Language::Chinese
        : core::Language::English;
}

QJsonObject countsJson(core::Database &db)
{
    const core::RecordCounts counts = core::countRecords(db);
    return QJsonObject{{QStringLiteral("developments"), counts.developments},
                       {QStringLiteral("authorities"), counts.authorities},
                       {QStringLiteral("obligations"), counts.obligations},
                       {QStringLiteral("companies"), counts.companies},
                       {QStringLiteral("assessments"), counts.assessments}};
}

} // namespace rt::app

namespace rt::app {

int reportingErrors(const std::function<int()> &work)
{
    try {
        return work();
    } catch (const core::Error &error) {
        return fail(error.message());
    }
}

QString VerbLine::databaseOrOwn() const
{
    if (!database().isEmpty()) {
        return database();
    }
    // The database file the window last opened; the default one's place otherwise.
    for (const QString &recent : core::Settings().recentDatabases()) {
        if (!core::DatabaseAddress::looksLikeUrl(recent) && QFile::exists(recent)) {
            return recent;
        }
    }
    return {};
}

int onDatabaseOrNew(const QString &path, const std::function<int(core::Database &db)> &work, bool keep)
{
    if (path.isEmpty() || core::DatabaseAddress::looksLikeUrl(path) || QFile::exists(path)) {
        auto db = core::DatabaseLocation::open(path, core::DatabaseAddress::looksLikeUrl(path));
        return work(*db);
    }
    int code = exitFailure;
    core::DatabaseLocation::createIf(path, [&](core::Database &db) {
        code = work(db);
        return code == 0 && keep;
    });
    return code;
}

int withDatabase(const VerbLine &line, const std::function<int(core::Database &db)> &work)
{
    return reportingErrors([&] {
        auto db = core::DatabaseLocation::open(line.databaseOrOwn());
        return work(*db);
    });
}

} // namespace rt::app
