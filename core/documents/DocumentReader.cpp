// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentReader.h"

#include "HtmlText.h"
#include "MailText.h"
#include "PdfText.h"
#include "TextDecoding.h"

#include <QRegularExpression>

namespace rt::core {

namespace {

QByteArrayView withoutByteOrderMark(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.sliced(3);
    }
    while (!head.isEmpty() && std::isspace(static_cast<unsigned char>(head.front()))) {
        head = head.sliced(1);
    }
    return head;
}

// Whether the first lines are the header of a mail message: "Name: value" lines, at least two of them the
// fields every message has.
bool looksLikeMail(QByteArrayView head)
{
    static const QRegularExpression field(QStringLiteral("^([A-Za-z][A-Za-z0-9-]{1,40}):"));
    static const QStringList known{QStringLiteral("from"),         QStringLiteral("to"),
                                   QStringLiteral("subject"),      QStringLiteral("date"),
                                   QStringLiteral("mime-version"), QStringLiteral("received"),
                                   QStringLiteral("message-id"),   QStringLiteral("return-path"),
                                   QStringLiteral("content-type"), QStringLiteral("delivered-to")};
    int fields = 0;
    int knownFields = 0;
    for (const QString &line :
         QString::fromLatin1(head.first(std::min<qsizetype>(head.size(), 4096))).split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            break; // the end of the header
        }
        if (line.front().isSpace()) {
            continue; // a folded field
        }
        const auto m = field.match(line);
        if (!m.hasMatch()) {
            return false;
        }
        ++fields;
        knownFields += known.contains(m.captured(1).toLower()) ? 1 : 0;
    }
    return fields >= 2 && knownFields >= 2;
}

bool looksLikeHtml(QByteArrayView head)
{
    const QByteArray start = head.first(std::min<qsizetype>(head.size(), 2048)).toByteArray().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body")) {
        return true;
    }
    if (start.startsWith("<?xml")) {
        return start.contains("<html");
    }
    return start.startsWith('<')
        && (start.contains("<body") || start.contains("<p>") || start.contains("<div")
            || start.contains("<br"));
}

} // namespace

DocumentKind DocumentReader::sniff(QByteArrayView head)
{
    const QByteArrayView start = withoutByteOrderMark(head);
    if (start.first(std::min<qsizetype>(start.size(), 1024)).contains("%PDF-")) {
        return DocumentKind::Pdf;
    }
    if (looksLikeMail(start)) {
        return DocumentKind::Email;
    }
    if (looksLikeHtml(start)) {
        return DocumentKind::Html;
    }
    return DocumentKind::Text;
}

ReadDocument DocumentReader::read(QByteArray bytes, const QString &fileName, DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Html:
        return HtmlText::read(std::move(bytes), fileName);
    case DocumentKind::Pdf:
        return PdfText::read(bytes, fileName);
    case DocumentKind::Email:
        return MailText::read(bytes, fileName);
    case DocumentKind::Text:
        break;
    }
    const DecodedText decoded = TextDecoding::decode(bytes, fileName);
    ReadDocument document;
    document.text = decoded.text;
    document.encoding = decoded.encoding;
    return document;
}

} // namespace rt::core
