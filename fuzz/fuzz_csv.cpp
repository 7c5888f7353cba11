// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files of developments: decoded, read row by row, then matched with the demo database.

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rt::fuzz::startQt(argc, argv);
    rt::fuzz::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return rt::fuzz::parseImport(data, size, rt::core::ImportFormat::Csv, QStringLiteral("fuzz.csv"));
}
