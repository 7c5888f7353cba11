// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The obligation changes of a redline as a table: what happened to each obligation (added, removed, changed,
// unchanged), its place in each version, its text in the content language, what changed besides the wording
// (parameters as values, kind, whom it binds), and how many companies' checklist rows it touches. The view
// colours and marks rows from KindRole; a row leads to its place in the redline through AnchorRole.

#include "RedlineImpact.h"
#include "ReferenceNames.h"

#include <QAbstractTableModel>

namespace rt::core {

class RedlineObligationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangeColumn, PlaceColumn, ObligationColumn, NotesColumn, CompaniesColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // ObligationChange::Kind as int
        AnchorRole, // the anchor of the change in RedlineHtml's document
        ChangeIndexRole, // index into Redline::obligations
    };

    explicit RedlineObligationModel(QObject *parent = nullptr);

    void setRedline(const Redline &redline, const QList<CompanyImpact> &companies,
                    const ReferenceNames &names);
    void setLanguage(Language language);
    void setOnlyChanges(bool only);
    void retranslate();
    // The row showing a change, -1 when it is hidden.
    int rowOf(qsizetype change) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    Redline m_redline;
    QHash<qsizetype, int> m_companies; // change → companies whose rows it touches
    ReferenceNames m_names;
    Language m_language = Language::English;
    bool m_onlyChanges = false;
    QList<qsizetype> m_rows; // the changes shown, in order
};

} // namespace rt::core
