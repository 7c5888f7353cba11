#include "Screenshot.h"

#include "AuthorityRepository.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "DevelopmentsBrowser.h"
#include "Error.h"
#include "MainWindow.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>

namespace rt::ui {

QStringList Screenshot::views()
{
    return {QStringLiteral("browser"), QStringLiteral("editor")};
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
    QPixmap picture;
    if (view == QLatin1StringView("editor")) {
        // The form as it opens for the selected development.
        core::AuthorityRepository reference(db);
        const auto development
            = core::DevelopmentRepository(db, reference).load(window.browser()->currentDevelopment());
        DevelopmentEditor editor(db, development.value_or(core::Development()), &window);
        editor.resize(size.boundedTo(QSize(1000, 760)));
        editor.show();
        QApplication::processEvents();
        picture = editor.grab();
    } else {
        picture = window.grab();
    }
    if (!picture.save(outFile, "PNG")) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write the picture %1.").arg(outFile));
    }
}

} // namespace rt::ui
