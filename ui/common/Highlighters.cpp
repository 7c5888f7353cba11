// SPDX-License-Identifier: GPL-3.0-or-later
#include "Highlighters.h"

#include "AuthorityRepository.h"
#include "Error.h"
#include "Module.h"

#include <QGuiApplication>
#include <QObject>
#include <QPalette>
#include <QWidget>

namespace rt::ui {

namespace {

QColor baseOf(const QWidget *widget)
{
    return (widget ? widget->palette() : QGuiApplication::palette()).color(QPalette::Base);
}

// Text as it is, when the module cannot be loaded: the views still show everything.
class PlainHighlighting final : public QObject, public Highlighting
{
public:
    explicit PlainHighlighting(QWidget *parent)
        : QObject(parent)
        , m_widget(parent)
    {
    }
    void setAuthorityNames(const QStringList &) override { }
    QColor markColor() const override { return markColorOn(baseOf(m_widget)); }
    QString toHtml(const QString &text, const Marks &marks) const override
    {
        Q_UNUSED(marks)
        return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    }
    void attach(QTextDocument *, Syntax) override { }

private:
    QWidget *m_widget;
};

// The module's highlighter, made when text is first highlighted: a view that shows no text yet (the window
// before its first paint) does not load the module.
class DeferredHighlighting final : public QObject, public Highlighting
{
public:
    explicit DeferredHighlighting(QWidget *parent)
        : QObject(parent)
        , m_widget(parent)
    {
    }
    void setAuthorityNames(const QStringList &names) override
    {
        m_names = names;
        if (m_made) {
            m_made->setAuthorityNames(names);
        }
    }
    QColor markColor() const override { return markColorOn(baseOf(m_widget)); } // as the module's
    QString toHtml(const QString &text, const Marks &marks) const override
    {
        return made().toHtml(text, marks);
    }
    void attach(QTextDocument *document, Syntax syntax) override { made().attach(document, syntax); }

private:
    Highlighting &made() const
    {
        if (!m_made) {
            try {
                const auto make = reinterpret_cast<MakeHighlighting>(
                    core::Module::resolve(highlightingModuleName, makeHighlightingSymbol));
                m_made = make(m_widget);
            } catch (const core::Error &error) {
                qWarning("%s", qPrintable(error.message()));
                m_made = new PlainHighlighting(m_widget);
            }
            m_made->setAuthorityNames(m_names);
        }
        return *m_made;
    }

    QWidget *m_widget;
    QStringList m_names;
    mutable Highlighting *m_made = nullptr; // a child of the widget, as this is
};

} // namespace

Highlighting *makeHighlighting(QWidget *parent)
{
    return new DeferredHighlighting(parent);
}

QStringList authorityNamesOf(core::Database &db)
{
    QStringList names;
    for (const core::Authority &authority : core::AuthorityRepository(db).all()) {
        names << authority.name.en << authority.name.zh << authority.abbreviation.en
              << authority.abbreviation.zh;
    }
    return names;
}

} // namespace rt::ui
