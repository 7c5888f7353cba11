// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// China's province-level divisions as a tile-grid map (resources/map/province-tiles.csv): one square per
// division at its rough geographic position, with its names and short names in both languages. Data, not
// geometry: the authority map places local authorities on these tiles.

#include "BilingualText.h"

#include <QList>
#include <QString>

namespace rt::core {

struct ProvinceTile
{
    QString code; // ISO 3166-2:CN, e.g. "CN-SH"
    int row = 0; // 0: the north
    int column = 0; // 0: the west
    BilingualText name; // 上海市 / Shanghai
    BilingualText shortName; // 沪 / Shanghai
};

class ProvinceGrid
{
public:
    // The grid shipped with the application.
    static const ProvinceGrid &builtIn();
    // Lines "code,row,column,name_en,name_zh,short_en,short_zh"; '#' starts a comment. Throws Error naming
    // the line of a malformed entry, a code given twice, or two tiles in one cell.
    static ProvinceGrid parse(const QString &text, const QString &origin);

    const QList<ProvinceTile> &tiles() const { return m_tiles; }
    const ProvinceTile *tile(const QString &code) const;
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }

private:
    QList<ProvinceTile> m_tiles;
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace rt::core
