// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyMatrixView.h"

#include "CompanyMatrixModel.h"
#include "Database.h"
#include "FilterBar.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtMath>

#include <functional>

namespace rt::ui {

using core::CompanyMatrixModel;

namespace {

constexpr int maxHeaderLines = 3;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Red (nothing done) through amber to green (all done). Light tiles under dark text in light palettes, dark
// tiles under light text in dark ones, so that the palette's own text colour stays readable on every step.
QColor completionColour(double completion, const QPalette &palette)
{
    const int hue = qRound(qBound(0.0, completion, 1.0) * 120);
    return isDark(palette) ? QColor::fromHsl(hue, 120, 72) : QColor::fromHsl(hue, 170, 208);
}

QColor overdueColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
}

// One matrix tile: the fill, the text in the middle and, for overdue work, a triangle in the top-right
// corner. completion < 0 means that nothing applies.
void paintTile(QPainter *painter, const QRect &rect, const QPalette &palette, double completion,
               const QString &text, bool overdue)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (completion >= 0) {
        painter->fillRect(rect, completionColour(completion, palette));
        painter->setPen(palette.color(QPalette::Text));
    } else {
        painter->fillRect(rect, palette.color(QPalette::AlternateBase));
        painter->setPen(palette.color(QPalette::PlaceholderText));
    }
    painter->drawText(rect, Qt::AlignCenter, text);
    if (overdue) {
        const int side = qBound(7, rect.height() / 3, 14);
        QPainterPath corner;
        corner.moveTo(rect.right() + 1 - side, rect.top());
        corner.lineTo(rect.right() + 1, rect.top());
        corner.lineTo(rect.right() + 1, rect.top() + side);
        corner.closeSubpath();
        painter->fillPath(corner, overdueColour(palette));
    }
    painter->restore();
}

// Cells: the tile, and a frame in the highlight colour for the current or selected cell (the fill carries the
// meaning, so selection must not paint over it).
class CellDelegate final : public QStyledItemDelegate
{
public:
    CellDelegate(std::function<QString(const QModelIndex &)> toolTip, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_toolTip(std::move(toolTip))
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int applicable = index.data(CompanyMatrixModel::ApplicableRole).toInt();
        const bool overdue = index.data(CompanyMatrixModel::OverdueRole).toInt() > 0;
        const double completion
            = applicable > 0 ? index.data(CompanyMatrixModel::CompletionRole).toDouble() : -1.0;
        const QRect tile = option.rect.adjusted(2, 2, -2, -2);
        const QString text = applicable > 0 ? index.data().toString() : QStringLiteral("—");
        painter->save();
        painter->setFont(option.font);
        paintTile(painter, tile, option.palette, completion, text, overdue);
        if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
            QPen pen(option.palette.color(QPalette::Highlight), 2);
            pen.setJoinStyle(Qt::MiterJoin);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.isValid()) {
            QToolTip::showText(event->globalPos(), m_toolTip(index), view);
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

private:
    std::function<QString(const QModelIndex &)> m_toolTip;
};

// Headers whose names wrap over a few lines (Chinese names and short English ones) or, when that would make
// the columns too wide, run upwards in narrow columns. The current row and column are in bold.
class MatrixHeader final : public QHeaderView
{
public:
    explicit MatrixHeader(Qt::Orientation orientation, QWidget *parent)
        : QHeaderView(orientation, parent)
    {
        setSectionsClickable(true);
        setHighlightSections(false);
        setSectionResizeMode(QHeaderView::Fixed);
    }

    void setLayout(bool rotated, int extent)
    {
        if (rotated == m_rotated && extent == m_extent) {
            return;
        }
        m_rotated = rotated;
        m_extent = extent;
        Q_EMIT geometriesChanged();
        viewport()->update();
    }

    QSize sizeHint() const override
    {
        QSize size = QHeaderView::sizeHint();
        if (m_extent > 0) {
            (orientation() == Qt::Horizontal ? size.rheight() : size.rwidth()) = m_extent;
        }
        return size;
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid() || !model()) {
            return;
        }
        QStyleOptionHeader option;
        initStyleOption(&option);
        option.rect = rect;
        option.section = logicalIndex;
        option.position = QStyleOptionHeader::Middle;
        style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

