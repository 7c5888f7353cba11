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
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::nativeName(const QString &language)
{
    if (language == u"zh_CN") {
        return QStringLiteral("中文（简体）");
    }
    return language == u"en" ? QStringLiteral("English") : QLocale(language).nativeLanguageName();
}

QString Translations::normalize(const QString &language)
{
    const QString lower = language.trimmed().toLower().replace(u'-', u'_');
    if (lower.startsWith(QLatin1StringView("zh")) || lower == QLatin1StringView("chinese")) {
        return QStringLiteral("zh_CN");
    }
    if (lower.startsWith(QLatin1StringView("en")) || lower == QLatin1StringView("english")
        || lower == QLatin1StringView("c") || lower == QLatin1StringView("posix")) {
        return QStringLiteral("en");
    }
    return {};
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
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
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + normalized,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

} // namespace rt::core
