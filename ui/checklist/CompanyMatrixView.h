// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Companies × topics (or × developments) at a glance: each cell is coloured by how much of what binds the
// company under that column is done, shows "done/applicable" (or "—" when nothing applies) and carries a red
// corner mark when anything in it is overdue. Clicking a cell, or pressing Enter on it, asks for that
// company's checklist filtered to the column; clicking a company's name asks for its whole checklist.
// The view owns its CompanyMatrixModel, which follows the database's change notifications and the shared
// filter.

#include "BilingualText.h"
#include "ChecklistModel.h"
#include "DevelopmentFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTableView;

namespace rt::core {
class CompanyMatrixModel;
class Database;
class TextSearch;
} // namespace rt::core

namespace rt::ui {

class FilterBar;

class CompanyMatrixView final : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyMatrixView(core::Database &db, QWidget *parent = nullptr);
    ~CompanyMatrixView() override;

    // The content language of company and column names.
    void setLanguage(core::Language language);
    core::Language language() const { return m_language; }
    void retranslate();

    // The shared filter: only the developments it lets through are counted; the filter bar says so.
    void setFilter(const core::DevelopmentFilter &filter, const core::TextSearch &search);
    FilterBar *filterBar() const { return m_filterBar; }

    QTableView *table() const { return m_table; }
    core::CompanyMatrixModel *model() const { return m_model; }

Q_SIGNALS:
    void checklistRequested(qint64 companyId, const rt::core::ChecklistFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestChecklist(const QModelIndex &index);
    void updateLayout();
    QString cellToolTip(const QModelIndex &index) const;

    core::Database &m_db;
    core::Language m_language = core::Language::English;
    core::CompanyMatrixModel *m_model = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QComboBox *m_columns = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_legend = nullptr;
    QLabel *m_hint = nullptr;
    FilterBar *m_filterBar = nullptr;
};

} // namespace rt::ui
