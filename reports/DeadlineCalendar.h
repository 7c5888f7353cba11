// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A company's open due dates, or every company's, as an iCalendar file (RFC 5545, written by libical) that
// calendar programs import: one all-day event per applicable row that is not Done and has a due date. Event
// uids stay the same from one export to the next (company and obligation), so importing a newer file updates
// events instead of adding copies.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rt::core {
struct ChecklistReport;
}

namespace rt::reports {

class DeadlineCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::DeadlineCalendar)
public:
    // The version of libical in use.
    static QString libraryVersion();
    // The calendar in UTF-8; texts in the report's language, labels in the installed interface language.
    static QByteArray toICalendar(const core::ChecklistReport &report);
    // Every report's rows in one calendar ("All companies: deadlines").
    static QByteArray toICalendar(const QList<core::ChecklistReport> &reports);
    // Writes the calendar to path, replacing the file only when all of it was written. Throws core::Error.
    static void write(const core::ChecklistReport &report, const QString &path);

private:
    static QByteArray calendar(const QList<core::ChecklistReport> &reports, const QString &name);
};

} // namespace rt::reports
