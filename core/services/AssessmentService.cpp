// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentService.h"

#include "Applicability.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateText.h"
#include "Error.h"
#include "ScopedTransaction.h"
#include "TextHygiene.h"

#include <QCryptographicHash>
#include <QLocale>

namespace rt::core {

namespace {

const QString kEntity = QStringLiteral("assessment");

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A team database where editors may change only the checklists of their companies refuses the others' rows
// by finding none to change.
Error notAssigned(const QString &companyUid)
{
    return Error(Error::Code::Failed,
                 AssessmentService::tr("The team database does not let you change the checklist of %1: it is "
                                       "not one of the companies assigned to you. Ask an administrator to "
                                       "assign it to you.")
                     .arg(companyUid));
}

// The columns of an evidence row (alias e) that readEvidence() reads; the content is read separately.
const QString kEvidenceColumns = QStringLiteral(
    "e.id, e.assessment_id, e.file_name, e.mime_type, e.size, e.sha256, e.note, e.added_by, e.added_at");

Evidence readEvidence(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toLongLong(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            QDateTime::fromString(q.value(8).toString(), Qt::ISODate),
            QByteArray()};
}

template <typename E> void setFromKey(std::optional<E> &field, const QString &key)
{
    if (const auto value = Vocabulary::fromKey<E>(key)) {
        field = *value;
    }
}

} // namespace

AssessmentEdit AssessmentEdit::tick()
{
    AssessmentEdit edit;
    edit.status = AssessmentStatus::Done;
    edit.result = AssessmentResult::Compliant;
    return edit;
}

bool AssessmentEdit::isEmpty() const
{
    return *this == AssessmentEdit();
}

AssessmentEdit AssessmentEdit::revertingTo(const Assessment &before) const
{
    AssessmentEdit back;
    if (status) {
        back.status = before.status;
    }
    if (result) {
        back.result = before.result;
    }
    if (owner) {
        back.owner = before.owner;
    }
    if (due) {
        back.due = before.due;
    }
    if (applicability) {
        back.applicability = before.applicability;
    }
    if (justification) {
        back.justification = before.justification;
    }
    if (notes) {
        back.notes = before.notes;
    }
    if (reReview) {
        back.reReview = before.reReview;
    }
    return back;
}

Assessment AssessmentEdit::appliedTo(Assessment a) const
{
    a.status = status.value_or(a.status);
    a.result = result.value_or(a.result);
    a.owner = owner.value_or(a.owner).trimmed();
    a.due = due.value_or(a.due);
    a.applicability = applicability.value_or(a.applicability);
    a.justification = justification.value_or(a.justification).trimmed();
    a.notes = notes.value_or(a.notes);
    a.reReview = reReview.value_or(a.reReview);
    return a;
}

AssessmentService::AssessmentService(Database &db)
    : m_db(db)
{
}

QString AssessmentService::sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Assessment AssessmentService::assessment(const AssessmentKey &key)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT c.uid, o.uid, %1 FROM companies c JOIN obligations o ON "
                                            "o.id = ? LEFT JOIN assessments s ON s.company_id = c.id AND "
                                            "s.obligation_id = o.id WHERE c.id = ?")
                                 .arg(CompanyRepository::assessmentColumns()),
                             {key.obligationId, key.companyId});
    if (!q.next()) {
        throw Error(Error::Code::NotFound,
                    tr("The checklist row no longer exists: its company or its "
                       "obligation was deleted."));
    }
    Assessment a;
    a.companyUid = q.value(0).toString();
    a.obligationUid = q.value(1).toString();
    CompanyRepository::readAssessment(q, 2, a);
    q.finish();
    return a;
}

int AssessmentService::apply(const AssessmentKey &key, int expectedVersion, const AssessmentEdit &edit)
{
    ScopedTransaction transaction(m_db);
    const int version = write(key, expectedVersion, edit);
    transaction.commit();
    return version;
}

QList<int> AssessmentService::applyAll(const QList<std::pair<AssessmentKey, int>> &targets,
                                       const AssessmentEdit &edit)
{
    QList<int> versions;
    versions.reserve(targets.size());
    ScopedTransaction transaction(m_db);
    for (const auto &[key, expected] : targets) {
        versions.append(write(key, expected, edit));
    }
    transaction.commit();
    return versions;
}

