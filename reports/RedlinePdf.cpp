// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlinePdf.h"

#include "DateText.h"
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

constexpr qreal bodyPoints = 9;
const QColor ink(0x20, 0x21, 0x24);

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
        const PdfPages frame(writer, options.sideBySide, title);
        QTextDocument document;
        frame.prepare(document, bodyPoints);
        document.setHtml(core::RedlineHtml::write(redline, companies, names, options));
        const int pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            throw core::Error(core::Error::Code::Failed, tr("Cannot lay out the PDF pages."));
        }
        const QString generated = tr("Generated %1").arg(core::DateText::prose(QDateTime::currentDateTime()));
        const QString versions = tr("%1 → %2").arg(redline.earlier.uid, redline.later.uid);
        drawn = document.toPlainText() + title + generated + versions + tr("Page %1 of %2");
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            frame.drawBands(painter, title, versions, generated,
                            tr("Page %1 of %2").arg(page + 1).arg(pages));
            drawDocumentPage(painter, document, page, frame.body(), ink);
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
