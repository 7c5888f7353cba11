// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One dated thing on the agenda: a checklist row falling due, a consultation closing (a draft's comment
// deadline), or a development or one of its obligations taking effect. Plain data, read by Agenda::load().

#include "ChecklistModel.h"

#include <QDate>
#include <QFlags>
#include <QList>

namespace rt::core {

enum class AgendaKind : quint8 {
    Due = 0x1, // a checklist row's due date: company, obligation, owner, status
    CommentDeadline = 0x2, // a draft for comments: submit comments by
    Effective = 0x4, // a development takes effect: prepare for it
    ObligationEffective = 0x8, // one obligation takes effect on a date of its own
};
Q_DECLARE_FLAGS(AgendaKinds, AgendaKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(AgendaKinds)
inline constexpr AgendaKinds allAgendaKinds = AgendaKinds(0xf);

// Where a date falls, seen from today. Weeks start on the locale's first day (Agenda::firstDayOfWeek).
enum class AgendaPeriod { Overdue, Today, ThisWeek, NextWeek, Later };

// A company an item concerns, for items that are not one company's row.
struct AgendaCompany
{
    qint64 id = 0;
    QString uid;
    BilingualText name;

    friend bool operator==(const AgendaCompany &, const AgendaCompany &) = default;
};

struct AgendaItem
{
    AgendaKind kind = AgendaKind::Due;
    QDate date;
    qint64 developmentId = 0;
    QString developmentUid;
    BilingualText development;
    qint64 obligationId = 0; // Due and ObligationEffective
    QString obligationUid;
    BilingualText obligation;
    // Due: the checklist row as the checklist shows it (its key names the company and the obligation).
    ChecklistRow row;
    BilingualText company; // Due: the row's company
    // CommentDeadline, Effective, ObligationEffective: the companies bound by the development's obligations
    // (by that obligation), by English name.
    QList<AgendaCompany> companies;

    // A key that stays the same from one run to the next (uids, not row ids): what reminders remember.
    QString uid() const;
    QString owner() const { return row.assessment.owner; }
    // Only a checklist row can be overdue; "due today" is due, not overdue.
    bool isOverdue(const QDate &today) const { return kind == AgendaKind::Due && date < today; }
    // What the item is about: the obligation (rows, obligations) or the development.
    const BilingualText &title() const;
};

} // namespace rt::core
