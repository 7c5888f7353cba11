// SPDX-License-Identifier: GPL-3.0-or-later
#include "Agenda.h"

#include "Applicability.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentQuery.h"
#include "Settings.h"
#include "TextSearch.h"

#include <QHash>

#include <algorithm>

namespace rt::core {

namespace {

// What every query of one load shares: the day range and the conditions of the shared filter and the
// company, appended to a WHERE clause of the caller's own.
struct Conditions
{
    QString today;
    QString until;
    QString filter; // " AND …" over developments (alias d), or empty
    QVariantList filterBindings;
};

Conditions conditions(const TextSearch *search, const AgendaQuery &query)
{
    Conditions c;
    c.today = query.today.toString(Qt::ISODate);
    c.until = query.horizonDays < 0 ? QStringLiteral("9999-12-31")
                                    : query.today.addDays(query.horizonDays).toString(Qt::ISODate);
    DevelopmentFilter filter = query.filter;
    const SubstringSearch substrings; // stands in when no search is given: the text is cleared
    if (!search) {
        filter.text.clear();
    }
    if (!filter.isEmpty()) {
        const SqlCondition where = whereClause(filter, search ? *search : substrings, Facet::None);
        if (!where.where.isEmpty()) {
            c.filter = QStringLiteral(" AND ") + where.where.mid(int(QStringLiteral("WHERE ").size()));
            c.filterBindings = where.bindings;
        }
    }
    return c;
}

BilingualText text(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString()};
}

// The open rows due up to the horizon (overdue ones whatever their age).
void loadRows(Database &db, const AgendaQuery &query, const Conditions &c, QList<AgendaItem> &items)
{
    for (AgendaItem &item : Agenda::rows(
             db, QStringLiteral("s.due_on IS NOT NULL AND s.status <> 'done' AND s.due_on <= ?") + c.filter,
             QVariantList{c.until} + c.filterBindings, query.company)) {
        if (query.owner.isEmpty() || Agenda::sameOwner(item.owner(), query.owner)) {
            items.append(std::move(item));
        }
    }
}

// Comment deadlines of drafts and effective dates of developments from today to the horizon.
void loadDevelopmentDates(Database &db, AgendaKind kind, const AgendaQuery &query, const Conditions &c,
                          QList<AgendaItem> &items)
{
    const QString column = kind == AgendaKind::CommentDeadline ? QStringLiteral("d.comment_deadline")
                                                               : QStringLiteral("d.effective_on");
    QString where = QStringLiteral("%1 >= ? AND %1 <= ?").arg(column);
    if (kind == AgendaKind::CommentDeadline) {
        where += QStringLiteral(" AND d.stage = 'draft_for_comments'"); // the consultation is still open
    }
    if (query.company != 0) {
        where += QStringLiteral(" AND ") + bindsCompany(query.company);
    }
    QSqlQuery &q
        = db.exec(QStringLiteral("SELECT d.id, d.uid, d.title_en, d.title_zh, %1 FROM developments d "
                                 "WHERE %2%3")
                      .arg(column, where, c.filter),
                  QVariantList{c.today, c.until} + c.filterBindings);
    while (q.next()) {
        AgendaItem item;
        item.kind = kind;
        item.developmentId = q.value(0).toLongLong();
        item.developmentUid = q.value(1).toString();
        item.development = text(q, 2);
        item.date = dateFromSql(q.value(4));
        items.append(item);
    }
}

// Obligations whose own effective date differs from their development's.
void loadObligationDates(Database &db, const AgendaQuery &query, const Conditions &c,
                         QList<AgendaItem> &items)
{
    QString where = QStringLiteral("o.effective_on >= ? AND o.effective_on <= ? AND (d.effective_on IS NULL "
                                   "OR o.effective_on <> d.effective_on)");
    if (query.company != 0) {
        where += QStringLiteral(" AND o.id IN (SELECT bp.obligation_id FROM (%1) bp)")
                     .arg(applicablePairs(query.company));
    }
    QSqlQuery &q
        = db.exec(QStringLiteral("SELECT o.id, o.uid, o.text_en, o.text_zh, d.id, d.uid, d.title_en, "
                                 "d.title_zh, o.effective_on FROM obligations o JOIN developments d "
                                 "ON d.id = o.development_id WHERE %1%2")
                      .arg(where, c.filter),
                  QVariantList{c.today, c.until} + c.filterBindings);
    while (q.next()) {
        AgendaItem item;
        item.kind = AgendaKind::ObligationEffective;
        item.obligationId = q.value(0).toLongLong();
        item.obligationUid = q.value(1).toString();
        item.obligation = text(q, 2);
        item.developmentId = q.value(4).toLongLong();
        item.developmentUid = q.value(5).toString();
        item.development = text(q, 6);
        item.date = dateFromSql(q.value(8));
        items.append(item);
    }
}

// The companies each development (or obligation) date binds, read in one query per kind of key.
void loadCompanies(Database &db, QList<AgendaItem> &items)
{
    QHash<qint64, QList<AgendaCompany>> byDevelopment;
    QHash<qint64, QList<AgendaCompany>> byObligation;
    QSqlQuery &q
        = db.exec(QStringLiteral("SELECT DISTINCT o.development_id, o.id, c.id, c.uid, c.name_en, c.name_zh "
                                 "FROM (%1) p JOIN obligations o ON o.id = p.obligation_id JOIN "
                                 "companies c ON c.id = p.company_id ORDER BY c.name_en, c.id")
                      .arg(applicablePairs()));
    while (q.next()) {
        const AgendaCompany company{q.value(2).toLongLong(), q.value(3).toString(), text(q, 4)};
        QList<AgendaCompany> &ofDevelopment = byDevelopment[q.value(0).toLongLong()];
        if (!ofDevelopment.contains(company)) {
            ofDevelopment.append(company);
        }
        byObligation[q.value(1).toLongLong()].append(company);
    }
    for (AgendaItem &item : items) {
        if (item.kind == AgendaKind::ObligationEffective) {
            item.companies = byObligation.value(item.obligationId);
        } else if (item.kind != AgendaKind::Due) {
            item.companies = byDevelopment.value(item.developmentId);
        }
    }
}

} // namespace

