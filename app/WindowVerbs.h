// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verbs that need a window system: the application's main window (no verb) and shot, which renders a view
// to PNG without a screen. Each takes the process' arguments and returns the exit code.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class WindowVerbs final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::WindowVerbs)
public:
    static int window(const QStringList &arguments);
    static int shot(const QStringList &arguments);
};

} // namespace rt::app
