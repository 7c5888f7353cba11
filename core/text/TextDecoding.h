// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the bytes of an imported text file into text: UTF-8 with or without a byte-order mark, UTF-16 with
// one, and when the bytes are not UTF-8 the Chinese encodings documents are saved in: GB18030 (a superset of
// GB2312 and GBK) or Big5, told apart by uchardet's statistics of the bytes.
// Anything else — binary data, a NUL byte, bytes that are neither — is refused with a message that names the
// file and, where it helps, the line.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rt::core {

struct DecodedText
{
    QString text; // without the byte-order mark; line ends as they were
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", "Big5" or a declared one
};

class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::TextDecoding)
public:
    // Throws Error(InvalidInput) naming fileName (used only in messages) and the problem. A charset the
    // document declares (an HTML <meta>, an e-mail header) is used when the bytes are valid in it.
    static DecodedText decode(const QByteArray &bytes, const QString &fileName,
                              const QByteArray &declaredCharset = {});
    // Decodes bytes in a named charset strictly; nullopt when Qt does not know it or the bytes are not
    // valid in it. GB2312 and GBK are read as GB18030, which contains them.
    static std::optional<QString> decodeAs(QByteArrayView bytes, const QByteArray &charset);
    // Reads a whole file through InputFile (its refusals) and decodes it.
    static DecodedText readFile(const QString &path);
};

} // namespace rt::core
