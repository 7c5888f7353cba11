// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tells a received document's kind by its bytes (a PDF file, an e-mail message, a web page, plain text),
// whatever its name says, and reads it into text through the reader of its kind.

#include "ReadDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rt::core {

enum class DocumentKind { Text, Html, Pdf, Email };

class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DocumentReader)
public:
    // From the first bytes (a kilobyte or so is enough): "%PDF-", mail headers (From:, Subject:,
    // MIME-Version: …), HTML markup; Text otherwise.
    static DocumentKind sniff(QByteArrayView head);
    // Reads bytes of the given kind; Text is decoded as TextDecoding does. Throws Error(InvalidInput) naming
    // fileName when the bytes are not what the kind says or hold no text.
    static ReadDocument read(QByteArray bytes, const QString &fileName, DocumentKind kind);
};

} // namespace rt::core
