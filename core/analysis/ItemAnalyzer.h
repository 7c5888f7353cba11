// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads one candidate development's text and fills in what it says: issuing authorities (national and local,
// known to the database or proposed from the catalogue), dates (announced, comment deadline, effective), kind
// and stage from the wording, topics, the document's title, penalties and candidate obligations — each with a
// confidence and the span it came from, and warnings for what the reviewer must supply. An item that gives no
// date of its own is dated approximately by the newsletter's period. Fields a structured source already set
// (their confidence is present) are left as they are.

#include "ImportBatch.h"

#include <QCoreApplication>
#include <QDate>

namespace rt::core {

class ImportLexicon;

struct AnalysisContext
{
    int year = 0; // for dates that give none
    int month = 0; // the month heading the item stands under, 0 when none
    int headingLine = -1; // which line of the item is its heading (title), -1 when it has none
    QStringList columns; // a table row's column names, which label its cells
    QDate issueDate; // the newsletter's own date, for "17日" and "this month"; invalid when unknown
    QDate periodStart; // the period the newsletter covers: the approximate date of an undated item
    QDate periodEnd;
};

class ItemAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ItemAnalyzer)
public:
    explicit ItemAnalyzer(const ImportLexicon &lexicon);

    void analyze(ImportItem &item, const AnalysisContext &context) const;

private:
    const ImportLexicon &m_lexicon;
};

} // namespace rt::core
