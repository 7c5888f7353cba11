// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timeline: the developments the shared filter lets through, on a zoomable time axis, in lanes by
// authority level, authority, topic or kind. It owns the timeline's data, scale and layout; the layout is
// recomputed on zoom, pan, resize and data changes, never while painting, and a paint draws only what the
// layout placed in the visible range (marks, or density bins when zoomed out).
//
// It draws on a ZoomableCanvas (wheel zoom, dragging, +/−, Home and export come from there). Shift+wheel (or
// a horizontal wheel) pans, Ctrl+wheel or the wheel over the lane headers scrolls the lanes, Shift+drag
// across time chooses a date range; a click selects, a double-click opens. Tab and Shift+Tab step through the
// developments in time, and so do Left and Right while one is selected (they pan otherwise).

#include "BilingualText.h"
#include "TimelineData.h"
#include "TimelineLayout.h"
#include "TimelineScale.h"
#include "ZoomableCanvas.h"

#include <QPixmap>
#include <QWidget>

#include <unordered_map>
#include <vector>

class QComboBox;
class QKeyEvent;
class QLabel;
class QPainter;
class QScrollBar;
class QToolButton;
class QWheelEvent;

namespace rt::core {
class Database;
class TextSearch;
} // namespace rt::core

namespace rt::ui {

class FilterBar;
class TimelineCanvas;

class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    TimelineView(core::Database &db, const core::TextSearch &search, QWidget *parent = nullptr);
    ~TimelineView() override;

    // Width of the lane headers left of the time axis, which stay put while the axis pans.
    static constexpr int laneHeaderWidth = 160;

    core::TimelineData &data() const { return *m_data; }
    const core::TimelineScale &scale() const { return m_scale; }
    const core::TimelineLayout &layout() const { return m_layout; }
    // The drawing area: marks, lanes, axis and legend, in its own coordinates.
    QWidget *canvas() const;

    qint64 selectedDevelopment() const { return m_selected; }
    // Shows a selection made elsewhere, panning to it when it is out of view; emits nothing.
    void setSelectedDevelopment(qint64 id);
    void setContentLanguage(core::Language language);
    void setLanes(core::TimelineLanes lanes);
    void setUpcoming(bool upcoming);

    // Shows the days first … last (both included) across the axis.
    void setVisibleRange(const QDate &first, const QDate &last);
    // Says which filter is on (the window names its parts) and offers to clear it.
    FilterBar *filterBar() const { return m_filterBar; }

    // Shows every item.
    void fitAll();
    void zoomIn();
    void zoomOut();

    // Canvas coordinates: the x of a day (fractional within the day), and where a mark's announcement is
    // drawn.
    double xForDay(double day) const;
    QPointF markPosition(const core::TimelineLayout::Mark &mark) const;

    // Writes what the timeline shows as PNG (drawn at twice the screen's pixel density) or SVG, chosen by the
    // file's suffix. On failure returns false and errorString() says why.
    bool exportImage(const QString &file);
    QString errorString() const;

    // The lanes choice and upcoming mode as the user left them.
    void restoreSettings();

Q_SIGNALS:
    void developmentSelected(qint64 id);
    void developmentActivated(qint64 id);
    // Both days included.
    void dateRangeChosen(const QDate &from, const QDate &to);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class TimelineCanvas;

    void retranslate();
    void elideHint();
    void onDataChanged();
    // Recomputes what depends on the canvas size, the scale or the data, then schedules a paint.
    void relayout();
    void fitPending();
    void layoutContext();
    void layoutLegend();

    // Geometry, in canvas coordinates.
    double axisHeight() const;
    double lanesTop() const { return axisHeight(); }
    double lanesBottom() const;
    double laneTop(int lane) const;
    double rowY(int lane, int row) const;
    int laneAt(double y) const;
    double dayAt(double x) const;

    // Draws the canvas; interactive adds what only the screen shows (the range being dragged).
    void paint(QPainter &painter, bool interactive) const;
    void paintAxis(QPainter &painter, const QSizeF &size) const;
    void paintLanes(QPainter &painter, const QSizeF &size) const;
    void paintMarks(QPainter &painter, const QRectF &area, bool interactive) const;
    // The glyph of an announcement (a circle of the given radius), a comment deadline or an entry into force,
    // in the kind's colour; on screen copied from a picture of it drawn once (glyphSprite).
    // An approximate announcement (dated by a newsletter's period) is drawn hollow.
    enum class Glyph { Announcement, ApproximateAnnouncement, Deadline, Effective };
    void paintGlyph(QPainter &painter, Glyph glyph, int kind, double size, const QPointF &centre,
                    bool interactive) const;
    void drawGlyph(QPainter &painter, Glyph glyph, int kind, double size, const QPointF &centre) const;
    const QPixmap &glyphSprite(Glyph glyph, int kind, double size, qreal ratio) const;
    void paintBins(QPainter &painter, const QRectF &area) const;
    void paintLaneHeaders(QPainter &painter, const QSizeF &size) const;
    void paintRange(QPainter &painter, const QRectF &area) const;

    void wheel(QWheelEvent *event);
    bool key(QKeyEvent *event);
    // Shift+drag across time: a date range for the other views.
    bool rangeStarts(const QPointF &pos, Qt::KeyboardModifiers modifiers);
    void rangeMoved(const QPointF &pos);
    void rangeEnded(bool cancelled);
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    // The mark under a canvas point (announcement, deadline or effective date), -1 when none.
    int markAt(const QPointF &pos) const;

    void zoomAround(double factor, double canvasX);
    void pan(double pixels);
    void scrollLanes(double pixels);
    // notify: tell the other views (a selection made here); reveal: pan to it when out of view.
    void selectDevelopment(qint64 id, bool notify, bool reveal);
    // Selects the next (+1) or previous (-1) development in time; false when there is none.
    bool step(int direction);
    void ensureVisible(std::size_t item);
    void findSelectedItems();
    void updateAccessibility();
    QString describe(qint64 id) const;
    // A screen reader's view of a mark: the development, its kind and dates, where it is drawn.
    ZoomableCanvas::AccessibleItem accessibleMark(int index) const;

    core::TimelineData *m_data = nullptr;
    core::TimelineScale m_scale;
    core::TimelineLayout m_layout;
    QList<core::TimelineScale::Tick> m_ticks;
    mutable std::unordered_map<quint64, QPixmap> m_sprites;
    QList<std::pair<double, QString>> m_context; // the axis' upper row: x and label of each larger period
    std::vector<std::size_t> m_selectedItems; // indexes into data().items() of the selection (one per lane)
    qint64 m_selected = 0;
    qint64 m_today = 0;
    // Until the canvas has its size, the range to show once it has (first, last day); fitted afterwards.
    bool m_fitted = false;
    qint64 m_pendingFirst = 0;
    qint64 m_pendingLast = 0;
    double m_laneHeight = 64;

    bool m_ranging = false;
    double m_rangeStart = 0;
    double m_rangeEnd = 0;

    TimelineCanvas *m_canvas = nullptr;
    QScrollBar *m_lanesScroll = nullptr;
    QLabel *m_lanesLabel = nullptr;
    QComboBox *m_lanesCombo = nullptr;
    QToolButton *m_upcomingButton = nullptr;
    QLabel *m_hint = nullptr;
    FilterBar *m_filterBar = nullptr;
};

} // namespace rt::ui
