#pragma once
// What the PDF documents share: a font that has Chinese glyphs and keeps the text extractable, the repair of
// the writer's character names for glyphs that several characters share, and replacing a file only once all
// of it is written.

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QString>

class QColor;
class QPainter;
class QRectF;
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

class PdfFile final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::PdfFile)
public:
    // Replaces the file at path with the document only when all of it was written; throws core::Error
    // naming the file otherwise.
    static void write(const QByteArray &pdf, const QString &path);
};

} // namespace rt::reports
