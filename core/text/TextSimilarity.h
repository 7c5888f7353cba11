#pragma once
// How nearly two short texts (titles, obligation sentences) say the same: the Dice coefficient of their
// words (English, without the commonest function words) and character pairs (Chinese). 0 when either is
// empty.

#include <QString>

namespace rt::core {

double textSimilarity(const QString &a, const QString &b);

} // namespace rt::core
