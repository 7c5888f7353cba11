// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryVerbs.h"

#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "DevelopmentTableModel.h"
#include "ExchangeFormat.h"
#include "TextSearch.h"
#include "VerbSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rt::app {

using core::Database;

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), LibraryVerbs::tr("Print JSON.")};
}

void listDevelopments(Database &db, bool json)
{
    // One development at a time, so listing a large database does not hold it all in memory.
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
}

QJsonObject resultJson(const QModelIndex &index, int rank)
{
    using Model = core::DevelopmentTableModel;
    return QJsonObject{
        {QStringLiteral("rank"), rank},
        {QStringLiteral("id"), index.data(Model::IdRole).toLongLong()},
        {QStringLiteral("uid"), index.data(Model::UidRole).toString()},
        {QStringLiteral("announced"), index.data(Model::AnnouncedRole).toDate().toString(Qt::ISODate)},
        {QStringLiteral("authorities"),
         QJsonArray::fromStringList(index.data(Model::AuthorityCodesRole).toStringList())},
        {QStringLiteral("title"),
         QJsonObject{{QStringLiteral("en"), index.data(Model::TitleEnRole).toString()},
                     {QStringLiteral("zh"), index.data(Model::TitleZhRole).toString()}}}};
}

void printResults(Database &db, const QString &text, int limit, bool json)
{
    using Model = core::DevelopmentTableModel;
    const auto search = core::TextSearch::forDatabase(db);
    Model model(db, *search);
    core::DevelopmentFilter filter;
    filter.text = text;
    model.setFilter(filter);
    while (model.rowCount() < qMin(limit, model.totalCount()) && model.canFetchMore({})) {
        model.fetchMore({});
    }
    const int shown = qMin(limit, model.rowCount());
    if (!json) {
        const core::SearchQuery query = search->query(text);
        err() << LibraryVerbs::tr("Searched for: %1").arg(query.alternatives().join(QStringLiteral("; ")))
              << Qt::endl;
        if (!query.relatedTerms().isEmpty()) {
            err() << LibraryVerbs::tr("Related terms, ranked after the exact matches: %1")
                         .arg(query.relatedTerms().join(QStringLiteral("; ")))
                  << Qt::endl;
        }
    }
    QJsonArray results;
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = model.index(row, 0);
        if (json) {
            results.append(resultJson(index, row + 1));
            continue;
        }
        out() << row + 1 << '\t' << index.data(Model::AnnouncedRole).toDate().toString(Qt::ISODate) << '\t'
              << index.data(Model::AuthorityCodesRole).toStringList().join(u',') << '\t'
              << index.data(Model::TitleEnRole).toString() << '\t'
              << index.data(Model::TitleZhRole).toString() << '\n';
    }
    if (json) {
        out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << '\n';
    } else if (model.totalCount() > shown) {
        err() << LibraryVerbs::tr("%1 of %2 matches shown (--limit).").arg(shown).arg(model.totalCount())
              << '\n';
    }
    out() << Qt::flush;
    err() << Qt::flush;
}

void printCompanies(Database &db, bool json)
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
                  << LibraryVerbs::tr("%1/%2 done").arg(done).arg(applicable) << '\t'
                  << LibraryVerbs::tr("%1 overdue").arg(overdue) << '\t' << company.name.en << '\t'
                  << company.name.zh << '\n';
        }
    }
    if (json) {
        out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    }
    out() << Qt::flush;
}

// A verb whose only option is --json: prints through print.
int printWithJsonOption(const QStringList &arguments, void (*print)(Database &db, bool json))
{
    VerbLine line;
    const QCommandLineOption json = jsonOption();
    line.parser.addOption(json);
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    return withDatabase(line, [&](Database &db) {
        print(db, line.parser.isSet(json));
        return 0;
    });
}

} // namespace

int LibraryVerbs::stats(const QStringList &arguments)
{
    VerbLine line;
    if (const auto stop = line.parseOptionsOnly(arguments)) {
        return *stop;
    }
    return withDatabase(line, [](Database &db) {
        out() << QJsonDocument(countsJson(db)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    });
}

int LibraryVerbs::list(const QStringList &arguments)
{
    return printWithJsonOption(arguments, &listDevelopments);
}

int LibraryVerbs::search(const QStringList &arguments)
{
    VerbLine line;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N results."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    line.parser.addOptions({json, limit});
    line.parser.addPositionalArgument(QStringLiteral("TEXT"), tr("What to search for."));
    if (const auto stop = line.parse(arguments)) {
        return *stop;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty()) {
        return fail(tr("search needs the TEXT to search for (quote it when it has spaces)."), exitUsage);
    }
    bool okLimit = false;
    const int most = line.parser.value(limit).toInt(&okLimit);
    if (!okLimit || most < 1) {
        return fail(tr("--limit takes a whole number of at least 1."), exitUsage);
    }
    return withDatabase(line, [&](Database &db) {
        printResults(db, positional.constFirst(), most, line.parser.isSet(json));
        return 0;
    });
}

int LibraryVerbs::companies(const QStringList &arguments)
{
    return printWithJsonOption(arguments, &printCompanies);
}

} // namespace rt::app
