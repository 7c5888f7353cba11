// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rt::core {

Translations::Translations() = default;

Translations::~Translations()
{
    if (m_ours) {
        QCoreApplication::removeTranslator(m_ours.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("zh_HK")};
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"zh_CN") {
        return QStringLiteral("中文（简体）");
    }
    if (language == u"zh_TW") {
        return QStringLiteral("中文（台灣）");
    }
    if (language == u"zh_HK") {
        return QStringLiteral("中文（香港）");
    }
    return language == u"en" ? QStringLiteral("English") : QLocale(language).nativeLanguageName();
}

QString Translations::normalize(const QString &language)
{
    const QString lower = language.trimmed().toLower().replace(u'-', u'_');
    if (lower.startsWith(QLatin1StringView("zh")) || lower == QLatin1StringView("chinese")) {
        const QStringList parts = lower.split(u'_');
        if (parts.contains(QLatin1StringView("hk")) || parts.contains(QLatin1StringView("mo"))) {
            return QStringLiteral("zh_HK");
        }
        if (parts.contains(QLatin1StringView("tw")) || parts.contains(QLatin1StringView("hant"))) {
            return QStringLiteral("zh_TW");
        }
        return QStringLiteral("zh_CN");
    }
    if (lower.startsWith(QLatin1StringView("en")) || lower == QLatin1StringView("english")
        || lower == QLatin1StringView("c") || lower == QLatin1StringView("posix")) {
        return QStringLiteral("en");
    }
    return {};
}

QString Translations::languageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese) {
        return QStringLiteral("en");
    }
    switch (locale.territory()) {
    case QLocale::HongKong:
    case QLocale::Macao:
        return QStringLiteral("zh_HK");
    case QLocale::Taiwan:
        return QStringLiteral("zh_TW");
    default:
        return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_TW")
                                                                    : QStringLiteral("zh_CN");
    }
}

QString Translations::systemLanguage()
{
    return languageFor(QLocale::system());
}

bool Translations::isChinese(const QString &language)
{
    return normalize(language).startsWith(QLatin1StringView("zh"));
}

ChineseScript::Form Translations::chineseForm(const QString &language)
{
    const QString normalized = normalize(language);
    return normalized == QLatin1StringView("zh_TW") ? ChineseScript::Form::Taiwan
        : normalized == QLatin1StringView("zh_HK")  ? ChineseScript::Form::HongKong
                                                    : ChineseScript::Form::Simplified;
}

bool Translations::install(const QString &language)
{
    const QString normalized = normalize(language);
    if (normalized.isEmpty()) {
        return false;
    }
    if (m_ours) {
        QCoreApplication::removeTranslator(m_ours.get());
        m_ours.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_current = normalized;
    QLocale::setDefault(QLocale(normalized));
    // English is the source language; its .qm only carries the plural forms ("1 company", "2 companies").
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/regtracker_") + normalized)) {
        QCoreApplication::installTranslator(ours.get());
        m_ours = std::move(ours);
    }
    if (normalized == QLatin1StringView("en")) {
        return true;
    }
    // Qt ships one Traditional catalogue, Taiwan's; Hong Kong reads it too.
    const QString qtLanguage
        = normalized == QLatin1StringView("zh_HK") ? QStringLiteral("zh_TW") : normalized;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + qtLanguage,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

} // namespace rt::core
