// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two texts compared word by word: what the later text deleted from the earlier one and what it inserted.
// Words are the word breaks of ICU's BreakIterator, which splits Chinese into dictionary words
// (不得|通过|流量 |限制) where Qt's QTextBoundaryFinder would split it into single characters; spaces and
// punctuation are pieces of their own. The edit script comes from the diff template library (dtl): the
// shortest one over those pieces, then each run of changes is made whole across the single spaces inside it,
// so that a reworded phrase reads as one deletion and one insertion instead of alternating words.

#include "SearchQuery.h" // TextRange

#include <QList>
#include <QString>
#include <QStringList>

namespace rt::core {

struct DiffSegment
{
    enum class Op { Equal, Deleted, Inserted };
    Op op = Op::Equal;
    QString text;
    qsizetype earlierStart = -1; // where the text stands in the earlier text (Equal, Deleted), UTF-16 units
    qsizetype laterStart = -1; // where it stands in the later text (Equal, Inserted)

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// The comparison of two texts: the segments in reading order, deletions before the insertions that replace
// them.
struct TextDiff
{
    QList<DiffSegment> segments;

    bool changed() const;
    // Every deletion in the earlier text, and every insertion in the later text (UTF-16 units).
    QList<TextRange> deleted() const;
    QList<TextRange> inserted() const;
};

class WordDiff final
{
public:
    // The pieces a text is compared in: words, spaces and punctuation, in order; joined they give the text.
    static QStringList words(const QString &text);
    static TextDiff compare(const QString &earlier, const QString &later);
};

} // namespace rt::core
