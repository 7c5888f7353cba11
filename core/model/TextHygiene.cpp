// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextHygiene.h"

#include "Company.h"
#include "Development.h"
#include "Error.h"

namespace rt::core {

namespace {

// The control characters (category Cc) are exactly U+0000–U+001F and U+007F–U+009F.
bool isControl(QChar c)
{
    return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
}

} // namespace

std::optional<QString> TextHygiene::problem(QStringView text, Lines lines)
{
    qsizetype place = 0; // in characters, a surrogate pair counting once
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++place;
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            return tr("it holds half of a character (an unpaired surrogate, U+%1) at character %2")
                .arg(QString::number(c.unicode(), 16).toUpper())
                .arg(place);
        }
        if (c.unicode() == 0) {
            return tr("it holds a NUL character at character %1").arg(place);
        }
        const bool lineBreak
            = c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        if (lines == Lines::Single && (lineBreak || isControl(c))) {
            return lineBreak ? tr("it breaks the line at character %1, but it is a single line").arg(place)
                             : tr("it holds the control character U+%1 at character %2")
                                   .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'))
                                   .arg(place);
        }
        if (lines == Lines::Many && isControl(c) && !lineBreak && c != u'\t') {
            return tr("it holds the control character U+%1 at character %2")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'))
                .arg(place);
        }
    }
    return std::nullopt;
}

void TextHygiene::check(const QString &field, QStringView text, Lines lines)
{
    if (const auto found = problem(text, lines)) {
        throw Error(Error::Code::InvalidInput, tr("%1: %2.").arg(field, *found));
    }
}

void TextHygiene::check(const Development &d)
{
    check(tr("a development's identifier"), d.uid, Lines::Single);
    // Named by its identifier: its texts are what may be wrong. The name of a field is made only for a
    // problem: a development has many texts, and an import checks every one.
    const auto name = [&d] { return d.uid.isEmpty() ? tr("a new development") : d.uid; };
    const auto one = [&](const char *pattern, const char *what, QStringView text, Lines lines) {
        if (const auto found = problem(text, lines)) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1: %2.").arg(tr(pattern).arg(name(), tr(what)), *found));
        }
    };
    const auto both = [&](const char *what, const BilingualText &text, Lines lines) {
        one(QT_TR_NOOP("%1, %2 (English)"), what, text.en, lines);
        one(QT_TR_NOOP("%1, %2 (Chinese)"), what, text.zh, lines);
    };
    both(QT_TR_NOOP("title"), d.title, Lines::Single);
    both(QT_TR_NOOP("document title"), d.documentTitle, Lines::Single);
    both(QT_TR_NOOP("summary"), d.summary, Lines::Many);
    one(QT_TR_NOOP("%1, %2"), QT_TR_NOOP("source"), d.sourcePublication, Lines::Single);
    one(QT_TR_NOOP("%1, %2"), QT_TR_NOOP("address"), d.sourceUrl, Lines::Single);
    for (const Obligation &o : d.obligations) {
        both(QT_TR_NOOP("obligation"), o.text, Lines::Many);
    }
    for (const Penalty &p : d.penalties) {
        both(QT_TR_NOOP("penalty"), p.description, Lines::Many);
    }
}

void TextHygiene::check(const Company &c)
{
    check(tr("a company's identifier"), c.uid, Lines::Single);
    const QString name = c.uid.isEmpty() ? tr("a new company") : c.uid;
    check(tr("%1, %2 (English)").arg(name, tr("name")), c.name.en, Lines::Single);
    check(tr("%1, %2 (Chinese)").arg(name, tr("name")), c.name.zh, Lines::Single);
    check(tr("%1, %2").arg(name, tr("notes")), c.notes, Lines::Many);
}

} // namespace rt::core
