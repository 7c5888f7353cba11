// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small pieces the forms (development editor, company form, assessment editor), the item delegates and the
// row trees (checklist, agenda) share.

class QLabel;
class QObject;
class QPainter;
class QStyle;
class QStyleOptionViewItem;
class QTreeView;
class QWidget;

namespace rt::ui {

// The label under a form that lists what stops it from being saved: wrapped, in a warning red that stays
// readable in light and dark palettes.
QLabel *createProblemsLabel(QWidget *parent);

// Draws an item view cell as the style does — background, selection, focus — but without its text, which the
// delegate then draws itself. Returns the style that drew it.
QStyle *drawCellWithoutText(QPainter *painter, QStyleOptionViewItem cell);

// A tree of read-only rows, one line each, selected whole, that its view edits through its own keys (the
// view becomes the tree's event filter), double clicks and context menu.
void setUpRowTree(QTreeView *tree, QObject *view);

} // namespace rt::ui
