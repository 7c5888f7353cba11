// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "AnnouncedDate.h"

#include "DateText.h"
#include "FilterBar.h"
#include "Settings.h"
#include "ViewColours.h"
#include "Vocabulary.h"
#include "ZoomableCanvas.h"

#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rt::ui {

using core::TimelineLayout;
using core::TimelineScale;

namespace {

// Stored forms of the lane choices, in the order of core::TimelineLanes.
const char *const laneKeys[] = {"level", "authority", "topic", "kind"};

// Vertical distance between fanned-out rows of marks, and the lanes' height limits.
constexpr double rowStep = 12.0;
constexpr double minLaneHeight = 64.0;
constexpr double maxLaneHeight = 100.0;
// Rows fan out around the lane's middle: on it, below, above, further below.
constexpr int rowOffsets[TimelineLayout::maxRows] = {0, 1, -1, 2};
// How close to the edges the selected mark may come before the view pans to it.
constexpr double revealMargin = 24.0;
constexpr double glyphSize = 4.5;

const QColor todayColor(0xd6, 0x27, 0x28);

QPolygonF diamond(const QPointF &centre, double size)
{
    return QPolygonF({centre + QPointF(0, -size), centre + QPointF(size, 0), centre + QPointF(0, size),
                      centre + QPointF(-size, 0)});
}

QString isoDate(qint64 julianDay)
{
    return julianDay > 0 ? QDate::fromJulianDay(julianDay).toString(Qt::ISODate) : QString();
}

} // namespace

// The drawing area: zoom, pan, legend and export come from ZoomableCanvas; the rest is the view's.
class TimelineCanvas final : public ZoomableCanvas
{
public:
    explicit TimelineCanvas(TimelineView *view)
        : ZoomableCanvas(QStringLiteral("timelineCanvas"), QStringLiteral("timeline"), view)
        , m_view(view)
    {
        setMinimumSize(TimelineView::laneHeaderWidth + 120, 160);
    }

    void zoomBy(double factor, const QPointF &anchor) override { m_view->zoomAround(factor, anchor.x()); }
    void panBy(const QPointF &delta) override
    {
        m_view->scrollLanes(-delta.y());
        m_view->pan(-delta.x());
    }
    void fitAll() override { m_view->fitAll(); }

protected:
    void paintScene(QPainter &painter, bool interactive) override { m_view->paint(painter, interactive); }
    void relayout() override { m_view->relayout(); }
    void visibilityChanged(bool shown) override { m_view->m_data->setActive(shown); }
    double zoomStep() const override { return 1.5; }
    // The middle of the time axis, right of the lane headers.
    QPointF zoomCentre() const override
    {
        return {TimelineView::laneHeaderWidth + m_view->scale().width() / 2.0, sceneRect().center().y()};
    }
    ExportText exportText() const override
    {
        const core::TimelineScale &scale = m_view->scale();
        return {TimelineView::tr("Export timeline"), QStringLiteral("timeline.png"),
                core::Settings::Folder::TimelinePictures, TimelineView::tr("RegTracker timeline"),
                TimelineView::tr("Developments from %1 to %2")
                    .arg(isoDate(qint64(std::floor(scale.startDay()))),
                         isoDate(qint64(std::floor(scale.endDay()))))};
    }
    void clicked(const QPointF &pos, Qt::KeyboardModifiers) override
    {
        const int mark = m_view->markAt(pos);
        if (mark >= 0) {
            m_view->selectDevelopment(m_view->m_data->items()[m_view->m_layout.marks().at(mark).item].id,
                                      true, false);
        }
    }
    void activated(const QPointF &pos) override
    {
        const int mark = m_view->markAt(pos);
        if (mark >= 0) {
            const qint64 id = m_view->m_data->items()[m_view->m_layout.marks().at(mark).item].id;
            m_view->selectDevelopment(id, true, false);
            Q_EMIT m_view->developmentActivated(id);
        }
    }
    bool clickableAt(const QPointF &pos) const override { return m_view->markAt(pos) >= 0; }
    int accessibleItemCount() const override { return int(m_view->m_layout.marks().size()); }
    AccessibleItem accessibleItem(int index) const override { return m_view->accessibleMark(index); }

protected:
    void showToolTip(const QPoint &pos, const QPoint &globalPos) override
    {
        m_view->showToolTip(pos, globalPos);
    }
    bool keyPressed(QKeyEvent *event) override { return m_view->key(event); }
    void wheelTurned(QWheelEvent *event) override { m_view->wheel(event); }
    bool gestureStarts(const QPointF &pos, Qt::KeyboardModifiers modifiers) override
    {
        return m_view->rangeStarts(pos, modifiers);
    }
    void gestureMoved(const QPointF &pos) override { m_view->rangeMoved(pos); }
    void gestureEnded(const QPointF &, bool cancelled) override { m_view->rangeEnded(cancelled); }

private:
    TimelineView *m_view;
};

