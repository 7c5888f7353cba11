// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange files (JSON): the parser, and for what it accepts, a dry-run import against the demo database,
// which checks references and is rolled back.

#include "ExchangeFormat.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rt::fuzz::startQt(argc, argv);
    rt::fuzz::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const rt::core::ExchangeDocument document
            = rt::core::ExchangeFormat::parse(rt::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
        rt::core::ExchangeImporter(rt::fuzz::demoDatabase()).importDocument(document, true);
    } catch (const rt::core::Error &) {
    }
    return 0;
}
