// SPDX-License-Identifier: GPL-3.0-or-later
// RegTracker's PDF module: poppler's words, boxes and fonts for PdfText (PdfPages.h).
#include "PdfPages.h"

#include <QtGlobal>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace {

QString fromUstring(const poppler::ustring &text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QList<rt::core::PdfWord> wordsOf(const poppler::page &page, qsizetype budget)
{
    QList<rt::core::PdfWord> words;
    for (const poppler::text_box &box : page.text_list(poppler::page::text_list_include_font)) {
        if (words.size() >= budget) {
            break;
        }
        rt::core::PdfWord w;
        w.text = fromUstring(box.text()).trimmed();
        if (w.text.isEmpty()) {
            continue;
        }
        const poppler::rectf r = box.bbox();
        w.x0 = r.left(), w.y0 = r.top(), w.x1 = r.right(), w.y1 = r.bottom();
        w.size = box.has_font_info() ? box.get_font_size() : r.height();
        const QString font = box.has_font_info() ? QString::fromStdString(box.get_font_name()) : QString();
        w.bold = font.contains(QStringLiteral("Bold"), Qt::CaseInsensitive)
            || font.contains(QStringLiteral("Heavy"), Qt::CaseInsensitive)
            || font.contains(QStringLiteral("Black"), Qt::CaseInsensitive);
        w.spaceAfter = box.has_space_after();
        words.append(w);
    }
    return words;
}

} // namespace

extern "C" Q_DECL_EXPORT void regtracker_read_pdf_pages(const QByteArray &bytes, int maxPages,
                                                        qsizetype maxWords, rt::core::PdfPages &result)
{
    using rt::core::PdfPages;
    poppler::set_debug_error_function([](const std::string &, void *) { }, nullptr);
    const std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
        bytes.constData(), int(std::min<qsizetype>(bytes.size(), INT_MAX))));
    if (!pdf) {
        result.outcome = PdfPages::Outcome::Unreadable;
        return;
    }
    if (pdf->is_locked() || pdf->is_encrypted()) {
        result.outcome = PdfPages::Outcome::Encrypted;
        return;
    }
    qsizetype budget = maxWords;
    const int pages = std::min(pdf->pages(), maxPages);
    for (int i = 0; i < pages && budget > 0; ++i) {
        const std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page) {
            continue;
        }
        poppler::rectf box = page->page_rect(poppler::crop_box);
        if (box.width() <= 0 || box.height() <= 0) {
            box = page->page_rect(poppler::media_box);
        }
        rt::core::PdfPage read;
        read.number = i;
        read.width = box.width();
        read.height = box.height();
        read.words = wordsOf(*page, budget);
        budget -= read.words.size();
        result.pages.append(read);
    }
    result.title = fromUstring(pdf->get_title()).trimmed();
    result.outcome = PdfPages::Outcome::Read;
}