TimelineView::TimelineView(core::Database &db, const core::TextSearch &search, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    // Hidden (another tab in front), the timeline does not read the developments again for every change of
    // the filter: it catches up when shown.
    m_data = new core::TimelineData(db, search, this, false);

    m_lanesLabel = new QLabel(this);
    m_lanesCombo = new QComboBox(this);
    m_lanesCombo->setObjectName(QStringLiteral("timelineLanes"));
    for (int i = 0; i < int(std::size(laneKeys)); ++i) {
        m_lanesCombo->addItem(QString(), i);
    }
    m_lanesLabel->setBuddy(m_lanesCombo);
    m_upcomingButton = new QToolButton(this);
    m_upcomingButton->setObjectName(QStringLiteral("timelineUpcoming"));
    m_upcomingButton->setCheckable(true);
    m_hint = new QLabel(this);
    m_hint->setEnabled(false); // drawn muted
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_canvas = new TimelineCanvas(this);
    m_lanesScroll = new QScrollBar(Qt::Vertical, this);
    m_lanesScroll->setObjectName(QStringLiteral("timelineLanesScroll"));
    m_lanesScroll->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_lanesLabel);
    controls->addWidget(m_lanesCombo);
    controls->addSpacing(8);
    controls->addWidget(m_upcomingButton);
    controls->addSpacing(8);
    controls->addWidget(m_hint, 1);
    controls->addSpacing(8);
    m_canvas->placeIn(this, controls, m_lanesScroll);
    m_filterBar = new FilterBar(this);
    static_cast<QBoxLayout *>(QWidget::layout())->insertWidget(1, m_filterBar);

    connect(m_lanesCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_lanesScroll->setValue(0);
        m_data->setLanes(core::TimelineLanes(index));
    });
    connect(m_lanesCombo, &QComboBox::activated, this,
            [](int index) { core::Settings().setTimelineLanes(QString::fromLatin1(laneKeys[index])); });
    connect(m_upcomingButton, &QToolButton::toggled, this, [this](bool upcoming) {
        if (upcoming != m_data->upcoming()) {
            m_data->setUpcoming(upcoming);
            fitAll();
        }
    });
    connect(m_upcomingButton, &QToolButton::clicked, this,
            [](bool upcoming) { core::Settings().setTimelineUpcoming(upcoming); });
    connect(m_lanesScroll, &QScrollBar::valueChanged, m_canvas, qOverload<>(&QWidget::update));
    connect(m_data, &core::TimelineData::changed, this, &TimelineView::onDataChanged);

    retranslate();
    relayout();
}

TimelineView::~TimelineView()
{
    m_data->disconnect(this);
}

QWidget *TimelineView::canvas() const
{
    return m_canvas;
}

void TimelineView::restoreSettings()
{
    const core::Settings settings;
    const QString lanes = settings.timelineLanes();
    for (int i = 0; i < int(std::size(laneKeys)); ++i) {
        if (lanes == QLatin1StringView(laneKeys[i])) {
            setLanes(core::TimelineLanes(i));
        }
    }
    setUpcoming(settings.timelineUpcoming());
}

bool TimelineView::exportImage(const QString &file)
{
    return m_canvas->exportImage(file);
}

QString TimelineView::errorString() const
{
    return m_canvas->errorString();
}

void TimelineView::setLanes(core::TimelineLanes lanes)
{
    m_lanesCombo->setCurrentIndex(int(lanes));
}

void TimelineView::setUpcoming(bool upcoming)
{
    m_upcomingButton->setChecked(upcoming);
}

void TimelineView::setContentLanguage(core::Language language)
{
    m_data->setLanguage(language);
    updateAccessibility();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideHint();
}

void TimelineView::elideHint()
{
    // The hint gives way to the controls: shortened, then gone, with the whole of it in its tooltip.
    const QString text = m_hint->fontMetrics().elidedText(m_hint->toolTip(), Qt::ElideRight, m_hint->width());
    m_hint->setText(text.size() > 12 ? text : QString());
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_data->retranslate(); // lane labels
    } else if (event->type() == QEvent::PaletteChange) {
        layoutLegend(); // its glyphs take the palette's colours
        m_sprites.clear(); // so do the deadlines' hollow diamonds
    }
    QWidget::changeEvent(event);
}

void TimelineView::retranslate()
{
    m_lanesLabel->setText(tr("&Lanes:"));
    const QString laneNames[] = {tr("By level"), tr("By authority"), tr("By topic"), tr("By kind")};
    for (int i = 0; i < int(std::size(laneNames)); ++i) {
        m_lanesCombo->setItemText(i, laneNames[i]);
    }
    m_lanesCombo->setToolTip(tr("How developments are grouped into rows"));
    m_upcomingButton->setText(tr("Upcoming"));
    m_upcomingButton->setToolTip(tr("Show only comment deadlines and effective dates still to come"));
    m_canvas->setControlToolTips(tr("Show every development (Home)"),
                                 tr("Save the visible timeline as a PNG picture or an SVG drawing"));
    m_hint->setToolTip(tr("Wheel: zoom · Drag: pan · Shift+drag: filter by dates · Tab: next development"));
    elideHint();
    m_canvas->setWhatsThis(tr("The developments on a time axis. The mouse wheel zooms, dragging pans, and "
                              "dragging with Shift held chooses the dates the other views show. Tab and the "
                              "arrow keys step from one development to the next."));
    updateAccessibility();
    layoutLegend();
    relayout();
}

void TimelineView::onDataChanged()
{
    findSelectedItems();
    relayout();
}

double TimelineView::axisHeight() const
{
    // Whole pixels, as the lanes' height: lanes and their backgrounds then fill whole pixels, which is fast.
    return std::ceil(2 * QFontMetricsF(m_canvas->font()).height() + 12);
}

double TimelineView::lanesBottom() const
{
    return m_canvas->sceneRect().bottom();
}

double TimelineView::laneTop(int lane) const
{
    return lanesTop() + lane * m_laneHeight - m_lanesScroll->value();
}

double TimelineView::rowY(int lane, int row) const
{
    const int offset = rowOffsets[std::clamp(row, 0, TimelineLayout::maxRows - 1)];
    return laneTop(lane) + (m_laneHeight - rowStep) / 2 + offset * rowStep;
}

int TimelineView::laneAt(double y) const
{
    if (y < lanesTop() || y >= lanesBottom()) {
        return -1;
    }
    const int lane = int(std::floor((y - lanesTop() + m_lanesScroll->value()) / m_laneHeight));
    return lane < m_data->laneCount() ? lane : -1;
}

double TimelineView::xForDay(double day) const
{
    return laneHeaderWidth + m_scale.xForDay(day);
}

