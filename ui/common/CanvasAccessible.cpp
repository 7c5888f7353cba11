// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanvasAccessible.h"

#include "ZoomableCanvas.h"

#include <QPointer>

namespace rt::ui {

namespace {

// One item of a canvas: everything is read from the canvas when asked.
class CanvasItemAccessible final : public QAccessibleInterface
{
public:
    CanvasItemAccessible(ZoomableCanvas *canvas, int index)
        : m_canvas(canvas)
        , m_index(index)
    {
    }

    bool isValid() const override { return m_canvas && m_index < m_canvas->accessibleItemCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_canvas ? m_canvas->window()->windowHandle() : nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_canvas); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid()) {
            return {};
        }
        const ZoomableCanvas::AccessibleItem item = m_canvas->accessibleItem(m_index);
        switch (t) {
        case QAccessible::Name:
            return item.name;
        case QAccessible::Description:
            return item.description;
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        if (!isValid()) {
            return {};
        }
        const QRect local = m_canvas->accessibleItem(m_index).rect;
        return QRect(m_canvas->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const ZoomableCanvas::AccessibleItem item = m_canvas->accessibleItem(m_index);
        state.selectable = true;
        state.selected = item.selected;
        state.invisible = !m_canvas->rect().intersects(item.rect);
        state.offscreen = state.invisible;
        return state;
    }

private:
    QPointer<ZoomableCanvas> m_canvas;
    int m_index;
};

QAccessibleInterface *canvasFactory(const QString &, QObject *object)
{
    auto *canvas = qobject_cast<ZoomableCanvas *>(object);
    return canvas ? new CanvasAccessible(canvas) : nullptr;
}

} // namespace

CanvasAccessible::CanvasAccessible(ZoomableCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::List)
{
}

CanvasAccessible::~CanvasAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children)) {
        QAccessible::deleteAccessibleInterface(id);
    }
}

void CanvasAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(canvasFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

ZoomableCanvas *CanvasAccessible::canvas() const
{
    return static_cast<ZoomableCanvas *>(widget());
}

int CanvasAccessible::childCount() const
{
    return canvas()->accessibleItemCount();
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    if (index < 0 || index >= childCount()) {
        return nullptr;
    }
    if (const auto it = m_children.constFind(index); it != m_children.cend()) {
        return QAccessible::accessibleInterface(*it);
    }
    auto *item = new CanvasItemAccessible(canvas(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child) {
            return it.key();
        }
    }
    return -1;
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    const QPoint local = canvas()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (canvas()->accessibleItem(i).rect.contains(local)) {
            return child(i);
        }
    }
    return nullptr;
}

} // namespace rt::ui
