// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentTableModel.h"

#include "AnnouncedDate.h"

#include "Change.h"
#include "Database.h"
#include "TextSearch.h"
#include "Vocabulary.h"

namespace rt::core {

DevelopmentTableModel::DevelopmentTableModel(Database &db, const TextSearch &search, QObject *parent,
                                             ReloadHandler reloadHandler)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(db, search)
    , m_reloadHandler(std::move(reloadHandler))
{
    connect(&m_db, &Database::changed, this, &DevelopmentTableModel::onDatabaseChanged);
    reload(0);
}

DevelopmentOrder DevelopmentTableModel::order() const
{
    return {m_sortColumn, m_sortOrder, m_language};
}

void DevelopmentTableModel::setFilter(const DevelopmentFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    // A new search shows the best matches first; once the text is gone, relevance means nothing.
    const bool searching = !filter.text.trimmed().isEmpty();
    if (searching && m_filter.text.trimmed().isEmpty()) {
        m_sortColumn = RelevanceSort;
        m_sortOrder = Qt::AscendingOrder;
    } else if (!searching && m_sortColumn == RelevanceSort) {
        m_sortColumn = DateColumn;
        m_sortOrder = Qt::DescendingOrder;
    }
    m_filter = filter;
    reload(0);
}

void DevelopmentTableModel::setLanguage(Language language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    if (m_sortColumn == TitleColumn) {
        reload(int(m_rows.size())); // the title order depends on the language
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

void DevelopmentTableModel::setShowBothLanguages(bool both)
{
    if (both == m_showBoth) {
        return;
    }
    m_showBoth = both;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, TitleColumn), index(int(m_rows.size()) - 1, TitleColumn));
    }
}

void DevelopmentTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int DevelopmentTableModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

qint64 DevelopmentTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DevelopmentTableModel::ensureFetched(qint64 id)
{
    int row = rowForId(id);
    if (row >= 0 || id == 0 || !canFetchMore({})) {
        return row;
    }
    // Not fetched yet: page on only when the filter lets it through (else every page would be read).
    if (m_ranked ? !m_ordered.contains(id) : !m_query.contains(m_filter, id)) {
        return -1;
    }
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowForId(id);
    }
    return row;
}

DevelopmentTableModel::Content DevelopmentTableModel::read(const BrowseQuery &query,
                                                           const DevelopmentFilter &filter,
                                                           const DevelopmentOrder &order, int rows)
{
    Content content;
    content.filter = filter;
    content.order = order;
    content.ranked = query.ranks(filter);
    if (content.ranked) {
        content.ordered = query.ordered(filter, order);
        content.total = int(content.ordered.size());
        content.consumed = qMin<qsizetype>(rows, content.ordered.size());
        content.rows = query.rows(content.ordered.mid(0, content.consumed));
    } else {
        content.total = query.count(filter);
        content.rows = query.page(filter, order, nullptr, rows);
    }
    return content;
}

void DevelopmentTableModel::reload(int keepRows)
{
    if (m_reloadHandler) {
        m_reloadHandler(qMax(pageSize, keepRows));
        return;
    }
    show(read(m_query, m_filter, order(), qMax(pageSize, keepRows)));
}

bool DevelopmentTableModel::adopt(const Content &content)
{
    if (content.filter != m_filter || content.order != order()) {
        return false;
    }
    show(content);
    return true;
}

void DevelopmentTableModel::show(const Content &content)
{
    beginResetModel();
    m_names.load(m_db);
    const bool totalChanged = content.total != m_total;
    m_total = content.total;
    m_rows = content.rows;
    m_ordered = content.ordered;
    m_consumed = content.consumed;
    m_ranked = content.ranked;
    endResetModel();
    if (totalChanged) {
        Q_EMIT totalCountChanged(m_total);
    }
}

