#pragma once
// The bilingual glossary of the domain (resources/glossary/glossary.tsv): each entry pairs English and
// Chinese terms, with variants on either side. Search uses it so that an English query also finds
// developments whose text exists only in Chinese, and the reverse.

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

    // The glossary shipped with the application.
    static const Glossary &builtIn();
    // Lines "english<TAB>chinese", variants separated by " | ", '#' starts a comment. Throws Error naming the
    // line of a malformed entry.
    static Glossary parse(const QString &text, const QString &origin);

    const QList<Entry> &entries() const { return m_entries; }
    // The entry with this term on either side (English compared by normalizedEnglish), or nullptr.
    const Entry *find(const QString &term) const;
    // The most words any English term has: how far a query's words need to be tried.
    int longestEnglishTerm() const { return m_longest; }

    // Lower case, apostrophes dropped, hyphens as spaces, and each word's plural folded ("minors' mode" and
    // "minor mode" agree).
    static QString normalizedEnglish(const QString &text);

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // normalized term → entry
    int m_longest = 0;
};

} // namespace rt::core
