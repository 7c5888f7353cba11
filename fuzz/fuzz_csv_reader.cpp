// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on its own: RFC 4180 quoting, separators, line counting. What it returns keeps its promise:
// every row as wide as the header, one start line per row, lines rising.

#include "CsvReader.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rt::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        // Any text, not only what TextDecoding lets through: NULs and replacement characters included.
        const rt::core::CsvTable table = rt::core::CsvReader::parse(
            QString::fromUtf8(rt::fuzz::bytes(data, size)), QStringLiteral("fuzz.csv"));
        if (table.lines.size() != table.rows.size()) {
            __builtin_trap();
        }
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            if (table.rows.at(i).size() != table.header.size() || table.lines.at(i) < 2
                || (i > 0 && table.lines.at(i) <= table.lines.at(i - 1))) {
                __builtin_trap();
            }
        }
    } catch (const rt::core::Error &) {
    }
    return 0;
}
