// SPDX-License-Identifier: GPL-3.0-or-later
#include "Module.h"

#include "Error.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

namespace rt::core {

namespace {

QStringList moduleFolders()
{
    const QString program = QCoreApplication::instance()
        ? QCoreApplication::applicationDirPath()
        : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return {QDir::cleanPath(program + QStringLiteral("/" RT_INSTALLED_MODULES)),
            QDir::cleanPath(program + QStringLiteral("/../modules"))};
}

} // namespace

QFunctionPointer Module::resolve(const char *name, const char *symbol)
{
    static QMutex lock;
    static QHash<QByteArray, QFunctionPointer> resolved;
    const QByteArray key = QByteArray(name) + '/' + symbol;
    const QMutexLocker locker(&lock);
    if (const auto it = resolved.constFind(key); it != resolved.cend()) {
        return *it;
    }
    QString reason;
    for (const QString &folder : moduleFolders()) {
        QLibrary module(folder + u'/' + QLatin1StringView(name));
        if (!QFileInfo::exists(module.fileName() + QStringLiteral(".so"))) {
            continue;
        }
        if (const QFunctionPointer function = module.resolve(symbol)) { // QLibrary never unloads it
            resolved.insert(key, function);
            return function;
        }
        reason = module.errorString();
    }
    throw Error(Error::Code::Failed,
                tr("RegTracker cannot load its module %1: it is missing or broken. Reinstall RegTracker.%2")
                    .arg(QLatin1StringView(name), reason.isEmpty() ? QString() : u' ' + reason));
}

} // namespace rt::core
