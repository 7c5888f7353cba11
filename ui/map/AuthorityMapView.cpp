// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorityMapView.h"

#include "Change.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "FilterBar.h"
#include "ProvinceGrid.h"
#include "Settings.h"
#include "ViewColours.h"
#include "Vocabulary.h"
#include "ZoomableCanvas.h"

#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rt::ui {

using core::AuthorityMapLayout;

namespace {

constexpr double minScale = 0.25;
constexpr double maxScale = 8.0;
constexpr double fitMargin = 6.0;

// One colour per stage (Vocabulary's order), from open to closed.
QColor stageColour(int stage)
{
    static const QColor colours[] = {
        QColor(0xed, 0xa2, 0x2f), // draft for comments: amber
        QColor(0x4e, 0x79, 0xa7), // issued: blue
        QColor(0x59, 0xa1, 0x4f), // effective: green
        QColor(0x8e, 0x8c, 0x99), // concluded: grey
    };
    return colours[std::clamp(stage, 0, int(std::size(colours)) - 1)];
}

// Tiles are shaded towards this blue by their total; the company overlay draws in the accent.
const QColor shadeColour(0x4e, 0x79, 0xa7);
const QColor accentColour(0xe0, 0x6c, 0x1f);
const QColor coIssuerColour(0x9b, 0x5d, 0xc8);
const QColor noDevelopmentsColour(0x9a, 0x9c, 0xa0);

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const double a = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * a),
                            float(from.greenF() + (to.greenF() - from.greenF()) * a),
                            float(from.blueF() + (to.blueF() - from.blueF()) * a));
}

} // namespace

// The drawing area: zoom, pan, legend and export come from ZoomableCanvas; the rest is the view's.
class AuthorityMapCanvas final : public ZoomableCanvas
{
public:
    explicit AuthorityMapCanvas(AuthorityMapView *view)
        : ZoomableCanvas(QStringLiteral("authorityMapCanvas"), QStringLiteral("map"), view)
        , m_view(view)
    {
        setMinimumSize(320, 240);
    }

    void zoomBy(double factor, const QPointF &anchor) override { m_view->zoomAround(factor, anchor); }
    void panBy(const QPointF &delta) override { m_view->pan(delta); }
    void fitAll() override { m_view->fitAll(); }

protected:
    void paintScene(QPainter &painter, bool) override { m_view->paint(painter); }
    void relayout() override { m_view->relayout(); }
    void visibilityChanged(bool shown) override { m_view->m_data->setActive(shown); }
    ExportText exportText() const override
    {
        return {AuthorityMapView::tr("Export authority map"), QStringLiteral("authority-map.png"),
                core::Settings::Folder::MapPictures, AuthorityMapView::tr("RegTracker authority map"),
                AuthorityMapView::tr("Authorities and the developments they issued")};
    }
    void clicked(const QPointF &pos, Qt::KeyboardModifiers modifiers) override
    {
        m_view->click(pos, modifiers & Qt::ControlModifier);
    }
    bool clickableAt(const QPointF &pos) const override { return m_view->clickable(pos); }
    int accessibleItemCount() const override { return int(m_view->m_layout.nodes().size()); }
    AccessibleItem accessibleItem(int index) const override { return m_view->accessibleNode(index); }

protected:
    void showToolTip(const QPoint &pos, const QPoint &globalPos) override
    {
        m_view->showToolTip(pos, globalPos);
    }
    bool keyPressed(QKeyEvent *event) override { return m_view->key(event); }

private:
    AuthorityMapView *m_view;
};

