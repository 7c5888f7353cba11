// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The versions of the database engines in use, for the About dialog and bug reports: the SQLite library Qt's
// driver runs, and the PostgreSQL client library (libpq; empty when it is not installed). Each is asked of
// the library when called, which loads it: ask when they are shown, not on starting.

#include <QString>

namespace rt::core {

class EngineVersions final
{
public:
    static QString sqlite();
    static QString libpq();
};

} // namespace rt::core
