// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistModel.h"

#include "Change.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateText.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace rt::core {

namespace {

// The assessment part of a row, shared by the full load and the partial refresh: the assessment columns, then
// the number of attachments.
QString assessmentColumns()
{
    return CompanyRepository::assessmentColumns()
        + QStringLiteral(", (SELECT COUNT(*) FROM evidence e WHERE e.assessment_id = s.id)");
}

// Reads the assessment part starting at `first`; a NULL id means the row has no assessment yet.
void readAssessment(const QSqlQuery &q, int first, ChecklistRow &row)
{
    const QString companyUid = row.assessment.companyUid;
    Assessment a;
    a.companyUid = companyUid;
    a.obligationUid = row.obligationUid;
    row.evidenceCount = CompanyRepository::readAssessment(q, first, a) ? q.value(first + 12).toInt() : 0;
    row.assessment = a;
}

bool hasNotes(const Assessment &a)
{
    return !a.notes.trimmed().isEmpty();
}

// The notes as a tooltip: their first lines, cut where a tooltip would grow taller than the screen.
QString notesTip(const QString &notes)
{
    constexpr int maxLines = 12;
    constexpr int maxCharacters = 600;
    QStringList lines = notes.trimmed().split(u'\n');
    const bool cut = lines.size() > maxLines;
    lines = lines.mid(0, maxLines);
    QString tip = lines.join(u'\n');
    if (cut || tip.size() > maxCharacters) {
        tip = tip.left(maxCharacters) + QStringLiteral(" …");
    }
    return ChecklistModel::tr("Notes:") + u'\n' + tip;
}

} // namespace

bool ChecklistRow::isTicked() const
{
    return assessment.status == AssessmentStatus::Done && assessment.result == AssessmentResult::Compliant;
}

bool ChecklistRow::isApplicable() const
{
    return assessment.applicability != Applicability::NotApplicable;
}

bool ChecklistRow::isDone() const
{
    return isApplicable() && assessment.status == AssessmentStatus::Done;
}

bool ChecklistRow::isOverdue(const QDate &today) const
{
    return isApplicable() && assessment.due.isValid() && assessment.due < today
        && assessment.status != AssessmentStatus::Done;
}

ChecklistModel::ChecklistModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
    , m_index(db)
{
    connect(&m_db, &Database::changed, this, &ChecklistModel::onDatabaseChanged);
}

void ChecklistModel::setCompany(qint64 companyId)
{
    if (companyId != m_companyId) {
        m_companyId = companyId;
        reload();
    }
}

void ChecklistModel::setGrouping(ChecklistGrouping grouping)
{
    if (grouping != m_grouping) {
        m_grouping = grouping;
        beginResetModel();
        regroup();
        endResetModel();
    }
}

void ChecklistModel::setFilter(const ChecklistFilter &filter)
{
    if (!(filter == m_filter)) {
        m_filter = filter;
        beginResetModel();
        regroup();
        endResetModel();
    }
}

void ChecklistModel::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        beginResetModel();
        regroup(); // group order follows the titles
        endResetModel();
    }
}

void ChecklistModel::setToday(const QDate &today)
{
    if (today != m_today) {
        m_today = today;
        beginResetModel();
        regroup();
        endResetModel();
    }
}

void ChecklistModel::retranslate()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ChecklistModel::reload()
{
    beginResetModel();
    m_all.clear();
    m_byKey.clear();
    if (m_companyId != 0) {
        loadReference();
        // The rows: what binds the company, and what a manager marked not applicable (listed, greyed); which
        // ones from the index, their texts and assessments read by id.
        QList<qint64> ids = m_index.markedNotApplicable(m_companyId);
        for (int i : m_index.applicable(m_companyId)) {
            ids.append(m_index.obligations()[std::size_t(i)].id);
        }
        readRows(ids);
    }
    regroup();
    endResetModel();
    Q_EMIT reloaded();
}

