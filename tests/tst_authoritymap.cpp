// SPDX-License-Identifier: GPL-3.0-or-later
// The authority map's core: the province tile grid, counts under the shared filter, parent and co-issuer
// edges, the company overlay (all checked against the demo file read as plain JSON) and a layout whose labels
// never overlap.

#include "DemoJson.h"
#include "TestSupport.h"

#include "AuthorityMapData.h"
#include "AuthorityMapLayout.h"
#include "ChecklistModel.h"
#include "Database.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "ProvinceGrid.h"
#include "Regions.h"
#include "TextSearch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rt::core;
using rt::test::demoArray;

namespace {

QStringList codesOf(const QJsonValue &development)
{
    QStringList codes;
    for (const QJsonValue &code : development[QStringLiteral("authorities")].toArray()) {
        codes.append(code.toString());
    }
    return codes;
}

// No two visible labels overlap, no label covers another node, none leaves the area (where it was cut off),
// a national one stays in the band and a local one off every other province's tile (they overlapped
// neighbouring tiles).
void checkLabels(const AuthorityMapLayout &layout, const QSizeF &area)
{
    const QList<AuthorityMapLayout::Node> &nodes = layout.nodes();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).label.isEmpty()) {
            continue;
        }
        const QRectF label = nodes.at(i).label;
        QVERIFY2(QRectF(QPointF(0, 0), area).contains(label), qPrintable(nodes.at(i).text));
        if (nodes.at(i).tile < 0) {
            QVERIFY2(layout.band().contains(label), qPrintable(nodes.at(i).text));
        } else {
            for (qsizetype t = 0; t < layout.tiles().size(); ++t) {
                QVERIFY2(t == nodes.at(i).tile || !layout.tiles().at(t).rect.intersects(label),
                         qPrintable(nodes.at(i).text + QStringLiteral(" over ") + layout.tiles().at(t).code));
            }
        }
        for (qsizetype j = 0; j < nodes.size(); ++j) {
            if (i == j) {
                continue;
            }
            const auto &other = nodes.at(j);
            QVERIFY2(other.label.isEmpty() || !nodes.at(i).label.intersects(other.label),
                     qPrintable(nodes.at(i).text + QStringLiteral(" / ") + other.text));
            const QRectF circle(other.centre.x() - other.radius, other.centre.y() - other.radius,
                                2 * other.radius, 2 * other.radius);
            QVERIFY2(!nodes.at(i).label.intersects(circle),
                     qPrintable(nodes.at(i).text + QStringLiteral(" covers ") + other.text));
        }
    }
}

} // namespace

class TestAuthorityMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tileGrid()
    {
        const ProvinceGrid &grid = ProvinceGrid::builtIn();
        QCOMPARE(grid.tiles().size(), 34);
        QSet<QString> codes;
        QSet<std::pair<int, int>> cells;
        for (const ProvinceTile &tile : grid.tiles()) {
            codes.insert(tile.code);
            cells.insert({tile.row, tile.column});
            QVERIFY(tile.name.isComplete() && tile.shortName.isComplete());
        }
        QCOMPARE(cells.size(), 34); // no two in one cell
        QSet<QString> expected;
        for (const Region &region : regions()) {
            expected.insert(QString::fromLatin1(region.code));
        }
        QCOMPARE(codes, expected);
        QCOMPARE(grid.tile(QStringLiteral("CN-SH"))->shortName.zh, QStringLiteral("沪"));
        QCOMPARE(grid.tile(QStringLiteral("CN-BJ"))->shortName.zh, QStringLiteral("京"));
        QCOMPARE(grid.tile(QStringLiteral("CN-GD"))->shortName.zh, QStringLiteral("粤"));

        // Neighbours roughly where they belong.
        const auto at = [&](const char *code) { return *grid.tile(QString::fromLatin1(code)); };
        int westmost = 99;
        int mainlandSouth = 0;
        for (const ProvinceTile &tile : grid.tiles()) {
            westmost = std::min(westmost, tile.column);
            if (tile.code != QLatin1StringView("CN-HK") && tile.code != QLatin1StringView("CN-MO")) {
                mainlandSouth = std::max(mainlandSouth, tile.row);
            }
        }
        QCOMPARE(at("CN-XJ").column, westmost); // Xinjiang in the west
        QCOMPARE(at("CN-HL").row, 0); // Heilongjiang in the north-east
        for (const ProvinceTile &tile : grid.tiles()) {
            QVERIFY(tile.column <= at("CN-HL").column);
            if (tile.row == at("CN-SH").row) {
                QVERIFY(tile.column <= at("CN-SH").column); // Shanghai on the east coast
            }
        }
        QCOMPARE(at("CN-HI").row, mainlandSouth); // Hainan in the south
        QVERIFY(at("CN-BJ").row < at("CN-SH").row);
        QVERIFY(at("CN-XZ").column < at("CN-SC").column);
        QVERIFY(at("CN-GD").row > at("CN-HB").row);
        QVERIFY(at("CN-HE").row == at("CN-BJ").row + 1
                && std::abs(at("CN-HE").column - at("CN-BJ").column) <= 1);
        QVERIFY(at("CN-ZJ").row == at("CN-SH").row + 1 && at("CN-ZJ").column == at("CN-SH").column - 1);

        // Bad data is named by its line.
        try {
            ProvinceGrid::parse(QStringLiteral("CN-AA,0,0,A,甲,A,甲\nCN-BB,0,0,B,乙,B,乙\n"),
                                QStringLiteral("g.csv"));
            QFAIL("two tiles in one cell were accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("g.csv, line 2")), qPrintable(error.message()));
        }
    }

    void countsFollowTheFilter()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        AuthorityMapData data(*db, search);
        QHash<QString, int> expected;
        QHash<QString, int> enforcement;
        for (const QJsonValue &d : demoArray("developments")) {
            for (const QString &code : codesOf(d)) {
                ++expected[code];
                if (d[QStringLiteral("kind")].toString() == QLatin1StringView("enforcement_action")) {
                    ++enforcement[code];
                }
            }
        }
        QCOMPARE(data.nodes().size(), demoArray("authorities").size());
        for (const AuthorityNode &node : data.nodes()) {
            QCOMPARE(node.count, expected.value(node.code));
        }
        DevelopmentFilter filter;
        filter.kinds = {QStringLiteral("enforcement_action")};
        filter.authorities = {QStringLiteral("CAC")}; // the map's own dimension does not narrow it
        data.setFilter(filter);
        for (const AuthorityNode &node : data.nodes()) {
            QCOMPARE(node.count, enforcement.value(node.code));
            QCOMPARE(node.byKind.at(
                         Vocabulary::values<DevelopmentKind>().indexOf(DevelopmentKind::EnforcementAction)),
                     node.count);
        }
        // A province's total: the developments of its authorities.
        data.setFilter({});
        QSet<QString> shanghai;
        QSet<QString> shanghaiAuthorities;
        for (const QJsonValue &a : demoArray("authorities")) {
            if (a[QStringLiteral("region")].toString() == QLatin1StringView("CN-SH")) {
                shanghaiAuthorities.insert(a[QStringLiteral("code")].toString());
            }
        }
        for (const QJsonValue &d : demoArray("developments")) {
            for (const QString &code : codesOf(d)) {
                if (shanghaiAuthorities.contains(code)) {
                    shanghai.insert(d[QStringLiteral("id")].toString());
                }
            }
        }
        QCOMPARE(data.provinceTotal(QStringLiteral("CN-SH")), int(shanghai.size()));
        const QStringList in = data.authoritiesIn(QStringLiteral("CN-SH"));
        QCOMPARE(QSet<QString>(in.cbegin(), in.cend()), shanghaiAuthorities);
    }

    void parentAndCoIssuerEdges()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        AuthorityMapData data(*db, search);
        QSet<std::pair<QString, QString>> parents;
        for (const QJsonValue &a : demoArray("authorities")) {
            if (a[QStringLiteral("parent")].isString()) {
                parents.insert(
                    {a[QStringLiteral("code")].toString(), a[QStringLiteral("parent")].toString()});
            }
        }
        QMap<std::pair<QString, QString>, int> together;
        for (const QJsonValue &d : demoArray("developments")) {
            const QStringList codes = codesOf(d);
            for (qsizetype i = 0; i < codes.size(); ++i) {
                for (qsizetype j = i + 1; j < codes.size(); ++j) {
                    ++together[{std::min(codes.at(i), codes.at(j)), std::max(codes.at(i), codes.at(j))}];
                }
            }
        }
        QSet<std::pair<QString, QString>> parentEdges;
        QMap<std::pair<QString, QString>, int> coIssuers;
        for (const AuthorityEdge &edge : data.edges()) {
            if (edge.type == AuthorityEdge::Type::Parent) {
                parentEdges.insert({edge.from, edge.to});
            } else {
                coIssuers[{std::min(edge.from, edge.to), std::max(edge.from, edge.to)}] += edge.count;
            }
        }
        QVERIFY(parents.contains({QStringLiteral("SH-CAC"), QStringLiteral("CAC")}));
        QVERIFY(parents.contains({QStringLiteral("HZ-SAMR"), QStringLiteral("SAMR")}));
        QCOMPARE(parentEdges, parents);
        QCOMPARE(coIssuers, together);

        // The demo names one issuer per development: two issued together show as an edge with their count.
        DevelopmentService service(*db);
        for (const QString &uid : {QStringLiteral("joint-1"), QStringLiteral("joint-2")}) {
            Development d;
            d.uid = uid;
            d.title.en = QStringLiteral("Joint notice on app governance");
            d.authorities = {QStringLiteral("MIIT"), QStringLiteral("CAC")};
            d.kind = DevelopmentKind::Regulation;
            d.stage = Stage::Issued;
            d.announced = QDate(2025, 9, 1);
            service.create(d);
        }
        int joint = 0;
        for (const AuthorityEdge &edge : data.edges()) {
            if (edge.type == AuthorityEdge::Type::CoIssuer
                && QSet<QString>{edge.from, edge.to}
                    == QSet<QString>{QStringLiteral("CAC"), QStringLiteral("MIIT")}) {
                joint += edge.count;
            }
        }
        QCOMPARE(joint, together.value({QStringLiteral("CAC"), QStringLiteral("MIIT")}) + 2);
    }

    void companyOverlay()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        AuthorityMapData data(*db, search);
        const qint64 company
            = db->scalar(QStringLiteral("SELECT id FROM companies WHERE uid = 'qiantang-bazaar'"))
                  .toLongLong();
        data.setCompany(company);
        const QStringList provinces = data.companyProvinces();
        QCOMPARE(QSet<QString>(provinces.cbegin(), provinces.cend()),
                 (QSet<QString>{QStringLiteral("CN-ZJ"), QStringLiteral("CN-SH"), QStringLiteral("CN-GD")}));
        // Binding: the issuers of the developments on the company's checklist (from the demo JSON), with the
        // checklist's open rows per issuer.
        ChecklistModel checklist(*db);
        checklist.setCompany(company);
        QHash<qint64, int> openPerDevelopment;
        for (int g = 0; g < checklist.groupCount(); ++g) {
            for (const ChecklistRow &row : checklist.groupRows(g)) {
                openPerDevelopment[row.developmentId]
                    += row.assessment.status != AssessmentStatus::Done ? 1 : 0;
            }
        }
        QHash<QString, int> open;
        for (const QJsonValue &d : demoArray("developments")) {
            const qint64 id = db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = ?"),
                                         {d[QStringLiteral("id")].toString()})
                                  .toLongLong();
            if (openPerDevelopment.contains(id)) {
                for (const QString &code : codesOf(d)) {
                    open[code] += openPerDevelopment.value(id);
                }
            }
        }
        QVERIFY(!open.isEmpty());
        for (const AuthorityNode &node : data.nodes()) {
            QCOMPARE(node.bindsCompany, open.contains(node.code));
            QCOMPARE(node.openObligations, open.value(node.code));
        }
        data.setCompany(0);
        QVERIFY(data.companyProvinces().isEmpty());
    }

    void layoutPlacesEveryAuthorityReadably()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        AuthorityMapData data(*db, search);
        for (Language language : {Language::English, Language::Chinese}) {
            AuthorityMapLayout layout;
            layout.layout(data, ProvinceGrid::builtIn(), language, QSizeF(1400, 800));
            QCOMPARE(layout.nodes().size(), data.nodes().size());
            QCOMPARE(layout.tiles().size(), 34);
            for (const AuthorityMapLayout::Node &node : layout.nodes()) {
                const AuthorityNode &authority = data.nodes().at(node.node);
                if (authority.isNational()) {
                    QVERIFY(layout.band().contains(node.centre));
                } else {
                    QCOMPARE(layout.tiles().at(node.tile).code, authority.region);
                    QVERIFY(layout.tiles().at(node.tile).rect.contains(node.centre));
                }
                QCOMPARE(layout.nodes().at(layout.nodeAt(node.centre)).node, node.node);
            }
            // Bigger counts, bigger nodes.
            const auto *cac = layout.nodeFor(QStringLiteral("CAC"), data);
            const auto *caam = layout.nodeFor(QStringLiteral("WAIC"), data);
            QVERIFY(cac && caam);
            QVERIFY(data.node(QStringLiteral("CAC"))->count <= data.node(QStringLiteral("WAIC"))->count
                    || cac->radius >= caam->radius);
            checkLabels(layout, QSizeF(1400, 800));
            int shown = 0;
            for (const AuthorityMapLayout::Node &node : layout.nodes()) {
                shown += node.label.isEmpty() ? 0 : 1;
            }
            QVERIFY2(shown * 10 >= int(layout.nodes().size()) * 8, qPrintable(QString::number(shown)));
            QCOMPARE(layout.tiles().at(layout.tileAt(layout.tiles().at(5).rect.center())).code,
                     layout.tiles().at(5).code);
        }
    }

    // Every province's name is drawn whole inside its tile — on two lines or a little smaller where it is
    // long — never cut off ("Heilongji…", "Inner Mo…"), in both languages and at the sizes the map is shown.
    void provinceNamesFitTheirTiles_data()
    {
        QTest::addColumn<QSizeF>("area");
        QTest::newRow("wide") << QSizeF(1400, 800);
        QTest::newRow("window") << QSizeF(1240, 700);
        QTest::newRow("narrow") << QSizeF(760, 700);
    }

    void provinceNamesFitTheirTiles()
    {
        QFETCH(QSizeF, area);
        QTemporaryDir dir;
        auto db = rt::test::newDemoDatabase(dir);
        SubstringSearch search;
        AuthorityMapData data(*db, search);
        for (Language language : {Language::English, Language::Chinese}) {
            AuthorityMapLayout layout;
            layout.layout(data, ProvinceGrid::builtIn(), language, area);
            for (const AuthorityMapLayout::Tile &tile : layout.tiles()) {
                QVERIFY2(tile.rect.contains(tile.labelRect), qPrintable(tile.code));
                const QString joined = tile.labelLines.join(u' ');
                QVERIFY2(joined == tile.label
                             || (tile.labelLines.size() == 2 && tile.labelLines.first().endsWith(u'-')
                                 && tile.labelLines.join(QString()).remove(u'-') == tile.label),
                         qPrintable(joined));
                QVERIFY(tile.labelScale >= AuthorityMapLayout::minLabelScale);
                for (const QString &line : tile.labelLines) {
                    QVERIFY2(AuthorityMapLayout::estimate(line).width() * tile.labelScale
                                 <= tile.rect.width() - 6,
                             qPrintable(tile.code + u' ' + line));
                }
            }
            const auto tileOf = [&layout](const QString &code) {
                for (const AuthorityMapLayout::Tile &tile : layout.tiles()) {
                    if (tile.code == code) {
                        return tile;
                    }
                }
                return AuthorityMapLayout::Tile();
            };
            const AuthorityMapLayout::Tile innerMongolia = tileOf(QStringLiteral("CN-NM"));
            if (language == Language::English
                && AuthorityMapLayout::estimate(innerMongolia.label).width()
                    > innerMongolia.rect.width() - 6) {
                QCOMPARE(innerMongolia.labelLines,
                         (QStringList{QStringLiteral("Inner"), QStringLiteral("Mongolia")}));
                QCOMPARE(tileOf(QStringLiteral("CN-HL")).label, QStringLiteral("Heilongjiang"));
            }
            checkLabels(layout, area);
        }
    }

    void manyAuthoritiesStayReadable()
    {
        QTemporaryDir dir;
        auto db = rt::test::newGeneratedDatabase(dir, QStringLiteral("many.sqlite"), 3000);
        SubstringSearch search;
        AuthorityMapData data(*db, search);
        QVERIFY(data.nodes().size() > 50);
        AuthorityMapLayout layout;
        layout.layout(data, ProvinceGrid::builtIn(), Language::Chinese, QSizeF(1400, 900));
        QCOMPARE(layout.nodes().size(), data.nodes().size());
        checkLabels(layout, QSizeF(1400, 900));
    }
};

QTEST_GUILESS_MAIN(TestAuthorityMap)
#include "tst_authoritymap.moc"