double TimelineView::dayAt(double x) const
{
    return std::floor(m_scale.dayForX(x - laneHeaderWidth));
}

QPointF TimelineView::markPosition(const TimelineLayout::Mark &mark) const
{
    return {laneHeaderWidth + mark.x, rowY(mark.lane, mark.row)};
}

void TimelineView::layoutLegend()
{
    // The kinds with their colours, then the glyphs of the dates.
    QList<ZoomableCanvas::LegendEntry> legend;
    const QList<core::DevelopmentKind> kinds = core::Vocabulary::values<core::DevelopmentKind>();
    for (int i = 0; i < kinds.size(); ++i) {
        legend.append({[i](QPainter &painter, const QPointF &centre) {
                           const QColor color = kindColour(i);
                           painter.setPen(QPen(color.darker(150), 1));
                           painter.setBrush(color);
                           painter.drawEllipse(centre, TimelineLayout::baseRadius + 0.5,
                                               TimelineLayout::baseRadius + 0.5);
                       },
                       core::Vocabulary::label(kinds.at(i)),
                       {}});
    }
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    legend.append({[text, window = pal.color(QPalette::Window)](QPainter &painter, const QPointF &centre) {
                       painter.setPen(QPen(text, 1.5));
                       painter.setBrush(window);
                       painter.drawPolygon(diamond(centre, glyphSize + 0.5));
                   },
                   tr("Comment deadline"),
                   {}});
    legend.append({[text, mid = pal.color(QPalette::Mid)](QPainter &painter, const QPointF &centre) {
                       painter.setPen(QPen(text, 1));
                       painter.setBrush(mid);
                       painter.drawRect(QRectF(centre.x() - glyphSize, centre.y() - glyphSize, 2 * glyphSize,
                                               2 * glyphSize));
                   },
                   tr("Effective date"),
                   {}});
    legend.append({[](QPainter &painter, const QPointF &centre) {
                       painter.setPen(QPen(todayColor, 2));
                       painter.drawLine(centre - QPointF(0, 6), centre + QPointF(0, 6));
                   },
                   tr("Today"),
                   {}});
    m_canvas->setLegend(legend, 16);
}

void TimelineView::layoutContext()
{
    // Where each period of the next larger unit than the ticks' begins (months above days and weeks, years
    // above months and quarters), starting with the one the visible range starts in.
    m_context.clear();
    const TimelineScale::Unit unit = m_scale.unit();
    if (unit == TimelineScale::Unit::Year) {
        return;
    }
    const bool months = unit == TimelineScale::Unit::Week || unit == TimelineScale::Unit::Day;
    const TimelineScale::Unit context = months ? TimelineScale::Unit::Month : TimelineScale::Unit::Year;
    const QDate first = QDate::fromJulianDay(qint64(std::floor(m_scale.startDay())));
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(m_scale.endDay())));
    const QLocale locale;
    for (QDate date = months ? QDate(first.year(), first.month(), 1) : QDate(first.year(), 1, 1);
         date <= last; date = months ? date.addMonths(1) : date.addYears(1)) {
        m_context.append({m_scale.xForDate(date), TimelineScale::label(date, context, locale)});
    }
}

void TimelineView::fitPending()
{
    if (m_fitted) {
        return;
    }
    qint64 first = m_pendingFirst;
    qint64 last = m_pendingLast;
    if (first == 0 || last < first) {
        first = m_data->firstDay();
        last = m_data->lastDay();
        if (m_data->upcoming() && last > m_today) {
            first = std::max(first, m_today - 7); // what is coming, not the announcements behind it
        }
        if (first == 0) {
            first = m_today - 30;
            last = m_today + 30;
        }
        const qint64 margin = std::max<qint64>(3, (last - first) / 30);
        first -= margin;
        last += margin;
    }
    m_scale.fit(first, last, m_scale.width());
    // Hidden, the canvas does not have its final size yet: fit again once it is shown.
    if (m_canvas->isVisible()) {
        m_fitted = true;
        m_pendingFirst = m_pendingLast = 0;
    }
}

void TimelineView::relayout()
{
    // Hidden, the timeline reads and lays out nothing: it does when shown.
    if (!m_canvas || !m_data->isActive()) {
        return;
    }
    m_today = QDate::currentDate().toJulianDay();
    const double available = std::max(0.0, lanesBottom() - lanesTop());
    const int lanes = m_data->laneCount();
    m_laneHeight
        = lanes > 0 ? std::floor(std::clamp(available / lanes, minLaneHeight, maxLaneHeight)) : minLaneHeight;
    const int overflow = int(std::ceil(lanes * m_laneHeight - available));
    m_lanesScroll->setRange(0, std::max(0, overflow));
    m_lanesScroll->setPageStep(int(available));
    m_lanesScroll->setSingleStep(int(m_laneHeight));
    m_lanesScroll->setVisible(overflow > 0);

    m_scale.setWidth(std::max(1, m_canvas->width() - laneHeaderWidth));
    fitPending();
    m_ticks = m_scale.ticks(QLocale());
    layoutContext();
    m_layout.layout(*m_data, m_scale);
    m_canvas->update();
}

void TimelineView::setVisibleRange(const QDate &first, const QDate &last)
{
    m_pendingFirst = first.toJulianDay();
    m_pendingLast = last.toJulianDay();
    m_fitted = false;
    relayout();
}

void TimelineView::fitAll()
{
    m_pendingFirst = m_pendingLast = 0;
    m_fitted = false;
    relayout();
}

void TimelineView::zoomIn()
{
    m_canvas->zoomIn();
}

void TimelineView::zoomOut()
{
    m_canvas->zoomOut();
}

void TimelineView::zoomAround(double factor, double canvasX)
{
    m_scale.zoom(factor, canvasX - laneHeaderWidth);
    m_fitted = true;
    relayout();
}