void AssessmentService::applyEach(const QList<ExpectedEdit> &writes)
{
    ScopedTransaction transaction(m_db);
    for (const ExpectedEdit &w : writes) {
        if (!w.expected) {
            write(w.key, std::nullopt, w.edit);
            continue;
        }
        const Assessment stored = assessment(w.key);
        // revertingTo() picks out exactly the fields the edit sets.
        if (!(w.edit.revertingTo(stored) == w.edit.revertingTo(*w.expected))) {
            throw Error(
                Error::Code::Conflict,
                tr("Somebody else changed this checklist row after this step (last changed by %1, %2).")
                    .arg(stored.changedBy, DateText::prose(stored.changedAt)));
        }
        write(w.key, stored.version, w.edit);
    }
    transaction.commit();
}

int AssessmentService::overwrite(const AssessmentKey &key, const AssessmentEdit &edit)
{
    ScopedTransaction transaction(m_db);
    const int version = write(key, std::nullopt, edit);
    transaction.commit();
    return version;
}

int AssessmentService::carryOver(qint64 earlierObligationId, qint64 laterObligationId,
                                 const QString &reReviewReason)
{
    ScopedTransaction transaction(m_db);
    const auto obligationUid = [this](qint64 id) {
        return m_db.scalar(QStringLiteral("SELECT uid FROM obligations WHERE id = ?"), {id}).toString();
    };
    const QString earlierUid = obligationUid(earlierObligationId);
    const QString laterUid = obligationUid(laterObligationId);
    QList<std::pair<qint64, qint64>> rows; // assessment id, company id
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT id, company_id FROM assessments WHERE obligation_id = ? AND "
                                   "company_id NOT IN (SELECT company_id FROM assessments WHERE "
                                   "obligation_id = ?) ORDER BY id"),
                    {earlierObligationId, laterObligationId});
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    AssessmentEdit edit;
    edit.reReview = true;
    for (const auto &[assessmentId, companyId] : std::as_const(rows)) {
        // The version moves on: an editor still holding the row under its old obligation must not write.
        m_db.exec(
            QStringLiteral("UPDATE assessments SET obligation_id = ?, version = version + 1 WHERE id = ?"),
            {laterObligationId, assessmentId});
        AuditLog(m_db).record(kEntity, assessmentId, rowUid(assessmentId), QStringLiteral("obligation"),
                              earlierUid, laterUid);
        if (!reReviewReason.isEmpty()) {
            write({companyId, laterObligationId}, std::nullopt, edit);
            AuditLog(m_db).record(kEntity, assessmentId, rowUid(assessmentId),
                                  QStringLiteral("re_review_reason"), QString(), reReviewReason);
        }
        m_db.post({Entity::Assessment, Change::Kind::Updated, assessmentId});
    }
    transaction.commit();
    return reReviewReason.isEmpty() ? 0 : int(rows.size());
}

