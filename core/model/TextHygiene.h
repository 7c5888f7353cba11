// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What text may be stored: valid UTF-16 (no unpaired surrogate), no NUL character, and in single-line fields
// (titles, names, owners, codes, addresses) no line break or other control character. Checked where every
// write passes — the repositories and the assessment service — so that import, editors, the command line and
// team databases keep to it alike; the message names the field and the place in it.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rt::core {

struct Company;
struct Development;

class TextHygiene final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::TextHygiene)
public:
    enum class Lines { Single, Many };

    // What is wrong with the text, with its place (counted in characters from 1); nothing when it may be
    // stored.
    static std::optional<QString> problem(QStringView text, Lines lines);
    // Throws Error(InvalidInput) naming the field when its text may not be stored.
    static void check(const QString &field, QStringView text, Lines lines);

    static void check(const Development &development);
    static void check(const Company &company);
};

} // namespace rt::core
