// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timeline's horizontal axis: which days are visible at which pixels, zooming (from decades down to
// single days) and panning, and the tick marks with labels that adapt to the zoom (years, quarters, months,
// weeks, days) and follow the locale ("Jul 2025" / "2025年7月"). Pure arithmetic: testable without widgets.

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace rt::core {

class TimelineScale
{
public:
    enum class Unit { Year, Quarter, Month, Week, Day };

    struct Tick
    {
        double x = 0;
        QDate date;
        QString label;
        bool major = false; // a boundary of the next larger unit (a year among months, a month among days)
    };

    // Fewest and most days one pixel can show: a day is at most 96 pixels wide (room for day labels), and the
    // whole width shows at most about forty years.
    static constexpr double minDaysPerPixel = 1.0 / 96.0;
    static constexpr double maxDaysPerPixel = 40.0 * 365.25 / 400.0;
    // Labels stay at least this many pixels apart.
    static constexpr double minLabelSpacing = 72.0;

    TimelineScale() = default;
    // Shows the days [first, last] across width pixels.
    void fit(qint64 firstDay, qint64 lastDay, int width);
    void setWidth(int width);
    int width() const { return m_width; }
    void setView(double startDay, double daysPerPixel);

    double startDay() const { return m_start; }
    double endDay() const { return m_start + m_daysPerPixel * m_width; }
    double daysPerPixel() const { return m_daysPerPixel; }

    // Julian days (fractional within the day) to x in pixels and back. A day d covers [x(d), x(d + 1)).
    double xForDay(double day) const { return (day - m_start) / m_daysPerPixel; }
    double dayForX(double x) const { return m_start + x * m_daysPerPixel; }
    double xForDate(const QDate &date) const { return xForDay(double(date.toJulianDay())); }

    // Zooms by factor (> 1 zooms in) keeping the day under anchorX in place; clamped to the limits.
    void zoom(double factor, double anchorX);
    // Moves the view by pixels (positive: later days come into view).
    void pan(double pixels);

    // The unit whose ticks are at least minLabelSpacing apart at this zoom.
    Unit unit() const;
    // Ticks of the visible range, labelled in the locale's language.
    QList<Tick> ticks(const QLocale &locale) const;
    // A tick's label, as ticks() writes it: "2025", "Q3 2025", "Jul 2025", "7 Jul", "7" in English;
    // "2025年", "2025年第3季度", "2025年7月", "7月7日", "7日" in Chinese.
    static QString label(const QDate &date, Unit unit, const QLocale &locale);

private:
    double m_start = 0;
    double m_daysPerPixel = 1;
    int m_width = 1;
};

} // namespace rt::core
