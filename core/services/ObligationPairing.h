// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which obligation of a later version continues which obligation of an earlier one. Linking a final text to
// its draft and comparing two versions use this one pairing, so that the redline shows exactly the pairs
// whose assessments moved and were flagged for re-review.

#include "Obligation.h"

#include <QList>

namespace rt::core {

struct ObligationPair
{
    qsizetype earlier = -1; // index into the earlier version's obligations; -1: added in the later one
    qsizetype later = -1; // index into the later version's obligations; -1: removed from the earlier one

    friend bool operator==(const ObligationPair &, const ObligationPair &) = default;
};

// The same uid pairs first (a version edited in place). Then, best match first, each earlier obligation with
// the later one that says most nearly the same in English or Chinese: at least half the words in common, or
// a third of them when the kind and the applies-to tags are the same (a requirement reworded, not replaced).
// Every obligation of either side appears in exactly one pair: earlier ones in their order (the later one
// each is paired with beside it), then the later ones nothing continues, in theirs.
QList<ObligationPair> pairObligations(const QList<Obligation> &earlier, const QList<Obligation> &later);

// Whether the later obligation binds differently from the earlier one it continues: its text, kind,
// parameters, applies-to tags or own effective date changed.
bool obligationChanged(const Obligation &earlier, const Obligation &later);

} // namespace rt::core
