#pragma once
// Splits a newsletter — pasted or saved as text, in English or Chinese — into its development items and has
// each one analysed (ItemAnalyzer). It copes with the layouts newsletters use without knowing the publisher:
// numbered headings ("4. SAMR issues … (31 July)", "一、…"), unnumbered headings, dash or bullet items,
// paragraphs whose heading is missing, numbering that does not start at 1, inline "(1) … (2) …" lists,
// section labels, month headings, labelled fields, and boilerplate (subscription lines, "follow the links
// below", "key highlights", "our views") that is not a development.

#include "ImportBatch.h"

#include <QCoreApplication>

namespace rt::core {

class ImportLexicon;

class NewsletterParser final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::NewsletterParser)
public:
    explicit NewsletterParser(const ImportLexicon &lexicon);

    ImportBatch parse(const QString &text, const QString &fileName, const ImportOptions &options) const;

private:
    const ImportLexicon &m_lexicon;
};

} // namespace rt::core
