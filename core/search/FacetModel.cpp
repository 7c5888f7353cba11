#include "FacetModel.h"

#include "Change.h"
#include "Database.h"
#include "Regions.h"
#include "Vocabulary.h"

#include <algorithm>

namespace rt::core {

FacetModel::FacetModel(Database &db, const TextSearch &search, Facet facet, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_search(search)
    , m_facet(facet)
{
    connect(&m_db, &Database::changed, this, &FacetModel::onDatabaseChanged);
    recount();
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
    recount(); // checked values stay listed even when their count drops to zero
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
    const SqlCondition condition = whereClause(m_filter, m_search, m_facet);
    // Search results are looked up by id: the narrow index of the facet columns is many times faster than the
    // rows themselves, which the planner would otherwise read.
    const QString developments = !m_filter.text.trimmed().isEmpty() && m_db.hasSearchIndex()
        ? QStringLiteral("developments d")
            + m_db.dialect().useIndex(QStringLiteral("developments_search_facets"))
        : QStringLiteral("developments d");
    QString sql;
    switch (m_facet) {
    case Facet::Authority:
        sql = QStringLiteral(
            "SELECT a.code, count(*) FROM development_authorities da JOIN authorities a ON a.id = "
            "da.authority_id %1 GROUP BY a.code%2");
        break;
    case Facet::Topic:
        sql = QStringLiteral(
            "SELECT t.code, count(*) FROM development_topics dt JOIN topics t ON t.id = dt.topic_id "
            "%1 GROUP BY t.code%2");
        break;
    case Facet::Kind:
        sql = QStringLiteral("SELECT d.kind, count(*) FROM %2 %1 GROUP BY d.kind");
        break;
    case Facet::Stage:
        sql = QStringLiteral("SELECT d.stage, count(*) FROM %2 %1 GROUP BY d.stage");
        break;
    case Facet::Year:
        sql = QStringLiteral("SELECT substr(d.announced_on, 1, 4), count(*) FROM %2 %1 "
                             "GROUP BY substr(d.announced_on, 1, 4)");
        break;
    case Facet::Region:
        sql = QStringLiteral("SELECT d.region, count(*) FROM %2 %1 GROUP BY d.region");
        break;
    case Facet::None:
        return;
    }
    beginResetModel();
    m_names.load(m_db);
    m_entries.clear();
    // The link tables are counted directly when nothing restricts the developments: no subquery to join.
    QString where = condition.where;
    if (m_facet == Facet::Authority || m_facet == Facet::Topic) {
        const QString link = m_facet == Facet::Authority ? QStringLiteral("da") : QStringLiteral("dt");
        where = where.isEmpty() ? QString()
                                : QStringLiteral("WHERE %1.development_id IN (SELECT d.id FROM %2 %3)")
                                      .arg(link, developments, condition.where);
    }
    const bool linked = m_facet == Facet::Authority || m_facet == Facet::Topic;
    QSqlQuery &q = m_db.exec(sql.arg(where, linked ? QString() : developments), condition.bindings);
    while (q.next()) {
        m_entries.append({q.value(0).toString(), q.value(1).toInt()});
    }
    q.finish();
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
