// SPDX-License-Identifier: GPL-3.0-or-later
#include "Digest.h"

#include "Agenda.h"
#include "Applicability.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateText.h"
#include "Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rt::core {

namespace {

// The moment a day begins here, as the database writes moments (UTC, ISO 8601): what created_at and the audit
// log's times are compared with.
QString startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// One section as both renderers see it: a heading, the columns and the rows of one table.
struct Section
{
    QString title;
    QString note; // a line under the heading, or empty
    QStringList columns;
    QList<QStringList> rows;
};

QJsonObject bilingual(const BilingualText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("zh"), text.zh}};
}

QJsonObject rowJson(const AgendaItem &row)
{
    return {{QStringLiteral("company"),
             QJsonObject{{QStringLiteral("uid"), row.row.assessment.companyUid},
                         {QStringLiteral("name"), bilingual(row.company)}}},
            {QStringLiteral("obligation"),
             QJsonObject{{QStringLiteral("uid"), row.obligationUid},
                         {QStringLiteral("text"), bilingual(row.obligation)}}},
            {QStringLiteral("development"),
             QJsonObject{{QStringLiteral("uid"), row.developmentUid},
                         {QStringLiteral("title"), bilingual(row.development)}}},
            {QStringLiteral("owner"), row.owner()},
            {QStringLiteral("status"), Vocabulary::key(row.row.assessment.status)},
            {QStringLiteral("due"), isoDate(row.row.assessment.due)}};
}

