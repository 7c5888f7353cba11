// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Highlighted text as the views ask for it: legal text (obligations, durations, money, authority names: our
// own definition) and Markdown notes, in the light or dark theme of the widget that owns it. The interface
// between the views and the highlighting module (regtracker-highlighting: LegalHighlighter over KDE's
// syntax-highlighting library); the views make one with ui/common's makeHighlighting(), which loads the
// module when text is first highlighted.

#include <QColor>
#include <QList>
#include <QStringList>

#include <utility>

class QTextDocument;
class QWidget;

namespace rt::ui {

class Highlighting
{
public:
    // (start, length) ranges of a text, for example search matches.
    using Marks = QList<std::pair<qsizetype, qsizetype>>;
    enum class Syntax { Legal, Markdown };

    virtual ~Highlighting() = default;

    // A marker yellow laid over a background (a palette's Base): pale on light, muted on dark, so that the
    // light and dark themes' text colours both stay readable on it.
    static QColor markColorOn(const QColor &base);

    // The names legal text marks as authorities besides the shipped ones.
    virtual void setAuthorityNames(const QStringList &names) = 0;
    // The background of a mark (markColorOn the owner's palette).
    virtual QColor markColor() const = 0;
    // HTML-escaped legal text (newlines as <br>) with a styled span per highlighted part, and every mark on a
    // marker background (syntax colours kept).
    virtual QString toHtml(const QString &text, const Marks &marks = {}) const = 0;
    // Highlights an editor's document as it is typed, until the highlighter goes.
    virtual void attach(QTextDocument *document, Syntax syntax = Syntax::Legal) = 0;
};

// What the module exports, unmangled: makes a highlighter owned by parent.
using MakeHighlighting = Highlighting *(*)(QWidget *parent);
inline constexpr char highlightingModuleName[] = "regtracker-highlighting";
inline constexpr char makeHighlightingSymbol[] = "regtracker_make_highlighting";

} // namespace rt::ui
