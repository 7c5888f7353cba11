// The Chinese catalogue is complete (no unfinished or obsolete entries), it is compiled in and used at run
// time, and plural forms work in both languages.

#include "Error.h"
#include "ObligationTableModel.h"
#include "Translations.h"
#include "Vocabulary.h"

#include <QFile>
#include <QTest>

using namespace rt::core;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete()
    {
        QFile file(QStringLiteral(RT_SOURCE_DIR "/translations/regtracker_zh_CN.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "translations/regtracker_zh_CN.ts is missing");
        const QString ts = QString::fromUtf8(file.readAll());
        const int messages = int(ts.count(QStringLiteral("<message")));
        QVERIFY2(messages > 200, qPrintable(QStringLiteral("only %1 messages").arg(messages)));
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = ts.indexOf(QStringLiteral("type=\"unfinished\""), at)) >= 0) {
            const qsizetype source = ts.lastIndexOf(QStringLiteral("<source>"), at);
            unfinished.append(
                ts.mid(source + 8, ts.indexOf(QStringLiteral("</source>"), source) - source - 8));
            ++at;
        }
        QVERIFY2(
            unfinished.isEmpty(),
            qPrintable(QStringLiteral("untranslated: ") + unfinished.mid(0, 15).join(QStringLiteral(" | "))));
        QVERIFY2(!ts.contains(QStringLiteral("type=\"obsolete\""))
                     && !ts.contains(QStringLiteral("type=\"vanished\"")),
                 "the catalogue has obsolete entries: run lupdate with -no-obsolete");
    }

    void chineseAtRunTime()
    {
        Translations translations;
        QVERIFY(translations.install(QStringLiteral("zh_CN")));
        QCOMPARE(Vocabulary::label(Stage::DraftForComments), QStringLiteral("征求意见稿"));
        QCOMPARE(Vocabulary::label(AssessmentStatus::InProgress), QStringLiteral("进行中"));
        QVERIFY(translations.install(QStringLiteral("en")));
        QCOMPARE(Vocabulary::label(Stage::DraftForComments), QStringLiteral("Draft for comments"));
    }

    void everyVocabularyLabelIsTranslated()
    {
        Translations translations;
        QVERIFY(translations.install(QStringLiteral("zh_CN")));
        const auto check = [](const QString &label) {
            bool hasChinese = false;
            for (QChar c : label) {
                hasChinese = hasChinese || (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);
            }
            return hasChinese || label == QLatin1StringView("%");
        };
        for (auto v : Vocabulary::values<DevelopmentKind>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<Stage>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<LegalRank>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<ObligationKind>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<ParameterUnit>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<AssessmentResult>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<AuthorityKind>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
        for (auto v : Vocabulary::values<Provenance>()) {
            QVERIFY2(check(Vocabulary::label(v)), qPrintable(Vocabulary::label(v)));
        }
    }

    void pluralsInEnglish()
    {
        Translations translations;
        QVERIFY(translations.install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("rt::core::ObligationTableModel",
                                             "%n compan(ies) bound by this obligation", nullptr, 1),
                 QStringLiteral("1 company bound by this obligation"));
        QCOMPARE(QCoreApplication::translate("rt::core::ObligationTableModel",
                                             "%n compan(ies) bound by this obligation", nullptr, 3),
                 QStringLiteral("3 companies bound by this obligation"));
    }

    void normalize()
    {
        QCOMPARE(Translations::normalize(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::normalize(QStringLiteral("zh")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::normalize(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(Translations::normalize(QStringLiteral("fr")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
