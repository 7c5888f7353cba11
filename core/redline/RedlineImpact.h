// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whom a redline affects: for each company, the checklist rows that the changes touch. A changed obligation's
// row (its assessment carried to the later version and flagged for re-review, or still on the earlier version
// when the versions are not linked yet), a row that an added obligation brings into the checklist, and the
// assessment of a removed obligation that no longer binds anyone.

#include "Company.h"
#include "Redline.h"

namespace rt::core {

class Database;

struct AffectedRow
{
    enum class Effect {
        ReReview, // the obligation changed: the row is (or, before the versions are linked, will be) flagged
        NewRow, // an added obligation binds the company
        NoLongerBinds, // the company had assessed an obligation the later version removed
    };
    Effect effect = Effect::ReReview;
    qsizetype change = -1; // index into Redline::obligations
    qint64 obligationId = 0; // the row's obligation: the later version's, else the earlier one's
    Assessment assessment; // id 0: the row has never been assessed
};

struct CompanyImpact
{
    Company company; // id, uid and name
    QList<AffectedRow> rows; // in the redline's order

    // Rows waiting for their re-review.
    int flagged() const;
};

class RedlineImpact final
{
public:
    // The companies the redline affects, by English name; a company it does not touch is not listed.
    static QList<CompanyImpact> of(Database &db, const Redline &redline);
};

} // namespace rt::core
