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
    const std::vector<TimelineItem> &items = data.items();
    const double start = scale.startDay();
    const double end = scale.endDay();
    // Items announced before the range may still reach into it with their deadline or effective date.
    const std::size_t first = data.lowerBound(qint64(std::floor(start)) - data.longestSpan());
    const std::size_t inRange = data.lowerBound(qint64(std::floor(start)));
    const std::size_t last = data.lowerBound(qint64(std::floor(end)) + 1);

    m_binned = last > inRange && int(last - inRange) > maxMarks;
    if (m_binned) {
        // A histogram strip per lane: one bin per binWidth pixels, counting announcements in range.
        const int binCount = qMax(1, int(std::ceil(scale.width() / binWidth)));
        std::vector<int> counts(std::size_t(binCount) * std::size_t(qMax(1, data.laneCount())), 0);
        for (std::size_t i = inRange; i < last; ++i) {
            const TimelineItem &item = items[i];
            const double x = scale.xForDay(double(item.announced));
            if (x < 0 || x >= scale.width()) {
                continue;
            }
            const int bin = qMin(binCount - 1, int(x / binWidth));
            ++counts[std::size_t(item.lane) * std::size_t(binCount) + std::size_t(bin)];
        }
        m_visited = int(last - inRange);
        for (int lane = 0; lane < data.laneCount(); ++lane) {
            for (int bin = 0; bin < binCount; ++bin) {
                const int count = counts[std::size_t(lane) * std::size_t(binCount) + std::size_t(bin)];
                if (count > 0) {
                    m_bins.append({lane, bin * binWidth, (bin + 1) * binWidth, count});
                    m_maxBinCount = qMax(m_maxBinCount, count);
                }
            }
        }
        return;
    }

    // Marks, fanned out: in each lane a mark takes the lowest row whose last mark ends left of it.
    double largestPenalty = 0;
    for (std::size_t i = first; i < last; ++i) {
        largestPenalty = std::max(largestPenalty, items[i].penalty);
    }
    std::vector<std::vector<double>> rowEnds(std::size_t(qMax(1, data.laneCount())),
                                             std::vector<double>(maxRows, -1e300));
    for (std::size_t i = first; i < last; ++i) {
        ++m_visited;
        const TimelineItem &item = items[i];
        const qint64 reach = std::max({item.announced, item.deadline, item.effective});
        if (double(reach + 1) < start) {
            continue; // ends before the visible range
        }
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
