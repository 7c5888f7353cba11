// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyRepository.h"

#include "AuthorityRepository.h"
#include "Database.h"
#include "Error.h"
#include "TextHygiene.h"

#include <QDateTime>
#include <QMap>

namespace rt::core {

CompanyRepository::CompanyRepository(Database &db)
    : m_db(db)
{
}

Company CompanyRepository::company(qint64 id)
{
    for (const Company &c : all()) {
        if (c.id == id) {
            return c;
        }
    }
    throw Error(Error::Code::NotFound, tr("The company no longer exists."));
}

qint64 CompanyRepository::find(const QString &text)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    const QList<Company> companies = all();
    // An id or uid wins over a name that happens to look the same.
    for (const Company &c : companies) {
        if ((isNumber && c.id == number) || c.uid == wanted) {
            return c.id;
        }
    }
    for (const Company &c : companies) {
        if (c.name.en.compare(wanted, Qt::CaseInsensitive) == 0 || c.name.zh == wanted) {
            return c.id;
        }
    }
    return 0;
}

int CompanyRepository::assessmentCount(qint64 id)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessments WHERE company_id = ?"), {id}).toInt();
}

qint64 CompanyRepository::idForUid(const QString &uid)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM companies WHERE uid = ?"), {uid}).toLongLong();
}

QList<Company> CompanyRepository::all()
{
    QList<Company> result;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT id, uid, name_en, name_zh, notes FROM companies ORDER BY name_en"));
    while (q.next()) {
        Company c;
        c.id = q.value(0).toLongLong();
        c.uid = q.value(1).toString();
        c.name = {q.value(2).toString(), q.value(3).toString()};
        c.notes = q.value(4).toString();
        index.insert(c.id, result.size());
        result.append(c);
    }
    QSqlQuery &sectors
        = m_db.exec(QStringLiteral("SELECT cs.company_id, t.code FROM company_sectors cs JOIN tags t ON "
                                   "t.id = cs.tag_id ORDER BY cs.company_id, cs.position"));
    while (sectors.next()) {
        result[index.value(sectors.value(0).toLongLong())].sectors.append(sectors.value(1).toString());
    }
    QSqlQuery &regions = m_db.exec(QStringLiteral("SELECT company_id, region, registered, operates FROM "
                                                  "company_regions ORDER BY company_id, region"));
    while (regions.next()) {
        Company &c = result[index.value(regions.value(0).toLongLong())];
        if (regions.value(2).toBool()) {
            c.registeredRegions.append(regions.value(1).toString());
        }
        if (regions.value(3).toBool()) {
            c.operatingRegions.append(regions.value(1).toString());
        }
    }
    return result;
}

qint64 CompanyRepository::upsert(const Company &company)
{
    TextHygiene::check(company);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const qint64 id
        = m_db.scalar(QStringLiteral("INSERT INTO companies (uid, name_en, name_zh, notes, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE "
                                     "SET name_en = excluded.name_en, name_zh = excluded.name_zh, "
                                     "notes = excluded.notes, updated_at = excluded.updated_at "
                                     "RETURNING id"),
                      {company.uid, company.name.en, company.name.zh, company.notes, now, now})
              .toLongLong();
    m_db.exec(QStringLiteral("DELETE FROM company_sectors WHERE company_id = ?"), {id});
    m_db.exec(QStringLiteral("DELETE FROM company_regions WHERE company_id = ?"), {id});
    AuthorityRepository reference(m_db);
    for (int i = 0; i < company.sectors.size(); ++i) {
        const qint64 tagId = reference.termIdForCode(TermKind::Tag, company.sectors.at(i));
        if (tagId == 0) {
            throw Error(Error::Code::InvalidInput, tr("Unknown tag “%1”.").arg(company.sectors.at(i)));
        }
        m_db.exec(
            QStringLiteral("INSERT INTO company_sectors (company_id, tag_id, position) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING"),
            {id, tagId, i});
    }
    QMap<QString, std::pair<bool, bool>> regions;
    for (const QString &region : company.registeredRegions) {
        regions[region].first = true;
    }
    for (const QString &region : company.operatingRegions) {
        regions[region].second = true;
    }
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        m_db.exec(QStringLiteral("INSERT INTO company_regions (company_id, region, registered, operates) "
                                 "VALUES (?, ?, ?, ?)"),
                  {id, it.key(), int(it->first), int(it->second)});
    }
    return id;
}

QString CompanyRepository::assessmentColumns()
{
    return QStringLiteral("s.id, s.applicability, s.justification, s.status, s.result, s.owner, s.due_on, "
                          "s.notes, s.re_review, s.changed_by, s.changed_at, s.version");
}

