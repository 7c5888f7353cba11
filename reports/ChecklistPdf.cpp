// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistPdf.h"

#include "ChecklistReport.h"
#include "Error.h"
#include "PdfSupport.h"
#include "Vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <memory>
#include <numeric>
#include <vector>

namespace rt::reports {

using core::ChecklistReport;
using core::ChecklistRow;

namespace {

constexpr qreal bodyPoints = 8.5;

const QColor ink(0x20, 0x21, 0x24);
const QColor muted(0x5f, 0x63, 0x68);
const QColor rule(0xbd, 0xc1, 0xc6);
const QColor headerFill(0xe3, 0xe6, 0xea);
const QColor groupFill(0xf1, 0xf3, 0xf4);
const QColor overdueInk(0xb3, 0x26, 0x1e);
const QColor overdueFill(0xfc, 0xe8, 0xe6);

QTextCharFormat charFormat(qreal points, bool bold = false, const QColor &color = ink)
{
    QTextCharFormat format;
    format.setFont(reportFont(points, bold));
    format.setForeground(color);
    return format;
}

QTextBlockFormat blockFormat(qreal spaceBefore, qreal spaceAfter, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(spaceBefore);
    format.setBottomMargin(spaceAfter);
    format.setAlignment(alignment);
    return format;
}

// Widths in Latin letters, a Chinese character counting two: rough, but enough to share the table's width
// out.
bool isWide(QChar c)
{
    return c.unicode() >= 0x2e80;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

// The widest piece a line cannot be broken in: a word, or one Chinese character.
int unbreakableWidth(const QString &text)
{
    int widest = 0;
    int word = 0;
    for (const QChar c : text) {
        if (c.isSpace() || isWide(c)) {
            widest = std::max({widest, word, isWide(c) ? 2 : 0});
            word = 0;
        } else {
            ++word;
        }
    }
    return std::max(widest, word);
}

QString dateTimeText(const QDateTime &moment)
{
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The columns worth printing: those with something in them (the group column, empty in rows, becomes the
// group headings; a justification column with no justification in it goes).
QList<int> printedColumns(const ChecklistReport &report)
{
    const qsizetype count = report.columnTitles().size();
    QList<bool> used(count, false);
    for (const ChecklistReport::Group &group : report.groups) {
        for (const ChecklistRow &row : group.rows) {
            const QStringList cells = report.cells(row);
            for (qsizetype c = 0; c < count; ++c) {
                used[c] = used.at(c) || !cells.value(c).isEmpty();
            }
        }
    }
    QList<int> columns;
    for (qsizetype c = 0; c < count; ++c) {
        if (used.at(c)) {
            columns.append(int(c));
        }
    }
    return columns;
}

// The first page: the company, the date and the summary counts.
class TitlePage
{
public:
    TitlePage(const ChecklistReport &report, QTextDocument &document)
        : m_report(report)
        , m_cursor(&document)
    {
    }
    void build();

private:
    static void addCounts(QTextCursor cursor, const QString &title,
                          const QList<std::pair<QString, int>> &counts, const QString &note);
    static void setCell(QTextTable *table, int row, int column, const QString &text,
                        const QTextCharFormat &format, const QColor &fill);

    const ChecklistReport &m_report;
    QTextCursor m_cursor;
};

void TitlePage::build()
{
    m_cursor.setBlockFormat(blockFormat(0, 6));
    m_cursor.insertText(QStringLiteral("RegTracker"), charFormat(10, true, muted));
    m_cursor.insertBlock(blockFormat(0, 18));
    m_cursor.insertText(ChecklistPdf::tr("Compliance checklist"), charFormat(24, true));

    const QString name = m_report.companyName();
    m_cursor.insertBlock(blockFormat(0, 4));
    m_cursor.insertText(name, charFormat(16, true));
    // The name in the other language too: auditors file the report under either.
    for (const QString &other : {m_report.company.name.en, m_report.company.name.zh}) {
        if (!other.isEmpty() && other != name) {
            m_cursor.insertBlock(blockFormat(0, 4));
            m_cursor.insertText(other, charFormat(13, false, muted));
        }
    }
    m_cursor.insertBlock(blockFormat(14, 2));
    m_cursor.insertText(ChecklistPdf::tr("Generated: %1").arg(dateTimeText(m_report.generatedAt)),
                        charFormat(10));
    if (!m_report.conversionNote().isEmpty()) {
        m_cursor.insertBlock(blockFormat(0, 2));
        m_cursor.insertText(m_report.conversionNote(), charFormat(10, false, muted));
    }
    m_cursor.insertBlock(blockFormat(0, 18));
    m_cursor.insertText(ChecklistPdf::tr("Overdue means a due date before %1 and not Done.")
                            .arg(m_report.today.toString(Qt::ISODate)),
                        charFormat(10));

    // The three numbers a reader looks for first.
    QTextTableFormat summaryFormat;
    summaryFormat.setBorder(0);
    summaryFormat.setCellPadding(6);
    summaryFormat.setCellSpacing(0);
    summaryFormat.setWidth(QTextLength(QTextLength::PercentageLength, 75));
    QTextTable *summary = m_cursor.insertTable(2, 3, summaryFormat);
    const int percent = m_report.applicable > 0 ? m_report.done * 100 / m_report.applicable : 0;
    const QList<std::tuple<QString, QString, QColor>> figures{
        {ChecklistPdf::tr("Applicable"), QString::number(m_report.applicable), ink},
        {ChecklistPdf::tr("Done"), ChecklistPdf::tr("%1 (%2%)").arg(m_report.done).arg(percent), ink},
        {ChecklistPdf::tr("Overdue"), QString::number(m_report.overdue),
         m_report.overdue > 0 ? overdueInk : ink},
    };
    for (int i = 0; i < figures.size(); ++i) {
        const auto &[label, value, color] = figures.at(i);
        summary->cellAt(0, i).firstCursorPosition().insertText(label, charFormat(10, false, muted));
        summary->cellAt(1, i).firstCursorPosition().insertText(value, charFormat(20, true, color));
    }
    m_cursor.movePosition(QTextCursor::End);

    QList<std::pair<QString, int>> byStatus;
    for (const core::AssessmentStatus status : core::Vocabulary::values<core::AssessmentStatus>()) {
        byStatus.append({core::Vocabulary::label(status), m_report.byStatus.value(status)});
    }
    QList<std::pair<QString, int>> byResult;
    for (const core::AssessmentResult result : core::Vocabulary::values<core::AssessmentResult>()) {
        byResult.append({core::Vocabulary::label(result), m_report.byResult.value(result)});
    }
    // Side by side, so that the title page stays one page.
    QTextTableFormat sideBySide;
    sideBySide.setBorder(0);
    sideBySide.setCellPadding(0);
    sideBySide.setCellSpacing(0);
    sideBySide.setTopMargin(14);
    sideBySide.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    sideBySide.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
    QTextTable *counts = m_cursor.insertTable(1, 2, sideBySide);
    QTextTableCellFormat gap;
    gap.setRightPadding(24);
    counts->cellAt(0, 0).setFormat(gap);
    addCounts(counts->cellAt(0, 0).firstCursorPosition(), ChecklistPdf::tr("By status"), byStatus,
              ChecklistPdf::tr("Obligations that apply to the company."));
    addCounts(counts->cellAt(0, 1).firstCursorPosition(), ChecklistPdf::tr("By result"), byResult,
              ChecklistPdf::tr("Every row, including those marked not applicable."));
    m_cursor.movePosition(QTextCursor::End);
}

void TitlePage::addCounts(QTextCursor cursor, const QString &title,
                          const QList<std::pair<QString, int>> &counts, const QString &note)
{
    cursor.setBlockFormat(blockFormat(0, 2));
    cursor.insertText(title, charFormat(12, true));
    cursor.insertBlock(blockFormat(0, 6));
    cursor.insertText(note, charFormat(9, false, muted));

    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(rule);
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 90));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 75), QTextLength(QTextLength::PercentageLength, 25)});
    QTextTable *table = cursor.insertTable(int(counts.size()) + 1, 2, format);
    int total = 0;
    for (int i = 0; i < counts.size(); ++i) {
        table->cellAt(i, 0).firstCursorPosition().insertText(counts.at(i).first, charFormat(10));
        QTextCursor number = table->cellAt(i, 1).firstCursorPosition();
        number.setBlockFormat(blockFormat(0, 0, Qt::AlignRight));
        number.insertText(QString::number(counts.at(i).second), charFormat(10));
        total += counts.at(i).second;
    }
    const int last = int(counts.size());
    setCell(table, last, 0, ChecklistPdf::tr("Total"), charFormat(10, true), groupFill);
    setCell(table, last, 1, QString::number(total), charFormat(10, true), groupFill);
    table->cellAt(last, 1).firstCursorPosition().setBlockFormat(blockFormat(0, 0, Qt::AlignRight));
}

