// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the regtracker executable (RT_APP) as a user would, with its own HOME and data and config directories
// under `home`, so that it never touches the developer's own database or settings.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace rt::test {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QString err;
};

inline CliRun runRegtracker(const QTemporaryDir &home, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RT_APP), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

// The database's bytes as SQLite keeps them: the file and, when there is one, its write-ahead log.
inline QByteArray databaseChecksum(const QString &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : {db, QString(db + QStringLiteral("-wal"))}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(&f);
            hash.addData(QByteArrayView("\n--\n"));
        }
    }
    return hash.result().toHex();
}

} // namespace rt::test
