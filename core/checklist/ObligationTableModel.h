// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The obligations of one development, with how many of the companies they bind have ticked them (Done and
// Compliant). Refreshes when the development, its obligations, companies or assessments change.

#include "BilingualText.h"
#include "Obligation.h"
#include "ReferenceNames.h"

#include <QAbstractTableModel>

namespace rt::core {

class Database;
struct Change;

class ObligationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, ParametersColumn, AppliesToColumn, TickedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UidRole, TextEnRole, TextZhRole, TickedRole, ApplicableRole };

    explicit ObligationTableModel(Database &db, QObject *parent = nullptr);

    void setDevelopment(qint64 developmentId);
    qint64 development() const { return m_developmentId; }
    void setLanguage(Language language);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Obligation obligation;
        int ticked = 0;
        int applicable = 0;
    };
    void reload();
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    qint64 m_developmentId = 0;
    Language m_language = Language::English;
    QList<Row> m_rows;
    ReferenceNames m_names;
};

} // namespace rt::core