void TitlePage::setCell(QTextTable *table, int row, int column, const QString &text,
                        const QTextCharFormat &format, const QColor &fill)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextCharFormat cellFormat = cell.format();
    cellFormat.setBackground(fill);
    cell.setFormat(cellFormat);
    cell.firstCursorPosition().insertText(text, format);
}

// Each column's share of the table's width; capacity is the width of the table in average Latin letters.
QList<qreal> columnShares(const ChecklistReport &report, const QList<int> &columns, qreal capacity)
{
    // Like a web browser's automatic table layout: every column gets room for its longest word, short
    // columns (status, dates, names) then get room for their whole text, and what is left goes to the long
    // texts by how much of them there is.
    constexpr qreal padding = 3; // cell padding, and letters wider than the average one
    constexpr int longestWord = 22; // longer words wrap anywhere
    constexpr int shortText = 24;
    const QStringList titles = report.columnTitles();
    const qsizetype count = columns.size();
    QList<qreal> width(count);
    QList<qreal> wanted(count);
    QList<qreal> amount(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        const QString &title = titles.value(columns.at(i));
        width[i] = std::min(unbreakableWidth(title), longestWord) + padding;
        wanted[i] = displayWidth(title) + padding;
    }
    for (const ChecklistReport::Group &group : report.groups) {
        for (const ChecklistRow &row : group.rows) {
            const QStringList cells = report.cells(row);
            for (qsizetype i = 0; i < count; ++i) {
                const QString &text = cells.value(columns.at(i));
                width[i]
                    = std::max<qreal>(width.at(i), std::min(unbreakableWidth(text), longestWord) + padding);
                wanted[i] = std::max<qreal>(wanted.at(i), displayWidth(text) + padding);
                amount[i] += displayWidth(text);
            }
        }
    }
    qreal left = capacity - std::accumulate(width.cbegin(), width.cend(), 0.0);
    for (qsizetype i = 0; i < count && left > 0; ++i) {
        if (wanted.at(i) <= shortText + padding && wanted.at(i) > width.at(i)) {
            const qreal more = std::min(wanted.at(i) - width.at(i), left);
            width[i] += more;
            left -= more;
        }
    }
    qreal longAmount = 0;
    for (qsizetype i = 0; i < count; ++i) {
        longAmount += wanted.at(i) > width.at(i) ? amount.at(i) : 0;
    }
    for (qsizetype i = 0; i < count && left > 0 && longAmount > 0; ++i) {
        if (wanted.at(i) > width.at(i)) {
            width[i] += left * amount.at(i) / longAmount;
        }
    }
    const qreal total = std::accumulate(width.cbegin(), width.cend(), 0.0);
    QList<qreal> shares;
    for (const qreal w : width) {
        shares.append(w / total);
    }
    return shares;
}

