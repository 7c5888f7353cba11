// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one date policy of every view, report and command: tables, lists and editors write dates as ISO
// (2025-08-15, sortable and the same in both languages); prose — detail panes, tooltips, messages, headings
// — writes them in the interface locale's long form (Friday, August 15, 2025; 2025年8月15日星期五). The
// preference "ISO dates everywhere" makes prose use ISO too. Nothing else calls QLocale's short formats,
// which made "8/5/25 4:00 AM" in English.

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace rt::core {

class DateText final
{
public:
    enum class Prose { LocaleLong, Iso };

    static QString isoFormat() { return QStringLiteral("yyyy-MM-dd"); }

    // For tables, lists and editors: "2025-08-15"; "2025-08-15 14:05" in local time; empty when invalid.
    static QString table(const QDate &date);
    static QString table(const QDateTime &moment);

    // For prose: "Friday, August 15, 2025" / "2025年8月15日星期五"; with a moment its local time follows in
    // the locale's short time form. Empty when invalid.
    static QString prose(const QDate &date, const QLocale &locale = QLocale());
    static QString prose(const QDateTime &moment, const QLocale &locale = QLocale());

    // Set once at start from the preferences (and again when they change).
    static void setProse(Prose prose);
    static Prose proseStyle();
};

} // namespace rt::core