void TimelineView::pan(double pixels)
{
    if (pixels == 0) {
        return;
    }
    m_scale.pan(pixels);
    m_fitted = true;
    relayout();
}

void TimelineView::scrollLanes(double pixels)
{
    m_lanesScroll->setValue(m_lanesScroll->value() + int(std::lround(pixels)));
}

void TimelineView::paint(QPainter &painter, bool interactive) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(m_canvas->font());
    const QSizeF size = m_canvas->size();
    painter.fillRect(QRectF(QPointF(), size), palette().color(QPalette::Base));
    paintLanes(painter, size);

    const QRectF area(laneHeaderWidth, lanesTop(), size.width() - laneHeaderWidth,
                      lanesBottom() - lanesTop());
    painter.save();
    painter.setClipRect(area);
    const double today = xForDay(m_today + 0.5);
    painter.setPen(QPen(todayColor, 1.5));
    painter.drawLine(QPointF(today, area.top()), QPointF(today, area.bottom()));
    if (m_data->items().empty()) {
        const QString text = m_data->upcoming()
            ? tr("Nothing is coming up: no comment deadline or effective date after today.")
            : tr("No development matches the filter.");
        QRectF box = painter.fontMetrics().boundingRect(text).toRectF().adjusted(-10, -6, 10, 6);
        box.moveCenter(area.center());
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Window));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(box, Qt::AlignCenter, text);
    } else if (m_layout.binned()) {
        paintBins(painter, area);
    } else {
        paintMarks(painter, area, interactive);
    }
    if (interactive && m_ranging) {
        paintRange(painter, area);
    }
    if (interactive && m_canvas->hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area.adjusted(1, 1, -1, -1));
    }
    painter.restore();

    paintLaneHeaders(painter, size);
    paintAxis(painter, size);
}

void TimelineView::paintRange(QPainter &painter, const QRectF &area) const
{
    const double x0 = std::min(m_rangeStart, m_rangeEnd);
    const double x1 = std::max(m_rangeStart, m_rangeEnd);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(50);
    painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    painter.drawLine(QPointF(x0, area.top()), QPointF(x0, area.bottom()));
    painter.drawLine(QPointF(x1, area.top()), QPointF(x1, area.bottom()));
    const QString range = tr("%1 – %2").arg(isoDate(qint64(dayAt(x0))), isoDate(qint64(dayAt(x1))));
    QRectF label = painter.fontMetrics().boundingRect(range).toRectF().adjusted(-4, -2, 4, 2);
    label.moveTopLeft(QPointF(x0 + 4, area.top() + 4));
    painter.fillRect(label, palette().color(QPalette::ToolTipBase));
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(label, Qt::AlignCenter, range);
}

void TimelineView::paintLanes(QPainter &painter, const QSizeF &size) const
{
    const QPalette &pal = palette();
    const double top = lanesTop();
    const double bottom = lanesBottom();
    // Straight edges on whole pixels: nothing to smooth, and filling without smoothing is many times faster.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int lane = 0; lane < m_data->laneCount(); ++lane) {
        const double y = laneTop(lane);
        if (y + m_laneHeight < top || y > bottom) {
            continue;
        }
        if (lane % 2 == 1) {
            painter.fillRect(QRectF(0, y, size.width(), m_laneHeight)
                                 .intersected(QRectF(0, top, size.width(), bottom - top))
                                 .toAlignedRect(),
                             pal.color(QPalette::AlternateBase));
        }
    }
    // Grid lines at the ticks, stronger at the boundaries of the larger unit: faint text colour on each
    // lane's background, drawn lane by lane in solid colours.
    const QColor text = pal.color(QPalette::Text);
    const QColor backgrounds[2] = {pal.color(QPalette::Base), pal.color(QPalette::AlternateBase)};
    for (int lane = 0; lane < m_data->laneCount(); ++lane) {
        const double y0 = std::max(top, laneTop(lane));
        const double y1 = std::min(bottom, laneTop(lane) + m_laneHeight);
        if (y1 <= y0) {
            continue;
        }
        const QColor minor = blended(text, 24, backgrounds[lane % 2]);
        const QColor major = blended(text, 64, backgrounds[lane % 2]);
        for (const TimelineScale::Tick &tick : m_ticks) {
            const double x = std::round(laneHeaderWidth + tick.x) + 0.5;
            if (x < laneHeaderWidth) {
                continue;
            }
            painter.setPen(QPen(tick.major ? major : minor, 1));
            painter.drawLine(QPointF(x, y0), QPointF(x, y1));
        }
    }
    // Below the last lane, the plain background.
    const double end = laneTop(m_data->laneCount());
    if (end < bottom) {
        const QColor minor = blended(text, 24, backgrounds[0]);
        const QColor major = blended(text, 64, backgrounds[0]);
        for (const TimelineScale::Tick &tick : m_ticks) {
            const double x = std::round(laneHeaderWidth + tick.x) + 0.5;
            if (x >= laneHeaderWidth) {
                painter.setPen(QPen(tick.major ? major : minor, 1));
                painter.drawLine(QPointF(x, std::max(end, top)), QPointF(x, bottom));
            }
        }
    }
    painter.restore();
}

