// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <atomic>

namespace rt::core {

namespace {

std::atomic<DateText::Prose> proseChoice{DateText::Prose::LocaleLong};

} // namespace

QString DateText::table(const QDate &date)
{
    return date.isValid() ? date.toString(isoFormat()) : QString();
}

QString DateText::table(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(isoFormat() + QStringLiteral(" HH:mm"))
                            : QString();
}

QString DateText::prose(const QDate &date, const QLocale &locale)
{
    if (!date.isValid()) {
        return {};
    }
    return proseStyle() == Prose::Iso ? table(date) : locale.toString(date, QLocale::LongFormat);
}

QString DateText::prose(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid()) {
        return {};
    }
    if (proseStyle() == Prose::Iso) {
        return table(moment);
    }
    const QDateTime local = moment.toLocalTime();
    return prose(local.date(), locale) + u' ' + locale.toString(local.time(), QStringLiteral("HH:mm"));
}

void DateText::setProse(Prose prose)
{
    proseChoice = prose;
}

DateText::Prose DateText::proseStyle()
{
    return proseChoice;
}

} // namespace rt::core
