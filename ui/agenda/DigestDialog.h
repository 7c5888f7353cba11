// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Digest…: the digest of a period (core::Digest) previewed as it will read in an e-mail, for every
// company or one, everybody's rows or one owner's, texts in English or Chinese. Copy puts it on the clipboard
// as HTML (for mail programs) with Markdown as its plain text; Save writes HTML, Markdown or JSON.

#include "Digest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace rt::ui {

class DigestDialog final : public QDialog
{
    Q_OBJECT
public:
    DigestDialog(core::Database &db, core::Language language, QWidget *parent = nullptr);

    const core::Digest &digest() const { return m_digest; }
    QTextBrowser *preview() const { return m_preview; }
    void setDays(int days);
    void setCompany(qint64 companyId);
    void setToday(const QDate &today); // screenshots and tests; otherwise the current date
    // Copies the digest: HTML, and Markdown as plain text.
    void copy();
    // Writes the digest to file in the format its suffix names (.html, .md, .json); false when it could not
    // be written (the user was told).
    bool saveTo(const QString &file);

protected:
    void done(int result) override;

private:
    void refresh();
    void save();
    core::Language textLanguage() const;

    core::Database &m_db;
    core::Digest m_digest;
    QDate m_today;
    QSpinBox *m_days = nullptr;
    QComboBox *m_company = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_language = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace rt::ui
