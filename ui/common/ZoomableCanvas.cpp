// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoomableCanvas.h"

#include "CanvasAccessible.h"
#include "PictureExport.h"

#include <QApplication>
#include <QBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace rt::ui {

namespace {

constexpr double legendMargin = 8;
constexpr double legendGap = 14;

} // namespace

ZoomableCanvas::ZoomableCanvas(const QString &objectName, const QString &buttonPrefix, QWidget *parent)
    : QWidget(parent)
    , m_buttonPrefix(buttonPrefix)
{
    setObjectName(objectName);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    CanvasAccessible::install();
}

ZoomableCanvas::AccessibleItem ZoomableCanvas::accessibleItem(int) const
{
    return {};
}

void ZoomableCanvas::placeIn(QWidget *view, QBoxLayout *controls, QWidget *beside)
{
    addControls(controls);
    auto *canvasRow = new QHBoxLayout;
    canvasRow->setSpacing(0);
    canvasRow->addWidget(this, 1);
    if (beside) {
        canvasRow->addWidget(beside);
    }
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(controls);
    layout->addLayout(canvasRow, 1);
}

void ZoomableCanvas::addControls(QBoxLayout *row)
{
    const auto toolButton = [this](const QString &name, const char *icon) {
        auto *button = new QToolButton(parentWidget());
        button->setObjectName(m_buttonPrefix + name);
        button->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        return button;
    };
    m_zoomOutButton = toolButton(QStringLiteral("ZoomOut"), "zoom-out");
    m_zoomInButton = toolButton(QStringLiteral("ZoomIn"), "zoom-in");
    m_fitButton = toolButton(QStringLiteral("Fit"), "zoom-fit-best");
    m_exportButton = new QToolButton(parentWidget());
    m_exportButton->setObjectName(m_buttonPrefix + QStringLiteral("Export"));
    row->addWidget(m_zoomOutButton);
    row->addWidget(m_zoomInButton);
    row->addWidget(m_fitButton);
    row->addSpacing(8);
    row->addWidget(m_exportButton);
    connect(m_zoomInButton, &QToolButton::clicked, this, &ZoomableCanvas::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &ZoomableCanvas::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, [this] { fitAll(); });
    connect(m_exportButton, &QToolButton::clicked, this, &ZoomableCanvas::exportWithDialog);
    retranslate();
}

void ZoomableCanvas::setControlToolTips(const QString &fit, const QString &exportPicture)
{
    m_fitToolTip = fit;
    m_exportToolTip = exportPicture;
    retranslate();
}

void ZoomableCanvas::retranslate()
{
    if (!m_zoomInButton) {
        return;
    }
    m_zoomInButton->setText(tr("+"));
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomOutButton->setText(tr("−"));
    m_zoomOutButton->setToolTip(tr("Zoom out (−)"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(m_fitToolTip);
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(m_exportToolTip);
}

void ZoomableCanvas::setLegend(const QList<LegendEntry> &entries, double glyphWidth)
{
    m_legend = entries;
    m_legendGlyphWidth = glyphWidth;
    layoutLegend();
}

void ZoomableCanvas::layoutLegend()
{
    // Entries flow left to right and wrap to the next row when the width is used up.
    const QFontMetricsF metrics(font());
    const double lineHeight = metrics.height() + 6;
    double x = legendMargin;
    double y = 4;
    for (LegendEntry &entry : m_legend) {
        const double entryWidth = m_legendGlyphWidth + metrics.horizontalAdvance(entry.text) + legendGap;
        if (x + entryWidth > width() - legendMargin && x > legendMargin) {
            x = legendMargin;
            y += lineHeight;
        }
        entry.rect = QRectF(x, y, entryWidth - legendGap, lineHeight);
        x += entryWidth;
    }
    m_legendHeight = m_legend.isEmpty() ? 0 : y + lineHeight + 4;
}

QRectF ZoomableCanvas::sceneRect() const
{
    return QRectF(0, 0, width(), std::max(1.0, height() - m_legendHeight));
}

void ZoomableCanvas::zoomIn()
{
    zoomBy(zoomStep(), zoomCentre());
}

void ZoomableCanvas::zoomOut()
{
    zoomBy(1 / zoomStep(), zoomCentre());
}

void ZoomableCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintAll(painter, true);
}

void ZoomableCanvas::paintAll(QPainter &painter, bool interactive)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font());
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.save();
    paintScene(painter, interactive);
    painter.restore();
    paintLegend(painter);
}

void ZoomableCanvas::paintLegend(QPainter &painter)
{
    if (m_legend.isEmpty()) {
        return;
    }
    const QPalette &pal = palette();
    const double top = height() - m_legendHeight;
    painter.save();
    painter.fillRect(QRectF(0, top, width(), m_legendHeight), pal.color(QPalette::Window));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(0, top + 0.5), QPointF(width(), top + 0.5));
    painter.setFont(font());
    for (const LegendEntry &entry : m_legend) {
        const QRectF rect = entry.rect.translated(0, top);
        painter.save();
        entry.glyph(painter, QPointF(rect.left() + m_legendGlyphWidth / 2 - 2, rect.center().y()));
        painter.restore();
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(rect.adjusted(m_legendGlyphWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.text);
    }
    painter.restore();
}

