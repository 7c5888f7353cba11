// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSimilarity.h"

#include <QSet>

#include <algorithm>

namespace rt::core {

namespace {

// Words (English) or character pairs (Chinese) of a text.
QSet<QString> similarityTokens(const QString &text)
{
    static const QSet<QString> stopWords{QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("for"),
                                         QStringLiteral("and"), QStringLiteral("on"), QStringLiteral("in"),
                                         QStringLiteral("to"),  QStringLiteral("a"),  QStringLiteral("an")};
    QSet<QString> result;
    QString word;
    QChar previousHan;
    const auto flush = [&] {
        if (!word.isEmpty() && !stopWords.contains(word)) {
            result.insert(word);
        }
        word.clear();
    };
    for (QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() < 0xA000) {
            flush();
            if (!previousHan.isNull()) {
                result.insert(QString(previousHan) + c);
            }
            previousHan = c;
        } else {
            previousHan = QChar();
            if (c.isLetterOrNumber()) {
                word.append(c.toLower());
            } else {
                flush();
            }
        }
    }
    flush();
    return result;
}

} // namespace

QList<int> SimilarityVocabulary::tokens(const QString &text)
{
    const QSet<QString> words = similarityTokens(text);
    QList<int> numbers;
    numbers.reserve(words.size());
    for (const QString &word : words) {
        auto number = m_numbers.constFind(word);
        if (number == m_numbers.cend()) {
            number = m_numbers.insert(word, int(m_numbers.size()));
        }
        numbers.append(number.value());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

double SimilarityVocabulary::similarity(const QList<int> &a, const QList<int> &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    qsizetype common = 0;
    for (auto x = a.cbegin(), y = b.cbegin(); x != a.cend() && y != b.cend();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++common;
            ++x;
            ++y;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

double textSimilarity(const QString &a, const QString &b)
{
    SimilarityVocabulary vocabulary;
    return SimilarityVocabulary::similarity(vocabulary.tokens(a), vocabulary.tokens(b));
}

} // namespace rt::core
