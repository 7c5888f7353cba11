// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "ChineseScript.h"
#include "Glossary.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <algorithm>

namespace rt::core {

namespace {

// A word or Chinese run of the query, in the order typed. Quoted text stays one unit.
struct Unit
{
    QString text;
    bool quoted = false;
    bool han = false;
    bool prefix = false; // an English word typed with a trailing '*'
};

bool hasWordCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Splits a word into Chinese runs and runs of everything else, dropping punctuation at the edges.
void appendRuns(const QString &word, QList<Unit> &units)
{
    const QList<uint> codes = word.toUcs4();
    QString run;
    bool runHan = false;
    const auto flush = [&] {
        QString text = run;
        if (!runHan) {
            const bool prefix = text.endsWith(u'*');
            while (!text.isEmpty() && !text.front().isLetterOrNumber()) {
                text.remove(0, 1);
            }
            while (!text.isEmpty() && !text.back().isLetterOrNumber()) {
                text.chop(1);
            }
            if (hasWordCharacter(text)) {
                units.append({text, false, false, prefix});
            }
        } else if (!text.isEmpty()) {
            units.append({text, false, true, false});
        }
        run.clear();
    };
    for (uint code : codes) {
        const bool han = SearchQuery::isHan(code);
        if (!run.isEmpty() && han != runHan) {
            flush();
        }
        runHan = han;
        run.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1));
    }
    if (!run.isEmpty()) {
        flush();
    }
}

QList<Unit> tokenize(const QString &text)
{
    QList<Unit> units;
    qsizetype i = 0;
    const auto isOpeningQuote = [](QChar c) { return c == u'"' || c == QChar(0x201C) || c == QChar(0x300C); };
    const auto closingFor = [](QChar c) {
        return c == QChar(0x201C) ? QChar(0x201D) : c == QChar(0x300C) ? QChar(0x300D) : QChar(u'"');
    };
    QString word;
    const auto flushWord = [&] {
        if (!word.isEmpty()) {
            appendRuns(word, units);
            word.clear();
        }
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isOpeningQuote(c)) {
            flushWord();
            const QChar closing = closingFor(c);
            qsizetype end = text.indexOf(closing, i + 1);
            if (end < 0) {
                end = text.size();
            }
            const QString phrase = text.mid(i + 1, end - i - 1).simplified();
            if (hasWordCharacter(phrase)) {
                units.append({phrase, true, false, false});
            }
            i = end + 1;
        } else if (c.isSpace()) {
            flushWord();
            ++i;
        } else {
            word.append(c);
            ++i;
        }
    }
    flushWord();
    return units;
}

QString ftsString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// A sequence of index tokens that must occur in this order, the last one possibly as a prefix.
QString phrase(SearchQuery::Syntax syntax, const QStringList &tokens, bool prefix)
{
    if (syntax == SearchQuery::Syntax::Fts5) {
        return ftsString(tokens.join(u' ')) + (prefix ? QStringLiteral("*") : QString());
    }
    // PostgreSQL's tsquery: quoted lexemes joined by the followed-by operator, ":*" for a prefix.
    QStringList lexemes;
    for (const QString &token : tokens) {
        QString escaped = token;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
        lexemes.append(u'\'' + escaped + u'\'');
    }
    if (prefix && !lexemes.isEmpty()) {
        lexemes.last() += QStringLiteral(":*");
    }
    const QString joined = lexemes.join(QStringLiteral(" <-> "));
    return lexemes.size() > 1 ? u'(' + joined + u')' : joined;
}

// Terms of a glossary variant: its words and Chinese runs (in the search form), in order.
QStringList termsOf(const QString &text)
{
    QList<Unit> units;
    for (const QString &word : ChineseScript::fold(text).split(u' ', Qt::SkipEmptyParts)) {
        appendRuns(word, units);
    }
    QStringList terms;
    for (const Unit &unit : std::as_const(units)) {
        terms.append(unit.text);
    }
    return terms;
}

// The stem an English word is highlighted by: "labelling", "labels" and "labelled" all show as "label…".
QString englishRoot(const QString &word)
{
    QString root = word.toLower();
    static const QStringList suffixes
        = {QStringLiteral("ings"), QStringLiteral("ing"), QStringLiteral("ies"), QStringLiteral("ied"),
           QStringLiteral("es"),   QStringLiteral("ed"),  QStringLiteral("s")};
    for (const QString &suffix : suffixes) {
        if (root.size() - suffix.size() >= 3 && root.endsWith(suffix)
            && !(suffix == QLatin1StringView("s") && root.endsWith(QLatin1StringView("ss")))) {
            root.chop(suffix.size());
            if (suffix.startsWith(QLatin1StringView("ie"))) {
                root.append(u'i');
            } else if (root.size() > 3 && root.at(root.size() - 1) == root.at(root.size() - 2)) {
                root.chop(1); // labell-ing → label
            }
            break;
        }
    }
    return root;
}

} // namespace

bool SearchQuery::isHan(char32_t c)
{
    return ChineseScript::isHan(c);
}

