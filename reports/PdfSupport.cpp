// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfSupport.h"

#include "Error.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextDocument>

namespace rt::reports {

// Fonts with Chinese glyphs first (their Latin letters serve English too, so a line never mixes fonts), then
// fallbacks for systems that have none of them.
QFont reportFont(qreal points, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Noto Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                      QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    font.setBold(bold);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // Glyphs a reader can map back to text: the Chinese fonts' localised forms swap digits after Latin text
    // for glyphs no character maps to (copied text would lose them), and ligatures turn "fi" into "ﬁ".
    font.setFeature(QFont::Tag("locl"), 0);
    font.setFeature(QFont::Tag("liga"), 0);
#endif
    return font;
}

// Qt's PDF writer tells readers which character each glyph stands for (the ToUnicode maps) by asking the
// font, lowest code point first. Fonts draw some characters with one glyph: Chinese fonts a Kangxi radical
// (U+2F08 ⼈) and the ideograph it looks like (U+4EBA 人), a figure dash and an en dash, a tab and a space.
// Text copied or extracted from the PDF would read ⼈⼯智能 instead of 人工智能. Where a glyph stands for
// several characters, this names the one the report drew (the most used one). Codes are four hex digits
// either way, so nothing else in the file moves.
void nameDrawnCharacters(QByteArray &pdf, const QFont &font, const QString &drawn)
{
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid()) {
        return;
    }
    QHash<char16_t, int> used;
    for (const QChar c : drawn) {
        ++used[c.unicode()];
    }
    // The glyph of every character of the basic plane, in one call (surrogates stand in as U+0000).
    QString plane(0x10000, QChar(u'\0'));
    for (int code = 1; code < 0x10000; ++code) {
        if (!QChar::isSurrogate(char32_t(code))) {
            plane[code] = QChar(char16_t(code));
        }
    }
    QList<quint32> glyphs(plane.size());
    int count = int(glyphs.size());
    if (!raw.glyphIndexesForChars(plane.constData(), int(plane.size()), glyphs.data(), &count)
        || count != int(plane.size())) {
        return;
    }
    QHash<quint32, char16_t> lowest; // what the writer names a glyph
    QHash<quint32, char16_t> drawnAs; // the character the report drew with it
    for (int code = 1; code < 0x10000; ++code) {
        const quint32 glyph = glyphs.at(code);
        if (glyph == 0) {
            continue;
        }
        if (!lowest.contains(glyph)) {
            lowest.insert(glyph, char16_t(code));
        }
        if (used.value(char16_t(code)) > used.value(drawnAs.value(glyph, lowest.value(glyph)))) {
            drawnAs.insert(glyph, char16_t(code));
        }
    }
    const auto hex = [](char16_t code) {
        return '<' + QByteArray::number(code, 16).toUpper().rightJustified(4, '0') + '>';
    };
    QHash<QByteArray, QByteArray> replacements; // "<2F08>" → "<4EBA>"
    for (auto it = drawnAs.cbegin(); it != drawnAs.cend(); ++it) {
        if (it.value() != lowest.value(it.key())) {
            replacements.insert(hex(lowest.value(it.key())), hex(it.value()));
        }
    }

    qsizetype from = 0;
    while ((from = pdf.indexOf("beginbfrange\n", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange\n", from);
        if (end < 0) {
            break;
        }
        // Each line is "<first glyph> <last glyph> <code>" or "<first> <last> [<code> <code> …]". A range of
        // consecutive codes ("<first> <last> <code>" with first ≠ last) is left alone: changing its first
        // code would shift the rest, and Qt only writes one for ten or more glyphs in a row of consecutive
        // codes.
        qsizetype line = pdf.indexOf('\n', from) + 1;
        while (line < end) {
            const qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd - line < 20) {
                break;
            }
            const bool single = pdf.mid(line, 6) == pdf.mid(line + 7, 6);
            const bool list = pdf.at(line + 14) == '[';
            if (single || list) {
                for (qsizetype at = line + 14; at + 6 <= lineEnd; ++at) {
                    if (pdf.at(at) == '<') {
                        const auto replacement = replacements.constFind(pdf.mid(at, 6));
                        if (replacement != replacements.cend()) {
                            pdf.replace(at, 6, *replacement);
                        }
                    }
                }
            }
            line = lineEnd + 1;
        }
        from = end;
    }
}

void drawDocumentPage(QPainter &painter, QTextDocument &document, int page, const QRectF &body,
                      const QColor &ink)
{
    painter.save();
    painter.setClipRect(body);
    painter.translate(body.left(), body.top() - page * body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * body.height(), body.width(), body.height());
    context.palette.setColor(QPalette::Text, ink);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

namespace {

const QColor muted(0x5f, 0x63, 0x68);
const QColor rule(0xbd, 0xc1, 0xc6);
constexpr qreal marginMm = 15;
constexpr qreal bandPoints = 7.5;

} // namespace

QPageLayout PdfPages::layout(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

PdfPages::PdfPages(QPdfWriter &writer, bool landscape, const QString &title)
    : m_device(writer)
{
    writer.setResolution(dotsPerInch);
    writer.setPageLayout(layout(landscape));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("RegTracker"));
    measure();
}

PdfPages::PdfPages(QPagedPaintDevice &device)
    : m_device(device)
{
    measure();
}

void PdfPages::measure()
{
    // The painter's origin is the corner of the area inside the margins; the running header and the footer
    // take a band each.
    m_area = QRectF(QPointF(0, 0), m_device.pageLayout().paintRectPixels(m_device.logicalDpiX()).size());
    m_band = QFontMetricsF(reportFont(bandPoints), &m_device).height() * 2.2;
    m_body = QRectF(m_area.left(), m_area.top() + m_band, m_area.width(), m_area.height() - 2 * m_band);
}

void PdfPages::prepare(QTextDocument &document, qreal points) const
{
    document.documentLayout()->setPaintDevice(&m_device);
    document.setDefaultFont(reportFont(points));
    document.setDocumentMargin(0);
    document.setUndoRedoEnabled(false);
    document.setPageSize(m_body.size());
}

void PdfPages::drawBands(QPainter &painter, const QString &headerLeft, const QString &headerRight,
                         const QString &footerLeft, const QString &footerRight) const
{
    painter.save();
    painter.setFont(reportFont(bandPoints));
    painter.setPen(muted);
    if (!headerLeft.isEmpty() || !headerRight.isEmpty()) {
        const QRectF header(m_area.left(), m_area.top(), m_area.width(), m_band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, headerLeft);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, headerRight);
        painter.setPen(QPen(rule, 0));
        painter.drawLine(header.bottomLeft(), header.bottomRight());
        painter.setPen(muted);
    }
    const QRectF footer(m_area.left(), m_area.bottom() - m_band * 0.7, m_area.width(), m_band * 0.7);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, footerRight);
    painter.restore();
}

void PdfFile::write(const QByteArray &pdf, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) < 0 || !file.commit()) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace rt::reports
