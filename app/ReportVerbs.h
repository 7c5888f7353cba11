// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The verbs that write documents from a company's checklist: report (PDF or CSV) and export-deadlines
// (iCalendar). Each takes the process' arguments and returns the exit code; report needs a QGuiApplication
// for its fonts.

#include <QCoreApplication>
#include <QStringList>

namespace rt::app {

class ReportVerbs final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::ReportVerbs)
public:
    static int report(const QStringList &arguments);
    static int exportDeadlines(const QStringList &arguments);
};

} // namespace rt::app
