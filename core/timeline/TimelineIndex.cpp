// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineIndex.h"

namespace rt::core {

TimelineIndex::TimelineIndex(const std::vector<TimelineItem> &items, int lanes)
    : m_items(&items)
    , m_lanes(qMax(0, lanes))
{
    qint64 latest = 0;
    for (std::size_t start = 0; start < items.size(); start += blockSize) {
        const std::size_t end = std::min(items.size(), start + blockSize);
        qint64 reach = 0;
        for (std::size_t i = start; i < end; ++i) {
            reach = std::max(reach, items[i].reach());
        }
        latest = std::max(latest, reach);
        m_blockReach.push_back(reach);
        m_reachSoFar.push_back(latest);
        m_blockFirst.push_back(items[start].announced);
    }
    if (items.empty() || m_lanes == 0) {
        return;
    }
    m_firstDay = items.front().announced;
    m_days = qsizetype(items.back().announced - m_firstDay + 1);
    // Per lane: how many were announced on each day, then summed up from the first day.
    m_counts.assign(std::size_t(m_lanes) * std::size_t(m_days + 1), 0);
    for (const TimelineItem &item : items) {
        if (item.lane >= 0 && item.lane < m_lanes) {
            ++m_counts[std::size_t(item.lane) * std::size_t(m_days + 1)
                       + std::size_t(item.announced - m_firstDay) + 1];
        }
    }
    for (int lane = 0; lane < m_lanes; ++lane) {
        int *counts = m_counts.data() + std::size_t(lane) * std::size_t(m_days + 1);
        for (qsizetype d = 1; d <= m_days; ++d) {
            counts[d] += counts[d - 1];
        }
    }
}

int TimelineIndex::announced(int lane, qint64 from, qint64 until) const
{
    if (lane < 0 || lane >= m_lanes || m_days == 0 || until <= from) {
        return 0;
    }
    const auto at = [this](qint64 day) { return qBound<qint64>(0, day - m_firstDay, m_days); };
    const int *counts = m_counts.data() + std::size_t(lane) * std::size_t(m_days + 1);
    return counts[at(until)] - counts[at(from)];
}

} // namespace rt::core
