// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoding.h"

#include "Error.h"
#include "InputFile.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <memory>
#include <optional>
#include <type_traits>

#include <uchardet/uchardet.h>

namespace rt::core {

namespace {

// 1-based line of a byte offset.
int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(std::min(offset, bytes.size())).count('\n')) + 1;
}

// Decodes strictly: nullopt when any byte sequence is invalid in the encoding.
std::optional<QString> strictly(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

// Whether every surrogate is half of a pair: Qt's UTF-16 decoder passes a lone one through.
bool surrogatesPaired(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return false;
        }
    }
    return true;
}

// The first offset where bytes stop being valid UTF-8.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype low = 0;
    qsizetype high = bytes.size();
    while (high - low > 64) { // bisect on prefixes; a cut inside a sequence only moves the bound a little
        const qsizetype middle = (low + high) / 2;
        if (strictly(QStringConverter::Utf8, bytes.first(middle))) {
            low = middle;
        } else {
            high = middle;
        }
    }
    return low;
}

// What uchardet makes of bytes that are not UTF-8: "BIG5", "GB18030", … or empty when it cannot tell.
QByteArray detectedCharset(const QByteArray &bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0) {
        return {};
    }
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toUpper();
}

} // namespace

std::optional<QString> TextDecoding::decodeAs(QByteArrayView bytes, const QByteArray &charset)
{
    QByteArray name = charset.trimmed().toUpper();
    if (name == "GB2312" || name == "GBK" || name == "X-GBK" || name == "CP936" || name == "EUC-CN") {
        name = "GB18030";
    } else if (name == "BIG5-HKSCS" || name == "X-BIG5" || name == "CP950") {
        name = "Big5-HKSCS";
    }
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        return std::nullopt;
    }
    QString text = decoder(bytes);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter)) {
        return std::nullopt;
    }
    return text;
}

DecodedText TextDecoding::decode(const QByteArray &bytes, const QString &fileName,
                                 const QByteArray &declaredCharset)
{
    if (bytes.isEmpty()) {
        throw Error(Error::Code::InvalidInput, tr("%1 is empty.").arg(fileName));
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto text = strictly(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3))) {
            if (!text->contains(QChar(0))) {
                return {*text, QStringLiteral("UTF-8 (BOM)")};
            }
        }
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.at(0) == '\xFF';
        // An odd number of bytes or a lone surrogate is not UTF-16, whatever the decoder lets through.
        auto text = bytes.size() % 2 == 0
            ? strictly(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                       QByteArrayView(bytes).sliced(2))
            : std::nullopt;
        if (text && surrogatesPaired(*text)) {
            if (!text->contains(QChar(0))) {
                return {*text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
            }
        }
        throw Error(Error::Code::InvalidInput,
                    tr("%1 starts like UTF-16 text but is not valid UTF-16.").arg(fileName));
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        throw Error(
            Error::Code::InvalidInput,
            tr("%1 is not a text file: line %2 contains a NUL byte.").arg(fileName).arg(lineOf(bytes, nul)));
    }
    // Bytes that are valid UTF-8 are UTF-8, whatever a page still declares from before it was saved again.
    if (auto text = strictly(QStringConverter::Utf8, bytes)) {
        return {*text, QStringLiteral("UTF-8")};
    }
    if (!declaredCharset.isEmpty()) {
        if (auto text = decodeAs(bytes, declaredCharset)) {
            return {*text, QString::fromLatin1(declaredCharset)};
        }
    }
    // Qt decodes GB18030 and Big5 through ICU; both accept most byte pairs, so the bytes' statistics choose.
    const bool big5 = detectedCharset(bytes).startsWith("BIG5");
    for (const QByteArray &charset :
         big5 ? QList<QByteArray>{"Big5", "GB18030"} : QList<QByteArray>{"GB18030"}) {
        if (auto text = decodeAs(bytes, charset)) {
            return {*text, QString::fromLatin1(charset)};
        }
    }
    throw Error(
        Error::Code::InvalidInput,
        tr("%1 is not text in UTF-8, GB18030 or Big5: line %2 has bytes that are not valid in any of them.")
            .arg(fileName)
            .arg(lineOf(bytes, firstInvalidUtf8(bytes))));
}

DecodedText TextDecoding::readFile(const QString &path)
{
    return decode(InputFile::read(path), QFileInfo(path).fileName());
}

} // namespace rt::core
