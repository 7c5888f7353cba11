// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One mark of the timeline: a development in one lane, with its dates as Julian days.

#include <QtGlobal>

namespace rt::core {

struct TimelineItem
{
    qint64 id = 0;
    qint64 announced = 0; // Julian day (of the first day, when the date is approximate)
    bool approximate = false; // the announcement lies somewhere in a period (an undated newsletter item)
    qint64 deadline = 0; // Julian day of the comment deadline, 0: none
    qint64 effective = 0; // Julian day of entry into force, 0: none
    int kind = 0; // index into Vocabulary::values<DevelopmentKind>()
    int lane = 0;
    double penalty = 0; // the largest penalty in yuan, 0: none

    // The last day the item reaches: its announcement, deadline or effective date.
    qint64 reach() const { return qMax(announced, qMax(deadline, effective)); }
};

} // namespace rt::core
