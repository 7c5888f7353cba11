#pragma once
// Traditional and simplified Chinese. RegTracker keeps its Chinese texts in simplified characters; a
// newsletter written in traditional ones (from Hong Kong or Taiwan, or a converted repost) is turned into
// simplified characters by ICU's Hant-Hans transliteration before its names and words are looked up.

#include <QString>

namespace rt::core {

class ChineseScript final
{
public:
    // Whether the text is written in traditional characters: enough of its Han characters change when it
    // is simplified.
    static bool isTraditional(const QString &text);
    // The text with every traditional character replaced by its simplified form; other text unchanged.
    static QString toSimplified(const QString &text);
};

} // namespace rt::core