int AssessmentService::write(const AssessmentKey &key, std::optional<int> expectedVersion,
                             const AssessmentEdit &edit)
{
    TextHygiene::check(tr("Owner"), edit.owner.value_or(QString()), TextHygiene::Lines::Single);
    TextHygiene::check(tr("Notes"), edit.notes.value_or(QString()), TextHygiene::Lines::Many);
    TextHygiene::check(tr("Justification"), edit.justification.value_or(QString()), TextHygiene::Lines::Many);
    const auto conflict = [&](const Assessment &stored) {
        return Error(Error::Code::Conflict,
                     tr("Somebody else changed this checklist row (now version %1, you edited version %2%3).")
                         .arg(stored.version)
                         .arg(*expectedVersion)
                         .arg(stored.changedBy.isEmpty() ? QString()
                                                         : tr(", last changed by %1").arg(stored.changedBy)));
    };
    const Assessment before = assessment(key);
    if (expectedVersion && *expectedVersion != before.version) {
        throw conflict(before);
    }
    const Assessment after = edit.appliedTo(before);
    if (after.applicability == Applicability::NotApplicable && after.justification.isEmpty()) {
        throw Error(Error::Code::InvalidInput,
                    tr("An obligation can only be marked not applicable with a justification."));
    }
    const auto sameContent = [](Assessment a, Assessment b) {
        a.changedAt = b.changedAt;
        a.changedBy = b.changedBy;
        return a == b;
    };
    if (before.id != 0 && sameContent(before, after)) {
        return before.version;
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QVariantList values{Vocabulary::key(after.applicability),
                              after.justification,
                              Vocabulary::key(after.status),
                              Vocabulary::key(after.result),
                              after.owner,
                              sqlDate(after.due),
                              after.notes,
                              int(after.reReview),
                              m_db.actor(),
                              now};
    // The version read above is checked again by the statement that writes: on PostgreSQL (READ COMMITTED)
    // a colleague may commit in between, and then the insert finds the row taken or the update finds no row
    // at that version.
    qint64 id = before.id;
    bool written = false;
    if (id == 0) {
        id = m_db.scalar(
                     QStringLiteral("INSERT INTO assessments (applicability, justification, status, result, "
                                    "owner, due_on, notes, re_review, changed_by, changed_at, company_id, "
                                    "obligation_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                                    "ON CONFLICT (company_id, obligation_id) DO NOTHING RETURNING id"),
                     values + QVariantList{key.companyId, key.obligationId})
                 .toLongLong();
        written = id != 0;
    } else {
        written = m_db.exec(QStringLiteral("UPDATE assessments SET applicability = ?, justification = ?, "
                                           "status = ?, result = ?, owner = ?, due_on = ?, notes = ?, "
                                           "re_review = ?, changed_by = ?, changed_at = ?, "
                                           "version = version + 1 WHERE id = ? AND version = ?"),
                            values + QVariantList{id, before.version})
                      .numRowsAffected()
            == 1;
    }
    if (!written) {
        const Assessment stored = assessment(key);
        if (before.id != 0 && stored.id == before.id && stored.version == before.version) {
            // The row is as it was read, yet the update found none: the server's row-level security keeps
            // this user from writing it (editors limited to the companies assigned to them).
            throw notAssigned(before.companyUid);
        }
        if (expectedVersion) {
            throw conflict(stored);
        }
        return write(key, expectedVersion, edit); // an overwrite applies to what is stored now
    }

    AuditLog log(m_db);
    const QString uid = before.companyUid + u'/' + before.obligationUid;
    const auto field = [&](const char *name, const QString &old, const QString &value) {
        if (old != value) {
            log.record(kEntity, id, uid, QString::fromLatin1(name), old, value);
        }
    };
    if (before.id == 0) {
        log.record(kEntity, id, uid, QStringLiteral("created"), QString(), QString());
    }
    field("status", Vocabulary::key(before.status), Vocabulary::key(after.status));
    field("result", Vocabulary::key(before.result), Vocabulary::key(after.result));
    field("owner", before.owner, after.owner);
    field("due", dateText(before.due), dateText(after.due));
    field("applicability", Vocabulary::key(before.applicability), Vocabulary::key(after.applicability));
    field("justification", before.justification, after.justification);
    field("notes", before.notes, after.notes);
    field("re_review", before.reReview ? QStringLiteral("1") : QStringLiteral("0"),
          after.reReview ? QStringLiteral("1") : QStringLiteral("0"));
    m_db.post({Entity::Assessment, before.id == 0 ? Change::Kind::Added : Change::Kind::Updated, id});
    return before.version + 1;
}

AssessmentEdit AssessmentService::untick(const AssessmentKey &key)
{
    AssessmentEdit edit;
    edit.status = AssessmentStatus::ToDo;
    const QList<AuditEntry> entries = history(key);
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const AuditEntry &e = entries.at(i);
        if (e.field != QLatin1String("status") || e.newValue != Vocabulary::key(AssessmentStatus::Done)) {
            continue;
        }
        setFromKey(edit.status, e.oldValue);
        // A result changed by the same edit (write() records it right after the status) goes back too.
        if (i + 1 < entries.size() && entries.at(i + 1).field == QLatin1String("result")
            && entries.at(i + 1).newValue == Vocabulary::key(AssessmentResult::Compliant)) {
            setFromKey(edit.result, entries.at(i + 1).oldValue);
        }
        return edit;
    }
    edit.result = AssessmentResult::NotAssessed;
    return edit;
}

qint64 AssessmentService::ensureRow(const AssessmentKey &key)
{
    const Assessment a = assessment(key);
    if (a.id != 0) {
        return a.id;
    }
    write(key, std::nullopt, {}); // a colleague creating the row at the same moment is just as good
    return assessment(key).id;
}

void AssessmentService::touch(qint64 assessmentId)
{
    m_db.exec(QStringLiteral("UPDATE assessments SET changed_by = ?, changed_at = ? WHERE id = ?"),
              {m_db.actor(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), assessmentId});
    m_db.post({Entity::Assessment, Change::Kind::Updated, assessmentId});
}

QString AssessmentService::rowUid(qint64 assessmentId)
{
    return m_db
        .scalar(QStringLiteral("SELECT c.uid || '/' || o.uid FROM assessments s JOIN companies c ON c.id = "
                               "s.company_id JOIN obligations o ON o.id = s.obligation_id WHERE s.id = ?"),
                {assessmentId})
        .toString();
}

qint64 AssessmentService::attach(const AssessmentKey &key, Evidence evidence, qint64 sizeLimit)
{
    if (sizeLimit > 0 && evidence.content.size() > sizeLimit) {
        const QLocale locale;
        throw Error(Error::Code::InvalidInput,
                    tr("“%1” is %2, more than the %3 allowed for one attachment.")
                        .arg(evidence.fileName, locale.formattedDataSize(evidence.content.size()),
                             locale.formattedDataSize(sizeLimit)));
    }
    if (evidence.fileName.trimmed().isEmpty() && evidence.note.trimmed().isEmpty()) {
        throw Error(Error::Code::InvalidInput, tr("Evidence needs a file or a note."));
    }
    ScopedTransaction transaction(m_db);
    evidence.assessmentId = ensureRow(key);
    evidence.id = 0;
    const qint64 id = reattach(evidence);
    transaction.commit();
    return id;
}

qint64 AssessmentService::reattach(const Evidence &e)
{
    ScopedTransaction transaction(m_db);
    const QString addedBy = e.addedBy.isEmpty() ? m_db.actor() : e.addedBy;
    const QDateTime addedAt = e.addedAt.isValid() ? e.addedAt : QDateTime::currentDateTimeUtc();
    const QString uid = rowUid(e.assessmentId);
    if (uid.isEmpty()) {
        throw Error(Error::Code::NotFound, tr("The checklist row of this evidence no longer exists."));
    }
    const QVariantList values{e.assessmentId,
                              e.fileName,
                              e.mimeType,
                              qint64(e.content.size()),
                              sha256(e.content),
                              e.content.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                                 : QVariant(e.content),
                              e.note,
                              addedBy,
                              addedAt.toUTC().toString(Qt::ISODate)};
    // Undo puts an attachment back under its old id; a new one gets the next.
    const qint64 id
        = m_db.scalar(QStringLiteral("INSERT INTO evidence (assessment_id, file_name, mime_type, size, "
                                     "sha256, content, note, added_by, added_at%1) VALUES (?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?%2) RETURNING id")
                          .arg(e.id != 0 ? QStringLiteral(", id") : QString(),
                               e.id != 0 ? QStringLiteral(", ?") : QString()),
                      e.id != 0 ? values + QVariantList{e.id} : values)
              .toLongLong();
    AuditLog(m_db).record(kEntity, e.assessmentId, uid, QStringLiteral("evidence"), QString(),
                          e.fileName.isEmpty() ? e.note.left(80) : e.fileName);
    touch(e.assessmentId);
    transaction.commit();
    return id;
}

Evidence AssessmentService::evidenceWithContent(qint64 evidenceId)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT %1, e.content FROM evidence e WHERE e.id = ?").arg(kEvidenceColumns),
        {evidenceId});
    if (!q.next()) {
        throw Error(Error::Code::NotFound, tr("The attachment no longer exists."));
    }
    Evidence e = readEvidence(q);
    e.content = q.value(9).toByteArray();
    q.finish();
    return e;
}

