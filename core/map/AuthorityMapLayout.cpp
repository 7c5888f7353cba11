// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorityMapLayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rt::core {

namespace {

// The national band's groups, left to right.
const AuthorityKind bandOrder[]
    = {AuthorityKind::Government, AuthorityKind::Regulator,           AuthorityKind::StandardsBody,
       AuthorityKind::Court,      AuthorityKind::IndustryAssociation, AuthorityKind::InternationalForum};

QString groupTitle(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::Government:
        return QCoreApplication::translate("rt::core::AuthorityMapLayout", "State Council and ministries");
    case AuthorityKind::Regulator:
        return QCoreApplication::translate("rt::core::AuthorityMapLayout", "Regulators");
    case AuthorityKind::StandardsBody:
        return QCoreApplication::translate("rt::core::AuthorityMapLayout", "Standards bodies");
    case AuthorityKind::Court:
        return QCoreApplication::translate("rt::core::AuthorityMapLayout", "Courts");
    case AuthorityKind::IndustryAssociation:
        return QCoreApplication::translate("rt::core::AuthorityMapLayout", "Industry associations");
    case AuthorityKind::InternationalForum:
        return QCoreApplication::translate("rt::core::AuthorityMapLayout", "International forums");
    }
    return {};
}

// Marks in a province's short name where it may break across two lines on its tile.
constexpr QChar softHyphen(0x00AD);

// A local authority's label on its own province's tile, which already names the province: "Beijing Internet
// Court" reads "Internet Court" there, "北京市网信办" "网信办" (the tooltip gives the whole name). Labels
// as long as the name did not fit beside their node without crossing a neighbouring tile.
QString withoutProvince(const QString &label, const ProvinceTile &tile, Language language)
{
    for (QString prefix : {tile.name.in(language), QString(tile.shortName.in(language)).remove(softHyphen)}) {
        if (prefix.isEmpty() || !label.startsWith(prefix)) {
            continue;
        }
        const QString rest = label.mid(prefix.size()).trimmed();
        if (!rest.isEmpty()) {
            return rest;
        }
    }
    return label;
}

QRectF circleBox(const QPointF &centre, double radius)
{
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
}

} // namespace

QSizeF AuthorityMapLayout::estimate(const QString &text)
{
    double width = 0;
    for (QChar c : text) {
        width += c.unicode() >= 0x2E80 ? 13.0 : 7.0;
    }
    return QSizeF(width + 2, 15);
}

