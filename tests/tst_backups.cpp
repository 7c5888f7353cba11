// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling backups of a database file (made whole or not at all, listed with what they hold, pruned, restored
// with the current file kept first) and the making of new databases, which never leaves a half-made file
// behind.

#include "TestSupport.h"

#include "Backups.h"
#include "CompanyService.h"
#include "Error.h"
#include "ScopedTransaction.h"
#include "Statistics.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rt::core;

class TestBackups : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home; // the user's data directory lives here, empty at first

    static qint64 companies(Database &db) { return countRecords(db).companies; }

    static QStringList leftovers(const QString &folder)
    {
        return QDir(folder).entryList(
            {QStringLiteral("*.partial"), QStringLiteral("*.creating*"), QStringLiteral("*.restoring")},
            QDir::Files);
    }

    static void addCompany(Database &db, const QString &name)
    {
        Company company;
        company.name = {name, QString()};
        CompanyService(db).create(company);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void aBackupHoldsTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
        auto db = DatabaseLocation::create(path, DatabaseLocation::Content::Demo);
        Backups backups(path);
        QVERIFY(backups.dueToday());
        const QString file = backups.backUp(*db);
        QVERIFY(QFile::exists(file));
        QVERIFY(file.startsWith(dir.filePath(QStringLiteral("backups/mine-"))));
        QVERIFY(!backups.dueToday());
        addCompany(*db, QStringLiteral("Later Ltd"));

        const QList<Backups::Entry> entries = backups.list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().path, file);
        QCOMPARE(entries.first().developments, int(countRecords(*db).developments));
        QCOMPARE(entries.first().companies, int(companies(*db)) - 1); // made before the company was added
        QVERIFY(entries.first().bytes > 0);
        QVERIFY(qAbs(entries.first().made.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(leftovers(backups.folder()).isEmpty());
    }

    void noBackupWhileAWriteIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        auto db = DatabaseLocation::create(path, DatabaseLocation::Content::Empty);
        Backups backups(path);
        {
            ScopedTransaction transaction(*db);
            QVERIFY_THROWS_EXCEPTION(Error, backups.backUp(*db));
        }
        QVERIFY(backups.list().isEmpty());
    }

    void pruningKeepsTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.sqlite"));
        auto db = DatabaseLocation::create(path, DatabaseLocation::Content::Empty);
        Backups backups(path);
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            addCompany(*db, QStringLiteral("Company %1").arg(i));
            made.prepend(backups.backUp(*db));
        }
        // A temporary that a crash left behind goes too.
        QFile stale(backups.folder() + QStringLiteral("/many-20240101T000000Z.sqlite.partial"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        backups.prune(2);
        const QList<Backups::Entry> entries = backups.list();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).path, made.at(0));
        QCOMPARE(entries.at(1).path, made.at(1));
        QCOMPARE(entries.at(0).companies, 4);
        QCOMPARE(entries.at(1).companies, 3);
        QVERIFY(leftovers(backups.folder()).isEmpty());
    }

    void restoringKeepsTheCurrentFileAsABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("restore.sqlite"));
        QString earlier;
        {
            auto db = DatabaseLocation::create(path, DatabaseLocation::Content::Demo);
            earlier = Backups(path).backUp(*db);
            addCompany(*db, QStringLiteral("Added after the backup"));
            QCOMPARE(companies(*db), 4);
        }
        Backups backups(path);
        backups.restore(earlier);
        {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            QCOMPARE(companies(*db), 3);
        }
        // The database as it was before restoring is the newest backup now.
        const QList<Backups::Entry> entries = backups.list();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().companies, 4);
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void somethingElseIsNotRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.sqlite"));
        DatabaseLocation::create(path, DatabaseLocation::Content::Demo).reset();
        QFile bytes(path);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray before = bytes.readAll();
        bytes.close();
        const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are notes, not a database\n");
        text.close();
        try {
            Backups(path).restore(notes);
            QFAIL("a text file was restored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("is not a RegTracker backup")),
                     qPrintable(error.message()));
        }
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QCOMPARE(bytes.readAll(), before);
    }

    void aNewDatabaseIsMadeWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        // What a crash during an earlier attempt left behind is cleared away.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile stale(path + QStringLiteral(".creating") + suffix);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("half a database");
        }
        auto db = DatabaseLocation::create(path, DatabaseLocation::Content::Demo);
        QCOMPARE(countRecords(*db).companies, 3);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.creating*")}, QDir::Files), QStringList());
        db.reset();
        QVERIFY_THROWS_EXCEPTION(Error, DatabaseLocation::create(path, DatabaseLocation::Content::Empty));
        QCOMPARE(countRecords(*Database::open(path, Database::OpenMode::ExistingOnly)).companies, 3);
    }

    void withoutADatabaseTheUserIsToldHowToMakeOne()
    {
        QVERIFY(!QFile::exists(DatabaseLocation::defaultPath()));
        try {
            DatabaseLocation::open(QString());
            QFAIL("a database was opened although there is none");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("regtracker init")),
                     qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(DatabaseLocation::defaultPath()));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
