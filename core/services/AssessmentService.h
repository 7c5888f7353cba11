// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The only way assessments (a company's checklist rows) and their evidence are written. Each call is one
// transaction with its audit rows and change notifications; on any error nothing is written.
//
// Every write names the version it was based on. When the stored version differs (somebody else saved in
// between) the write throws Error(Conflict) and changes nothing; each successful edit raises the version by
// one.

#include "AuditLog.h"
#include "BilingualText.h"
#include "Company.h"
#include "Evidence.h"

#include <QCoreApplication>
#include <optional>

namespace rt::core {

class Database;

// Identifies one checklist row: a company and an obligation (the assessment row may not exist yet).
struct AssessmentKey
{
    qint64 companyId = 0;
    qint64 obligationId = 0;

    friend bool operator==(const AssessmentKey &, const AssessmentKey &) = default;
    friend size_t qHash(const AssessmentKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.companyId, key.obligationId);
    }
};

// The fields an edit sets; the ones left empty stay as they are.
struct AssessmentEdit
{
    std::optional<AssessmentStatus> status;
    std::optional<AssessmentResult> result;
    std::optional<QString> owner;
    std::optional<QDate> due; // an invalid date clears the due date
    std::optional<Applicability> applicability;
    std::optional<QString> justification;
    std::optional<QString> notes;
    std::optional<bool> reReview;

    // Ticking a row: Done and Compliant.
    static AssessmentEdit tick();
    bool isEmpty() const;
    // The edit that puts back, as they are in `before`, the fields this edit sets.
    AssessmentEdit revertingTo(const Assessment &before) const;
    // The assessment after this edit.
    Assessment appliedTo(Assessment assessment) const;

    friend bool operator==(const AssessmentEdit &, const AssessmentEdit &) = default;
};

// One entry of a company's "changes since" list.
struct AssessmentChange
{
    AuditEntry entry;
    AssessmentKey key;
    BilingualText obligation;
    BilingualText development;
};

// One write of AssessmentService::applyEach(): the edit goes ahead when every field it sets still holds the
// value it has in `expected` (undo and redo check content, not versions: every write raises the version, so a
// later step on the same row has moved it on). Without an expectation it writes over whatever is stored.
struct ExpectedEdit
{
    AssessmentKey key;
    AssessmentEdit edit;
    std::optional<Assessment> expected;
};

// An obligation that is not on a company's checklist, offered for adding by hand.
struct ChecklistCandidate
{
    AssessmentKey key;
    BilingualText obligation;
    BilingualText development;
    QDate announced;
};

class AssessmentService final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::AssessmentService)
public:
    explicit AssessmentService(Database &db);

    // The stored assessment, or a fresh one (version 0, To do, Not assessed) when the row has none yet.
    // Throws Error(NotFound) when the company or the obligation does not exist.
    Assessment assessment(const AssessmentKey &key);

    // Applies the edit; expectedVersion is the version the edit is based on (0 when there is no row yet).
    // Returns the new version. Throws Error(Conflict) on a stale version, Error(InvalidInput) when a row is
    // marked not applicable without a justification.
    int apply(const AssessmentKey &key, int expectedVersion, const AssessmentEdit &edit);
    // The same edit on many rows in one transaction: all or nothing. Returns the new versions in order.
    QList<int> applyAll(const QList<std::pair<AssessmentKey, int>> &targets, const AssessmentEdit &edit);
    // Different edits on many rows in one transaction, each checked against what it expects to find (see
    // ExpectedEdit): all or nothing. Throws Error(Conflict) naming who last changed a row that differs.
    void applyEach(const QList<ExpectedEdit> &writes);
    // Applies the edit whatever the stored version is (the user chose to overwrite after a conflict).
    int overwrite(const AssessmentKey &key, const AssessmentEdit &edit);
    // Moves every company's assessment of an obligation of an earlier version to the obligation that
    // continues it in the later version (DevelopmentService::linkLaterVersion): the checklist row keeps its
    // status, notes, evidence and history. A company that already assessed the later obligation keeps that
    // assessment and its earlier one stays where it was. With a reason (the obligation changed), every moved
    // assessment is marked for re-review and the reason logged with it. Returns how many were marked.
    int carryOver(qint64 earlierObligationId, qint64 laterObligationId, const QString &reReviewReason);

    // What unticking the row should restore: the status and result it had before it was last ticked
    // (read from the audit log), or To do / Not assessed when it was never ticked.
    AssessmentEdit untick(const AssessmentKey &key);

    // Evidence. attach() creates the assessment row when needed. Throws Error(InvalidInput) when the content
    // is larger than sizeLimit bytes (0: no limit), naming the file, its size and the limit.
    qint64 attach(const AssessmentKey &key, Evidence evidence, qint64 sizeLimit = 0);
    // Removes an attachment and returns it with its content, so that reattach() can put it back (undo).
    Evidence detach(qint64 evidenceId);
    qint64 reattach(const Evidence &evidence);
    QList<Evidence> evidence(const AssessmentKey &key); // without content
    Evidence evidenceWithContent(qint64 evidenceId);

    // The audit log of one row, oldest first.
    QList<AuditEntry> history(const AssessmentKey &key);
    // Everything that changed on a company's assessments since `since`, newest first.
    QList<AssessmentChange> changesSince(qint64 companyId, const QDateTime &since);

    // The obligations a manager could add to the company's checklist by hand: neither binding it by the rule
    // nor already added or marked not applicable. Newest development first.
    QList<ChecklistCandidate> candidates(qint64 companyId);

    static QString sha256(const QByteArray &content);

private:
    int write(const AssessmentKey &key, std::optional<int> expectedVersion, const AssessmentEdit &edit);
    qint64 ensureRow(const AssessmentKey &key);
    QString rowUid(qint64 assessmentId); // "company-uid/obligation-uid", for the audit log
    void touch(qint64 assessmentId);

    Database &m_db;
};

} // namespace rt::core
