// SPDX-License-Identifier: GPL-3.0-or-later
// The highlighting module's one export (Highlighting.h): a LegalHighlighter owned by parent.
#include "LegalHighlighter.h"

extern "C" Q_DECL_EXPORT rt::ui::Highlighting *regtracker_make_highlighting(QWidget *parent)
{
    return new rt::ui::LegalHighlighter(parent);
}
