// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a screen reader sees of a zoomable canvas (the timeline, the authority map): the canvas itself, with
// its accessible name and description, and one child per item the canvas draws — a development, an
// authority — with its name, description, place and whether it is selected, so that the items can be stepped
// through like the rows of a list. The canvas says what its items are (ZoomableCanvas::accessibleItem); the
// interfaces here only ask it, so they never hold stale copies.

#include <QAccessibleWidget>
#include <QHash>

namespace rt::ui {

class ZoomableCanvas;

class CanvasAccessible final : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(ZoomableCanvas *canvas);
    ~CanvasAccessible() override;

    // Makes every ZoomableCanvas answer with a CanvasAccessible; idempotent.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

private:
    ZoomableCanvas *canvas() const;

    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace rt::ui
