// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits a newsletter — pasted or saved as text, a web page, a PDF file or an e-mail read into text — into
// its development items and has each one analysed (ItemAnalyzer). The layout is inferred from the document
// (NewsletterLayout), not known per publisher. A newsletter in traditional Chinese characters is read in
// simplified ones.

#include "ImportBatch.h"

#include <QCoreApplication>

namespace rt::core {

class ImportLexicon;
struct ReadDocument;

class NewsletterParser final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::NewsletterParser)
public:
    explicit NewsletterParser(const ImportLexicon &lexicon);

    ImportBatch parse(const QString &text, const QString &fileName, const ImportOptions &options) const;
    ImportBatch parse(ReadDocument document, const QString &fileName, const ImportOptions &options) const;
    // The same, handing each item to `receive` as soon as it is analysed; the batch returned has no items.
    ImportBatch visit(ReadDocument document, const QString &fileName, const ImportOptions &options,
                      const ImportItemVisitor &receive) const;

private:
    const ImportLexicon &m_lexicon;
};

} // namespace rt::core