void TimelineView::paintMarks(QPainter &painter, const QRectF &area, bool interactive) const
{
    const auto &items = m_data->items();
    const QList<TimelineLayout::Mark> &marks = m_layout.marks();
    const double reach = TimelineLayout::baseRadius + TimelineLayout::maxExtraRadius + 4;
    const auto visible = [&](double y) { return y > area.top() - reach && y < area.bottom() + reach; };
    const QColor backgrounds[2] = {palette().color(QPalette::Base), palette().color(QPalette::AlternateBase)};

    // Gathered per kind, then drawn a kind at a time with its pens made once: lines and date glyphs first,
    // so that the announcements sit on top of them.
    struct Shapes
    {
        QList<QLineF> lines[2]; // over the lanes of either background
        QList<QPointF> deadlines;
        QList<QPointF> effective;
        QList<std::pair<QPointF, double>> announcements;
        QList<std::pair<QPointF, double>> approximate; // announcements dated by a period
    };
    std::vector<Shapes> byKind(std::size_t(core::Vocabulary::values<core::DevelopmentKind>().size()));
    for (const TimelineLayout::Mark &mark : marks) {
        const double y = rowY(mark.lane, mark.row);
        if (!visible(y)) {
            continue;
        }
        Shapes &shapes = byKind[std::size_t(std::clamp(items[mark.item].kind, 0, int(byKind.size()) - 1))];
        const double x = laneHeaderWidth + mark.x;
        const double end = std::max(mark.deadlineX, mark.effectiveX);
        if (end >= 0) {
            shapes.lines[mark.lane % 2].append(QLineF(x, y, laneHeaderWidth + end, y));
        }
        if (mark.deadlineX >= 0) {
            shapes.deadlines.append(QPointF(laneHeaderWidth + mark.deadlineX, y));
        }
        if (mark.effectiveX >= 0) {
            shapes.effective.append(QPointF(laneHeaderWidth + mark.effectiveX, y));
        }
        (items[mark.item].approximate ? shapes.approximate : shapes.announcements)
            .append({QPointF(x, y), mark.radius});
    }
    for (std::size_t kind = 0; kind < byKind.size(); ++kind) {
        const Shapes &shapes = byKind[kind];
        for (int background = 0; background < 2; ++background) {
            // The kind's colour a little transparent on the lane, as one solid colour.
            painter.setPen(QPen(blended(kindColour(int(kind)), 170, backgrounds[background]), 1.25));
            painter.drawLines(shapes.lines[background]);
        }
        for (const QPointF &at : shapes.deadlines) {
            paintGlyph(painter, Glyph::Deadline, int(kind), glyphSize + 0.5, at, interactive);
        }
        for (const QPointF &at : shapes.effective) {
            paintGlyph(painter, Glyph::Effective, int(kind), glyphSize, at, interactive);
        }
    }
    for (std::size_t kind = 0; kind < byKind.size(); ++kind) {
        for (const auto &[centre, radius] : byKind[kind].announcements) {
            paintGlyph(painter, Glyph::Announcement, int(kind), radius, centre, interactive);
        }
        for (const auto &[centre, radius] : byKind[kind].approximate) {
            paintGlyph(painter, Glyph::ApproximateAnnouncement, int(kind), radius, centre, interactive);
        }
    }
    if (m_selected == 0) {
        return;
    }
    QColor halo = palette().color(QPalette::Highlight);
    halo.setAlpha(110);
    for (const TimelineLayout::Mark &mark : marks) {
        if (items[mark.item].id != m_selected) {
            continue;
        }
        const QPointF centre = markPosition(mark);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(halo, 5));
        painter.drawEllipse(centre, mark.radius + 4, mark.radius + 4);
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawEllipse(centre, mark.radius + 3, mark.radius + 3);
    }
}

void TimelineView::paintGlyph(QPainter &painter, Glyph glyph, int kind, double size, const QPointF &centre,
                              bool interactive) const
{
    if (!interactive) {
        drawGlyph(painter, glyph, kind, size, centre); // pictures and drawings get true shapes
        return;
    }
    // On screen each glyph of each kind and size is drawn once and then copied: the same pixels, at a
    // fraction of the cost of smoothing thousands of shapes every frame.
    const qreal ratio = painter.device()->devicePixelRatioF();
    const QPixmap &sprite = glyphSprite(glyph, kind, size, ratio);
    const double half = double(sprite.width()) / ratio / 2;
    painter.drawPixmap(QPointF(std::round(centre.x() - half), std::round(centre.y() - half)), sprite);
}

void TimelineView::drawGlyph(QPainter &painter, Glyph glyph, int kind, double size,
                             const QPointF &centre) const
{
    const QColor color = kindColour(kind);
    switch (glyph) {
    case Glyph::Announcement:
        painter.setPen(QPen(color.darker(150), 1));
        painter.setBrush(color);
        painter.drawEllipse(centre, size, size);
        break;
    case Glyph::ApproximateAnnouncement:
        painter.setPen(QPen(color, 2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(centre, size, size);
        break;
    case Glyph::Deadline:
        painter.setPen(QPen(color.darker(115), 1.5));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawPolygon(diamond(centre, size));
        break;
    case Glyph::Effective:
        painter.setPen(QPen(color.darker(150), 1));
        painter.setBrush(color);
        painter.drawRect(QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size));
        break;
    }
}

const QPixmap &TimelineView::glyphSprite(Glyph glyph, int kind, double size, qreal ratio) const
{
    // Sizes in quarter pixels: a penalty makes every radius possible, the eye sees no finer steps.
    const int quarters = int(std::lround(size * 4));
    const quint64 key = (quint64(glyph) << 48) | (quint64(kind) << 40)
        | (quint64(std::lround(ratio * 100)) << 20) | quint64(quarters);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end()) {
        return it->second;
    }
    const double half = std::ceil(quarters / 4.0 + 2);
    QPixmap sprite(QSize(int(2 * half), int(2 * half)) * ratio);
    sprite.setDevicePixelRatio(ratio);
    sprite.fill(Qt::transparent);
    QPainter paint(&sprite);
    paint.setRenderHint(QPainter::Antialiasing);
    drawGlyph(paint, glyph, kind, quarters / 4.0, QPointF(half, half));
    paint.end();
    return m_sprites.emplace(key, sprite).first->second;
}

