// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two versions of a development compared: every text word by word in English and Chinese, the facts that
// changed (stage, legal rank, dates, issuers, topics, region, which text prevails, penalties), and the
// obligations paired as linking a later version pairs them (pairObligations), each added, removed, changed or
// unchanged, with its parameter changes stated as values. A value: it holds both versions and knows nothing
// of the database.

#include "Development.h"
#include "WordDiff.h"

#include <optional>

namespace rt::core {

// A text of the development (title, document title, summary) in both languages.
struct TextChange
{
    QString field; // "title", "document_title", "summary"
    BilingualText earlier;
    BilingualText later;
    TextDiff en;
    TextDiff zh;

    bool changed() const { return en.changed() || zh.changed(); }
};

// A fact that changed, as stored: vocabulary keys, ISO dates, comma-separated codes.
struct FactChange
{
    QString field; // "kind", "stage", "legal_rank", "announced", "comment_deadline", "effective",
                   // "authorities", "topics", "region", "prevailing_text"
    QString earlier; // empty: none
    QString later;
    QStringList added; // list fields (authorities, topics): what the later version adds …
    QStringList removed; // … and drops
};

struct PenaltyChange
{
    std::optional<Penalty> earlier;
    std::optional<Penalty> later;
};

struct ParameterChange
{
    enum class Kind { Unchanged, Changed, Added, Removed };
    Kind kind = Kind::Unchanged;
    std::optional<ObligationParameter> earlier;
    std::optional<ObligationParameter> later;
};

struct ObligationChange
{
    enum class Kind { Unchanged, Changed, Added, Removed };
    Kind kind = Kind::Unchanged;
    std::optional<Obligation> earlier;
    std::optional<Obligation> later;
    int earlierNumber = 0; // its place among the earlier version's obligations, from 1; 0: not there
    int laterNumber = 0;
    TextDiff en;
    TextDiff zh;
    QList<ParameterChange> parameters; // every parameter of either side, paired by name
    bool kindChanged = false;
    bool effectiveChanged = false;
    QStringList tagsAdded; // applies-to tags the later version adds …
    QStringList tagsRemoved; // … and drops

    bool parametersChanged() const;
    // The obligation as the later version has it, or the earlier one's when it was removed.
    const Obligation &current() const { return later ? *later : *earlier; }
};

struct Redline
{
    Development earlier;
    Development later;
    QList<TextChange> texts; // title, document title, summary: always, changed or not
    QList<FactChange> facts; // only those that changed
    QList<PenaltyChange> penalties; // only those that changed, paired by position
    QList<ObligationChange> obligations; // earlier ones in their order, then those the later version adds

    static Redline compare(const Development &earlier, const Development &later);

    int count(ObligationChange::Kind kind) const;
    // Anything at all changed between the two versions.
    bool changed() const;
    // The language whose text prevails in the later version (the Chinese unless the later version says not).
    Language prevailing() const { return later.zhPrevails ? Language::Chinese : Language::English; }
};

} // namespace rt::core
