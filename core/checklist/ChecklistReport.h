#pragma once
// A company's checklist as a report: the groups and rows as the checklist view shows them, with summary
// counts by status and by result. Written here as CSV (RFC 4180, UTF-8 with a byte-order mark so that
// spreadsheet programs show Chinese); the PDF and the iCalendar export are drawn from the same data in
// reports/.

#include "ChecklistModel.h"

#include <QCoreApplication>
#include <QMap>

namespace rt::core {

struct ChecklistReport
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ChecklistReport)
public:
    struct Group
    {
        QString title;
        int done = 0;
        int applicable = 0;
        QList<ChecklistRow> rows;
    };

    Company company;
    Language language = Language::English;
    QDate today;
    QDateTime generatedAt;
    QList<Group> groups;
    QMap<AssessmentStatus, int> byStatus; // applicable rows only
    QMap<AssessmentResult, int> byResult; // every row (not applicable ones under Not applicable)
    int applicable = 0;
    int done = 0;
    int overdue = 0;

    // Reads everything from the model as it stands (company, grouping, filter and language already set).
    static ChecklistReport fromModel(const ChecklistModel &model, const Company &company);
    // A company's whole checklist as the checklist view first shows it (every row), grouped as asked. Throws
    // Error(NotFound) when there is no such company.
    static ChecklistReport forCompany(Database &db, qint64 companyId, ChecklistGrouping grouping,
                                      Language language);

    QString companyName() const;
    QStringList columnTitles() const;
    // The cells of one row as the report prints them.
    QStringList cells(const ChecklistRow &row) const;
    QByteArray toCsv() const;

    // One CSV field, quoted per RFC 4180 when it holds a comma, a quote, or a line break.
    static QString csvField(const QString &value);
};

} // namespace rt::core
