// SPDX-License-Identifier: GPL-3.0-or-later
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

// What a shot shows besides the view itself.
struct ScreenshotOptions
{
    QString content; // how developments read: en, zh or both (side by side); empty: the interface language
    QString chinese; // Chinese content: simplified, tw or hk (Traditional characters); empty: as stored
    QString search; // text typed into the developments' search box, its matches marked
    bool dark = false; // a dark palette, as on a desktop with a dark colour scheme
    bool highContrast = false; // white on black, as on a desktop with a high-contrast scheme
    QString file; // the file the import view reads; empty: a sample made from the database
    QString role; // viewer, editor or admin: the window as a user of that role sees it; empty: the database's
    // The window as it first paints on starting: the developments shown, no development selected, the facet
    // counts and whatever else reads on the worker not waited for.
    bool firstPaint = false;
};

class Screenshot final
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::Screenshot)
public:
    static QStringList views();
    static QStringList roles(); // what ScreenshotOptions::role takes
    // The size of a view's picture when size is asked for: dialogs are drawn at most at their own size.
    static QSize pictureSize(const QString &view, const QSize &size);
    // Dialogs (assessment, company) are drawn at most this large.
    static const QSize dialogShotSize;
    static const QSize connectShotSize; // the connect dialog, a small form
    static const QSize conflictShotSize; // the conflict dialog: a short table of both versions
    using Options = ScreenshotOptions;
    // Throws core::Error when the view is unknown or the file cannot be written.
    static void render(core::Database &db, const QString &view, const QSize &size, const QString &outFile,
                       const Options &options = {});
};

} // namespace rt::ui
