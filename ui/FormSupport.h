#pragma once
// Small pieces the forms (development editor, company form, assessment editor) share.

class QLabel;
class QWidget;

namespace rt::ui {

// The label under a form that lists what stops it from being saved: wrapped, in a warning red that stays
// readable in light and dark palettes.
QLabel *createProblemsLabel(QWidget *parent);

} // namespace rt::ui
