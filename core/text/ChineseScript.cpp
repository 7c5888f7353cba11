#include "ChineseScript.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace rt::core {

namespace {

// One transliterator per thread: creating one takes milliseconds, using one is not safe across threads.
icu::Transliterator *simplifier()
{
    thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return transliterator.get();
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() < 0xA000;
}

} // namespace

QString ChineseScript::toSimplified(const QString &text)
{
    icu::Transliterator *t = simplifier();
    if (!t || text.isEmpty()) {
        return text;
    }
    icu::UnicodeString buffer(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    t->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

bool ChineseScript::isTraditional(const QString &text)
{
    const QString sample = text.left(20000);
    const QString simplified = toSimplified(sample);
    if (simplified.size() != sample.size()) {
        return simplified != sample;
    }
    qsizetype han = 0;
    qsizetype changed = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (isHan(sample.at(i))) {
            ++han;
            changed += sample.at(i) != simplified.at(i) ? 1 : 0;
        }
    }
    // A simplified text has a handful of characters ICU would still map; a traditional one has many.
    return changed >= 3 && changed * 20 >= han;
}

} // namespace rt::core
