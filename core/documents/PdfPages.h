// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What RegTracker's PDF module (regtracker-pdf, PdfPages.cpp) reads out of a PDF file through poppler: the
// words of each page with their boxes and fonts, and the document's title. PdfText puts them in reading
// order. The module is a library of its own, loaded when the first PDF file is read, so that starting
// RegTracker does not load poppler and the thirty libraries it needs.

#include <QByteArray>
#include <QList>
#include <QString>

namespace rt::core {

struct PdfWord
{
    QString text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double size = 0; // font size
    bool bold = false;
    bool spaceAfter = true;
};

struct PdfPage
{
    int number = 0; // from 0; a page poppler cannot make is left out
    double width = 0;
    double height = 0;
    QList<PdfWord> words;
};

struct PdfPages
{
    enum class Outcome { Read, Unreadable, Encrypted };
    Outcome outcome = Outcome::Unreadable;
    QString title;
    QList<PdfPage> pages;
};

// The module's one function, exported unmangled as pdfPagesSymbol: at most maxPages pages and maxWords
// words in all.
using ReadPdfPages = void (*)(const QByteArray &bytes, int maxPages, qsizetype maxWords, PdfPages &pages);
inline constexpr char pdfPagesSymbol[] = "regtracker_read_pdf_pages";
inline constexpr char pdfModuleName[] = "regtracker-pdf";

} // namespace rt::core
