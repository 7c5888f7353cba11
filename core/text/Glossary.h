// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bilingual glossary of the domain. Two relations between terms:
// - same meaning (resources/glossary/glossary.tsv): each entry pairs English and Chinese terms, with variants
// on
//   either side, Taiwan and Hong Kong wording among them. Search uses it so that an English query also finds
//   developments whose text exists only in Chinese, and the reverse.
// - related (resources/glossary/related.tsv): groups of terms that are neighbours in concept but not
//   interchangeable (deep synthesis, deepfake, AI-generated synthetic content). Search widens a query with
//   them at a lower rank than what was typed and its same-meaning terms.
// Chinese terms are compared in the search form (ChineseScript::fold): Traditional and regional spellings
// find the same entry as the mainland's.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt::core {

class Glossary
{
public:
    struct Entry
    {
        QStringList english; // preferred term first
        QStringList chinese; // preferred term first
    };

    // The glossary shipped with the application, related terms included, with the user's own glossary.tsv
    // and related.tsv merged over it (UserDataFiles).
    static const Glossary &builtIn();
    // The shipped glossary with the user's files in `userFolder` merged over it: a user's entry for a term
    // the glossary has takes its place. A user's file with a bad line is left out, and noted in
    // UserDataFiles::problems().
    static Glossary load(const QString &userFolder);
    // Lines "english<TAB>chinese", variants separated by " | ", '#' starts a comment. Throws Error naming the
    // line of a malformed entry.
    static Glossary parse(const QString &text, const QString &origin);
    // Adds groups of related terms: lines "name<TAB>term<TAB>term…" (at least two terms, English and Chinese
    // mixed), '#' starts a comment. Throws Error naming the line of a malformed group.
    void addRelated(const QString &text, const QString &origin);
    // Adds entries in parse()'s format.
    void addEntries(const QString &text, const QString &origin);

    const QList<Entry> &entries() const { return m_entries; }
    // The entry with this term on either side (English compared by normalizedEnglish), or nullptr.
    const Entry *find(const QString &term) const;
    // Whether the term has an entry or belongs to a group of related terms.
    bool knows(const QString &term) const;
    // The terms related to this one or to any term of its entry, without its entry's own terms, in the order
    // of the groups.
    QStringList related(const QString &term) const;
    // The most words any English term has: how far a query's words need to be tried.
    int longestEnglishTerm() const { return m_longest; }

    // Lower case, apostrophes dropped, hyphens as spaces, and each word's plural folded ("minors' mode" and
    // "minor mode" agree).
    static QString normalizedEnglish(const QString &text);

    // The key a term is found by: normalizedEnglish for a term with Latin letters, else the search form of
    // the Chinese without spaces.
    static QString key(const QString &term);

private:
    void noteLength(const QString &key);

    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // key → entry
    QList<QStringList> m_groups; // related terms
    QMultiHash<QString, qsizetype> m_groupIndex; // key → group
    int m_longest = 0;
};

} // namespace rt::core
