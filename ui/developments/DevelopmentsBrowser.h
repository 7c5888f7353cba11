// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The developments browser: a search box, facet lists (authority, topic, kind, stage, year), the sortable
// table and the detail pane. It owns its models (the shared source of truth is the database) and turns the
// search text and ticked facets into one DevelopmentFilter. The models read on a worker (BrowseSession), so
// typing, ticking and sorting never wait for the database; filterChanged() follows once the table shows the
// new filter.

#include "BilingualText.h"
#include "ChineseScript.h"
#include "DevelopmentFilter.h"
#include "DevelopmentQuery.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace rt::core {
class BrowseSession;
class Database;
class DevelopmentTableModel;
class FacetModel;
class TextSearch;
} // namespace rt::core

namespace rt::ui {

class ConvertingDelegate;
class DevelopmentDetailPane;
class DevelopmentTitleDelegate;

class DevelopmentsBrowser final : public QWidget
{
    Q_OBJECT
public:
    DevelopmentsBrowser(core::Database &db, const core::TextSearch &search, QWidget *parent = nullptr);
    ~DevelopmentsBrowser() override;

    qint64 currentDevelopment() const { return m_current; }
    void selectDevelopment(qint64 id);
    void selectRow(int row);

    core::Language contentLanguage() const { return m_language; }
    void setContentLanguage(core::Language language);
    // Side by side: titles in the content language with the other language under them, and both panes of the
    // detail pane (otherwise only the content language's pane).
    bool showsBothLanguages() const { return m_showBoth; }
    void setShowBothLanguages(bool both);
    // Chinese content as stored (Simplified) or converted to Traditional characters for reading, in the
    // table, the facets and the detail pane (which says so where it shows provenance).
    core::ChineseScript::Form chineseForm() const { return m_chinese; }
    void setChineseForm(core::ChineseScript::Form form);

    const core::DevelopmentFilter &filter() const { return m_filter; }
    // The filter shown, part by part in words for the other views' filter bars: "search “数据”", "CAC",
    // "Data security", "announced 2025-07-01 – 2025-07-31", …; empty when nothing is filtered.
    QStringList filterParts() const;
    int shownCount() const;
    // Every development in the library (0 until counted).
    qint64 libraryCount() const;
    void focusSearch();
    // Where the table and facets are read; waitUntilShown() there waits for what was asked.
    core::BrowseSession *session() const { return m_session; }
    // Types the text into the search box and searches at once.
    void setSearchText(const QString &text);
    // Restricts the developments to those announced in [from, to] (both days included), shown as a removable
    // chip by the search box; an empty pair clears the range.
    void setDateRange(const QDate &from, const QDate &to);
    void clearFilters();
    // The authority facet's ticked authorities (codes): set from elsewhere (the authority map), then applied.
    void setAuthorityFilter(const QStringList &codes);
    QStringList authorityFilter() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    QTableView *table() const { return m_table; }
    core::DevelopmentTableModel *model() const { return m_model; }
    DevelopmentDetailPane *detailPane() const { return m_detail; }

Q_SIGNALS:
    void currentDevelopmentChanged(qint64 id);
    void shownCountChanged(int count);
    void libraryCountChanged(qint64 count);
    void filterChanged(const core::DevelopmentFilter &filter);
    void activated(qint64 id); // double-click or Enter: open the editor

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FacetBox
    {
        core::Facet facet;
        QGroupBox *box;
        QListView *view;
        core::FacetModel *model;
    };
    void addFacet(core::Facet facet, QWidget *container);
    void applyFilter();
    void onFilterShown(const core::DevelopmentFilter &filter);
    void updateAlsoSearched();
    void removeRelatedTerms();
    void fillCompanies();
    void updateDateRangeChip();
    void onCurrentRowChanged();
    void retranslate();
    void updateLanguageLayout();

    core::Database &m_db;
    const core::TextSearch &m_search;
    core::Language m_language = core::Language::English;
    bool m_showBoth = false;
    core::ChineseScript::Form m_chinese = core::ChineseScript::Form::Simplified;
    core::DevelopmentFilter m_filter;
    qint64 m_current = 0;
    qint64 m_restoreAfterReset = 0;
    qint64 m_selectWhenShown = 0;

    core::BrowseSession *m_session = nullptr;
    core::DevelopmentTableModel *m_model = nullptr;
    QList<FacetBox> m_facets;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_busyTimer = nullptr;
    QLabel *m_searching = nullptr;
    QLabel *m_alsoSearched = nullptr;
    QToolButton *m_dateRangeChip = nullptr;
    QToolButton *m_relatedChip = nullptr;
    QDate m_from;
    QDate m_to;
    QLabel *m_facetsTitle = nullptr;
    QLabel *m_companyLabel = nullptr;
    QComboBox *m_company = nullptr;
    QTableView *m_table = nullptr;
    ConvertingDelegate *m_tableDelegate = nullptr;
    DevelopmentTitleDelegate *m_titleDelegate = nullptr;
    DevelopmentDetailPane *m_detail = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
};

} // namespace rt::ui
