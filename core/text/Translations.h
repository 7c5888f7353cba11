// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface languages RegTracker ships and switching between them. The .qm files are compiled into core
// (translations/*.ts; the Traditional Chinese ones generated from the Simplified catalogue at build time),
// next to Qt's own translations for standard dialogs and buttons.

#include "ChineseScript.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QLocale;
class QTranslator;

namespace rt::core {

class Translations final
{
public:
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // "en", "zh_CN", "zh_TW" and "zh_HK".
    static QStringList available();
    // A language's name in itself, as a language menu lists it ("English", "中文（简体）", "中文（台灣）").
    static QString nativeName(const QString &language);
    // The best shipped language for a locale: Traditional Chinese for Taiwan, Hong Kong and Macao (or a
    // Traditional script), Simplified for other Chinese, English otherwise.
    static QString languageFor(const QLocale &locale);
    // The best shipped language for the system locale.
    static QString systemLanguage();
    // Maps user input ("zh", "zh-CN", "zh_TW", "zh-Hant-HK", "chinese") to a shipped language; empty when
    // none matches.
    static QString normalize(const QString &language);
    // Whether a shipped language is Chinese, and in which script its interface is written.
    static bool isChinese(const QString &language);
    static ChineseScript::Form chineseForm(const QString &language);

    // Replaces the installed translators with those of `language`; false when it is not shipped.
    bool install(const QString &language);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace rt::core
