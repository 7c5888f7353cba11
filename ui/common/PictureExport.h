// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saving what a view draws as a picture: PNG at twice the screen's pixels (crisp in print and on high-density
// screens) or SVG, chosen by the file's suffix, written safely (nothing is left half-written); and the dialog
// that asks where, remembering the folder. The timeline and the authority map export through it.

#include "Settings.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QWidget;

namespace rt::ui {

class PictureExport final
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::PictureExport)
public:
    struct Drawing
    {
        const QWidget *canvas = nullptr; // its size, resolution and background
        QString title; // for the SVG
        QString description;
        std::function<void(QPainter &)> paint;
    };

    // On failure returns false with the reason in *error.
    static bool write(const QString &file, const Drawing &drawing, QString *error);
    // Asks for a PNG or SVG file name (starting in the folder remembered for the purpose), then exports
    // through export_, which returns false with the reason in its second argument; a failure is shown in a
    // message box.
    static void askAndWrite(QWidget *parent, const QString &caption, const QString &defaultName,
                            core::Settings::Folder folder,
                            const std::function<bool(const QString &, QString *)> &export_);
};

} // namespace rt::ui
