// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDataFiles.h"

#include "Error.h"
#include "InputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QStringDecoder>

namespace rt::core {

namespace {

QMutex problemsLock;
QStringList &noted()
{
    static QStringList problems;
    return problems;
}

// The user's lists are small: a file larger than this is a mistake, not a list.
constexpr qint64 largestList = 16LL * 1024 * 1024;

} // namespace

QString UserDataFiles::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lists");
}

QList<DataFile> UserDataFiles::withUserFile(const QString &resource, const QString &userFolder)
{
    QList<DataFile> files{{QString::fromUtf8(InputFile::read(resource)), QFileInfo(resource).fileName()}};
    const QString path = QDir(userFolder).filePath(QFileInfo(resource).fileName());
    if (userFolder.isEmpty() || !QFileInfo::exists(path)) {
        return files;
    }
    try {
        const QByteArray bytes = InputFile::read(path, {}, largestList);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (utf8.hasError()) {
            throw Error(Error::Code::InvalidInput, tr("%1 is not UTF-8 text.").arg(path));
        }
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        files.append({text, QDir::toNativeSeparators(path)});
    } catch (const Error &error) {
        noteLeftOut(error.message());
    }
    return files;
}

void UserDataFiles::noteLeftOut(const QString &why)
{
    const QString problem = tr("%1 (left out; the built-in list is used)").arg(why);
    const QMutexLocker lock(&problemsLock);
    if (!noted().contains(problem)) {
        noted().append(problem);
    }
}

QStringList UserDataFiles::problems()
{
    const QMutexLocker lock(&problemsLock);
    return noted();
}

} // namespace rt::core
