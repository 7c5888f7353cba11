// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsletterParser.h"

#include "ChineseScript.h"
#include "ImportLexicon.h"
#include "ItemAnalyzer.h"
#include "NewsletterLayout.h"
#include "ReadDocument.h"

#include <QFileInfo>

namespace rt::core {

namespace {

// Traditional characters become simplified ones; the document's marks stay where they were when every
// character keeps its length, and are dropped otherwise.
void simplify(ReadDocument &document)
{
    const QString simplified = ChineseScript::toSimplified(document.text);
    if (simplified.size() != document.text.size()) {
        document.headingStarts.clear();
        document.links.clear();
    }
    document.text = simplified;
    document.title = ChineseScript::toSimplified(document.title);
}

// The first link inside [start, end) of the text.
QString linkWithin(const ReadDocument &document, qsizetype start, qsizetype end)
{
    for (const DocumentLink &link : document.links) {
        if (link.start >= start && link.start < end) {
            return link.url;
        }
    }
    return {};
}

} // namespace

NewsletterParser::NewsletterParser(const ImportLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

ImportBatch NewsletterParser::parse(const QString &text, const QString &fileName,
                                    const ImportOptions &options) const
{
    ReadDocument document;
    document.text = text;
    return parse(std::move(document), fileName, options);
}

ImportBatch NewsletterParser::parse(ReadDocument document, const QString &fileName,
                                    const ImportOptions &options) const
{
    QList<ImportItem> items;
    ImportBatch batch = visit(std::move(document), fileName, options, collectInto(items));
    batch.items = std::move(items);
    return batch;
}

ImportBatch NewsletterParser::visit(ReadDocument document, const QString &fileName,
                                    const ImportOptions &options, const ImportItemVisitor &receive) const
{
    ImportBatch batch;
    batch.fileName = fileName;
    batch.format = options.format == ImportFormat::Auto ? ImportFormat::Newsletter : options.format;
    batch.sourceName = !options.sourceName.isEmpty() ? options.sourceName
        : !document.title.isEmpty()                  ? document.title
                                                     : QFileInfo(fileName).completeBaseName();
    if (ChineseScript::isTraditional(document.text)) {
        simplify(document);
        batch.warnings.append(
            tr("%1 is written in traditional Chinese characters; it is read and imported in "
               "simplified ones.")
                .arg(fileName));
    }
    const NewsletterLayout layout = NewsletterLayout::infer(document, m_lexicon);
    int year = options.year > 0 ? options.year : layout.issue.year;
    if (year == 0) {
        year = QDate::currentDate().year();
        batch.warnings.append(
            tr("%1 names no year: dates without one are taken to be in %2.").arg(fileName).arg(year));
    }
    batch.year = year;
    AnalysisContext context;
    context.issueDate = layout.issue.date;
    context.periodStart = layout.issue.periodStart;
    context.periodEnd = layout.issue.periodEnd;
    if (options.year > 0 && (!context.periodStart.isValid() || context.periodStart.year() != options.year)) {
        context.periodStart = QDate(options.year, 1, 1);
        context.periodEnd = QDate(options.year, 12, 31);
    }
    const ItemAnalyzer analyzer(m_lexicon);
    qsizetype count = 0;
    for (const LayoutItem &found : layout.items) {
        ImportItem item;
        item.number = found.number;
        item.line = found.line;
        item.sourceText = document.text.mid(found.start, found.end - found.start);
        item.development.sourcePublication = batch.sourceName;
        item.development.sourceItem = found.number;
        item.development.sourceUrl = linkWithin(document, found.start, found.end);
        context.year = found.year > 0 ? found.year : year;
        context.month = found.month;
        context.headingLine = found.headingLine;
        context.columns = found.columns;
        analyzer.analyze(item, context);
        receive(batch, item);
        ++count;
    }
    if (count == 0) {
        batch.warnings.append(tr("No developments were found in %1.").arg(fileName));
    }
    return batch;
}

} // namespace rt::core
