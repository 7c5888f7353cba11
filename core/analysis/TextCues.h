// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small readings of newsletter prose that both the layout inference and the item analysis rely on:
// dates as English and Chinese texts write them, the verbs that say what an issuer did, the words that name
// a kind of document, and whether a paragraph opens a development ("On 9 September, the CAC issued …",
// "市场监管总局于9月12日公布…", "Under rules announced by the CSRC, …").

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace rt::core {

class ImportLexicon;

struct FoundDate
{
    QDate date;
    qsizetype start = 0;
    qsizetype length = 0;
    bool hasYear = false;
};

namespace TextCues {

// Dates written in English or Chinese ("31 July", "July 31, 2025", "2025-07-31", "2025年7月31日", "7月31日",
// "1 November, 2023"), in text order, not overlapping; a date without a year takes defaultYear.
QList<FoundDate> dates(QStringView text, int defaultYear);
// A month's number from its English name or abbreviation ("Sept" → 9), 0 when it is none.
int monthNumber(QStringView name);
// The alternatives of English month names and abbreviations, for patterns.
const QString &monthNames();

// The words that say what an issuer did ("issued", "solicited", "发布"…): where a sentence's subject ends.
const QRegularExpression &actionVerb();
// Words that name a kind of official document ("Measures", "Law", "Guidelines", "办法", "条例", 《…》).
const QRegularExpression &documentWord();

bool isHan(QChar c);
// More Chinese than Latin: a Chinese character carries about as much as an English word of five letters.
bool isChineseText(QStringView text);
// Ends with a full stop, question or exclamation mark or semicolon, in either script.
bool endsSentence(QStringView text);
// Words, a Chinese character counting as half a word.
qsizetype wordCount(QStringView text);
// The first sentence: up to the first full stop followed by a space (or a Chinese one), at most `limit`.
QStringView firstSentence(QStringView text, qsizetype limit = 400);

// Whether a paragraph opens a development: its first sentence names an issuer before the verb that says
// what it did (or after it: "announced by the CSRC"), or starts with the date something happened ("On 9
// September, …", "2月10日，…"), or reports the release of a named document ("witnessed the release of the
// draft Administrative Measures for …"). A greeting, an overview or a lead-in ("Regulators also issued a
// number of rules") does not.
bool opensItem(QStringView paragraph, const ImportLexicon &lexicon);
// Whether a text shows any sign of a development: an authority, an action, a document or a date.
bool hasEvidence(QStringView text, const ImportLexicon &lexicon);

} // namespace TextCues

} // namespace rt::core
