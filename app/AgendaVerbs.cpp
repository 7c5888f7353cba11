// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaVerbs.h"

#include "AgendaModel.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "Digest.h"
#include "OutputFile.h"
#include "TextSearch.h"
#include "VerbSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rt::app {

using core::Database;

namespace {

// The options both verbs take: who, which company, and the day they are seen from.
struct Scope
{
    QCommandLineOption owner{QStringLiteral("owner"), AgendaVerbs::tr("Only the checklist rows NAME owns."),
                             QStringLiteral("NAME")};
    QCommandLineOption mine{
        QStringLiteral("mine"),
        AgendaVerbs::tr("Only your own checklist rows (the owner name in the preferences, "
                        "else your user name).")};
    QCommandLineOption company{QStringLiteral("company"),
                               AgendaVerbs::tr("Only what binds the company C (its id, uid or name)."),
                               QStringLiteral("C")};
    QCommandLineOption today{QStringLiteral("today"),
                             AgendaVerbs::tr("See it as on DATE (YYYY-MM-DD) instead of today."),
                             QStringLiteral("DATE")};

    QList<QCommandLineOption> options() const { return {owner, mine, company, today}; }

    // A usage error's exit code, or nothing when the options go together.
    std::optional<int> check(const QCommandLineParser &parser) const
    {
        if (parser.isSet(owner) && parser.isSet(mine)) {
            return fail(AgendaVerbs::tr("Give --owner NAME or --mine, not both."), exitUsage);
        }
        if (parser.isSet(today) && !QDate::fromString(parser.value(today), Qt::ISODate).isValid()) {
            return fail(
                AgendaVerbs::tr("--today takes a date as YYYY-MM-DD (got “%1”).").arg(parser.value(today)),
                exitUsage);
        }
        return std::nullopt;
    }
    QDate day(const QCommandLineParser &parser) const
    {
        return parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate)
                                   : QDate::currentDate();
    }
    QString ownerName(const QCommandLineParser &parser, const Database &db) const
    {
        return parser.isSet(mine) ? core::Agenda::currentUser(db) : parser.value(owner).trimmed();
    }
    // The company's id (0 for none asked); nothing, after saying so, when there is no such company.
    std::optional<qint64> companyId(const QCommandLineParser &parser, Database &db) const
    {
        if (!parser.isSet(company)) {
            return 0;
        }
        const qint64 id = core::CompanyRepository(db).find(parser.value(company));
        if (id == 0) {
            fail(AgendaVerbs::tr("There is no company “%1” (regtracker companies lists them).")
                     .arg(parser.value(company)));
            return std::nullopt;
        }
        return id;
    }
};

// "30d", "2w" or "30" as days; "all" as everything (-1). Nothing when it is none of these.
std::optional<int> days(const QString &text)
{
    if (text.trimmed().compare(QLatin1StringView("all"), Qt::CaseInsensitive) == 0) {
        return -1;
    }
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,4})\\s*([dDwW]?)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int count = match.captured(1).toInt();
    return match.captured(2).compare(QLatin1StringView("w"), Qt::CaseInsensitive) == 0 ? count * 7 : count;
}

QString periodKey(core::AgendaPeriod period)
{
    switch (period) {
    case core::AgendaPeriod::Overdue:
        return QStringLiteral("overdue");
    case core::AgendaPeriod::Today:
        return QStringLiteral("today");
    case core::AgendaPeriod::ThisWeek:
        return QStringLiteral("this_week");
    case core::AgendaPeriod::NextWeek:
        return QStringLiteral("next_week");
    case core::AgendaPeriod::Later:
        return QStringLiteral("later");
    }
    return {};
}

QString kindKey(core::AgendaKind kind)
{
    switch (kind) {
    case core::AgendaKind::Due:
        return QStringLiteral("due");
    case core::AgendaKind::CommentDeadline:
        return QStringLiteral("comment_deadline");
    case core::AgendaKind::Effective:
        return QStringLiteral("effective");
    case core::AgendaKind::ObligationEffective:
        return QStringLiteral("obligation_effective");
    }
    return {};
}

QJsonObject bilingual(const core::BilingualText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("zh"), text.zh}};
}

QJsonObject itemJson(const core::AgendaItem &item, const QDate &today)
{
    QJsonObject json{{QStringLiteral("uid"), item.uid()},
                     {QStringLiteral("kind"), kindKey(item.kind)},
                     {QStringLiteral("date"), item.date.toString(Qt::ISODate)},
                     {QStringLiteral("days"), qint64(today.daysTo(item.date))},
                     {QStringLiteral("development"),
                      QJsonObject{{QStringLiteral("uid"), item.developmentUid},
                                  {QStringLiteral("title"), bilingual(item.development)}}}};
    if (item.kind == core::AgendaKind::Due || item.kind == core::AgendaKind::ObligationEffective) {
        json.insert(QStringLiteral("obligation"),
                    QJsonObject{{QStringLiteral("uid"), item.obligationUid},
                                {QStringLiteral("text"), bilingual(item.obligation)}});
    }
    if (item.kind == core::AgendaKind::Due) {
        json.insert(QStringLiteral("company"),
                    QJsonObject{{QStringLiteral("uid"), item.row.assessment.companyUid},
                                {QStringLiteral("name"), bilingual(item.company)}});
        json.insert(QStringLiteral("owner"), item.owner());
        json.insert(QStringLiteral("status"), core::Vocabulary::key(item.row.assessment.status));
        json.insert(QStringLiteral("overdue"), item.isOverdue(today));
    } else {
        QJsonArray companies;
        for (const core::AgendaCompany &company : item.companies) {
            companies.append(QJsonObject{{QStringLiteral("uid"), company.uid},
                                         {QStringLiteral("name"), bilingual(company.name)}});
        }
        json.insert(QStringLiteral("companies"), companies);
    }
    return json;
}

