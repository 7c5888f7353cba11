// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include "Error.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace rt::app {

namespace {

// The file a path names, links resolved; for a file that does not exist yet, its future absolute path.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

std::optional<QString> OutputFile::problem(const QString &target, const QString &openDatabase)
{
    if (target == u"-") {
        return std::nullopt;
    }
    if (target.isEmpty()) {
        return tr("The output file has no name.");
    }
    const QString file = resolved(target);
    if (!openDatabase.isEmpty()) {
        const QString database = resolved(openDatabase);
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (file == database + suffix) {
                return tr("%1 is the database RegTracker has open: choose another file to write.")
                    .arg(target);
            }
        }
    }
    const QFileInfo info(file);
    if (info.exists() && !info.isFile()) {
        return tr("%1 is not a regular file (a folder, a device or a pipe): choose a file to write.")
            .arg(target);
    }
    if (info.exists() && isSqliteFile(file)) {
        return tr("%1 is an SQLite database: RegTracker does not write over databases.").arg(target);
    }
    return std::nullopt;
}

void OutputFile::write(const QString &target, const QByteArray &bytes)
{
    if (target == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            throw core::Error(core::Error::Code::Failed,
                              tr("Cannot write to standard output: %1").arg(out.errorString()));
        }
        return;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw core::Error(core::Error::Code::Failed,
                          tr("Cannot write %1: %2").arg(target, file.errorString()));
    }
}

void OutputFile::write(const QString &target, const std::function<void(QIODevice &)> &writeTo)
{
    if (target == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            throw core::Error(core::Error::Code::Failed,
                              tr("Cannot write to standard output: %1").arg(out.errorString()));
        }
        writeTo(out);
        if (!out.flush()) {
            throw core::Error(core::Error::Code::Failed,
                              tr("Cannot write to standard output: %1").arg(out.errorString()));
        }
        return;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        throw core::Error(core::Error::Code::Failed,
                          tr("Cannot write %1: %2").arg(target, file.errorString()));
    }
    writeTo(file);
    if (!file.commit()) {
        throw core::Error(core::Error::Code::Failed,
                          tr("Cannot write %1: %2").arg(target, file.errorString()));
    }
}

} // namespace rt::app
