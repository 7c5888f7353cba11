// SPDX-License-Identifier: GPL-3.0-or-later
// Every view renders to a real picture in English and Chinese: the PNG has the requested size, is not blank,
// and the Chinese rendering differs from the English one (the interface and content switched language).

#include "TestSupport.h"

#include "Error.h"
#include "Screenshot.h"
#include "Translations.h"

#include <QImage>
#include <QSet>

using namespace rt;

class TestScreenshot : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void render_data()
    {
        QTest::addColumn<QString>("view");
        for (const QString &view : ui::Screenshot::views()) {
            QTest::newRow(qPrintable(view)) << view;
        }
    }

    void render()
    {
        QFETCH(QString, view);
        auto db = test::newDatabase(m_dir, view + QStringLiteral(".sqlite"), true);
        QImage pictures[2];
        const QStringList languages{QStringLiteral("en"), QStringLiteral("zh_CN")};
        for (int i = 0; i < 2; ++i) {
            core::Translations translations;
            QVERIFY(translations.install(languages.at(i)));
            const QString file = m_dir.filePath(view + u'-' + languages.at(i) + QStringLiteral(".png"));
            ui::Screenshot::render(*db, view, QSize(1200, 800), file);
            QVERIFY(pictures[i].load(file));
            QCOMPARE(pictures[i].size(), ui::Screenshot::pictureSize(view, QSize(1200, 800)));
            // Not blank: a real view has many colours.
            QSet<QRgb> colours;
            for (int y = 0; y < pictures[i].height(); y += 7) {
                for (int x = 0; x < pictures[i].width(); x += 7) {
                    colours.insert(pictures[i].pixel(x, y));
                }
            }
            QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
        }
        QVERIFY(pictures[0] != pictures[1]);
    }

    void unknownView()
    {
        auto db = test::newDatabase(m_dir, QStringLiteral("unknown.sqlite"), false);
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 ui::Screenshot::render(*db, QStringLiteral("nosuchview"), QSize(100, 100),
                                                        m_dir.filePath(QStringLiteral("x.png"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
