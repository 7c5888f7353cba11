// SPDX-License-Identifier: GPL-3.0-or-later
// Saved web pages and HTML e-mail: read by libxml2's HTML parser into text, then split and matched with the
// demo database.

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rt::fuzz::startQt(argc, argv);
    rt::fuzz::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return rt::fuzz::readDocument(data, size, rt::core::ImportFormat::Html, QStringLiteral("page.html"));
}