void ChecklistModel::readRows(const QList<qint64> &obligationIds)
{
    const QString companyUid
        = m_db.scalar(QStringLiteral("SELECT uid FROM companies WHERE id = ?"), {m_companyId}).toString();
    struct Order
    {
        QString announced;
        int position = 0;
    };
    QList<Order> order;
    // In chunks: an engine takes only so many bound values in one statement.
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < obligationIds.size(); start += chunk) {
        const QList<qint64> part = obligationIds.mid(start, chunk);
        QVariantList bindings{m_companyId};
        QString marks;
        for (qint64 id : part) {
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            bindings.append(id);
        }
        QSqlQuery &q = m_db.exec(
            QStringLiteral(
                "SELECT o.id, o.uid, o.text_en, o.text_zh, d.id, d.title_en, d.title_zh, "
                "d.announced_on, o.position, %1 FROM obligations o JOIN developments d ON d.id = "
                "o.development_id LEFT JOIN assessments s ON s.company_id = ? AND s.obligation_id = o.id "
                "WHERE o.id IN (%2)")
                .arg(assessmentColumns(), marks),
            bindings);
        while (q.next()) {
            ChecklistRow row;
            row.key = {m_companyId, q.value(0).toLongLong()};
            row.obligationUid = q.value(1).toString();
            row.obligation = {q.value(2).toString(), q.value(3).toString()};
            row.developmentId = q.value(4).toLongLong();
            row.development = {q.value(5).toString(), q.value(6).toString()};
            row.topics = m_topics.value(row.developmentId);
            row.assessment.companyUid = companyUid;
            readAssessment(q, 9, row);
            order.append({q.value(7).toString(), q.value(8).toInt()});
            m_all.append(row);
        }
        q.finish();
    }
    // Newest development first, then by development and the obligations' own order.
    QList<qsizetype> sorted(m_all.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    std::sort(sorted.begin(), sorted.end(), [&](qsizetype a, qsizetype b) {
        const Order &x = order.at(a);
        const Order &y = order.at(b);
        if (x.announced != y.announced) {
            return x.announced > y.announced;
        }
        if (m_all.at(a).developmentId != m_all.at(b).developmentId) {
            return m_all.at(a).developmentId < m_all.at(b).developmentId;
        }
        return x.position < y.position;
    });
    QList<ChecklistRow> rows;
    rows.reserve(m_all.size());
    for (qsizetype i : std::as_const(sorted)) {
        m_byKey.insert(m_all.at(i).key, int(rows.size()));
        rows.append(m_all.at(i));
    }
    m_all = rows;
}

void ChecklistModel::loadReference()
{
    // Names, which obligation binds which company, and the topics of the developments change rarely: read
    // once, again after such a change, and not when the user only switches companies. Marks of manual and
    // not applicable rows follow every change of assessments.
    if (m_referenceStale) {
        m_names.load(m_db);
        m_index.load();
        QHash<qint64, QString> topicCodes;
        QSqlQuery &t = m_db.exec(QStringLiteral("SELECT id, code FROM topics"));
        while (t.next()) {
            topicCodes.insert(t.value(0).toLongLong(), t.value(1).toString());
        }
        t.finish();
        m_topics.clear();
        for (const ApplicabilityIndex::Obligation &o : m_index.obligations()) {
            if (!m_topics.contains(o.development)) {
                QStringList &codes = m_topics[o.development];
                for (const qint64 *topic = m_index.topicsBegin(o); topic != m_index.topicsEnd(o); ++topic) {
                    codes.append(topicCodes.value(*topic));
                }
            }
        }
        m_referenceStale = false;
        m_marksStale = false;
    } else if (m_marksStale) {
        m_index.loadMarks();
        m_marksStale = false;
    }
}

bool ChecklistModel::passes(const ChecklistRow &row) const
{
    if (!m_filter.topic.isEmpty() && !row.topics.contains(m_filter.topic)) {
        return false;
    }
    if (m_filter.development != 0 && row.developmentId != m_filter.development) {
        return false;
    }
    switch (m_filter.show) {
    case ChecklistFilter::Show::All:
        return true;
    case ChecklistFilter::Show::Open:
        return row.isApplicable() && row.assessment.status != AssessmentStatus::Done;
    case ChecklistFilter::Show::Overdue:
        return row.isOverdue(m_today);
    case ChecklistFilter::Show::AssignedToMe:
        return !m_filter.me.isEmpty() && row.assessment.owner.compare(m_filter.me, Qt::CaseInsensitive) == 0;
    case ChecklistFilter::Show::ChangedSince:
        return row.assessment.id != 0 && row.assessment.changedAt.isValid()
            && row.assessment.changedAt.toLocalTime().date() >= m_filter.since;
    case ChecklistFilter::Show::ReReview:
        return row.assessment.reReview;
    }
    return true;
}