QString AgendaItem::uid() const
{
    switch (kind) {
    case AgendaKind::Due:
        return QStringLiteral("due/") + row.assessment.companyUid + u'/' + obligationUid;
    case AgendaKind::CommentDeadline:
        return QStringLiteral("comments/") + developmentUid;
    case AgendaKind::Effective:
        return QStringLiteral("effective/") + developmentUid;
    case AgendaKind::ObligationEffective:
        return QStringLiteral("obligation/") + obligationUid;
    }
    return {};
}

const BilingualText &AgendaItem::title() const
{
    return kind == AgendaKind::Due || kind == AgendaKind::ObligationEffective ? obligation : development;
}

QList<AgendaItem> Agenda::rows(Database &db, const QString &condition, const QVariantList &bindings,
                               qint64 company)
{
    QList<AgendaItem> items;
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT c.uid, c.name_en, c.name_zh, o.id, o.uid, o.text_en, o.text_zh, d.id, d.uid, "
                       "d.title_en, d.title_zh, %1, "
                       "(SELECT COUNT(*) FROM evidence e WHERE e.assessment_id = s.id), s.company_id "
                       "FROM assessments s JOIN (%2) p ON p.company_id = s.company_id AND p.obligation_id = "
                       "s.obligation_id JOIN companies c ON c.id = s.company_id JOIN obligations o ON o.id = "
                       "s.obligation_id JOIN developments d ON d.id = o.development_id WHERE %3 "
                       "ORDER BY s.due_on, c.name_en, d.announced_on DESC, o.position")
            .arg(CompanyRepository::assessmentColumns(),
                 company != 0 ? applicablePairs(company) : applicablePairs(), condition),
        bindings);
    while (q.next()) {
        AgendaItem item;
        item.kind = AgendaKind::Due;
        item.obligationId = q.value(3).toLongLong();
        item.obligationUid = q.value(4).toString();
        item.obligation = text(q, 5);
        item.developmentId = q.value(7).toLongLong();
        item.developmentUid = q.value(8).toString();
        item.development = text(q, 9);
        item.company = text(q, 1);
        ChecklistRow &row = item.row;
        row.key = {q.value(24).toLongLong(), item.obligationId};
        row.obligationUid = item.obligationUid;
        row.obligation = item.obligation;
        row.developmentId = item.developmentId;
        row.development = item.development;
        row.assessment.companyUid = q.value(0).toString();
        row.assessment.obligationUid = row.obligationUid;
        CompanyRepository::readAssessment(q, 11, row.assessment);
        row.evidenceCount = q.value(23).toInt();
        item.date = row.assessment.due;
        items.append(item);
    }
    return items;
}

