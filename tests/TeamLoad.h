// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Many people editing the same checklist rows at once: clients (threads, each with its own connection) edit a
// handful of shared rows through AssessmentService, every write naming the version it read. Afterwards the
// stored rows and their audit log must tell exactly the story of the writes that succeeded. Shared by
// tst_teamdatabase (a small run that must lose nothing) and bench_team_load (the full run, with figures).
//
// A write refused as stale counts as a conflict and the client tries the same edit again on a fresh read,
// until it goes in: every edit lands once, so the successful writes are clients × edits.

#include "AssessmentService.h"
#include "ChecklistModel.h"
#include "Database.h"
#include "Error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>

#include <thread>
#include <vector>

namespace rt::test {

struct TeamLoadPlan
{
    QString location; // the database; every client opens its own connection to it
    QList<core::AssessmentKey> rows; // edited by every client
    int clients = 8;
    int editsPerClient = 1000;
};

// One write that went in.
struct TeamLoadWrite
{
    int row = 0; // index into TeamLoadPlan::rows
    int version = 0; // the version it wrote
    QString token; // the notes it wrote: names the client and the edit
    core::AssessmentStatus status = core::AssessmentStatus::ToDo;
};

struct TeamLoadRun
{
    QList<int> startVersions; // of each row, before the run
    QList<TeamLoadWrite> writes; // every successful write
    int conflicts = 0; // stale writes refused with Error(Conflict)
    int busy = 0; // writes SQLite refused because another connection held or had moved the file on
    QStringList errors; // anything else that went wrong (a client stops at its first)
    double seconds = 0;