AuthorityMapView::AuthorityMapView(core::Database &db, const core::TextSearch &search, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("authorityMapView"));
    // Hidden (another tab in front), the map does not count again for every change of the filter.
    m_data = new core::AuthorityMapData(db, search, this, false);

    m_colourLabel = new QLabel(this);
    m_colourCombo = new QComboBox(this);
    m_colourCombo->setObjectName(QStringLiteral("mapColouring"));
    m_colourCombo->addItem(QString(), int(Colouring::Kind));
    m_colourCombo->addItem(QString(), int(Colouring::Stage));
    m_colourLabel->setBuddy(m_colourCombo);
    m_companyLabel = new QLabel(this);
    m_companyCombo = new QComboBox(this);
    m_companyCombo->setObjectName(QStringLiteral("mapCompany"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_companyLabel->setBuddy(m_companyCombo);
    m_edgesButton = new QToolButton(this);
    m_edgesButton->setObjectName(QStringLiteral("mapEdges"));
    m_edgesButton->setCheckable(true);
    m_edgesButton->setChecked(true);
    m_canvas = new AuthorityMapCanvas(this);
    // What a click on the map did elsewhere, said where the click was: the filter now on in every view, and
    // how to undo that.
    m_filterBar = new FilterBar(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_colourLabel);
    controls->addWidget(m_colourCombo);
    controls->addSpacing(8);
    controls->addWidget(m_companyLabel);
    controls->addWidget(m_companyCombo);
    controls->addSpacing(8);
    controls->addWidget(m_edgesButton);
    controls->addStretch(1);
    m_canvas->placeIn(this, controls);
    static_cast<QBoxLayout *>(QWidget::layout())->insertWidget(1, m_filterBar);

    connect(m_colourCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_colouring = Colouring(m_colourCombo->itemData(index).toInt());
        relayout(); // the legend
    });
    connect(m_colourCombo, &QComboBox::activated, this, [this](int) {
        core::Settings().setMapColouring(m_colouring == Colouring::Stage ? QStringLiteral("stage")
                                                                         : QStringLiteral("kind"));
    });
    connect(m_companyCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_data->setCompany(m_companyCombo->itemData(index).toLongLong()); });
    connect(m_edgesButton, &QToolButton::toggled, this, [this] { relayout(); });
    connect(m_edgesButton, &QToolButton::clicked, this,
            [](bool shown) { core::Settings().setMapEdges(shown); });
    connect(m_data, &core::AuthorityMapData::changed, this, [this] {
        relayout();
        updateAccessibility();
    });
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        if (core::entitiesIn(changes) & core::Entity::Company) {
            fillCompanies();
        }
    });

    fillCompanies();
    retranslate();
}

AuthorityMapView::~AuthorityMapView()
{
    m_data->disconnect(this);
    m_db.disconnect(this);
}

QWidget *AuthorityMapView::canvas() const
{
    return m_canvas;
}

void AuthorityMapView::restoreSettings()
{
    const core::Settings settings;
    setColouring(settings.mapColouring() == QLatin1StringView("stage") ? Colouring::Stage : Colouring::Kind);
    setEdgesShown(settings.mapEdges());
}

bool AuthorityMapView::exportImage(const QString &file)
{
    return m_canvas->exportImage(file);
}

QString AuthorityMapView::errorString() const
{
    return m_canvas->errorString();
}

void AuthorityMapView::setFilter(const core::DevelopmentFilter &filter)
{
    m_chosen = filter.authorities;
    m_data->setFilter(filter);
    m_canvas->update();
}

QString AuthorityMapView::authorityNames(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes) {
        QString name = code;
        for (const core::AuthorityNode &node : m_data->nodes()) {
            if (node.code == code) {
                name = !node.abbreviation.preferring(m_language).isEmpty()
                    ? node.abbreviation.preferring(m_language)
                    : node.name.preferring(m_language);
                break;
            }
        }
        names.append(name.isEmpty() ? code : name);
    }
    return QLocale().createSeparatedList(names);
}

void AuthorityMapView::setContentLanguage(core::Language language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    fillCompanies();
    relayout();
    updateAccessibility();
}

void AuthorityMapView::setColouring(Colouring colouring)
{
    m_colourCombo->setCurrentIndex(m_colourCombo->findData(int(colouring)));
}

void AuthorityMapView::setEdgesShown(bool shown)
{
    m_edgesButton->setChecked(shown);
}

bool AuthorityMapView::edgesShown() const
{
    return m_edgesButton->isChecked();
}

void AuthorityMapView::setCompany(qint64 company)
{
    const int index = m_companyCombo->findData(company);
    m_companyCombo->setCurrentIndex(std::max(0, index));
}

void AuthorityMapView::fillCompanies()
{
    const qint64 current = m_companyCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_companyCombo);
    m_companyCombo->clear();
    m_companyCombo->addItem(tr("(none)"), qint64(0));
    for (const core::Company &company : core::CompanyRepository(m_db).all()) {
        m_companyCombo->addItem(company.name.preferring(m_language), company.id);
    }
    const int index = m_companyCombo->findData(current);
    m_companyCombo->setCurrentIndex(std::max(0, index));
    if (index < 0 && m_data->company() != 0) {
        m_data->setCompany(0); // the company is gone
    }
}

void AuthorityMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AuthorityMapView::retranslate()
{
    m_colourLabel->setText(tr("&Colour by:"));
    m_colourCombo->setItemText(0, tr("Kind"));
    m_colourCombo->setItemText(1, tr("Stage"));
    m_colourCombo->setToolTip(
        tr("Colour each authority by the most frequent kind or stage of its developments"));
    m_companyLabel->setText(tr("Company &overlay:"));
    m_companyCombo->setItemText(0, tr("(none)"));
    m_companyCombo->setToolTip(
        tr("Highlight the provinces where a company operates and the authorities whose rules bind it"));
    m_edgesButton->setText(tr("Edges"));
    m_edgesButton->setToolTip(
        tr("Show parent authorities and authorities that issued developments together"));
    m_canvas->setControlToolTips(tr("Fit the map to the view (Home)"),
                                 tr("Save the map as a PNG picture or an SVG drawing"));
    m_canvas->setWhatsThis(tr(
        "The authorities that issued developments in the filter: national ones across the top, local ones on "
        "their province. Click an authority to show only its developments, Ctrl+click to add it, click a "
        "province for all its authorities. The mouse wheel zooms and dragging pans."));
    updateAccessibility();
    relayout();
}

double AuthorityMapView::mapHeight() const
{
    return m_canvas->sceneRect().height();
}

void AuthorityMapView::relayout()
{
    if (!m_canvas) {
        return;
    }
    layoutLegend();
    // Labels are measured with the font they are drawn in, so that the layout keeps them apart.
    const QFontMetricsF metrics(m_canvas->font());
    const auto measure = [&metrics](const QString &text) {
        return QSizeF(metrics.horizontalAdvance(text) + 2, metrics.height());
    };
    m_layout.layout(*m_data, core::ProvinceGrid::builtIn(), m_language,
                    QSizeF(m_canvas->width(), mapHeight()), measure);
    m_layoutIndex.clear();
    const QList<AuthorityMapLayout::Node> &nodes = m_layout.nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        m_layoutIndex.insert(m_data->nodes().at(nodes.at(i).node).code, i);
    }
    if (m_fitted) {
        fitAll();
    }
    m_canvas->update();
}

void AuthorityMapView::layoutLegend()
{
    // The colours of the nodes, then the edges and the overlay.
    QList<ZoomableCanvas::LegendEntry> legend;
    const auto node = [](const QColor &colour) {
        return [colour](QPainter &painter, const QPointF &centre) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(centre, 5.5, 5.5);
        };
    };
    if (m_colouring == Colouring::Stage) {
        const QList<core::Stage> stages = core::Vocabulary::values<core::Stage>();
        for (int i = 0; i < stages.size(); ++i) {
            legend.append({node(stageColour(i)), core::Vocabulary::label(stages.at(i)), {}});
        }
    } else {
        const QList<core::DevelopmentKind> kinds = core::Vocabulary::values<core::DevelopmentKind>();
        for (int i = 0; i < kinds.size(); ++i) {
            legend.append({node(kindColour(i)), core::Vocabulary::label(kinds.at(i)), {}});
        }
    }
    legend.append({[](QPainter &painter, const QPointF &centre) {
                       painter.setPen(QPen(noDevelopmentsColour, 1.5));
                       painter.setBrush(Qt::NoBrush);
                       painter.drawEllipse(centre, 5, 5);
                   },
                   tr("No developments"),
                   {}});
    if (edgesShown()) {
        const QColor base = m_canvas->palette().color(QPalette::Base);
        legend.append({[base](QPainter &painter, const QPointF &centre) {
                           painter.setPen(QPen(mix(base, noDevelopmentsColour, 0.8), 1));
                           painter.drawLine(centre - QPointF(8, 0), centre + QPointF(8, 0));
                       },
                       tr("Parent authority"),
                       {}});
        legend.append({[](QPainter &painter, const QPointF &centre) {
                           painter.setPen(QPen(coIssuerColour, 3, Qt::SolidLine, Qt::RoundCap));
                           painter.drawLine(centre - QPointF(7, 0), centre + QPointF(7, 0));
                       },
                       tr("Issued together"),
                       {}});
    }
    if (m_data->company() != 0) {
        const QColor base = m_canvas->palette().color(QPalette::Base);
        legend.append({[base](QPainter &painter, const QPointF &centre) {
                           painter.setPen(QPen(accentColour, 2));
                           painter.setBrush(mix(base, shadeColour, 0.2));
                           painter.drawRoundedRect(QRectF(centre - QPointF(7, 6), QSizeF(14, 12)), 2, 2);
                       },
                       tr("Company operates here"),
                       {}});
        legend.append({[](QPainter &painter, const QPointF &centre) {
                           painter.setPen(QPen(accentColour, 2));
                           painter.setBrush(Qt::NoBrush);
                           painter.drawEllipse(centre, 6, 6);
                       },
                       tr("Binds the company: open obligations"),
                       {}});
    }
    m_canvas->setLegend(legend, 20);
}

