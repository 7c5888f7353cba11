// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationTableModel.h"

#include "Applicability.h"
#include "AuthorityRepository.h"
#include "Change.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "Vocabulary.h"

namespace rt::core {

ObligationTableModel::ObligationTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, &ObligationTableModel::onDatabaseChanged);
}

void ObligationTableModel::setDevelopment(qint64 developmentId)
{
    if (developmentId == m_developmentId) {
        return;
    }
    m_developmentId = developmentId;
    reload();
}

void ObligationTableModel::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        retranslate();
    }
}

void ObligationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

void ObligationTableModel::onDatabaseChanged(const QList<Change> &changes)
{
    if (m_developmentId != 0
        && (entitiesIn(changes)
            & (Entities(Entity::Development) | Entity::Obligation | Entity::Company | Entity::Assessment
               | Entity::Vocabulary))) {
        reload();
    }
}

void ObligationTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_developmentId != 0) {
        m_names.load(m_db);
        AuthorityRepository reference(m_db);
        DevelopmentRepository developments(m_db, reference);
        const QList<Obligation> obligations = developments.obligations(m_developmentId);
        QHash<qint64, std::pair<int, int>> counts;
        QSqlQuery &q = m_db.exec(
            QStringLiteral(
                "SELECT p.obligation_id, SUM(CASE WHEN s.status = 'done' AND s.result = 'compliant' "
                "THEN 1 ELSE 0 END), COUNT(*) FROM (%1) p LEFT JOIN assessments s ON "
                "s.company_id = p.company_id AND s.obligation_id = p.obligation_id "
                "GROUP BY p.obligation_id")
                .arg(applicablePairs(std::nullopt, m_developmentId)));
        while (q.next()) {
            counts.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
        }
        q.finish();
        for (const Obligation &o : obligations) {
            const auto [ticked, applicable] = counts.value(o.id);
            m_rows.append({o, ticked, applicable});
        }
    }
    endResetModel();
}

int ObligationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObligationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObligationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole) {
        role = Qt::ToolTipRole; // what the tool tip tells a reader who points, told to a listener
    }
    const Row &row = m_rows.at(index.row());
    const Obligation &o = row.obligation;
    const QString separator = m_language == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; ");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return Vocabulary::label(o.kind);
        case TextColumn:
            return o.text.preferring(m_language);
        case ParametersColumn: {
            QStringList parts;
            for (const ObligationParameter &p : o.parameters) {
                parts.append(describeParameter(p, m_language));
            }
            return parts.join(separator);
        }
        case AppliesToColumn: {
            QStringList parts;
            for (const QString &tag : o.appliesTo) {
                parts.append(m_names.tag(tag, m_language));
            }
            return parts.join(m_language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
        }
        case TickedColumn:
            return tr("%1 of %2").arg(row.ticked).arg(row.applicable);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            return o.text.isComplete() ? o.text.en + QStringLiteral("\n\n") + o.text.zh
                                       : o.text.preferring(m_language);
        }
        if (index.column() == TickedColumn) {
            return QString(tr("%n compan(ies) bound by this obligation", nullptr, row.applicable) + u'\n'
                           + tr("%n ticked it (done and compliant)", nullptr, row.ticked));
        }
        return {};
    case IdRole:
        return o.id;
    case UidRole:
        return o.uid;
    case TextEnRole:
        return o.text.en;
    case TextZhRole:
        return o.text.zh;
    case TickedRole:
        return row.ticked;
    case ApplicableRole:
        return row.applicable;
    }
    return {};
}

QVariant ObligationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Obligation");
    case ParametersColumn:
        return tr("Parameters");
    case AppliesToColumn:
        return tr("Applies to");
    case TickedColumn:
        return tr("Ticked");
    }
    return {};
}

} // namespace rt::core
