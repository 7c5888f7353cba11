// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What is due across all companies: the open checklist rows by due date, the comment deadlines of drafts for
// comments, and the dates on which developments and obligations take effect, read straight from the database
// for a day, a horizon and the filters the agenda view, the `due` command and the reminders share. Also the
// rules those places agree on: which period a date falls in (weeks start as the interface locale says), who
// "mine" is, and the names of kinds and periods.

#include "AgendaItem.h"
#include "DevelopmentFilter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantList>

#include <utility>

namespace rt::core {

class Database;
class TextSearch;

struct AgendaQuery
{
    QDate today;
    int horizonDays = 30; // what lies ahead up to today + horizonDays; negative: everything ahead
    AgendaKinds kinds = allAgendaKinds;
    qint64 company = 0; // 0: every company; otherwise rows of that company and dates that bind it
    // Empty: everybody's. Otherwise only rows this person owns (case does not matter); dates that are
    // nobody's row (comment deadlines, effective dates) are left out.
    QString owner;
    DevelopmentFilter filter; // the shared filter: only items of developments it lets through

    friend bool operator==(const AgendaQuery &, const AgendaQuery &) = default;
};

class Agenda final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::Agenda)
public:
    // Every item the query asks for, soonest first: overdue rows (any age), then everything dated from today
    // to the horizon. Rows count while they bind the company, are not Done and have a due date. search reads
    // the filter's text; null: the text is ignored. Throws Error when the database fails.
    static QList<AgendaItem> load(Database &db, const TextSearch *search, const AgendaQuery &query);
    // The checklist rows (Due items dated by their due date, which may be missing) that bind their company
    // (company: only that one; 0: any) and meet condition, SQL over assessments s, obligations o,
    // developments d and companies c with positional bindings. By due date, then company.
    static QList<AgendaItem> rows(Database &db, const QString &condition, const QVariantList &bindings,
                                  qint64 company = 0);

    static AgendaPeriod periodOf(const QDate &date, const QDate &today, Qt::DayOfWeek firstDayOfWeek);
    // The first and last day of a period (Overdue: invalid start, yesterday; Later: the Monday (or Sunday)
    // after next week, invalid end).
    static std::pair<QDate, QDate> periodRange(AgendaPeriod period, const QDate &today,
                                               Qt::DayOfWeek firstDayOfWeek);
    // Weeks start on Monday in Chinese; in English the user's own English locale decides (Sunday in the
    // United States, Monday in Britain), else the interface locale.
    static Qt::DayOfWeek firstDayOfWeek(const QLocale &interface = QLocale(),
                                        const QLocale &system = QLocale::system());

    // Who "mine" means: the name set in the preferences, else the database's user (the operating-system user
    // for a file, the database user on a team server).
    static QString currentUser(const Database &db);
    // Everybody who owns a checklist row, by name.
    static QStringList owners(Database &db);
    static bool sameOwner(const QString &owner, const QString &person);

    static QString periodTitle(AgendaPeriod period);
    static QString kindLabel(AgendaKind kind);
    // "today", "tomorrow", "in 3 days", "2 days overdue": how far a date is from today.
    static QString distance(const QDate &date, const QDate &today);
    // The companies of an item in one line, in the language given.
    static QString companyNames(const AgendaItem &item, Language language);
};

} // namespace rt::core
