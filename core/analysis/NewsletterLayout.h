// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a newsletter is laid out, inferred from the document itself instead of rules for each publisher. Every
// line is classified by what it looks like — its length and closing punctuation, a number and where it stands
// in the sequence, a bullet, a date alone, a month heading, an issuer's name alone, a labelled field
// ("Issuing Agency: …", "发布时间：…"), a trailer ("Read more", "【阅读原文】", "(Source: …)"), a table row —
// then the record shape that repeats is found: which kind of line opens an item (numbered headings, title
// lines, date lines, table rows, or paragraphs that name an issuer and what it did) and which lines belong to
// it. Gaps in the numbering are filled by the paragraphs that open items there (an item that lost its
// heading). When no shape repeats, a document that reads like one development (a reposted notice) is one
// item. The newsletter's own date and period come from what stands before the first item.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt::core {

class ImportLexicon;
struct ReadDocument;

struct LayoutItem
{
    qsizetype start = 0; // in the text
    qsizetype end = 0; // exclusive, without trailing blank lines
    int line = 0; // 1-based line of the text where the item starts
    int headingLine = -1; // which line of the item (0-based) is its title; -1 when it has none
    int printedNumber = 0; // the number printed before it, 0 when none
    int number = 0; // its number in the newsletter: printed when the printed ones are unique, else counted
    int month = 0; // of the month heading it stands under, 0 when none
    int year = 0; // of that heading, 0 when it names none
    QStringList columns; // for a table row: the table's column names
};

// What the newsletter says about itself before its first item.
struct IssueFacts
{
    int year = 0; // 0 when the text names none
    QDate date; // the issue's own date ("2025-01-20 15:03:27", a sending date), invalid when none
    QDate periodStart; // the period it covers ("In July and August 2025", "(2025年2月)"), invalid when none
    QDate periodEnd;
};

class NewsletterLayout final
{
public:
    static NewsletterLayout infer(const ReadDocument &document, const ImportLexicon &lexicon);

    QList<LayoutItem> items;
    IssueFacts issue;
};

} // namespace rt::core
