// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedParser.h"

#include "Error.h"
#include "HtmlText.h"
#include "ImportLexicon.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace rt::core {

namespace {

const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kDublinCore = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kContentModule = QStringLiteral("http://purl.org/rss/1.0/modules/content/");

// A date as feeds write it: RFC 2822 (“Mon, 15 Sep 2025 08:00:00 +0800”, also with “GMT” or no weekday) or
// ISO 8601 (“2025-09-15T08:00:00+08:00”). The day as written, in the feed's own time zone.
std::optional<QDate> feedDate(const QString &text)
{
    static const QRegularExpression rfc2822(
        QStringLiteral(R"(^\s*(?:[A-Za-z]{3,}\s*,\s*)?(\d{1,2})\s+([A-Za-z]{3,})\.?\s+(\d{4}|\d{2})\b)"));
    static const QRegularExpression iso(QStringLiteral(R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]))"));
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    QDate date;
    if (const auto m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto r = rfc2822.match(text); r.hasMatch()) {
        const int month = int(months.indexOf(r.captured(2).left(3).toLower())) + 1;
        int year = r.captured(3).toInt();
        if (r.captured(3).size() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 822's two-digit years
        }
        if (month > 0) {
            date = QDate(year, month, r.captured(1).toInt());
        }
    }
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

// One space for each run of spaces, no blank lines.
QString tidied(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString simple = line.simplified();
        if (!simple.isEmpty()) {
            lines.append(simple);
        }
    }
    return lines.join(u'\n');
}

// What one <item> or <entry> said, as read.
struct Entry
{
    int line = 0;
    QString title;
    QString summary; // plain text
    QString content; // plain text, used when there is no summary
    QString link;
    QString date; // the preferred date text found so far
    int dateRank = 0; // pubDate / published 3, dc:date 2, updated 1
};

class Reader
{
public:
    Reader(const QString &text, const QString &fileName)
        : m_xml(text)
        , m_fileName(fileName)
    {
    }

