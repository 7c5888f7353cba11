// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange files at scale: `regtracker export` and `regtracker import` of a generated database, each run by
// the built command in a child process, with its peak resident set (wait4's ru_maxrss), its time and the
// file's size. The import is compared with a floor: the same rows the import wrote, inserted into a new
// database of the same schema by prepared statements in one transaction (bare QSqlQuery, read beforehand).
// Goals (issue 17): peak under 150 MB whatever the file size; import at most 3 × the floor.
//
//   bench_exchange [--developments 20000] [--companies 20] [--source DB] (a database to export instead)

#include "ChildRun.h"
#include "ExchangeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

ChildRun run(const QStringList &arguments)
{
    return runChild(RT_APP, arguments);
}

struct Table
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

// Every row of every table, the full-text index's too (with its rowids; not its shadow tables).
QList<Table> readRows(const QString &path)
{
    QList<Table> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
        db.setDatabaseName(path);
        db.open();
        QStringList virtualTables;
        QSqlQuery names(db);
        names.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' ORDER BY rowid"));
        QStringList all;
        while (names.next()) {
            all.append(names.value(0).toString());
            if (names.value(1).toString().startsWith(QLatin1StringView("CREATE VIRTUAL"),
                                                     Qt::CaseInsensitive)) {
                virtualTables.append(names.value(0).toString());
            }
        }
        for (const QString &name : std::as_const(all)) {
            if (std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                            [&](const QString &v) { return name.startsWith(v + u'_'); })) {
                continue; // a full-text index's own storage: written by inserting into the index
            }
            Table table{name, {}, {}};
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT %1* FROM \"%2\"")
                       .arg(virtualTables.contains(name) ? QStringLiteral("rowid, ") : QString(), name));
            for (int c = 0; c < q.record().count(); ++c) {
                table.columns.append(q.record().fieldName(c));
            }
            while (q.next()) {
                QVariantList row;
                for (int c = 0; c < table.columns.size(); ++c) {
                    row.append(q.value(c));
                }
                table.rows.append(row);
            }
            if (!table.rows.isEmpty()) {
                tables.append(table);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    return tables;
}

// Inserts the rows into the (empty) database at path in one transaction; seconds, or -1 on an error.
double insertRows(const QString &path, const QList<Table> &tables, qint64 &rowCount)
{
    double seconds = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write"));
        db.setDatabaseName(path);
        db.open();
        {
            QSqlQuery pragma(db); // as the application's connection has it
            pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        QElapsedTimer clock;
        clock.start();
        bool ok = db.transaction();
        for (const Table &table : tables) {
            QSqlQuery clear(db);
            clear.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table.name)); // rows init made (none, or few)
            QStringList marks;
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                marks.append(QStringLiteral("?"));
            }
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO \"%1\" (\"%2\") VALUES (%3)")
                               .arg(table.name, table.columns.join(QStringLiteral("\", \"")),
                                    marks.join(QStringLiteral(", "))));
            for (const QVariantList &row : table.rows) {
                for (qsizetype c = 0; c < row.size(); ++c) {
                    insert.bindValue(int(c), row.at(c));
                }
                if (!insert.exec()) {
                    QTextStream(stderr) << table.name << ": " << insert.lastError().text() << Qt::endl;
                    ok = false;
                    break;
                }
                ++rowCount;
            }
        }
        if (ok && db.commit()) {
            seconds = double(clock.nsecsElapsed()) / 1e9;
        } else {
            QTextStream(stderr) << "floor: " << db.lastError().text() << Qt::endl;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("write"));
    return seconds;
}

// Reads the file through the exchange reader into nothing: what reading and checking cost by themselves.
class NullSink final : public rt::core::ExchangeSink
{
public:
    qint64 records = 0;
    void tag(const rt::core::Term &) override { ++records; }
    void topic(const rt::core::Term &) override { ++records; }
    void authority(const rt::core::Authority &) override { ++records; }
    void development(const rt::core::Development &) override { ++records; }
    void company(const rt::core::Company &) override { ++records; }
    void assessment(const rt::core::Assessment &) override { ++records; }
};

double readOnly(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    NullSink sink;
    QElapsedTimer clock;
    clock.start();
    rt::core::ExchangeFormat::read(file, QStringLiteral("exchange.json"), sink);
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Exchange export and import at scale, next to a floor."));
    parser.addHelpOption();
    const QCommandLineOption developments(QStringLiteral("developments"),
                                          QStringLiteral("Developments to generate (default 20000)."),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption companies(QStringLiteral("companies"),
                                       QStringLiteral("Companies to generate (default 20)."),
                                       QStringLiteral("M"), QStringLiteral("20"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          QStringLiteral("Export this database instead of generating one."),
                                          QStringLiteral("DB"));
    parser.addOption(developments);
    parser.addOption(companies);
    parser.addOption(sourceOption);
    parser.process(app);

    QTemporaryDir dir;
    const QString source = parser.isSet(sourceOption) ? parser.value(sourceOption)
                                                      : dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const QString floor = dir.filePath(QStringLiteral("floor.sqlite"));
    const QString file = dir.filePath(QStringLiteral("exchange.json"));
    QTextStream out(stdout);

    const ChildRun generated = parser.isSet(sourceOption)
        ? ChildRun{0, 0, 0}
        : run({QStringLiteral("generate"), QStringLiteral("--developments"), parser.value(developments),
               QStringLiteral("--companies"), parser.value(companies), QStringLiteral("--db"), source});
    if (generated.exitCode != 0) {
        out << "generate failed\n";
        return 1;
    }
    const ChildRun exported = run({QStringLiteral("export"), file, QStringLiteral("--db"), source});
    const double fileMb = double(QFile(file).size()) / (1024 * 1024);
    run({QStringLiteral("init"), QStringLiteral("--db"), target});
    const ChildRun imported = run({QStringLiteral("import"), file, QStringLiteral("--db"), target});

    run({QStringLiteral("init"), QStringLiteral("--db"), floor});
    const QList<Table> rows = readRows(target);
    qint64 rowCount = 0;
    const double floorSeconds = insertRows(floor, rows, rowCount);

    out << QStringLiteral("%1; exchange file %2 MB; %3 rows written by the import\n")
               .arg(parser.isSet(sourceOption)
                        ? source
                        : QStringLiteral("%1 developments, %2 companies")
                              .arg(parser.value(developments), parser.value(companies)))
               .arg(fileMb, 0, 'f', 1)
               .arg(rowCount);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("step"), -8)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("peak MB"), 8)
               .arg(QStringLiteral("exit"), 5);
    const auto line = [&](const char *step, const ChildRun &r) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QLatin1StringView(step), -8)
                   .arg(r.seconds, 8, 'f', 2)
                   .arg(double(r.kilobytes) / 1024, 8, 'f', 1)
                   .arg(r.exitCode, 5);
    };
    line("export", exported);
    line("import", imported);
    out << QStringLiteral("%1 %2   (the rows inserted bare, in one transaction)\n")
               .arg(QStringLiteral("floor"), -8)
               .arg(floorSeconds, 8, 'f', 2);
    out << QStringLiteral("%1 %2   (the file read and checked, nothing written; in this process)\n")
               .arg(QStringLiteral("reading"), -8)
               .arg(readOnly(file), 8, 'f', 2);
    if (floorSeconds > 0) {
        out << QStringLiteral("import / floor: %1 (goal <= 3)\n")
                   .arg(imported.seconds / floorSeconds, 0, 'f', 2);
    }
    out << QStringLiteral("peak goal: < 150 MB for export and import\n");
    return exported.exitCode == 0 && imported.exitCode == 0 ? 0 : 1;
}
