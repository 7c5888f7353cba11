// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds, in the text of one development item, the clauses a reviewer will want as obligations — sentences
// that require, prohibit or set a number — and the money penalties an enforcement item reports. It reads
// English and Chinese regulatory prose with word lists and patterns, not a language model: every result is a
// candidate with a confidence and the exact place in the text it came from, for a person to confirm. Any
// input is safe: nothing is asserted about it, and the work grows linearly with its length.

#include "ImportBatch.h"

#include <QCoreApplication>

namespace rt::core {

class ObligationExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ObligationExtractor)
public:
    // Candidate obligations in one item's text: each sentence or clause that requires, prohibits, or sets a
    // number (retention periods, notice periods, time windows, age limits, intervals, percentages), with its
    // kind, its parameters and a confidence. Spans are positions in `text` plus `offset`.
    // obligation.text.en or .zh (by language) holds the clause, cleaned up; uid empty; appliesTo empty.
    static QList<CandidateObligation> obligations(const QString &text, Language language,
                                                  qsizetype offset = 0);
    struct FoundPenalty
    {
        Penalty penalty;
        SourceSpan span;
    };
    // Money penalties: "fined 530,000 yuan", "fined and confiscated 117,900 yuan", "2 million yuan",
    // "4,877.6 yuan and 25,600 yuan", "罚款20万元", "罚款人民币5000元", "处以10万元以上50万元以下罚款" …
    // description: the clause it came from (in the item's language). Amount in yuan (CNY).
    static QList<FoundPenalty> penalties(const QString &text, Language language, qsizetype offset = 0);
};

} // namespace rt::core