Evidence AssessmentService::detach(qint64 evidenceId)
{
    ScopedTransaction transaction(m_db);
    Evidence e = evidenceWithContent(evidenceId);
    const QString uid = rowUid(e.assessmentId);
    if (m_db.exec(QStringLiteral("DELETE FROM evidence WHERE id = ?"), {evidenceId}).numRowsAffected() == 0) {
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM evidence WHERE id = ?"), {evidenceId}).isValid()) {
            throw Error(Error::Code::NotFound, tr("The attachment no longer exists."));
        }
        throw notAssigned(uid.section(u'/', 0, 0)); // still there: row-level security (see write())
    }
    AuditLog(m_db).record(kEntity, e.assessmentId, uid, QStringLiteral("evidence"),
                          e.fileName.isEmpty() ? e.note.left(80) : e.fileName, QString());
    touch(e.assessmentId);
    transaction.commit();
    return e;
}

QList<Evidence> AssessmentService::evidence(const AssessmentKey &key)
{
    QList<Evidence> result;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT %1 FROM evidence e JOIN assessments s ON s.id = e.assessment_id "
                                   "WHERE s.company_id = ? AND s.obligation_id = ? ORDER BY e.id")
                        .arg(kEvidenceColumns),
                    {key.companyId, key.obligationId});
    while (q.next()) {
        result.append(readEvidence(q));
    }
    return result;
}

