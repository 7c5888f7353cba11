// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentDatabasesMenu.h"

#include "DatabaseAddress.h"
#include "Error.h"
#include "Settings.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace rt::ui {

RecentDatabasesMenu::RecentDatabasesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentDatabasesMenu"));
    setTitle(tr("Open &Recent"));
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::reload);
    reload();
}

void RecentDatabasesMenu::reload()
{
    clear();
    const QStringList recent = core::Settings().recentDatabases();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &address = recent.at(i);
        QString name;
        try {
            name = core::DatabaseAddress::parse(address).displayName();
        } catch (const core::Error &) {
            name = address;
        }
        const QString where = core::DatabaseAddress::looksLikeUrl(address)
            ? address
            : QDir::toNativeSeparators(QFileInfo(address).absolutePath());
        // Mnemonics 1…9 and 0 for the first ten, as desktop applications number recent files.
        QAction *action = addAction(QStringLiteral("&%1 %2  (%3)").arg((i + 1) % 10).arg(name, where));
        action->setToolTip(address);
        connect(action, &QAction::triggered, this, [this, address] { Q_EMIT databaseChosen(address); });
    }
    if (recent.isEmpty()) {
        addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear the list"), this, [] {
        core::Settings settings;
        for (const QString &address : settings.recentDatabases()) {
            settings.forgetDatabase(address);
        }
    });
}

void RecentDatabasesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Open &Recent"));
        reload();
    }
    QMenu::changeEvent(event);
}

} // namespace rt::ui
