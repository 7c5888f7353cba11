// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLexicon.h"

#include "Error.h"
#include "Glossary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace rt::core {

namespace {

bool isChinese(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() < 0xA000; });
}

// Lower case with one code unit per code unit, so that positions in it are positions in the text.
QString lowerInPlace(QStringView text)
{
    QString lower(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        lower[i] = text.at(i).toLower();
    }
    return lower;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && !(c.unicode() >= 0x3400 && c.unicode() < 0xA000);
}

// Whether text[start, start + length) stands as whole words: no letter or digit glued to either end.
bool wholeWord(QStringView text, qsizetype start, qsizetype length)
{
    return (start == 0 || !isWordChar(text.at(start - 1)))
        && (start + length >= text.size() || !isWordChar(text.at(start + length)));
}

// A topic keywords line: the topic's code, then English and Chinese words.
constexpr int keywordColumns = 3;

// Lines "key<TAB>a | b<TAB>…" without comments and blank lines, each with its line number.
QList<std::pair<int, QStringList>> tabbedLines(const QString &text, const QString &origin, int columns)
{
    QList<std::pair<int, QStringList>> result;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList cells = lines.at(i).split(u'\t');
        if (cells.size() < 2 || cells.size() > columns || cells.constFirst().trimmed().isEmpty()) {
            throw Error(
                Error::Code::InvalidInput,
                QCoreApplication::translate("rt::core::ImportLexicon",
                                            "%1, line %2: expected a code and up to %3 lists of words "
                                            "separated by tabs.")
                    .arg(origin)
                    .arg(i + 1)
                    .arg(columns - 1));
        }
        result.append({i + 1, cells});
    }
    return result;
}

QStringList variants(const QString &cell)
{
    QStringList result;
    for (const QString &part : cell.split(u'|')) {
        if (const QString word = part.trimmed(); !word.isEmpty()) {
            result.append(word);
        }
    }
    return result;
}

} // namespace

bool containsHan(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::script(code) == QChar::Script_Han) {
            return true;
        }
    }
    return false;
}

QStringList userListProblems()
{
    Glossary::builtIn();
    AuthorityCatalogue::builtIn();
    ImportLexicon::topicKeywordFiles(UserDataFiles::folder());
    return UserDataFiles::problems();
}

ImportLexicon ImportLexicon::builtIn(const QList<Authority> &known, const QStringList &topicCodes)
{
    static const QList<DataFile> keywords = topicKeywordFiles(UserDataFiles::folder());
    return make(known, AuthorityCatalogue::builtIn(), keywords, topicCodes);
}

QList<DataFile> ImportLexicon::topicKeywordFiles(const QString &userFolder)
{
    QList<DataFile> files
        = UserDataFiles::withUserFile(QStringLiteral(":/import/topic-keywords.tsv"), userFolder);
    for (qsizetype i = 1; i < files.size(); ++i) {
        try {
            tabbedLines(files.at(i).text, files.at(i).origin, keywordColumns);
        } catch (const Error &error) {
            UserDataFiles::noteLeftOut(error.message());
            files.remove(i--);
        }
    }
    return files;
}

ImportLexicon ImportLexicon::make(const QList<Authority> &known, const AuthorityCatalogue &catalogue,
                                  const QString &topicKeywords, const QStringList &topicCodes)
{
    return make(known, catalogue, QList<DataFile>{{topicKeywords, QStringLiteral("topic-keywords.tsv")}},
                topicCodes);
}

