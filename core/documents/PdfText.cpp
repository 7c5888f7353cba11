// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include "Error.h"
#include "Module.h"
#include "PdfPages.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace rt::core {

namespace {

// The most pages and words read: a newsletter has a few dozen pages; the limits keep hostile files linear.
constexpr int MaxPages = 500;
constexpr qsizetype MaxWords = 400000;

using Word = PdfWord;

double centre(const Word &w)
{
    return (w.y0 + w.y1) / 2;
}

// A run of words on one baseline in one column.
struct Line
{
    QList<Word> words;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int page = 0;
    double size() const { return words.isEmpty() ? 0 : words.constFirst().size; }
    bool bold() const
    {
        return !words.isEmpty()
            && std::all_of(words.cbegin(), words.cend(), [](const Word &w) { return w.bold; });
    }
    QString text() const
    {
        QString result;
        for (const Word &w : words) {
            if (!result.isEmpty() && !result.back().isSpace()) {
                const bool cjk = result.back().unicode() >= 0x2E80 && w.text.front().unicode() >= 0x2E80;
                if (!cjk) {
                    result.append(u' ');
                }
            }
            result.append(w.text);
        }
        return result.simplified();
    }
    void add(const Word &w)
    {
        if (words.isEmpty()) {
            x0 = w.x0, y0 = w.y0, x1 = w.x1, y1 = w.y1;
        } else {
            x0 = std::min(x0, w.x0), y0 = std::min(y0, w.y0), x1 = std::max(x1, w.x1),
            y1 = std::max(y1, w.y1);
        }
        words.append(w);
    }
};

// Words on the same baseline, left to right: the raw lines of a page, top to bottom.
QList<QList<Word>> rawLines(QList<Word> words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const Word &a, const Word &b) { return centre(a) < centre(b); });
    QList<QList<Word>> lines;
    for (const Word &w : std::as_const(words)) {
        if (!lines.isEmpty()) {
            const Word &last = lines.last().constLast();
            const double tolerance = 0.4 * std::min(w.y1 - w.y0, last.y1 - last.y0);
            if (std::abs(centre(w) - centre(last)) <= tolerance) {
                lines.last().append(w);
                continue;
            }
        }
        lines.append({w});
    }
    for (QList<Word> &line : lines) {
        std::stable_sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.x0 < b.x0; });
    }
    return lines;
}

double median(QList<double> values, double fallback)
{
    if (values.isEmpty()) {
        return fallback;
    }
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values.at(values.size() / 2);
}

// The x of the gutter between two columns, or a negative value for a page set in one column: the x in the
// middle part of the page that several lines have text on both sides of and almost none has a word across
// (the last page of a two-column text may have a short right column).
double gutterOf(const QList<QList<Word>> &lines, double width)
{
    double gutter = -1;
    int best = 0;
    for (int x = int(0.3 * width); x <= int(0.7 * width); ++x) {
        int spanning = 0;
        int blocked = 0;
        int reaching = 0; // lines with text right of x
        for (const QList<Word> &line : lines) {
            bool left = false;
            bool right = false;
            bool across = false;
            for (const Word &w : line) {
                left = left || w.x1 <= x;
                right = right || w.x0 >= x;
                across = across || (w.x0 < x && w.x1 > x);
            }
            spanning += left && right && !across ? 1 : 0;
            blocked += across ? 1 : 0;
            reaching += right || across ? 1 : 0;
        }
        if (spanning >= 3 && spanning > best && blocked * 10 <= reaching && spanning * 10 >= reaching * 3) {
            best = spanning;
            gutter = x;
        }
    }
    return gutter;
}

