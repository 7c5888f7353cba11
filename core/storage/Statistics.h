// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record counts of a database, for the status bar and `regtracker stats`.

#include <QtGlobal>

namespace rt::core {

class Database;

struct RecordCounts
{
    qint64 developments = 0;
    qint64 authorities = 0;
    qint64 obligations = 0;
    qint64 companies = 0;
    qint64 assessments = 0;
};

RecordCounts countRecords(Database &db);

} // namespace rt::core
