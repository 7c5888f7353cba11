// SPDX-License-Identifier: GPL-3.0-or-later
#include "Highlighting.h"

namespace rt::ui {

QColor Highlighting::markColorOn(const QColor &base)
{
    const QColor yellow(255, 210, 0);
    const double share = base.lightness() < 128 ? 0.3 : 0.55;
    const auto mix = [share](int from, int to) { return qRound(from + (to - from) * share); };
    return QColor(mix(base.red(), yellow.red()), mix(base.green(), yellow.green()),
                  mix(base.blue(), yellow.blue()));
}

} // namespace rt::ui
