#include "CompanyMatrixModel.h"

#include "Change.h"
#include "Database.h"

#include <QHash>
#include <QSet>

namespace rt::core {

CompanyMatrixModel::CompanyMatrixModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_index(db)
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
    const Entities entities = entitiesIn(changes);
    if (entities & ~Entities(Entity::Assessment)) {
        m_indexStale = true; // developments, obligations, companies or vocabularies: who is bound by what
    }
    if (entities & Entity::Assessment) {
        m_marksStale = true;
    }
    if (entities
        & (Entities(Entity::Development) | Entity::Obligation | Entity::Company | Entity::Assessment
           | Entity::Vocabulary)) {
        reload();
    }
}

void CompanyMatrixModel::reload()
{
    beginResetModel();
    if (m_indexStale) {
        m_index.load();
        m_indexStale = false;
        m_marksStale = false;
    } else if (m_marksStale) {
        m_index.loadMarks();
        m_marksStale = false;
    }
    QHash<qint64, int> rowOf;
    readCompanies(rowOf);
    // Each assessment's state: done, or overdue (due before today and not done).
    QHash<std::pair<qint64, qint64>, int> states;
    m_db.eachIntegerRow(
        QStringLiteral("SELECT company_id, obligation_id, CASE WHEN status = 'done' THEN 1 WHEN "
                       "due_on < ? THEN 2 ELSE 0 END FROM assessments"),
        {m_today.toString(Qt::ISODate)}, 3, [&states](const qint64 *v) {
            if (v[2] != 0) {
                states.insert({v[0], v[1]}, int(v[2]));
            }
        });
    // Cells, keyed by (row, topic or development id) until the columns are known.
    const bool byTopic = m_columns == Columns::Topics;
    QHash<std::pair<int, qint64>, Cell> counted;
    QSet<qint64> used;
    const std::vector<ApplicabilityIndex::Obligation> &obligations = m_index.obligations();
    for (const Header &company : std::as_const(m_companies)) {
        const int row = rowOf.value(company.id);
        for (int i : m_index.applicable(company.id)) {
            const ApplicabilityIndex::Obligation &o = obligations[std::size_t(i)];
            const int state = states.value({company.id, o.id});
            const auto count = [&](qint64 key) {
                Cell &cell = counted[{row, key}];
                ++cell.applicable;
                cell.done += state == 1 ? 1 : 0;
                cell.overdue += state == 2 ? 1 : 0;
                used.insert(key);
            };
            if (byTopic) {
                for (const qint64 *topic = m_index.topicsBegin(o); topic != m_index.topicsEnd(o); ++topic) {
                    count(*topic);
                }
            } else {
                count(o.development);
            }
        }
    }
    QHash<qint64, int> columnOf;
    readColumns(used, columnOf);
    m_cells = QList<Cell>(m_companies.size() * m_keys.size());
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        const int column = columnOf.value(it.key().second, -1);
        if (column >= 0) {
            m_cells[it.key().first * m_keys.size() + column] = it.value();
        }
    }
    endResetModel();
}

void CompanyMatrixModel::readCompanies(QHash<qint64, int> &rowOf)
{
    m_companies.clear();
    QSqlQuery &companies
        = m_db.exec(QStringLiteral("SELECT id, uid, name_en, name_zh FROM companies ORDER BY name_en, id"));
    while (companies.next()) {
        rowOf.insert(companies.value(0).toLongLong(), int(m_companies.size()));
        m_companies.append({companies.value(0).toLongLong(),
                            companies.value(1).toString(),
                            {companies.value(2).toString(), companies.value(3).toString()}});
    }
    companies.finish();
}

void CompanyMatrixModel::readColumns(const QSet<qint64> &used, QHash<qint64, int> &columnOf)
{
    // The topics (in vocabulary order) or developments (newest first) that bind some company.
    m_keys.clear();
    if (m_columns == Columns::Topics) {
        QSqlQuery &keys
            = m_db.exec(QStringLiteral("SELECT id, code, name_en, name_zh FROM topics ORDER BY id"));
        while (keys.next()) {
            const qint64 id = keys.value(0).toLongLong();
            if (used.contains(id)) {
                columnOf.insert(id, int(m_keys.size()));
                m_keys.append(
                    {id, keys.value(1).toString(), {keys.value(2).toString(), keys.value(3).toString()}});
            }
        }
        keys.finish();
        return;
    }
    struct Column
    {
        Header header;
        QString announced;
    };
    QList<Column> columns;
    const QList<qint64> ids(used.cbegin(), used.cend());
    constexpr qsizetype chunk = 500; // an engine takes only so many bound values in one statement
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        QVariantList bindings;
        QString marks;
        for (qint64 id : ids.mid(start, chunk)) {
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            bindings.append(id);
        }
        QSqlQuery &keys = m_db.exec(
            QStringLiteral("SELECT id, title_en, title_zh, announced_on FROM developments WHERE id IN (%1)")
                .arg(marks),
            bindings);
        while (keys.next()) {
            const qint64 id = keys.value(0).toLongLong();
            columns.append({{id, QString::number(id), {keys.value(1).toString(), keys.value(2).toString()}},
                            keys.value(3).toString()});
        }
        keys.finish();
    }
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) {
        return a.announced != b.announced ? a.announced > b.announced : a.header.id < b.header.id;
    });
    for (const Column &column : std::as_const(columns)) {
        columnOf.insert(column.header.id, int(m_keys.size()));
        m_keys.append(column.header);
    }
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
