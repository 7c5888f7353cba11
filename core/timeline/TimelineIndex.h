// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the timeline's layout asks of the items for every frame, answered without looking at every item:
// which items can reach into a range of days (an interval index: the items in announcement order cut into
// blocks, each knowing the latest day any of its items reaches, so that whole blocks that end before the
// range are skipped), and how many items of a lane were announced in a range of days (running counts per lane
// and day, so that a density bin costs one subtraction whatever the number of items).

#include "TimelineItem.h"

#include <algorithm>
#include <vector>

namespace rt::core {

class TimelineIndex final
{
public:
    static constexpr std::size_t blockSize = 64;

    TimelineIndex() = default;
    // items sorted by announcement day, each with a lane in [0, lanes).
    TimelineIndex(const std::vector<TimelineItem> &items, int lanes);

    // Calls visit(i) for every item i, in order, announced before `until` whose announcement, deadline or
    // effective date falls on or after `from`; returns how many items it looked at (the visited ones and the
    // rest of the blocks they are in).
    template <typename Visit> std::size_t reaching(qint64 from, qint64 until, Visit visit) const;

    // Items of lane announced on days [from, until).
    int announced(int lane, qint64 from, qint64 until) const;

private:
    const std::vector<TimelineItem> *m_items = nullptr;
    std::vector<qint64> m_blockReach; // per block: the latest day an item of it reaches
    std::vector<qint64> m_reachSoFar; // per block: the latest day an item of it or an earlier block reaches
    std::vector<qint64> m_blockFirst; // per block: the announcement day of its first item
    int m_lanes = 0;
    qint64 m_firstDay = 0; // the first announcement day the counts cover
    std::vector<int> m_counts; // per lane, (days + 1) running counts: items announced before firstDay + d
    qsizetype m_days = 0;
};

template <typename Visit> std::size_t TimelineIndex::reaching(qint64 from, qint64 until, Visit visit) const
{
    if (!m_items) {
        return 0;
    }
    const std::vector<TimelineItem> &items = *m_items;
    std::size_t looked = 0;
    // The running latest reach only grows: no block before the first that reaches `from` can.
    const auto first = std::lower_bound(m_reachSoFar.cbegin(), m_reachSoFar.cend(), from);
    for (auto block = std::size_t(first - m_reachSoFar.cbegin()); block < m_blockReach.size(); ++block) {
        if (m_blockFirst[block] >= until) {
            break; // this block and every later one start after the range
        }
        if (m_blockReach[block] < from) {
            continue; // everything in it ends before the range
        }
        const std::size_t end = std::min(items.size(), (block + 1) * blockSize);
        for (std::size_t i = block * blockSize; i < end; ++i) {
            ++looked;
            const TimelineItem &item = items[i];
            if (item.announced >= until) {
                return looked;
            }
            if (item.reach() >= from) {
                visit(i);
            }
        }
    }
    return looked;
}

} // namespace rt::core