void AuthorityMapView::fitAll()
{
    const QRectF bounds = m_layout.bounds();
    const QRectF area(fitMargin, fitMargin, m_canvas->width() - 2 * fitMargin, mapHeight() - 2 * fitMargin);
    m_transform.reset();
    if (bounds.width() > 0 && bounds.height() > 0 && area.width() > 0 && area.height() > 0) {
        // Laid out for this area, the map fits at about its own size; it is never blown up.
        const double scale = std::clamp(
            std::min(area.width() / bounds.width(), area.height() / bounds.height()), minScale, 1.0);
        const QPointF centre = area.center() - bounds.center() * scale;
        m_transform = QTransform::fromTranslate(centre.x(), centre.y());
        m_transform.scale(scale, scale);
    }
    m_fitted = true;
    m_canvas->update();
}

void AuthorityMapView::zoomIn()
{
    m_canvas->zoomIn();
}

void AuthorityMapView::zoomOut()
{
    m_canvas->zoomOut();
}

void AuthorityMapView::zoomAround(double factor, const QPointF &canvasPos)
{
    const double scale = m_transform.m11();
    const double wanted = std::clamp(scale * factor, minScale, maxScale);
    if (scale <= 0 || wanted == scale) {
        return;
    }
    const double f = wanted / scale;
    m_transform = m_transform * QTransform::fromTranslate(-canvasPos.x(), -canvasPos.y())
        * QTransform::fromScale(f, f) * QTransform::fromTranslate(canvasPos.x(), canvasPos.y());
    m_fitted = false;
    m_canvas->update();
}

void AuthorityMapView::pan(const QPointF &delta)
{
    m_transform = m_transform * QTransform::fromTranslate(delta.x(), delta.y());
    m_fitted = false;
    m_canvas->update();
}

QPointF AuthorityMapView::nodePosition(const QString &code) const
{
    const auto it = m_layoutIndex.constFind(code);
    return it == m_layoutIndex.cend() ? QPointF() : m_transform.map(m_layout.nodes().at(*it).centre);
}

QRectF AuthorityMapView::tileRect(const QString &province) const
{
    for (const AuthorityMapLayout::Tile &tile : m_layout.tiles()) {
        if (tile.code == province) {
            return m_transform.mapRect(tile.rect);
        }
    }
    return {};
}

QColor AuthorityMapView::nodeColour(const core::AuthorityNode &node) const
{
    if (node.count == 0) {
        return noDevelopmentsColour;
    }
    if (m_colouring == Colouring::Stage) {
        return node.dominantStage < 0 ? noDevelopmentsColour : stageColour(node.dominantStage);
    }
    return node.dominantKind < 0 ? noDevelopmentsColour : kindColour(node.dominantKind);
}

void AuthorityMapView::paint(QPainter &painter) const
{
    const QSizeF size = m_canvas->size();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.setClipRect(QRectF(0, 0, size.width(), mapHeight()));
    painter.setTransform(m_transform, true);
    paintTiles(painter);
    if (edgesShown()) {
        paintEdges(painter);
    }
    paintNodes(painter);
    painter.restore();
}

