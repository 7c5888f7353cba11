// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help → Handbook (F1): the user guide shipped with RegTracker, in the interface language (English or
// Chinese), with its sections listed beside it; links between sections move to the section.

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace rt::ui {

class HandbookDialog final : public QDialog
{
    Q_OBJECT
public:
    // language: "en" or "zh_CN"; another language gets the English handbook.
    explicit HandbookDialog(const QString &language, QWidget *parent = nullptr);

    // The handbook's Markdown text in a language ("en" when it has none of its own).
    static QString text(const QString &language);
    QTextBrowser *browser() const { return m_text; }
    // Moves to the section whose heading becomes this anchor ("team-database-on-postgresql").
    bool showSection(const QString &anchor);

private:
    QListWidget *m_sections = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace rt::ui
