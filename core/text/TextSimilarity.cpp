#include "TextSimilarity.h"

#include <QSet>

namespace rt::core {

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

double tokenSimilarity(const QSet<QString> &x, const QSet<QString> &y)
{
    if (x.isEmpty() || y.isEmpty()) {
        return 0;
    }
    const QSet<QString> &smaller = x.size() <= y.size() ? x : y;
    const QSet<QString> &larger = x.size() <= y.size() ? y : x;
    qsizetype common = 0;
    for (const QString &token : smaller) {
        common += larger.contains(token) ? 1 : 0;
    }
    return 2.0 * double(common) / double(x.size() + y.size());
}

double textSimilarity(const QString &a, const QString &b)
{
    return tokenSimilarity(similarityTokens(a), similarityTokens(b));
}

} // namespace rt::core
