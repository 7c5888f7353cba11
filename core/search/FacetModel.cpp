// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetModel.h"

#include "Change.h"
#include "Database.h"
#include "Regions.h"
#include "Vocabulary.h"

#include <algorithm>

namespace rt::core {

FacetModel::FacetModel(Database &db, const TextSearch &search, Facet facet, QObject *parent,
                       std::function<void()> reloadHandler)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_facet(facet)
    , m_query(db, search)
    , m_reloadHandler(std::move(reloadHandler))
{
    connect(&m_db, &Database::changed, this, &FacetModel::onDatabaseChanged);
    recount();
}

bool FacetModel::adopt(const DevelopmentFilter &filter, const QList<FacetCount> &counts)
{
    if (filter != m_filter) {
        return false;
    }
    show(counts);
    return true;
}

void FacetModel::setFilter(const DevelopmentFilter &filter)
{
    // The facet's own constraint does not change its counts: ticking a value must not recount (and reset) it.
    DevelopmentFilter relevant = filter;
    switch (m_facet) {
    case Facet::Authority:
        relevant.authorities.clear();
        break;
    case Facet::Topic:
        relevant.topics.clear();
        break;
    case Facet::Kind:
        relevant.kinds.clear();
        break;
    case Facet::Stage:
        relevant.stages.clear();
        break;
    case Facet::Year:
        relevant.years.clear();
        break;
    case Facet::Region:
        relevant.regions.clear();
        break;
    case Facet::None:
        break;
    }
    if (relevant == m_filter) {
        return;
    }
    m_filter = relevant;
    recount();
}

void FacetModel::setLanguage(Language language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    retranslate();
}

void FacetModel::retranslate()
{
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
    }
}

void FacetModel::setCheckedKeys(const QStringList &keys)
{
    if (keys == m_checked) {
        return;
    }
    m_checked = keys;
    // The counts stay; the values listed only because they were checked follow the new checks.
    QList<FacetCount> counted = m_entries;
    counted.removeIf([](const Entry &e) { return e.count == 0; });
    show(counted);
    Q_EMIT checkedKeysChanged(m_checked);
}

void FacetModel::onDatabaseChanged(const QList<Change> &changes)
{
    if (entitiesIn(changes) & (Entities(Entity::Development) | Entity::Authority | Entity::Vocabulary)) {
        recount();
    }
}

void FacetModel::recount()
{
    if (m_reloadHandler) {
        m_reloadHandler();
        return;
    }
    show(m_query.facet(m_facet, m_filter));
}

void FacetModel::show(const QList<FacetCount> &counts)
{
    beginResetModel();
    m_names.load(m_db);
    m_entries = counts;
    // Checked values stay listed even when their count drops to zero.
    for (const QString &key : std::as_const(m_checked)) {
        if (std::none_of(m_entries.cbegin(), m_entries.cend(),
                         [&](const Entry &e) { return e.key == key; })) {
            m_entries.append({key, 0});
        }
    }
    // Kinds and stages in their natural order, years newest first, the rest by count.
    const auto rank = [this](const QString &key) -> int {
        if (m_facet == Facet::Kind) {
            return int(Vocabulary::keys<DevelopmentKind>().indexOf(key));
        }
        return int(Vocabulary::keys<Stage>().indexOf(key));
    };
    std::sort(m_entries.begin(), m_entries.end(), [&](const Entry &a, const Entry &b) {
        switch (m_facet) {
        case Facet::Kind:
        case Facet::Stage:
            return rank(a.key) < rank(b.key);
        case Facet::Year:
            return a.key > b.key;
        default:
            return a.count != b.count ? a.count > b.count : a.key < b.key;
        }
    });
    endResetModel();
}

QString FacetModel::label(const QString &key) const
{
    switch (m_facet) {
    case Facet::Authority:
        return m_names.authorityShort(key, m_language);
    case Facet::Topic:
        return m_names.topic(key, m_language);
    case Facet::Kind:
        return Vocabulary::labelForKey<DevelopmentKind>(key);
    case Facet::Stage:
        return Vocabulary::labelForKey<Stage>(key);
    case Facet::Region:
        return regionName(key, m_language);
    default:
        return key;
    }
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole) {
        role = Qt::ToolTipRole; // what the tool tip tells a reader who points, told to a listener
    }
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(label(entry.key)).arg(entry.count);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)")
            .arg(m_facet == Facet::Authority ? m_names.authorityName(entry.key, m_language)
                                             : label(entry.key))
            .arg(entry.count);
    case Qt::CheckStateRole:
        return m_checked.contains(entry.key) ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return entry.key;
    case CountRole:
        return entry.count;
    case LabelRole:
        return label(entry.key);
    }
    return {};
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString key = m_entries.at(index.row()).key;
    QStringList keys = m_checked;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    } else {
        keys.removeAll(key);
    }
    if (keys == m_checked) {
        return false;
    }
    m_checked = keys;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedKeysChanged(m_checked);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace rt::core