ImportLexicon ImportLexicon::make(const QList<Authority> &known, const AuthorityCatalogue &catalogue,
                                  const QList<DataFile> &topicKeywords, const QStringList &topicCodes)
{
    ImportLexicon lexicon;
    lexicon.m_catalogue = catalogue;
    for (const Authority &a : known) {
        lexicon.m_authorities.insert(a.code, a);
        lexicon.addName(a.code, a.code);
        for (const QString &name : {a.name.en, a.name.zh, a.abbreviation.en, a.abbreviation.zh}) {
            lexicon.addName(name, a.code);
        }
    }
    // Catalogue codes are names as written in capitals ("TC260", "MOFCOM"), like the database's.
    for (const CatalogueEntry &entry : catalogue.entries()) {
        const Authority &a = entry.authority;
        for (const QString &name :
             QStringList{a.code, a.name.en, a.name.zh, a.abbreviation.en, a.abbreviation.zh}
                 + entry.aliases) {
            lexicon.addName(name, a.code);
        }
    }
    for (const auto &[line, cells] : [&topicKeywords] {
             QList<std::pair<int, QStringList>> all;
             for (const DataFile &file : topicKeywords) {
                 all += tabbedLines(file.text, file.origin, keywordColumns);
             }
             return all;
         }()) {
        const QString topic = cells.constFirst().trimmed();
        if (!topicCodes.isEmpty() && !topicCodes.contains(topic)) {
            continue;
        }
        for (int column = 1; column < cells.size(); ++column) {
            for (QString word : variants(cells.at(column))) {
                Keyword keyword;
                keyword.prefix = word.endsWith(u'*');
                if (keyword.prefix) {
                    word.chop(1);
                }
                keyword.text = word.toLower();
                keyword.topic = topic;
                keyword.chinese = isChinese(word);
                if (!keyword.text.isEmpty()) {
                    lexicon.m_keywords.append(keyword);
                }
            }
        }
    }
    std::stable_sort(lexicon.m_names.begin(), lexicon.m_names.end(),
                     [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
    for (qsizetype i = 0; i < lexicon.m_names.size(); ++i) {
        lexicon.m_namesByFirst[lexicon.m_names.at(i).text.front()].append(i);
    }
    return lexicon;
}

const Authority *ImportLexicon::authority(const QString &code) const
{
    if (const auto it = m_authorities.constFind(code); it != m_authorities.cend()) {
        return &*it;
    }
    const CatalogueEntry *entry = m_catalogue.find(code);
    return entry ? &entry->authority : nullptr;
}

QList<Authority> ImportLexicon::missingFromDatabase(const QString &code) const
{
    return m_catalogue.missingChain(code, [this](const QString &c) { return m_authorities.contains(c); });
}

void ImportLexicon::addName(const QString &name, const QString &code)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() < 2) {
        return;
    }
    Name entry;
    entry.code = code;
    entry.chinese = isChinese(trimmed);
    // Short abbreviations in capitals ("SC", "CAC") match only as written; names match in any case.
    entry.caseSensitive = !entry.chinese && trimmed.size() <= 6 && trimmed == trimmed.toUpper();
    entry.text = entry.caseSensitive ? trimmed : trimmed.toLower();
    // The first (the database's) owner of a name keeps it.
    const QString key = (entry.caseSensitive ? u'=' : u'~') + entry.text;
    if (m_nameKeys.contains(key)) {
        return;
    }
    m_nameKeys.insert(key);
    m_names.append(entry);
}

// Whether a name found at text[start] stands for the authority there, not for part of another word.
bool ImportLexicon::acceptable(const Name &name, QStringView text, qsizetype start) const
{
    const qsizetype end = start + name.text.size();
    if (!name.chinese) {
        return wholeWord(text, start, name.text.size());
    }
    const QChar next = end < text.size() ? text.at(end) : QChar();
    if (next == u'门') {
        return false; // 教育部门, 公安部门: the departments of a kind, not the ministry
    }
    if (name.text.size() > 2) {
        return true;
    }
    const auto han = [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() < 0xA000; };
    const QChar previous = start > 0 ? text.at(start - 1) : QChar();
    const bool leftFree = !han(previous) || QStringView(u"、和与及由经据于将对向会").contains(previous);
    const bool rightFree = !han(next)
        || QStringView(u"、和与及等会联发印公出召部开就对于将已近日今称表要指通布决").contains(next);
    return leftFree && rightFree;
}

