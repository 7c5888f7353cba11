#include "CompanyMatrixModel.h"

#include "Applicability.h"
#include "Change.h"
#include "Database.h"

#include <QHash>
#include <QSet>

namespace rt::core {

CompanyMatrixModel::CompanyMatrixModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
{
    connect(&m_db, &Database::changed, this, &CompanyMatrixModel::onDatabaseChanged);
    reload();
}

void CompanyMatrixModel::setColumns(Columns columns)
{
    if (columns != m_columns) {
        m_columns = columns;
        reload();
    }
}

void CompanyMatrixModel::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        if (rowCount() > 0 && columnCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
    }
}

void CompanyMatrixModel::setToday(const QDate &today)
{
    if (today != m_today) {
        m_today = today;
        reload();
    }
}

void CompanyMatrixModel::onDatabaseChanged(const QList<Change> &changes)
{
    if (entitiesIn(changes)
        & (Entities(Entity::Development) | Entity::Obligation | Entity::Company | Entity::Assessment
           | Entity::Vocabulary)) {
        reload();
    }
}

void CompanyMatrixModel::reload()
{
    beginResetModel();
    m_companies.clear();
    m_keys.clear();
    m_cells.clear();

    QSqlQuery &companies
        = m_db.exec(QStringLiteral("SELECT id, uid, name_en, name_zh FROM companies ORDER BY name_en, id"));
    QHash<qint64, int> companyRow;
    while (companies.next()) {
        companyRow.insert(companies.value(0).toLongLong(), int(m_companies.size()));
        m_companies.append({companies.value(0).toLongLong(),
                            companies.value(1).toString(),
                            {companies.value(2).toString(), companies.value(3).toString()}});
    }

    const bool byTopic = m_columns == Columns::Topics;
    const QString today = m_today.toString(Qt::ISODate);
    const QString sql
        = QStringLiteral("SELECT p.company_id, %1, COUNT(*), "
                         "SUM(CASE WHEN s.status = 'done' THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN s.due_on < ? AND s.status <> 'done' THEN 1 ELSE 0 END) "
                         "FROM (%2) p JOIN obligations o ON o.id = p.obligation_id %3 "
                         "LEFT JOIN assessments s ON s.company_id = p.company_id AND s.obligation_id = o.id "
                         "GROUP BY p.company_id, %1")
              .arg(byTopic ? QStringLiteral("dt.topic_id") : QStringLiteral("o.development_id"),
                   applicablePairs(),
                   byTopic
                       ? QStringLiteral("JOIN development_topics dt ON dt.development_id = o.development_id")
                       : QString());
    struct Count
    {
        qint64 company;
        qint64 key;
        Cell cell;
    };
    QList<Count> counts;
    QSet<qint64> usedKeys;
    QSqlQuery &q = m_db.exec(sql, {today});
    while (q.next()) {
        counts.append({q.value(0).toLongLong(),
                       q.value(1).toLongLong(),
                       {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()}});
        usedKeys.insert(q.value(1).toLongLong());
    }

    // Columns: the topics (in vocabulary order) or developments (newest first) that bind some company.
    QSqlQuery &keys = m_db.exec(
        byTopic ? QStringLiteral("SELECT id, code, name_en, name_zh FROM topics ORDER BY id")
                : QStringLiteral(
                      "SELECT id, uid, title_en, title_zh FROM developments ORDER BY announced_on DESC, "
                      "id"));
    QHash<qint64, int> keyColumn;
    while (keys.next()) {
        const qint64 id = keys.value(0).toLongLong();
        if (usedKeys.contains(id)) {
            keyColumn.insert(id, int(m_keys.size()));
            m_keys.append({id,
                           byTopic ? keys.value(1).toString() : QString::number(id),
                           {keys.value(2).toString(), keys.value(3).toString()}});
        }
    }
    m_cells.resize(m_companies.size() * m_keys.size());
    for (const Count &count : std::as_const(counts)) {
        const int row = companyRow.value(count.company, -1);
        const int column = keyColumn.value(count.key, -1);
        if (row >= 0 && column >= 0) {
            m_cells[row * m_keys.size() + column] = count.cell;
        }
    }
    endResetModel();
}

int CompanyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_companies.size());
}

int CompanyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant CompanyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Cell &cell = m_cells.at(index.row() * m_keys.size() + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.applicable == 0 ? QStringLiteral("—") : tr("%1/%2").arg(cell.done).arg(cell.applicable);
    case Qt::ToolTipRole: {
        const QString company = m_companies.at(index.row()).name.preferring(m_language);
        const QString column = m_keys.at(index.column()).name.preferring(m_language);
        if (cell.applicable == 0) {
            return tr("%1 — %2: no obligation applies").arg(company, column);
        }
        return tr("%1 — %2: %3 of %4 done, %n overdue", nullptr, cell.overdue)
            .arg(company, column)
            .arg(cell.done)
            .arg(cell.applicable);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CompanyIdRole:
        return m_companies.at(index.row()).id;
    case ColumnKeyRole:
        return m_keys.at(index.column()).key;
    case ApplicableRole:
        return cell.applicable;
    case DoneRole:
        return cell.done;
    case OverdueRole:
        return cell.overdue;
    case CompletionRole:
        return cell.applicable == 0 ? -1.0 : double(cell.done) / cell.applicable;
    default:
        return {};
    }
}

QVariant CompanyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QList<Header> &headers = orientation == Qt::Horizontal ? m_keys : m_companies;
    if (section < 0 || section >= headers.size()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return headers.at(section).name.preferring(m_language);
    case Qt::ToolTipRole:
        return QString(headers.at(section).name.en + u'\n' + headers.at(section).name.zh);
    case CompanyIdRole:
        return orientation == Qt::Vertical ? QVariant(headers.at(section).id) : QVariant();
    case ColumnKeyRole:
        return orientation == Qt::Horizontal ? QVariant(headers.at(section).key) : QVariant();
    default:
        return {};
    }
}

} // namespace rt::core