void ChecklistModel::regroup()
{
    m_groups.clear();
    QHash<QString, int> groupOf;
    const auto addTo = [&](const QString &key, const BilingualText &title, int row) {
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, int(m_groups.size()));
            m_groups.append({key, title, {}});
        }
        m_groups[*it].rows.append(row);
    };
    for (int i = 0; i < m_all.size(); ++i) {
        const ChecklistRow &row = m_all.at(i);
        if (!passes(row)) {
            continue;
        }
        if (m_grouping == ChecklistGrouping::ByDevelopment) {
            addTo(QString::number(row.developmentId), row.development, i);
        } else if (row.topics.isEmpty()) {
            addTo(QString(), {}, i);
        } else {
            for (const QString &topic : row.topics) {
                if (m_filter.topic.isEmpty() || topic == m_filter.topic) {
                    addTo(topic,
                          {m_names.topic(topic, Language::English), m_names.topic(topic, Language::Chinese)},
                          i);
                }
            }
        }
    }
    if (m_grouping == ChecklistGrouping::ByTopic) {
        const Language language = m_language;
        std::stable_sort(m_groups.begin(), m_groups.end(), [language](const Group &a, const Group &b) {
            if (a.key.isEmpty() != b.key.isEmpty()) {
                return b.key.isEmpty(); // "No topic" last
            }
            return QString::localeAwareCompare(a.title.preferring(language), b.title.preferring(language))
                < 0;
        });
    }
}

QString ChecklistModel::groupTitle(int group) const
{
    const Group &g = m_groups.at(group);
    if (m_grouping == ChecklistGrouping::ByTopic && g.key.isEmpty()) {
        return tr("No topic");
    }
    return g.title.preferring(m_language);
}

QList<ChecklistRow> ChecklistModel::groupRows(int group) const
{
    QList<ChecklistRow> rows;
    for (int i : m_groups.at(group).rows) {
        rows.append(m_all.at(i));
    }
    return rows;
}

const ChecklistRow *ChecklistModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0) {
        return nullptr;
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return &m_all.at(g.rows.at(index.row()));
}

QModelIndex ChecklistModel::indexOf(const AssessmentKey &key, int column) const
{
    const int wanted = m_byKey.value(key, -1);
    if (wanted < 0) {
        return {};
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype at = m_groups.at(g).rows.indexOf(wanted);
        if (at >= 0) {
            return createIndex(int(at), column, quintptr(g + 1));
        }
    }
    return {};
}

int ChecklistModel::applicableCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [this](const ChecklistRow &r) { return passes(r) && r.isApplicable(); }));
}

int ChecklistModel::doneCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [this](const ChecklistRow &r) { return passes(r) && r.isDone(); }));
}

int ChecklistModel::overdueCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [this](const ChecklistRow &r) { return passes(r) && r.isOverdue(m_today); }));
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).rows.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(m_groups.at(parent.row()).rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && index.column() == TickColumn) {
        result |= Qt::ItemIsUserCheckable;
    }
    return result;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
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
    return rowData(*row(index), index.column(), role);
}