void DevelopmentTableModel::onDatabaseChanged(const QList<Change> &changes)
{
    if (entitiesIn(changes) & (Entities(Entity::Development) | Entity::Authority | Entity::Vocabulary)) {
        reload(int(m_rows.size()));
    }
}

int DevelopmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DevelopmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevelopmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole) {
        role = Qt::ToolTipRole; // what the tool tip tells a reader who points, told to a listener
    }
    const DevelopmentRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return row.announcedUntil.isValid()
                ? AnnouncedDate::text(row.announced, row.announcedUntil,
                                      m_language == Language::Chinese
                                          ? QLocale(QLocale::Chinese, QLocale::China)
                                          : QLocale(QLocale::English))
                : row.announced.toString(Qt::ISODate);
        case AuthoritiesColumn: {
            QStringList names;
            for (const QString &code : row.authorities) {
                names.append(m_names.authorityShort(code, m_language));
            }
            return names.join(m_language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
        }
        case TitleColumn:
            if (m_showBoth && row.title.isComplete()) {
                const Language other
                    = m_language == Language::Chinese ? Language::English : Language::Chinese;
                return QString(row.title.in(m_language) + u'\n' + row.title.in(other));
            }
            return row.title.preferring(m_language);
        case KindColumn:
            return Vocabulary::labelForKey<DevelopmentKind>(row.kind);
        case StageColumn:
            return Vocabulary::labelForKey<Stage>(row.stage);
        case TopicsColumn: {
            QStringList names;
            for (const QString &code : row.topics) {
                names.append(m_names.topic(code, m_language));
            }
            return names.join(m_language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            return row.title.isComplete() ? row.title.en + u'\n' + row.title.zh
                                          : row.title.preferring(m_language);
        }
        if (index.column() == AuthoritiesColumn) {
            QStringList names;
            for (const QString &code : row.authorities) {
                names.append(m_names.authorityName(code, m_language));
            }
            return names.join(u'\n');
        }
        return {};
    case IdRole:
        return row.id;
    case UidRole:
        return row.uid;
    case TitleEnRole:
        return row.title.en;
    case TitleZhRole:
        return row.title.zh;
    case KindRole:
        return row.kind;
    case StageRole:
        return row.stage;
    case AnnouncedRole:
        return row.announced;
    case MissingLanguageRole:
        return m_showBoth ? !row.title.isComplete() : row.title.in(m_language).isEmpty();
    case AuthorityCodesRole:
        return row.authorities;
    case TopicCodesRole:
        return row.topics;
    }
    return {};
}

QVariant DevelopmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AuthoritiesColumn:
        return tr("Authorities");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case StageColumn:
        return tr("Stage");
    case TopicsColumn:
        return tr("Topics");
    }
    return {};
}

bool DevelopmentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && (m_ranked ? m_consumed < m_ordered.size() : m_rows.size() < m_total);
}

void DevelopmentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<DevelopmentRow> more;
    if (m_ranked) {
        more = m_query.rows(m_ordered.mid(m_consumed, pageSize));
        m_consumed = qMin(m_consumed + pageSize, m_ordered.size());
    } else {
        more = m_query.page(m_filter, order(), m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize);
    }
    if (more.isEmpty()) {
        // The database shrank behind our back: recount rather than promise rows that are not there.
        reload(int(m_rows.size()));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void DevelopmentTableModel::sort(int column, Qt::SortOrder order)
{
    // -1 (no sort column, as a header without indicator asks) ranks search results by relevance.
    if (column < RelevanceSort || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    if (column == RelevanceSort) {
        order = Qt::AscendingOrder;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload(int(m_rows.size()));
}

QHash<int, QByteArray> DevelopmentTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(UidRole, "uid");
    names.insert(TitleEnRole, "titleEn");
    names.insert(TitleZhRole, "titleZh");
    names.insert(KindRole, "kind");
    names.insert(StageRole, "stage");
    names.insert(AnnouncedRole, "announced");
    return names;
}

} // namespace rt::core
