// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A received document (a saved web page, a PDF file, an e-mail) read into plain text that the newsletter
// parser can split: one line per paragraph, heading, list item or table row, in reading order, with what the
// layout said about it (which lines were headings, where the links were) kept beside the text.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt::core {

struct DocumentLink
{
    qsizetype start = 0; // in text, UTF-16 code units
    qsizetype length = 0;
    QString url;

    friend bool operator==(const DocumentLink &, const DocumentLink &) = default;
};

struct ReadDocument
{
    QString text;
    QList<qsizetype> headingStarts; // where the lines start that the document marks as headings, ascending
    QList<DocumentLink> links; // in text order
    QString title; // <title>, the PDF's title, the e-mail's subject; empty when there is none
    QDate date; // when the document says it was written or sent; invalid when it does not
    QString encoding; // how the bytes were decoded, for messages ("UTF-8", "GB18030", "Big5", "PDF")
    QStringList warnings; // translated, about the document as a whole

    bool isHeading(qsizetype lineStart) const
    {
        return std::binary_search(headingStarts.cbegin(), headingStarts.cend(), lineStart);
    }
};

} // namespace rt::core
