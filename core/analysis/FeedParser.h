// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an RSS 2.0 or Atom feed into a batch of candidate developments, one per <item> or <entry>: title,
// plain-text summary, link and date. What the text says beyond that (issuers, kinds, topics, obligations) is
// detected later by ImportService. Entity declarations are never expanded: a feed with a DOCTYPE that
// declares entities is refused.

#include "ImportBatch.h"

#include <QCoreApplication>

namespace rt::core {

class FeedParser final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::FeedParser)
public:
    // number = position (1…), line = the entry's line, title (English or Chinese by its script: any Han
    // character makes it Chinese), summary from <description>, <summary> or <content> as plain text, link
    // (Atom: rel="alternate", else the first href), announced from pubDate (RFC 2822) or published / updated
    // (ISO 8601). sourceText = title + "\n" + summary, with a Title span. batch.sourceName = the feed's
    // title. An entry without a date gets the warning “No date found.”. Throws Error(InvalidInput) naming the
    // file, line and column for malformed XML, for XML that is neither RSS nor Atom, for declared
    // entities and for elements nested deeper than maximumDepth.
    static constexpr int maximumDepth = 256;
    static ImportBatch parse(const QString &text, const QString &fileName);
    // The same, handing each entry to `receive` once the whole feed has been checked; the batch returned has
    // no items.
    static ImportBatch visit(const QString &text, const QString &fileName, const ImportItemVisitor &receive);

    // HTML as plain text (HtmlText): one line per block, list items with a bullet, runs of spaces one space.
    // Throws Error(InvalidInput) naming fileName for markup nested deeper than HtmlText's limit.
    static QString plainText(const QString &html, const QString &fileName = {});
};

} // namespace rt::core