void printAgenda(const core::AgendaModel &model, core::Language language, bool json)
{
    const QDate today = model.today();
    if (json) {
        QJsonArray periods;
        for (core::AgendaPeriod period : model.periods()) {
            QJsonArray items;
            for (const core::AgendaItem &item : model.itemsIn(period)) {
                items.append(itemJson(item, today));
            }
            periods.append(QJsonObject{{QStringLiteral("period"), periodKey(period)},
                                       {QStringLiteral("title"), model.groupTitle(period)},
                                       {QStringLiteral("items"), items}});
        }
        const QJsonObject document{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                                   {QStringLiteral("me"), model.me()},
                                   {QStringLiteral("overdue"), model.overdueCount()},
                                   {QStringLiteral("periods"), periods}};
        out() << QJsonDocument(document).toJson(QJsonDocument::Indented) << Qt::flush;
        return;
    }
    if (model.itemCount() == 0) {
        err() << AgendaVerbs::tr("Nothing is due or overdue, and nothing is dated ahead within the horizon.")
              << Qt::endl;
        return;
    }
    bool first = true;
    for (core::AgendaPeriod period : model.periods()) {
        out() << (first ? "" : "\n") << model.groupTitle(period) << '\n';
        first = false;
        for (const core::AgendaItem &item : model.itemsIn(period)) {
            const bool row = item.kind == core::AgendaKind::Due;
            out() << item.date.toString(Qt::ISODate) << '\t' << core::Agenda::kindLabel(item.kind) << '\t'
                  << core::Agenda::companyNames(item, language) << '\t' << (row ? item.owner() : QString())
                  << '\t' << (row ? core::Vocabulary::label(item.row.assessment.status) : QString()) << '\t'
                  << item.title().preferring(language) << '\n';
        }
    }
    out() << Qt::flush;
}

} // namespace

int AgendaVerbs::due(const QStringList &arguments)
{
    VerbLine line;
    const Scope scope;
    const QCommandLineOption within(QStringLiteral("within"),
                                    tr("How far ahead: N days (30d), N weeks (2w), or all. Overdue rows are "
                                       "always listed."),
                                    QStringLiteral("PERIOD"), QStringLiteral("30d"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    line.parser.addOptions(scope.options() + QList<QCommandLineOption>{within, json});
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    if (const auto stop = scope.check(line.parser)) {
        return *stop;
    }
    const auto horizon = days(line.parser.value(within));
    if (!horizon) {
        return fail(tr("--within takes a number of days (30d), weeks (2w) or all (got “%1”).")
                        .arg(line.parser.value(within)),
                    exitUsage);
    }
    return withDatabase(line, [&](Database &db) {
        const auto company = scope.companyId(line.parser, db);
        if (!company) {
            return exitFailure;
        }
        const auto search = core::TextSearch::forDatabase(db);
        core::AgendaModel model(db, search.get());
        model.setLanguage(line.contentLanguage());
        model.setToday(scope.day(line.parser));
        model.setHorizon(*horizon);
        model.setCompany(*company);
        model.setOwner(scope.ownerName(line.parser, db));
        printAgenda(model, line.contentLanguage(), line.parser.isSet(json));
        return 0;
    });
}

int AgendaVerbs::digest(const QStringList &arguments)
{
    VerbLine line;
    const Scope scope;
    const QCommandLineOption since(
        QStringLiteral("since"),
        tr("The period the digest covers, back from today: N days (7d) or weeks (1w)."),
        QStringLiteral("PERIOD"), QStringLiteral("7d"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("html, md or json (default: by the suffix of --out)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     tr("Where to write the digest (- for standard output)."),
                                     QStringLiteral("FILE"));
    line.parser.addOptions(scope.options() + QList<QCommandLineOption>{since, format, outFile});
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    if (const auto stop = scope.check(line.parser)) {
        return *stop;
    }
    if (!line.parser.isSet(outFile)) {
        return fail(tr("digest needs --out FILE (- for standard output)."), exitUsage);
    }
    const QString target = line.parser.value(outFile);
    QString kind = line.parser.value(format).toLower();
    if (kind.isEmpty()) {
        kind = QFileInfo(target).suffix().toLower();
    }
    if (kind == QLatin1StringView("markdown")) {
        kind = QStringLiteral("md");
    } else if (kind == QLatin1StringView("htm")) {
        kind = QStringLiteral("html");
    }
    if (kind != QLatin1StringView("html") && kind != QLatin1StringView("md")
        && kind != QLatin1StringView("json")) {
        return fail(tr("--format takes html, md or json."), exitUsage);
    }
    const auto period = days(line.parser.value(since));
    if (!period || *period < 1) {
        return fail(
            tr("--since takes a number of days (7d) or weeks (1w) (got “%1”).").arg(line.parser.value(since)),
            exitUsage);
    }
    return withDatabase(line, [&](Database &db) {
        if (const auto problem = OutputFile::problem(target, db.path())) {
            return fail(*problem);
        }
        const auto company = scope.companyId(line.parser, db);
        if (!company) {
            return exitFailure;
        }
        core::DigestOptions options;
        options.today = scope.day(line.parser);
        options.days = *period;
        options.owner = scope.ownerName(line.parser, db);
        options.company = *company;
        const core::Digest digest = core::Digest::collect(db, options);
        const core::Language language = line.contentLanguage();
        OutputFile::write(target,
                          kind == QLatin1StringView("json")     ? digest.toJson()
                              : kind == QLatin1StringView("md") ? digest.toMarkdown(language).toUtf8()
                                                                : digest.toHtmlPage(language).toUtf8());
        return 0;
    });
}

} // namespace rt::app
