// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "Error.h"

namespace rt::core {

QChar CsvReader::separatorFor(QStringView headerLine)
{
    // Separators inside quoted header cells do not count.
    qsizetype counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            for (int i = 0; i < 3; ++i) {
                if (c == candidates[i]) {
                    ++counts[i];
                }
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    return candidates[best];
}

CsvTable CsvReader::parse(const QString &text, const QString &fileName)
{
    QStringView input(text);
    if (input.startsWith(QChar(0xFEFF))) {
        input = input.sliced(1);
    }
    const qsizetype firstBreak = input.indexOf(u'\n');
    const QChar separator = separatorFor(firstBreak < 0 ? input : input.first(firstBreak));

    CsvTable table;
    bool haveHeader = false;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    bool rowHasContent = false; // a line with nothing on it is skipped, not read as one empty cell

    const auto endRow = [&] {
        if (!rowHasContent) {
            return;
        }
        row.append(field);
        if (!haveHeader) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                row[i] = row.at(i).trimmed();
                if (row.at(i).isEmpty()) {
                    throw Error(Error::Code::InvalidInput,
                                tr("%1, line %2: column %3 of the header has no name.")
                                    .arg(fileName)
                                    .arg(rowLine)
                                    .arg(i + 1));
                }
            }
            table.header = row;
            haveHeader = true;
        } else {
            if (row.size() != table.header.size()) {
                throw Error(Error::Code::InvalidInput,
                            tr("%1: line %2 has %3 fields; the header has %4.")
                                .arg(fileName)
                                .arg(rowLine)
                                .arg(row.size())
                                .arg(table.header.size()));
            }
            table.rows.append(row);
            table.lines.append(rowLine);
        }
        row.clear();
        field.clear();
        rowHasContent = false;
    };

    const qsizetype size = input.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = input.at(i);
        if (c == u'"' && field.isEmpty()) {
            // A quoted field: separators and line breaks are part of it, "" is one quote.
            const int quoteLine = line;
            rowHasContent = true;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar q = input.at(i);
                if (q == u'"') {
                    if (i + 1 < size && input.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                // Line breaks inside a field become '\n' whatever the file uses.
                if (q == u'\r' && i + 1 < size && input.at(i + 1) == u'\n') {
                    ++i;
                    continue;
                }
                if (q == u'\n' || q == u'\r') {
                    ++line;
                    field.append(u'\n');
                } else {
                    field.append(q);
                }
                ++i;
            }
            if (!closed) {
                throw Error(Error::Code::InvalidInput,
                            tr("%1, line %2: a quoted field starts here and is never closed.")
                                .arg(fileName)
                                .arg(quoteLine));
            }
            if (i < size && input.at(i) != separator && input.at(i) != u'\n' && input.at(i) != u'\r') {
                throw Error(Error::Code::InvalidInput,
                            tr("%1, line %2: a quoted field is followed by “%3” instead of a separator.")
                                .arg(fileName)
                                .arg(line)
                                .arg(input.at(i)));
            }
            continue;
        }
        if (c == separator) {
            row.append(field);
            field.clear();
            rowHasContent = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && input.at(i + 1) == u'\n') {
                ++i;
            }
            endRow();
            ++line;
            rowLine = line;
        } else {
            field.append(c);
            rowHasContent = true;
        }
        ++i;
    }
    endRow();

    if (!haveHeader) {
        throw Error(Error::Code::InvalidInput, tr("%1 has no header line.").arg(fileName));
    }
    return table;
}

} // namespace rt::core
