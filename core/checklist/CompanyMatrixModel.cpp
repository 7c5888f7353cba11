// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyMatrixModel.h"

#include "Change.h"
#include "Database.h"
#include "DevelopmentQuery.h"

#include <QHash>
#include <QSet>

#include <bit>
#include <utility>

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

void CompanyMatrixModel::setFilter(const DevelopmentFilter &filter, const TextSearch &search)
{
    m_search = &search;
    if (filter != m_filter) {
        m_filter = filter;
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
    readCompanies();
    // The developments the shared filter lets through; without a filter, all.
    const bool filtered = m_search && !m_filter.isEmpty();
    QSet<qint64> shown;
    if (filtered) {
        const SqlCondition condition = whereClause(m_filter, *m_search);
        m_db.eachIntegerRow(QStringLiteral("SELECT d.id FROM developments d %1").arg(condition.where),
                            condition.bindings, 1, [&shown](const qint64 *v) { shown.insert(v[0]); });
    }
    // The companies as the index numbers them, and the row each has here.
    const QList<qint64> &known = m_index.companies();
    QHash<qint64, int> position;
    for (qsizetype p = 0; p < known.size(); ++p) {
        position.insert(known.at(p), int(p));
    }
    std::vector<int> rowOf(std::size_t(known.size()), -1);
    const std::size_t words = (rowOf.size() + 63) / 64;
    for (qsizetype row = 0; row < m_companies.size(); ++row) {
        if (const auto p = position.constFind(m_companies.at(row).id); p != position.cend()) {
            rowOf[std::size_t(*p)] = int(row);
        }
    }
    // The assessments that count: done, or overdue (due before today and not done), by obligation.
    struct Marked
    {
        int obligation;
        int company; // position in the index's companies
        bool done;
    };
    std::vector<Marked> marked;
    m_db.eachIntegerRow(
        QStringLiteral("SELECT company_id, obligation_id, CASE WHEN status = 'done' THEN 1 ELSE 0 END FROM "
                       "assessments WHERE status = 'done' OR due_on < ?"),
        {m_today.toString(Qt::ISODate)}, 3, [&](const qint64 *v) {
            const int obligation = m_index.indexOf(v[1]);
            const auto p = position.constFind(v[0]);
            if (obligation >= 0 && p != position.cend()) {
                marked.push_back({obligation, *p, v[2] == 1});
            }
        });
    std::sort(marked.begin(), marked.end(), [](const Marked &a, const Marked &b) {
        return a.obligation > b.obligation; // taken from the back
    });

    // One pass over the obligations, every company at once. The column keys (topic or development ids) are
    // numbered as first met; topics are few, so their cells are counted in one array; developments come one
    // after another (the index holds obligations by development), so theirs are counted one development at
    // a time.
    const bool byTopic = m_columns == Columns::Topics;
    const std::vector<ApplicabilityIndex::Obligation> &obligations = m_index.obligations();
    const std::size_t rows = std::size_t(m_companies.size());
    QHash<qint64, int> keyNumber;
    QList<qint64> keyIds;
    const auto number = [&](qint64 id) {
        auto it = keyNumber.constFind(id);
        if (it == keyNumber.cend()) {
            it = keyNumber.insert(id, int(keyIds.size()));
            keyIds.append(id);
        }
        return *it;
    };
    struct Counted
    {
        int row;
        int key;
        Cell cell;
    };
    std::vector<Counted> counted;
    std::vector<Cell> cells; // by topic: [key * rows + row]; by development: the current one's, [row]
    int current = -1; // by development: the key whose cells are being counted
    const auto flush = [&] {
        for (std::size_t row = 0; row < rows; ++row) {
            if (cells[row].applicable > 0) {
                counted.push_back({int(row), current, std::exchange(cells[row], Cell())});
            }
        }
    };
    if (!byTopic) {
        cells.resize(rows);
    }
    std::vector<int> keys;
    m_index.eachBinding([&](int i, const quint64 *bits) {
        const ApplicabilityIndex::Obligation &o = obligations[std::size_t(i)];
        while (!marked.empty() && marked.back().obligation < i) {
            marked.pop_back();
        }
        if (filtered && !shown.contains(o.development)) {
            return; // counted under no column
        }
        keys.clear();
        if (byTopic) {
            for (const qint64 *topic = m_index.topicsBegin(o); topic != m_index.topicsEnd(o); ++topic) {
                keys.push_back(number(*topic));
            }
            cells.resize(keyIds.size() * rows);
        } else {
            const int key = number(o.development);
            if (key != current) {
                if (current >= 0) {
                    flush();
                }
                current = key;
            }
            keys.push_back(key);
        }
        const auto cell = [&](int key, int row) -> Cell & {
            return cells[byTopic ? std::size_t(key) * rows + std::size_t(row) : std::size_t(row)];
        };
        for (std::size_t w = 0; w < words; ++w) {
            for (quint64 word = bits[w]; word != 0; word &= word - 1) {
                const int row = rowOf[w * 64 + std::size_t(std::countr_zero(word))];
                if (row >= 0) {
                    for (int key : keys) {
                        ++cell(key, row).applicable;
                    }
                }
            }
        }
        for (; !marked.empty() && marked.back().obligation == i; marked.pop_back()) {
            const Marked &m = marked.back();
            const std::size_t p = std::size_t(m.company);
            if ((bits[p / 64] >> (p % 64) & 1) != 0 && rowOf[p] >= 0) {
                for (int key : keys) {
                    ++(m.done ? cell(key, rowOf[p]).done : cell(key, rowOf[p]).overdue);
                }
            }
        }
    });
    if (byTopic) {
        for (std::size_t key = 0; key < std::size_t(keyIds.size()); ++key) {
            for (std::size_t row = 0; row < rows; ++row) {
                if (const Cell &c = cells[key * rows + row]; c.applicable > 0) {
                    counted.push_back({int(row), int(key), c});
                }
            }
        }
    } else if (current >= 0) {
        flush();
    }
    QSet<qint64> used;
    for (const Counted &c : counted) {
        used.insert(keyIds.at(c.key));
    }
    QHash<qint64, int> columnOf;
    readColumns(used, columnOf);
    m_cells = QList<Cell>(m_companies.size() * m_keys.size());
    for (const Counted &c : counted) {
        const int column = columnOf.value(keyIds.at(c.key), -1);
        if (column >= 0) {
            m_cells[c.row * m_keys.size() + column] = c.cell;
        }
    }
    endResetModel();
}

void CompanyMatrixModel::readCompanies()
{
    m_companies.clear();
    QSqlQuery &companies
        = m_db.exec(QStringLiteral("SELECT id, uid, name_en, name_zh FROM companies ORDER BY name_en, id"));
    while (companies.next()) {
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
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: { // a screen reader reads the cell as the tooltip says it, not as "1/5"
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