void TimelineView::paintBins(QPainter &painter, const QRectF &area) const
{
    // The highlight, a little transparent over each lane's background, as one solid colour per background:
    // bars on whole pixels, filled without smoothing or blending.
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor fills[2] = {blended(highlight, 190, palette().color(QPalette::Base)),
                             blended(highlight, 190, palette().color(QPalette::AlternateBase))};
    const int most = std::max(1, m_layout.maxBinCount());
    const double tallest = m_laneHeight - 12;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const TimelineLayout::Bin &bin : m_layout.bins()) {
        const double bottom = laneTop(bin.lane) + m_laneHeight - 5;
        if (bottom < area.top() || bottom - m_laneHeight > area.bottom() || bin.count <= 0) {
            continue;
        }
        const double height = std::max(2.0, std::round(tallest * bin.count / most));
        const double left = std::round(laneHeaderWidth + bin.x0);
        const double right = std::max(left + 1, std::round(laneHeaderWidth + bin.x1) - 1);
        painter.fillRect(QRectF(left, bottom - height, right - left, height).toAlignedRect(),
                         fills[bin.lane % 2]);
    }
    painter.restore();
    // The selection, where it falls: a marker in each of its lanes.
    const auto &items = m_data->items();
    for (std::size_t index : m_selectedItems) {
        const core::TimelineItem &item = items[index];
        const double x = xForDay(item.announced + 0.5);
        const double top = laneTop(item.lane);
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(QPointF(x, top + 3), QPointF(x, top + m_laneHeight - 3));
        painter.setBrush(palette().color(QPalette::Text));
        painter.drawPolygon(diamond(QPointF(x, top + 6), 4));
    }
}

void TimelineView::paintLaneHeaders(QPainter &painter, const QSizeF &size) const
{
    Q_UNUSED(size)
    const QPalette &pal = palette();
    const double top = lanesTop();
    const double bottom = lanesBottom();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // whole pixels
    painter.setClipRect(QRectF(0, top, laneHeaderWidth, bottom - top));
    painter.fillRect(QRectF(0, top, laneHeaderWidth, bottom - top).toAlignedRect(),
                     pal.color(QPalette::Window));
    const QFontMetricsF metrics(painter.font());
    const QStringList &labels = m_data->laneLabels();
    for (int lane = 0; lane < m_data->laneCount(); ++lane) {
        const double y = laneTop(lane);
        if (y + m_laneHeight < top || y > bottom) {
            continue;
        }
        const QRectF header(0, y, laneHeaderWidth, m_laneHeight);
        if (lane % 2 == 1) {
            painter.fillRect(header.toAlignedRect(),
                             blended(pal.color(QPalette::WindowText), 14, pal.color(QPalette::Window)));
        }
        painter.setPen(pal.color(QPalette::WindowText));
        const QRectF text = header.adjusted(10, 0, -8, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(labels.value(lane), Qt::ElideRight, text.width()));
    }
    painter.restore();
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(laneHeaderWidth - 0.5, top), QPointF(laneHeaderWidth - 0.5, bottom));
}