QString escapeMarkdown(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

Digest Digest::collect(Database &db, const DigestOptions &options)
{
    Digest digest;
    digest.options = options;
    if (!digest.options.today.isValid()) {
        digest.options.today = QDate::currentDate();
    }
    const QDate today = digest.options.today;
    digest.since = today.addDays(-qMax(0, options.days));
    digest.generatedAt = QDateTime::currentDateTimeUtc();
    digest.names.load(db);
    if (options.company != 0) {
        const Company company = CompanyRepository(db).company(options.company);
        digest.company = AgendaCompany{company.id, company.uid, company.name};
    }
    const QString since = startOf(digest.since);
    const QString until = startOf(today.addDays(1)); // the period ends with today

    // Developments added to the database in the period (their announcement may be older).
    QString where = QStringLiteral("d.created_at >= ? AND d.created_at < ?");
    if (options.company != 0) {
        where += QStringLiteral(" AND ") + bindsCompany(options.company);
    }
    QSqlQuery &d
        = db.exec(QStringLiteral("SELECT d.id, d.uid, d.title_en, d.title_zh, d.announced_on, d.kind, "
                                 "d.stage, d.comment_deadline, d.effective_on FROM developments d "
                                 "WHERE %1 ORDER BY d.announced_on DESC, d.id")
                      .arg(where),
                  {since, until});
    while (d.next()) {
        NewDevelopment n;
        n.id = d.value(0).toLongLong();
        n.uid = d.value(1).toString();
        n.title = {d.value(2).toString(), d.value(3).toString()};
        n.announced = dateFromSql(d.value(4));
        n.kind = Vocabulary::fromKey<DevelopmentKind>(d.value(5).toString()).value_or(n.kind);
        n.stage = Vocabulary::fromKey<Stage>(d.value(6).toString()).value_or(n.stage);
        n.commentDeadline = dateFromSql(d.value(7));
        n.effective = dateFromSql(d.value(8));
        digest.newDevelopments.append(n);
    }
    d.finish();
    for (NewDevelopment &n : digest.newDevelopments) {
        QSqlQuery &a
            = db.exec(QStringLiteral("SELECT a.code FROM development_authorities da JOIN authorities a "
                                     "ON a.id = da.authority_id WHERE da.development_id = ? "
                                     "ORDER BY da.position"),
                      {n.id});
        while (a.next()) {
            n.authorities.append(a.value(0).toString());
        }
    }

    // Obligations added in the period, under every company they bind: those of the developments added, and
    // those added to earlier developments (the audit log names each field of a new obligation, with no value
    // before).
    QStringList addedLater;
    QSqlQuery &a
        = db.exec(QStringLiteral("SELECT field FROM audit_log WHERE entity = 'development' AND at >= ? "
                                 "AND at < ? AND field LIKE 'obligation %.kind' AND old_value IS NULL"),
                  {since, until});
    const QString prefix = QStringLiteral("obligation ");
    const QString suffix = QStringLiteral(".kind");
    while (a.next()) {
        const QString field = a.value(0).toString();
        addedLater.append(field.mid(prefix.size(), field.size() - prefix.size() - suffix.size()));
    }
    a.finish();
    QString added = QStringLiteral("(d.created_at >= ? AND d.created_at < ?)");
    QVariantList addedBindings{since, until};
    if (!addedLater.isEmpty()) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), addedLater.size());
        added = QStringLiteral("(%1 OR o.uid IN (%2))").arg(added, marks.join(u','));
        for (const QString &uid : std::as_const(addedLater)) {
            addedBindings.append(uid);
        }
    }
    QSqlQuery &o = db.exec(
        QStringLiteral("SELECT c.id, c.uid, c.name_en, c.name_zh, o.id, o.uid, o.text_en, o.text_zh, d.uid, "
                       "d.title_en, d.title_zh FROM (%1) p JOIN obligations o ON o.id = p.obligation_id JOIN "
                       "developments d ON d.id = o.development_id JOIN companies c ON c.id = p.company_id "
                       "WHERE %2 ORDER BY c.name_en, c.id, d.announced_on DESC, d.id, o.position")
            .arg(options.company != 0 ? applicablePairs(options.company) : applicablePairs(), added),
        addedBindings);
    while (o.next()) {
        const qint64 companyId = o.value(0).toLongLong();
        if (digest.newObligations.isEmpty() || digest.newObligations.constLast().company.id != companyId) {
            digest.newObligations.append(CompanyObligations{
                {companyId, o.value(1).toString(), {o.value(2).toString(), o.value(3).toString()}}, {}});
        }
        digest.newObligations.last().obligations.append(
            NewObligation{o.value(4).toLongLong(),
                          o.value(5).toString(),
                          {o.value(6).toString(), o.value(7).toString()},
                          o.value(8).toString(),
                          {o.value(9).toString(), o.value(10).toString()}});
    }
    o.finish();

    const auto rows = [&](const QString &condition, const QVariantList &bindings) {
        QList<AgendaItem> result;
        for (AgendaItem &row : Agenda::rows(db, condition, bindings, options.company)) {
            if (options.owner.isEmpty() || Agenda::sameOwner(row.owner(), options.owner)) {
                result.append(std::move(row));
            }
        }
        return result;
    };
    // Flags raised in the period and not cleared since.
    for (const AgendaItem &row : rows(
             QStringLiteral("s.re_review = 1 AND EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = "
                            "'assessment' AND l.entity_id = s.id AND l.field = 're_review' AND l.new_value = "
                            "'1' AND l.at >= ? AND l.at < ?)"),
             {since, until})) {
        Flag flag{row, {}, {}};
        QSqlQuery &l = db.exec(QStringLiteral("SELECT at, field, new_value FROM audit_log WHERE entity = "
                                              "'assessment' AND entity_id = ? AND field IN ('re_review', "
                                              "'re_review_reason') ORDER BY id DESC"),
                               {row.row.assessment.id});
        while (l.next() && (!flag.flaggedAt.isValid() || flag.reason.isEmpty())) {
            if (l.value(1).toString() == QLatin1StringView("re_review") && !flag.flaggedAt.isValid()) {
                flag.flaggedAt = QDateTime::fromString(l.value(0).toString(), Qt::ISODateWithMs);
            } else if (l.value(1).toString() == QLatin1StringView("re_review_reason")
                       && flag.reason.isEmpty()) {
                flag.reason = l.value(2).toString();
            }
        }
        l.finish();
        digest.reReviews.append(flag);
    }
    digest.fellDue
        = rows(QStringLiteral("s.due_on >= ? AND s.due_on <= ?"), {isoDate(digest.since), isoDate(today)});
    // A row is overdue from the day after its due date: those whose first overdue day lies in the period.
    digest.becameOverdue = rows(QStringLiteral("s.status <> 'done' AND s.due_on >= ? AND s.due_on < ?"),
                                {isoDate(digest.since.addDays(-1)), isoDate(today)});
    return digest;
}

int Digest::obligationCount() const
{
    int count = 0;
    for (const CompanyObligations &c : newObligations) {
        count += int(c.obligations.size());
    }
    return count;
}

bool Digest::isEmpty() const
{
    return newDevelopments.isEmpty() && newObligations.isEmpty() && reReviews.isEmpty() && fellDue.isEmpty()
        && becameOverdue.isEmpty();
}

QString Digest::title() const
{
    return tr("RegTracker digest, %1 to %2").arg(DateText::prose(since), DateText::prose(options.today));
}

