// SPDX-License-Identifier: GPL-3.0-or-later
#include "PictureExport.h"

#include "Settings.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

namespace rt::ui {

bool PictureExport::write(const QString &file, const Drawing &drawing, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QSize size = drawing.canvas->size();
    const QColor background = drawing.canvas->palette().color(QPalette::Base);
    QByteArray bytes;
    if (suffix == QLatin1StringView("png")) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        const int dotsPerMeter = int(std::lround(drawing.canvas->logicalDpiX() / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(background);
        {
            QPainter painter(&image);
            drawing.paint(painter);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            *error = tr("The picture could not be encoded.");
            return false;
        }
    } else if (suffix == QLatin1StringView("svg")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setResolution(drawing.canvas->logicalDpiX());
        svg.setTitle(drawing.title);
        svg.setDescription(drawing.description);
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("The drawing could not be started.");
            return false;
        }
        painter.fillRect(QRect(QPoint(), size), background);
        drawing.paint(painter);
        painter.end();
    } else {
        *error = tr("Choose a file name ending in .png or .svg.");
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void PictureExport::askAndWrite(QWidget *parent, const QString &caption, const QString &defaultName,
                                core::Settings::Folder folder,
                                const std::function<bool(const QString &, QString *)> &export_)
{
    core::Settings settings;
    const QString directory = settings.folder(folder);
    const QString png = tr("PNG pictures (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    QString filter = png;
    QString file = QFileDialog::getSaveFileName(parent, caption, directory + u'/' + defaultName,
                                                png + QStringLiteral(";;") + svg, &filter);
    if (file.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1StringView("png") && suffix != QLatin1StringView("svg")) {
        file += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    }
    settings.setFolder(folder, QFileInfo(file).absolutePath());
    QString error;
    if (!export_(file, &error)) {
        QMessageBox::warning(parent, tr("Not exported"), error);
    }
}

} // namespace rt::ui
