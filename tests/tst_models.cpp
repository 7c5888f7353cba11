// SPDX-License-Identifier: GPL-3.0-or-later
// The item models of core: checked by QAbstractItemModelTester, compared against the demo file read as plain
// JSON (not through our importer), and paged lazily over a large generated database.

#include "DemoJson.h"
#include "TestSupport.h"

#include "AnnouncedDate.h"
#include "AuthorityRepository.h"
#include "DateText.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DevelopmentTableModel.h"
#include "FacetModel.h"
#include "ObligationTableModel.h"
#include "TextSearch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rt::core;
using rt::test::demoArray;

namespace {

// Every text of a development, for the substring oracle.
QString allText(const QJsonObject &d)
{
    QStringList parts;
    for (const char *key : {"title", "document_title", "summary"}) {
        const QJsonObject text = d.value(QLatin1StringView(key)).toObject();
        parts << text.value(QStringLiteral("en")).toString() << text.value(QStringLiteral("zh")).toString();
    }
    for (const QJsonValue &o : d.value(QStringLiteral("obligations")).toArray()) {
        const QJsonObject text = o.toObject().value(QStringLiteral("text")).toObject();
        parts << text.value(QStringLiteral("en")).toString() << text.value(QStringLiteral("zh")).toString();
    }
    return parts.join(u'\n').toLower();
}

int expectedMatches(const QStringList &terms)
{
    int count = 0;
    for (const QJsonValue &value : demoArray("developments")) {
        const QString text = allText(value.toObject());
        count += std::all_of(terms.cbegin(), terms.cend(),
                             [&](const QString &t) { return text.contains(t.toLower()); });
    }
    return count;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, column).data(role).toString());
    }
    return values;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SubstringSearch m_search;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = rt::test::newDatabase(m_dir, QStringLiteral("demo.sqlite"), true);
    }

    // One date policy: tables ISO, prose the locale's long form, and ISO everywhere when preferred; never the
    // short forms that wrote "8/5/25 4:00 AM".
    void datePolicy()
    {
        const QDate day(2025, 8, 15);
        QCOMPARE(DateText::table(day), QStringLiteral("2025-08-15"));
        QCOMPARE(DateText::table(QDate()), QString());
        const QDateTime moment(day, QTime(14, 5));
        QCOMPARE(DateText::table(moment), QStringLiteral("2025-08-15 14:05"));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QCOMPARE(DateText::prose(day, english), QStringLiteral("Friday, August 15, 2025"));
        QVERIFY2(DateText::prose(day, chinese).startsWith(QStringLiteral("2025年8月15日")),
                 qPrintable(DateText::prose(day, chinese)));
        QCOMPARE(DateText::prose(moment, english), QStringLiteral("Friday, August 15, 2025 14:05"));
        DateText::setProse(DateText::Prose::Iso);
        QCOMPARE(DateText::prose(day, chinese), QStringLiteral("2025-08-15"));
        QCOMPARE(DateText::prose(moment, english), QStringLiteral("2025-08-15 14:05"));
        DateText::setProse(DateText::Prose::LocaleLong);
        // Approximate announcement dates in a table: the period, or both ends as ISO dates.
        QCOMPARE(AnnouncedDate::text(QDate(2025, 2, 3), QDate(2025, 3, 19), english),
                 QStringLiteral("≈ 2025-02-03 – 2025-03-19"));
        QCOMPARE(AnnouncedDate::text(day, QDate(), english), QStringLiteral("2025-08-15"));
    }

    void tableShowsEveryDevelopmentNewestFirst()
    {
        DevelopmentTableModel model(*m_db, m_search);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(model.totalCount(), 31);
        model.sort(DevelopmentTableModel::DateColumn, Qt::DescendingOrder);
        QStringList dates = column(model, DevelopmentTableModel::DateColumn);
        QStringList expected;
        for (const QJsonValue &d : demoArray("developments")) {
            expected.append(d.toObject()
                                .value(QStringLiteral("dates"))
                                .toObject()
                                .value(QStringLiteral("announced"))
                                .toString());
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(dates, expected);

        model.sort(DevelopmentTableModel::TitleColumn, Qt::AscendingOrder);
        const QStringList titles = column(model, DevelopmentTableModel::TitleColumn);
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QCOMPARE(titles, sorted);
    }

    void contentLanguage()
    {
        DevelopmentTableModel model(*m_db, m_search);
        const QModelIndex title = model.index(0, DevelopmentTableModel::TitleColumn);
        QCOMPARE(title.data().toString(), title.data(DevelopmentTableModel::TitleEnRole).toString());
        model.setLanguage(Language::Chinese);
        QCOMPARE(model.index(0, DevelopmentTableModel::TitleColumn).data().toString(),
                 model.index(0, DevelopmentTableModel::TitleColumn)
                     .data(DevelopmentTableModel::TitleZhRole)
                     .toString());
        QVERIFY(!model.index(0, DevelopmentTableModel::TitleColumn)
                     .data(DevelopmentTableModel::TitleZhRole)
                     .toString()
                     .isEmpty());
    }

    void textSearchInBothLanguages_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("chinese two characters") << QStringLiteral("算法");
        QTest::newRow("chinese term") << QStringLiteral("未成年人");
        QTest::newRow("english word, any case") << QStringLiteral("Algorithm");
        QTest::newRow("two terms") << QStringLiteral("platform 罚款");
        QTest::newRow("percent sign is literal") << QStringLiteral("90%");
        QTest::newRow("nothing") << QStringLiteral("zzzz-no-such-text");
    }

    void textSearchInBothLanguages()
    {
        QFETCH(QString, query);
        DevelopmentTableModel model(*m_db, m_search);
        DevelopmentFilter filter;
        filter.text = query;
        model.setFilter(filter);
        const int expected = expectedMatches(query.split(u' '));
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(model.rowCount(), expected);
    }

    void facetsCountUnderTheRestOfTheFilter()
    {
        FacetModel kinds(*m_db, m_search, Facet::Kind);
        QAbstractItemModelTester tester(&kinds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<QString, int> expected;
        QHash<QString, int> expectedWithTopic;
        for (const QJsonValue &value : demoArray("developments")) {
            const QJsonObject d = value.toObject();
            const QString kind = d.value(QStringLiteral("kind")).toString();
            ++expected[kind];
            if (d.value(QStringLiteral("topics")).toArray().contains(QStringLiteral("generative_ai"))) {
                ++expectedWithTopic[kind];
            }
        }
        const auto counts = [&kinds] {
            QHash<QString, int> result;
            for (int row = 0; row < kinds.rowCount(); ++row) {
                const QModelIndex index = kinds.index(row);
                if (index.data(FacetModel::CountRole).toInt() > 0) {
                    result.insert(index.data(FacetModel::KeyRole).toString(),
                                  index.data(FacetModel::CountRole).toInt());
                }
            }
            return result;
        };
        QCOMPARE(counts(), expected);

        DevelopmentFilter filter;
        filter.topics = {QStringLiteral("generative_ai")};
        kinds.setFilter(filter);
        QCOMPARE(counts(), expectedWithTopic);

        // Ticking a kind changes the filter of the table, not the counts of its own facet.
        QSignalSpy checked(&kinds, &FacetModel::checkedKeysChanged);
        const QModelIndex first = kinds.index(0);
        QVERIFY(kinds.setData(first, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(kinds.checkedKeys(), QStringList{first.data(FacetModel::KeyRole).toString()});
        filter.kinds = kinds.checkedKeys();
        kinds.setFilter(filter);
        QCOMPARE(counts(), expectedWithTopic);

        DevelopmentTableModel table(*m_db, m_search);
        table.setFilter(filter);
        QCOMPARE(table.totalCount(), expectedWithTopic.value(filter.kinds.constFirst()));
    }

    void obligationsWithTickCounts()
    {
        // The independent count: per obligation, companies that tick it (done + compliant), among those it
        // binds: tags meet and the region covers the company (or added by hand), unless marked not
        // applicable.
        const QJsonArray companies = demoArray("companies");
        const QJsonArray assessments = demoArray("assessments");
        // A development with assessments that no later version replaces (item 4).
        const QJsonObject development = demoArray("developments").at(3).toObject();
        QCOMPARE(development.value(QStringLiteral("id")).toString(), QStringLiteral("cn-tmt-2025-04"));
        QHash<QString, QString> authorityRegion;
        for (const QJsonValue &a : demoArray("authorities")) {
            authorityRegion.insert(a.toObject().value(QStringLiteral("code")).toString(),
                                   a.toObject().value(QStringLiteral("region")).toString());
        }
        const QString region = development.value(QStringLiteral("region")).toString();

        AuthorityRepository reference(*m_db);
        const qint64 id = DevelopmentRepository(*m_db, reference)
                              .idForUid(development.value(QStringLiteral("id")).toString());
        ObligationTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevelopment(id);
        const QJsonArray obligations = development.value(QStringLiteral("obligations")).toArray();
        QCOMPARE(model.rowCount(), obligations.size());
        int tickedSomewhere = 0;
        for (int row = 0; row < obligations.size(); ++row) {
            const QJsonObject o = obligations.at(row).toObject();
            const QString uid = o.value(QStringLiteral("id")).toString();
            const QVariantList appliesTo = o.value(QStringLiteral("applies_to")).toArray().toVariantList();
            int applicable = 0;
            int ticked = 0;
            for (const QJsonValue &c : companies) {
                const QJsonObject company = c.toObject();
                const QString companyId = company.value(QStringLiteral("id")).toString();
                QJsonObject assessment;
                for (const QJsonValue &a : assessments) {
                    if (a.toObject().value(QStringLiteral("company")) == companyId
                        && a.toObject().value(QStringLiteral("obligation")) == uid) {
                        assessment = a.toObject();
                    }
                }
                const QString applicability = assessment.value(QStringLiteral("applicability")).toString();
                bool tagsMeet = false;
                for (const QJsonValue &s : company.value(QStringLiteral("sectors")).toArray()) {
                    tagsMeet = tagsMeet || appliesTo.contains(s.toString());
                }
                const QJsonObject regions = company.value(QStringLiteral("regions")).toObject();
                const bool regionCovers = region == QLatin1StringView("CN")
                    || regions.value(QStringLiteral("registered")).toArray().contains(region)
                    || regions.value(QStringLiteral("operates")).toArray().contains(region);
                const bool binds = applicability != QLatin1StringView("not_applicable")
                    && (applicability == QLatin1StringView("manual") || (tagsMeet && regionCovers));
                if (binds) {
                    ++applicable;
                    ticked += assessment.value(QStringLiteral("status")) == QStringLiteral("done")
                        && assessment.value(QStringLiteral("result")) == QStringLiteral("compliant");
                }
            }
            QCOMPARE(model.index(row, 0).data(ObligationTableModel::UidRole).toString(), uid);
            QCOMPARE(model.index(row, 0).data(ObligationTableModel::ApplicableRole).toInt(), applicable);
            QCOMPARE(model.index(row, 0).data(ObligationTableModel::TickedRole).toInt(), ticked);
            tickedSomewhere += ticked;
        }
        QVERIFY2(tickedSomewhere > 0, "the demo should have ticked obligations in item 4");
    }

    void parameterDescriptions()
    {
        ObligationParameter retention{{QStringLiteral("Log retention"), QStringLiteral("日志留存")},
                                      ParameterOp::AtLeast,
                                      QStringLiteral("6"),
                                      {},
                                      ParameterUnit::Month};
        QCOMPARE(describeParameter(retention, Language::English), QStringLiteral("Log retention ≥ 6 months"));
        QCOMPARE(describeParameter(retention, Language::Chinese), QStringLiteral("日志留存 ≥ 6 months"));
        ObligationParameter night{{QStringLiteral("No service"), {}},
                                  ParameterOp::Between,
                                  QStringLiteral("22:00"),
                                  QStringLiteral("06:00"),
                                  ParameterUnit::Time};
        QCOMPARE(describeParameter(night, Language::English), QStringLiteral("No service 22:00–06:00"));
        QCOMPARE(describeParameter(night, Language::Chinese), QStringLiteral("No service 22:00–06:00"));
    }

    void lazyPagingOverALargeDatabase()
    {
        QTemporaryDir dir;
        auto db = rt::test::newGeneratedDatabase(dir, QStringLiteral("large.sqlite"), 1000, 3, 7,
                                                 QDate(2026, 6, 30));

        DevelopmentTableModel model(*db, m_search);
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(model.rowCount(), DevelopmentTableModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * DevelopmentTableModel::pageSize);

        // The oldest development comes last in the default order; fetching it pulls in every page before it.
        AuthorityRepository reference(*db);
        const qint64 oldest = DevelopmentRepository(*db, reference).ids().constFirst();
        const int row = model.ensureFetched(oldest);
        QCOMPARE(row, 999);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QStringList dates = column(model, DevelopmentTableModel::DateColumn);
        QVERIFY(std::is_sorted(dates.crbegin(), dates.crend()));
        QCOMPARE(QSet<QString>(dates.cbegin(), dates.cend()).size() > 300, true);

        // Pages continue where the last one ended under every sort, also where many rows tie on the sort key.
        for (int sortColumn :
             {int(DevelopmentTableModel::TitleColumn), int(DevelopmentTableModel::AuthoritiesColumn),
              int(DevelopmentTableModel::KindColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                DevelopmentTableModel sorted(*db, m_search);
                sorted.sort(sortColumn, order);
                while (sorted.canFetchMore({})) {
                    sorted.fetchMore({});
                }
                QCOMPARE(sorted.rowCount(), 1000);
                QSet<qint64> ids;
                for (int r = 0; r < sorted.rowCount(); ++r) {
                    ids.insert(sorted.idAt(r));
                }
                QCOMPARE(ids.size(), 1000);
                if (sortColumn == DevelopmentTableModel::TitleColumn) {
                    QStringList titles = column(sorted, sortColumn);
                    for (QString &title : titles) {
                        title = title.toLower();
                    }
                    if (order == Qt::AscendingOrder) {
                        QVERIFY(std::is_sorted(titles.cbegin(), titles.cend()));
                    } else {
                        QVERIFY(std::is_sorted(titles.crbegin(), titles.crend()));
                    }
                }
            }
        }

        // A write elsewhere refreshes the model; it keeps what was fetched.
        Development extra;
        extra.title = {QStringLiteral("Extra"), QStringLiteral("新增")};
        extra.authorities = {QStringLiteral("CAC")};
        extra.announced = QDate(2030, 1, 1);
        DevelopmentService(*db).create(extra);
        QCOMPARE(model.totalCount(), 1001);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.canFetchMore({}));
        // The tester fetches more on its own; the model must stay consistent while it does.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.index(0, DevelopmentTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Extra"));
    }

    void syntheticDataIsDeterministic()
    {
        QTemporaryDir dir;
        QStringList titles[2];
        for (int i = 0; i < 2; ++i) {
            auto db = rt::test::newGeneratedDatabase(dir, QStringLiteral("s%1.sqlite").arg(i), 50, 2, 42,
                                                     QDate(2026, 1, 1));
            DevelopmentTableModel model(*db, m_search);
            titles[i] = column(model, DevelopmentTableModel::TitleColumn);
            QCOMPARE(titles[i].size(), 50);
        }
        QCOMPARE(titles[0], titles[1]);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
