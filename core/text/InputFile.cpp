// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include "Error.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rt::core {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 megabyte = 1024 * 1024;

class Descriptor final
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Q_DISABLE_COPY_MOVE(Descriptor)
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

[[noreturn]] void cannotRead(const QString &path, int error)
{
    if (error == ENOENT || error == ENOTDIR) {
        throw Error(Error::Code::NotFound, InputFile::tr("The file %1 does not exist.").arg(path));
    }
    throw Error(Error::Code::NotFound, InputFile::tr("Cannot read %1: %2").arg(path, systemError(error)));
}

// Refuses what is not a regular file; a pipe passes only when allowed.
void checkKind(mode_t mode, const QString &name, bool allowPipe)
{
    if (S_ISREG(mode) || (S_ISFIFO(mode) && allowPipe)) {
        return;
    }
    if (S_ISDIR(mode)) {
        throw Error(Error::Code::InvalidInput, InputFile::tr("%1 is a folder, not a file.").arg(name));
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        throw Error(
            Error::Code::InvalidInput,
            InputFile::tr("%1 is a device, not a file; RegTracker imports only regular files.").arg(name));
    }
    if (S_ISFIFO(mode)) {
        throw Error(Error::Code::InvalidInput,
                    InputFile::tr("%1 is a named pipe, not a regular file; a pipe is read only when the "
                                  "import is asked to read one.")
                        .arg(name));
    }
    throw Error(Error::Code::InvalidInput,
                InputFile::tr("%1 is not a regular file; RegTracker imports only regular files.").arg(name));
}

[[noreturn]] void tooLarge(const QString &name, qint64 limit)
{
    throw Error(Error::Code::InvalidInput,
                InputFile::tr("%1 is larger than %2 MB; RegTracker imports files of "
                              "up to %2 MB.")
                    .arg(name)
                    .arg(limit / megabyte));
}

// Opens path for reading after checking what it is, and checks again what was opened: the name may have
// been pointed elsewhere in between. Opening does not wait for a pipe's writer.
int openChecked(const QString &path, const QString &name, bool allowPipe, struct stat &info)
{
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0) {
        cannotRead(path, errno);
    }
    checkKind(info.st_mode, name, allowPipe);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        cannotRead(path, errno);
    }
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        cannotRead(path, error);
    }
    try {
        checkKind(info.st_mode, name, allowPipe);
    } catch (...) {
        ::close(fd);
        throw;
    }
    return fd;
}

// A file compiled into the application (":/demo/demo.json"): always regular, already in memory.
QByteArray resource(const QString &path, const QString &name, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::NotFound, InputFile::tr("The file %1 does not exist.").arg(path));
    }
    if (file.size() > limit) {
        tooLarge(name, limit);
    }
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        throw Error(Error::Code::InvalidInput, InputFile::tr("%1 is empty.").arg(name));
    }
    return bytes;
}

} // namespace

QByteArray InputFile::read(const QString &path, const InputFileOptions &options, qint64 limit)
{
    const QString name = QFileInfo(path).fileName();
    if (path.startsWith(u':')) {
        return resource(path, name, limit);
    }
    struct stat info{};
    const Descriptor fd(openChecked(path, name, options.allowPipe, info));
    const bool pipe = S_ISFIFO(info.st_mode);
    if (!pipe && info.st_size > limit) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is %2 MB; RegTracker imports files of up to %3 MB.")
                        .arg(name)
                        .arg(info.st_size / megabyte)
                        .arg(limit / megabyte));
    }

    QByteArray bytes;
    // A regular file's size is a good guess for the buffer, never a promise: reading stops only at its end
    // or one byte past the limit.
    bytes.reserve(pipe ? chunkSize : std::min<qint64>(qint64(info.st_size), limit) + 1);
    while (true) {
        if (pipe) {
            pollfd wait{fd.get(), POLLIN, 0};
            const int ready = ::poll(&wait, 1, options.pipeTimeoutSeconds * 1000);
            if (ready < 0 && errno == EINTR) {
                continue;
            }
            if (ready < 0) {
                cannotRead(path, errno);
            }
            if (ready == 0) {
                throw Error(Error::Code::InvalidInput,
                            tr("%1: nothing came through the pipe for %n second(s); the import gives up.",
                               nullptr, options.pipeTimeoutSeconds)
                                .arg(name));
            }
        }
        const qint64 want = std::min(chunkSize, limit + 1 - bytes.size());
        if (bytes.capacity() < bytes.size() + want) {
            bytes.reserve(std::max(bytes.capacity() * 2, bytes.size() + want));
        }
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const ssize_t got = ::read(fd.get(), bytes.data() + before, size_t(want));
        if (got < 0) {
            bytes.resize(before);
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            cannotRead(path, errno);
        }
        bytes.resize(before + got);
        if (got == 0) {
            break; // the end of the file, or the pipe's writer closed it
        }
        if (bytes.size() > limit) {
            tooLarge(name, limit);
        }
    }
    if (bytes.isEmpty()) {
        throw Error(Error::Code::InvalidInput, tr("%1 is empty.").arg(name));
    }
    return bytes;
}

std::unique_ptr<QIODevice> InputFile::open(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (path.startsWith(u':')) {
        if (!file->open(QIODevice::ReadOnly)) {
            throw Error(Error::Code::NotFound, tr("The file %1 does not exist.").arg(path));
        }
    } else {
        struct stat info{};
        const int fd = openChecked(path, name, false, info);
        if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            throw Error(Error::Code::NotFound, tr("Cannot read %1: %2").arg(path, file->errorString()));
        }
    }
    if (file->peek(1).isEmpty()) {
        throw Error(Error::Code::InvalidInput, tr("%1 is empty.").arg(name));
    }
    return file;
}

QByteArray InputFile::head(const QString &path, qint64 bytes)
{
    if (path.startsWith(u':')) {
        return resource(path, QFileInfo(path).fileName(), maximumSize).left(bytes);
    }
    struct stat info{};
    const Descriptor fd(openChecked(path, QFileInfo(path).fileName(), false, info));
    QByteArray result(qsizetype(std::max<qint64>(bytes, 0)), Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < result.size()) {
        const ssize_t got = ::read(fd.get(), result.data() + filled, size_t(result.size() - filled));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            cannotRead(path, errno);
        }
        if (got == 0) {
            break;
        }
        filled += got;
    }
    result.truncate(filled);
    return result;
}

} // namespace rt::core