// The checklist table, laid out here rather than as one QTextDocument table: rows never break across pages
// (a row taller than a page, the one exception, breaks between lines), a group heading stays with its first
// row, and the header row repeats on every page. Each cell's text is a QTextLayout drawn line by line, so
// that nothing is drawn outside the page it belongs to (a reader extracting text would find it twice).
class ChecklistTable
{
public:
    ChecklistTable(const ChecklistReport &report, QPaintDevice *device, qreal width);

    // Splits the rows into pages of the given height; returns how many pages the table takes.
    int paginate(qreal pageHeight);
    // Every text in the table.
    QString text() const;
    void drawPage(QPainter &painter, int page, const QPointF &origin) const;

private:
    enum class Kind { Header, Group, Row };
    struct Cell
    {
        std::unique_ptr<QTextLayout> text;
        qreal x = 0;
        qreal width = 0;
    };
    struct Row
    {
        Kind kind = Kind::Row;
        std::vector<Cell> cells;
        QColor fill;
        QColor ink;
        qreal height = 0; // all lines, with padding
    };
    // The part of a row on one page: for each cell the lines [first, last).
    struct Slice
    {
        int row = 0;
        qreal y = 0;
        qreal height = 0;
        QList<std::pair<int, int>> lines;
    };

    Row makeRow(Kind kind, const QStringList &texts, const QFont &font, const QColor &fill,
                const QColor &textColor, const QString &suffix = {});
    // The lines of each cell of a row, from `from`, that fit in `height` (at least one when `force`).
    Slice fit(int row, const QList<int> &from, qreal height, bool force) const;
    void drawSlice(QPainter &painter, const Slice &slice, const QPointF &origin) const;

