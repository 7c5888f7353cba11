// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a user typed into a search box, understood once: English words (matched in any inflection), Chinese
// terms of any length in Simplified or Traditional characters, "quoted phrases", the bilingual glossary's
// same-meaning equivalents of what was typed and, for unquoted terms, its related terms. It turns into a
// full-text expression (FTS5 or tsquery) over the index's prepared text, and it finds its own matches in a
// displayed text so that views can highlight them.
//
// Chinese is compared in one form, index and query alike: ChineseScript::fold turns Traditional characters
// and Taiwan or Hong Kong wording into mainland Simplified (演算法 → 算法), so either finds the other;
// matches are marked in a text in whatever script it is shown.
//
// Chinese has no spaces between words, and most legal terms are two characters long, so the index stores
// Chinese as overlapping character pairs (算法备案 → 算法 法备 备案 案): a term of n ≥ 2 characters is the
// phrase of its n − 1 pairs, a single character is a prefix query on the pairs that start with it (the run's
// last character is stored alone so that it, too, starts a token).

#include <QList>
#include <QString>
#include <QStringList>

namespace rt::core {

class Glossary;

struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

class SearchQuery
{
public:
    SearchQuery() = default;
    // Without a glossary the query matches only what was typed.
    static SearchQuery parse(const QString &text, const Glossary *glossary = nullptr);

    bool isEmpty() const { return m_groups.isEmpty(); }
    // The full-text languages the query can be written in: SQLite's FTS5 MATCH and PostgreSQL's tsquery.
    enum class Syntax { Fts5, TsQuery };
    // The search expression: every group must match; a group matches through any of its alternatives. When
    // related terms widen the query it has two lines: the expression without them, then the expression with
    // them; the full-text hits statement (SqlDialect::searchHits) ranks whatever only the second line finds
    // after everything the first finds.
    QString expression(Syntax syntax) const;
    QString ftsExpression() const { return expression(Syntax::Fts5); }
    // The terms a text is searched for at full weight, in the search form: what was typed and its
    // same-meaning equivalents (for display: "also searched for …").
    QStringList alternatives() const;
    // The terms as typed, without any equivalents.
    QStringList typedTerms() const;
    // The related terms the glossary added, at lower weight.
    QStringList relatedTerms() const;
    // The query text that searches the same without related terms: the terms that had them put in quotes.
    QString withoutRelatedTerms() const;
    // Where the query's words and terms, and their equivalents and related terms, occur in a text, sorted and
    // merged; Chinese is found in either script.
    QList<TextRange> matches(const QString &text) const;

    // A text as the index stores it: Chinese runs in the search form as overlapping pairs, everything else as
    // written.
    static QString indexForm(const QString &text);
    static bool isHan(char32_t c);

private:
    // One alternative: a sequence of words or Chinese runs that must occur (as a phrase when quoted).
    struct Alternative
    {
        QStringList terms;
        bool phrase = false;
        bool related = false; // a related term: lower weight
    };
    struct Group
    {
        QString typed; // as typed, quotes and '*' included
        QList<Alternative> alternatives; // the typed terms first
    };

    static QString termExpression(const QString &term, Syntax syntax);
    static QString alternativeExpression(const Alternative &alternative, Syntax syntax);
    QString expression(Syntax syntax, bool withRelated) const;
    bool hasRelatedTerms() const;

    QList<Group> m_groups;
};

} // namespace rt::core
