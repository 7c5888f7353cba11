// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Picks obligations to add to a company's checklist by hand (those the applicability rule does not bring in),
// with a filter over the obligation and development texts in both languages.

#include "AssessmentService.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;
class QLabel;

namespace rt::core {
class Database;
}

namespace rt::ui {

class AddObligationsDialog final : public QDialog
{
    Q_OBJECT
public:
    AddObligationsDialog(core::Database &db, qint64 companyId, core::Language language,
                         QWidget *parent = nullptr);

    QList<core::AssessmentKey> chosen() const;
    int candidateCount() const;
    void setFilterText(const QString &text);

private:
    void applyFilter();
    void updateButtons();

    QList<core::ChecklistCandidate> m_candidates;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    class QPushButton *m_ok = nullptr;
};

} // namespace rt::ui