    QPaintDevice *m_device;
    qreal m_width;
    qreal m_padding;
    QList<qreal> m_columnX; // left edges, and the right edge last
    std::vector<Row> m_rows; // the header row first
    QList<QList<Slice>> m_pages;
};

ChecklistTable::ChecklistTable(const ChecklistReport &report, QPaintDevice *device, qreal width)
    : m_device(device)
    , m_width(width)
    , m_padding(2.5 * device->logicalDpiY() / 72.0)
{
    const QList<int> columns = printedColumns(report);
    // The width of an average Latin letter (a Chinese font's own average counts its wide characters).
    const QString sample = QStringLiteral("The quick brown fox jumps over the lazy dog 2025-10-31");
    const qreal letter
        = QFontMetricsF(reportFont(bodyPoints), device).horizontalAdvance(sample) / sample.size();
    qreal x = 0;
    m_columnX.append(x);
    for (const qreal share : columnShares(report, columns, width / letter)) {
        x += share * width;
        m_columnX.append(x);
    }

    const QStringList titles = report.columnTitles();
    QStringList header;
    for (const int column : columns) {
        header.append(titles.value(column));
    }
    m_rows.push_back(makeRow(Kind::Header, header, reportFont(bodyPoints, true), headerFill, ink));
    for (const ChecklistReport::Group &group : report.groups) {
        m_rows.push_back(makeRow(Kind::Group, {group.title}, reportFont(bodyPoints + 0.5, true), groupFill,
                                 ink,
                                 ChecklistPdf::tr("%1 of %2 done").arg(group.done).arg(group.applicable)));
        for (const ChecklistRow &row : group.rows) {
            const QStringList cells = report.cells(row);
            QStringList texts;
            for (const int column : columns) {
                texts.append(cells.value(column));
            }
            const bool overdue = row.isOverdue(report.today);
            m_rows.push_back(makeRow(Kind::Row, texts, reportFont(bodyPoints),
                                     overdue ? overdueFill : Qt::white, overdue ? overdueInk : ink));
        }
    }
}

ChecklistTable::Row ChecklistTable::makeRow(Kind kind, const QStringList &texts, const QFont &font,
                                            const QColor &fill, const QColor &textColor,
                                            const QString &suffix)
{
    Row row;
    row.kind = kind;
    row.fill = fill;
    row.ink = textColor;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Cell cell;
        cell.x = kind == Kind::Group ? 0 : m_columnX.value(i);
        cell.width = kind == Kind::Group ? m_width : m_columnX.value(i + 1) - m_columnX.value(i);
        QString text = texts.at(i);
        text.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator))
            .replace(u'\n', QChar::LineSeparator);
        QList<QTextLayout::FormatRange> formats;
        if (!suffix.isEmpty()) {
            // The group's progress after its title, lighter.
            QTextCharFormat light;
            light.setFont(reportFont(bodyPoints));
            light.setForeground(muted);
            formats.append({int(text.size()), int(suffix.size()) + 3, light});
            text += QStringLiteral("   ") + suffix;
        }
        cell.text = std::make_unique<QTextLayout>(text, font, m_device);
        cell.text->setTextOption(option);
        cell.text->setFormats(formats);
        cell.text->beginLayout();
        qreal y = 0;
        for (QTextLine line = cell.text->createLine(); line.isValid(); line = cell.text->createLine()) {
            line.setLineWidth(std::max(cell.width - 2 * m_padding, 1.0));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        cell.text->endLayout();
        row.height = std::max(row.height, y + 2 * m_padding);
        row.cells.push_back(std::move(cell));
    }
    return row;
}

