// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationPairing.h"

#include "TextSimilarity.h"

#include <algorithm>

namespace rt::core {

namespace {

constexpr double sameRequirement = 0.5;
constexpr double rewordedRequirement = 0.35;

struct Candidate
{
    double score;
    qsizetype earlier;
    qsizetype later;
};

// An obligation's words and character pairs in each language, read once.
struct Tokens
{
    QList<int> en;
    QList<int> zh;
};

QList<Tokens> tokensOf(const QList<Obligation> &obligations, SimilarityVocabulary &vocabulary)
{
    QList<Tokens> result;
    result.reserve(obligations.size());
    for (const Obligation &o : obligations) {
        result.append({vocabulary.tokens(o.text.en), vocabulary.tokens(o.text.zh)});
    }
    return result;
}

double similarity(const Tokens &a, const Tokens &b)
{
    return std::max(SimilarityVocabulary::similarity(a.en, b.en),
                    SimilarityVocabulary::similarity(a.zh, b.zh));
}

bool sameShape(const Obligation &a, const Obligation &b)
{
    return a.kind == b.kind && a.appliesTo == b.appliesTo;
}

} // namespace

QList<ObligationPair> pairObligations(const QList<Obligation> &earlier, const QList<Obligation> &later)
{
    QList<qsizetype> partnerOf(earlier.size(), -1);
    QList<bool> taken(later.size(), false);
    for (qsizetype e = 0; e < earlier.size(); ++e) {
        for (qsizetype l = 0; l < later.size(); ++l) {
            if (!taken.at(l) && !earlier.at(e).uid.isEmpty() && earlier.at(e).uid == later.at(l).uid) {
                partnerOf[e] = l;
                taken[l] = true;
                break;
            }
        }
    }
    SimilarityVocabulary vocabulary;
    const QList<Tokens> earlierTokens = tokensOf(earlier, vocabulary);
    const QList<Tokens> laterTokens = tokensOf(later, vocabulary);
    QList<Candidate> candidates;
    for (qsizetype e = 0; e < earlier.size(); ++e) {
        if (partnerOf.at(e) >= 0) {
            continue;
        }
        for (qsizetype l = 0; l < later.size(); ++l) {
            if (taken.at(l)) {
                continue;
            }
            const double score = similarity(earlierTokens.at(e), laterTokens.at(l));
            const double needed
                = sameShape(earlier.at(e), later.at(l)) ? rewordedRequirement : sameRequirement;
            if (score >= needed) {
                candidates.append({score, e, l});
            }
        }
    }
    // Best first; equal scores in the versions' order, so that the pairing never depends on the sort.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &c : std::as_const(candidates)) {
        if (partnerOf.at(c.earlier) < 0 && !taken.at(c.later)) {
            partnerOf[c.earlier] = c.later;
            taken[c.later] = true;
        }
    }
    QList<ObligationPair> pairs;
    for (qsizetype e = 0; e < earlier.size(); ++e) {
        pairs.append({e, partnerOf.at(e)});
    }
    for (qsizetype l = 0; l < later.size(); ++l) {
        if (!taken.at(l)) {
            pairs.append({-1, l});
        }
    }
    return pairs;
}

bool obligationChanged(const Obligation &earlier, const Obligation &later)
{
    return earlier.text != later.text || earlier.kind != later.kind || earlier.parameters != later.parameters
        || earlier.appliesTo != later.appliesTo || earlier.effective != later.effective;
}

} // namespace rt::core