        const QString text = model()->headerData(logicalIndex, orientation()).toString();
        const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
        QFont font = this->font();
        font.setBold(current.isValid()
                     && (orientation() == Qt::Horizontal ? current.column() : current.row()) == logicalIndex);
        painter->save();
        painter->setFont(font);
        painter->setPen(palette().color(QPalette::ButtonText));
        const QRect inner = rect.adjusted(5, 4, -5, -4);
        const QFontMetrics fm(font);
        if (m_rotated) {
            // Runs bottom to top, starting next to the cells; long names take a second line.
            painter->translate(inner.left(), inner.bottom() + 1);
            painter->rotate(-90);
            drawWrapped(painter, QRect(0, 0, inner.height(), inner.width()), text, fm,
                        Qt::AlignLeft | Qt::AlignVCenter);
        } else if (orientation() == Qt::Horizontal) {
            drawWrapped(painter, balanced(inner, text, fm), text, fm, Qt::AlignHCenter | Qt::AlignBottom);
        } else {
            drawWrapped(painter, inner, text, fm, Qt::AlignLeft | Qt::AlignVCenter);
        }
        painter->restore();
    }

    bool viewportEvent(QEvent *event) override
    {
        // Long names are elided or wrapped: the tooltip has them whole, in both languages.
        if (event->type() == QEvent::ToolTip && model()) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int section = logicalIndexAt(help->pos());
            if (section >= 0) {
                QString text = model()->headerData(section, orientation(), Qt::ToolTipRole).toString();
                if (text.isEmpty()) {
                    text = model()->headerData(section, orientation()).toString();
                }
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
        return QHeaderView::viewportEvent(event);
    }

private:
    // Word-wrapped text in as many lines as the rectangle holds (measured with the fonts actually used, which
    // for Chinese are taller than the header font); the last one is elided when text is left over.
    static void drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QFontMetrics &fm,
                            Qt::Alignment alignment)
    {
        struct Line
        {
            QString text;
            int start;
            int height;
        };
        QList<Line> lines;
        int total = 0;
        QTextLayout layout(text, painter->font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(rect.width());
            const int height = qCeil(line.height());
            if (!lines.isEmpty() && total + height > rect.height()) {
                Line &last = lines.last();
                last.text = fm.elidedText(text.mid(last.start).simplified(), Qt::ElideRight, rect.width());
                break;
            }
            lines.append({text.mid(line.textStart(), line.textLength()).trimmed(), line.textStart(), height});
            total += height;
        }
        layout.endLayout();
        int y = rect.top();
        if (alignment & Qt::AlignBottom) {
            y = rect.bottom() + 1 - total;
        } else if (alignment & Qt::AlignVCenter) {
            y = rect.top() + (rect.height() - total) / 2;
        }
        for (const Line &line : std::as_const(lines)) {
            painter->drawText(QRect(rect.left(), y, rect.width(), line.height),
                              int(alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, line.text);
            y += line.height;
        }
    }

    // The narrowest rectangle, centred in `rect`, that holds the text in as few lines as `rect` does: the
    // lines come out of even length ("未成年/人保护", not "未成年人保/护").
    static QRect balanced(const QRect &rect, const QString &text, const QFontMetrics &fm)
    {
        const auto height = [&](int width) {
            return fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
        };
        const int needed = height(rect.width());
        if (needed <= fm.lineSpacing() + 1) {
            return rect;
        }
        int width = rect.width();
        while (width > fm.averageCharWidth() && height(width - 2) <= needed) {
            width -= 2;
        }
        return QRect(rect.left() + (rect.width() - width) / 2, rect.top(), width, rect.height());
    }

    bool m_rotated = false;
    int m_extent = 0;
};

// The key under the table: the colour ramp from nothing done to all done, the tile for "nothing applies" and
// the overdue mark.
class Legend final : public QWidget
{
public:
    using QWidget::QWidget;

    void setTexts(const QString &title, const QString &nothing, const QString &overdue)
    {
        m_title = title;
        m_nothing = nothing;
        m_overdue = overdue;
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        const QFontMetrics fm = fontMetrics();
        const int width = fm.horizontalAdvance(m_title) + 5 * (tileWidth() + 2) + 2 * (tileWidth() + 32)
            + fm.horizontalAdvance(m_nothing) + fm.horizontalAdvance(m_overdue) + 24;
        return {width, tileHeight() + 4};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QFontMetrics fm = fontMetrics();
        const int top = (height() - tileHeight()) / 2;
        const auto label = [&](int x, const QString &text) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(x, 0, fm.horizontalAdvance(text) + 2, height()), Qt::AlignVCenter, text);
            return x + fm.horizontalAdvance(text);
        };
        int x = label(0, m_title) + 8;
        for (int percent = 0; percent <= 100; percent += 25) {
            paintTile(&painter, QRect(x, top, tileWidth(), tileHeight()), palette(), percent / 100.0,
                      QLocale().toString(percent) + QLatin1Char('%'), false);
            x += tileWidth() + 2;
        }
        x += 24;
        paintTile(&painter, QRect(x, top, tileWidth(), tileHeight()), palette(), -1, QStringLiteral("—"),
                  false);
        x = label(x + tileWidth() + 6, m_nothing) + 24;
        paintTile(&painter, QRect(x, top, tileWidth(), tileHeight()), palette(), 0.5, QString(), true);
        label(x + tileWidth() + 6, m_overdue);
    }

