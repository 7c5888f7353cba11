#pragma once
// The words import recognises in a development's text: the database's authorities by name, abbreviation and
// the aliases newsletters use (resources/import/authority-aliases.tsv), and the topics by keyword
// (resources/import/topic-keywords.tsv), in English and Chinese.

#include "Authority.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace rt::core {

struct AuthorityMention
{
    QString code;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Whether the text has any Chinese (Han) character: how import tells a Chinese title or summary.
bool containsHan(QStringView text);

class ImportLexicon final
{
public:
    // The given authorities with the built-in aliases and topic keywords (resources/import/); topicCodes
    // limits the topics to those (all when empty).
    static ImportLexicon builtIn(const QList<Authority> &authorities, const QStringList &topicCodes = {});
    // For tests and fuzzing: the given authorities, aliases "CODE<TAB>alias | alias" and topic keywords
    // "code<TAB>english | english*<TAB>中文 | 中文". Throws Error naming a malformed line.
    // topicCodes limits the topics to those (all when empty).
    static ImportLexicon make(const QList<Authority> &authorities, const QString &aliases,
                              const QString &topicKeywords, const QStringList &topicCodes = {});

    // Every mention of a known authority, longest first at each place, in text order, not overlapping.
    // English names match as whole words ("SC" never inside "SCALE"), short all-capital abbreviations only
    // in capitals.
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

    const QHash<QString, Authority> &knownAuthorities() const { return m_authorities; }

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

    QHash<QString, Authority> m_authorities;
    QList<Name> m_names; // longest first
    QList<Keyword> m_keywords;
};

} // namespace rt::core