// The lines of one page in reading order: full-width lines where they stand, and between two of them the
// left column's lines before the right column's.
QList<Line> pageLines(const QList<Word> &words, double width, int page)
{
    const QList<QList<Word>> raw = rawLines(words);
    const double gutter = gutterOf(raw, width);
    QList<Line> result;
    QList<Line> left;
    QList<Line> right;
    const auto flushColumns = [&] {
        result += left;
        result += right;
        left.clear();
        right.clear();
    };
    QList<double> sizes;
    for (const Word &w : words) {
        sizes.append(w.size);
    }
    const double bodySize = median(sizes, 10);
    for (const QList<Word> &wordsOfLine : raw) {
        Line l, r, full;
        l.page = r.page = full.page = page;
        // A line in larger type (a title) spans the columns.
        const bool larger = !wordsOfLine.isEmpty() && wordsOfLine.constFirst().size > 1.1 * bodySize;
        for (const Word &w : wordsOfLine) {
            if (gutter < 0 || larger) {
                full.add(w);
            } else if (w.x1 <= gutter) {
                l.add(w);
            } else if (w.x0 >= gutter) {
                r.add(w);
            } else {
                full.add(w);
            }
        }
        if (!full.words.isEmpty()) {
            for (const Word &w : std::as_const(l.words) + r.words) {
                full.add(w);
            }
            std::stable_sort(full.words.begin(), full.words.end(),
                             [](const Word &a, const Word &b) { return a.x0 < b.x0; });
            flushColumns();
            result.append(full);
            continue;
        }
        if (!l.words.isEmpty()) {
            left.append(l);
        }
        if (!r.words.isEmpty()) {
            right.append(r);
        }
    }
    flushColumns();
    return result;
}

QString runningKey(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return QString(text).replace(digits, QStringLiteral("#")).simplified();
}

// The parts of a line set apart by wide gaps: a footer's left, centre and right fields.
QStringList segmentsOf(const Line &line)
{
    QStringList segments;
    Line part;
    for (const Word &w : line.words) {
        if (!part.words.isEmpty() && w.x0 - part.x1 > 2 * w.size) {
            segments.append(runningKey(part.text()));
            part = Line();
        }
        part.add(w);
    }
    if (!part.words.isEmpty()) {
        segments.append(runningKey(part.text()));
    }
    return segments;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("^(?:[-–—]\\s*)?(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?(?:\\s*[-–—])?$|"
                       "^第\\s*\\d{1,4}\\s*页(?:\\s*共\\s*\\d{1,4}\\s*页)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(text.trimmed()).hasMatch();
}

// Drops running headers and footers: lines near the top or bottom edge that recur on other pages (numbers
// aside), and page numbers there.
QList<Line> withoutRunningLines(const QList<Line> &lines, const QHash<int, double> &pageHeights)
{
    const auto nearEdge = [&](const Line &line) {
        const double height = pageHeights.value(line.page, 842);
        return line.y1 < 0.1 * height || line.y0 > 0.9 * height;
    };
    QHash<QString, QSet<int>> pagesOf;
    for (const Line &line : lines) {
        if (nearEdge(line)) {
            for (const QString &segment : segmentsOf(line)) {
                pagesOf[segment].insert(line.page);
            }
        }
    }
    QList<Line> kept;
    for (const Line &line : lines) {
        const QStringList segments = segmentsOf(line);
        const bool running = std::all_of(segments.cbegin(), segments.cend(), [&](const QString &segment) {
            return isPageNumber(segment) || pagesOf.value(segment).size() >= 2;
        });
        if (nearEdge(line) && (isPageNumber(line.text()) || running)) {
            continue;
        }
        kept.append(line);
    }
    return kept;
}

bool startsListItem(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral(
        "^(?:\\d{1,3}\\s*[.、)．]|[一二三四五六七八九十]{1,3}\\s*、|[(（]\\d{1,2}[)）]|[-–—•·▪●◆■*]\\s)"));
    return marker.match(text).hasMatch();
}

// The left edge of the text column a line stands in: the smallest start of a line of the same page a little
// to its left.
double marginOf(const QList<Line> &lines, const Line &line, double em)
{
    double margin = line.x0;
    for (const Line &other : lines) {
        if (other.page == line.page && other.x0 < margin && other.x0 >= line.x0 - 3 * em) {
            margin = other.x0;
        }
    }
    return margin;
}

// How the lines of a document are set: the body's type size, the space from one line to the next, and whether
// paragraphs start with an indented line.
struct Setting
{
    double bodySize = 10;
    double spacing = 12;
    bool indents = false;
    QList<bool> indented; // per line
};

Setting settingOf(const QList<Line> &lines)
{
    Setting setting;
    QList<double> spacings;
    QList<double> sizes;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        sizes.append(lines.at(i).size());
        if (i > 0 && lines.at(i).page == lines.at(i - 1).page && lines.at(i).y0 > lines.at(i - 1).y0) {
            spacings.append(lines.at(i).y0 - lines.at(i - 1).y0);
        }
    }
    setting.bodySize = median(sizes, 10);
    setting.spacing = median(spacings, 1.2 * setting.bodySize);
    int indentedLines = 0;
    for (const Line &line : lines) {
        const bool indented = line.x0 - marginOf(lines, line, setting.bodySize) > 0.8 * setting.bodySize;
        setting.indented.append(indented);
        indentedLines += indented ? 1 : 0;
    }
    setting.indents = indentedLines >= 3 && indentedLines * 50 >= lines.size();
    return setting;
}

