// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own lists (glossary, related terms, authority catalogue, topic keywords) in the user data folder
// are merged over the shipped ones; a user's file with a bad line is left out as a whole, and the problem
// names the file and the line.

#include "AuthorityCatalogue.h"
#include "Glossary.h"
#include "ImportLexicon.h"
#include "UserDataFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rt::core;

namespace {

void write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool noted(const QString &path, int line)
{
    const QString where = QStringLiteral("%1, line %2:").arg(QDir::toNativeSeparators(path)).arg(line);
    for (const QString &problem : UserDataFiles::problems()) {
        if (problem.contains(where)) {
            return true;
        }
    }
    return false;
}

// A catalogue row: code, names, abbreviations, kind, level, region, parent, aliases, source.
QByteArray row(const QString &code, const QString &en, const QString &zh, const QString &aliases,
               const QString &parent = QString())
{
    return QStringList{code,
                       en,
                       zh,
                       code,
                       QString(),
                       QStringLiteral("regulator"),
                       QStringLiteral("national"),
                       QStringLiteral("CN"),
                       parent,
                       aliases,
                       QStringLiteral("test")}
               .join(u'\t')
               .toUtf8()
        + '\n';
}

} // namespace

class TestUserLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void glossaryEntriesAreAddedAndTakeTheirTermsOver()
    {
        QTemporaryDir dir;
        const Glossary shipped = Glossary::load(QString());
        QVERIFY(shipped.find(QStringLiteral("algorithm")));
        QVERIFY(!shipped.find(QStringLiteral("zorbl widget")));

        write(dir, QStringLiteral("glossary.tsv"),
              "# mine\nzorbl widget | zorbl widgets\t奇特部件\nalgorithm\t演算法则\n");
        write(dir, QStringLiteral("related.tsv"), "gadgets\tzorbl widget\tgizmo\n");
        const Glossary mine = Glossary::load(dir.path());
        const Glossary::Entry *added = mine.find(QStringLiteral("Zorbl Widgets"));
        QVERIFY(added);
        QCOMPARE(added->chinese, QStringList{QStringLiteral("奇特部件")});
        QCOMPARE(mine.find(QStringLiteral("奇特部件")), added);
        // The user's entry for a term the shipped glossary has takes the term over.
        QCOMPARE(mine.find(QStringLiteral("algorithm"))->chinese, QStringList{QStringLiteral("演算法则")});
        // Everything else shipped is still there.
        QCOMPARE(mine.entries().size(), shipped.entries().size() + 2);
        QVERIFY(mine.find(QStringLiteral("minors mode")));
        QVERIFY(mine.related(QStringLiteral("zorbl widget")).contains(QStringLiteral("gizmo")));
    }

    void aGlossaryWithABadLineIsLeftOutAndNamed()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("glossary.tsv"), "good term\t好词\n\nno tab on this line\n");
        const Glossary mine = Glossary::load(dir.path());
        QVERIFY(!mine.find(QStringLiteral("good term"))); // the whole file is left out
        QCOMPARE(mine.entries().size(), Glossary::load(QString()).entries().size());
        QVERIFY2(noted(dir.filePath(QStringLiteral("glossary.tsv")), 3),
                 qPrintable(UserDataFiles::problems().join(u'\n')));
    }

    void aListThatIsNotUtf8IsLeftOutAndNamed()
    {
        QTemporaryDir dir;
        write(dir, QStringLiteral("related.tsv"), "group\t\xff\xfe\tterm\n");
        Glossary::load(dir.path());
        const QString path = QDir::toNativeSeparators(dir.filePath(QStringLiteral("related.tsv")));
        QVERIFY2(UserDataFiles::problems().join(u'\n').contains(path + QStringLiteral(" is not UTF-8")),
                 qPrintable(UserDataFiles::problems().join(u'\n')));
    }

    void catalogueRowsAddAuthoritiesAndReplaceShippedOnes()
    {
        QTemporaryDir dir;
        const AuthorityCatalogue shipped = AuthorityCatalogue::load(QString());
        QVERIFY(shipped.find(QStringLiteral("MOFCOM")));
        QVERIFY(!shipped.find(QStringLiteral("ZTA")));
        write(dir, QStringLiteral("authority-catalogue.tsv"),
              row(QStringLiteral("ZTA"), QStringLiteral("Zorbl Testing Administration"),
                  QStringLiteral("奇特测试管理局"), QStringLiteral("Zorbl Admin | 奇特局"),
                  QStringLiteral("MOFCOM"))
                  + row(QStringLiteral("MOFCOM"), QStringLiteral("Ministry of Commerce"),
                        QStringLiteral("商务部"), QStringLiteral("Commerce Department of the PRC")));
        const AuthorityCatalogue mine = AuthorityCatalogue::load(dir.path());
        const CatalogueEntry *added = mine.find(QStringLiteral("ZTA"));
        QVERIFY(added);
        QCOMPARE(added->authority.parentCode, QStringLiteral("MOFCOM"));
        QCOMPARE(mine.find(QStringLiteral("MOFCOM"))->aliases,
                 QStringList{QStringLiteral("Commerce Department of the PRC")});
        QCOMPARE(mine.entries().size(), shipped.entries().size() + 1);

        // Import recognises the user's authority by its alias.
        const ImportLexicon lexicon = ImportLexicon::make({}, mine, QString());
        const QList<AuthorityMention> mentions = lexicon.authorities(QStringLiteral("奇特局发布了新规定。"));
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.constFirst().code, QStringLiteral("ZTA"));
    }

    void aCatalogueWithAProblemIsLeftOutAndNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("a name the shipped catalogue gives another authority")
            << QByteArray("# mine\n"
                          + row(QStringLiteral("ZTA"), QStringLiteral("Zorbl"), QStringLiteral("奇特"),
                                QStringLiteral("商务部")))
            << 2;
        QTest::newRow("a parent nobody has")
            << row(QStringLiteral("ZTA"), QStringLiteral("Zorbl"), QStringLiteral("奇特"), QString(),
                   QStringLiteral("NOSUCH"))
            << 1;
        QTest::newRow("a code twice in the user's file") << QByteArray(
            row(QStringLiteral("ZTA"), QStringLiteral("Zorbl"), QStringLiteral("奇特"), QString())
            + row(QStringLiteral("ZTA"), QStringLiteral("Zorbl 2"), QStringLiteral("奇特二"), QString()))
                                                         << 2;
        QTest::newRow("too few columns") << QByteArray("ZTA\tZorbl\t奇特\n") << 1;
    }

    void aCatalogueWithAProblemIsLeftOutAndNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QTemporaryDir dir;
        write(dir, QStringLiteral("authority-catalogue.tsv"), text);
        const AuthorityCatalogue mine = AuthorityCatalogue::load(dir.path());
        QVERIFY(!mine.find(QStringLiteral("ZTA")));
        QCOMPARE(mine.entries().size(), AuthorityCatalogue::load(QString()).entries().size());
        QVERIFY2(noted(dir.filePath(QStringLiteral("authority-catalogue.tsv")), line),
                 qPrintable(UserDataFiles::problems().join(u'\n')));
    }

    void topicKeywordsAreAddedOrLeftOutWithTheLineNamed()
    {
        QTemporaryDir good;
        write(good, QStringLiteral("topic-keywords.tsv"), "# mine\nalgorithm_governance\tzorbl*\t奇特算子\n");
        const QList<DataFile> files = ImportLexicon::topicKeywordFiles(good.path());
        QCOMPARE(files.size(), 2);
        const ImportLexicon lexicon = ImportLexicon::make({}, AuthorityCatalogue::load(QString()), files);
        const auto hits = lexicon.topics(QStringLiteral("New rules on zorbling and 奇特算子 were issued."));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.constFirst().code, QStringLiteral("algorithm_governance"));

        QTemporaryDir bad;
        write(bad, QStringLiteral("topic-keywords.tsv"),
              "algorithm_governance\tzorbl*\t奇特算子\nonly-a-code\n");
        QCOMPARE(ImportLexicon::topicKeywordFiles(bad.path()).size(), 1);
        QVERIFY2(noted(bad.filePath(QStringLiteral("topic-keywords.tsv")), 2),
                 qPrintable(UserDataFiles::problems().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestUserLists)
#include "tst_userlists.moc"
