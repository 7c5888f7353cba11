// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace rt::ui {

namespace {

// Long enough for a keychain that asks the user to unlock it, short enough that a dead one does not hold up
// the start for long.
constexpr int keychainTimeoutMs = 60'000;

// Runs a job to its end and returns its error text (empty on success). The job deletes itself when it ends,
// even after the wait gave up.
QString runJob(QKeychain::Job *job, QString *text = nullptr)
{
    QEventLoop loop;
    QString error = PasswordStore::tr("The system keychain did not answer.");
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finished) {
        done = true;
        error = finished->error() == QKeychain::NoError ? QString() : finished->errorString();
        if (text) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished)) {
                *text = read->textData();
            }
        }
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return error;
}

} // namespace

QString PasswordStore::read(const QString &key)
{
    if (!QKeychain::isAvailable()) {
        return {};
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    QString password;
    return runJob(job, &password).isEmpty() ? password : QString();
}

bool PasswordStore::write(const QString &key, const QString &password, QString *error)
{
    if (!QKeychain::isAvailable()) {
        if (error) {
            *error = tr("This computer has no system keychain that RegTracker can use.");
        }
        return false;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a password never ends up in a plain file
    job->setKey(key);
    job->setTextData(password);
    const QString reason = runJob(job);
    if (error) {
        *error = reason;
    }
    return reason.isEmpty();
}

bool PasswordStore::remove(const QString &key)
{
    if (!QKeychain::isAvailable()) {
        return false;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    return runJob(job).isEmpty();
}

} // namespace rt::ui
