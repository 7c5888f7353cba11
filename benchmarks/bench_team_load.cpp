// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: many people at once on a team database. Clients (threads, each with its own connection) edit the
// same checklist rows of one company, every write naming the version it read; a stale write is refused,
// counted as a conflict, and the client tries the same edit again on a fresh read until it goes in
// (tests/TeamLoad.h). Afterwards the stored rows and the audit log are checked against the successful writes.
// Prints edits/s, successful writes, conflicts and lost updates (which must be 0) on PostgreSQL and, for
// comparison, on one SQLite file with as many connections.
//
//   bench_team_load [--db URI] [--clients N] [--edits E] [--rows R] [--no-sqlite]
// Without --db it starts a throwaway PostgreSQL server (tests/postgres-server) and always stops it again. A
// database given with --db gets the demo data when it has none. Exits with 1 when an update was lost or a
// client failed.

#include "TeamLoad.h"

#include "Database.h"
#include "DatabaseLocation.h"
#include "Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rt::core;

namespace {

// A PostgreSQL server of our own for the run, stopped and removed when this goes out of scope, also after a
// failure.
class ThrowawayServer final
{
    Q_DISABLE_COPY_MOVE(ThrowawayServer)
public:
    ThrowawayServer() = default;
    ~ThrowawayServer()
    {
        if (m_started) {
            QProcess::execute(QStringLiteral(RT_POSTGRES_SERVER), {QStringLiteral("stop"), state()});
        }
    }

    // The address of the server's maintenance database, which the run may use as its own.
    QString start()
    {
        m_started = true;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(RT_POSTGRES_SERVER), {QStringLiteral("start"), state()});
        if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            throw Error(Error::Code::Failed, QStringLiteral("the PostgreSQL server did not start"));
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private:
    QString state() const { return m_dir.filePath(QStringLiteral("server.state")); }

    QTemporaryDir m_dir;
    bool m_started = false;
};

// The rows to edit: `count` untouched rows of the first company that has that many.
QList<AssessmentKey> rowsFor(Database &db, int count)
{
    QList<qint64> companies;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id FROM companies ORDER BY id"));
    while (q.next()) {
        companies.append(q.value(0).toLongLong());
    }
    q.finish();
    for (qint64 company : std::as_const(companies)) {
        const QList<AssessmentKey> rows = rt::test::untouchedChecklistRows(db, company, count);
        if (rows.size() == count) {
            return rows;
        }
    }
    throw Error(Error::Code::NotFound,
                QStringLiteral("no company has %1 untouched checklist rows").arg(count));
}

// Runs the load on one database and prints its figures; returns whether nothing was lost.
bool measure(const QString &location, const QString &label, const rt::test::TeamLoadPlan &shape,
             QTextStream &out)
{
    auto db = Database::open(location, Database::OpenMode::CreateIfMissing);
    if (db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toInt() == 0) {
        DatabaseLocation::loadDemoData(*db);
    }
    rt::test::TeamLoadPlan plan = shape;
    plan.location = location;
    plan.rows = rowsFor(*db, int(shape.rows.size()));
    const QString engine = db->isPostgreSQL()
        ? db->scalar(QStringLiteral("SELECT version()")).toString().section(u',', 0, 0)
        : QString(QStringLiteral("SQLite ")
                  + db->scalar(QStringLiteral("SELECT sqlite_version()")).toString());

    const rt::test::TeamLoadRun run = rt::test::runTeamLoad(plan);
    const rt::test::TeamLoadCheck check = rt::test::checkTeamLoad(*db, plan, run);
    const auto line = [&out](const QString &name, const QString &value) {
        out << QStringLiteral("  %1 %2\n").arg(name, -22).arg(value);
    };
    out << label << u'\n';
    line(QStringLiteral("engine"), engine);
    line(QStringLiteral("clients × edits"),
         QStringLiteral("%1 × %2 on %3 rows")
             .arg(plan.clients)
             .arg(plan.editsPerClient)
             .arg(plan.rows.size()));
    line(QStringLiteral("edits/s"), QString::number(run.editsPerSecond(), 'f', 0));
    line(QStringLiteral("seconds"), QString::number(run.seconds, 'f', 2));
    line(QStringLiteral("successful writes"), QString::number(run.writes.size()));
    line(QStringLiteral("conflicts detected"), QString::number(run.conflicts));
    line(QStringLiteral("lock refusals"), QString::number(run.busy));
    line(QStringLiteral("lost updates"), QString::number(check.lostUpdates));
    line(QStringLiteral("other discrepancies"), QString::number(check.problems.size() - check.lostUpdates));
    for (const QString &error : run.errors) {
        out << QStringLiteral("  error: ") << error << u'\n';
    }
    for (const QString &problem : check.problems.mid(0, 20)) {
        out << QStringLiteral("  problem: ") << problem << u'\n';
    }
    out.flush();
    return run.errors.isEmpty() && check.problems.isEmpty()
        && run.writes.size() == plan.clients * plan.editsPerClient;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("A PostgreSQL database to use instead of a server of "
                                                     "our own."),
                                      QStringLiteral("URI"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent clients."),
                                           QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Edits per client."),
                                         QStringLiteral("E"), QStringLiteral("1000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows the clients share."),
                                        QStringLiteral("R"), QStringLiteral("16"));
    const QCommandLineOption noSqliteOption(QStringLiteral("no-sqlite"),
                                            QStringLiteral("Skip the comparison run on SQLite."));
    parser.addOptions({dbOption, clientsOption, editsOption, rowsOption, noSqliteOption});
    parser.addHelpOption();
    parser.process(app);

    rt::test::TeamLoadPlan shape;
    shape.clients = qMax(1, parser.value(clientsOption).toInt());
    shape.editsPerClient = qMax(1, parser.value(editsOption).toInt());
    shape.rows.resize(qMax(1, parser.value(rowsOption).toInt()));

    bool lostNothing = true;
    try {
        ThrowawayServer server;
        QString location = parser.value(dbOption);
        if (location.isEmpty()) {
            location = server.start();
        }
        lostNothing = measure(location, QStringLiteral("PostgreSQL, one connection per client"), shape, out);
        if (!parser.isSet(noSqliteOption)) {
            QTemporaryDir dir;
            lostNothing = measure(dir.filePath(QStringLiteral("team.sqlite")),
                                  QStringLiteral("SQLite, one file, one connection per client"), shape, out)
                && lostNothing;
        }
    } catch (const Error &error) {
        out << QStringLiteral("failed: ") << error.message() << u'\n';
        return 1;
    }
    return lostNothing ? 0 : 1;
}
