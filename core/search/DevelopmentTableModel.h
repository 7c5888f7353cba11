// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The developments that match a filter, as a sortable table. Rows are fetched a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a database of 100,000 developments costs one page of memory, not all
// of them; a ranked search keeps the ids of its matches in order and cuts its pages from them. Sorting and
// filtering run in the database (BrowseQuery). The model refreshes itself when developments or reference
// data change, keeping as many rows fetched as before.
//
// A BrowseSession can take the reading over: the model then asks it to reload (its reload handler) and takes
// the first rows read elsewhere through adopt(); only further pages are read here.

#include "BilingualText.h"
#include "BrowseQuery.h"
#include "DevelopmentFilter.h"
#include "ReferenceNames.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>

namespace rt::core {

class Database;
class TextSearch;
struct Change;

class DevelopmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        AuthoritiesColumn,
        TitleColumn,
        KindColumn,
        StageColumn,
        TopicsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        UidRole,
        TitleEnRole,
        TitleZhRole,
        KindRole, // DevelopmentKind key
        StageRole, // Stage key
        AnnouncedRole, // QDate
        MissingLanguageRole, // bool: the title lacks the content language (side by side: either one)
        AuthorityCodesRole, // QStringList
        TopicCodesRole, // QStringList
    };
    static constexpr int pageSize = 200;
    // The sort "column" of search results ranked by relevance: the default while there is search text.
    static constexpr int RelevanceSort = DevelopmentOrder::relevance;
    static_assert(int(DateColumn) == DevelopmentOrder::date);

    // What a reload reads, wherever it runs: the developments of the filter in the model's order, at least
    // `rows` of them (more when the view had scrolled further), and how many there are.
    struct Content
    {
        DevelopmentFilter filter;
        DevelopmentOrder order;
        int total = 0;
        QList<DevelopmentRow> rows;
        QList<qint64> ordered; // a ranked search: every match in order; empty otherwise
        qsizetype consumed = 0; // how many of ordered the rows were read from
        bool ranked = false;
    };
    static Content read(const BrowseQuery &query, const DevelopmentFilter &filter,
                        const DevelopmentOrder &order, int rows);

    // With a reload handler the model never reads the first rows itself: it calls the handler with the number
    // of rows to read and takes them through adopt() (BrowseSession).
    using ReloadHandler = std::function<void(int rows)>;
    DevelopmentTableModel(Database &db, const TextSearch &search, QObject *parent = nullptr,
                          ReloadHandler reloadHandler = {});

    void setFilter(const DevelopmentFilter &filter);
    const DevelopmentFilter &filter() const { return m_filter; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Side by side: titles show the content language and, on a second line, the other one.
    void setShowBothLanguages(bool both);
    bool showsBothLanguages() const { return m_showBoth; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // All developments matching the filter, fetched or not.
    int totalCount() const { return m_total; }
    // -1 when the development is not (yet) fetched.
    int rowForId(qint64 id) const;
    qint64 idAt(int row) const;
    // Fetches pages until the development is in the model; -1 when it does not match the filter.
    int ensureFetched(qint64 id);
    // Labels (headers, kinds, stages) follow the interface language: call after it changes.
    void retranslate();

    // The order rows are shown in, and how many a reload must read to keep what is fetched.
    DevelopmentOrder order() const;
    int rowsToKeep() const { return qMax(pageSize, int(m_rows.size())); }
    // Shows what was read elsewhere, when it is still what the model shows (its filter and order); false
    // otherwise, and nothing changes.
    bool adopt(const Content &content);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    void reload(int keepRows);
    void show(const Content &content);
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    BrowseQuery m_query;
    DevelopmentFilter m_filter;
    Language m_language = Language::English;
    bool m_showBoth = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<DevelopmentRow> m_rows;
    QList<qint64> m_ordered;
    qsizetype m_consumed = 0;
    bool m_ranked = false;
    int m_total = 0;
    ReferenceNames m_names;
    ReloadHandler m_reloadHandler;
};

} // namespace rt::core
