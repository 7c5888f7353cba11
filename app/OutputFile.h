// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a verb writes a file (export FILE, report --out, export-deadlines --out). It refuses, before any work
// is done, the database RegTracker has open, any other SQLite database, and an existing path that is not a
// regular file (a device, a FIFO, a directory); "-" means standard output. It writes through QSaveFile, so
// nothing is left half-written, and a failed write (a full disk, no permission) is an error.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace rt::app {

class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::OutputFile)
public:
    // What is wrong with writing to target while the database at openDatabase is open (empty: none); nothing
    // when target may be written.
    static std::optional<QString> problem(const QString &target, const QString &openDatabase = {});
    // Writes bytes to target ("-": standard output). Throws core::Error naming the file.
    static void write(const QString &target, const QByteArray &bytes);
    // The same for content written a piece at a time by writeTo (which throws core::Error to give up: the
    // file is then left as it was).
    static void write(const QString &target, const std::function<void(QIODevice &)> &writeTo);
};

} // namespace rt::app
