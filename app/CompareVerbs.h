// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verb that compares two versions of a development: compare A [B], as a readable summary, as JSON, or
// written as an HTML or PDF redline. Takes the process' arguments and returns the exit code; it needs a
// QGuiApplication for the PDF's fonts.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class CompareVerbs final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::CompareVerbs)
public:
    static int compare(const QStringList &arguments);
};

} // namespace rt::app