bool ZoomableCanvas::exportImage(const QString &file)
{
    m_error.clear();
    const ExportText text = exportText();
    PictureExport::Drawing drawing;
    drawing.canvas = this;
    drawing.title = text.title;
    drawing.description = text.description;
    drawing.paint = [this](QPainter &painter) { paintAll(painter, false); };
    return PictureExport::write(file, drawing, &m_error);
}

void ZoomableCanvas::exportWithDialog()
{
    const ExportText text = exportText();
    PictureExport::askAndWrite(this, text.caption, text.fileName, text.folder,
                               [this](const QString &file, QString *error) {
                                   const bool written = exportImage(file);
                                   *error = m_error;
                                   return written;
                               });
}

void ZoomableCanvas::visibilityChanged(bool)
{
}

void ZoomableCanvas::clicked(const QPointF &, Qt::KeyboardModifiers)
{
}

void ZoomableCanvas::activated(const QPointF &)
{
}

bool ZoomableCanvas::clickableAt(const QPointF &) const
{
    return false;
}

bool ZoomableCanvas::keyPressed(QKeyEvent *)
{
    return false;
}

void ZoomableCanvas::wheelTurned(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (angle.y() != 0) {
        zoomBy(std::pow(1.2, angle.y() / 120.0), event->position());
    }
}

bool ZoomableCanvas::gestureStarts(const QPointF &, Qt::KeyboardModifiers)
{
    return false;
}

void ZoomableCanvas::gestureMoved(const QPointF &)
{
}

void ZoomableCanvas::gestureEnded(const QPointF &, bool)
{
}

bool ZoomableCanvas::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        visibilityChanged(true);
        [[fallthrough]];
    case QEvent::Resize:
    case QEvent::FontChange:
        layoutLegend();
        relayout();
        break;
    case QEvent::Hide:
        visibilityChanged(false);
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        update();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        if (mouse(event)) {
            return true;
        }
        break;
    case QEvent::Wheel:
        wheelTurned(static_cast<QWheelEvent *>(event));
        return true;
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
        break;
    }
    case QEvent::KeyPress:
        if (key(static_cast<QKeyEvent *>(event))) {
            return true;
        }
        break;
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (help->pos().y() >= sceneRect().bottom()) {
            QToolTip::hideText(); // the legend
        } else {
            showToolTip(help->pos(), help->globalPos());
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

bool ZoomableCanvas::mouse(QEvent *event)
{
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QPointF pos = mouse->position();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (mouse->button() != Qt::LeftButton) {
            return false;
        }
        m_pressPos = m_lastPos = pos;
        setFocus(Qt::MouseFocusReason);
        m_drag = gestureStarts(pos, mouse->modifiers()) ? Drag::Gesture : Drag::Pending;
        return true;
    case QEvent::MouseMove:
        switch (m_drag) {
        case Drag::None:
            setCursor(clickableAt(pos) ? Qt::PointingHandCursor : Qt::ArrowCursor);
            return false;
        case Drag::Pending:
            if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
                return true;
            }
            m_drag = Drag::Pan;
            setCursor(Qt::ClosedHandCursor);
            [[fallthrough]];
        case Drag::Pan:
            panBy(pos - m_lastPos);
            break;
        case Drag::Gesture:
            gestureMoved(pos);
            break;
        }
        m_lastPos = pos;
        return true;
    case QEvent::MouseButtonRelease: {
        if (mouse->button() != Qt::LeftButton || m_drag == Drag::None) {
            return false;
        }
        const Drag drag = std::exchange(m_drag, Drag::None);
        setCursor(Qt::ArrowCursor);
        if (drag == Drag::Pending && m_pressPos.y() < sceneRect().bottom()) {
            clicked(m_pressPos, mouse->modifiers());
        } else if (drag == Drag::Gesture) {
            gestureEnded(pos, false);
        }
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (mouse->button() != Qt::LeftButton || pos.y() >= sceneRect().bottom()) {
            return false;
        }
        activated(pos);
        return true;
    default:
        return false;
    }
}

bool ZoomableCanvas::key(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return true;
    case Qt::Key_0:
        if (!(event->modifiers() & Qt::ControlModifier)) {
            return keyPressed(event);
        }
        [[fallthrough]];
    case Qt::Key_Home:
        fitAll();
        return true;
    case Qt::Key_Escape:
        if (m_drag == Drag::Gesture) {
            m_drag = Drag::None;
            gestureEnded(m_lastPos, true);
            return true;
        }
        return keyPressed(event);
    default:
        return keyPressed(event);
    }
}

} // namespace rt::ui
