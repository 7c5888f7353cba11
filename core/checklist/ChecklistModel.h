// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One company's checklist as a two-level tree: group rows (a development, or a topic) with their progress,
// and under them one row per obligation that binds the company, or that a manager marked not applicable.
//
// The model never writes: views call AssessmentService (through undo commands) and the model follows the
// change notifications. A change to some assessments re-reads only those rows; anything larger reloads.

#include "ApplicabilityIndex.h"
#include "AssessmentService.h"
#include "BilingualText.h"
#include "Company.h"
#include "ReferenceNames.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

namespace rt::core {

class Database;
struct Change;

enum class ChecklistGrouping { ByDevelopment, ByTopic };

struct ChecklistFilter
{
    enum class Show { All, Open, Overdue, AssignedToMe, ChangedSince, ReReview };
    Show show = Show::All;
    QString me; // owner name for AssignedToMe
    QDate since; // for ChangedSince
    QString topic; // topic code; empty: every topic
    qint64 development = 0; // 0: every development

    friend bool operator==(const ChecklistFilter &, const ChecklistFilter &) = default;
};

// One row of a checklist, as the model and the reports see it.
struct ChecklistRow
{
    AssessmentKey key;
    QString obligationUid;
    BilingualText obligation;
    qint64 developmentId = 0;
    BilingualText development;
    QStringList topics; // codes
    Assessment assessment; // version 0 when the row has never been edited
    int evidenceCount = 0;

    bool isTicked() const;
    bool isApplicable() const; // not marked not applicable
    bool isDone() const;
    bool isOverdue(const QDate &today) const; // due date passed and not Done
};

class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        TickColumn,
        ObligationColumn,
        StatusColumn,
        ResultColumn,
        OwnerColumn,
        DueColumn,
        EvidenceColumn,
        NotesColumn, // a mark where the row has notes; its tooltip shows them
        ChangedColumn,
        ColumnCount
    };
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        CompanyIdRole,
        ObligationIdRole,
        VersionRole,
        StatusRole, // AssessmentStatus as int
        ResultRole, // AssessmentResult as int
        OverdueRole, // bool (rows); number of overdue rows (groups)
        ApplicableRole, // bool (rows); applicable rows (groups)
        DoneCountRole, // groups: rows that are Done
        ProgressRole, // groups: done / applicable in [0, 1]; -1 when nothing applies
        DueRole, // QDate
        ChangedAtRole, // QDateTime
        ReReviewRole, // bool: a later version changed the obligation since the row was last reviewed
        HasNotesRole, // bool: the row's assessment has notes
        SortRole,
    };

    explicit ChecklistModel(Database &db, QObject *parent = nullptr);

    void setCompany(qint64 companyId);
    qint64 company() const { return m_companyId; }
    void setGrouping(ChecklistGrouping grouping);
    ChecklistGrouping grouping() const { return m_grouping; }
    void setFilter(const ChecklistFilter &filter);
    ChecklistFilter filter() const { return m_filter; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void setToday(const QDate &today); // tests; defaults to the current date
    QDate today() const { return m_today; }
    void retranslate();

    // Group titles and their rows as shown (the reports print exactly this).
    int groupCount() const { return int(m_groups.size()); }
    QString groupTitle(int group) const;
    QList<ChecklistRow> groupRows(int group) const;
    const ChecklistRow *row(const QModelIndex &index) const; // null for group rows
    QModelIndex indexOf(const AssessmentKey &key, int column = 0) const; // first row with that key
    // Rows that are applicable / done / overdue, over the whole (filtered) checklist; a row listed under
    // several topics counts once.
    int applicableCount() const;
    int doneCount() const;
    int overdueCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void reloaded();

private:
    struct Group
    {
        QString key; // development id or topic code
        BilingualText title;
        QList<int> rows; // indexes into m_all
    };
    void reload();
    void readRows(const QList<qint64> &obligationIds);
    void regroup();
    void loadReference();
    bool passes(const ChecklistRow &row) const;
    void onDatabaseChanged(const QList<Change> &changes);
    void refreshRows(const QList<qint64> &assessmentIds);
    QVariant rowData(const ChecklistRow &row, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    Database &m_db;
    qint64 m_companyId = 0;
    ChecklistGrouping m_grouping = ChecklistGrouping::ByDevelopment;
    ChecklistFilter m_filter;
    Language m_language = Language::English;
    QDate m_today;
    QList<ChecklistRow> m_all; // every row of the company, unfiltered
    QList<Group> m_groups;
    QHash<AssessmentKey, int> m_byKey; // index into m_all
    ReferenceNames m_names;
    QHash<qint64, QStringList> m_topics; // topic codes by development id (of obligations' developments)
    ApplicabilityIndex m_index;
    bool m_referenceStale = true;
    bool m_marksStale = false;
};

} // namespace rt::core
