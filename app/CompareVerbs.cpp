// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareVerbs.h"

#include "Database.h"
#include "Error.h"
#include "RedlineHtml.h"
#include "RedlineJson.h"
#include "RedlinePdf.h"
#include "RedlineText.h"
#include "ReferenceNames.h"
#include "VerbSupport.h"
#include "VersionHistory.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace rt::app {

using core::Database;
using core::ObligationChange;

namespace {

struct CompareOptions
{
    QCommandLineOption json{QStringLiteral("json"), CompareVerbs::tr("Print the comparison as JSON.")};
    QCommandLineOption html{QStringLiteral("html"),
                            CompareVerbs::tr("Write the redline as an HTML page to FILE."),
                            QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"), CompareVerbs::tr("Write the redline as a PDF to FILE."),
                           QStringLiteral("FILE")};
    QCommandLineOption inlined{
        QStringLiteral("inline"),
        CompareVerbs::tr("In the HTML and PDF, one text with the deletions struck "
                         "through and the insertions underlined, instead of the versions "
                         "side by side.")};
    QCommandLineOption content{
        QStringLiteral("content"),
        CompareVerbs::tr("The languages of the HTML and PDF: en, zh or both (default)."),
        QStringLiteral("en|zh|both"), QStringLiteral("both")};
    QCommandLineOption onlyChanges{QStringLiteral("only-changes"),
                                   CompareVerbs::tr("Leave out the obligations that did not change.")};
};

// The two versions the positional arguments name: A and B, or A and the version it replaces or that replaces
// it, or A as it was at a moment (A@TIME) and A now.
std::pair<core::Development, core::Development> versionsNamed(Database &db, const QStringList &positional)
{
    core::VersionHistory history(db);
    const core::Development first = history.resolve(positional.at(0));
    if (positional.size() == 2) {
        return {first, history.resolve(positional.at(1))};
    }
    if (positional.at(0).contains(u'@')) {
        return {first, history.load(first.id)};
    }
    return history.versionsAround(first);
}

void printSummary(const core::Redline &redline, const QList<core::CompanyImpact> &companies,
                  const core::ReferenceNames &names, core::Language language)
{
    using core::RedlineText;
    QTextStream &o = out();
    o << CompareVerbs::tr("%1 (%2) → %3 (%4)")
             .arg(redline.earlier.uid, RedlineText::versionName(redline.earlier), redline.later.uid,
                  RedlineText::versionName(redline.later))
      << '\n'
      << CompareVerbs::tr("The %1 text prevails.").arg(RedlineText::languageName(redline.prevailing()))
      << '\n';
    for (const core::FactChange &f : redline.facts) {
        o << RedlineText::factSentence(f, names, language) << '\n';
    }
    for (const core::PenaltyChange &p : redline.penalties) {
        const QString none = CompareVerbs::tr("none");
        o << CompareVerbs::tr("%1: %2 → %3")
                 .arg(RedlineText::fieldLabel(QStringLiteral("penalties")),
                      p.earlier ? RedlineText::penaltyValue(*p.earlier, language) : none,
                      p.later ? RedlineText::penaltyValue(*p.later, language) : none)
          << '\n';
    }
    for (const core::TextChange &t : redline.texts) {
        if (t.changed()) {
            o << CompareVerbs::tr("%1: reworded").arg(RedlineText::fieldLabel(t.field)) << '\n';
        }
    }
    o << CompareVerbs::tr("Obligations: %1 added, %2 removed, %3 changed, %4 unchanged")
             .arg(redline.count(ObligationChange::Kind::Added))
             .arg(redline.count(ObligationChange::Kind::Removed))
             .arg(redline.count(ObligationChange::Kind::Changed))
             .arg(redline.count(ObligationChange::Kind::Unchanged))
      << '\n';
    for (const ObligationChange &c : redline.obligations) {
        if (c.kind == ObligationChange::Kind::Unchanged) {
            continue;
        }
        o << QStringLiteral("  [%1] %2\n")
                 .arg(RedlineText::changeLabel(c.kind), RedlineText::numberedText(c, language));
        for (const QString &note : RedlineText::obligationNotes(c, names, language)) {
            o << QStringLiteral("      ") << note << '\n';
        }
    }
    for (const core::CompanyImpact &company : companies) {
        o << CompareVerbs::tr("%1: %n row(s) flagged for re-review", nullptr, company.flagged())
                 .arg(company.company.name.preferring(language))
          << '\n';
        for (const core::AffectedRow &row : company.rows) {
            const ObligationChange &c = redline.obligations.at(row.change);
            o << QStringLiteral("  %1 · %2 (%3)\n")
                     .arg(RedlineText::effectLabel(row, c), RedlineText::obligationNumber(c),
                          RedlineText::assessmentLine(row.assessment));
            if (const QString why = RedlineText::flaggedBy(row, c, names, language); !why.isEmpty()) {
                o << QStringLiteral("      ") << why << '\n';
            }
        }
    }
    o << Qt::flush;
}

void writeHtml(const QString &html, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        throw core::Error(core::Error::Code::Failed,
                          CompareVerbs::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace

int CompareVerbs::compare(const QStringList &arguments)
{
    VerbLine line;
    const CompareOptions options;
    line.parser.addOptions(
        {options.json, options.html, options.pdf, options.inlined, options.content, options.onlyChanges});
    line.parser.addPositionalArgument(
        QStringLiteral("A"), tr("A development (its id or number); A@2025-10-20T08:15 is A as it was then."));
    line.parser.addPositionalArgument(
        QStringLiteral("[B]"),
        tr("The later version (default: the version A replaces or that replaces A; for "
           "A@TIME, A as it is now)."));
    if (const auto stop = line.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        return fail(tr("compare needs one or two developments: A, or A and B."), exitUsage);
    }
    const QString content = line.parser.value(options.content);
    if (content != QLatin1StringView("en") && content != QLatin1StringView("zh")
        && content != QLatin1StringView("both")) {
        return fail(tr("--content takes en, zh or both."), exitUsage);
    }
    return withDatabase(line, [&](Database &db) {
        const auto [earlier, later] = versionsNamed(db, positional);
        const core::Redline redline = core::Redline::compare(earlier, later);
        const QList<core::CompanyImpact> companies = core::RedlineImpact::of(db, redline);
        core::ReferenceNames names;
        names.load(db);
        const core::Language language = line.contentLanguage();
        core::RedlineHtmlOptions html;
        html.sideBySide = !line.parser.isSet(options.inlined);
        html.english = content != QLatin1StringView("zh");
        html.chinese = content != QLatin1StringView("en");
        html.onlyChanges = line.parser.isSet(options.onlyChanges);
        html.companies = true;
        html.names = language;
        if (line.parser.isSet(options.html)) {
            core::RedlineHtmlOptions document = html;
            document.document = true;
            writeHtml(core::RedlineHtml::write(redline, companies, names, document),
                      line.parser.value(options.html));
        }
        if (line.parser.isSet(options.pdf)) {
            reports::RedlinePdf::write(redline, companies, names, html, line.parser.value(options.pdf));
        }
        if (line.parser.isSet(options.json)) {
            out() << QJsonDocument(core::RedlineJson::write(redline, companies, names, language))
                         .toJson(QJsonDocument::Indented)
                  << Qt::flush;
        } else if (!line.parser.isSet(options.html) && !line.parser.isSet(options.pdf)) {
            printSummary(redline, companies, names, language);
        }
        return 0;
    });
}

} // namespace rt::app
