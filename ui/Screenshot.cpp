#include "Screenshot.h"

#include "DevelopmentsBrowser.h"
#include "Error.h"
#include "MainWindow.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>

namespace rt::ui {

QStringList Screenshot::views()
{
    return {QStringLiteral("browser")};
}

void Screenshot::render(core::Database &db, const QString &view, const QSize &size, const QString &outFile)
{
    if (!views().contains(view)) {
        throw core::Error(core::Error::Code::InvalidInput, tr("Unknown view “%1”.").arg(view));
    }
    MainWindow window(db, nullptr, false);
    window.resize(size);
    window.show();
    QApplication::processEvents();
    // A selected development shows the detail pane filled, as people see it while reading.
    window.browser()->selectRow(0);
    QApplication::processEvents();
    const QPixmap picture = window.grab();
    if (!picture.save(outFile, "PNG")) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write the picture %1.").arg(outFile));
    }
}

} // namespace rt::ui
