#pragma once
// Small pieces the forms (development editor, company form, assessment editor) and the item delegates share.

class QLabel;
class QPainter;
class QStyle;
class QStyleOptionViewItem;
class QWidget;

namespace rt::ui {

// The label under a form that lists what stops it from being saved: wrapped, in a warning red that stays
// readable in light and dark palettes.
QLabel *createProblemsLabel(QWidget *parent);

// Draws an item view cell as the style does — background, selection, focus — but without its text, which the
// delegate then draws itself. Returns the style that drew it.
QStyle *drawCellWithoutText(QPainter *painter, QStyleOptionViewItem cell);

} // namespace rt::ui
