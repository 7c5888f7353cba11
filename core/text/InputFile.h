// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way an import reads a file: only a regular file (a symlink is followed to what it names), never a
// device, a folder or a socket, and a named pipe only when the caller asks for one — then with a time limit
// for a writer that never comes. The bytes actually read count against the size limit, whatever the file's
// size on disk says (a file under /proc says 0, a pipe says nothing). Every refusal is an Error naming the
// file and the problem. A Qt resource path (":/…") is read as the file compiled into the application.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace rt::core {

struct InputFileOptions
{
    bool allowPipe = false; // read a named pipe (FIFO) to its end instead of refusing it
    int pipeTimeoutSeconds = 30; // how long a pipe may stay silent (no writer, or no data) before giving up
};

class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::InputFile)
public:
    // The largest file an import reads (bytes).
    static constexpr qint64 maximumSize = 256LL * 1024 * 1024;

    // Reads the whole file. Throws Error(NotFound) when it does not exist or cannot be opened, and
    // Error(InvalidInput) when it is not a regular file (a pipe only without allowPipe), is empty, grows past
    // `limit` bytes while it is read, or a pipe stays silent longer than the timeout.
    static QByteArray read(const QString &path, const InputFileOptions &options = {},
                           qint64 limit = maximumSize);
    // Opens a regular file (or a resource) to be read a piece at a time by a reader that keeps only a piece
    // in memory, so no size limit applies; the same refusals as read() (a pipe is always refused), and an
    // empty file is refused too. The device is seekable.
    static std::unique_ptr<QIODevice> open(const QString &path);
    // Up to `bytes` first bytes of a regular file, to tell its format; the same refusals (a pipe is always
    // refused: reading its head would consume it).
    static QByteArray head(const QString &path, qint64 bytes);
};

} // namespace rt::core
