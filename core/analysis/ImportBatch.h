// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an import has read from a file before anything is written: candidate developments with the values
// detected in their source text, how sure each detection is, where in the text it was found, and what the
// reviewer should look at. Parsers (newsletter, feed, CSV) produce a batch; ImportService reconciles it with
// the database and commits the chosen items; the import dialog shows it as the review table.

#include "Authority.h"
#include "Development.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace rt::core {

enum class ImportFormat { Auto, Newsletter, Feed, Json, Csv, Html, Pdf, Email };

// How to read a file: what the caller knows that the file may not say.
struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    QString sourceName; // empty: taken from the file (its first line for newsletters, the feed's title)
    int year = 0; // 0: taken from the file, else the current year
};

// A range of an item's sourceText that a detected value came from, for highlighting.
struct SourceSpan
{
    QString field; // one of the field names below
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SourceSpan &, const SourceSpan &) = default;
};

// Field names used for confidences and spans.
namespace ImportField {
inline constexpr char16_t Heading[] = u"heading";
inline constexpr char16_t Title[] = u"title"; // the development's title
inline constexpr char16_t DocumentTitle[] = u"document_title"; // 《…》 or the named document
inline constexpr char16_t Authority[] = u"authority";
inline constexpr char16_t LocalAuthority[] = u"local_authority";
inline constexpr char16_t Announced[] = u"announced";
inline constexpr char16_t CommentDeadline[] = u"comment_deadline";
inline constexpr char16_t Effective[] = u"effective";
inline constexpr char16_t Kind[] = u"kind";
inline constexpr char16_t Stage[] = u"stage";
inline constexpr char16_t Topic[] = u"topic";
inline constexpr char16_t Penalty[] = u"penalty";
inline constexpr char16_t Obligation[] = u"obligation";
inline constexpr char16_t Link[] = u"link";
} // namespace ImportField

struct CandidateObligation
{
    Obligation obligation; // text in the item's language; parameters detected from the sentence
    double confidence = 0; // 0…1
    bool selected = true;
    SourceSpan span; // the sentence in the item's sourceText

    friend bool operator==(const CandidateObligation &, const CandidateObligation &) = default;
};

enum class ImportMatch {
    New, // nothing like it in the database
    Unchanged, // already in the database as it is
    Changed, // in the database, but the file says something else (see changes)
};

struct ImportItem
{
    int number = 0; // the item's number in its source: printed, or counted by position; 0 when unknown
    int line = 0; // 1-based line of the file where the item starts, for messages
    QString sourceText; // the item's text as read (heading line included), what spans point into
    Language language = Language::English; // the language the item is written in
    Development development; // detected fields; obligations empty (see candidates below)
    QList<CandidateObligation> obligations;
    QHash<QString, double> confidence; // field name -> 0…1; a field that is absent was not detected
    QList<SourceSpan> spans;
    QStringList warnings; // translated sentences for the reviewer ("No date found.")
    QStringList unknownAuthorities; // issuer names that are neither in the database nor in the catalogue
    // Catalogue entries the item's authorities need that the database does not have yet (parents first):
    // added when the item is imported.
    QList<Authority> proposedAuthorities;
    bool selected = true;
    // What the source said, before the reviewer's edits (set by the analysis): what a later import of the
    // same source is compared with.
    Development detected;

    // Filled by ImportService::reconcile().
    ImportMatch match = ImportMatch::New;
    QString existingUid;
    QString matchReason; // translated: why it matched ("same document 《…》"); empty for New
    QStringList changes; // translated: which fields differ from the stored development

    // The development to write: the detected one with the selected candidate obligations.
    Development chosen() const
    {
        Development d = development;
        for (const CandidateObligation &c : obligations) {
            if (c.selected) {
                d.obligations.append(c.obligation);
            }
        }
        return d;
    }
};

struct ImportBatch
{
    QString fileName; // for messages
    ImportFormat format = ImportFormat::Auto;
    QString sourceName; // publication the items come from; written to Development::sourcePublication
    int year = 0; // the year of the issue, used for dates that give none
    QList<ImportItem> items;
    QStringList warnings; // about the file as a whole
};

// Receives the items of a file one at a time, as they are read: the batch they belong to (without items) and
// the item, which the receiver may keep (move it) or let go. Reading a large file this way holds one item at
// a time.
using ImportItemVisitor = std::function<void(const ImportBatch &batch, ImportItem &item)>;

// The items a visit hands over, kept: the whole batch.
inline ImportItemVisitor collectInto(QList<ImportItem> &items)
{
    return [&items](const ImportBatch &, ImportItem &item) { items.append(std::move(item)); };
}

} // namespace rt::core
