// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A drawing area that zooms and pans: the timeline and the authority map are each one. It owns what such
// views share — the zoom, fit and export buttons, the keys (+ and − zoom, Home or Ctrl+0 fits, Escape cancels
// a gesture), the mouse (the wheel zooms around the cursor, dragging pans once it passes the start distance,
// a press without a drag is a click), the legend laid out in rows under the drawing, tooltips, and export as
// PNG or SVG. What is the view's own it asks for through virtual functions: how to zoom, pan and fit, what to
// draw, what lies under a point, and any keys, wheel turns and gestures of its own.

#include "Settings.h"

#include <QList>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QToolButton;

namespace rt::ui {

class ZoomableCanvas : public QWidget
{
    Q_OBJECT
public:
    // One legend entry: its glyph, drawn centred at a point, and its text.
    struct LegendEntry
    {
        std::function<void(QPainter &painter, const QPointF &centre)> glyph;
        QString text;
        QRectF rect; // glyph and text, relative to the legend's top left; set by the layout
    };
    // How an export is offered: the file dialog's caption, the file name it proposes, the folder it starts
    // in, and what the SVG says it is.
    struct ExportText
    {
        QString caption;
        QString fileName;
        core::Settings::Folder folder = core::Settings::Folder::Documents;
        QString title;
        QString description;
    };

    // buttonPrefix names the buttons for tests and accessibility ("timeline": "timelineZoomIn", …).
    ZoomableCanvas(const QString &objectName, const QString &buttonPrefix, QWidget *parent);

    // Lays out the view: its row of controls with the zoom out, zoom in, fit and export buttons added at the
    // end, and under it the canvas with an optional widget on its right (a scroll bar).
    void placeIn(QWidget *view, QBoxLayout *controls, QWidget *beside = nullptr);
    // The tooltips of the view's own: what fitting shows, and what exporting saves.
    void setControlToolTips(const QString &fit, const QString &exportPicture);

    // The legend under the drawing; glyphWidth is the room of a glyph before its text.
    void setLegend(const QList<LegendEntry> &entries, double glyphWidth);
    const QList<LegendEntry> &legend() const { return m_legend; }
    double legendHeight() const { return m_legendHeight; }
    // The part of the canvas above the legend.
    QRectF sceneRect() const;

    void zoomIn();
    void zoomOut();

    // Writes what the canvas shows as PNG (at twice the screen's pixel density) or SVG, chosen by the file's
    // suffix. On failure returns false and errorString() says why.
    bool exportImage(const QString &file);
    QString errorString() const { return m_error; }
    void exportWithDialog();

    // Draws everything as on screen; interactive adds what only the screen shows (a gesture, the focus).
    void paintAll(QPainter &painter, bool interactive);

    // The items a screen reader steps through (the timeline's developments, the map's authorities), each
    // with its name, description, place on the canvas and whether it is selected (CanvasAccessible).
    struct AccessibleItem
    {
        QString name;
        QString description;
        QRect rect;
        bool selected = false;
    };
    virtual int accessibleItemCount() const { return 0; }
    virtual AccessibleItem accessibleItem(int index) const;

    // The view's part. Zooming and panning keep the point under the cursor (anchor) where it is; a positive
    // pan delta moves the drawing with the mouse.
    virtual void zoomBy(double factor, const QPointF &anchor) = 0;
    virtual void panBy(const QPointF &delta) = 0;
    virtual void fitAll() = 0;

protected:
    virtual void paintScene(QPainter &painter, bool interactive) = 0;
    // The canvas' size, font or visibility changed: lay out again.
    virtual void relayout() = 0;
    // The canvas was shown or hidden (its tab came to the front or went behind): a view reads its data only
    // while shown.
    virtual void visibilityChanged(bool shown);
    virtual ExportText exportText() const = 0;
    virtual double zoomStep() const { return 1.25; }
    // Where the zoom buttons and keys zoom around: the middle of the drawing.
    virtual QPointF zoomCentre() const { return sceneRect().center(); }
    // A click (a press and release without a drag) and a double click.
    virtual void clicked(const QPointF &pos, Qt::KeyboardModifiers modifiers);
    virtual void activated(const QPointF &pos);
    // Whether a click at pos does something (the cursor shows it).
    virtual bool clickableAt(const QPointF &pos) const;
    virtual void showToolTip(const QPoint &pos, const QPoint &globalPos) = 0;
    // Keys beyond zoom and fit; true when handled.
    virtual bool keyPressed(QKeyEvent *event);
    // Default: the vertical wheel zooms around the cursor.
    virtual void wheelTurned(QWheelEvent *event);
    // A press the view takes for a gesture of its own (the timeline's Shift+drag); it then gets the moves
    // and the release, and Escape cancels it.
    virtual bool gestureStarts(const QPointF &pos, Qt::KeyboardModifiers modifiers);
    virtual void gestureMoved(const QPointF &pos);
    virtual void gestureEnded(const QPointF &pos, bool cancelled);

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, Gesture };

    void addControls(QBoxLayout *row);
    void layoutLegend();
    void paintLegend(QPainter &painter);
    bool mouse(QEvent *event);
    bool key(QKeyEvent *event);
    void retranslate();

    QList<LegendEntry> m_legend;
    double m_legendGlyphWidth = 16;
    double m_legendHeight = 0;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QString m_error;

    QString m_buttonPrefix;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QString m_fitToolTip;
    QString m_exportToolTip;
};

} // namespace rt::ui
