// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailText.h"

#include "Error.h"
#include "HtmlText.h"
#include "PdfText.h"
#include "TextDecoding.h"

#include <KMime/Message>

namespace rt::core {

namespace {

// A part's text: its transfer encoding undone, then its declared charset, else what the bytes say.
QString partText(KMime::Content *part, const QString &fileName)
{
    const QByteArray bytes = part->decodedContent();
    if (bytes.isEmpty()) {
        return {};
    }
    const QByteArray charset = part->contentType(false) ? part->contentType(false)->charset() : QByteArray();
    return TextDecoding::decode(bytes, fileName, charset).text;
}

bool isAttachment(KMime::Content *part)
{
    const auto *disposition = part->contentDisposition(false);
    return disposition && disposition->disposition() == KMime::Headers::CDattachment;
}

QByteArray mimeTypeOf(KMime::Content *part)
{
    const auto *type = part->contentType(false);
    return type ? type->mimeType().toLower() : QByteArray("text/plain");
}

// The first part of the given type that is not an attachment, depth first.
KMime::Content *firstBody(KMime::Content *root, const QByteArray &mimeType)
{
    QList<KMime::Content *> todo{root};
    while (!todo.isEmpty()) {
        KMime::Content *part = todo.takeFirst();
        const QList<KMime::Content *> children = part->contents();
        if (!children.isEmpty()) {
            todo = children + todo;
            continue;
        }
        if (!isAttachment(part) && mimeTypeOf(part) == mimeType) {
            return part;
        }
    }
    return nullptr;
}

KMime::Content *firstAttachment(KMime::Content *root, const QByteArray &mimeType)
{
    QList<KMime::Content *> todo{root};
    while (!todo.isEmpty()) {
        KMime::Content *part = todo.takeFirst();
        todo = part->contents() + todo;
        if (part->contents().isEmpty() && mimeTypeOf(part) == mimeType) {
            return part;
        }
    }
    return nullptr;
}

// How many parts declare themselves containers (multipart/…, message/…): an upper bound on how deep the
// MIME parser, which goes down one level per container and copies each level's body, would have to go.
int containerCount(QByteArrayView bytes)
{
    int count = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        const QByteArrayView line = bytes.sliced(start, end - start);
        static constexpr QByteArrayView field("content-type:");
        if (line.size() >= field.size()
            && line.first(field.size()).compare(field, Qt::CaseInsensitive) == 0) {
            // The value may be folded onto the next line.
            QByteArrayView value = line.sliced(field.size()).trimmed();
            if (value.isEmpty() && end < bytes.size()) {
                const qsizetype next = bytes.indexOf('\n', end + 1);
                value = bytes.sliced(end + 1, (next < 0 ? bytes.size() : next) - end - 1).trimmed();
            }
            const auto startsWith = [&value](QByteArrayView prefix) {
                return value.size() >= prefix.size()
                    && value.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
            };
            if (startsWith("multipart/") || startsWith("message/")) {
                ++count;
            }
        }
        start = end + 1;
    }
    return count;
}

} // namespace

ReadDocument MailText::read(const QByteArray &bytes, const QString &fileName)
{
    // No line of a message may hold a NUL byte (RFC 5322); KMime's header parser is not safe with one.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is not an e-mail message: line %2 contains a NUL byte.")
                        .arg(fileName)
                        .arg(QByteArrayView(bytes).first(nul).count('\n') + 1));
    }
    if (containerCount(bytes) > maximumContainers) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is an e-mail message with more than %2 nested or enclosed parts (multipart or "
                       "message); the file is refused.")
                        .arg(fileName)
                        .arg(maximumContainers));
    }
    KMime::Message message;
    message.setContent(KMime::CRLFtoLF(bytes));
    message.parse();
    ReadDocument document;
    if (KMime::Content *html = firstBody(&message, "text/html")) {
        document = HtmlText::fromMarkup(partText(html, fileName), fileName);
    } else if (KMime::Content *plain = firstBody(&message, "text/plain")) {
        document.text = partText(plain, fileName);
    } else if (KMime::Content *pdf = firstAttachment(&message, "application/pdf")) {
        document = PdfText::read(pdf->decodedContent(), fileName);
    } else if (KMime::Content *page = firstAttachment(&message, "text/html")) {
        document = HtmlText::fromMarkup(partText(page, fileName), fileName);
    }
    if (document.text.trimmed().isEmpty()) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is an e-mail message without any text to read.").arg(fileName));
    }
    if (const auto *subject = message.subject(false)) {
        document.title = subject->asUnicodeString().simplified();
    }
    if (const auto *date = message.date(false); date && date->dateTime().isValid()) {
        document.date = date->dateTime().date();
    }
    document.encoding = QStringLiteral("MIME");
    return document;
}

} // namespace rt::core