    ImportBatch read(const ImportItemVisitor &receive)
    {
        ImportBatch batch;
        batch.fileName = m_fileName;
        batch.format = ImportFormat::Feed;
        if (!nextStartElement()) {
            fail(FeedParser::tr("the file has no XML element."));
        }
        const bool rss = m_xml.name() == u"rss" && m_xml.namespaceUri().isEmpty();
        const bool atom
            = m_xml.name() == u"feed" && (m_xml.namespaceUri() == kAtom || m_xml.namespaceUri().isEmpty());
        if (!rss && !atom) {
            fail(FeedParser::tr("this XML is neither an RSS 2.0 nor an Atom feed (its root element is <%1>).")
                     .arg(m_xml.qualifiedName()));
        }
        QList<Entry> entries;
        if (rss) {
            readRss(batch, entries);
        } else {
            readAtom(batch, entries);
        }
        while (!m_xml.atEnd()) { // the rest must be well-formed too
            next();
        }

        for (qsizetype i = 0; i < entries.size(); ++i) {
            ImportItem entry = item(std::exchange(entries[i], {}), int(i + 1));
            receive(batch, entry);
        }
        if (entries.isEmpty()) {
            batch.warnings.append(FeedParser::tr("The feed has no entries."));
        }
        return batch;
    }

private:
    [[noreturn]] void fail(const QString &problem) const
    {
        throw Error(Error::Code::InvalidInput,
                    FeedParser::tr("%1, line %2, column %3: %4")
                        .arg(m_fileName)
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.columnNumber())
                        .arg(problem));
    }

    void checkError() const
    {
        if (m_xml.hasError()) {
            fail(FeedParser::tr("the feed is not well-formed XML: %1").arg(m_xml.errorString()));
        }
    }

    QXmlStreamReader::TokenType next()
    {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        checkError();
        if (token == QXmlStreamReader::StartElement && ++m_depth > FeedParser::maximumDepth) {
            // A feed is a few levels deep; thousands of levels are an attack on whoever walks the tree.
            fail(FeedParser::tr("elements are nested more than %1 levels deep; the file is refused.")
                     .arg(FeedParser::maximumDepth));
        }
        if (token == QXmlStreamReader::EndElement) {
            --m_depth;
        }
        if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty()) {
            // Expanding declared entities is how “billion laughs” documents exhaust memory; feeds never need
            // them.
            fail(FeedParser::tr("the document type (DOCTYPE) declares entities, which feeds are not allowed "
                                "to do; the file is refused."));
        }
        return token;
    }

    // Moves to the next start element at any depth; false at the end of the document.
    bool nextStartElement()
    {
        while (!m_xml.atEnd()) {
            if (next() == QXmlStreamReader::StartElement) {
                return true;
            }
        }
        return false;
    }

    // Moves to the next child element of the current one; false when the current element ends.
    bool nextChild()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::StartElement) {
                return true;
            }
            if (token == QXmlStreamReader::EndElement) {
                return false;
            }
        }
        return false;
    }

    // Skips the rest of the current element, however deep its children go (a loop, not recursion).
    void skip()
    {
        const int end = m_depth - 1;
        while (m_depth > end && !m_xml.atEnd()) {
            next();
        }
    }

    // The text of the current element, child elements included (Atom's type="xhtml" content).
    QString text()
    {
        QString result;
        int depth = 0;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = next();
            if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
                result.append(m_xml.text());
            } else if (token == QXmlStreamReader::StartElement) {
                ++depth;
                // Keep markup as HTML so that plainText() breaks lines where the blocks end.
                result.append(u'<' + m_xml.name().toString() + u'>');
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 0) {
                    break;
                }
                --depth;
                result.append(QStringLiteral("</") + m_xml.name().toString() + u'>');
            }
        }
        return result;
    }

    // Text of an element that may hold HTML: RSS always may; Atom says so with type="html" or "xhtml".
    QString plainOf(bool html)
    {
        const QString raw = text();
        return html ? FeedParser::plainText(raw, m_fileName) : tidied(raw);
    }

    bool atomIsHtml() const
    {
        const QStringView type = m_xml.attributes().value(QStringLiteral("type"));
        return type == u"html" || type == u"xhtml" || type.endsWith(u"html");
    }

    void offerDate(Entry &entry, int rank)
    {
        const QString value = text().trimmed();
        if (rank > entry.dateRank && !value.isEmpty()) {
            entry.date = value;
            entry.dateRank = rank;
        }
    }

    void readRss(ImportBatch &batch, QList<Entry> &entries)
    {
        while (nextChild()) {
            if (m_xml.name() != u"channel") {
                skip();
                continue;
            }
            while (nextChild()) {
                const QStringView name = m_xml.name();
                if (!m_xml.namespaceUri().isEmpty()) {
                    skip();
                } else if (name == u"title") {
                    batch.sourceName = plainOf(true);
                } else if (name == u"item") {
                    entries.append(readRssItem());
                } else {
                    skip();
                }
            }
        }
    }

    Entry readRssItem()
    {
        Entry entry;
        entry.line = int(m_xml.lineNumber());
        while (nextChild()) {
            const QStringView name = m_xml.name();
            const QStringView ns = m_xml.namespaceUri();
            if (ns.isEmpty() && name == u"title") {
                entry.title = plainOf(true);
            } else if (ns.isEmpty() && name == u"description") {
                entry.summary = plainOf(true);
            } else if (ns == kContentModule && name == u"encoded") {
                entry.content = plainOf(true);
            } else if (ns.isEmpty() && name == u"link") {
                entry.link = text().trimmed();
            } else if (ns.isEmpty() && name == u"pubDate") {
                offerDate(entry, 3);
            } else if (ns == kDublinCore && name == u"date") {
                offerDate(entry, 2);
            } else {
                skip();
            }
        }
        return entry;
    }

    void readAtom(ImportBatch &batch, QList<Entry> &entries)
    {
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (!m_xml.namespaceUri().isEmpty() && m_xml.namespaceUri() != kAtom) {
                skip();
            } else if (name == u"title") {
                batch.sourceName = plainOf(atomIsHtml());
            } else if (name == u"entry") {
                entries.append(readAtomEntry());
            } else {
                skip();
            }
        }
    }

    Entry readAtomEntry()
    {
        Entry entry;
        entry.line = int(m_xml.lineNumber());
        QString firstLink;
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (m_xml.namespaceUri() != kAtom && !m_xml.namespaceUri().isEmpty()) {
                skip();
            } else if (name == u"title") {
                entry.title = plainOf(atomIsHtml());
            } else if (name == u"summary") {
                entry.summary = plainOf(atomIsHtml());
            } else if (name == u"content") {
                entry.content = plainOf(atomIsHtml());
            } else if (name == u"link") {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                const QString href = attributes.value(QStringLiteral("href")).trimmed().toString();
                const QStringView rel = attributes.value(QStringLiteral("rel"));
                if (entry.link.isEmpty() && !href.isEmpty() && (rel.isEmpty() || rel == u"alternate")) {
                    entry.link = href;
                }
                if (firstLink.isEmpty()) {
                    firstLink = href;
                }
                skip();
            } else if (name == u"published") {
                offerDate(entry, 3);
            } else if (name == u"updated") {
                offerDate(entry, 1);
            } else {
                skip();
            }
        }
        if (entry.link.isEmpty()) {
            entry.link = firstLink;
        }
        return entry;
    }

    ImportItem item(const Entry &entry, int number) const
    {
        ImportItem item;
        item.number = number;
        item.line = entry.line;
        const QString summary = entry.summary.isEmpty() ? entry.content : entry.summary;
        item.language = containsHan(entry.title) || (entry.title.isEmpty() && containsHan(summary))
            ? Language::Chinese
            : Language::English;
        Development &d = item.development;
        if (item.language == Language::Chinese) {
            d.title.zh = entry.title;
            d.summary.zh = summary;
        } else {
            d.title.en = entry.title;
            d.summary.en = summary;
        }
        item.sourceText = entry.title + u'\n' + summary;
        if (!entry.title.isEmpty()) {
            item.confidence.insert(QString::fromUtf16(ImportField::Title), 1.0);
            item.spans.append({QString::fromUtf16(ImportField::Title), 0, entry.title.size()});
        } else {
            item.warnings.append(FeedParser::tr("No title found."));
        }
        d.sourceUrl = entry.link;
        if (!entry.link.isEmpty()) {
            item.confidence.insert(QString::fromUtf16(ImportField::Link), 1.0);
        }
        if (const auto date = feedDate(entry.date)) {
            d.announced = *date;
            item.confidence.insert(QString::fromUtf16(ImportField::Announced), 1.0);
        } else if (!entry.date.isEmpty()) {
            item.warnings.append(FeedParser::tr("The date “%1” could not be read.").arg(entry.date));
        } else {
            item.warnings.append(FeedParser::tr("No date found."));
        }
        return item;
    }

    QXmlStreamReader m_xml;
    const QString &m_fileName;
    int m_depth = 0; // of the current element; the document element is 1
};

} // namespace

QString FeedParser::plainText(const QString &html, const QString &fileName)
{
    return tidied(HtmlText::plainText(html, fileName));
}

ImportBatch FeedParser::parse(const QString &text, const QString &fileName)
{
    QList<ImportItem> items;
    ImportBatch batch = Reader(text, fileName).read(collectInto(items));
    batch.items = std::move(items);
    return batch;
}

ImportBatch FeedParser::visit(const QString &text, const QString &fileName, const ImportItemVisitor &receive)
{
    return Reader(text, fileName).read(receive);
}

} // namespace rt::core
