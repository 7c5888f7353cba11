// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Companies × topics (or × developments): each cell holds how many of the obligations under that column bind
// the company, how many of those are Done, and how many are overdue. Which obligations bind which company
// comes from an ApplicabilityIndex, the state of each from one read of the assessments; refreshed on change
// notifications. Like every view it counts only what the shared filter lets through.

#include "ApplicabilityIndex.h"
#include "BilingualText.h"
#include "DevelopmentFilter.h"

#include <QAbstractTableModel>
#include <QDate>

namespace rt::core {

class Database;
class TextSearch;
struct Change;

class CompanyMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Columns { Topics, Developments };
    enum Role {
        CompanyIdRole = Qt::UserRole + 1,
        ColumnKeyRole, // topic code or development id (as text)
        ApplicableRole,
        DoneRole,
        OverdueRole,
        CompletionRole, // done / applicable in [0, 1]; -1 when nothing applies
    };

    explicit CompanyMatrixModel(Database &db, QObject *parent = nullptr);

    void setColumns(Columns columns);
    Columns columns() const { return m_columns; }
    void setLanguage(Language language);
    void setToday(const QDate &today);
    // The shared filter: only obligations of the developments it lets through are counted (an empty filter
    // counts all). The search reads the filter's text; it must outlive the model.
    void setFilter(const DevelopmentFilter &filter, const TextSearch &search);
    const DevelopmentFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        int applicable = 0;
        int done = 0;
        int overdue = 0;
    };
    struct Header
    {
        qint64 id = 0;
        QString key;
        BilingualText name;
    };
    void reload();
    void readCompanies();
    void readColumns(const QSet<qint64> &used, QHash<qint64, int> &columnOf);
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    ApplicabilityIndex m_index;
    bool m_indexStale = true;
    bool m_marksStale = false;
    Columns m_columns = Columns::Topics;
    Language m_language = Language::English;
    QDate m_today;
    DevelopmentFilter m_filter;
    const TextSearch *m_search = nullptr;
    QList<Header> m_companies;
    QList<Header> m_keys;
    QList<Cell> m_cells; // row-major
};

} // namespace rt::core
