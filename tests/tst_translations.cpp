// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese catalogue is complete (no unfinished or obsolete entries), it is compiled in and used at run
// time, and plural forms work in both languages. The Traditional catalogues the build generates from it keep
// every message and placeholder, hold no Simplified-only character (OpenCC's own conversion to the region's
// characters leaves them unchanged), keep legal wording where OpenCC's regional phrases would change its
// sense, and are chosen for Taiwan and Hong Kong locales.

#include "ChineseScript.h"
#include "Error.h"
#include "ObligationTableModel.h"
#include "Translations.h"
#include "Vocabulary.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace rt::core;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every translation of a catalogue with its source, plural forms one by one.
QList<std::pair<QString, QString>> translations(const QString &ts)
{
    static const QRegularExpression message(
        QStringLiteral("<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression form(QStringLiteral("<numerusform>(.*?)</numerusform>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QList<std::pair<QString, QString>> result;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto match = it.next();
        const QString text = match.captured(2);
        if (!text.contains(QLatin1StringView("<numerusform>"))) {
            result.append({match.captured(1), text});
            continue;
        }
        for (auto forms = form.globalMatch(text); forms.hasNext();) {
            result.append({match.captured(1), forms.next().captured(1)});
        }
    }
    return result;
}

// The placeholders (%1, %n) and mnemonics (&X) of a text, sorted.
QStringList markers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[0-9n]|\\(&amp;[A-Za-z]\\)"));
    QStringList result;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        result.append(it.next().captured());
    }
    result.sort();
    return result;
}

// The reviewed regional words a catalogue may use although OpenCC would write them otherwise (平台 in
// Taiwan).
QStringList reviewedWords(int column)
{
    QStringList words;
    for (const QString &line :
         readFile(QStringLiteral(RT_SOURCE_DIR "/translations/traditional-overrides.tsv")).split(u'\n')) {
        const QStringList fields = line.split(u'\t');
        if (!line.startsWith(u'#') && fields.size() >= 3) {
            words.append(fields.at(column));
        }
    }
    return words;
}

} // namespace

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

    void traditionalCatalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("form");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << int(ChineseScript::Form::Taiwan);
        QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << int(ChineseScript::Form::HongKong);
    }

    void traditionalCatalogues()
    {
        QFETCH(QString, language);
        QFETCH(int, form);
        QVERIFY(ChineseScript::available());
        const QString simplified
            = readFile(QStringLiteral(RT_SOURCE_DIR "/translations/regtracker_zh_CN.ts"));
        const QString traditional
            = readFile(QStringLiteral(RT_BINARY_DIR "/translations/regtracker_%1.ts").arg(language));
        QVERIFY2(!traditional.isEmpty(), "the build did not generate the catalogue");
        QVERIFY(traditional.contains(QStringLiteral("language=\"%1\"").arg(language)));
        const auto source = translations(simplified);
        const auto converted = translations(traditional);
        QCOMPARE(converted.size(), source.size());
        QVERIFY(!traditional.contains(QLatin1StringView("type=\"unfinished\"")));
        const QStringList reviewed = reviewedWords(form == int(ChineseScript::Form::Taiwan) ? 1 : 2);
        QStringList simplifiedLeft;
        for (qsizetype i = 0; i < source.size(); ++i) {
            QCOMPARE(converted.at(i).first, source.at(i).first);
            const QString &text = converted.at(i).second;
            QVERIFY2(!text.isEmpty(), qPrintable(source.at(i).first));
            QCOMPARE(markers(text), markers(source.at(i).second));
            // Round trip: converting to the region's characters changes nothing outside the reviewed words.
            QString rest = text;
            for (const QString &word : reviewed) {
                rest.remove(word);
            }
            const QString again = ChineseScript::convert(rest, ChineseScript::Form(form));
            for (qsizetype k = 0; k < qMin(rest.size(), again.size()); ++k) {
                if (rest.at(k) != again.at(k)) {
                    simplifiedLeft.append(rest.mid(qMax(0, k - 4), 8).replace(u'\n', u' ')
                                          + QStringLiteral(" → ") + again.at(k));
                    break;
                }
            }
        }
        QVERIFY2(simplifiedLeft.isEmpty(), qPrintable(simplifiedLeft.mid(0, 10).join(QStringLiteral(" | "))));

        // At run time, with legal wording kept where OpenCC's Taiwan phrases would change its sense.
        Translations installed;
        QVERIFY(installed.install(language));
        QCOMPARE(installed.current(), language);
        QCOMPARE(Vocabulary::label(Stage::DraftForComments), QStringLiteral("徵求意見稿"));
        QCOMPARE(Vocabulary::label(LegalRank::NormativeDocument), QStringLiteral("規範性文件"));
        QCOMPARE(Vocabulary::label(Stage::Issued),
                 language == QLatin1StringView("zh_TW") ? QStringLiteral("已發布")
                                                        : QStringLiteral("已發佈"));
        QVERIFY(installed.install(QStringLiteral("en")));
    }

    void traditionalForTaiwanAndHongKong()
    {
        QCOMPARE(Translations::languageFor(QLocale(QLocale::Chinese, QLocale::Taiwan)),
                 QStringLiteral("zh_TW"));
        QCOMPARE(Translations::languageFor(QLocale(QLocale::Chinese, QLocale::HongKong)),
                 QStringLiteral("zh_HK"));
        QCOMPARE(Translations::languageFor(QLocale(QLocale::Chinese, QLocale::Macao)),
                 QStringLiteral("zh_HK"));
        QCOMPARE(Translations::languageFor(QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("zh_CN"));
        QCOMPARE(Translations::languageFor(
                     QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Singapore)),
                 QStringLiteral("zh_TW"));
        QCOMPARE(Translations::languageFor(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
        QVERIFY(Translations::available().contains(QStringLiteral("zh_HK")));
    }

    void normalize()
    {
        QCOMPARE(Translations::normalize(QStringLiteral("zh-TW")), QStringLiteral("zh_TW"));
        QCOMPARE(Translations::normalize(QStringLiteral("zh_Hant_HK")), QStringLiteral("zh_HK"));
        QCOMPARE(Translations::normalize(QStringLiteral("zh-Hant")), QStringLiteral("zh_TW"));
        QCOMPARE(Translations::normalize(QStringLiteral("zh_Hans")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::normalize(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::normalize(QStringLiteral("zh")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::normalize(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(Translations::normalize(QStringLiteral("fr")), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
