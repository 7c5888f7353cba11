// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineObligationModel.h"

#include "RedlineHtml.h"
#include "RedlineText.h"

#include <QSet>

namespace rt::core {

RedlineObligationModel::RedlineObligationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RedlineObligationModel::setRedline(const Redline &redline, const QList<CompanyImpact> &companies,
                                        const ReferenceNames &names)
{
    beginResetModel();
    m_redline = redline;
    m_names = names;
    m_companies.clear();
    for (const CompanyImpact &company : companies) {
        QSet<qsizetype> counted;
        for (const AffectedRow &row : company.rows) {
            if (!counted.contains(row.change)) {
                counted.insert(row.change);
                ++m_companies[row.change];
            }
        }
    }
    rebuild();
    endResetModel();
}

void RedlineObligationModel::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    }
}

void RedlineObligationModel::setOnlyChanges(bool only)
{
    if (only != m_onlyChanges) {
        beginResetModel();
        m_onlyChanges = only;
        rebuild();
        endResetModel();
    }
}

void RedlineObligationModel::retranslate()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RedlineObligationModel::rebuild()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_redline.obligations.size(); ++i) {
        if (!m_onlyChanges || m_redline.obligations.at(i).kind != ObligationChange::Kind::Unchanged) {
            m_rows.append(i);
        }
    }
}

int RedlineObligationModel::rowOf(qsizetype change) const
{
    return int(m_rows.indexOf(change));
}

int RedlineObligationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RedlineObligationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedlineObligationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole) {
        role = Qt::ToolTipRole; // what the tool tip tells a reader who points, told to a listener
    }
    const qsizetype at = m_rows.at(index.row());
    const ObligationChange &c = m_redline.obligations.at(at);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return RedlineText::changeLabel(c.kind);
        case PlaceColumn:
            return RedlineText::obligationNumber(c);
        case ObligationColumn:
            return c.current().text.preferring(m_language);
        case NotesColumn:
            return RedlineText::obligationNotes(c, m_names, m_language).join(u'\n');
        case CompaniesColumn:
            return m_companies.value(at) > 0 ? QVariant(m_companies.value(at)) : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CompaniesColumn && m_companies.value(at) > 0) {
            return tr("The checklists of %n company(ies) have rows this change touches.", nullptr,
                      m_companies.value(at));
        }
        return index.column() == ObligationColumn ? c.current().text.preferring(m_language) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == CompaniesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole:
        return int(c.kind);
    case AnchorRole:
        return RedlineHtml::obligationAnchor(at);
    case ChangeIndexRole:
        return qint64(at);
    default:
        return {};
    }
}

QVariant RedlineObligationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case PlaceColumn:
        return tr("Place");
    case ObligationColumn:
        return tr("Obligation");
    case NotesColumn:
        return tr("What changed");
    case CompaniesColumn:
        return tr("Companies");
    default:
        return {};
    }
}

} // namespace rt::core