ChecklistTable::Slice ChecklistTable::fit(int row, const QList<int> &from, qreal height, bool force) const
{
    Slice slice;
    slice.row = row;
    const Row &r = m_rows.at(row);
    for (size_t c = 0; c < r.cells.size(); ++c) {
        const QTextLayout &text = *r.cells.at(c).text;
        const int first = from.value(int(c));
        const qreal top = first < text.lineCount() ? text.lineAt(first).y() : 0;
        int last = first;
        while (last < text.lineCount()) {
            const QTextLine line = text.lineAt(last);
            if (line.y() + line.height() - top + 2 * m_padding > height && !(force && last == first)) {
                break;
            }
            ++last;
        }
        slice.lines.append(std::pair(first, last));
        const qreal bottom = last > first ? text.lineAt(last - 1).y() + text.lineAt(last - 1).height() : top;
        slice.height = std::max(slice.height, bottom - top + 2 * m_padding);
    }
    return slice;
}

int ChecklistTable::paginate(qreal pageHeight)
{
    m_pages.clear();
    qreal y = 0;
    const auto startPage = [&] {
        m_pages.append(QList<Slice>());
        Slice header = fit(0, {}, pageHeight, true);
        header.y = 0;
        m_pages.last().append(header);
        y = header.height;
    };
    startPage();
    const qreal top = y;
    for (int row = 1; row < int(m_rows.size()); ++row) {
        const Row &r = m_rows.at(row);
        // A group heading goes to the next page unless its first row fits under it.
        const bool withNext = r.kind == Kind::Group && row + 1 < int(m_rows.size());
        const qreal needed = r.height + (withNext ? m_rows.at(row + 1).height : 0);
        if (y + needed > pageHeight && y > top && top + needed <= pageHeight) {
            startPage();
        }
        if (y + r.height > pageHeight && y > top) {
            startPage(); // a row taller than a page starts on a fresh one and breaks there
        }
        QList<int> from(int(r.cells.size()), 0);
        while (true) {
            Slice slice = fit(row, from, pageHeight - y, y == top);
            slice.y = y;
            m_pages.last().append(slice);
            y += slice.height;
            bool done = true;
            for (size_t c = 0; c < r.cells.size(); ++c) {
                from[int(c)] = slice.lines.at(int(c)).second;
                done = done && from.at(int(c)) >= r.cells.at(c).text->lineCount();
            }
            if (done) {
                break;
            }
            startPage();
        }
    }
    return int(m_pages.size());
}

QString ChecklistTable::text() const
{
    QString text;
    for (const Row &row : m_rows) {
        for (const Cell &cell : row.cells) {
            text += cell.text->text();
        }
    }
    return text;
}

void ChecklistTable::drawPage(QPainter &painter, int page, const QPointF &origin) const
{
    for (const Slice &slice : m_pages.value(page)) {
        drawSlice(painter, slice, origin);
    }
}

