#include "ImportLexicon.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace rt::core {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

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

ImportLexicon ImportLexicon::builtIn(const QList<Authority> &authorities, const QStringList &topicCodes)
{
    static const QString aliases = resourceText(QStringLiteral(":/import/authority-aliases.tsv"));
    static const QString keywords = resourceText(QStringLiteral(":/import/topic-keywords.tsv"));
    return make(authorities, aliases, keywords, topicCodes);
}

ImportLexicon ImportLexicon::make(const QList<Authority> &authorities, const QString &aliases,
                                  const QString &topicKeywords, const QStringList &topicCodes)
{
    ImportLexicon lexicon;
    for (const Authority &a : authorities) {
        lexicon.m_authorities.insert(a.code, a);
        lexicon.addName(a.code, a.code);
        for (const QString &name : {a.name.en, a.name.zh, a.abbreviation.en, a.abbreviation.zh}) {
            lexicon.addName(name, a.code);
        }
    }
    for (const auto &[line, cells] : tabbedLines(aliases, QStringLiteral("authority-aliases.tsv"), 2)) {
        const QString code = cells.constFirst().trimmed();
        if (!lexicon.m_authorities.contains(code)) {
            continue; // an authority this database does not have
        }
        for (const QString &alias : variants(cells.at(1))) {
            lexicon.addName(alias, code);
        }
    }
    for (const auto &[line, cells] : tabbedLines(topicKeywords, QStringLiteral("topic-keywords.tsv"), 3)) {
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
    return lexicon;
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
    for (const Name &existing : std::as_const(m_names)) {
        if (existing.text == entry.text && existing.caseSensitive == entry.caseSensitive) {
            return;
        }
    }
    m_names.append(entry);
}

QList<AuthorityMention> ImportLexicon::authorities(QStringView original) const
{
    // Names wrapped over lines or spaced twice still match: runs of white space count as one space.
    QString text;
    QList<qsizetype> at; // position in original of each character of text
    text.reserve(original.size());
    at.reserve(original.size() + 1);
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (original.at(i).isSpace()) {
            if (!text.isEmpty() && text.back() == u' ') {
                continue;
            }
            text.append(u' ');
        } else {
            text.append(original.at(i));
        }
        at.append(i);
    }
    at.append(original.size());
    const QString lower = lowerInPlace(text);
    QList<AuthorityMention> found;
    for (const Name &name : m_names) {
        const QStringView haystack = name.caseSensitive ? QStringView(text) : QStringView(lower);
        for (qsizetype position = haystack.indexOf(name.text); position >= 0;
             position = haystack.indexOf(name.text, position + 1)) {
            if (!name.chinese && !wholeWord(text, position, name.text.size())) {
                continue;
            }
            found.append({name.code, position, name.text.size()});
        }
    }
    std::sort(found.begin(), found.end(), [](const AuthorityMention &a, const AuthorityMention &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<AuthorityMention> result;
    qsizetype end = 0;
    for (const AuthorityMention &m : std::as_const(found)) {
        if (m.start >= end) {
            end = m.start + m.length;
            result.append({m.code, at.at(m.start), at.at(end - 1) + 1 - at.at(m.start)});
        }
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
