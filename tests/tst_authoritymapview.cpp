// SPDX-License-Identifier: GPL-3.0-or-later
// The authority map in the main window on the demo database, driven with the mouse: a click on an authority
// makes it the browser's authority filter (and the table lists what it issued), Ctrl+click adds another, a
// click on a province chooses all its authorities; the browser's other facets change the counts the nodes
// show; the company overlay marks the provinces a company operates in; the picture exports as PNG and SVG;
// and no label is drawn over another label or node. The demo file, read as plain JSON, is the reference.

#include "BrowserSupport.h"
#include "CompanyRepository.h"
#include "DemoJson.h"
#include "TestSupport.h"

#include "AuthorityMapView.h"
#include "CompanyService.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentsBrowser.h"
#include "FacetModel.h"
#include "MainWindow.h"
#include "Vocabulary.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QXmlStreamReader>

#include <cmath>

using namespace rt;

namespace {

// The English titles of the demo developments the predicate keeps.
template <typename Keep> QSet<QString> demoTitles(Keep keep)
{
    QSet<QString> titles;
    for (const QJsonValue &value : test::demoArray("developments")) {
        const QJsonObject d = value.toObject();
        if (keep(d)) {
            titles.insert(d.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString());
        }
    }
    return titles;
}

QStringList authoritiesOf(const QJsonObject &development)
{
    QStringList codes;
    for (const QJsonValue &code : development.value(QStringLiteral("authorities")).toArray()) {
        codes.append(code.toString());
    }
    return codes;
}

QSet<QString> issuedBy(const QStringList &codes)
{
    return demoTitles([&](const QJsonObject &d) {
        const QStringList issuers = authoritiesOf(d);
        return std::any_of(codes.cbegin(), codes.cend(),
                           [&](const QString &c) { return issuers.contains(c); });
    });
}

// The English titles the browser's table lists.
QSet<QString> tableTitles(const ui::DevelopmentsBrowser &browser)
{
    [&] { QVERIFY(test::shown(browser)); }();
    QSet<QString> titles;
    const core::DevelopmentTableModel &model = *browser.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        titles.insert(model.index(row, 0).data(core::DevelopmentTableModel::TitleEnRole).toString());
    }
    return titles;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// Whether a rectangle and a circle share any point.
bool intersects(const QRectF &rect, const QPointF &centre, double radius)
{
    const double x = std::clamp(centre.x(), rect.left(), rect.right());
    const double y = std::clamp(centre.y(), rect.top(), rect.bottom());
    return std::hypot(centre.x() - x, centre.y() - y) < radius;
}

} // namespace

