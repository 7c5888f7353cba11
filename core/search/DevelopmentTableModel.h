#pragma once
// The developments that match a filter, as a sortable table. Rows are fetched a page at a time as the view
// scrolls (canFetchMore/fetchMore), so a database of 100,000 developments costs one page of memory, not all
// of them. Sorting and filtering run in the database. The model refreshes itself when developments or
// reference data change, keeping as many rows fetched as before.

#include "BilingualText.h"
#include "DevelopmentFilter.h"
#include "ReferenceNames.h"

#include <QAbstractTableModel>
#include <QDate>

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
    static constexpr int RelevanceSort = -1;

    DevelopmentTableModel(Database &db, const TextSearch &search, QObject *parent = nullptr);

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
    struct Row
    {
        qint64 id = 0;
        QString uid;
        QDate announced;
        QDate announcedUntil; // valid when the date is approximate
        BilingualText title;
        QString kind;
        QString stage;
        QStringList authorities;
        QStringList topics;
        QVariant sortKey; // where the next page starts
    };

    void reload(int keepRows);
    void onDatabaseChanged(const QList<Change> &changes);
    QList<Row> fetchRows(const Row *after, int limit) const;
    QString sortKey() const;

    Database &m_db;
    const TextSearch &m_search;
    DevelopmentFilter m_filter;
    Language m_language = Language::English;
    bool m_showBoth = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<Row> m_rows;
    int m_total = 0;
    ReferenceNames m_names;
};

} // namespace rt::core