QList<AuthorityMention> ImportLexicon::authorities(QStringView original) const
{
    // Names wrapped over lines or spaced twice still match: runs of white space count as one space. Curly
    // apostrophes are straight ones, and a session number does not count ("the 13th National People's
    // Congress", "第十四届全国人大常委会").
    static const QRegularExpression ordinal(
        QStringLiteral("^(?:\\d{1,2}(?:st|nd|rd|th)\\s+|第[一二三四五六七八九十]{1,3}届)"));
    QString text;
    QList<qsizetype> at; // position in original of each character of text
    text.reserve(original.size());
    at.reserve(original.size() + 1);
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if ((i == 0 || !original.at(i - 1).isLetterOrNumber()) && (c.isDigit() || c == u'第')) {
            if (const auto m = ordinal.matchView(original.sliced(i)); m.hasMatch()) {
                i += m.capturedLength() - 1;
                continue;
            }
        }
        if (c.isSpace()) {
            if (!text.isEmpty() && text.back() == u' ') {
                continue;
            }
            text.append(u' ');
        } else {
            text.append(c == u'’' || c == u'‘' ? QChar(u'\'') : c);
        }
        at.append(i);
    }
    at.append(original.size());
    const QString lower = lowerInPlace(text);
    QList<AuthorityMention> result;
    // The longest name at the leftmost place first; the places it covers are not looked at again.
    for (qsizetype position = 0; position < text.size();) {
        const Name *best = nullptr;
        const auto tryNamesStartingWith = [&](QChar first) {
            const auto bucket = m_namesByFirst.constFind(first);
            if (bucket == m_namesByFirst.cend()) {
                return;
            }
            for (const qsizetype index : *bucket) {
                const Name &name = m_names.at(index);
                if (best && best->text.size() >= name.text.size()) {
                    return; // a bucket is sorted longest first
                }
                const QStringView haystack = name.caseSensitive ? QStringView(text) : QStringView(lower);
                if (haystack.sliced(position).startsWith(name.text) && acceptable(name, text, position)) {
                    best = &name;
                    return;
                }
            }
        };
        tryNamesStartingWith(text.at(position));
        if (lower.at(position) != text.at(position)) {
            tryNamesStartingWith(lower.at(position));
        }
        if (!best) {
            ++position;
            continue;
        }
        const qsizetype stop = position + best->text.size();
        result.append({best->code, at.at(position), at.at(stop - 1) + 1 - at.at(position)});
        position = stop;
    }
    return result;
}

QList<ImportLexicon::TopicHit> ImportLexicon::topics(QStringView text) const
{
    const QString lower = lowerInPlace(text);
    QHash<QString, TopicHit> hits;
    QStringList order;
    for (const Keyword &keyword : m_keywords) {
        for (qsizetype at = lower.indexOf(keyword.text); at >= 0; at = lower.indexOf(keyword.text, at + 1)) {
            if (!keyword.chinese) {
                const bool startOk = at == 0 || !isWordChar(lower.at(at - 1));
                const qsizetype end = at + keyword.text.size();
                qsizetype wordEnd = end;
                while (keyword.prefix && wordEnd < lower.size() && isWordChar(lower.at(wordEnd))) {
                    ++wordEnd;
                }
                const bool endOk = wordEnd >= lower.size() || !isWordChar(lower.at(wordEnd));
                if (!startOk || !endOk) {
                    continue;
                }
            }
            auto it = hits.find(keyword.topic);
            if (it == hits.end()) {
                it = hits.insert(keyword.topic, {keyword.topic, 0, at, keyword.text.size()});
                order.append(keyword.topic);
            }
            ++it->hits;
            if (at < it->firstStart) {
                it->firstStart = at;
                it->firstLength = keyword.text.size();
            }
        }
    }
    QList<TopicHit> result;
    for (const QString &code : std::as_const(order)) {
        result.append(hits.value(code));
    }
    std::stable_sort(result.begin(), result.end(), [](const TopicHit &a, const TopicHit &b) {
        return a.hits != b.hits ? a.hits > b.hits : a.firstStart < b.firstStart;
    });
    return result;
}

} // namespace rt::core
