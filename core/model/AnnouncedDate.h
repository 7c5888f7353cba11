// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How an announcement date reads wherever it is shown: the day when it is exact, else the period it lies in
// ("about July–August 2025", "约2025年7–8月"), so that an approximate date is never mistaken for an exact
// one.

#include "Development.h"

#include <QCoreApplication>
#include <QLocale>

namespace rt::core {

class AnnouncedDate final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::AnnouncedDate)
public:
    static bool isApproximate(const Development &d)
    {
        return d.announcedUntil.isValid() && d.announcedUntil > d.announced;
    }
    // The announcement date as text: format for an exact date; for an approximate one "about July–August
    // 2025" (LongFormat) or "≈ Jul–Aug 2025".
    static QString text(const Development &d, const QLocale &locale,
                        QLocale::FormatType format = QLocale::ShortFormat);
    static QString text(const QDate &announced, const QDate &until, const QLocale &locale,
                        QLocale::FormatType format = QLocale::ShortFormat);
    // The period alone: "July 2025", "July–August 2025", "2025", "3 Feb – 19 Mar 2025" (in Chinese
    // "2025年7月", "2025年7–8月").
    static QString period(const QDate &from, const QDate &until, const QLocale &locale,
                          QLocale::FormatType format = QLocale::LongFormat);
};

} // namespace rt::core
