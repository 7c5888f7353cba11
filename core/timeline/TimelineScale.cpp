// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineScale.h"

#include <QCoreApplication>

#include <cmath>

namespace rt::core {

namespace {

// Typical length of each unit in days, to choose the unit whose labels fit.
double unitDays(TimelineScale::Unit unit)
{
    switch (unit) {
    case TimelineScale::Unit::Year:
        return 365.25;
    case TimelineScale::Unit::Quarter:
        return 91.3;
    case TimelineScale::Unit::Month:
        return 30.44;
    case TimelineScale::Unit::Week:
        return 7;
    case TimelineScale::Unit::Day:
        return 1;
    }
    return 1;
}

// The first boundary of the unit on or before date.
QDate floorTo(const QDate &date, TimelineScale::Unit unit)
{
    switch (unit) {
    case TimelineScale::Unit::Year:
        return QDate(date.year(), 1, 1);
    case TimelineScale::Unit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimelineScale::Unit::Month:
        return QDate(date.year(), date.month(), 1);
    case TimelineScale::Unit::Week:
        return date.addDays(1 - date.dayOfWeek()); // Mondays
    case TimelineScale::Unit::Day:
        return date;
    }
    return date;
}

QDate next(const QDate &date, TimelineScale::Unit unit, int step)
{
    switch (unit) {
    case TimelineScale::Unit::Year:
        return date.addYears(step);
    case TimelineScale::Unit::Quarter:
        return date.addMonths(3 * step);
    case TimelineScale::Unit::Month:
        return date.addMonths(step);
    case TimelineScale::Unit::Week:
        return date.addDays(7 * step);
    case TimelineScale::Unit::Day:
        return date.addDays(step);
    }
    return date.addDays(step);
}

// Whether date starts the next larger unit: such ticks are major.
bool startsLargerUnit(const QDate &date, TimelineScale::Unit unit)
{
    switch (unit) {
    case TimelineScale::Unit::Year:
        return date.year() % 10 == 0;
    case TimelineScale::Unit::Quarter:
    case TimelineScale::Unit::Month:
        return date.month() == 1 && date.day() == 1;
    case TimelineScale::Unit::Week:
    case TimelineScale::Unit::Day:
        return date.day() == 1 || (unit == TimelineScale::Unit::Week && date.day() <= 7);
    }
    return false;
}

} // namespace

void TimelineScale::fit(qint64 firstDay, qint64 lastDay, int width)
{
    m_width = qMax(1, width);
    const double span = qMax<double>(1.0, double(lastDay - firstDay + 1));
    // A little room on both sides so that the first and last marks are not cut.
    const double margin = span * 0.03 + 1;
    m_daysPerPixel = qBound(minDaysPerPixel, (span + 2 * margin) / m_width, maxDaysPerPixel);
    m_start = double(firstDay) + span / 2 - m_daysPerPixel * m_width / 2;
}

void TimelineScale::setWidth(int width)
{
    m_width = qMax(1, width);
}

void TimelineScale::setView(double startDay, double daysPerPixel)
{
    m_start = startDay;
    m_daysPerPixel = qBound(minDaysPerPixel, daysPerPixel, maxDaysPerPixel);
}

void TimelineScale::zoom(double factor, double anchorX)
{
    if (factor <= 0) {
        return;
    }
    const double anchorDay = dayForX(anchorX);
    m_daysPerPixel = qBound(minDaysPerPixel, m_daysPerPixel / factor, maxDaysPerPixel);
    m_start = anchorDay - anchorX * m_daysPerPixel;
}

void TimelineScale::pan(double pixels)
{
    m_start += pixels * m_daysPerPixel;
}

TimelineScale::Unit TimelineScale::unit() const
{
    for (Unit unit : {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year}) {
        if (unitDays(unit) / m_daysPerPixel >= minLabelSpacing) {
            return unit;
        }
    }
    return Unit::Year;
}

QString TimelineScale::label(const QDate &date, Unit unit, const QLocale &locale)
{
    const bool chinese = locale.language() == QLocale::Chinese;
    switch (unit) {
    case Unit::Year:
        return chinese ? QStringLiteral("%1年").arg(date.year()) : QString::number(date.year());
    case Unit::Quarter: {
        const int quarter = (date.month() - 1) / 3 + 1;
        return chinese ? QStringLiteral("%1年第%2季度").arg(date.year()).arg(quarter)
                       : QStringLiteral("Q%1 %2").arg(quarter).arg(date.year());
    }
    case Unit::Month:
        return chinese ? QStringLiteral("%1年%2月").arg(date.year()).arg(date.month())
                       : locale.toString(date, QStringLiteral("MMM yyyy"));
    case Unit::Week:
        return chinese ? QStringLiteral("%1月%2日").arg(date.month()).arg(date.day())
                       : locale.toString(date, QStringLiteral("d MMM"));
    case Unit::Day:
        return chinese ? QStringLiteral("%1日").arg(date.day()) : QString::number(date.day());
    }
    return {};
}

QList<TimelineScale::Tick> TimelineScale::ticks(const QLocale &locale) const
{
    const Unit tickUnit = unit();
    // Years far out: every 2nd, 5th or 10th year so that labels keep their distance.
    int step = 1;
    if (tickUnit == Unit::Year) {
        for (int candidate : {1, 2, 5, 10, 20}) {
            step = candidate;
            if (candidate * unitDays(Unit::Year) / m_daysPerPixel >= minLabelSpacing) {
                break;
            }
        }
    }
    QList<Tick> result;
    const QDate first = QDate::fromJulianDay(qint64(std::floor(startDay())));
    QDate date = floorTo(first, tickUnit);
    if (tickUnit == Unit::Year && step > 1) {
        date = QDate(date.year() - ((date.year() % step) + step) % step, 1, 1);
    }
    const double end = endDay();
    while (date.isValid() && double(date.toJulianDay()) <= end) {
        const double x = xForDate(date);
        if (x >= -minLabelSpacing) {
            result.append({x, date, label(date, tickUnit, locale), startsLargerUnit(date, tickUnit)});
        }
        date = next(date, tickUnit, step);
    }
    return result;
}

} // namespace rt::core
