#include "TextDecoding.h"

#include "Error.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

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

} // namespace

DecodedText TextDecoding::decode(const QByteArray &bytes, const QString &fileName)
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
        if (auto text = strictly(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                 QByteArrayView(bytes).sliced(2))) {
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
    if (auto text = strictly(QStringConverter::Utf8, bytes)) {
        return {*text, QStringLiteral("UTF-8")};
    }
    // Qt decodes GB18030 through ICU; it marks what it cannot decode with replacement characters.
    if (QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless); decoder.isValid()) {
        const QString text = decoder(bytes);
        if (!decoder.hasError() && !text.contains(QChar::ReplacementCharacter)) {
            return {text, QStringLiteral("GB18030")};
        }
    }
    throw Error(Error::Code::InvalidInput,
                tr("%1 is neither UTF-8 nor GB18030 text: line %2 has bytes that are not valid in either.")
                    .arg(fileName)
                    .arg(lineOf(bytes, firstInvalidUtf8(bytes))));
}

DecodedText TextDecoding::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists()) {
        throw Error(Error::Code::NotFound, tr("The file %1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > maximumFileSize) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is %2 MB; RegTracker imports files of up to %3 MB.")
                        .arg(name)
                        .arg(file.size() / (1024 * 1024))
                        .arg(maximumFileSize / (1024 * 1024)));
    }
    return decode(file.readAll(), name);
}

} // namespace rt::core
