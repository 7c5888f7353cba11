// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A progress window with Cancel for work that runs in the window's thread and reports how far it has come
// (an exchange file imported or exported). It appears only when the work takes more than a moment; between
// reports it lets the window repaint, and Cancel makes the next report answer false, which stops the work
// (and rolls an import back).

#include <QProgressDialog>

#include <functional>

namespace rt::ui {

class WorkProgress final
{
public:
    WorkProgress(QWidget *parent, const QString &label);
    Q_DISABLE_COPY_MOVE(WorkProgress)

    // The progress function (done of total) to hand to the work; false once Cancel was pressed.
    std::function<bool(qint64, qint64)> callback();
    bool cancelled() const;
    // Closes the window (the work is over).
    void finish();

private:
    QProgressDialog m_dialog;
    bool m_cancelled = false;
};

} // namespace rt::ui