void AuthorityMapLayout::layout(const AuthorityMapData &data, const ProvinceGrid &grid, Language language,
                                const QSizeF &area, const Measure &measure)
{
    m_nodes.clear();
    m_tiles.clear();
    m_groups.clear();
    const QList<AuthorityNode> &nodes = data.nodes();
    const double margin = 12;
    const double width = std::max(200.0, area.width() - 2 * margin);
    const double height = std::max(200.0, area.height() - 2 * margin);
    const auto radiusFor = [&](int count) {
        if (data.largestCount() <= 0 || count <= 0) {
            return minRadius;
        }
        return minRadius + (maxRadius - minRadius) * std::sqrt(double(count) / double(data.largestCount()));
    };
    const auto labelFor = [&](const AuthorityNode &node) {
        const QString abbreviation = node.abbreviation.preferring(language);
        return abbreviation.isEmpty() ? node.name.preferring(language) : abbreviation;
    };

    // The national band: a group per kind, as wide as its members need.
    QList<QList<int>> members;
    QList<AuthorityKind> kinds;
    for (AuthorityKind kind : bandOrder) {
        QList<int> group;
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).isNational() && nodes.at(i).kind == kind) {
                group.append(i);
            }
        }
        if (!group.isEmpty()) {
            // The busiest first, so that the most important labels get the best places.
            std::stable_sort(group.begin(), group.end(),
                             [&](int a, int b) { return nodes.at(a).count > nodes.at(b).count; });
            members.append(group);
            kinds.append(kind);
        }
    }
    int bandMembers = 0;
    for (const QList<int> &group : std::as_const(members)) {
        bandMembers += int(group.size());
    }
    const double slot = 2 * maxRadius + 34; // a node and room for its label beside the next one
    const int perRow = std::max(1, int(width / slot));
    const int bandRows = std::max(1, int(std::ceil(double(bandMembers + members.size()) / perRow)));
    const double titleHeight = measure(QStringLiteral("Ag")).height() + 4;
    const double bandHeight = std::min(height * 0.32, titleHeight + bandRows * (2 * maxRadius + 26.0) + 8);
    m_band = QRectF(margin, margin, width, bandHeight);
    double x = margin;
    for (qsizetype g = 0; g < members.size(); ++g) {
        const QList<int> &group = members.at(g);
        const double share = double(group.size() + 1) / double(bandMembers + members.size());
        const QRectF rect(x, margin, width * share, bandHeight);
        m_groups.append({kinds.at(g), groupTitle(kinds.at(g)), rect});
        const int columns = std::max(1, int(rect.width() / slot));
        const int rows = int(std::ceil(double(group.size()) / columns));
        const double rowHeight = (rect.height() - titleHeight) / std::max(1, rows);
        for (int k = 0; k < group.size(); ++k) {
            const int row = k / columns;
            const int inRow = row == rows - 1 ? int(group.size()) - row * columns : columns;
            const int column = k % columns;
            const double cellWidth = rect.width() / inRow;
            Node node;
            node.node = group.at(k);
            node.centre = QPointF(rect.left() + cellWidth * (column + 0.5),
                                  rect.top() + titleHeight + rowHeight * row + rowHeight * 0.38);
            node.radius = std::min(radiusFor(nodes.at(group.at(k)).count), rowHeight * 0.3);
            node.text = labelFor(nodes.at(group.at(k)));
            m_nodes.append(node);
        }
        x += rect.width();
    }

    // The provinces below, as squares at their grid positions, centred.
    const double gridTop = m_band.bottom() + 14;
    const double gridHeight = height + margin - gridTop;
    const double cell = std::max(
        24.0, std::min(width / std::max(1, grid.columns()), gridHeight / std::max(1, grid.rows())));
    // Tiles wider than tall where the area is wide: their authorities' labels need the room across, and
    // squares left most of a wide window empty.
    const double cellWidth = std::max(cell, std::min(width / std::max(1, grid.columns()), cell * 1.8));
    const double gridLeft = margin + (width - cellWidth * grid.columns()) / 2;
    const double gap = cell * 0.06;
    int largestProvince = 0;
    for (const ProvinceTile &tile : grid.tiles()) {
        largestProvince = std::max(largestProvince, data.provinceTotal(tile.code));
    }
    for (const ProvinceTile &tile : grid.tiles()) {
        Tile placed;
        placed.code = tile.code;
        placed.rect = QRectF(gridLeft + tile.column * cellWidth + gap / 2,
                             gridTop + tile.row * cell + gap / 2, cellWidth - gap, cell - gap);
        const QString shortName = tile.shortName.in(language);
        placed.label = QString(shortName).remove(softHyphen);
        placed.shade = largestProvince > 0 ? double(data.provinceTotal(tile.code)) / largestProvince : 0;
        placed.operated = data.companyProvinces().contains(tile.code);
        fitTileLabel(placed, shortName, measure);
        const int tileIndex = int(m_tiles.size());
        m_tiles.append(placed);

        // The province's authorities inside its tile, below the tile's label, in a small grid.
        QList<int> local;
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).region == tile.code) {
                local.append(i);
            }
        }
        std::stable_sort(local.begin(), local.end(),
                         [&](int a, int b) { return nodes.at(a).count > nodes.at(b).count; });
        if (local.isEmpty()) {
            continue;
        }
        const QRectF inner = placed.rect.adjusted(3, placed.labelRect.height() + 2, -3, -3);
        const int columns = int(std::ceil(std::sqrt(double(local.size()))));
        const int rows = int(std::ceil(double(local.size()) / columns));
        const double w = inner.width() / columns;
        const double h = inner.height() / rows;
        for (int k = 0; k < local.size(); ++k) {
            Node node;
            node.node = local.at(k);
            node.tile = tileIndex;
            node.centre
                = QPointF(inner.left() + w * (k % columns + 0.5), inner.top() + h * (k / columns + 0.35));
            node.radius = std::min(radiusFor(nodes.at(local.at(k)).count), std::min(w, h) * 0.3);
            node.text = withoutProvince(labelFor(nodes.at(local.at(k))), tile, language);
            m_nodes.append(node);
        }
    }
    placeLabels(measure, QRectF(QPointF(0, 0), area));
    m_bounds = m_band;
    for (const Tile &tile : std::as_const(m_tiles)) {
        m_bounds = m_bounds.united(tile.rect);
    }
    for (const Node &node : std::as_const(m_nodes)) {
        m_bounds = m_bounds.united(circleBox(node.centre, node.radius));
        if (!node.label.isEmpty()) {
            m_bounds = m_bounds.united(node.label);
        }
    }
}