QString SearchQuery::indexForm(const QString &text)
{
    const QString folded = ChineseScript::fold(text);
    const QStringView view(folded);
    QString result;
    result.reserve(folded.size() * 3);
    // The code point at i (a surrogate pair is one), and how many UTF-16 units it takes.
    const auto at = [&view](qsizetype i, char32_t &code) -> qsizetype {
        const QChar c = view.at(i);
        if (c.isHighSurrogate() && i + 1 < view.size() && view.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, view.at(i + 1));
            return 2;
        }
        code = c.unicode();
        return 1;
    };
    qsizetype i = 0;
    while (i < view.size()) {
        char32_t code = 0;
        qsizetype length = at(i, code);
        if (!isHan(code)) {
            result.append(view.mid(i, length));
            i += length;
            continue;
        }
        // A run of Han characters: each with the one after it, as pairs the index can match.
        result.append(u' ');
        while (true) {
            result.append(view.mid(i, length));
            i += length;
            char32_t following = 0;
            const qsizetype followingLength = i < view.size() ? at(i, following) : 0;
            const bool more = followingLength > 0 && isHan(following);
            if (more) {
                result.append(view.mid(i, followingLength));
            }
            result.append(u' ');
            if (!more) {
                break;
            }
            length = followingLength;
        }
    }
    return result;
}

SearchQuery SearchQuery::parse(const QString &text, const Glossary *glossary)
{
    SearchQuery query;
    QList<Unit> units = tokenize(text);
    QStringList typed; // each unit as typed
    for (Unit &unit : units) {
        typed.append(unit.quoted ? u'"' + unit.text + u'"' : unit.prefix ? unit.text + u'*' : unit.text);
        unit.text = ChineseScript::fold(unit.text);
    }
    const int longest = glossary ? qMax(1, glossary->longestEnglishTerm()) : 1;
    qsizetype i = 0;
    while (i < units.size()) {
        // The longest run of units from here that the glossary knows; a single unit otherwise.
        qsizetype span = 1;
        if (glossary && !units.at(i).quoted && !units.at(i).han) {
            QStringList words;
            for (qsizetype j = i; j < units.size() && j - i < longest; ++j) {
                if (units.at(j).quoted || units.at(j).han || units.at(j).prefix) {
                    break;
                }
                words.append(units.at(j).text);
                if (glossary->knows(words.join(u' '))) {
                    span = j - i + 1;
                }
            }
        }
        Group group;
        Alternative exact;
        exact.phrase = units.at(i).quoted;
        for (qsizetype j = i; j < i + span; ++j) {
            exact.terms.append(units.at(j).prefix ? units.at(j).text + u'*' : units.at(j).text);
        }
        group.typed = QStringList(typed.begin() + i, typed.begin() + i + span).join(u' ');
        group.alternatives.append(exact);
        if (glossary) {
            const QString key = exact.terms.join(u' ');
            QSet<QString> seen{Glossary::key(key)};
            // Same meaning at full weight; for unquoted terms, related terms and their same-meaning terms.
            const auto add = [&](const QString &variant, bool related) {
                const QStringList terms = termsOf(variant);
                const QString variantKey = Glossary::key(variant);
                if (terms.isEmpty() || seen.contains(variantKey)) {
                    return;
                }
                seen.insert(variantKey);
                group.alternatives.append({terms, terms.size() > 1, related});
            };
            const auto addEntry = [&add](const Glossary::Entry *entry, bool related) {
                if (entry) {
                    for (const QStringList *side : {&entry->english, &entry->chinese}) {
                        for (const QString &variant : *side) {
                            add(variant, related);
                        }
                    }
                }
            };
            addEntry(glossary->find(key), false);
            if (!units.at(i).quoted && !units.at(i).prefix) {
                for (const QString &term : glossary->related(key)) {
                    add(term, true);
                    addEntry(glossary->find(term), true);
                }
            }
        }
        query.m_groups.append(group);
        i += span;
    }
    return query;
}

QString SearchQuery::termExpression(const QString &term, Syntax syntax)
{
    if (isHan(term.toUcs4().value(0))) {
        const QString pairs = indexForm(term).simplified();
        const QStringList tokens = pairs.split(u' ');
        if (tokens.size() == 1) {
            return phrase(syntax, tokens, true); // one character: every pair that starts with it
        }
        return phrase(syntax, QStringList(tokens.begin(), tokens.end() - 1), false);
    }
    if (term.endsWith(u'*')) {
        return phrase(syntax, {term.chopped(1)}, true);
    }
    return phrase(syntax, {term}, false);
}

QString SearchQuery::alternativeExpression(const Alternative &alternative, Syntax syntax)
{
    const QString conjunction = syntax == Syntax::Fts5 ? QStringLiteral(" AND ") : QStringLiteral(" & ");
    if (!alternative.phrase) {
        QStringList parts;
        for (const QString &term : alternative.terms) {
            parts.append(termExpression(term, syntax));
        }
        return parts.size() == 1 ? parts.front() : u'(' + parts.join(conjunction) + u')';
    }
    // A phrase: its tokens exactly as the index stores them, except that a Chinese run at the very end must
    // not require its last character to end the run in the text too.
    const QString joined = alternative.terms.join(u' ');
    QStringList tokens = indexForm(joined).simplified().split(u' ', Qt::SkipEmptyParts);
    const QList<uint> codes = joined.toUcs4();
    const bool endsInHan = !codes.isEmpty() && isHan(codes.constLast());
    if (endsInHan && tokens.size() > 1 && tokens.constLast().toUcs4().size() == 1
        && tokens.at(tokens.size() - 2).toUcs4().size() == 2) {
        tokens.removeLast();
    } else if (endsInHan) {
        return phrase(syntax, tokens, true);
    }
    return phrase(syntax, tokens, false);
}

