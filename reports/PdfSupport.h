// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the PDF documents share: a font that has Chinese glyphs and keeps the text extractable, the repair of
// the writer's character names for glyphs that several characters share, and replacing a file only once all
// of it is written.

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QString>

#include <QColor>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace rt::reports {

// The documents' font at this size: Chinese-capable families first (their Latin letters serve English too, so
// a line never mixes fonts), with the features that would make extracted text differ from what was drawn off.
QFont reportFont(qreal points, bool bold = false);

// Names, in the PDF's character maps, the character the document drew with each glyph that several characters
// share (a Kangxi radical and its ideograph), so that copied and extracted text reads as drawn. `drawn` is
// all the text drawn with `font`.
void nameDrawnCharacters(QByteArray &pdf, const QFont &font, const QString &drawn);

// Draws page `page` (from 0) of a document laid out with its page size set to body's size into body.
void drawDocumentPage(QPainter &painter, QTextDocument &document, int page, const QRectF &body,
                      const QColor &ink);

// The pages of a document: the area inside the margins, and the body between a running header band and a
// footer band, which drawBands() fills. The PDF writer is set up here (A4, resolution, orientation, margins,
// title); a printer comes with its page layout set (layout()).
class PdfPages final
{
public:
    static constexpr int dotsPerInch = 300;

    // A4 with the documents' margins.
    static QPageLayout layout(bool landscape);

    PdfPages(QPdfWriter &writer, bool landscape, const QString &title);
    // A device whose page layout is already set (a printer).
    explicit PdfPages(QPagedPaintDevice &device);

    QRectF body() const { return m_body; }
    // Lays a text document out in pages of the body's size, in the documents' font at this size.
    void prepare(QTextDocument &document, qreal points) const;
    // The header (nothing when both its texts are empty) and the footer of a page, in small muted type.
    void drawBands(QPainter &painter, const QString &headerLeft, const QString &headerRight,
                   const QString &footerLeft, const QString &footerRight) const;

private:
    void measure();

    QPagedPaintDevice &m_device;
    QRectF m_area;
    qreal m_band = 0;
    QRectF m_body;
};

class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::PdfFile)
public:
    // Replaces the file at path with the document only when all of it was written; throws core::Error
    // naming the file otherwise.
    static void write(const QByteArray &pdf, const QString &path);
};

} // namespace rt::reports
