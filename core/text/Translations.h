#pragma once
// The interface languages RegTracker ships and switching between them. The .qm files are compiled into core
// (translations/*.ts), next to Qt's own translations for standard dialogs and buttons.

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace rt::core {

class Translations final
{
public:
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // "en" and "zh_CN".
    static QStringList available();
    // A language's name in itself, as a language menu lists it ("English", "中文（简体）").
    static QString nativeName(const QString &language);
    // The best shipped language for the system locale.
    static QString systemLanguage();
    // Maps user input ("zh", "zh-CN", "zh_CN", "chinese") to a shipped language; empty when none matches.
    static QString normalize(const QString &language);

    // Replaces the installed translators with those of `language`; false when it is not shipped.
    bool install(const QString &language);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace rt::core
