// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The authority map: national authorities in a band across the top, grouped by kind, and the local ones on a
// tile-grid map of China's provinces; each authority a circle sized by the developments it issued under the
// shared filter, coloured by their most frequent kind or stage, with parent and co-issuing edges. It owns the
// map's data and layout; the layout is recomputed on resize and data changes, never while painting, and
// zoom and pan only change the view transform.
//
// It draws on a ZoomableCanvas (wheel, dragging, +/−, Home and export come from there); a click on an
// authority makes it the shared authority filter, Ctrl+click adds or removes it, a click on a province
// chooses all its authorities, and the arrow keys pan.

#include "AuthorityMapData.h"
#include "AuthorityMapLayout.h"
#include "BilingualText.h"
#include "ZoomableCanvas.h"

#include <QHash>
#include <QTransform>
#include <QWidget>

class QComboBox;
class QKeyEvent;
class QLabel;
class QPainter;
class QToolButton;

namespace rt::core {
class Database;
class TextSearch;
struct DevelopmentFilter;
} // namespace rt::core

namespace rt::ui {

class AuthorityMapCanvas;
class FilterBar;

class AuthorityMapView final : public QWidget
{
    Q_OBJECT
public:
    AuthorityMapView(core::Database &db, const core::TextSearch &search, QWidget *parent = nullptr);
    ~AuthorityMapView() override;

    enum class Colouring { Kind, Stage };

    core::AuthorityMapData &data() const { return *m_data; }
    const core::AuthorityMapLayout &layout() const { return m_layout; }
    // The drawing area: band, tiles, nodes and legend, in its own coordinates.
    QWidget *canvas() const;
    // Map (layout) coordinates to canvas coordinates: the zoom and pan.
    const QTransform &transform() const { return m_transform; }
    // Where an authority's node is drawn on the canvas; a null point when it is not on the map.
    QPointF nodePosition(const QString &code) const;
    // Where a province's tile is drawn on the canvas; empty when there is no such tile.
    QRectF tileRect(const QString &province) const;

    // The shared filter: counts follow it, and its authorities are ringed on the map.
    void setFilter(const core::DevelopmentFilter &filter);
    void setContentLanguage(core::Language language);
    void setColouring(Colouring colouring);
    Colouring colouring() const { return m_colouring; }
    void setEdgesShown(bool shown);
    bool edgesShown() const;
    // The company overlay; 0: none.
    void setCompany(qint64 company);
    // How the map names authorities to the user: abbreviations (or names) in the content language ("CAC").
    QString authorityNames(const QStringList &codes) const;

    void fitAll();
    void zoomIn();
    void zoomOut();

    // Writes what the map shows as PNG (drawn at twice the screen's pixel density) or SVG, chosen by the
    // file's suffix. On failure returns false and errorString() says why.
    bool exportImage(const QString &file);
    QString errorString() const;

    // The colouring and edges as the user left them.
    void restoreSettings();

    // Says which filter is on (the window names its parts) and offers to clear it.
    FilterBar *filterBar() const { return m_filterBar; }

Q_SIGNALS:
    // The user chose these authorities as the shared authority filter (empty: none).
    void authoritiesChosen(const QStringList &codes);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class AuthorityMapCanvas;

    void retranslate();
    void fillCompanies();
    // Recomputes the layout for the canvas' size and the data, then schedules a paint.
    void relayout();
    void layoutLegend();
    double mapHeight() const;

    QColor nodeColour(const core::AuthorityNode &node) const;
    void paint(QPainter &painter) const;
    void paintTiles(QPainter &painter) const;
    void paintEdges(QPainter &painter) const;
    void paintNodes(QPainter &painter) const;

    bool key(QKeyEvent *event);
    void click(const QPointF &pos, bool add);
    bool clickable(const QPointF &pos) const;
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    QString nodeToolTip(const core::AuthorityNode &node) const;
    // A screen reader's view of a node: the authority, what its tooltip says, where it is drawn, chosen or
    // not.
    ZoomableCanvas::AccessibleItem accessibleNode(int index) const;
    void zoomAround(double factor, const QPointF &canvasPos);
    void pan(const QPointF &delta);
    void updateAccessibility();
    // The line above the map that names the authorities chosen as the filter, with a button that clears it.

    core::Database &m_db;
    core::AuthorityMapData *m_data = nullptr;
    core::AuthorityMapLayout m_layout;
    QHash<QString, int> m_layoutIndex; // authority code → index into m_layout.nodes()
    core::Language m_language = core::Language::English;
    Colouring m_colouring = Colouring::Kind;
    QStringList m_chosen; // the shared filter's authorities
    QTransform m_transform;
    bool m_fitted = true; // the transform follows the layout until the user zooms or pans

    AuthorityMapCanvas *m_canvas = nullptr;
    QLabel *m_colourLabel = nullptr;
    QComboBox *m_colourCombo = nullptr;
    QLabel *m_companyLabel = nullptr;
    QComboBox *m_companyCombo = nullptr;
    QToolButton *m_edgesButton = nullptr;
    FilterBar *m_filterBar = nullptr;
};

} // namespace rt::ui
