// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the authority map's parts go in a given area: national authorities in a band across the top, grouped
// by kind (State Council and ministries, the CAC and other regulators, standards bodies, courts, industry
// associations, international forums); the province tiles below at their grid positions, each holding its
// provincial and municipal authorities; node sizes from the counts; labels placed around their nodes without
// overlapping any other label or node, another province's tile, or the edge of the area (a label that finds
// no free place is hidden and left to the tooltip); province names fitted to their tiles, never cut off. Pure
// geometry: testable without widgets; the view only paints what this places.

#include "AuthorityMapData.h"
#include "BilingualText.h"
#include "ProvinceGrid.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace rt::core {

class AuthorityMapLayout
{
public:
    struct Node
    {
        int node = 0; // index into AuthorityMapData::nodes()
        QPointF centre;
        double radius = 0;
        QRectF label; // empty when the label is hidden
        QString text; // the label: the short name in the language
        int tile = -1; // index into tiles(), -1 in the national band
    };
    struct Tile
    {
        QString code;
        QRectF rect;
        QString label; // 沪 / Shanghai
        // The label as drawn: on one line, or on two where a long name has a space ("Inner / Mongolia") or a
        // soft hyphen in the grid's data ("Heilong- / jiang"),
        // scaled down (never below minLabelScale) where it is still wider than the tile; labelRect is where
        // it goes, inside the tile.
        QStringList labelLines;
        double labelScale = 1.0;
        QRectF labelRect;
        double shade = 0; // 0…1: the province's total relative to the largest
        bool operated = false; // the overlay company operates there
    };
    struct Group
    {
        AuthorityKind kind = AuthorityKind::Regulator;
        QString title; // in the interface language
        QRectF rect;
    };

    // How large a label's text is drawn; the default estimates from the character count.
    using Measure = std::function<QSizeF(const QString &)>;
    static QSizeF estimate(const QString &text);

    static constexpr double minLabelScale = 0.6;
    static constexpr double minRadius = 5.0;
    static constexpr double maxRadius = 22.0;

    void layout(const AuthorityMapData &data, const ProvinceGrid &grid, Language language, const QSizeF &area,
                const Measure &measure = estimate);

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Tile> &tiles() const { return m_tiles; }
    const QList<Group> &groups() const { return m_groups; }
    QRectF band() const { return m_band; } // the national band
    QRectF bounds() const { return m_bounds; } // everything placed
    // The node under a point (nearest centre within its radius), -1: none.
    int nodeAt(const QPointF &point) const;
    // The tile under a point, -1: none.
    int tileAt(const QPointF &point) const;
    const Node *nodeFor(const QString &code, const AuthorityMapData &data) const;

private:
    void placeLabels(const Measure &measure, const QRectF &area);
    static void fitTileLabel(Tile &tile, const QString &shortName, const Measure &measure);

    QList<Node> m_nodes;
    QList<Tile> m_tiles;
    QList<Group> m_groups;
    QRectF m_band;
    QRectF m_bounds;
};

} // namespace rt::core
