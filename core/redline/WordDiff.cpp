// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordDiff.h"

#include <QHash>

#include <dtl/dtl.hpp>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace rt::core {

namespace {

bool isSpace(const QString &piece)
{
    return !piece.isEmpty() && piece.trimmed().isEmpty();
}

// Appends a piece to the segments, joining it to the last one when that has the same operation.
void append(QList<DiffSegment> &segments, DiffSegment::Op op, const QString &text, qsizetype earlierAt,
            qsizetype laterAt)
{
    if (!segments.isEmpty() && segments.last().op == op) {
        segments.last().text += text;
        return;
    }
    segments.append({op, text, op == DiffSegment::Op::Inserted ? -1 : earlierAt,
                     op == DiffSegment::Op::Deleted ? -1 : laterAt});
}

// A single space between two changes belongs to both: "~~lowest price on the platform~~ __lowest price across
// the whole network__" reads better than the words in between kept and the rest alternating.
QList<DiffSegment> joinedAcrossSpaces(const QList<DiffSegment> &segments)
{
    const auto isChange = [](const DiffSegment &s) { return s.op != DiffSegment::Op::Equal; };
    QList<DiffSegment> pieces;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment &s = segments.at(i);
        if (s.op == DiffSegment::Op::Equal && isSpace(s.text) && s.text.size() == 1 && i > 0
            && i + 1 < segments.size() && isChange(segments.at(i - 1)) && isChange(segments.at(i + 1))) {
            pieces.append({DiffSegment::Op::Deleted, s.text, s.earlierStart, -1});
            pieces.append({DiffSegment::Op::Inserted, s.text, -1, s.laterStart});
        } else {
            pieces.append(s);
        }
    }
    // Each run between equal segments: its deletions first, then its insertions, each joined into one.
    QList<DiffSegment> result;
    for (qsizetype i = 0; i < pieces.size();) {
        if (!isChange(pieces.at(i))) {
            result.append(pieces.at(i++));
            continue;
        }
        DiffSegment deleted{DiffSegment::Op::Deleted, {}, -1, -1};
        DiffSegment inserted{DiffSegment::Op::Inserted, {}, -1, -1};
        for (; i < pieces.size() && isChange(pieces.at(i)); ++i) {
            DiffSegment &into = pieces.at(i).op == DiffSegment::Op::Deleted ? deleted : inserted;
            if (into.text.isEmpty()) {
                into.earlierStart = pieces.at(i).earlierStart;
                into.laterStart = pieces.at(i).laterStart;
            }
            into.text += pieces.at(i).text;
        }
        if (!deleted.text.isEmpty()) {
            result.append(deleted);
        }
        if (!inserted.text.isEmpty()) {
            result.append(inserted);
        }
    }
    return result;
}

// A lone insertion or deletion that could stand a piece further on says the same there ("every [public ]
// service" or "every[ public] service"; "支撑的[涉及…权益的]业务" or "支撑[的涉及…权益]的业务"): it is moved
// as far on as it goes, so that it starts at a word and the same texts always give the same ranges.
void slideRight(std::vector<std::pair<int, dtl::edit_t>> &script)
{
    for (size_t start = 0; start < script.size();) {
        if (script[start].second == dtl::SES_COMMON) {
            ++start;
            continue;
        }
        size_t end = start;
        while (end < script.size() && script[end].second == script[start].second) {
            ++end;
        }
        // [start, end) is one operation; it slides while the piece after it is kept and equals its first.
        while (end < script.size() && script[end].second == dtl::SES_COMMON
               && script[end].first == script[start].first) {
            std::swap(script[start].second, script[end].second);
            ++start;
            ++end;
        }
        start = end;
    }
}

// Where the segments of one operation stand: deletions in the earlier text, insertions in the later one.
QList<TextRange> rangesOf(const QList<DiffSegment> &segments, DiffSegment::Op op)
{
    QList<TextRange> result;
    for (const DiffSegment &s : segments) {
        if (s.op == op) {
            result.append({op == DiffSegment::Op::Deleted ? s.earlierStart : s.laterStart, s.text.size()});
        }
    }
    return result;
}

} // namespace

bool TextDiff::changed() const
{
    for (const DiffSegment &s : segments) {
        if (s.op != DiffSegment::Op::Equal) {
            return true;
        }
    }
    return false;
}

QList<TextRange> TextDiff::deleted() const
{
    return rangesOf(segments, DiffSegment::Op::Deleted);
}

QList<TextRange> TextDiff::inserted() const
{
    return rangesOf(segments, DiffSegment::Op::Inserted);
}

QStringList WordDiff::words(const QString &text)
{
    QStringList pieces;
    if (text.isEmpty()) {
        return pieces;
    }
    // ICU's own strings hold UTF-16 as QString does: offsets carry over unchanged.
    const icu::UnicodeString unicode(false, reinterpret_cast<const UChar *>(text.utf16()),
                                     int32_t(text.size()));
    // Making an iterator loads ICU's word data: one per thread, reused.
    thread_local const std::unique_ptr<icu::BreakIterator> breaks = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
        return U_FAILURE(status) ? nullptr : std::move(made);
    }();
    if (!breaks) {
        return {text}; // no word data: the whole text as one piece still compares correctly
    }
    breaks->setText(unicode);
    int32_t start = breaks->first();
    for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE; start = end, end = breaks->next()) {
        pieces.append(text.mid(start, end - start));
    }
    return pieces;
}

TextDiff WordDiff::compare(const QString &earlier, const QString &later)
{
    const QStringList before = words(earlier);
    const QStringList after = words(later);
    // dtl compares numbers: each distinct piece gets one.
    QHash<QString, int> numbers;
    const auto numbered = [&numbers](const QStringList &pieces) {
        std::vector<int> result;
        result.reserve(size_t(pieces.size()));
        for (const QString &piece : pieces) {
            auto it = numbers.constFind(piece);
            if (it == numbers.cend()) {
                it = numbers.insert(piece, int(numbers.size()));
            }
            result.push_back(*it);
        }
        return result;
    };
    const std::vector<int> a = numbered(before);
    const std::vector<int> b = numbered(after);
    dtl::Diff<int> diff(a, b);
    diff.compose();
    std::vector<std::pair<int, dtl::edit_t>> script;
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        script.emplace_back(element, info.type);
    }
    slideRight(script);

    QList<DiffSegment> segments;
    qsizetype earlierAt = 0;
    qsizetype laterAt = 0;
    qsizetype i = 0; // next piece of the earlier text
    qsizetype j = 0; // next piece of the later text
    for (const auto &[element, type] : script) {
        Q_UNUSED(element)
        if (type == dtl::SES_COMMON) {
            append(segments, DiffSegment::Op::Equal, before.at(i), earlierAt, laterAt);
            earlierAt += before.at(i++).size();
            laterAt += after.at(j++).size();
        } else if (type == dtl::SES_DELETE) {
            append(segments, DiffSegment::Op::Deleted, before.at(i), earlierAt, laterAt);
            earlierAt += before.at(i++).size();
        } else {
            append(segments, DiffSegment::Op::Inserted, after.at(j), earlierAt, laterAt);
            laterAt += after.at(j++).size();
        }
    }
    return {joinedAcrossSpaces(segments)};
}

} // namespace rt::core
