// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How nearly two short texts (titles, obligation sentences) say the same: the Dice coefficient of their
// words (English, without the commonest function words) and character pairs (Chinese). 0 when either is
// empty.

#include <QHash>
#include <QList>
#include <QString>

namespace rt::core {

double textSimilarity(const QString &a, const QString &b);

// The same in two steps, for comparing each of many texts with many others: the words and character pairs of
// each text read once, as numbers of one vocabulary in ascending order, then the coefficient of two such
// lists (the value textSimilarity gives) by one pass over both.
class SimilarityVocabulary
{
public:
    QList<int> tokens(const QString &text);
    static double similarity(const QList<int> &a, const QList<int> &b);

private:
    QHash<QString, int> m_numbers;
};

} // namespace rt::core
