// SPDX-License-Identifier: GPL-3.0-or-later
// SqlScript::split: Qt's drivers run one statement per exec(), so migrations depend on this splitting right.

#include "SqlScript.h"

#include <QTest>

using rt::core::SqlScript::split;

class TestSqlScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("two statements")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
            << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("no final semicolon")
            << QStringLiteral("SELECT 1;SELECT 2")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine');")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')")};
        QTest::newRow("semicolon in identifier") << QStringLiteral("CREATE TABLE \"x;y\" (z);")
                                                 << QStringList{QStringLiteral("CREATE TABLE \"x;y\" (z)")};
        QTest::newRow("line comment dropped")
            << QStringLiteral("-- header; with semicolon\nSELECT 1; -- tail;\n")
            << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("block comment")
            << QStringLiteral("SELECT /* a; b */ 1;") << QStringList{QStringLiteral("SELECT   1")};
        QTest::newRow("trigger body")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                              "  UPDATE b SET n = n + 1;\n"
                              "  SELECT CASE WHEN 1 THEN 2 END;\n"
                              "END;\nSELECT 3;")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "  UPDATE b SET n = n + 1;\n"
                                          "  SELECT CASE WHEN 1 THEN 2 END;\n"
                                          "END"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("dollar quoted")
            << QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ "
                              "LANGUAGE sql;SELECT 2;")
            << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ "
                                          "SELECT 1; $body$ LANGUAGE sql"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("only comments")
            << QStringLiteral("-- nothing here\n/* nor here */\n") << QStringList{};
        QTest::newRow("chinese text") << QStringLiteral("INSERT INTO t VALUES ('网信办；国家');")
                                      << QStringList{QStringLiteral("INSERT INTO t VALUES ('网信办；国家')")};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
