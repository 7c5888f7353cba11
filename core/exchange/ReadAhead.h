// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an exchange file on a thread of its own while the calling thread writes what was read: reading
// (JSON, shapes, dates) and writing (the database) then each have a processor, and an import takes about as
// long as its writing alone. Records reach the sink on the calling thread, in the file's order, through a
// short queue (a few hundred records: memory does not grow with the file).
//
// Everything the sink sees is as ExchangeFormat::read would hand it: the same records, the same errors,
// thrown on the calling thread in the order in which they happen in the file. The ids a file must not repeat
// are noted on the calling thread in the sink's ids() (ExchangeFormat::noteIds), which may be a database
// table of the sink's connection. Progress is reported, and may cancel, on the calling thread.

#include "ExchangeFormat.h"

namespace rt::core {

class ReadAhead final
{
public:
    // As ExchangeFormat::read. An error thrown by the sink stops the reading thread before it is passed on.
    static void read(QIODevice &device, const QString &fileName, ExchangeSink &sink,
                     const ExchangeProgress &progress = {});
};

} // namespace rt::core
