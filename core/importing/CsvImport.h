// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a CSV table (CsvReader) into what RegTracker imports: candidate developments for ImportService, or
// bulk status updates of checklists (AssessmentImport). A CsvColumnMapping says which column holds which
// field; guess() proposes one from the header and the import dialog lets the user correct it.

#include "AssessmentService.h"
#include "Authority.h"
#include "CsvReader.h"
#include "ImportBatch.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace rt::core {

class Database;

enum class CsvContent { Developments, Assessments };

struct CsvColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::CsvColumnMapping)
public:
    CsvContent content = CsvContent::Developments;
    QHash<QString, int> columns; // field key -> column index in the table

    // developments: uid, title_en, title_zh, authorities, kind, stage, announced, comment_deadline,
    // effective, topics, summary_en, summary_zh, url, source, item; assessments: company, obligation, status,
    // result, owner, due, notes.
    static QStringList fields(CsvContent content);
    // Each entry is one requirement: a field key, or several keys joined by '|' when any one of them will do
    // ("title_en|title_zh").
    static QStringList requiredFields(CsvContent content);
    // The translated name of a field key, for the mapping step; for "a|b", the names joined by “or”.
    static QString fieldLabel(const QString &key);

    // From header names in English or Chinese, compared without case, spaces, '_', '-', '.' and brackets.
    // The content is Assessments when both a company and an obligation column are found. A column is
    // given to at most one field, and a field to its first matching column.
    static CsvColumnMapping guess(const QStringList &header);

    // Translated sentences: a required field without a column, a column chosen for two fields. Empty when
    // the mapping can be used.
    QStringList problems() const;
};

class CsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::CsvImport)
public:
    // One ImportItem per row: number is the row's "item" cell or its position, line the row's first line,
    // sourceText the row's non-empty cells as "Header: value" lines (spans point at the values). Issuing
    // authorities are codes, names or abbreviations in either language, separated by ',', '、', ';'; those
    // not in `authorities` (code → authority) go to unknownAuthorities with a warning. Kinds and stages are
    // keys or labels in English or Chinese; dates are YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or D Month YYYY.
    // A title in the English column written in Chinese (and no Chinese title) is taken as the Chinese one.
    // Throws Error(InvalidInput) when the mapping has problems, and for a cell that cannot be read:
    // “file.csv, line 4, column “Announced”: …”.
    static ImportBatch developments(const CsvTable &table, const CsvColumnMapping &mapping,
                                    const QString &fileName, const QHash<QString, Authority> &authorities);
    // The same, handing each row's item to `receive` as it is read and letting go of the row's cells (move
    // the table in); the batch returned has no items.
    static ImportBatch visitDevelopments(CsvTable table, const CsvColumnMapping &mapping,
                                         const QString &fileName,
                                         const QHash<QString, Authority> &authorities,
                                         const ImportItemVisitor &receive);
};

// Bulk status updates of a checklist: company, obligation, status, result, owner, due, notes.
struct AssessmentImportRow
{
    QString file; // the file's name, for messages
    int line = 0;
    QString company; // id, uid or name in either language
    QString obligationUid;
    AssessmentEdit edit; // the fields whose cells are not empty
};

struct AssessmentImportResult
{
    int updated = 0;
    int unchanged = 0;
    bool cancelled = false; // nothing was written
};

class AssessmentImport final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::AssessmentImport)
public:
    explicit AssessmentImport(Database &db);

    // Reads the rows; status and result accept keys and labels in English or Chinese (待办, 进行中, 审核中,
    // 已完成; 未评估, 合规, 部分合规, 不合规, 不适用). An empty cell leaves its field as it is. Throws
    // Error(InvalidInput) naming the file, line and column of a cell that cannot be read.
    QList<AssessmentImportRow> rows(const CsvTable &table, const CsvColumnMapping &mapping,
                                    const QString &fileName) const;

    // Writes the rows in one transaction through AssessmentService (audited, change-notified). An unknown
    // company or obligation throws naming the line, and nothing is written. progress(done, total) returning
    // false cancels, and nothing is written. With dryRun everything is checked and then rolled back.
    AssessmentImportResult apply(const QList<AssessmentImportRow> &rows, bool dryRun = false,
                                 const std::function<bool(int, int)> &progress = {});

private:
    Database &m_db;
};

} // namespace rt::core
