// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Highlighted text as the views ask for it: legal text (obligations, durations, money, authority names: our
// own definition) and Markdown notes, in the light or dark theme of the widget that owns it. The work is done
// by the highlighting module (regtracker-highlighting: LegalHighlighter over KDE's syntax-highlighting
// library), loaded when the first view makes one; starting does not load that library and the network
// libraries it needs. Without the module, text is shown plain and a warning is logged.

#include <QColor>
#include <QList>
#include <QStringList>

#include <utility>

class QTextDocument;
class QWidget;

namespace rt::core {
class Database;
} // namespace rt::core

namespace rt::ui {

class Highlighting
{
public:
    // (start, length) ranges of a text, for example search matches.
    using Marks = QList<std::pair<qsizetype, qsizetype>>;
    enum class Syntax { Legal, Markdown };

    virtual ~Highlighting() = default;

    // A highlighter owned by parent (a child object of it) that follows its palette.
    static Highlighting *make(QWidget *parent);
    // All authority names and abbreviations in both languages, read through core: for setAuthorityNames().
    static QStringList authorityNames(core::Database &db);
    // A marker yellow laid over a background (a palette's Base): pale on light, muted on dark, so that the
    // light and dark themes' text colours both stay readable on it.
    static QColor markColorOn(const QColor &base)
    {
        const QColor yellow(255, 210, 0);
        const double share = base.lightness() < 128 ? 0.3 : 0.55;
        const auto mix = [share](int from, int to) { return qRound(from + (to - from) * share); };
        return QColor(mix(base.red(), yellow.red()), mix(base.green(), yellow.green()),
                      mix(base.blue(), yellow.blue()));
    }

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
