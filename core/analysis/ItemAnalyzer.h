#pragma once
// Reads one candidate development's text and fills in what it says: issuing authorities (national and local),
// dates (announced, comment deadline, effective), kind and stage from the wording, topics, the document's
// title, penalties and candidate obligations — each with a confidence and the span it came from, and warnings
// for what the reviewer must supply. Fields a structured source already set (their confidence is present)
// are left as they are.

#include "ImportBatch.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace rt::core {

class ImportLexicon;

struct AnalysisContext
{
    int year = 0; // for dates that give none
    int month = 0; // the month heading the item stands under, 0 when none
    bool firstLineIsHeading = false; // the item's first line is its heading (title), not body text
};

class ItemAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ItemAnalyzer)
public:
    explicit ItemAnalyzer(const ImportLexicon &lexicon);

    void analyze(ImportItem &item, const AnalysisContext &context) const;

    // Dates written in English or Chinese ("31 July", "July 31, 2025", "2025-07-31", "2025年7月31日",
    // "7月31日"), in text order; a date without a year takes defaultYear.
    struct FoundDate
    {
        QDate date;
        qsizetype start = 0;
        qsizetype length = 0;
        bool hasYear = false;
    };
    static QList<FoundDate> dates(QStringView text, int defaultYear);
    static bool isChineseText(QStringView text);
    // The words that say what an issuer did ("issued", "solicited", "发布"…): where a sentence's subject
    // ends.
    static const QRegularExpression &actionVerb();

private:
    const ImportLexicon &m_lexicon;
};

} // namespace rt::core
