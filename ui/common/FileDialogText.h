// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt's own file dialog (offscreen, and wherever the desktop offers none) lists a folder by the system locale
// and by Qt's catalogue, which lacks some words: a Chinese interface read "Folder", "JSON document", "2
// bytes" and "6 Dec 2026 11:14". FileDialogText watches the application and gives each such dialog, as it
// shows, a proxy that writes the Size, Type and Date Modified columns in the interface language, dates by the
// one date policy. A desktop's own dialog speaks the desktop's language and is left alone.

#include <QObject>

namespace rt::ui {

class FileDialogText final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDialogText)

public:
    // Watches every widget of the application for as long as it lives.
    explicit FileDialogText(QObject *parent = nullptr);
    ~FileDialogText() override;

    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rt::ui
