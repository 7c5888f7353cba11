// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressLine.h"

#include "VerbSupport.h"

#include <QTextStream>

#include <unistd.h>

namespace rt::app {

ProgressLine::ProgressLine(QString label)
    : m_label(std::move(label))
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
}

ProgressLine::~ProgressLine()
{
    if (m_terminal && m_percent >= 0) {
        err() << Qt::endl;
    }
}

std::function<bool(qint64, qint64)> ProgressLine::callback()
{
    return [this](qint64 done, qint64 total) {
        show(done, total);
        return true;
    };
}

void ProgressLine::show(qint64 done, qint64 total)
{
    if (!m_terminal || total <= 0) {
        return;
    }
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    // At most ten times a second, and only when the number changes.
    if (percent == m_percent || (m_sinceDrawn.isValid() && m_sinceDrawn.elapsed() < 100 && percent < 100)) {
        return;
    }
    m_percent = percent;
    m_sinceDrawn.start();
    err() << '\r' << tr("%1 %2%").arg(m_label).arg(percent) << Qt::flush;
}

} // namespace rt::app
