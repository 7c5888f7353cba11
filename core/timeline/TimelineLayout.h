// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the timeline's marks go for the visible range: one mark per item, with its comment deadline and
// effective date, fanned out within its lane when marks would overlap; or, zoomed out, density bins per lane
// (a histogram strip) instead of marks. Only items that can reach the visible range are visited, and bins
// are counted without visiting items at all (TimelineIndex). Recomputed on zoom, pan or data changes, never
// while painting.

#include "TimelineData.h"
#include "TimelineScale.h"

#include <QList>

namespace rt::core {

class TimelineLayout
{
public:
    struct Mark
    {
        int item = 0; // index into TimelineData::items()
        int lane = 0;
        int row = 0; // 0 on the lane's line; 1, 2, … fanned out when marks would overlap
        double x = 0; // announcement
        double deadlineX = -1; // < 0: none
        double effectiveX = -1; // < 0: none
        double radius = 0; // larger for larger penalties
    };
    struct Bin
    {
        int lane = 0;
        double x0 = 0;
        double x1 = 0;
        int count = 0;
    };

    // Marks are drawn while the visible range has at most this many items, bins beyond.
    static constexpr int maxMarks = 4000;
    // Width of a density bin in pixels.
    static constexpr double binWidth = 4.0;
    // Radius of a mark without penalty, and the most a penalty can add.
    static constexpr double baseRadius = 4.0;
    static constexpr double maxExtraRadius = 6.0;
    // Rows a lane fans out to before marks stack on the last row.
    static constexpr int maxRows = 4;

    void layout(const TimelineData &data, const TimelineScale &scale);

    bool binned() const { return m_binned; }
    const QList<Mark> &marks() const { return m_marks; }
    const QList<Bin> &bins() const { return m_bins; }
    // The largest count of a bin: what the histogram scales to.
    int maxBinCount() const { return m_maxBinCount; }
    // How many items the last layout looked at: those that can reach the visible range, not all (binned: the
    // items the bins count, which it does not look at one by one).
    int visited() const { return m_visited; }
    // The index into marks() of the mark nearest (x, lane row y), within the radius plus slack; -1: none.
    int markAt(double x, int lane, int row, double slack = 3.0) const;

private:
    void layoutBins(const TimelineData &data, const TimelineScale &scale);
    void layoutMarks(const TimelineData &data, const TimelineScale &scale);

    QList<Mark> m_marks;
    QList<Bin> m_bins;
    bool m_binned = false;
    int m_maxBinCount = 0;
    int m_visited = 0;
};

} // namespace rt::core
