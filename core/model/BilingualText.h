// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A human text in English and Chinese. Either side may be empty when the source had only one language.

#include <QString>

namespace rt::core {

enum class Language { English, Chinese };

struct BilingualText
{
    QString en;
    QString zh;

    const QString &in(Language language) const { return language == Language::Chinese ? zh : en; }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool isComplete() const { return !en.isEmpty() && !zh.isEmpty(); }

    // The text in the wanted language, or in the other one when the wanted one is missing.
    const QString &preferring(Language language) const
    {
        const QString &wanted = in(language);
        return wanted.isEmpty() ? in(language == Language::Chinese ? Language::English : Language::Chinese)
                                : wanted;
    }

    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

} // namespace rt::core
