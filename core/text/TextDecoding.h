#pragma once
// Turns the bytes of an imported text file into text: UTF-8 with or without a byte-order mark, UTF-16 with
// one, and GB18030 (how Chinese spreadsheets and documents are often saved) when the bytes are not UTF-8.
// Anything else — binary data, a NUL byte, bytes that are neither — is refused with a message that names the
// file and, where it helps, the line.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rt::core {

struct DecodedText
{
    QString text; // without the byte-order mark; line ends as they were
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "GB18030"
};

class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::TextDecoding)
public:
    // The largest file an import reads (bytes); larger files are refused before they are read.
    static constexpr qint64 maximumFileSize = 256LL * 1024 * 1024;

    // Throws Error(InvalidInput) naming fileName (used only in messages) and the problem.
    static DecodedText decode(const QByteArray &bytes, const QString &fileName);
    // Reads and decodes a whole file; throws Error(NotFound) when it cannot be read and Error(InvalidInput)
    // when it is empty, larger than maximumFileSize or not text.
    static DecodedText readFile(const QString &path);
};

} // namespace rt::core