QList<ChecklistCandidate> AssessmentService::candidates(qint64 companyId)
{
    QList<ChecklistCandidate> result;
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT o.id, o.text_en, o.text_zh, d.title_en, d.title_zh, d.announced_on FROM "
            "obligations o JOIN developments d ON d.id = o.development_id WHERE o.id NOT IN "
            "(SELECT obligation_id FROM (%1)) AND o.id NOT IN (SELECT obligation_id FROM assessments "
            "WHERE company_id = ? AND applicability = 'not_applicable') AND o.id NOT IN (%2) "
            "ORDER BY d.announced_on DESC, d.id, o.position")
            .arg(applicablePairs(companyId), supersededObligations()),
        {companyId});
    while (q.next()) {
        result.append({{companyId, q.value(0).toLongLong()},
                       {q.value(1).toString(), q.value(2).toString()},
                       {q.value(3).toString(), q.value(4).toString()},
                       dateFromSql(q.value(5))});
    }
    return result;
}

QList<AuditEntry> AssessmentService::history(const AssessmentKey &key)
{
    const qint64 id = m_db.scalar(QStringLiteral("SELECT id FROM assessments WHERE company_id = ? AND "
                                                 "obligation_id = ?"),
                                  {key.companyId, key.obligationId})
                          .toLongLong();
    return id == 0 ? QList<AuditEntry>() : AuditLog(m_db).entries(kEntity, id);
}

QList<AssessmentChange> AssessmentService::changesSince(qint64 companyId, const QDateTime &since)
{
    QList<AssessmentChange> result;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT a.at, a.actor, a.entity, a.entity_id, a.entity_uid, a.field, a.old_value, "
                       "a.new_value, s.obligation_id, o.text_en, o.text_zh, d.title_en, d.title_zh "
                       "FROM audit_log a JOIN assessments s ON s.id = a.entity_id "
                       "JOIN obligations o ON o.id = s.obligation_id JOIN developments d ON "
                       "d.id = o.development_id WHERE a.entity = 'assessment' AND s.company_id = ? AND "
                       "a.at >= ? ORDER BY a.id DESC"),
        {companyId, since.toUTC().toString(Qt::ISODateWithMs)});
    while (q.next()) {
        AssessmentChange c;
        c.entry = {QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toLongLong(),
                   q.value(4).toString(),
                   q.value(5).toString(),
                   q.value(6).toString(),
                   q.value(7).toString()};
        c.key = {companyId, q.value(8).toLongLong()};
        c.obligation = {q.value(9).toString(), q.value(10).toString()};
        c.development = {q.value(11).toString(), q.value(12).toString()};
        result.append(c);
    }
    return result;
}

} // namespace rt::core
