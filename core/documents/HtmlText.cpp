// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlText.h"

#include "Error.h"
#include "TextDecoding.h"

#include <QRegularExpression>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <cstring>
#include <memory>
#include <utility>

namespace rt::core {

namespace {

QString nameOf(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value) {
        return {};
    }
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value)).trimmed();
    xmlFree(value);
    return result;
}

bool isOneOf(const QString &name, std::initializer_list<const char16_t *> names)
{
    return std::any_of(names.begin(), names.end(), [&name](const char16_t *n) { return name == n; });
}

bool isBlock(const QString &name)
{
    return isOneOf(name,
                   {u"address", u"article", u"aside", u"blockquote", u"body",    u"center",   u"dd",
                    u"details", u"dialog",  u"div",   u"dl",         u"dt",      u"fieldset", u"figcaption",
                    u"figure",  u"footer",  u"form",  u"header",     u"hr",      u"li",       u"main",
                    u"ol",      u"p",       u"pre",   u"section",    u"summary", u"table",    u"tbody",
                    u"thead",   u"tfoot",   u"tr",    u"ul",         u"h1",      u"h2",       u"h3",
                    u"h4",      u"h5",      u"h6",    u"caption"});
}

bool isSkipped(const QString &name)
{
    return isOneOf(name,
                   {u"script", u"style", u"noscript", u"template", u"svg", u"math", u"iframe", u"object",
                    u"select", u"button", u"nav", u"input", u"textarea"});
}

// Builds the text a block at a time; white space inside a block collapses to one space, as a browser shows
// it.
class TextBuilder
{
public:
    void append(QStringView text, bool bold)
    {
        for (const QChar c : text) {
            if (c.isSpace() && !m_preformatted) {
                if (!m_line.isEmpty() && !m_line.back().isSpace()) {
                    m_line.append(u' ');
                }
                continue;
            }
            if (c == u'\n' && m_preformatted) {
                endLine();
                continue;
            }
            m_line.append(c == QChar::Nbsp ? QChar(u' ') : c);
            (bold ? m_boldChars : m_plainChars) += c.isSpace() ? 0 : 1;
        }
    }

    void cell()
    {
        while (!m_line.isEmpty() && m_line.back() == u' ') {
            m_line.chop(1);
        }
        if (!m_line.isEmpty() && m_line.back() != u'\t') {
            m_line.append(u'\t');
        }
    }

    void endLine(bool heading = false)
    {
        while (!m_line.isEmpty() && (m_line.back() == u' ' || m_line.back() == u'\t')) {
            m_line.chop(1);
        }
        if (!m_line.isEmpty()) {
            const qsizetype start = m_document.text.size();
            // A paragraph entirely in bold is how many newsletters set their item headings.
            if (heading || (m_plainChars == 0 && m_boldChars > 0 && m_line.size() <= 200)) {
                m_document.headingStarts.append(start);
            }
            for (DocumentLink link : std::as_const(m_pendingLinks)) {
                link.start += start;
                m_document.links.append(link);
            }
            m_document.text += m_line + u'\n';
        }
        m_line.clear();
        m_pendingLinks.clear();
        m_boldChars = 0;
        m_plainChars = 0;
    }

    qsizetype linePosition() const { return m_line.size(); }
    void link(qsizetype from, const QString &url)
    {
        while (from < m_line.size() && m_line.at(from).isSpace()) {
            ++from;
        }
        qsizetype to = m_line.size();
        while (to > from && m_line.at(to - 1).isSpace()) {
            --to;
        }
        if (to > from && !url.isEmpty() && !url.startsWith(u'#')
            && !url.startsWith(QStringLiteral("javascript:"), Qt::CaseInsensitive)) {
            m_pendingLinks.append({from, to - from, url});
        }
    }
    void setPreformatted(bool on) { m_preformatted = on; }
    ReadDocument take()
    {
        endLine();
        return std::move(m_document);
    }
    ReadDocument &document() { return m_document; }

private:
    ReadDocument m_document;
    QString m_line;
    QList<DocumentLink> m_pendingLinks;
    int m_boldChars = 0;
    int m_plainChars = 0;
    bool m_preformatted = false;
};

struct Frame
{
    const xmlNode *node;
    bool entered = false;
    qsizetype linkFrom = -1;
    int listNumber = 0; // next number of an <ol>
};

QString textOf(const xmlNode *node)
{
    QString result;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            result += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
        }
    }
    return result.simplified();
}

