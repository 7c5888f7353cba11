// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the agenda: period rows in bold across the whole width, overdue rows in red with a warning icon on
// the date, the user's own rows in bold, dates that are nobody's row (consultations closing, rules taking
// effect) in italics in the kind column. Tick boxes as in the checklist (TickDelegate).

#include "TickDelegate.h"

namespace rt::ui {

class AgendaDelegate final : public TickDelegate
{
    Q_OBJECT
public:
    using TickDelegate::TickDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace rt::ui
