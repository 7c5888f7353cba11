// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineLayout.h"

#include <algorithm>
#include <cmath>

namespace rt::core {

void TimelineLayout::layout(const TimelineData &data, const TimelineScale &scale)
{
    m_marks.clear();
    m_bins.clear();
    m_maxBinCount = 0;
    m_visited = 0;
    const double start = scale.startDay();
    const double end = scale.endDay();
    const std::size_t inRange = data.lowerBound(qint64(std::floor(start)));
    const std::size_t last = data.lowerBound(qint64(std::floor(end)) + 1);
    m_binned = last > inRange && int(last - inRange) > maxMarks;
    if (m_binned) {
        layoutBins(data, scale);
    } else {
        layoutMarks(data, scale);
    }
}

void TimelineLayout::layoutBins(const TimelineData &data, const TimelineScale &scale)
{
    // A histogram strip per lane: one bin per binWidth pixels, counting the announcements drawn in it — the
    // days whose x falls in the bin — from the index's running counts, whatever the number of items.
    const int binCount = qMax(1, int(std::ceil(scale.width() / binWidth)));
    std::vector<qint64> edges(std::size_t(binCount) + 1);
    for (int bin = 0; bin <= binCount; ++bin) {
        const double x = std::min(bin * binWidth, double(scale.width()));
        edges[std::size_t(bin)] = qint64(std::ceil(scale.dayForX(x)));
    }
    const TimelineIndex &index = data.index();
    for (int lane = 0; lane < data.laneCount(); ++lane) {
        for (int bin = 0; bin < binCount; ++bin) {
            const int count = index.announced(lane, edges[std::size_t(bin)], edges[std::size_t(bin) + 1]);
            if (count > 0) {
                m_bins.append({lane, bin * binWidth, (bin + 1) * binWidth, count});
                m_maxBinCount = qMax(m_maxBinCount, count);
            }
        }
    }
    m_visited = int(data.lowerBound(edges.back()) - data.lowerBound(edges.front()));
}

void TimelineLayout::layoutMarks(const TimelineData &data, const TimelineScale &scale)
{
    // The items that can be seen: announced up to the range's last day and reaching its first (the index
    // skips whole blocks of items that end before it).
    const double start = scale.startDay();
    const std::vector<TimelineItem> &items = data.items();
    std::vector<std::size_t> visible;
    m_visited
        = int(data.index().reaching(qint64(std::ceil(start - 1)), qint64(std::floor(scale.endDay())) + 1,
                                    [&visible](std::size_t i) { visible.push_back(i); }));
    double largestPenalty = 0;
    for (std::size_t i : visible) {
        largestPenalty = std::max(largestPenalty, items[i].penalty);
    }
    // Fanned out: in each lane a mark takes the lowest row whose last mark ends left of it.
    std::vector<std::vector<double>> rowEnds(std::size_t(qMax(1, data.laneCount())),
                                             std::vector<double>(maxRows, -1e300));
    m_marks.reserve(qsizetype(visible.size()));
    for (std::size_t i : visible) {
        const TimelineItem &item = items[i];
        Mark mark;
        mark.item = int(i);
        mark.lane = item.lane;
        mark.x = scale.xForDay(double(item.announced) + 0.5);
        mark.deadlineX = item.deadline > 0 ? scale.xForDay(double(item.deadline) + 0.5) : -1;
        mark.effectiveX = item.effective > 0 ? scale.xForDay(double(item.effective) + 0.5) : -1;
        mark.radius = baseRadius;
        if (item.penalty > 0 && largestPenalty > 0) {
            // By area: a fine four times as large looks twice as wide.
            mark.radius += maxExtraRadius * std::sqrt(item.penalty / largestPenalty);
        }
        std::vector<double> &ends = rowEnds[std::size_t(item.lane)];
        int row = maxRows - 1;
        for (int r = 0; r < maxRows; ++r) {
            if (ends[std::size_t(r)] < mark.x - mark.radius - 1) {
                row = r;
                break;
            }
        }
        mark.row = row;
        // The row is taken up to the end of the mark's line to its deadline or effective date.
        ends[std::size_t(row)] = std::max({mark.x + mark.radius, mark.deadlineX, mark.effectiveX});
        m_marks.append(mark);
    }
}

int TimelineLayout::markAt(double x, int lane, int row, double slack) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &mark = m_marks.at(i);
        if (mark.lane != lane || mark.row != row) {
            continue;
        }
        const double distance = std::abs(mark.x - x);
        if (distance <= mark.radius + slack && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace rt::core
