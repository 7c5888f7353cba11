// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include "Database.h"

namespace rt::core {

RecordCounts countRecords(Database &db)
{
    const auto count = [&db](const char *table) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table)).toLongLong();
    };
    return {count("developments"), count("authorities"), count("obligations"), count("companies"),
            count("assessments")};
}

} // namespace rt::core
