// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A progress line on standard error while a long verb works through a file ("Importing big.json… 42%"),
// redrawn in place and ended when the verb is done. Only when standard error is a terminal: a log, a pipe or
// a test reading the output sees nothing of it.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace rt::app {

class ProgressLine final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::ProgressLine)
public:
    explicit ProgressLine(QString label);
    ~ProgressLine();
    Q_DISABLE_COPY_MOVE(ProgressLine)

    // A progress function (done of total) that draws the line; it never cancels (Ctrl+C does).
    std::function<bool(qint64, qint64)> callback();

private:
    void show(qint64 done, qint64 total);

    QString m_label;
    bool m_terminal;
    int m_percent = -1;
    QElapsedTimer m_sinceDrawn;
};

} // namespace rt::app
