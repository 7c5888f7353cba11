// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A command run as a child process and waited for: its exit code, its wall time, and its peak resident set
// as the kernel accounts it (wait4's ru_maxrss). Its output goes to /dev/null.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

struct ChildRun
{
    qint64 kilobytes = 0;
    int exitCode = -1;
    double seconds = 0;
};

inline ChildRun runChild(const char *program, const QStringList &arguments)
{
    QList<QByteArray> storage;
    std::vector<char *> argv;
    storage.append(QByteArray(program));
    for (const QString &a : arguments) {
        storage.append(a.toLocal8Bit());
    }
    for (QByteArray &a : storage) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    ChildRun result;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid) {
            result.kilobytes = usage.ru_maxrss;
            result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
    }
    result.seconds = double(clock.elapsed()) / 1000;
    posix_spawn_file_actions_destroy(&actions);
    return result;
}