// Joins lines into paragraphs. A paragraph ends where the space between lines grows, the type changes, the
// next line starts a list item or is indented (in a document whose paragraphs are); across a page or column
// it goes on unless the next line starts a paragraph by those signs (or, where paragraphs are not indented,
// the last one ended a sentence).
void writeParagraphs(const QList<Line> &lines, ReadDocument &document)
{
    const Setting setting = settingOf(lines);
    QString paragraph;
    bool heading = false;
    const auto flush = [&] {
        paragraph = paragraph.normalized(QString::NormalizationForm_KC).simplified();
        if (!paragraph.isEmpty()) {
            if (heading) {
                document.headingStarts.append(document.text.size());
            }
            document.text += paragraph + u'\n';
        }
        paragraph.clear();
    };
    const auto isCjk = [](QChar c) { return c.unicode() >= 0x2E80; };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const QString text = line.text();
        const bool lineHeading
            = line.size() >= 1.15 * setting.bodySize || (line.bold() && text.size() <= 200);
        bool breaks = i == 0 || lineHeading != heading || startsListItem(text)
            || (setting.indents && setting.indented.at(i));
        if (!breaks) {
            const Line &previous = lines.at(i - 1);
            const bool sameType = std::abs(line.size() - previous.size()) < 0.1 * setting.bodySize
                && line.bold() == previous.bold();
            const bool nextLine = previous.page == line.page && line.y0 > previous.y0
                && line.y0 - previous.y0 <= 1.3 * setting.spacing;
            const bool newColumn = previous.page != line.page || line.y0 <= previous.y0;
            const QString before = paragraph.trimmed();
            const bool ended = !before.isEmpty() && QStringView(u".。!?！？").contains(before.back());
            breaks = !sameType || (!nextLine && !newColumn) || (newColumn && !setting.indents && ended);
        }
        if (breaks) {
            flush();
            heading = lineHeading;
        } else if (paragraph.endsWith(u'-') && !text.isEmpty() && paragraph.size() > 1
                   && paragraph.at(paragraph.size() - 2).isLetter()) {
            // A word hyphenated at the end of the line; a compound ("shake-to-") keeps its hyphen.
            const qsizetype wordStart = paragraph.lastIndexOf(u' ') + 1;
            if (text.front().isLower()
                && !QStringView(paragraph).sliced(wordStart).chopped(1).contains(u'-')) {
                paragraph.chop(1);
            }
        } else if (!paragraph.isEmpty()
                   && !(isCjk(paragraph.back()) && !text.isEmpty() && isCjk(text.front()))) {
            paragraph.append(u' ');
        }
        paragraph += text;
    }
    flush();
}

} // namespace

ReadDocument PdfText::read(const QByteArray &bytes, const QString &fileName)
{
    PdfPages pdf;
    const auto readPages = reinterpret_cast<ReadPdfPages>(Module::resolve(pdfModuleName, pdfPagesSymbol));
    readPages(bytes, MaxPages, MaxWords, pdf);
    if (pdf.outcome == PdfPages::Outcome::Unreadable) {
        throw Error(Error::Code::InvalidInput, tr("%1 is not a readable PDF file.").arg(fileName));
    }
    if (pdf.outcome == PdfPages::Outcome::Encrypted) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is an encrypted PDF file: save it without a password first.").arg(fileName));
    }
    QList<Line> lines;
    QHash<int, double> heights;
    for (const PdfPage &page : std::as_const(pdf.pages)) {
        heights.insert(page.number, page.height);
        lines += pageLines(page.words, page.width, page.number);
    }
    ReadDocument document;
    writeParagraphs(withoutRunningLines(lines, heights), document);
    if (document.text.trimmed().isEmpty()) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 has no text to read: it may be a scan without a text layer.").arg(fileName));
    }
    document.title = pdf.title;
    document.encoding = QStringLiteral("PDF");
    return document;
}

} // namespace rt::core
