// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words import recognises in a development's text: the database's authorities and those of the catalogue
// (AuthorityCatalogue) by name, abbreviation and the other names newsletters use, and the topics by keyword
// (resources/import/topic-keywords.tsv), in English and Chinese.

#include "AuthorityCatalogue.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace rt::core {

struct AuthorityMention
{
    QString code;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Reads every list the user's own files extend (the glossary and related terms, the authority catalogue, the
// topic keywords) and returns the problems found in those files (UserDataFiles::problems()).
QStringList userListProblems();

// Whether the text has any Chinese (Han) character: how import tells a Chinese title or summary.
bool containsHan(QStringView text);

class ImportLexicon final
{
public:
    // The database's authorities (`known`), the built-in catalogue and topic keywords (resources/import/),
    // each with the user's file merged over it (UserDataFiles); topicCodes limits the topics to those (all
    // when empty).
    static ImportLexicon builtIn(const QList<Authority> &known, const QStringList &topicCodes = {});
    // The shipped topic keywords and, after them, the user's topic-keywords.tsv in `userFolder` (left out,
    // and noted in UserDataFiles::problems(), when a line of it is malformed).
    static QList<DataFile> topicKeywordFiles(const QString &userFolder);
    // For tests and fuzzing: the given authorities and catalogue, and topic keywords
    // "code<TAB>english | english*<TAB>中文 | 中文". Throws Error naming a malformed line.
    // topicCodes limits the topics to those (all when empty).
    static ImportLexicon make(const QList<Authority> &known, const AuthorityCatalogue &catalogue,
                              const QString &topicKeywords, const QStringList &topicCodes = {});
    // The same with the topic keywords of several files, in order.
    static ImportLexicon make(const QList<Authority> &known, const AuthorityCatalogue &catalogue,
                              const QList<DataFile> &topicKeywords, const QStringList &topicCodes = {});

    // Every mention of a known or catalogued authority, longest first at each place, in text order, not
    // overlapping. English names match as whole words ("SC" never inside "SCALE"), short all-capital
    // abbreviations only in capitals ("SAFE", never "safe"). A Chinese name followed by 门 is part of a
    // generic phrase (教育部门), and a two-character one (国办, 央行) counts only where it stands as a word
    // of its own, not inside another (集中办理, 中央行动).
    QList<AuthorityMention> authorities(QStringView text) const;
    // Topic codes whose keywords occur in text, most hits first, with the spans of the hits.
    struct TopicHit
    {
        QString code;
        int hits = 0;
        qsizetype firstStart = 0;
        qsizetype firstLength = 0;
    };
    QList<TopicHit> topics(QStringView text) const;

    // The authorities in the database, by code.
    const QHash<QString, Authority> &knownAuthorities() const { return m_authorities; }
    bool isKnown(const QString &code) const { return m_authorities.contains(code); }
    // The authority a code stands for: the database's, else the catalogue's; nullptr for neither.
    const Authority *authority(const QString &code) const;
    // What must be added from the catalogue for `code` to be stored: its entry and the ancestors the
    // database does not have, parents first; empty when the database has it.
    QList<Authority> missingFromDatabase(const QString &code) const;

private:
    struct Name
    {
        QString text; // as matched: lower case unless caseSensitive
        QString code;
        bool caseSensitive = false;
        bool chinese = false;
    };
    struct Keyword
    {
        QString text; // lower case
        QString topic;
        bool prefix = false;
        bool chinese = false;
    };
    void addName(const QString &name, const QString &code);
    bool acceptable(const Name &name, QStringView text, qsizetype start) const;

    QHash<QString, Authority> m_authorities;
    AuthorityCatalogue m_catalogue;
    QList<Name> m_names; // longest first
    QSet<QString> m_nameKeys; // case-sensitivity mark + text of every name, to keep each once
    QHash<QChar, QList<qsizetype>> m_namesByFirst; // first character (lower case unless case-sensitive)
    QList<Keyword> m_keywords;
};

} // namespace rt::core
