// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agenda as a two-level tree: one group row per period (Overdue, Today, This week, Next week, Later) that
// has items, and under it the items, the user's own rows first, then by date. Columns: a tick for checklist
// rows, the date, how far it is, the kind of date, what it is about, the company, the owner and the status.
//
// The model never writes; it reads again whenever the database announces a change to assessments,
// obligations, developments or companies, so a row ticked anywhere leaves the agenda at once. Colours are the
// view's business: the model tells through roles what is overdue and what is the user's own.

#include "Agenda.h"

#include <QAbstractItemModel>

namespace rt::core {

class Database;
class TextSearch;

class AgendaModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        TickColumn,
        DateColumn,
        WhenColumn,
        KindColumn,
        ItemColumn,
        CompanyColumn,
        OwnerColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        PeriodRole, // AgendaPeriod as int
        KindRole, // AgendaKind as int (items)
        DateRole, // QDate
        OverdueRole, // bool (items); number of overdue items (groups)
        MineRole, // bool: the user's own row
        CountRole, // groups: number of items
        DevelopmentIdRole,
        CompanyIdRole, // rows: the company (0 for other items)
        ObligationIdRole,
        StatusRole, // AssessmentStatus as int (rows)
        UidRole, // AgendaItem::uid()
    };

    // search reads the shared filter's text (it must outlive the model); null: the text is ignored.
    AgendaModel(Database &db, const TextSearch *search, QObject *parent = nullptr);

    AgendaQuery query() const { return m_query; }
    void setToday(const QDate &today); // defaults to the current date; the view moves it on at midnight
    QDate today() const { return m_query.today; }
    void setHorizon(int days);
    void setKinds(AgendaKinds kinds);
    void setCompany(qint64 companyId);
    void setOwner(const QString &owner); // empty: everybody's
    void setFilter(const DevelopmentFilter &filter);
    // Who "mine" is: their rows come first in each period and carry MineRole.
    void setMe(const QString &me);
    QString me() const { return m_me; }
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDay; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void retranslate();

    // Reads the items again (the model does this itself on change notifications).
    void reload();

    int itemCount() const { return int(m_items.size()); }
    int overdueCount() const;
    const AgendaItem *item(const QModelIndex &index) const; // null for group rows
    QModelIndex indexOf(const QString &uid, int column = 0) const;
    // Periods with items, in order, and the items under each, as shown (the `due` command prints these).
    QList<AgendaPeriod> periods() const;
    QList<AgendaItem> itemsIn(AgendaPeriod period) const;
    QString groupTitle(AgendaPeriod period) const; // "This week · 9–14 Sep · 3 items"

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
        AgendaPeriod period;
        QList<int> items; // indexes into m_items
    };
    void setQuery(const AgendaQuery &query);
    void regroup();
    bool isMine(const AgendaItem &item) const;
    QVariant itemData(const AgendaItem &item, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    Database &m_db;
    const TextSearch *m_search;
    AgendaQuery m_query;
    QString m_me;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    Language m_language = Language::English;
    QList<AgendaItem> m_items;
    QList<Group> m_groups;
};

} // namespace rt::core
