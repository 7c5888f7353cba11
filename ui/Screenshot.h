#pragma once
// Renders a view of RegTracker to a PNG without a screen (the offscreen platform is enough): what users see,
// for the `regtracker shot` command, the screenshot tests and documentation.

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

namespace rt::core {
class Database;
}

namespace rt::ui {

class Screenshot final
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::Screenshot)
public:
    static QStringList views();
    // Dialogs (assessment, company) are drawn at most this large.
    static const QSize dialogShotSize;
    // content: how developments read, en, zh or both (side by side); empty: in the interface language.
    // Throws core::Error when the view is unknown or the file cannot be written.
    static void render(core::Database &db, const QString &view, const QSize &size, const QString &outFile,
                       const QString &content = QString());
};

} // namespace rt::ui