void AuthorityMapView::paintTiles(QPainter &painter) const
{
    const QPalette &palette = m_canvas->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor border = mix(base, text, 0.25);

    // The national band and its groups, titled.
    painter.setPen(Qt::NoPen);
    painter.setBrush(mix(base, text, 0.04));
    painter.drawRoundedRect(m_layout.band(), 6, 6);
    QFont titleFont = m_canvas->font();
    titleFont.setBold(true);
    const QFontMetricsF titleMetrics(titleFont);
    painter.setFont(titleFont);
    for (const AuthorityMapLayout::Group &group : m_layout.groups()) {
        painter.setPen(QPen(border, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(group.rect, 5, 5);
        painter.setPen(mix(base, text, 0.7));
        const QRectF titleRect(group.rect.left() + 6, group.rect.top() + 2, group.rect.width() - 12,
                               titleMetrics.height());
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop,
                         titleMetrics.elidedText(group.title, Qt::ElideRight, titleRect.width()));
    }

    // The provinces, shaded by their totals; the company's in the accent.
    painter.setFont(m_canvas->font());
    for (const AuthorityMapLayout::Tile &tile : m_layout.tiles()) {
        const double radius = std::min(tile.rect.width(), tile.rect.height()) * 0.12;
        painter.setBrush(mix(base, shadeColour, 0.06 + 0.5 * tile.shade));
        painter.setPen(tile.operated ? QPen(accentColour, 3) : QPen(border, 1));
        painter.drawRoundedRect(tile.rect, radius, radius);
        // Where the layout kept the label free of node labels, as it fitted it to the tile: on two lines or
        // smaller where a long name needs it.
        painter.setPen(mix(base, text, 0.75));
        QFont tileFont = m_canvas->font();
        if (tile.labelScale < 1.0) {
            tileFont.setPointSizeF(tileFont.pointSizeF() * tile.labelScale);
        }
        painter.setFont(tileFont);
        const QFontMetricsF tileMetrics(tileFont);
        const double lineHeight = tile.labelRect.height() / std::max<qsizetype>(1, tile.labelLines.size());
        for (qsizetype line = 0; line < tile.labelLines.size(); ++line) {
            const QRectF room(tile.labelRect.left(), tile.labelRect.top() + line * lineHeight,
                              tile.rect.width() - 6, lineHeight);
            painter.drawText(room, Qt::AlignLeft | Qt::AlignTop,
                             tileMetrics.elidedText(tile.labelLines.at(line), Qt::ElideRight, room.width()));
        }
    }
    painter.setFont(m_canvas->font());
}

void AuthorityMapView::paintEdges(QPainter &painter) const
{
    const QColor parentColour = mix(m_canvas->palette().color(QPalette::Base), noDevelopmentsColour, 0.8);
    // Many authorities issue together now and then: only the strongest pairs are drawn, thickness relative to
    // the strongest, so that the map stays readable with hundreds of them.
    QList<core::AuthorityEdge> edges = m_data->edges();
    std::stable_sort(edges.begin(), edges.end(),
                     [](const core::AuthorityEdge &a, const core::AuthorityEdge &b) {
                         return (a.type == core::AuthorityEdge::Type::Parent ? 1 << 30 : a.count)
                             > (b.type == core::AuthorityEdge::Type::Parent ? 1 << 30 : b.count);
                     });
    constexpr int strongest = 40;
    int strongestCount = 1;
    int coIssuers = 0;
    for (const core::AuthorityEdge &edge : std::as_const(edges)) {
        if (edge.type == core::AuthorityEdge::Type::CoIssuer) {
            strongestCount = std::max(strongestCount, edge.count);
        }
    }
    std::reverse(edges.begin(), edges.end()); // the strongest drawn last, on top
    const auto shown = std::count_if(edges.cbegin(), edges.cend(), [](const core::AuthorityEdge &edge) {
        return edge.type == core::AuthorityEdge::Type::CoIssuer;
    });
    for (const core::AuthorityEdge &edge : std::as_const(edges)) {
        if (edge.type == core::AuthorityEdge::Type::CoIssuer && ++coIssuers <= shown - strongest) {
            continue;
        }
        const auto from = m_layoutIndex.constFind(edge.from);
        const auto to = m_layoutIndex.constFind(edge.to);
        if (from == m_layoutIndex.cend() || to == m_layoutIndex.cend()) {
            continue;
        }
        const AuthorityMapLayout::Node &a = m_layout.nodes().at(*from);
        const AuthorityMapLayout::Node &b = m_layout.nodes().at(*to);
        if (edge.type == core::AuthorityEdge::Type::Parent) {
            painter.setPen(QPen(parentColour, 1, Qt::SolidLine, Qt::RoundCap));
        } else {
            QColor colour = coIssuerColour;
            colour.setAlphaF(0.6f);
            painter.setPen(QPen(colour, 1.0 + 5.0 * std::sqrt(double(edge.count) / strongestCount),
                                Qt::SolidLine, Qt::RoundCap));
        }
        painter.drawLine(a.centre, b.centre);
    }
}

void AuthorityMapView::paintNodes(QPainter &painter) const
{
    const QPalette &palette = m_canvas->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QList<core::AuthorityNode> &data = m_data->nodes();
    for (const AuthorityMapLayout::Node &placed : m_layout.nodes()) {
        const core::AuthorityNode &node = data.at(placed.node);
        // Without developments in the filter, an authority is only outlined.
        if (node.count == 0) {
            painter.setPen(QPen(noDevelopmentsColour, 1.5));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(QPen(base, 1.5));
            painter.setBrush(nodeColour(node));
        }
        painter.drawEllipse(placed.centre, placed.radius, placed.radius);
        if (node.bindsCompany) {
            painter.setPen(QPen(accentColour, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(placed.centre, placed.radius + 3, placed.radius + 3);
        }
        if (m_chosen.contains(node.code)) {
            painter.setPen(QPen(highlight, 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            const double ring = placed.radius + (node.bindsCompany ? 6 : 3);
            painter.drawEllipse(placed.centre, ring, ring);
        }
    }

    // Labels where the layout placed them (hidden ones are left to the tooltip).
    painter.setFont(m_canvas->font());
    painter.setPen(palette.color(QPalette::Text));
    for (const AuthorityMapLayout::Node &placed : m_layout.nodes()) {
        if (!placed.label.isEmpty()) {
            painter.drawText(placed.label, Qt::AlignCenter, placed.text);
        }
    }

    // The open obligations of the overlay company, as a badge on the binding authorities.
    QFont badgeFont = m_canvas->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.8);
    badgeFont.setBold(true);
    const QFontMetricsF badgeMetrics(badgeFont);
    painter.setFont(badgeFont);
    for (const AuthorityMapLayout::Node &placed : m_layout.nodes()) {
        const core::AuthorityNode &node = data.at(placed.node);
        if (!node.bindsCompany || node.openObligations == 0) {
            continue;
        }
        const QString count = QLocale().toString(node.openObligations);
        const double height = badgeMetrics.height();
        const double width = std::max(height, badgeMetrics.horizontalAdvance(count) + 6);
        const QRectF badge(placed.centre.x() + placed.radius * 0.7 - width / 2,
                           placed.centre.y() - placed.radius * 0.7 - height / 2, width, height);
        painter.setPen(QPen(base, 1));
        painter.setBrush(accentColour);
        painter.drawRoundedRect(badge, height / 2, height / 2);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, count);
    }
}

bool AuthorityMapView::clickable(const QPointF &pos) const
{
    const QPointF point = m_transform.inverted().map(pos);
    return m_layout.nodeAt(point) >= 0 || m_layout.tileAt(point) >= 0;
}

bool AuthorityMapView::key(QKeyEvent *event)
{
    const double step = 40;
    switch (event->key()) {
    case Qt::Key_Left:
        pan(QPointF(step, 0));
        return true;
    case Qt::Key_Right:
        pan(QPointF(-step, 0));
        return true;
    case Qt::Key_Up:
        pan(QPointF(0, step));
        return true;
    case Qt::Key_Down:
        pan(QPointF(0, -step));
        return true;
    default:
        return false;
    }
}

void AuthorityMapView::click(const QPointF &pos, bool add)
{
    const QPointF point = m_transform.inverted().map(pos);
    const int node = m_layout.nodeAt(point);
    if (node >= 0) {
        const QString code = m_data->nodes().at(m_layout.nodes().at(node).node).code;
        QStringList codes;
        if (add) {
            codes = m_chosen;
            if (!codes.removeOne(code)) {
                codes.append(code);
            }
        } else {
            codes = {code};
        }
        Q_EMIT authoritiesChosen(codes);
        return;
    }
    const int tile = m_layout.tileAt(point);
    if (tile >= 0) {
        Q_EMIT authoritiesChosen(m_data->authoritiesIn(m_layout.tiles().at(tile).code));
    }
}

QString AuthorityMapView::nodeToolTip(const core::AuthorityNode &node) const
{
    // Both names, the interface's language first, then what the authority issued by kind.
    const core::Language first
        = QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English;
    const core::Language second
        = first == core::Language::Chinese ? core::Language::English : core::Language::Chinese;
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(node.name.preferring(first).toHtmlEscaped()));
    if (!node.name.in(second).isEmpty() && node.name.in(second) != node.name.in(first)) {
        lines.append(node.name.in(second).toHtmlEscaped());
    }
    lines.append(tr("%Ln development(s) in the filter", nullptr, node.count));
    const QList<core::DevelopmentKind> kinds = core::Vocabulary::values<core::DevelopmentKind>();
    for (int i = 0; i < kinds.size() && i < node.byKind.size(); ++i) {
        if (node.byKind.at(i) > 0) {
            lines.append(tr("%1: %2").arg(core::Vocabulary::label(kinds.at(i)).toHtmlEscaped(),
                                          QLocale().toString(node.byKind.at(i))));
        }
    }
    if (node.bindsCompany) {
        lines.append(tr("Binds %1: %Ln open obligation(s)", nullptr, node.openObligations)
                         .arg(m_companyCombo->currentText().toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

ZoomableCanvas::AccessibleItem AuthorityMapView::accessibleNode(int index) const
{
    const AuthorityMapLayout::Node &placed = m_layout.nodes().at(index);
    const core::AuthorityNode &authority = m_data->nodes().at(placed.node);
    const QString name = authority.name.preferring(m_language);
    const QString abbreviation = authority.abbreviation.preferring(m_language);
    return {abbreviation.isEmpty() || abbreviation == name ? name : tr("%1 (%2)").arg(name, abbreviation),
            QTextDocumentFragment::fromHtml(nodeToolTip(authority)).toPlainText(),
            m_transform
                .mapRect(QRectF(placed.centre - QPointF(placed.radius, placed.radius),
                                QSizeF(2 * placed.radius, 2 * placed.radius)))
                .toAlignedRect(),
            m_chosen.contains(authority.code)};
}

void AuthorityMapView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const QPointF point = m_transform.inverted().map(QPointF(pos));
    const int node = m_layout.nodeAt(point);
    if (node >= 0) {
        const AuthorityMapLayout::Node &placed = m_layout.nodes().at(node);
        const QRect area = m_transform
                               .mapRect(QRectF(placed.centre - QPointF(placed.radius, placed.radius),
                                               QSizeF(2 * placed.radius, 2 * placed.radius)))
                               .toAlignedRect();
        QToolTip::showText(globalPos, nodeToolTip(m_data->nodes().at(placed.node)), m_canvas, area);
        return;
    }
    const int tileIndex = m_layout.tileAt(point);
    const core::ProvinceTile *province
        = tileIndex >= 0 ? core::ProvinceGrid::builtIn().tile(m_layout.tiles().at(tileIndex).code) : nullptr;
    if (province) {
        const QString text = QStringLiteral("<b>%1</b><br>%2<br>%3")
                                 .arg(province->name.en.toHtmlEscaped(), province->name.zh.toHtmlEscaped(),
                                      tr("%Ln development(s) by its authorities", nullptr,
                                         m_data->provinceTotal(province->code)));
        QToolTip::showText(globalPos, text, m_canvas,
                           m_transform.mapRect(m_layout.tiles().at(tileIndex).rect).toAlignedRect());
        return;
    }
    QToolTip::hideText();
}

void AuthorityMapView::updateAccessibility()
{
    int active = 0;
    for (const core::AuthorityNode &node : m_data->nodes()) {
        active += node.count > 0 ? 1 : 0;
    }
    m_canvas->setAccessibleName(tr("Authority map"));
    m_canvas->setAccessibleDescription(tr("%Ln authorities on the map, %1 with developments in the filter",
                                          nullptr, int(m_data->nodes().size()))
                                           .arg(QLocale().toString(active)));
    QAccessibleEvent nameChanged(m_canvas, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&nameChanged);
}

} // namespace rt::ui
