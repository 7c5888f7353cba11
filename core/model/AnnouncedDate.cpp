// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnouncedDate.h"

#include "DateText.h"

namespace rt::core {

QString AnnouncedDate::text(const Development &d, const QLocale &locale, QLocale::FormatType format)
{
    return text(d.announced, d.announcedUntil, locale, format);
}

QString AnnouncedDate::text(const QDate &announced, const QDate &until, const QLocale &locale,
                            QLocale::FormatType format)
{
    if (!announced.isValid()) {
        return {};
    }
    if (!until.isValid() || until <= announced) {
        return format == QLocale::LongFormat ? DateText::prose(announced, locale)
                                             : DateText::table(announced);
    }
    return format == QLocale::LongFormat
        ? tr("about %1").arg(period(announced, until, locale))
        : tr("≈ %1").arg(period(announced, until, locale, QLocale::ShortFormat));
}

QString AnnouncedDate::period(const QDate &from, const QDate &until, const QLocale &locale,
                              QLocale::FormatType format)
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const bool wholeMonths = from.day() == 1 && until.addDays(1).day() == 1;
    if (wholeMonths && from.year() == until.year()) {
        if (from.month() == 1 && until.month() == 12) {
            return chinese ? QStringLiteral("%1年").arg(from.year()) : QString::number(from.year());
        }
        if (chinese) {
            return from.month() == until.month()
                ? QStringLiteral("%1年%2月").arg(from.year()).arg(from.month())
                : QStringLiteral("%1年%2–%3月").arg(from.year()).arg(from.month()).arg(until.month());
        }
        const QString first = locale.monthName(from.month(), format);
        return from.month() == until.month()
            ? QStringLiteral("%1 %2").arg(first).arg(from.year())
            : QStringLiteral("%1–%2 %3").arg(first, locale.monthName(until.month(), format)).arg(from.year());
    }
    return QStringLiteral("%1 – %2").arg(DateText::table(from), DateText::table(until));
}

} // namespace rt::core
