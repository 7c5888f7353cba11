// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Highlighters for the views (the Highlighting interface): made at once and cheaply, the highlighting module
// loaded when text is first highlighted, so that a view that shows no text yet (the window before its first
// paint) does not load KDE's syntax-highlighting library and the network libraries it needs. Without the
// module, text is shown plain and a warning is logged.

#include "Highlighting.h"

namespace rt::core {
class Database;
} // namespace rt::core

namespace rt::ui {

// A highlighter owned by parent (a child object of it) that follows its palette.
Highlighting *makeHighlighting(QWidget *parent);
// All authority names and abbreviations in both languages, read through core: for setAuthorityNames().
QStringList authorityNamesOf(core::Database &db);

} // namespace rt::ui