void ChecklistTable::drawSlice(QPainter &painter, const Slice &slice, const QPointF &origin) const
{
    const Row &row = m_rows.at(slice.row);
    const QRectF area(origin.x(), origin.y() + slice.y, m_width, slice.height);
    painter.fillRect(area, row.fill);
    painter.setPen(row.ink);
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const Cell &cell = row.cells.at(c);
        const auto [first, last] = slice.lines.at(int(c));
        if (first >= last) {
            continue;
        }
        const qreal top = cell.text->lineAt(first).y();
        const QPointF position(area.left() + cell.x + m_padding, area.top() + m_padding - top);
        for (int i = first; i < last; ++i) {
            cell.text->lineAt(i).draw(&painter, position);
        }
    }
    // The grid: the row's outline, and column lines except across a group heading.
    painter.setPen(QPen(rule, 0.5 * m_device->logicalDpiY() / 72.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    if (row.kind != Kind::Group) {
        for (qsizetype i = 1; i + 1 < m_columnX.size(); ++i) {
            const qreal x = area.left() + m_columnX.at(i);
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        }
    }
}

// Draws the report on device, whose page layout is set, page after page; false when progress cancelled.
// drawn: every text drawn (for the PDF's character names).
bool paint(const ChecklistReport &report, QPagedPaintDevice &device, const PdfPages &frame,
           const ChecklistPdf::Progress &progress, QString *drawn)
{
    const QRectF body = frame.body();
    QTextDocument title;
    frame.prepare(title, bodyPoints);
    {
        // One edit block: the layout runs once at the end instead of after every cell.
        QTextCursor block(&title);
        block.beginEditBlock();
        TitlePage(report, title).build();
        block.endEditBlock();
    }
    const int titlePages = title.pageCount();

    ChecklistTable table(report, &device, body.width());
    const int tablePages = report.groups.isEmpty() ? 0 : table.paginate(body.height());
    const int pages = titlePages + std::max(tablePages, 1);
    if (progress && !progress(0, pages)) {
        return false;
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        throw core::Error(core::Error::Code::Failed, ChecklistPdf::tr("Cannot lay out the PDF pages."));
    }
    const QString generated = ChecklistPdf::tr("Generated %1").arg(dateTimeText(report.generatedAt));
    if (drawn) {
        *drawn = title.toPlainText() + table.text() + report.companyName() + generated
            + ChecklistPdf::tr("Compliance checklist") + ChecklistPdf::tr("Page %1 of %2")
            + ChecklistPdf::tr("No obligations apply to this company.");
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        // The first page is the title page: no running header.
        frame.drawBands(painter, page > 0 ? report.companyName() : QString(),
                        page > 0 ? ChecklistPdf::tr("Compliance checklist") : QString(), generated,
                        ChecklistPdf::tr("Page %1 of %2").arg(page + 1).arg(pages));

        if (page < titlePages) {
            drawDocumentPage(painter, title, page, body, ink);
        } else if (tablePages > 0) {
            table.drawPage(painter, page - titlePages, body.topLeft());
        } else {
            painter.setFont(reportFont(11));
            painter.setPen(ink);
            painter.drawText(body, Qt::AlignLeft | Qt::AlignTop,
                             ChecklistPdf::tr("No obligations apply to this company."));
        }
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return false;
        }
    }
    painter.end();
    return true;
}

QByteArray render(const ChecklistReport &report, const ChecklistPdf::Progress &progress)
{
    QByteArray pdf;
    QString drawn;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        const PdfPages frame(writer, printedColumns(report).size() > 5,
                             ChecklistPdf::tr("Compliance checklist: %1").arg(report.companyName()));
        if (!paint(report, writer, frame, progress, &drawn)) {
            return {};
        }
    }
    nameDrawnCharacters(pdf, reportFont(bodyPoints), drawn);
    return pdf;
}

} // namespace

QByteArray ChecklistPdf::toPdf(const ChecklistReport &report, const Progress &progress)
{
    return render(report, progress);
}

QPageLayout ChecklistPdf::pageLayout(const ChecklistReport &report)
{
    return PdfPages::layout(printedColumns(report).size() > 5);
}

bool ChecklistPdf::print(const ChecklistReport &report, QPagedPaintDevice &device, const Progress &progress)
{
    return paint(report, device, PdfPages(device), progress, nullptr);
}

void ChecklistPdf::write(const ChecklistReport &report, const QString &path)
{
    PdfFile::write(render(report, {}), path);
}

} // namespace rt::reports
