// SPDX-License-Identifier: GPL-3.0-or-later
// Text that may not be stored (half characters, NUL, line breaks and control characters in single-line
// fields) is refused with the field and the place named, wherever the write comes from, and nothing is
// written then.

#include "TestSupport.h"

#include "AssessmentService.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "Statistics.h"
#include "TextHygiene.h"

#include <QTest>

using namespace rt::core;

class TestTextHygiene : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void problems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("singleLine");
        QTest::addColumn<QString>("expected"); // part of the message; empty: no problem
        const QChar high(0xD800);
        const QChar low(0xDC00);
        QTest::newRow("plain") << QStringLiteral("数据安全 data") << true << QString();
        QTest::newRow("a pair outside the BMP") << (QStringLiteral("𠀀 ok")) << true << QString();
        QTest::newRow("a lone high surrogate and a space")
            << (QStringLiteral("ab") + high + u' ') << true << QStringLiteral("U+D800) at character 3");
        QTest::newRow("a lone low surrogate at the end")
            << (QStringLiteral("abc") + low) << false << QStringLiteral("U+DC00) at character 4");
        QTest::newRow("NUL") << (QStringLiteral("ti") + QChar(0) + QStringLiteral("tle")) << false
                             << QStringLiteral("NUL character at character 3");
        QTest::newRow("a line break in a name")
            << QStringLiteral("Acme\r\nLtd") << true << QStringLiteral("at character 5");
        QTest::newRow("a line break in notes") << QStringLiteral("first\nsecond") << false << QString();
        QTest::newRow("a tab in notes") << QStringLiteral("a\tb") << false << QString();
        QTest::newRow("a tab in a name") << QStringLiteral("a\tb") << true << QStringLiteral("U+0009");
        QTest::newRow("a bell in notes") << QStringLiteral("ring\a") << false << QStringLiteral("U+0007");
    }

    void problems()
    {
        QFETCH(QString, text);
        QFETCH(bool, singleLine);
        QFETCH(QString, expected);
        const auto found
            = TextHygiene::problem(text, singleLine ? TextHygiene::Lines::Single : TextHygiene::Lines::Many);
        if (expected.isEmpty()) {
            QVERIFY2(!found, qPrintable(found.value_or(QString())));
        } else {
            QVERIFY(found);
            QVERIFY2(found->contains(expected), qPrintable(*found));
        }
    }

    void badTextIsRefusedWhereverItComesFrom()
    {
        auto db = rt::test::newDatabase(m_dir, QStringLiteral("hygiene.sqlite"), true);
        const RecordCounts before = countRecords(*db);

        Company company;
        company.name = {QStringLiteral("Acme\nLtd"), QString()};
        try {
            CompanyService(*db).create(company);
            QFAIL("a company name with a line break was stored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("name (English)")), qPrintable(error.message()));
        }

        Development development;
        development.title = {QStringLiteral("A title") + QChar(0), QString()};
        development.authorities = {QStringLiteral("CAC")};
        development.announced = QDate(2025, 8, 1);
        QVERIFY_THROWS_EXCEPTION(Error, DevelopmentService(*db).create(development));

        const qint64 companyId = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const qint64 obligation
            = db->scalar(QStringLiteral("SELECT obligation_id FROM assessments WHERE company_id = ?"),
                         {companyId})
                  .toLongLong();
        AssessmentEdit edit;
        edit.owner = QStringLiteral("Li\u0001 Wei");
        AssessmentService assessments(*db);
        const AssessmentKey key{companyId, obligation};
        QVERIFY_THROWS_EXCEPTION(Error, assessments.apply(key, assessments.assessment(key).version, edit));

        const RecordCounts after = countRecords(*db);
        QCOMPARE(after.companies, before.companies);
        QCOMPARE(after.developments, before.developments);
        QVERIFY(assessments.assessment(key).owner != QStringLiteral("Li\u0001 Wei"));
    }
};

QTEST_GUILESS_MAIN(TestTextHygiene)
#include "tst_texthygiene.moc"