QList<AgendaItem> Agenda::load(Database &db, const TextSearch *search, const AgendaQuery &query)
{
    const Conditions c = conditions(search, query);
    QList<AgendaItem> items;
    if (query.kinds & AgendaKind::Due) {
        loadRows(db, query, c, items);
    }
    // Dates that are nobody's row have no owner: asking for one person's items leaves them out.
    if (query.owner.isEmpty()) {
        for (AgendaKind kind : {AgendaKind::CommentDeadline, AgendaKind::Effective}) {
            if (query.kinds & kind) {
                loadDevelopmentDates(db, kind, query, c, items);
            }
        }
        if (query.kinds & AgendaKind::ObligationEffective) {
            loadObligationDates(db, query, c, items);
        }
    }
    if (items.size() > std::count_if(items.cbegin(), items.cend(),
                                     [](const AgendaItem &i) { return i.kind == AgendaKind::Due; })) {
        loadCompanies(db, items);
    }
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.date != b.date) {
            return a.date < b.date;
        }
        if (a.kind != b.kind) {
            return int(a.kind) < int(b.kind);
        }
        if (a.company.en != b.company.en) {
            return QString::localeAwareCompare(a.company.en, b.company.en) < 0;
        }
        return QString::localeAwareCompare(a.title().en, b.title().en) < 0;
    });
    return items;
}

AgendaPeriod Agenda::periodOf(const QDate &date, const QDate &today, Qt::DayOfWeek firstDayOfWeek)
{
    if (date < today) {
        return AgendaPeriod::Overdue;
    }
    if (date == today) {
        return AgendaPeriod::Today;
    }
    const QDate nextWeek = periodRange(AgendaPeriod::NextWeek, today, firstDayOfWeek).first;
    if (date < nextWeek) {
        return AgendaPeriod::ThisWeek;
    }
    return date < nextWeek.addDays(7) ? AgendaPeriod::NextWeek : AgendaPeriod::Later;
}

std::pair<QDate, QDate> Agenda::periodRange(AgendaPeriod period, const QDate &today,
                                            Qt::DayOfWeek firstDayOfWeek)
{
    const QDate weekStart = today.addDays(-((today.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
    const QDate nextWeek = weekStart.addDays(7);
    switch (period) {
    case AgendaPeriod::Overdue:
        return {QDate(), today.addDays(-1)};
    case AgendaPeriod::Today:
        return {today, today};
    case AgendaPeriod::ThisWeek:
        return {today.addDays(1), nextWeek.addDays(-1)};
    case AgendaPeriod::NextWeek:
        return {nextWeek, nextWeek.addDays(6)};
    case AgendaPeriod::Later:
        return {nextWeek.addDays(7), QDate()};
    }
    return {};
}

Qt::DayOfWeek Agenda::firstDayOfWeek(const QLocale &interface, const QLocale &system)
{
    if (interface.language() == QLocale::Chinese) {
        return Qt::Monday;
    }
    if (system.language() == QLocale::English) {
        return system.firstDayOfWeek();
    }
    return interface.firstDayOfWeek();
}

QString Agenda::currentUser(const Database &db)
{
    const QString chosen = Settings().ownerName().trimmed();
    return chosen.isEmpty() ? db.actor() : chosen;
}

QStringList Agenda::owners(Database &db)
{
    QStringList result;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT DISTINCT owner FROM assessments WHERE owner <> ''"));
    while (q.next()) {
        const QString owner = q.value(0).toString().trimmed();
        if (!owner.isEmpty() && !result.contains(owner, Qt::CaseInsensitive)) {
            result.append(owner);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return result;
}

bool Agenda::sameOwner(const QString &owner, const QString &person)
{
    return !person.trimmed().isEmpty() && owner.trimmed().compare(person.trimmed(), Qt::CaseInsensitive) == 0;
}

QString Agenda::periodTitle(AgendaPeriod period)
{
    switch (period) {
    case AgendaPeriod::Overdue:
        return tr("Overdue");
    case AgendaPeriod::Today:
        return tr("Today");
    case AgendaPeriod::ThisWeek:
        return tr("This week");
    case AgendaPeriod::NextWeek:
        return tr("Next week");
    case AgendaPeriod::Later:
        return tr("Later");
    }
    return {};
}

QString Agenda::kindLabel(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::Due:
        return tr("Due");
    case AgendaKind::CommentDeadline:
        return tr("Submit comments by");
    case AgendaKind::Effective:
        return tr("Takes effect");
    case AgendaKind::ObligationEffective:
        return tr("Obligation takes effect");
    }
    return {};
}

QString Agenda::distance(const QDate &date, const QDate &today)
{
    const qint64 days = today.daysTo(date);
    if (days == 0) {
        return tr("today");
    }
    if (days == 1) {
        return tr("tomorrow");
    }
    return days > 0 ? tr("in %n day(s)", nullptr, int(days)) : tr("%n day(s) overdue", nullptr, int(-days));
}

QString Agenda::companyNames(const AgendaItem &item, Language language)
{
    if (item.kind == AgendaKind::Due) {
        return item.company.preferring(language);
    }
    QStringList names;
    for (const AgendaCompany &company : item.companies) {
        names.append(company.name.preferring(language));
    }
    return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace rt::core
