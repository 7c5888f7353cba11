// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaModel.h"

#include "Change.h"
#include "Database.h"
#include "DateText.h"
#include "Vocabulary.h"

#include <algorithm>

namespace rt::core {

namespace {

constexpr AgendaPeriod allPeriods[] = {AgendaPeriod::Overdue, AgendaPeriod::Today, AgendaPeriod::ThisWeek,
                                       AgendaPeriod::NextWeek, AgendaPeriod::Later};

// A day without its year, as the locale writes it ("14 Sep", "Sep 14", "9月14日").
QString dayText(const QDate &date)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese) {
        return locale.toString(date, QStringLiteral("M月d日"));
    }
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).startsWith(u'M');
    return locale.toString(date, monthFirst ? QStringLiteral("MMM d") : QStringLiteral("d MMM"));
}

} // namespace

AgendaModel::AgendaModel(Database &db, const TextSearch *search, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_search(search)
    , m_firstDay(Agenda::firstDayOfWeek())
{
    m_query.today = QDate::currentDate();
    m_me = Agenda::currentUser(db);
    connect(&m_db, &Database::changed, this, [this](const ChangeSet &changes) {
        if (!changes.isEmpty()) {
            reload();
        }
    });
    reload();
}

void AgendaModel::setQuery(const AgendaQuery &query)
{
    if (!(query == m_query)) {
        m_query = query;
        reload();
    }
}

void AgendaModel::setToday(const QDate &today)
{
    AgendaQuery query = m_query;
    query.today = today;
    setQuery(query);
}

void AgendaModel::setHorizon(int days)
{
    AgendaQuery query = m_query;
    query.horizonDays = days;
    setQuery(query);
}

void AgendaModel::setKinds(AgendaKinds kinds)
{
    AgendaQuery query = m_query;
    query.kinds = kinds;
    setQuery(query);
}

void AgendaModel::setCompany(qint64 companyId)
{
    AgendaQuery query = m_query;
    query.company = companyId;
    setQuery(query);
}

void AgendaModel::setOwner(const QString &owner)
{
    AgendaQuery query = m_query;
    query.owner = owner.trimmed();
    setQuery(query);
}

void AgendaModel::setFilter(const DevelopmentFilter &filter)
{
    AgendaQuery query = m_query;
    query.filter = filter;
    setQuery(query);
}

void AgendaModel::setMe(const QString &me)
{
    if (me != m_me) {
        beginResetModel();
        m_me = me;
        regroup();
        endResetModel();
    }
}

void AgendaModel::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    if (day != m_firstDay) {
        beginResetModel();
        m_firstDay = day;
        regroup();
        endResetModel();
    }
}

void AgendaModel::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        retranslate();
    }
}

void AgendaModel::retranslate()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, index(g, ColumnCount - 1));
        const int count = rowCount(group);
        if (count > 0) {
            Q_EMIT dataChanged(index(0, 0, group), index(count - 1, ColumnCount - 1, group));
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AgendaModel::reload()
{
    beginResetModel();
    m_items = Agenda::load(m_db, m_search, m_query);
    regroup();
    endResetModel();
    Q_EMIT reloaded();
}

bool AgendaModel::isMine(const AgendaItem &item) const
{
    return item.kind == AgendaKind::Due && Agenda::sameOwner(item.owner(), m_me);
}

void AgendaModel::regroup()
{
    m_groups.clear();
    for (AgendaPeriod period : allPeriods) {
        Group group{period, {}};
        for (int i = 0; i < m_items.size(); ++i) {
            if (Agenda::periodOf(m_items.at(i).date, m_query.today, m_firstDay) == period) {
                group.items.append(i);
            }
        }
        // The user's own rows first; otherwise the order of the load (by date).
        std::stable_sort(group.items.begin(), group.items.end(),
                         [this](int a, int b) { return isMine(m_items.at(a)) && !isMine(m_items.at(b)); });
        if (!group.items.isEmpty()) {
            m_groups.append(group);
        }
    }
}

int AgendaModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [this](const AgendaItem &item) { return item.isOverdue(m_query.today); }));
}

const AgendaItem *AgendaModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.model() != this) {
        return nullptr;
    }
    return &m_items.at(m_groups.at(int(index.internalId() - 1)).items.at(index.row()));
}

QModelIndex AgendaModel::indexOf(const QString &uid, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &items = m_groups.at(g).items;
        for (int r = 0; r < items.size(); ++r) {
            if (m_items.at(items.at(r)).uid() == uid) {
                return createIndex(r, column, quintptr(g + 1));
            }
        }
    }
    return {};
}

