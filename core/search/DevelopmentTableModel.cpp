#include "DevelopmentTableModel.h"

#include "AnnouncedDate.h"

#include "Change.h"
#include "Database.h"
#include "DevelopmentQuery.h"
#include "TextSearch.h"
#include "Vocabulary.h"

namespace rt::core {

DevelopmentTableModel::DevelopmentTableModel(Database &db, const TextSearch &search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_search(search)
{
    connect(&m_db, &Database::changed, this, &DevelopmentTableModel::onDatabaseChanged);
    reload(0);
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
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowForId(id);
    }
    return row;
}

QString DevelopmentTableModel::sortKey() const
{
    // Never NULL, so that the keyset comparison in fetchRows() is total.
    switch (m_sortColumn) {
    case AuthoritiesColumn:
        return QStringLiteral(
            "coalesce((SELECT a.code FROM development_authorities da JOIN authorities a ON a.id = "
            "da.authority_id WHERE da.development_id = d.id AND da.position = 0), '')");
    case TitleColumn:
        return m_language == Language::Chinese ? QStringLiteral("d.title_zh")
                                               : QStringLiteral("lower(d.title_en)");
    case KindColumn:
        return QStringLiteral("d.kind");
    case StageColumn:
        return QStringLiteral("d.stage");
    case TopicsColumn:
        return QStringLiteral("coalesce((SELECT t.code FROM development_topics dt JOIN topics t ON t.id = "
                              "dt.topic_id WHERE dt.development_id = d.id AND dt.position = 0), '')");
    default:
        return QStringLiteral("d.announced_on");
    }
}

QList<DevelopmentTableModel::Row> DevelopmentTableModel::fetchRows(const Row *after, int limit) const
{
    // Keyset paging: the next page starts after the last fetched row's (sort key, id), so a page deep in a
    // large table costs the same as the first (OFFSET would rescan every row before it). The id breaks ties.
    // Ranked by relevance, the search's (id, score) rows are joined in and replace the text condition.
    QVariantList bindings;
    QString source = QStringLiteral("developments d");
    QString key = sortKey();
    SqlCondition condition;
    if (m_sortColumn == RelevanceSort) {
        const QString ranking = m_search.ranking(m_filter.text, bindings);
        if (!ranking.isEmpty()) {
            key = QStringLiteral("s.score");
            DevelopmentFilter rest = m_filter;
            rest.text.clear();
            if (rest.isEmpty()) {
                // Text alone: the page is cut from the ranked hits before any development row is read.
                QString start;
                if (after) {
                    start = QStringLiteral("WHERE (h.score, h.id) > (?, ?)");
                    bindings << after->sortKey << after->id;
                }
                bindings << limit;
                source
                    = QStringLiteral("(SELECT h.id, h.score FROM %1 h %2 ORDER BY h.score, h.id LIMIT ?) s "
                                     "%3 developments d ON d.id = s.id")
                          .arg(ranking, start, m_db.dialect().joinInThisOrder());
                after = nullptr;
            } else {
                source += QStringLiteral(" JOIN %1 s ON s.id = d.id").arg(ranking);
                condition = whereClause(rest, m_search);
            }
        }
    }
    if (key != QLatin1StringView("s.score")) {
        condition = whereClause(m_filter, m_search);
    }
    // Without a ranking search, "relevance" shows the newest first.
    const bool ascending = m_sortColumn == RelevanceSort ? key == QLatin1StringView("s.score")
                                                         : m_sortOrder == Qt::AscendingOrder;
    QString where = condition.where;
    bindings += condition.bindings;
    if (after) {
        where += (where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(%1, d.id) %2 (?, ?)")
                  .arg(key, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        bindings << after->sortKey << after->id;
    }
    bindings << limit;
    QList<Row> rows;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT d.id, d.uid, d.announced_on, d.title_en, d.title_zh, d.kind, "
                       "d.stage, d.announced_until, %1 FROM %2 %3 ORDER BY %1 %4, d.id %4 LIMIT ?")
            .arg(key, source, where, ascending ? QStringLiteral("ASC") : QStringLiteral("DESC")),
        bindings);
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.uid = q.value(1).toString();
        row.announced = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        row.title = {q.value(3).toString(), q.value(4).toString()};
        row.kind = q.value(5).toString();
        row.stage = q.value(6).toString();
        row.announcedUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        row.sortKey = q.value(8);
        index.insert(row.id, rows.size());
        rows.append(row);
    }
    q.finish();
    if (rows.isEmpty()) {
        return rows;
    }
    // Issuers and topics of the page in one query each, not one per row.
    QStringList marks;
    QVariantList ids;
    for (const Row &row : std::as_const(rows)) {
        marks.append(QStringLiteral("?"));
        ids.append(row.id);
    }
    QSqlQuery &authorities
        = m_db.exec(QStringLiteral("SELECT da.development_id, a.code FROM development_authorities "
                                   "da JOIN authorities a ON a.id = da.authority_id WHERE "
                                   "da.development_id IN (%1) ORDER BY da.development_id, "
                                   "da.position")
                        .arg(marks.join(u',')),
                    ids);
    while (authorities.next()) {
        rows[index.value(authorities.value(0).toLongLong())].authorities.append(
            authorities.value(1).toString());
    }
    authorities.finish();
    QSqlQuery &topics
        = m_db.exec(QStringLiteral("SELECT dt.development_id, t.code FROM development_topics dt JOIN "
                                   "topics t ON t.id = dt.topic_id WHERE dt.development_id IN (%1) "
                                   "ORDER BY dt.development_id, dt.position")
                        .arg(marks.join(u',')),
                    ids);
    while (topics.next()) {
        rows[index.value(topics.value(0).toLongLong())].topics.append(topics.value(1).toString());
    }
    topics.finish();
    return rows;
}

void DevelopmentTableModel::reload(int keepRows)
{
    beginResetModel();
    m_names.load(m_db);
    int total = 0;
    QVariantList rankingBindings;
    DevelopmentFilter rest = m_filter;
    rest.text.clear();
    const QString ranking = rest.isEmpty() ? m_search.ranking(m_filter.text, rankingBindings) : QString();
    if (!ranking.isEmpty()) {
        total = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 h").arg(ranking), rankingBindings)
                    .toInt(); // text alone
    } else {
        const SqlCondition condition = whereClause(m_filter, m_search);
        total = m_db.scalar(QStringLiteral("SELECT count(*) FROM developments d ") + condition.where,
                            condition.bindings)
                    .toInt();
    }
    const bool totalChanged = total != m_total;
    m_total = total;
    m_rows = fetchRows(nullptr, qMax(pageSize, keepRows));
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
    const Row &row = m_rows.at(index.row());
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
    return !parent.isValid() && m_rows.size() < m_total;
}

void DevelopmentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<Row> more = fetchRows(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize);
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
