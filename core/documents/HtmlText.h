// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A web page or an HTML e-mail as text, through libxml2's HTML parser (which copes with the markup pages
// really have: unclosed tags, stray entities, broken nesting): one line per paragraph, heading, list item
// and table row in document order; headings (h1–h6, a paragraph in bold) marked; list items keep their
// bullet or number ("- …", "3. …"); table cells separated by tabs; links kept with their address; scripts,
// styles, navigation and other page furniture left out. Nothing is fetched from the network.

#include "ReadDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rt::core {

class HtmlText final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::HtmlText)
public:
    // libxml2's own limit on element depth (xmlParserMaxDepth).
    static constexpr int maximumDepth = 256;

    // Reads the bytes of a page: the charset its <meta> declares, else UTF-8, UTF-16, GB18030 or Big5 as
    // the bytes say (TextDecoding). Throws Error(InvalidInput) naming fileName when they are not text.
    static ReadDocument read(QByteArray bytes, const QString &fileName);
    // Markup already decoded (a feed entry's content, an e-mail part). Throws Error(InvalidInput) naming
    // fileName when elements are nested deeper than the parser's limit (256 levels): the parser would stop
    // there and silently drop the rest of the page.
    static ReadDocument fromMarkup(const QString &html, const QString &fileName);
    // Just the text, one line per block (what a feed entry's summary shows); the same refusal.
    static QString plainText(const QString &html, const QString &fileName);

private:
    static ReadDocument fromUtf8(QByteArray utf8, const QString &fileName);
};

} // namespace rt::core
