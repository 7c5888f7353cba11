#pragma once
// One facet of the developments (authority, topic, kind, stage or year): its values with how many
// developments each has under the rest of the filter, checkable. Counting happens in the database, grouped,
// in one query.

#include "BilingualText.h"
#include "DevelopmentFilter.h"
#include "DevelopmentQuery.h"
#include "ReferenceNames.h"

#include <QAbstractListModel>

namespace rt::core {

class Database;
class TextSearch;
struct Change;

class FacetModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, CountRole, LabelRole };

    FacetModel(Database &db, const TextSearch &search, Facet facet, QObject *parent = nullptr);

    Facet facet() const { return m_facet; }
    // Recounts under this filter; the facet's own constraint is ignored for the counts.
    void setFilter(const DevelopmentFilter &filter);
    void setLanguage(Language language);
    void retranslate();

    QStringList checkedKeys() const { return m_checked; }
    void setCheckedKeys(const QStringList &keys);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedKeysChanged(const QStringList &keys);

private:
    struct Entry
    {
        QString key;
        int count = 0;
    };
    void recount();
    QString label(const QString &key) const;
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    const TextSearch &m_search;
    Facet m_facet;
    Language m_language = Language::English;
    DevelopmentFilter m_filter;
    QStringList m_checked;
    QList<Entry> m_entries;
    ReferenceNames m_names;
};

} // namespace rt::core