void TimelineView::paintAxis(QPainter &painter, const QSizeF &size) const
{
    const QPalette &pal = palette();
    const double height = axisHeight();
    painter.fillRect(QRectF(0, 0, size.width(), height), pal.color(QPalette::Window));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(0, height - 0.5), QPointF(size.width(), height - 0.5));

    const QFont normal = painter.font();
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetricsF metrics(painter.font());
    const QFontMetricsF boldMetrics(bold);
    const double rowHeight = metrics.height();
    const QRectF axis(laneHeaderWidth, 0, size.width() - laneHeaderWidth, height);
    painter.save();
    painter.setClipRect(axis);

    // The lower row: a label after each tick, emphasised at the boundaries of the larger unit.
    const double labelTop = 6 + rowHeight;
    for (qsizetype i = 0; i < m_ticks.size(); ++i) {
        const TimelineScale::Tick &tick = m_ticks.at(i);
        const double x = std::round(laneHeaderWidth + tick.x) + 0.5;
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
        painter.drawLine(QPointF(x, height - (tick.major ? 10 : 6)), QPointF(x, height));
        // A period that began left of the axis keeps its label at the edge while it fits whole.
        const double left = std::max(x, double(laneHeaderWidth)) + 4;
        const double next
            = i + 1 < m_ticks.size() ? laneHeaderWidth + m_ticks.at(i + 1).x : axis.right() + 200;
        const double room = next - left - 4;
        const QFontMetricsF &m = tick.major ? boldMetrics : metrics;
        if (room < 12 || (x < laneHeaderWidth && m.horizontalAdvance(tick.label) > room)) {
            continue;
        }
        painter.setFont(tick.major ? bold : normal);
        painter.drawText(QRectF(left, labelTop, room, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         m.elidedText(tick.label, Qt::ElideRight, room));
    }

    // The upper row: the larger unit the ticks belong to (the year of months, the month of days) from where
    // it begins, the first one kept in view at the left edge until the next one pushes it out.
    painter.setFont(bold);
    for (qsizetype i = 0; i < m_context.size(); ++i) {
        const double width = boldMetrics.horizontalAdvance(m_context.at(i).second) + 4;
        double x = laneHeaderWidth + m_context.at(i).first;
        if (i == 0) {
            const double next
                = m_context.size() > 1 ? laneHeaderWidth + m_context.at(1).first : axis.right() + 1;
            x = std::min(std::max(x, laneHeaderWidth + 0.0), next - width - 12);
        }
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
        if (i > 0 || x > laneHeaderWidth) {
            const double line = std::round(x) + 0.5;
            painter.drawLine(QPointF(line, 4), QPointF(line, 4 + rowHeight));
        }
        painter.drawText(QRectF(x + 4, 4, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         m_context.at(i).second);
    }
    painter.setFont(normal);
    // Today, marked where the line meets the axis.
    const double today = xForDay(m_today + 0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(todayColor);
    painter.drawPolygon(QPolygonF(
        {QPointF(today - 5, height - 7), QPointF(today + 5, height - 7), QPointF(today, height - 1)}));
    painter.restore();
}

bool TimelineView::rangeStarts(const QPointF &pos, Qt::KeyboardModifiers modifiers)
{
    if (!(modifiers & Qt::ShiftModifier) || pos.x() < laneHeaderWidth) {
        return false;
    }
    m_ranging = true;
    m_rangeStart = m_rangeEnd = pos.x();
    m_canvas->update();
    return true;
}

void TimelineView::rangeMoved(const QPointF &pos)
{
    m_rangeEnd = std::clamp(pos.x(), double(laneHeaderWidth), double(m_canvas->width()));
    m_canvas->update();
}

void TimelineView::rangeEnded(bool cancelled)
{
    m_ranging = false;
    m_canvas->update();
    const double x0 = std::min(m_rangeStart, m_rangeEnd);
    const double x1 = std::max(m_rangeStart, m_rangeEnd);
    if (!cancelled && x1 - x0 >= 3) {
        Q_EMIT dateRangeChosen(QDate::fromJulianDay(qint64(dayAt(x0))),
                               QDate::fromJulianDay(qint64(dayAt(x1))));
    }
}

void TimelineView::wheel(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const QPointF pos = event->position();
    if ((event->modifiers() & Qt::ControlModifier) || pos.x() < laneHeaderWidth) {
        scrollLanes(-(pixels.isNull() ? angle.y() / 120.0 * m_laneHeight : double(pixels.y())));
    } else if ((event->modifiers() & Qt::ShiftModifier) || std::abs(angle.x()) > std::abs(angle.y())) {
        // Shift+wheel arrives as vertical or (on some systems) horizontal steps.
        const int steps = angle.x() != 0 ? angle.x() : angle.y();
        const int exact = pixels.x() != 0 ? pixels.x() : pixels.y();
        pan(-(exact != 0 ? double(exact) : steps / 120.0 * m_scale.width() / 10.0));
    } else if (angle.y() != 0) {
        zoomAround(std::pow(1.2, angle.y() / 120.0), pos.x());
    }
}

bool TimelineView::key(QKeyEvent *event)
{
    const double page = m_scale.width() / 8.0;
    switch (event->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Tab steps through the developments; past the last one it leaves the timeline as usual.
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            return false;
        }
        return step(event->key() == Qt::Key_Backtab ? -1 : 1);
    case Qt::Key_Left:
        if (m_selected == 0 || !step(-1)) {
            pan(m_selected == 0 ? -page : 0);
        }
        return true;
    case Qt::Key_Right:
        if (m_selected == 0 || !step(1)) {
            pan(m_selected == 0 ? page : 0);
        }
        return true;
    case Qt::Key_Up:
        scrollLanes(-m_laneHeight);
        return true;
    case Qt::Key_Down:
        scrollLanes(m_laneHeight);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected != 0) {
            Q_EMIT developmentActivated(m_selected);
        }
        return true;
    default:
        return false;
    }
}

int TimelineView::markAt(const QPointF &pos) const
{
    if (m_layout.binned() || pos.x() < laneHeaderWidth) {
        return -1;
    }
    const int lane = laneAt(pos.y());
    if (lane < 0) {
        return -1;
    }
    const double x = pos.x() - laneHeaderWidth;
    const QList<TimelineLayout::Mark> &marks = m_layout.marks();
    int best = -1;
    double bestDistance = 0;
    for (int row = 0; row < TimelineLayout::maxRows; ++row) {
        const double dy = std::abs(rowY(lane, row) - pos.y());
        if (dy > TimelineLayout::baseRadius + TimelineLayout::maxExtraRadius + 3) {
            continue;
        }
        const int index = m_layout.markAt(x, lane, row);
        if (index < 0 || dy > marks.at(index).radius + 3) {
            continue;
        }
        const double distance = std::hypot(marks.at(index).x - x, dy);
        if (best < 0 || distance < bestDistance) {
            best = index;
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        return best;
    }
    // A comment deadline or effective date belongs to its development too.
    for (int index = 0; index < marks.size(); ++index) {
        const TimelineLayout::Mark &mark = marks.at(index);
        if (mark.lane != lane || std::abs(rowY(lane, mark.row) - pos.y()) > glyphSize + 2) {
            continue;
        }
        for (const double glyph : {mark.deadlineX, mark.effectiveX}) {
            if (glyph >= 0 && std::abs(glyph - x) <= glyphSize + 2) {
                return index;
            }
        }
    }
    return -1;
}

void TimelineView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const QLocale locale;
    if (pos.x() < laneHeaderWidth) {
        const int lane = laneAt(pos.y());
        QToolTip::showText(globalPos, lane >= 0 ? m_data->laneLabels().value(lane) : QString(), m_canvas);
        return;
    }
    const int mark = markAt(pos);
    if (mark >= 0) {
        const qint64 id = m_data->items()[m_layout.marks().at(mark).item].id;
        const core::TimelineData::Details details = m_data->details(id);
        QStringList lines{
            QStringLiteral("<b>%1</b>").arg(details.title.preferring(m_data->language()).toHtmlEscaped())};
        if (!details.authorities.isEmpty()) {
            lines.append(locale.createSeparatedList(details.authorities).toHtmlEscaped());
        }
        lines.append(details.kind.toHtmlEscaped());
        lines.append(tr("Announced: %1")
                         .arg(details.announcedUntil.isValid()
                                  ? core::AnnouncedDate::text(details.announced, details.announcedUntil,
                                                              locale, QLocale::LongFormat)
                                  : core::DateText::prose(details.announced, locale)));
        if (details.deadline.isValid()) {
            lines.append(tr("Comment deadline: %1").arg(core::DateText::prose(details.deadline, locale)));
        }
        if (details.effective.isValid()) {
            lines.append(tr("Effective: %1").arg(core::DateText::prose(details.effective, locale)));
        }
        QToolTip::showText(globalPos, lines.join(QStringLiteral("<br>")), m_canvas);
        return;
    }
    if (m_layout.binned()) {
        const int lane = laneAt(pos.y());
        const double x = pos.x() - laneHeaderWidth;
        for (const TimelineLayout::Bin &bin : m_layout.bins()) {
            if (bin.lane == lane && x >= bin.x0 && x < bin.x1 && bin.count > 0) {
                const double first = std::floor(m_scale.dayForX(bin.x0));
                const double last = std::max(first, std::ceil(m_scale.dayForX(bin.x1)) - 1);
                QToolTip::showText(
                    globalPos,
                    tr("%1: %Ln development(s), %2 – %3", nullptr, bin.count)
                        .arg(m_data->laneLabels().value(lane), isoDate(qint64(first)), isoDate(qint64(last))),
                    m_canvas);
                return;
            }
        }
    }
    QToolTip::hideText();
}

