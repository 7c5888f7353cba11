// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The form for creating or editing a company: names in English and Chinese, sector tags (the applies-to
// vocabulary), the provinces where it is registered and where it operates, and Markdown notes. It edits a
// copy; the caller saves the result through an undoable command. OK stays disabled while
// CompanyService::problems() has something to say, and the problems are listed under the form.

#include "Authority.h"
#include "Company.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace rt::core {
class Database;
}

namespace rt::ui {

class CompanyDialog final : public QDialog
{
    Q_OBJECT
public:
    CompanyDialog(core::Database &db, const core::Company &company, QWidget *parent = nullptr);

    core::Company company() const;

    // The province-level divisions the form offers (ISO 3166-2:CN), in the official order.
    static QStringList regionCodes();

protected:
    void done(int result) override;

private:
    void load(const core::Company &company);
    void addRegionRow(const QString &code, const core::BilingualText &name);
    void updateRegionSummary();
    void validate();

    core::Database &m_db;
    core::Company m_original;
    QList<core::Term> m_tags;

    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QListWidget *m_sectors = nullptr;
    QLineEdit *m_regionFilter = nullptr;
    QTableWidget *m_regions = nullptr;
    QLabel *m_regionSummary = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rt::ui
