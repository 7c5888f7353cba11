#include "TextSimilarity.h"

#include <QSet>

namespace rt::core {

namespace {

// Words (English) or character pairs (Chinese) of a text.
QSet<QString> tokens(const QString &text)
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

double textSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = tokens(a);
    const QSet<QString> y = tokens(b);
    if (x.isEmpty() || y.isEmpty()) {
        return 0;
    }
    return 2.0 * double(QSet<QString>(x).intersect(y).size()) / double(x.size() + y.size());
}

} // namespace rt::core
