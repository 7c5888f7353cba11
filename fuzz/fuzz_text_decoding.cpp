// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes to text: byte-order marks, UTF-8, UTF-16, GB18030 and everything that is none of them.

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rt::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const rt::core::DecodedText decoded
            = rt::core::TextDecoding::decode(rt::fuzz::bytes(data, size), QStringLiteral("fuzz.txt"));
        if (decoded.encoding.isEmpty()) {
            __builtin_trap(); // every decoded text names its encoding
        }
    } catch (const rt::core::Error &) {
    }
    return 0;
}