void TimelineView::setSelectedDevelopment(qint64 id)
{
    selectDevelopment(id, false, true);
}

void TimelineView::selectDevelopment(qint64 id, bool notify, bool reveal)
{
    if (id == m_selected) {
        return;
    }
    m_selected = id;
    findSelectedItems();
    if (reveal && !m_selectedItems.empty()) {
        ensureVisible(m_selectedItems.front());
    }
    updateAccessibility();
    m_canvas->update();
    if (notify) {
        Q_EMIT developmentSelected(id);
    }
}

void TimelineView::findSelectedItems()
{
    m_selectedItems.clear();
    if (m_selected == 0) {
        return;
    }
    const auto &items = m_data->items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == m_selected) {
            m_selectedItems.push_back(i);
        }
    }
}

bool TimelineView::step(int direction)
{
    const auto &items = m_data->items();
    if (items.empty()) {
        return false;
    }
    std::size_t next = 0;
    if (m_selectedItems.empty()) {
        // Nothing selected: start from the first (or last) development in view.
        if (direction > 0) {
            next = m_data->lowerBound(qint64(std::ceil(m_scale.dayForX(revealMargin))));
            if (next >= items.size()) {
                return false;
            }
        } else {
            const std::size_t end
                = m_data->lowerBound(qint64(std::floor(m_scale.dayForX(m_scale.width() - revealMargin))));
            if (end == 0) {
                return false;
            }
            next = end - 1;
        }
    } else if (direction > 0) {
        // Items are sorted by day, then id: a development's items in several lanes lie next to each other.
        next = m_selectedItems.back() + 1;
        while (next < items.size() && items[next].id == m_selected) {
            ++next;
        }
        if (next >= items.size()) {
            return false;
        }
    } else {
        if (m_selectedItems.front() == 0) {
            return false;
        }
        next = m_selectedItems.front() - 1;
    }
    selectDevelopment(items[next].id, true, true);
    return true;
}

void TimelineView::ensureVisible(std::size_t index)
{
    if (!m_fitted) {
        return; // the first fit shows everything
    }
    const core::TimelineItem &item = m_data->items()[index];
    const double x = m_scale.xForDay(item.announced + 0.5);
    const double width = m_scale.width();
    // Far away: centred. Near an edge: brought in a quarter of the width, so that the next steps show too.
    if (x < 0 || x > width) {
        m_scale.pan(x - width / 2);
        relayout();
    } else if (x < revealMargin) {
        m_scale.pan(x - width / 4);
        relayout();
    } else if (x > width - revealMargin) {
        m_scale.pan(x - width * 3 / 4);
        relayout();
    }
    const double top = item.lane * m_laneHeight;
    const double available = lanesBottom() - lanesTop();
    if (top < m_lanesScroll->value()) {
        m_lanesScroll->setValue(int(top));
    } else if (top + m_laneHeight > m_lanesScroll->value() + available) {
        m_lanesScroll->setValue(int(std::ceil(top + m_laneHeight - available)));
    }
}

ZoomableCanvas::AccessibleItem TimelineView::accessibleMark(int index) const
{
    const TimelineLayout::Mark &mark = m_layout.marks().at(index);
    const qint64 id = m_data->items()[mark.item].id;
    const core::TimelineData::Details details = m_data->details(id);
    QStringList description{details.kind};
    if (details.deadline.isValid()) {
        description.append(tr("Comment deadline: %1").arg(core::DateText::prose(details.deadline)));
    }
    if (details.effective.isValid()) {
        description.append(tr("Effective: %1").arg(core::DateText::prose(details.effective)));
    }
    const QPointF centre = markPosition(mark);
    const double reach = mark.radius + 2;
    return {describe(id), description.join(QStringLiteral("; ")),
            QRectF(centre - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)).toAlignedRect(),
            id == m_selected};
}

QString TimelineView::describe(qint64 id) const
{
    const core::TimelineData::Details details = m_data->details(id);
    return tr("%1, %2, %3")
        .arg(details.title.preferring(m_data->language()), QLocale().createSeparatedList(details.authorities),
             details.announcedUntil.isValid()
                 ? core::AnnouncedDate::text(details.announced, details.announcedUntil, QLocale(),
                                             QLocale::LongFormat)
                 : core::DateText::prose(details.announced));
}

void TimelineView::updateAccessibility()
{
    if (m_selected == 0) {
        m_canvas->setAccessibleName(tr("Timeline"));
        m_canvas->setAccessibleDescription(tr("No development selected"));
    } else {
        const QString description = describe(m_selected);
        m_canvas->setAccessibleName(description);
        m_canvas->setAccessibleDescription(description);
    }
    QAccessibleEvent nameChanged(m_canvas, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    if (m_canvas->hasFocus()) {
        QAccessibleEvent focus(m_canvas, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace rt::ui