// Walks the tree without recursion (documents nest as deep as they like) and writes the blocks in order.
void walk(const xmlNode *root, TextBuilder &out)
{
    QList<Frame> stack{{root}};
    int bold = 0;
    int preformatted = 0;
    QList<int> listCounters; // per open list: the next number, or 0 for a bulleted list
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const xmlNode *node = frame.node;
        if (frame.entered) {
            const QString name = nameOf(node);
            if (name == u"a") {
                out.link(frame.linkFrom, attribute(node, "href"));
            } else if (name == u"b" || name == u"strong") {
                --bold;
            } else if (name == u"pre") {
                out.setPreformatted(--preformatted > 0);
            } else if (name == u"ol" || name == u"ul") {
                listCounters.removeLast();
            } else if (name == u"td" || name == u"th") {
                out.cell();
            }
            if (isBlock(name)) {
                out.endLine(name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit());
            }
            stack.removeLast();
            continue;
        }
        frame.entered = true;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out.append(QString::fromUtf8(reinterpret_cast<const char *>(node->content)), bold > 0);
            stack.removeLast();
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) {
            stack.removeLast();
            continue;
        }
        const QString name = nameOf(node);
        if (name == u"title" && out.document().title.isEmpty()) {
            out.document().title = textOf(node);
        }
        if (isSkipped(name) || name == u"title") {
            stack.removeLast();
            continue;
        }
        if (isBlock(name)) {
            out.endLine();
        }
        if (name == u"br") {
            out.endLine();
        } else if (name == u"a") {
            frame.linkFrom = out.linePosition();
        } else if (name == u"b" || name == u"strong") {
            ++bold;
        } else if (name == u"pre") {
            out.setPreformatted(++preformatted > 0);
        } else if (name == u"ol") {
            const int start = attribute(node, "start").toInt();
            listCounters.append(start > 0 ? start : 1);
        } else if (name == u"ul") {
            listCounters.append(0);
        } else if (name == u"li") {
            if (!listCounters.isEmpty() && listCounters.last() > 0) {
                out.append(QString(QString::number(listCounters.last()++) + QStringLiteral(". ")), false);
            } else {
                out.append(QStringLiteral("• "), false);
            }
        } else if (name == u"img") {
            out.append(attribute(node, "alt"), bold > 0);
        }
        // Children in document order: pushed last first.
        QList<const xmlNode *> children;
        for (const xmlNode *child = node->children; child; child = child->next) {
            children.append(child);
        }
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            stack.append({*it});
        }
    }
}

// The charset a page declares in its first bytes (<meta charset="gb2312">, or http-equiv's content).
QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

ReadDocument HtmlText::fromMarkup(const QString &html, const QString &fileName)
{
    return fromUtf8(html.toUtf8(), fileName);
}

// The markup in UTF-8 is all the parser needs: the caller lets go of every other copy first, and this one
// goes before the text is gathered from the tree.
ReadDocument HtmlText::fromUtf8(QByteArray utf8, const QString &fileName)
{
    xmlInitParser();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC;
    const std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> parser(htmlNewParserCtxt(),
                                                                                &htmlFreeParserCtxt);
    if (!parser) {
        throw std::bad_alloc();
    }
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        htmlCtxtReadMemory(parser.get(), utf8.constData(), int(std::min<qsizetype>(utf8.size(), INT_MAX)),
                           nullptr, "UTF-8", options),
        &xmlFreeDoc);
    utf8 = QByteArray();
    // The parser stops at its depth limit (it has no option to go on without lifting the limit altogether);
    // what it would leave out is the rest of the page, so the page is refused instead.
    const xmlError *error = xmlCtxtGetLastError(parser.get());
    if (error && error->code == XML_ERR_INTERNAL_ERROR && error->message
        && std::strstr(error->message, "Excessive depth")) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1: HTML elements are nested more than %2 levels deep; the file is refused.")
                        .arg(fileName)
                        .arg(maximumDepth));
    }
    TextBuilder out;
    if (document && xmlDocGetRootElement(document.get())) {
        walk(xmlDocGetRootElement(document.get()), out);
    }
    ReadDocument result = out.take();
    result.encoding = QStringLiteral("UTF-8");
    return result;
}

ReadDocument HtmlText::read(QByteArray bytes, const QString &fileName)
{
    DecodedText decoded = TextDecoding::decode(bytes, fileName, declaredCharset(bytes));
    bytes = QByteArray();
    QByteArray utf8 = std::exchange(decoded.text, {}).toUtf8();
    ReadDocument result = fromUtf8(std::move(utf8), fileName);
    result.encoding = decoded.encoding;
    return result;
}

QString HtmlText::plainText(const QString &html, const QString &fileName)
{
    QString text = fromMarkup(html, fileName).text;
    while (text.endsWith(u'\n')) {
        text.chop(1);
    }
    return text;
}

} // namespace rt::core
