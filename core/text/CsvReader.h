// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads comma-separated text (RFC 4180) into a header and rows of cells. The separator is a comma, or a
// semicolon or tab when the header line uses one of those instead (as spreadsheets in some locales save).
// Cells are returned as written, untrimmed; blank lines are skipped. Every row has exactly as many cells as
// the header, or parse() throws naming the line.

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rt::core {

struct CsvTable
{
    QStringList header; // trimmed, none empty
    QList<QStringList> rows;
    QList<int> lines; // 1-based line where each row starts
};

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::CsvReader)
public:
    // Throws Error(InvalidInput) naming fileName and the line: an unterminated quote, a row with more or
    // fewer fields than the header, an empty header cell, no header at all.
    static CsvTable parse(const QString &text, const QString &fileName);

    // The separator parse() uses for text whose first line is headerLine: ',', ';' or '\t'.
    static QChar separatorFor(QStringView headerLine);
};

} // namespace rt::core