QList<AgendaPeriod> AgendaModel::periods() const
{
    QList<AgendaPeriod> result;
    for (const Group &group : m_groups) {
        result.append(group.period);
    }
    return result;
}

QList<AgendaItem> AgendaModel::itemsIn(AgendaPeriod period) const
{
    QList<AgendaItem> result;
    for (const Group &group : m_groups) {
        if (group.period == period) {
            for (int i : group.items) {
                result.append(m_items.at(i));
            }
        }
    }
    return result;
}

QString AgendaModel::groupTitle(AgendaPeriod period) const
{
    const auto [first, last] = Agenda::periodRange(period, m_query.today, m_firstDay);
    QString range;
    switch (period) {
    case AgendaPeriod::Overdue:
        break;
    case AgendaPeriod::Today:
        range = QLocale().dayName(first.dayOfWeek(), QLocale::ShortFormat) + u' ' + dayText(first);
        break;
    case AgendaPeriod::ThisWeek:
    case AgendaPeriod::NextWeek:
        range = first == last ? dayText(first) : tr("%1 – %2").arg(dayText(first), dayText(last));
        break;
    case AgendaPeriod::Later:
        range = tr("from %1").arg(dayText(first));
        break;
    }
    const int count = int(itemsIn(period).size());
    QStringList parts{Agenda::periodTitle(period)};
    if (!range.isEmpty()) {
        parts.append(range);
    }
    parts.append(tr("%n item(s)", nullptr, count));
    return parts.join(QStringLiteral(" · "));
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).items.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(m_groups.at(parent.row()).items.size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const AgendaItem *it = item(index);
    if (it && it->kind == AgendaKind::Due && index.column() == TickColumn) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole) {
        role = Qt::ToolTipRole; // what the tool tip tells a reader who points, told to a listener
    }
    if (index.internalId() == 0) {
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    return itemData(*item(index), index.column(), role);
}

QVariant AgendaModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? groupTitle(group.period) : QVariant();
    case IsGroupRole:
        return true;
    case PeriodRole:
        return int(group.period);
    case CountRole:
        return int(group.items.size());
    case OverdueRole:
        return int(std::count_if(group.items.cbegin(), group.items.cend(),
                                 [this](int i) { return m_items.at(i).isOverdue(m_query.today); }));
    case DateRole:
        return Agenda::periodRange(group.period, m_query.today, m_firstDay).first;
    default:
        return {};
    }
}

QVariant AgendaModel::itemData(const AgendaItem &item, int column, int role) const
{
    const bool row = item.kind == AgendaKind::Due;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return QString(locale.dayName(item.date.dayOfWeek(), QLocale::ShortFormat) + u' '
                           + DateText::table(item.date));
        case WhenColumn:
            return Agenda::distance(item.date, m_query.today);
        case KindColumn:
            return Agenda::kindLabel(item.kind);
        case ItemColumn:
            return item.title().preferring(m_language);
        case CompanyColumn:
            return Agenda::companyNames(item, m_language);
        case OwnerColumn:
            return row ? item.owner() : QString();
        case StatusColumn:
            return row ? Vocabulary::label(item.row.assessment.status) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case DateColumn:
        case WhenColumn:
            return QString(DateText::prose(item.date, locale) + u'\n'
                           + Agenda::distance(item.date, m_query.today));
        case ItemColumn:
            return item.kind == AgendaKind::Due || item.kind == AgendaKind::ObligationEffective
                ? QString(item.title().preferring(m_language) + u'\n'
                          + item.development.preferring(m_language))
                : item.title().preferring(m_language);
        case CompanyColumn:
            return Agenda::companyNames(item, m_language);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (row && column == TickColumn) {
            return item.row.isTicked() ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case IsGroupRole:
        return false;
    case PeriodRole:
        return int(Agenda::periodOf(item.date, m_query.today, m_firstDay));
    case KindRole:
        return int(item.kind);
    case DateRole:
        return item.date;
    case OverdueRole:
        return item.isOverdue(m_query.today);
    case MineRole:
        return isMine(item);
    case DevelopmentIdRole:
        return item.developmentId;
    case CompanyIdRole:
        return row ? item.row.key.companyId : 0;
    case ObligationIdRole:
        return item.obligationId;
    case StatusRole:
        return row ? QVariant(int(item.row.assessment.status)) : QVariant();
    case UidRole:
        return item.uid();
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TickColumn:
        return tr("Done");
    case DateColumn:
        return tr("Date");
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("What");
    case ItemColumn:
        return tr("Obligation or development");
    case CompanyColumn:
        return tr("Company");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rt::core
