// SPDX-License-Identifier: GPL-3.0-or-later
// RSS and Atom feeds: decoded, read entry by entry, then matched with the demo database.

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rt::fuzz::startQt(argc, argv);
    rt::fuzz::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return rt::fuzz::parseImport(data, size, rt::core::ImportFormat::Feed, QStringLiteral("fuzz.xml"));
}
