// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A company's checklist as a report: the groups and rows as the checklist view shows them, with summary
// counts by status and by result. Written here as CSV (RFC 4180, UTF-8 with a byte-order mark so that
// spreadsheet programs show Chinese); the PDF and the iCalendar export are drawn from the same data in
// reports/.

#include "ChecklistModel.h"
#include "ChineseScript.h"

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
    // The characters Chinese content is written in: Simplified as stored, or converted to Traditional.
    ChineseScript::Form chinese = ChineseScript::Form::Simplified;

    // Reads everything from the model as it stands (company, grouping, filter and language already set).
    static ChecklistReport fromModel(const ChecklistModel &model, const Company &company);
    // Writes the Chinese content (company name, group titles, obligations, developments) in the form's
    // characters, as the window shows it when asked to.
    void convertChinese(ChineseScript::Form form);
    // What a converted report says about it (empty when nothing was converted): the stored Simplified text
    // prevails.
    QString conversionNote() const;
    // A company's whole checklist as the checklist view first shows it (every row), grouped as asked. Throws
    // Error(NotFound) when there is no such company.
    static ChecklistReport forCompany(Database &db, qint64 companyId, ChecklistGrouping grouping,
                                      Language language);

    QString companyName() const;
    QStringList columnTitles() const;
    // The cells of one row as the report prints them.
    QStringList cells(const ChecklistRow &row) const;
    // Cells a spreadsheet would take for a formula (beginning with =, +, -, @, a tab or a carriage return)
    // are neutralised as OWASP recommends, with a leading apostrophe, unless raw values are asked for.
    enum class CsvValues { Neutralised, Raw };
    QByteArray toCsv(CsvValues values = CsvValues::Neutralised) const;

    // One CSV field, quoted per RFC 4180 when it holds a comma, a quote, or a line break.
    static QString csvField(const QString &value);
    // A cell that a spreadsheet would read as a formula, made plain text.
    static QString neutralised(const QString &value);
};

} // namespace rt::core
