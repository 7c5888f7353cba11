// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Highlights regulatory text in English and Chinese — obligations, prohibitions, durations and deadlines,
// money amounts and penalties, document titles, article references and authority names — with our own
// KSyntaxHighlighting definition ("RegTracker Legal Text", shipped in the resources).
//
// Owns the repository that holds the definition and, once authority names are given, a private copy of the
// definition that also knows them (in a temporary directory under the cache location, removed with this
// object). Both are made when text is first highlighted: making the repository reads the index of every
// definition KDE ships, which a window that shows no text yet need not wait for. Follows the palette of its
// parent widget: the light or dark KSyntaxHighlighting theme, and a marker colour for search matches that is
// readable in both.

#include "Highlighting.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <utility>

class QTemporaryDir;
class QTextDocument;
class QWidget;

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace rt::ui {

// The implementation of Highlighting, in the highlighting module (and linked by its tests).
class LegalHighlighter final : public QObject, public Highlighting
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegalHighlighter)
public:
    // Follows the palette of parent when one is given, the application's otherwise.
    explicit LegalHighlighter(QWidget *parent = nullptr);
    ~LegalHighlighter() override;

    static QString definitionName();
    // The version of KDE's syntax-highlighting library in use.
    static QString libraryVersion();
    // The shipped definition with names added to its authority names (escaped, longest first) and a higher
    // version, so that the copy wins over the shipped file in a repository that sees both.
    static QString definitionWithAuthorities(const QString &definitionXml, const QStringList &names);

    // Regenerates the definition (at once when text was highlighted before, else at the first highlight);
    // does nothing when the names are the ones already in use.
    void setAuthorityNames(const QStringList &names) override;
    // The names the definition in use knows.
    QStringList authorityNames() const;

    KSyntaxHighlighting::Definition definition() const;
    KSyntaxHighlighting::Theme theme() const;
    bool isDark() const { return m_dark; }
    QColor markColor() const override;

    QString toHtml(const QString &text, const Marks &marks = {}) const override;
    void attach(QTextDocument *document, Syntax syntax = Syntax::Legal) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette();
    void updateAttached(bool definitionChanged) const;
    // The repository, made at the first use with the names asked for so far.
    KSyntaxHighlighting::Repository &repository() const;
    void writeDefinition() const;

    QWidget *m_widget = nullptr;
    mutable std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    mutable std::unique_ptr<QTemporaryDir> m_generated;
    mutable QStringList m_names; // in the definition in use
    QStringList m_wanted; // asked for
    bool m_dark = false;
    QColor m_base;
    mutable QList<std::pair<QPointer<KSyntaxHighlighting::SyntaxHighlighter>, Syntax>> m_attached;
};

} // namespace rt::ui