void AuthorityMapLayout::fitTileLabel(Tile &tile, const QString &shortName, const Measure &measure)
{
    const double room = std::max(1.0, tile.rect.width() - 6);
    const auto widest = [&measure](const QStringList &lines) {
        double width = 0;
        for (const QString &line : lines) {
            width = std::max(width, measure(line).width());
        }
        return width;
    };
    QStringList lines{tile.label};
    if (widest(lines) > room) {
        // Two lines where that is narrower: broken at a space, or at a soft hyphen of the name (then with a
        // hyphen), the break nearest the middle.
        const qsizetype middle = shortName.size() / 2;
        qsizetype best = -1;
        for (qsizetype i = 1; i + 1 < shortName.size(); ++i) {
            const QChar c = shortName.at(i);
            if ((c == u' ' || c == softHyphen)
                && (best < 0 || std::abs(i - middle) < std::abs(best - middle))) {
                best = i;
            }
        }
        if (best > 0) {
            QString first = shortName.left(best).remove(softHyphen);
            if (shortName.at(best) == softHyphen) {
                first += u'-';
            }
            const QStringList split{first, shortName.mid(best + 1).remove(softHyphen)};
            if (widest(split) < widest(lines)) {
                lines = split;
            }
        }
    }
    const double width = widest(lines);
    tile.labelLines = lines;
    tile.labelScale = width > room ? std::max(minLabelScale, room / width) : 1.0;
    const double lineHeight = measure(tile.label).height() * tile.labelScale;
    tile.labelRect = QRectF(tile.rect.topLeft() + QPointF(3, 1),
                            QSizeF(std::min(width * tile.labelScale, room), lineHeight * lines.size()));
}

void AuthorityMapLayout::placeLabels(const Measure &measure, const QRectF &area)
{
    // Obstacles: every node's circle and every tile's own label; labels are placed biggest node first.
    QList<QRectF> taken;
    for (const Node &node : std::as_const(m_nodes)) {
        taken.append(circleBox(node.centre, node.radius + 1));
    }
    for (const Tile &tile : std::as_const(m_tiles)) {
        taken.append(tile.labelRect);
    }
    for (const Group &group : std::as_const(m_groups)) {
        taken.append(QRectF(group.rect.topLeft() + QPointF(4, 1), measure(group.title)));
    }
    QList<int> order;
    for (int i = 0; i < m_nodes.size(); ++i) {
        order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_nodes.at(a).radius > m_nodes.at(b).radius; });
    for (int i : std::as_const(order)) {
        Node &node = m_nodes[i];
        const QSizeF size = measure(node.text);
        const QPointF c = node.centre;
        const double r = node.radius + 2;
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + r), size), // below
            QRectF(QPointF(c.x() + r, c.y() - size.height() / 2), size), // right
            QRectF(QPointF(c.x() - r - size.width(), c.y() - size.height() / 2), size), // left
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - r - size.height()), size), // above
            // Then the corners, which fit where a neighbouring tile is close on one side.
            QRectF(QPointF(c.x() + r * 0.7, c.y() + r * 0.7), size), // below right
            QRectF(QPointF(c.x() - r * 0.7 - size.width(), c.y() + r * 0.7), size), // below left
            QRectF(QPointF(c.x() + r * 0.7, c.y() - r * 0.7 - size.height()), size), // above right
            QRectF(QPointF(c.x() - r * 0.7 - size.width(), c.y() - r * 0.7 - size.height()),
                   size), // above left
        };
        // A national label stays in the band; a local one off every other province's tile (it may use the
        // empty space around its own); neither leaves the area, where it would be cut off.
        const auto allowed = [&](const QRectF &candidate) {
            if (!area.contains(candidate)) {
                return false;
            }
            if (node.tile < 0) {
                return m_band.contains(candidate);
            }
            for (int t = 0; t < m_tiles.size(); ++t) {
                if (t != node.tile && m_tiles.at(t).rect.intersects(candidate)) {
                    return false;
                }
            }
            return !m_band.intersects(candidate);
        };
        for (const QRectF &candidate : candidates) {
            const bool free = allowed(candidate)
                && std::none_of(taken.cbegin(), taken.cend(),
                                [&](const QRectF &other) { return other.intersects(candidate); });
            // A node's own circle is among the obstacles; the candidates keep clear of it by construction.
            if (free) {
                node.label = candidate;
                taken.append(candidate);
                break;
            }
        }
    }
}

int AuthorityMapLayout::nodeAt(const QPointF &point) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const double distance
            = std::hypot(m_nodes.at(i).centre.x() - point.x(), m_nodes.at(i).centre.y() - point.y());
        if (distance <= m_nodes.at(i).radius + 2 && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int AuthorityMapLayout::tileAt(const QPointF &point) const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).rect.contains(point)) {
            return i;
        }
    }
    return -1;
}

const AuthorityMapLayout::Node *AuthorityMapLayout::nodeFor(const QString &code,
                                                            const AuthorityMapData &data) const
{
    for (const Node &node : m_nodes) {
        if (data.nodes().at(node.node).code == code) {
            return &node;
        }
    }
    return nullptr;
}

} // namespace rt::core
