#pragma once
// How nearly two short texts (titles, obligation sentences) say the same: the Dice coefficient of their
// words (English, without the commonest function words) and character pairs (Chinese). 0 when either is
// empty.

#include <QSet>
#include <QString>

namespace rt::core {

double textSimilarity(const QString &a, const QString &b);

// The same in two steps, for comparing each of many texts with many others: the words and character pairs of
// a text once, then the coefficient of two such sets.
QSet<QString> similarityTokens(const QString &text);
double tokenSimilarity(const QSet<QString> &a, const QSet<QString> &b);

} // namespace rt::core
