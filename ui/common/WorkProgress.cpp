// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkProgress.h"

#include <algorithm>

namespace rt::ui {

namespace {
constexpr int steps = 1000;
}

WorkProgress::WorkProgress(QWidget *parent, const QString &label)
    : m_dialog(parent) // with Qt's own Cancel button, translated by Qt
{
    m_dialog.setLabelText(label);
    m_dialog.setRange(0, steps);
    m_dialog.setObjectName(QStringLiteral("workProgress"));
    m_dialog.setWindowModality(Qt::ApplicationModal); // nothing else may change the database meanwhile
    m_dialog.setMinimumDuration(500);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0);
}

std::function<bool(qint64, qint64)> WorkProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        const int value = total > 0 ? int(std::clamp<qint64>(done * steps / total, 0, steps)) : 0;
        if (value != m_dialog.value()) {
            m_dialog.setValue(
                value); // a modal dialog processes events here: the window repaints, Cancel works
        }
        return !m_dialog.wasCanceled();
    };
}

bool WorkProgress::cancelled() const
{
    return m_cancelled || m_dialog.wasCanceled();
}

void WorkProgress::finish()
{
    // reset() also stops the timer that would show the window later (over the message that follows).
    m_cancelled = m_dialog.wasCanceled();
    m_dialog.reset();
    m_dialog.hide();
}

} // namespace rt::ui
