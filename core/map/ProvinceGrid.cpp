// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceGrid.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace rt::core {

namespace {

Error malformed(const QString &origin, qsizetype line, const QString &why)
{
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("rt::core::ProvinceGrid", "%1, line %2: %3")
                     .arg(origin)
                     .arg(line)
                     .arg(why));
}

} // namespace

ProvinceGrid ProvinceGrid::parse(const QString &text, const QString &origin)
{
    ProvinceGrid grid;
    QSet<QString> codes;
    QSet<std::pair<int, int>> cells;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList fields = line.split(u',');
        bool rowOk = false;
        bool columnOk = false;
        ProvinceTile tile;
        if (fields.size() == 7) {
            tile.code = fields.at(0).trimmed();
            tile.row = fields.at(1).toInt(&rowOk);
            tile.column = fields.at(2).toInt(&columnOk);
            tile.name = {fields.at(3).trimmed(), fields.at(4).trimmed()};
            tile.shortName = {fields.at(5).trimmed(), fields.at(6).trimmed()};
        }
        if (!rowOk || !columnOk || tile.row < 0 || tile.column < 0 || tile.code.isEmpty()
            || !tile.name.isComplete() || !tile.shortName.isComplete()) {
            throw malformed(origin, n + 1,
                            QCoreApplication::translate("rt::core::ProvinceGrid",
                                                        "a tile needs code, row, column and four names"));
        }
        if (codes.contains(tile.code)) {
            throw malformed(origin, n + 1,
                            QCoreApplication::translate("rt::core::ProvinceGrid", "%1 has a tile already")
                                .arg(tile.code));
        }
        if (cells.contains({tile.row, tile.column})) {
            throw malformed(origin, n + 1,
                            QCoreApplication::translate("rt::core::ProvinceGrid",
                                                        "row %1, column %2 holds another tile already")
                                .arg(tile.row)
                                .arg(tile.column));
        }
        codes.insert(tile.code);
        cells.insert({tile.row, tile.column});
        grid.m_rows = qMax(grid.m_rows, tile.row + 1);
        grid.m_columns = qMax(grid.m_columns, tile.column + 1);
        grid.m_tiles.append(tile);
    }
    return grid;
}

const ProvinceGrid &ProvinceGrid::builtIn()
{
    static const ProvinceGrid grid = [] {
        QFile file(QStringLiteral(":/map/province-tiles.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            return ProvinceGrid();
        }
        return parse(QString::fromUtf8(file.readAll()), QStringLiteral("province-tiles.csv"));
    }();
    return grid;
}

const ProvinceTile *ProvinceGrid::tile(const QString &code) const
{
    for (const ProvinceTile &tile : m_tiles) {
        if (tile.code == code) {
            return &tile;
        }
    }
    return nullptr;
}

} // namespace rt::core