    double editsPerSecond() const { return seconds > 0 ? double(writes.size()) / seconds : 0; }
};

struct TeamLoadCheck
{
    // Successful writes that the stored rows do not account for: two writes claiming the same version, or a
    // write whose audit entry shows it did not start from the write before it, or a final row that is not
    // the last write.
    int lostUpdates = 0;
    QStringList problems; // every discrepancy, for the failure message
};

// Up to `count` rows of the company's checklist that nobody has edited yet (version 0), so the clients also
// race to create them.
inline QList<core::AssessmentKey> untouchedChecklistRows(core::Database &db, qint64 companyId, int count)
{
    core::ChecklistModel model(db);
    model.setCompany(companyId);
    QList<core::AssessmentKey> rows;
    for (int g = 0; g < model.groupCount() && rows.size() < count; ++g) {
        for (const core::ChecklistRow &row : model.groupRows(g)) {
            if (row.assessment.version == 0 && !rows.contains(row.key) && rows.size() < count) {
                rows.append(row.key);
            }
        }
    }
    return rows;
}

// The status a write sets: the one after the status it read, so that every write changes it.
inline core::AssessmentStatus nextStatus(core::AssessmentStatus status)
{
    return core::AssessmentStatus((int(status) + 1) % (int(core::AssessmentStatus::Done) + 1));
}

inline QString teamLoadToken(int client, int edit)
{
    return QStringLiteral("client %1 edit %2").arg(client).arg(edit);
}

inline TeamLoadRun runTeamLoad(const TeamLoadPlan &plan)
{
    TeamLoadRun run;
    {
        auto db = core::Database::open(plan.location, core::Database::OpenMode::ExistingOnly);
        core::AssessmentService service(*db);
        for (const core::AssessmentKey &key : plan.rows) {
            run.startVersions.append(service.assessment(key).version);
        }
    }
    QMutex mutex;
    const auto client = [&](int number) {
        QList<TeamLoadWrite> writes;
        int conflicts = 0;
        int busy = 0;
        QString error;
        try {
            auto db = core::Database::open(plan.location, core::Database::OpenMode::ExistingOnly);
            core::AssessmentService service(*db);
            QRandomGenerator random(quint32(number + 1));
            for (int edit = 0; edit < plan.editsPerClient; ++edit) {
                const int row = int(random.bounded(int(plan.rows.size())));
                const core::AssessmentKey &key = plan.rows.at(row);
                for (;;) {
                    const core::Assessment read = service.assessment(key);
                    core::AssessmentEdit change;
                    change.notes = teamLoadToken(number, edit);
                    change.status = nextStatus(read.status);
                    try {
                        const int version = service.apply(key, read.version, change);
                        writes.append({row, version, *change.notes, *change.status});
                        break;
                    } catch (const core::Error &e) {
                        if (e.code() == core::Error::Code::Conflict) {
                            ++conflicts;
                        } else if (!db->isPostgreSQL() && e.message().contains(QLatin1String("locked"))) {
                            ++busy;
                        } else {
                            throw;
                        }
                    }
                }
            }
        } catch (const core::Error &e) {
            error = QStringLiteral("client %1: %2").arg(number).arg(e.message());
        }
        const QMutexLocker lock(&mutex);
        run.writes.append(writes);
        run.conflicts += conflicts;
        run.busy += busy;
        if (!error.isEmpty()) {
            run.errors.append(error);
        }
    };
    QElapsedTimer timer;
    timer.start();
    {
        std::vector<std::jthread> threads;
        for (int number = 1; number <= plan.clients; ++number) {
            threads.emplace_back(client, number);
        }
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

inline TeamLoadCheck checkTeamLoad(core::Database &db, const TeamLoadPlan &plan, const TeamLoadRun &run)
{
    TeamLoadCheck check;
    const auto problem = [&](int row, const QString &text, bool lost) {
        check.problems.append(QStringLiteral("row %1: %2").arg(row).arg(text));
        check.lostUpdates += lost ? 1 : 0;
    };
    QHash<int, QMap<int, TeamLoadWrite>> byRow; // row → version → write
    for (const TeamLoadWrite &write : run.writes) {
        if (byRow[write.row].contains(write.version)) {
            problem(write.row, QStringLiteral("two writes claim version %1").arg(write.version), true);
        }
        byRow[write.row].insert(write.version, write);
    }
    core::AssessmentService service(db);
    for (int row = 0; row < plan.rows.size(); ++row) {
        const QMap<int, TeamLoadWrite> writes = byRow.value(row);
        const core::Assessment stored = service.assessment(plan.rows.at(row));
        const int first = run.startVersions.value(row) + 1;
        const int last = writes.isEmpty() ? first - 1 : writes.lastKey();
        for (int version = first; version <= last; ++version) {
            if (!writes.contains(version)) {
                problem(row, QStringLiteral("no write recorded version %1").arg(version), false);
            }
        }
        if (!writes.isEmpty() && writes.firstKey() < first) {
            problem(row, QStringLiteral("a write claims version %1").arg(writes.firstKey()), false);
        }
        if (stored.version != last) {
            problem(row, QStringLiteral("stored version %1, last write %2").arg(stored.version).arg(last),
                    true);
        } else if (!writes.isEmpty()
                   && (stored.notes != writes.last().token || stored.status != writes.last().status)) {
            problem(
                row,
                QStringLiteral("stored “%1”, the last write was “%2”").arg(stored.notes, writes.last().token),
                true);
        }

        // The audit log has one notes and one status entry per write, in version order, each starting from
        // what the write before it left.
        QStringList notes;
        QString previous;
        int statusEntries = 0;
        for (const core::AuditEntry &entry : service.history(plan.rows.at(row))) {
            if (entry.field == QLatin1String("status")) {
                ++statusEntries;
            } else if (entry.field == QLatin1String("notes")) {
                if (!notes.isEmpty() && entry.oldValue != previous) {
                    problem(row,
                            QStringLiteral("“%1” overwrote “%2” without reading it")
                                .arg(entry.newValue, previous),
                            true);
                }
                notes.append(entry.newValue);
                previous = entry.newValue;
            }
        }
        QStringList tokens;
        for (const TeamLoadWrite &write : writes) {
            tokens.append(write.token);
        }
        if (notes != tokens) {
            problem(row,
                    QStringLiteral("the audit log has %1 notes entries for %2 writes, or in another order")
                        .arg(notes.size())
                        .arg(tokens.size()),
                    false);
        }
        if (statusEntries != writes.size()) {
            problem(row,
                    QStringLiteral("the audit log has %1 status entries for %2 writes")
                        .arg(statusEntries)
                        .arg(writes.size()),
                    false);
        }
    }
    return check;
}

} // namespace rt::test
