#include "RedlinePdf.h"

#include "Error.h"
#include "PdfSupport.h"
#include "RedlineText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace rt::reports {

namespace {

constexpr int dotsPerInch = 300;
constexpr qreal marginMm = 15;
constexpr qreal bodyPoints = 9;
const QColor ink(0x20, 0x21, 0x24);
const QColor muted(0x5f, 0x63, 0x68);
const QColor rule(0xbd, 0xc1, 0xc6);

} // namespace

QByteArray RedlinePdf::render(const core::Redline &redline, const QList<core::CompanyImpact> &companies,
                              const core::ReferenceNames &names, core::RedlineHtmlOptions options)
{
    options.document = false; // Qt's rich text: marks as styled spans
    options.companies = true;
    options.colours = core::RedlineColours(); // paper is light
    const QString title = tr("Redline: %1").arg(redline.later.title.preferring(redline.prevailing()));
    QByteArray pdf;
    QString drawn;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), options.sideBySide ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("RegTracker"));

        const QRectF area(QPointF(0, 0), writer.pageLayout().paintRectPixels(dotsPerInch).size());
        const QFont small = reportFont(7.5);
        const qreal band = QFontMetricsF(small, &writer).height() * 2.2;
        const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(reportFont(bodyPoints));
        document.setDocumentMargin(0);
        document.setUndoRedoEnabled(false);
        document.setPageSize(body.size());
        document.setHtml(core::RedlineHtml::write(redline, companies, names, options));
        const int pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            throw core::Error(core::Error::Code::Failed, tr("Cannot lay out the PDF pages."));
        }
        const QString generated
            = tr("Generated %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
        const QString versions = tr("%1 → %2").arg(redline.earlier.uid, redline.later.uid);
        drawn = document.toPlainText() + title + generated + versions + tr("Page %1 of %2");
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.setFont(small);
            painter.setPen(muted);
            const QRectF header(area.left(), area.top(), area.width(), band * 0.7);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop, versions);
            painter.setPen(QPen(rule, 0));
            painter.drawLine(header.bottomLeft(), header.bottomRight());
            painter.setPen(muted);
            const QRectF footer(area.left(), area.bottom() - band * 0.7, area.width(), band * 0.7);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, generated);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 of %2").arg(page + 1).arg(pages));
            drawDocumentPage(painter, document, page, body, ink);
        }
        painter.end();
    }
    nameDrawnCharacters(pdf, reportFont(bodyPoints), drawn);
    return pdf;
}

void RedlinePdf::write(const core::Redline &redline, const QList<core::CompanyImpact> &companies,
                       const core::ReferenceNames &names, const core::RedlineHtmlOptions &options,
                       const QString &path)
{
    PdfFile::write(render(redline, companies, names, options), path);
}

} // namespace rt::reports
