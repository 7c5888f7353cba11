// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The queries behind the developments browser, as functions of one connection: how many developments a filter
// lets through, a page of them in the chosen order (with their issuers and topics), every match of a ranked
// search in order, and the counts of a facet. The table and facet models run them on the interface's
// connection; BackgroundBrowse runs the same on a worker's, so both give the same answers.

#include "BilingualText.h"
#include "DevelopmentFilter.h"
#include "DevelopmentQuery.h"

#include <QDate>
#include <QList>
#include <QVariant>

namespace rt::core {

class Database;
class TextSearch;

// One row of the developments table.
struct DevelopmentRow
{
    qint64 id = 0;
    QString uid;
    QDate announced;
    QDate announcedUntil; // valid when the date is approximate
    BilingualText title;
    QString kind;
    QString stage;
    QStringList authorities; // codes, in their order
    QStringList topics; // codes, in their order
    QVariant sortKey; // where the next page starts
};

// The order of the table: a column of DevelopmentTableModel, or relevance (ranked search results).
struct DevelopmentOrder
{
    static constexpr int relevance = -1;
    static constexpr int date = 0; // DevelopmentTableModel::DateColumn; the other columns follow it
    int column = date;
    Qt::SortOrder order = Qt::DescendingOrder;
    Language language = Language::English; // titles sort in this language

    friend bool operator==(const DevelopmentOrder &, const DevelopmentOrder &) = default;
};

// One value of a facet with the developments that have it.
struct FacetCount
{
    QString key;
    int count = 0;

    friend bool operator==(const FacetCount &, const FacetCount &) = default;
};

class BrowseQuery final
{
public:
    BrowseQuery(Database &db, const TextSearch &search);

    // Whether the filter is answered from a ranked search (full text with text in the filter): its matches
    // are then listed whole (ordered()) and pages are cut from that list; otherwise pages follow each other
    // by key.
    bool ranks(const DevelopmentFilter &filter) const;

    int count(const DevelopmentFilter &filter) const;
    // Whether the filter lets this development through.
    bool contains(const DevelopmentFilter &filter, qint64 id) const;
    // Every development in the library.
    qint64 libraryCount() const;
    // The page after `after` (null: the first), in order.
    QList<DevelopmentRow> page(const DevelopmentFilter &filter, const DevelopmentOrder &order,
                               const DevelopmentRow *after, int limit) const;
    // Every development the filter lets through, in order: what a ranked search pages through.
    QList<qint64> ordered(const DevelopmentFilter &filter, const DevelopmentOrder &order) const;
    // These developments, in this order (one that is gone is left out).
    QList<DevelopmentRow> rows(const QList<qint64> &ids) const;
    // A facet's values with their counts under the filter (the facet's own constraint left out), in no order.
    QList<FacetCount> facet(Facet facet, const DevelopmentFilter &filter) const;

private:
    QList<DevelopmentRow> rowsOf(const QList<qint64> &ids) const;
    QString sortKey(const DevelopmentOrder &order) const;
    void addLinks(QList<DevelopmentRow> &rows) const;

    Database &m_db;
    const TextSearch &m_search;
};

} // namespace rt::core