QVariant ChecklistModel::groupData(const Group &group, int column, int role) const
{
    int applicable = 0;
    int done = 0;
    int overdue = 0;
    if (role == Qt::DisplayRole || role == ApplicableRole || role == DoneCountRole || role == ProgressRole
        || role == OverdueRole || role == Qt::ToolTipRole) {
        for (int i : group.rows) {
            const ChecklistRow &r = m_all.at(i);
            applicable += r.isApplicable() ? 1 : 0;
            done += r.isDone() ? 1 : 0;
            overdue += r.isOverdue(m_today) ? 1 : 0;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == ObligationColumn) {
            const int at = int(&group - m_groups.constData());
            return groupTitle(at);
        }
        if (column == StatusColumn) {
            return tr("%1 of %2 done").arg(done).arg(applicable);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 of %2 applicable obligations done, %n overdue", nullptr, overdue)
            .arg(done)
            .arg(applicable);
    case IsGroupRole:
        return true;
    case CompanyIdRole:
        return m_companyId;
    case ApplicableRole:
        return applicable;
    case DoneCountRole:
        return done;
    case OverdueRole:
        return overdue;
    case ProgressRole:
        return applicable == 0 ? -1.0 : double(done) / applicable;
    case SortRole:
        return group.title.preferring(m_language);
    default:
        return {};
    }
}

QVariant ChecklistModel::rowData(const ChecklistRow &r, int column, int role) const
{
    const Assessment &a = r.assessment;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ObligationColumn:
            return r.obligation.preferring(m_language);
        case StatusColumn:
            return Vocabulary::label(a.status);
        case ResultColumn:
            return Vocabulary::label(r.isApplicable() ? a.result : AssessmentResult::NotApplicable);
        case OwnerColumn:
            return a.owner;
        case DueColumn:
            return DateText::table(a.due);
        case EvidenceColumn:
            return r.evidenceCount > 0 ? QVariant(r.evidenceCount) : QVariant();
        case NotesColumn:
            return {}; // the delegate draws the mark
        case ChangedColumn:
            if (a.id == 0 || !a.changedAt.isValid()) {
                return {};
            }
            return tr("%1, %2").arg(a.changedBy, DateText::table(a.changedAt));
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == TickColumn) {
            return r.isTicked() ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ObligationColumn) {
            QString tip = r.obligation.preferring(m_language) + u'\n' + r.development.preferring(m_language);
            if (!r.isApplicable()) {
                tip += u'\n' + tr("Not applicable: %1").arg(a.justification);
            }
            if (a.reReview) {
                tip += u'\n'
                    + tr("Needs re-review: a later version of the development changed this obligation.");
            }
            return tip;
        }
        if (column == NotesColumn && hasNotes(a)) {
            return notesTip(a.notes);
        }
        if (column == DueColumn && r.isOverdue(m_today)) {
            return tr("Overdue by %n day(s)", nullptr, int(a.due.daysTo(m_today)));
        }
        return {};
    case IsGroupRole:
        return false;
    case CompanyIdRole:
        return r.key.companyId;
    case ObligationIdRole:
        return r.key.obligationId;
    case VersionRole:
        return a.version;
    case StatusRole:
        return int(a.status);
    case ResultRole:
        return int(a.result);
    case OverdueRole:
        return r.isOverdue(m_today);
    case ApplicableRole:
        return r.isApplicable();
    case DueRole:
        return a.due;
    case ChangedAtRole:
        return a.changedAt;
    case ReReviewRole:
        return a.reReview;
    case HasNotesRole:
        return hasNotes(a);
    case Qt::AccessibleTextRole:
        if (column == NotesColumn) {
            return hasNotes(a) ? tr("Has notes") : tr("No notes");
        }
        return {};
    case SortRole:
        switch (column) {
        case NotesColumn:
            return hasNotes(a);
        case DueColumn:
            return a.due;
        case ChangedColumn:
            return a.changedAt;
        case EvidenceColumn:
            return r.evidenceCount;
        default:
            return rowData(r, column, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TickColumn:
        return tr("Done");
    case ObligationColumn:
        return tr("Obligation");
    case StatusColumn:
        return tr("Status");
    case ResultColumn:
        return tr("Result");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case EvidenceColumn:
        return tr("Evidence");
    case NotesColumn:
        return tr("Notes");
    case ChangedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

void ChecklistModel::onDatabaseChanged(const QList<Change> &changes)
{
    const Entities entities = entitiesIn(changes);
    if (entities & ~Entities(Entity::Assessment)) {
        m_referenceStale = true;
    }
    if (entities & Entity::Assessment) {
        m_marksStale = true;
    }
    if (m_companyId == 0) {
        return;
    }
    QList<qint64> assessmentIds;
    for (const Change &change : changes) {
        if (change.entity != Entity::Assessment || change.id == 0 || change.kind == Change::Kind::Removed) {
            reload();
            return;
        }
        assessmentIds.append(change.id);
    }
    refreshRows(assessmentIds);
}

void ChecklistModel::refreshRows(const QList<qint64> &assessmentIds)
{
    if (assessmentIds.isEmpty()) {
        return;
    }
    QStringList placeholders;
    QVariantList bindings{m_companyId};
    for (qint64 id : assessmentIds) {
        placeholders.append(QStringLiteral("?"));
        bindings.append(id);
    }
    QSet<int> touched;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT s.obligation_id, %1 FROM assessments s WHERE s.company_id = ? "
                                   "AND s.id IN (%2)")
                        .arg(assessmentColumns(), placeholders.join(u',')),
                    bindings);
    bool missing = false;
    while (q.next()) {
        const int at = m_byKey.value({m_companyId, q.value(0).toLongLong()}, -1);
        if (at < 0) {
            missing = true; // added to the checklist by hand: the row set changes
            continue;
        }
        readAssessment(q, 1, m_all[at]);
        touched.insert(at);
    }
    q.finish();
    if (missing) {
        reload();
        return;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        bool groupTouched = false;
        const QList<int> &rows = m_groups.at(g).rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (touched.contains(rows.at(r))) {
                const QModelIndex parent = createIndex(g, 0, quintptr(0));
                Q_EMIT dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent));
                groupTouched = true;
            }
        }
        if (groupTouched) {
            Q_EMIT dataChanged(createIndex(g, 0, quintptr(0)), createIndex(g, ColumnCount - 1, quintptr(0)));
        }
    }
}

} // namespace rt::core
