// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PDF file as text, through poppler's C++ library: the words of each page with their boxes and fonts,
// put back in reading order — a page set in two columns is read down the left column, then the right, with
// full-width lines (a title) where they stand — joined into one line per paragraph (line breaks and
// hyphenation undone), headings (larger or bold type) marked, and running headers, footers and page numbers
// (a line that recurs at the top or bottom of the pages) dropped. The text is NFKC-normalised: PDF fonts
// often map Chinese characters to compatibility or Kangxi radical code points (⼩ for 小).

#include "ReadDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rt::core {

class PdfText final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::PdfText)
public:
    // Throws Error(InvalidInput) naming fileName when the bytes are not a readable PDF, when it is encrypted,
    // or when its pages hold no text (a scan without a text layer).
    static ReadDocument read(const QByteArray &bytes, const QString &fileName);
};

} // namespace rt::core