private:
    int tileWidth() const { return fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 14; }
    int tileHeight() const { return fontMetrics().height() + 10; }

    QString m_title;
    QString m_nothing;
    QString m_overdue;
};

} // namespace

CompanyMatrixView::CompanyMatrixView(core::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("companyMatrixView"));
    m_model = new CompanyMatrixModel(m_db, this);

    m_columnsLabel = new QLabel(this);
    m_columns = new QComboBox(this);
    m_columns->setObjectName(QStringLiteral("matrixColumns"));
    m_columns->addItem(QString(), int(CompanyMatrixModel::Columns::Topics));
    m_columns->addItem(QString(), int(CompanyMatrixModel::Columns::Developments));
    m_columnsLabel->setBuddy(m_columns);
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setColumns(CompanyMatrixModel::Columns(m_columns->currentData().toInt()));
        updateLayout();
    });
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("matrixHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("companyMatrix"));
    m_table->setHorizontalHeader(new MatrixHeader(Qt::Horizontal, m_table));
    m_table->setVerticalHeader(new MatrixHeader(Qt::Vertical, m_table));
    m_table->setModel(m_model);
    m_table->setItemDelegate(
        new CellDelegate([this](const QModelIndex &index) { return cellToolTip(index); }, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    // Tiles on the window's own background, framed by the headers only.
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->viewport()->setBackgroundRole(QPalette::Window);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::clicked, this, &CompanyMatrixView::requestChecklist);
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        const qint64 id
            = m_model->headerData(row, Qt::Vertical, CompanyMatrixModel::CompanyIdRole).toLongLong();
        if (id != 0) {
            Q_EMIT checklistRequested(id, core::ChecklistFilter());
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_table->horizontalHeader()->viewport()->update();
        m_table->verticalHeader()->viewport()->update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompanyMatrixView::updateLayout);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &CompanyMatrixView::updateLayout);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &CompanyMatrixView::updateLayout);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("matrixEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *legend = new Legend(this);
    legend->setObjectName(QStringLiteral("matrixLegend"));
    m_legend = legend;

    auto *top = new QHBoxLayout;
    top->addWidget(m_columnsLabel);
    top->addWidget(m_columns);
    top->addSpacing(12);
    top->addWidget(m_hint, 1);
    m_filterBar = new FilterBar(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    retranslate();
}

void CompanyMatrixView::setFilter(const core::DevelopmentFilter &filter, const core::TextSearch &search)
{
    m_model->setFilter(filter, search);
}

CompanyMatrixView::~CompanyMatrixView()
{
    // The table's selection model reports a last change while the children go away.
    m_table->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

void CompanyMatrixView::setLanguage(core::Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    updateLayout();
}

void CompanyMatrixView::retranslate()
{
    m_columnsLabel->setText(tr("&Columns:"));
    m_table->setAccessibleName(tr("Company matrix"));
    m_columns->setItemText(0, tr("Topics"));
    m_columns->setItemText(1, tr("Developments"));
    m_hint->setText(tr("Click a cell, or press Enter on it, to open the company’s checklist for that column. "
                       "Click a company to open its whole checklist."));
    m_empty->setText(tr("No companies yet. Create a company to see here how far its checklist has come."));
    static_cast<Legend *>(m_legend)->setTexts(tr("Done of applicable:"), tr("Nothing applies"),
                                              tr("Something is overdue"));
    updateLayout();
}

void CompanyMatrixView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateLayout();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool CompanyMatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize) {
        updateLayout(); // wrapped or upright column names depend on the room there is
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            requestChecklist(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompanyMatrixView::requestChecklist(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    core::ChecklistFilter filter;
    const QString key = index.data(CompanyMatrixModel::ColumnKeyRole).toString();
    if (m_model->columns() == CompanyMatrixModel::Columns::Topics) {
        filter.topic = key;
    } else {
        filter.development = key.toLongLong();
    }
    Q_EMIT checklistRequested(index.data(CompanyMatrixModel::CompanyIdRole).toLongLong(), filter);
}

QString CompanyMatrixView::cellToolTip(const QModelIndex &index) const
{
    const int applicable = index.data(CompanyMatrixModel::ApplicableRole).toInt();
    const int done = index.data(CompanyMatrixModel::DoneRole).toInt();
    const int overdue = index.data(CompanyMatrixModel::OverdueRole).toInt();
    const QString company = m_model->headerData(index.row(), Qt::Vertical).toString().toHtmlEscaped();
    const QString column = m_model->headerData(index.column(), Qt::Horizontal).toString().toHtmlEscaped();
    QStringList lines{QStringLiteral("<b>%1</b>").arg(company), column};
    if (applicable == 0) {
        lines.append(m_model->columns() == CompanyMatrixModel::Columns::Topics
                         ? tr("No obligation under this topic binds the company.")
                         : tr("No obligation of this development binds the company."));
    } else {
        lines.append(tr("%1 of %n applicable obligations done", nullptr, applicable).arg(done));
        if (overdue > 0) {
            lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(overdueColour(palette()).name(), tr("%n overdue", nullptr, overdue)));
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

void CompanyMatrixView::updateLayout()
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    m_stack->setCurrentWidget(rows == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    if (rows == 0) {
        return;
    }
    QFont bold = m_table->font();
    bold.setBold(true); // the current row and column are drawn in bold: measure the wider form
    const QFontMetrics fm(bold);
    const int lineHeight = fm.lineSpacing();

    // Company names wrap within a bounded width.
    int nameWidth = 0;
    for (int row = 0; row < rows; ++row) {
        nameWidth = qMax(nameWidth, fm.horizontalAdvance(m_model->headerData(row, Qt::Vertical).toString()));
    }
    const int namesWidth = qBound(fm.horizontalAdvance(QLatin1Char('M')) * 8, nameWidth + 14,
                                  fm.horizontalAdvance(QLatin1Char('M')) * 20);
    int rowHeight = qMax(2 * lineHeight + 10, fm.height() + 24);
    for (int row = 0; row < rows; ++row) {
        const QRect needed = fm.boundingRect(QRect(0, 0, namesWidth - 10, 10000), Qt::TextWordWrap,
                                             m_model->headerData(row, Qt::Vertical).toString());
        rowHeight = qMax(rowHeight, qMin(needed.height(), maxHeaderLines * lineHeight) + 10);
    }

    // Column names: wrapped across the column when the narrowest width that fits them all in a few lines
    // still fits the window; otherwise upright in narrow columns. Spare room widens the columns a little.
    const auto wrappedHeight = [&](int width) { // -1 when some name does not fit
        int height = lineHeight;
        for (int column = 0; column < columns; ++column) {
            const QRect needed = fm.boundingRect(QRect(0, 0, width - 10, 10000), Qt::TextWordWrap,
                                                 m_model->headerData(column, Qt::Horizontal).toString());
            if (needed.width() > width - 10 || needed.height() > maxHeaderLines * lineHeight) {
                return -1;
            }
            height = qMax(height, needed.height());
        }
        return height;
    };
    const int cellWidth = fm.horizontalAdvance(QStringLiteral("88/88")) + 16;
    int wrappedWidth = 0;
    for (int width = qMax(cellWidth, 4 * lineHeight); width <= 10 * lineHeight && wrappedWidth == 0;
         width += 4) {
        if (wrappedHeight(width) > 0) {
            wrappedWidth = width;
        }
    }
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    const int available = m_table->width() - 2 * m_table->frameWidth() - namesWidth - scrollBar;
    const int share = columns > 0 ? available / columns : 0;
    auto *horizontal = static_cast<MatrixHeader *>(m_table->horizontalHeader());
    int columnWidth = 0;
    if (wrappedWidth > 0 && wrappedWidth <= share) {
        columnWidth = qMin(share, qMax(wrappedWidth, 6 * lineHeight));
        horizontal->setLayout(false, wrappedHeight(columnWidth) + 12);
    } else {
        int longest = 0;
        for (int column = 0; column < columns; ++column) {
            longest
                = qMax(longest, fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()));
        }
        columnWidth = qBound(qMax(cellWidth, 2 * lineHeight + 12), share, 4 * lineHeight);
        horizontal->setLayout(true, qMin(longest + 14, 16 * lineHeight));
    }
    horizontal->setDefaultSectionSize(columnWidth);
    rowHeight = qMax(rowHeight, qMin(columnWidth - 8, 3 * lineHeight + 8));
    auto *vertical = static_cast<MatrixHeader *>(m_table->verticalHeader());
    vertical->setDefaultSectionSize(rowHeight);
    vertical->setLayout(false, namesWidth);
    for (QHeaderView *header :
         {static_cast<QHeaderView *>(horizontal), static_cast<QHeaderView *>(vertical)}) {
        for (int section = 0; section < header->count(); ++section) {
            header->resizeSection(section, header->defaultSectionSize());
        }
    }
}

} // namespace rt::ui