class TestAuthorityMapView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Window
    {
        std::unique_ptr<core::Database> db;
        std::unique_ptr<ui::MainWindow> window;
        ui::AuthorityMapView *map = nullptr;
        QWidget *canvas = nullptr;
    };

    // The main window on a fresh demo database, showing the map fitted to the view.
    Window openDemo()
    {
        Window w;
        w.db = test::newDemoDatabase(m_dir);
        w.window = std::make_unique<ui::MainWindow>(*w.db, nullptr, false);
        w.window->resize(1400, 900);
        w.window->show();
        if (!QTest::qWaitForWindowExposed(w.window.get())) {
            return {};
        }
        w.window->showView(ui::MainWindow::View::Map);
        w.map = w.window->authorityMap();
        w.canvas = w.map->canvas();
        w.map->fitAll();
        return w;
    }

    // At least the given share of the labels is shown.
    static void checkLabelsApart(const ui::AuthorityMapView &map, double shownShare)
    {
        const core::AuthorityMapLayout &layout = map.layout();
        const QList<core::AuthorityMapLayout::Node> &nodes = layout.nodes();
        int shown = 0;
        QStringList hidden;
        for (int i = 0; i < nodes.size(); ++i) {
            const QRectF label = nodes.at(i).label;
            if (label.isEmpty()) {
                hidden.append(nodes.at(i).text);
                continue;
            }
            ++shown;
            for (int j = 0; j < nodes.size(); ++j) {
                if (j > i && !nodes.at(j).label.isEmpty()) {
                    QVERIFY2(!label.intersects(nodes.at(j).label),
                             qPrintable(nodes.at(i).text + QStringLiteral(" / ") + nodes.at(j).text));
                }
                if (j != i) {
                    QVERIFY2(!intersects(label, nodes.at(j).centre, nodes.at(j).radius),
                             qPrintable(nodes.at(i).text + QStringLiteral(" over the node of ")
                                        + nodes.at(j).text));
                }
            }
        }
        QVERIFY2(shown >= nodes.size() * shownShare,
                 qPrintable(QStringLiteral("%1 of %2 labels shown; hidden: %3")
                                .arg(shown)
                                .arg(nodes.size())
                                .arg(hidden.join(QStringLiteral(", ")))));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyDemoAuthorityIsOnTheMap()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const QJsonArray authorities = test::demoArray("authorities");
        QCOMPARE(w.map->layout().nodes().size(), authorities.size());
        const QRectF visible(QPointF(), QSizeF(w.canvas->size()));
        for (const QJsonValue &value : authorities) {
            const QString code = value.toObject().value(QStringLiteral("code")).toString();
            const QPointF pos = w.map->nodePosition(code);
            QVERIFY2(visible.contains(pos), qPrintable(code));
        }
        QCOMPARE(w.map->layout().tiles().size(), 34);
    }

    void clickingAnAuthorityFiltersByIt()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        ui::DevelopmentsBrowser *browser = w.window->browser();
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, w.map->nodePosition(QStringLiteral("CAC")).toPoint());
        QCOMPARE(browser->authorityFilter(), QStringList{QStringLiteral("CAC")});
        const QSet<QString> cac = issuedBy({QStringLiteral("CAC")});
        QVERIFY(cac.size() >= 3);
        QCOMPARE(tableTitles(*browser), cac);

        // Ctrl+click adds another authority; Ctrl+click again takes it out.
        QTest::mouseClick(w.canvas, Qt::LeftButton, Qt::ControlModifier,
                          w.map->nodePosition(QStringLiteral("TC260")).toPoint());
        QCOMPARE(toSet(browser->authorityFilter()),
                 (QSet<QString>{QStringLiteral("CAC"), QStringLiteral("TC260")}));
        QCOMPARE(tableTitles(*browser), issuedBy({QStringLiteral("CAC"), QStringLiteral("TC260")}));
        QTest::mouseClick(w.canvas, Qt::LeftButton, Qt::ControlModifier,
                          w.map->nodePosition(QStringLiteral("TC260")).toPoint());
        QCOMPARE(browser->authorityFilter(), QStringList{QStringLiteral("CAC")});

        // A plain click replaces the choice.
        QTest::mouseClick(w.canvas, Qt::LeftButton, {},
                          w.map->nodePosition(QStringLiteral("HZ-SAMR")).toPoint());
        QCOMPARE(browser->authorityFilter(), QStringList{QStringLiteral("HZ-SAMR")});
        QCOMPARE(tableTitles(*browser), issuedBy({QStringLiteral("HZ-SAMR")}));
        // The map still shows every authority: choosing some does not empty it.
        QCOMPARE(w.map->layout().nodes().size(), test::demoArray("authorities").size());
    }

    // A click is not silent: the map names the authorities now filtering every view and offers to clear
    // them, and the status bar says what happened.
    void clickingAnAuthoritySaysSoAndCanBeCleared()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        auto *chosen = w.map->findChild<QLabel *>(QStringLiteral("filterBarText"));
        auto *clear = w.map->findChild<QToolButton *>(QStringLiteral("filterBarClear"));
        QVERIFY(chosen && clear);
        QVERIFY(!chosen->isVisible() && !clear->isVisible());
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, w.map->nodePosition(QStringLiteral("CAC")).toPoint());
        QVERIFY(test::shown(*w.window)); // the views follow the filter once the browser has shown it
        QVERIFY(chosen->isVisible() && clear->isVisible());
        QCOMPARE(chosen->text(), QStringLiteral("Developments filtered by CAC"));
        QCOMPARE(w.window->statusBar()->currentMessage(), QStringLiteral("Developments filtered by CAC"));
        QTest::mouseClick(w.canvas, Qt::LeftButton, Qt::ControlModifier,
                          w.map->nodePosition(QStringLiteral("TC260")).toPoint());
        QVERIFY(test::shown(*w.window));
        QCOMPARE(chosen->text(),
                 QStringLiteral("Developments filtered by ")
                     + QLocale().createSeparatedList({QStringLiteral("CAC"), QStringLiteral("TC260")}));

        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(w.window->browser()->authorityFilter().isEmpty());
        QVERIFY(test::shown(*w.window));
        QCOMPARE(w.window->browser()->model()->rowCount(), test::demoArray("developments").size());
        QVERIFY(!chosen->isVisible() && !clear->isVisible());
    }

    // A click that filters by an authority keeps the browser's selection when the selected development is
    // still among those shown (it was cleared), and drops it only when it is not.
    void clickingAnAuthorityKeepsTheSelectionItStillShows()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        ui::DevelopmentsBrowser *browser = w.window->browser();
        QVERIFY(test::shown(*browser));
        const auto rowIssuedBy = [browser](const QString &code, bool issued) {
            const core::DevelopmentTableModel &model = *browser->model();
            for (int row = 0; row < model.rowCount(); ++row) {
                const bool has = model.index(row, 0)
                                     .data(core::DevelopmentTableModel::AuthorityCodesRole)
                                     .toStringList()
                                     .contains(code);
                if (has == issued) {
                    return row;
                }
            }
            return -1;
        };
        const int cacRow = rowIssuedBy(QStringLiteral("CAC"), true);
        QVERIFY(cacRow >= 0);
        browser->selectRow(cacRow);
        const qint64 selected = browser->currentDevelopment();
        QVERIFY(selected != 0);
        QSignalSpy changes(browser, &ui::DevelopmentsBrowser::currentDevelopmentChanged);
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, w.map->nodePosition(QStringLiteral("CAC")).toPoint());
        QVERIFY(test::shown(*w.window));
        QCOMPARE(browser->authorityFilter(), QStringList{QStringLiteral("CAC")});
        QCOMPARE(browser->currentDevelopment(), selected);
        QVERIFY2(changes.isEmpty(), qPrintable(QString::number(changes.size())));
        QCOMPARE(browser->model()->idAt(browser->table()->currentIndex().row()), selected);

        // Another authority that did not issue it: the selection goes, as it is no longer shown.
        w.window->browser()->clearFilters();
        QVERIFY(test::shown(*w.window));
        QCOMPARE(browser->currentDevelopment(), selected);
        const int otherRow = rowIssuedBy(QStringLiteral("CAC"), false);
        QVERIFY(otherRow >= 0);
        const QString other = browser->model()
                                  ->index(otherRow, 0)
                                  .data(core::DevelopmentTableModel::AuthorityCodesRole)
                                  .toStringList()
                                  .value(0);
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, w.map->nodePosition(other).toPoint());
        QVERIFY(test::shown(*w.window));
        const QStringList issuers = browser->model()
                                        ->index(qMax(0, browser->model()->rowForId(selected)), 0)
                                        .data(core::DevelopmentTableModel::AuthorityCodesRole)
                                        .toStringList();
        if (browser->model()->rowForId(selected) < 0) {
            QCOMPARE(browser->currentDevelopment(), qint64(0));
        } else {
            QVERIFY(issuers.contains(other)); // issued jointly: still shown, still selected
            QCOMPARE(browser->currentDevelopment(), selected);
        }
    }

    // A screen reader steps through the authorities on the map: one item per node, named with the
    // authority's name and abbreviation, placed at the node, and chosen ones (the filter's) say so.
    void nodesAreAccessibleItems()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(w.canvas);
        QVERIFY(canvas);
        const QList<core::AuthorityMapLayout::Node> &nodes = w.map->layout().nodes();
        QCOMPARE(canvas->childCount(), int(nodes.size()));
        int cac = -1;
        for (int i = 0; i < canvas->childCount(); ++i) {
            QAccessibleInterface *item = canvas->child(i);
            QVERIFY(item && item->isValid());
            QCOMPARE(item->role(), QAccessible::ListItem);
            QVERIFY(!item->text(QAccessible::Name).isEmpty());
            if (item->text(QAccessible::Name).endsWith(QStringLiteral("(CAC)"))) {
                cac = i;
            }
        }
        QVERIFY(cac >= 0);
        QAccessibleInterface *item = canvas->child(cac);
        QVERIFY(!item->text(QAccessible::Description).isEmpty());
        const QPoint centre = w.map->nodePosition(QStringLiteral("CAC")).toPoint();
        QVERIFY(item->rect().contains(w.canvas->mapToGlobal(centre)));
        QVERIFY(!item->state().selected);
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, centre);
        QVERIFY(test::shown(*w.window));
        QVERIFY(item->state().selected);
    }

    void clickingAProvinceFiltersByItsAuthorities()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        QStringList shanghai;
        for (const QJsonValue &value : test::demoArray("authorities")) {
            if (value.toObject().value(QStringLiteral("region")).toString() == QLatin1StringView("CN-SH")) {
                shanghai.append(value.toObject().value(QStringLiteral("code")).toString());
            }
        }
        QVERIFY(shanghai.size() >= 2);
        // A point of the tile off every node.
        const QRectF tile = w.map->tileRect(QStringLiteral("CN-SH"));
        QVERIFY(!tile.isEmpty());
        QPoint pos;
        for (const QPointF &candidate :
             {tile.bottomRight() + QPointF(-3, -3), tile.bottomLeft() + QPointF(3, -3), tile.center()}) {
            const QPointF mapped = w.map->transform().inverted().map(candidate);
            if (w.map->layout().nodeAt(mapped) < 0) {
                pos = candidate.toPoint();
                break;
            }
        }
        QVERIFY(!pos.isNull());
        QTest::mouseClick(w.canvas, Qt::LeftButton, {}, pos);
        QCOMPARE(toSet(w.window->browser()->authorityFilter()), toSet(shanghai));
        QCOMPARE(tableTitles(*w.window->browser()), issuedBy(shanghai));
    }

    void kindFacetChangesNodeSizes()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const auto count = [&](const QString &code, const QString &kind) {
            int n = 0;
            for (const QJsonValue &value : test::demoArray("developments")) {
                const QJsonObject d = value.toObject();
                n += authoritiesOf(d).contains(code)
                        && (kind.isEmpty() || d.value(QStringLiteral("kind")).toString() == kind)
                    ? 1
                    : 0;
            }
            return n;
        };
        const QStringList codes = {QStringLiteral("CAC"), QStringLiteral("SAMR"), QStringLiteral("TC260"),
                                   QStringLiteral("HZ-SAMR")};
        const auto radius
            = [&](const QString &code) { return w.map->layout().nodeFor(code, w.map->data())->radius; };
        for (const QString &code : codes) {
            QCOMPARE(w.map->data().node(code)->count, count(code, QString()));
        }
        const double tc260 = radius(QStringLiteral("TC260"));
        QVERIFY(tc260 > core::AuthorityMapLayout::minRadius);

        // Only enforcement actions: TC260 issued none, the CAC several.
        auto *kinds = w.window->browser()->findChild<QListView *>(QStringLiteral("facetKind"));
        QVERIFY(kinds);
        auto *model = qobject_cast<core::FacetModel *>(kinds->model());
        QVERIFY(model);
        const QString enforcement = QStringLiteral("enforcement_action");
        model->setCheckedKeys({enforcement});
        QVERIFY(test::shown(*w.window)); // the map follows the browser once its table shows the filter
        for (const QString &code : codes) {
            QCOMPARE(w.map->data().node(code)->count, count(code, enforcement));
        }
        QCOMPARE(radius(QStringLiteral("TC260")), core::AuthorityMapLayout::minRadius);
        QVERIFY(count(QStringLiteral("CAC"), enforcement) >= 2);
        QCOMPARE(radius(QStringLiteral("CAC")), core::AuthorityMapLayout::maxRadius);
        QVERIFY(radius(QStringLiteral("SAMR")) < radius(QStringLiteral("CAC")));
    }

    void companyOverlayMarksItsProvinces()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        QSet<QString> operates;
        for (const QJsonValue &value : test::demoArray("companies")) {
            const QJsonObject company = value.toObject();
            if (company.value(QStringLiteral("id")).toString() == QLatin1StringView("qiantang-bazaar")) {
                for (const QJsonValue &region : company.value(QStringLiteral("regions"))
                                                    .toObject()
                                                    .value(QStringLiteral("operates"))
                                                    .toArray()) {
                    operates.insert(region.toString());
                }
            }
        }
        QCOMPARE(operates,
                 (QSet<QString>{QStringLiteral("CN-ZJ"), QStringLiteral("CN-SH"), QStringLiteral("CN-GD")}));
        const qint64 id = core::CompanyRepository(*w.db).find(QStringLiteral("qiantang-bazaar"));
        QVERIFY(id != 0);
        // Chosen in the overlay box, as a user does.
        auto *combo = w.map->findChild<QComboBox *>(QStringLiteral("mapCompany"));
        QVERIFY(combo);
        const int index = combo->findData(id);
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        QCOMPARE(w.map->data().company(), id);
        QSet<QString> operated;
        for (const core::AuthorityMapLayout::Tile &tile : w.map->layout().tiles()) {
            if (tile.operated) {
                operated.insert(tile.code);
            }
        }
        QCOMPARE(operated, operates);
        // Some authority's rules bind it, with open obligations to show.
        int binding = 0;
        for (const core::AuthorityNode &node : w.map->data().nodes()) {
            binding += node.bindsCompany && node.openObligations > 0 ? 1 : 0;
        }
        QVERIFY(binding > 0);

        combo->setCurrentIndex(0);
        for (const core::AuthorityMapLayout::Tile &tile : w.map->layout().tiles()) {
            QVERIFY(!tile.operated);
        }
    }

    void tooltipNamesBothLanguagesAndCountsByKind()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const QPoint pos = w.map->nodePosition(QStringLiteral("TC260")).toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, w.canvas->mapToGlobal(pos));
        QApplication::sendEvent(w.canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("National Cybersecurity Standardization Technical Committee")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("全国网络安全标准化技术委员会")), qPrintable(text));
        // TC260 issued standards and guidelines in the demo, nothing else.
        int standards = 0;
        for (const QJsonValue &value : test::demoArray("developments")) {
            const QJsonObject d = value.toObject();
            standards += authoritiesOf(d).contains(QStringLiteral("TC260"))
                    && d.value(QStringLiteral("kind")).toString() == QLatin1StringView("standard")
                ? 1
                : 0;
        }
        QVERIFY(standards > 0);
        const QString standardLabel = core::Vocabulary::label(core::DevelopmentKind::Standard);
        QVERIFY2(text.contains(standardLabel + QStringLiteral(": ") + QString::number(standards)),
                 qPrintable(text));
        QVERIFY(!text.contains(core::Vocabulary::label(core::DevelopmentKind::CourtJudgment)));
        QToolTip::hideText();
    }

    void zoomAndFit()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const QString code = QStringLiteral("CAC");
        const QPointF before = w.map->nodePosition(code);
        const double scale = w.map->transform().m11();
        w.canvas->setFocus();
        QTest::keyClick(w.canvas, Qt::Key_Plus);
        QVERIFY(w.map->transform().m11() > scale);
        // Dragging pans by as much as the mouse moved.
        const QPointF zoomed = w.map->nodePosition(code);
        QTest::mousePress(w.canvas, Qt::LeftButton, {}, QPoint(600, 500));
        QTest::mouseMove(w.canvas, QPoint(625, 510));
        QTest::mouseMove(w.canvas, QPoint(650, 520));
        QTest::mouseRelease(w.canvas, Qt::LeftButton, {}, QPoint(650, 520));
        QCOMPARE(w.map->nodePosition(code), zoomed + QPointF(50, 20));
        QVERIFY(w.window->browser()->authorityFilter().isEmpty()); // a drag is no click
        QTest::keyClick(w.canvas, Qt::Key_Home);
        QCOMPARE(w.map->transform().m11(), scale);
        QCOMPARE(w.map->nodePosition(code), before);
    }

    void exportsPngAndSvg()
    {
        Window w = openDemo();
        QVERIFY(w.window);
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        QVERIFY2(w.map->exportImage(png), qPrintable(w.map->errorString()));
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.size(), w.canvas->size() * 2);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 9) {
            for (int x = 0; x < image.width(); x += 9) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() > 20);

        const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
        QVERIFY2(w.map->exportImage(svg), qPrintable(w.map->errorString()));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(file.readAll());
        QString allText;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1StringView("text")) {
                allText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(allText.contains(QStringLiteral("TC260")), qPrintable(allText.left(300)));

        QVERIFY(!w.map->exportImage(m_dir.filePath(QStringLiteral("map.txt"))));
        QVERIFY(!w.map->errorString().isEmpty());
        QVERIFY(!w.map->exportImage(m_dir.filePath(QStringLiteral("no/such/dir/map.png"))));
        QVERIFY(!w.map->errorString().isEmpty());
    }

    void labelsDoNotOverlap_data()
    {
        QTest::addColumn<int>("content");
        QTest::newRow("English") << int(ui::MainWindow::Content::English);
        QTest::newRow("Chinese") << int(ui::MainWindow::Content::Chinese);
    }

    void labelsDoNotOverlap()
    {
        QFETCH(int, content);
        Window w = openDemo();
        QVERIFY(w.window);
        w.window->setContent(ui::MainWindow::Content(content));
        // Nearly every label of the demo's authorities finds a place; one that would cross into a
        // neighbouring province is left to the tooltip.
        checkLabelsApart(*w.map, 0.85);
        QVERIFY(!QTest::currentTestFailed());
        w.map->setCompany(core::CompanyRepository(*w.db).find(QStringLiteral("qiantang-bazaar")));
        checkLabelsApart(*w.map, 0.85);
        QVERIFY(!QTest::currentTestFailed());
        // In a small window some give way (their tooltips remain), and none overlaps.
        w.window->resize(900, 650);
        QApplication::processEvents();
        checkLabelsApart(*w.map, 0.5);
    }
};

QTEST_MAIN(TestAuthorityMapView)
#include "tst_authoritymapview.moc"