QString SearchQuery::expression(Syntax syntax) const
{
    const QString exact = expression(syntax, false);
    return hasRelatedTerms() ? exact + u'\n' + expression(syntax, true) : exact;
}

QString SearchQuery::expression(Syntax syntax, bool withRelated) const
{
    const bool fts5 = syntax == Syntax::Fts5;
    QStringList groups;
    for (const Group &group : m_groups) {
        QStringList alternatives;
        for (const Alternative &alternative : group.alternatives) {
            if (withRelated || !alternative.related) {
                alternatives.append(alternativeExpression(alternative, syntax));
            }
        }
        groups.append(alternatives.size() == 1
                          ? alternatives.front()
                          : u'(' + alternatives.join(fts5 ? QStringLiteral(" OR ") : QStringLiteral(" | "))
                              + u')');
    }
    return groups.join(fts5 ? QStringLiteral(" AND ") : QStringLiteral(" & "));
}

bool SearchQuery::hasRelatedTerms() const
{
    return std::any_of(m_groups.cbegin(), m_groups.cend(), [](const Group &group) {
        return std::any_of(group.alternatives.cbegin(), group.alternatives.cend(),
                           [](const Alternative &alternative) { return alternative.related; });
    });
}

QStringList SearchQuery::alternatives() const
{
    QStringList result;
    for (const Group &group : m_groups) {
        for (const Alternative &alternative : group.alternatives) {
            if (!alternative.related) {
                result.append(alternative.terms.join(u' '));
            }
        }
    }
    return result;
}

QStringList SearchQuery::typedTerms() const
{
    QStringList result;
    for (const Group &group : m_groups) {
        result.append(group.typed);
    }
    return result;
}

QStringList SearchQuery::relatedTerms() const
{
    QStringList result;
    for (const Group &group : m_groups) {
        for (const Alternative &alternative : group.alternatives) {
            if (alternative.related) {
                result.append(alternative.terms.join(u' '));
            }
        }
    }
    return result;
}

QString SearchQuery::withoutRelatedTerms() const
{
    QStringList parts;
    for (const Group &group : m_groups) {
        const bool related = std::any_of(group.alternatives.cbegin(), group.alternatives.cend(),
                                         [](const Alternative &alternative) { return alternative.related; });
        parts.append(related && !group.typed.startsWith(u'"') ? u'"' + group.typed + u'"' : group.typed);
    }
    return parts.join(u' ');
}

QList<TextRange> SearchQuery::matches(const QString &text) const
{
    QList<TextRange> ranges;
    QStringList han;
    QStringList roots;
    for (const Group &group : m_groups) {
        for (const Alternative &alternative : group.alternatives) {
            for (const QString &term : alternative.terms) {
                if (isHan(term.toUcs4().value(0))) {
                    han.append(term);
                } else {
                    const bool prefix = term.endsWith(u'*');
                    for (const QString &word : termsOf(QString(term).replace(u'-', u' '))) {
                        if (prefix) { // any word that starts with it
                            roots.append(QRegularExpression::escape(word) + QStringLiteral("\\w*"));
                            continue;
                        }
                        const QString root = englishRoot(word);
                        // The root, optionally with its last letter doubled (label → labell-ing).
                        roots.append(QRegularExpression::escape(root) + QStringLiteral("(?:")
                                     + QRegularExpression::escape(root.right(1)) + QStringLiteral(")?"));
                    }
                }
            }
        }
    }
    if (!han.isEmpty()) {
        // Found in the search form of the text, marked where they stand in the text as shown.
        const ChineseScript::Folded folded = ChineseScript::foldWithOrigins(text);
        for (const QString &needle : std::as_const(han)) {
            for (qsizetype at = folded.text.indexOf(needle); at >= 0;
                 at = folded.text.indexOf(needle, at + needle.size())) {
                const qsizetype start = folded.from.at(at);
                ranges.append({start, folded.to.at(at + needle.size() - 1) - start});
            }
        }
    }
    if (!roots.isEmpty()) {
        // A root and a common English ending: "label" finds labels, labelled, labelling.
        const QRegularExpression words(
            QStringLiteral(R"(\b(?:%1)(?:s|es|ed|d|ing|ings|er|ers|ly|ment|ments|ion|ions|al|y|ies|ied|)\b)")
                .arg(roots.join(u'|')),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = words.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            ranges.append({match.capturedStart(), match.capturedLength()});
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.start <= merged.back().start + merged.back().length) {
            TextRange &last = merged.back();
            last.length = qMax(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

} // namespace rt::core
