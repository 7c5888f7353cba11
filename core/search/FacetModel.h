// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One facet of the developments (authority, topic, kind, stage or year): its values with how many
// developments each has under the rest of the filter, checkable. Counting happens in the database, grouped,
// in one query (BrowseQuery::facet).
//
// A BrowseSession can take the counting over, as for DevelopmentTableModel: the model then asks it to recount
// and takes the counts made elsewhere through adopt().

#include "BilingualText.h"
#include "BrowseQuery.h"
#include "DevelopmentFilter.h"
#include "DevelopmentQuery.h"
#include "ReferenceNames.h"

#include <QAbstractListModel>

#include <functional>

namespace rt::core {

class Database;
class TextSearch;
struct Change;

class FacetModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, CountRole, LabelRole };

    // With a reload handler the model never counts itself: it calls the handler and takes the counts through
    // adopt() (BrowseSession).
    FacetModel(Database &db, const TextSearch &search, Facet facet, QObject *parent = nullptr,
               std::function<void()> reloadHandler = {});

    Facet facet() const { return m_facet; }
    // Recounts under this filter; the facet's own constraint is ignored for the counts.
    void setFilter(const DevelopmentFilter &filter);
    // The filter the counts are made under: the one set, without the facet's own constraint.
    const DevelopmentFilter &countedFilter() const { return m_filter; }
    // Shows counts made elsewhere under filter, when it is still the counted filter; false otherwise.
    bool adopt(const DevelopmentFilter &filter, const QList<FacetCount> &counts);
    void setLanguage(Language language);
    void retranslate();

    QStringList checkedKeys() const { return m_checked; }
    // A value's name as the list shows it, without its count ("CAC", "Data security", "Draft").
    QString label(const QString &key) const;
    void setCheckedKeys(const QStringList &keys);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedKeysChanged(const QStringList &keys);

private:
    using Entry = FacetCount;
    void recount();
    void show(const QList<FacetCount> &counts);
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    Facet m_facet;
    Language m_language = Language::English;
    DevelopmentFilter m_filter;
    QStringList m_checked;
    QList<Entry> m_entries;
    ReferenceNames m_names;
    BrowseQuery m_query;
    std::function<void()> m_reloadHandler;
};

} // namespace rt::core