namespace {

QList<Section> sections(const Digest &digest, Language language)
{
    const auto rowCells = [language](const AgendaItem &row) {
        return QStringList{row.company.preferring(language), row.obligation.preferring(language),
                           row.development.preferring(language), row.owner()};
    };
    QList<Section> result;

    Section developments{Digest::tr("New developments (%1)").arg(digest.newDevelopments.size()),
                         {},
                         {Digest::tr("Announced"), Digest::tr("Issued by"), Digest::tr("Development"),
                          Digest::tr("Stage"), Digest::tr("Key dates")},
                         {}};
    for (const Digest::NewDevelopment &d : digest.newDevelopments) {
        QStringList issuers;
        for (const QString &code : d.authorities) {
            issuers.append(digest.names.authorityShort(code, language));
        }
        QStringList dates;
        if (d.commentDeadline.isValid() && d.stage == Stage::DraftForComments) {
            dates.append(Digest::tr("comments by %1").arg(isoDate(d.commentDeadline)));
        }
        if (d.effective.isValid()) {
            dates.append(Digest::tr("effective %1").arg(isoDate(d.effective)));
        }
        developments.rows.append({isoDate(d.announced), issuers.join(QStringLiteral(", ")),
                                  d.title.preferring(language), Vocabulary::label(d.stage),
                                  dates.join(QStringLiteral("; "))});
    }
    result.append(developments);

    Section obligations{Digest::tr("New obligations per company (%1)").arg(digest.obligationCount()),
                        {},
                        {Digest::tr("Company"), Digest::tr("Obligation"), Digest::tr("Development")},
                        {}};
    QStringList perCompany;
    for (const Digest::CompanyObligations &c : digest.newObligations) {
        perCompany.append(
            Digest::tr("%1: %2").arg(c.company.name.preferring(language)).arg(c.obligations.size()));
        for (const Digest::NewObligation &o : c.obligations) {
            obligations.rows.append({c.company.name.preferring(language), o.text.preferring(language),
                                     o.development.preferring(language)});
        }
    }
    obligations.note = perCompany.join(QStringLiteral(" · "));
    result.append(obligations);

    Section flags{Digest::tr("Flagged for re-review (%1)").arg(digest.reReviews.size()),
                  {},
                  {Digest::tr("Company"), Digest::tr("Obligation"), Digest::tr("Development"),
                   Digest::tr("Owner"), Digest::tr("Flagged"), Digest::tr("Why")},
                  {}};
    for (const Digest::Flag &flag : digest.reReviews) {
        flags.rows.append(rowCells(flag.row)
                          << flag.flaggedAt.toLocalTime().date().toString(Qt::ISODate) << flag.reason);
    }
    result.append(flags);

    Section due{Digest::tr("Fell due (%1)").arg(digest.fellDue.size()),
                {},
                {Digest::tr("Due"), Digest::tr("Company"), Digest::tr("Obligation"),
                 Digest::tr("Development"), Digest::tr("Owner"), Digest::tr("Status")},
                {}};
    for (const AgendaItem &row : digest.fellDue) {
        due.rows.append(QStringList{isoDate(row.date)} + rowCells(row)
                        << Vocabulary::label(row.row.assessment.status));
    }
    result.append(due);

    Section overdue{Digest::tr("Became overdue (%1)").arg(digest.becameOverdue.size()),
                    {},
                    {Digest::tr("Due"), Digest::tr("Company"), Digest::tr("Obligation"),
                     Digest::tr("Development"), Digest::tr("Owner"), Digest::tr("Overdue")},
                    {}};
    for (const AgendaItem &row : digest.becameOverdue) {
        overdue.rows.append(QStringList{isoDate(row.date)} + rowCells(row)
                            << Agenda::distance(row.date, digest.options.today));
    }
    result.append(overdue);
    return result;
}

// The line under the title: the period's scope.
QString scope(const Digest &digest, Language language)
{
    QStringList parts;
    parts.append(digest.company ? Digest::tr("Company: %1").arg(digest.company->name.preferring(language))
                                : Digest::tr("All companies"));
    if (!digest.options.owner.isEmpty()) {
        parts.append(Digest::tr("Owner: %1").arg(digest.options.owner));
    }
    parts.append(Digest::tr("Made by RegTracker on %1").arg(DateText::prose(digest.generatedAt)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString Digest::toHtml(Language language) const
{
    // Inline styles only: mail programs drop style sheets.
    const QString cellStyle = QStringLiteral("border:1px solid #c8ccd0;padding:4px 8px;text-align:left;"
                                             "vertical-align:top");
    QString html = QStringLiteral("<div style=\"font-family:sans-serif;font-size:14px;color:#202124\">");
    html += QStringLiteral("<h2 style=\"margin:0 0 4px 0\">%1</h2>").arg(title().toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0 0 12px 0;color:#5f6368\">%1</p>")
                .arg(scope(*this, language).toHtmlEscaped());
    for (const Section &section : sections(*this, language)) {
        html
            += QStringLiteral("<h3 style=\"margin:16px 0 4px 0\">%1</h3>").arg(section.title.toHtmlEscaped());
        if (!section.note.isEmpty()) {
            html += QStringLiteral("<p style=\"margin:0 0 6px 0;color:#5f6368\">%1</p>")
                        .arg(section.note.toHtmlEscaped());
        }
        if (section.rows.isEmpty()) {
            html += QStringLiteral("<p style=\"margin:0;color:#5f6368\">%1</p>")
                        .arg(tr("Nothing.").toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<table style=\"border-collapse:collapse\" cellpadding=\"4\"><tr>");
        for (const QString &column : section.columns) {
            html += QStringLiteral("<th style=\"%1;background:#eef0f2\">%2</th>")
                        .arg(cellStyle, column.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        for (const QStringList &row : section.rows) {
            html += QStringLiteral("<tr>");
            for (const QString &cell : row) {
                html += QStringLiteral("<td style=\"%1\">%2</td>").arg(cellStyle, cell.toHtmlEscaped());
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</div>");
    return html;
}

QString Digest::toHtmlPage(Language language) const
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                          "</head><body>%3</body></html>\n")
        .arg(language == Language::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en"),
             title().toHtmlEscaped(), toHtml(language));
}

QString Digest::toMarkdown(Language language) const
{
    QString md = QStringLiteral("# %1\n\n%2\n").arg(title(), scope(*this, language));
    for (const Section &section : sections(*this, language)) {
        md += QStringLiteral("\n## %1\n\n").arg(section.title);
        if (!section.note.isEmpty()) {
            md += section.note + QStringLiteral("\n\n");
        }
        if (section.rows.isEmpty()) {
            md += tr("Nothing.") + u'\n';
            continue;
        }
        QStringList header;
        QStringList rule;
        for (const QString &column : section.columns) {
            header.append(escapeMarkdown(column));
            rule.append(QStringLiteral("---"));
        }
        md += QStringLiteral("| %1 |\n| %2 |\n")
                  .arg(header.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
        for (const QStringList &row : section.rows) {
            QStringList cells;
            for (const QString &cell : row) {
                cells.append(escapeMarkdown(cell));
            }
            md += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
    }
    return md;
}

QByteArray Digest::toJson() const
{
    QJsonArray developments;
    for (const NewDevelopment &d : newDevelopments) {
        developments.append(
            QJsonObject{{QStringLiteral("uid"), d.uid},
                        {QStringLiteral("title"), bilingual(d.title)},
                        {QStringLiteral("announced"), isoDate(d.announced)},
                        {QStringLiteral("authorities"), QJsonArray::fromStringList(d.authorities)},
                        {QStringLiteral("kind"), Vocabulary::key(d.kind)},
                        {QStringLiteral("stage"), Vocabulary::key(d.stage)},
                        {QStringLiteral("comment_deadline"), isoDate(d.commentDeadline)},
                        {QStringLiteral("effective"), isoDate(d.effective)}});
    }
    QJsonArray obligations;
    for (const CompanyObligations &c : newObligations) {
        QJsonArray list;
        for (const NewObligation &o : c.obligations) {
            list.append(QJsonObject{{QStringLiteral("uid"), o.uid},
                                    {QStringLiteral("text"), bilingual(o.text)},
                                    {QStringLiteral("development"),
                                     QJsonObject{{QStringLiteral("uid"), o.developmentUid},
                                                 {QStringLiteral("title"), bilingual(o.development)}}}});
        }
        obligations.append(QJsonObject{{QStringLiteral("company"),
                                        QJsonObject{{QStringLiteral("uid"), c.company.uid},
                                                    {QStringLiteral("name"), bilingual(c.company.name)}}},
                                       {QStringLiteral("obligations"), list}});
    }
    QJsonArray flags;
    for (const Flag &flag : reReviews) {
        QJsonObject row = rowJson(flag.row);
        row.insert(QStringLiteral("flagged_at"), flag.flaggedAt.toUTC().toString(Qt::ISODate));
        row.insert(QStringLiteral("reason"), flag.reason);
        flags.append(row);
    }
    const auto rowsJson = [](const QList<AgendaItem> &rows) {
        QJsonArray list;
        for (const AgendaItem &row : rows) {
            list.append(rowJson(row));
        }
        return list;
    };
    const QJsonObject document{
        {QStringLiteral("since"), isoDate(since)},
        {QStringLiteral("until"), isoDate(options.today)},
        {QStringLiteral("generated"), generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("company"),
         company ? QJsonValue(QJsonObject{{QStringLiteral("uid"), company->uid},
                                          {QStringLiteral("name"), bilingual(company->name)}})
                 : QJsonValue()},
        {QStringLiteral("owner"), options.owner.isEmpty() ? QJsonValue() : QJsonValue(options.owner)},
        {QStringLiteral("new_developments"), developments},
        {QStringLiteral("new_obligations"), obligations},
        {QStringLiteral("re_review"), flags},
        {QStringLiteral("fell_due"), rowsJson(fellDue)},
        {QStringLiteral("became_overdue"), rowsJson(becameOverdue)},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace rt::core
