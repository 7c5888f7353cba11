// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help → About: who RegTracker is, read from the application's KAboutData (set when the program starts): the
// version and what it does, the licence with its full text, the authors, and the components it runs on with
// the versions in use, and where its data lives.

#include <QDialog>

namespace rt::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    // database: what the window has open, as its title names it; schemaVersion: that database's schema.
    AboutDialog(const QString &database, int schemaVersion, QWidget *parent = nullptr);
};

} // namespace rt::ui