bool CompanyRepository::readAssessment(const QSqlQuery &q, int first, Assessment &a)
{
    if (q.value(first).isNull()) {
        return false;
    }
    a.id = q.value(first).toLongLong();
    a.applicability
        = Vocabulary::fromKey<Applicability>(q.value(first + 1).toString()).value_or(Applicability::Auto);
    a.justification = q.value(first + 2).toString();
    a.status = Vocabulary::fromKey<AssessmentStatus>(q.value(first + 3).toString())
                   .value_or(AssessmentStatus::ToDo);
    a.result = Vocabulary::fromKey<AssessmentResult>(q.value(first + 4).toString())
                   .value_or(AssessmentResult::NotAssessed);
    a.owner = q.value(first + 5).toString();
    a.due = dateFromSql(q.value(first + 6));
    a.notes = q.value(first + 7).toString();
    a.reReview = q.value(first + 8).toBool();
    a.changedBy = q.value(first + 9).toString();
    a.changedAt = QDateTime::fromString(q.value(first + 10).toString(), Qt::ISODate);
    a.version = q.value(first + 11).toInt();
    return true;
}

QList<Assessment> CompanyRepository::assessments(qint64 companyId)
{
    QList<Assessment> result;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT c.uid, o.uid, %1 FROM assessments s "
                                            "JOIN companies c ON c.id = s.company_id JOIN obligations o ON "
                                            "o.id = s.obligation_id WHERE s.company_id = ? ORDER BY s.id")
                                 .arg(assessmentColumns()),
                             {companyId});
    while (q.next()) {
        Assessment a;
        a.companyUid = q.value(0).toString();
        a.obligationUid = q.value(1).toString();
        readAssessment(q, 2, a);
        result.append(a);
    }
    return result;
}

qint64 CompanyRepository::upsertAssessment(const Assessment &a, bool *changed)
{
    TextHygiene::check(tr("the owner of an assessment"), a.owner, TextHygiene::Lines::Single);
    TextHygiene::check(tr("the notes of an assessment"), a.notes, TextHygiene::Lines::Many);
    TextHygiene::check(tr("the justification of an assessment"), a.justification, TextHygiene::Lines::Many);
    const qint64 companyId = idForUid(a.companyUid);
    if (companyId == 0) {
        throw Error(Error::Code::InvalidInput, tr("Unknown company “%1”.").arg(a.companyUid));
    }
    const qint64 obligationId
        = m_db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {a.obligationUid})
              .toLongLong();
    if (obligationId == 0) {
        throw Error(Error::Code::InvalidInput, tr("Unknown obligation “%1”.").arg(a.obligationUid));
    }
    const QDateTime changedAt = a.changedAt.isValid() ? a.changedAt : QDateTime::currentDateTimeUtc();
    // The update only happens when something an assessment says differs; otherwise no row comes back.
    const QVariant written = m_db.scalar(
        QStringLiteral("INSERT INTO assessments (company_id, obligation_id, applicability, justification, "
                       "status, result, owner, due_on, notes, re_review, changed_by, changed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (company_id, obligation_id) "
                       "DO UPDATE SET applicability = excluded.applicability, "
                       "justification = excluded.justification, status = excluded.status, "
                       "result = excluded.result, owner = excluded.owner, due_on = excluded.due_on, "
                       "notes = excluded.notes, re_review = excluded.re_review, "
                       "changed_by = excluded.changed_by, changed_at = excluded.changed_at, "
                       "version = assessments.version + 1 "
                       "WHERE assessments.applicability IS DISTINCT FROM excluded.applicability "
                       "OR assessments.justification IS DISTINCT FROM excluded.justification "
                       "OR assessments.status IS DISTINCT FROM excluded.status "
                       "OR assessments.result IS DISTINCT FROM excluded.result "
                       "OR assessments.owner IS DISTINCT FROM excluded.owner "
                       "OR assessments.due_on IS DISTINCT FROM excluded.due_on "
                       "OR assessments.notes IS DISTINCT FROM excluded.notes "
                       "OR assessments.re_review IS DISTINCT FROM excluded.re_review RETURNING id"),
        {companyId, obligationId, Vocabulary::key(a.applicability), a.justification,
         Vocabulary::key(a.status), Vocabulary::key(a.result), a.owner, sqlDate(a.due), a.notes,
         int(a.reReview), a.changedBy.isEmpty() ? m_db.actor() : a.changedBy,
         changedAt.toUTC().toString(Qt::ISODate)});
    if (changed) {
        *changed = written.isValid();
    }
    if (written.isValid()) {
        return written.toLongLong();
    }
    return m_db
        .scalar(QStringLiteral("SELECT id FROM assessments WHERE company_id = ? AND obligation_id = ?"),
                {companyId, obligationId})
        .toLongLong();
}

} // namespace rt::core
