// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Open Recent: the databases opened last (files and team databases, without passwords), the newest
// first, read afresh each time the menu opens; Ctrl+1… is left to the companies, so entries are numbered by
// mnemonic.

#include <QMenu>

namespace rt::ui {

class RecentDatabasesMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit RecentDatabasesMenu(QWidget *parent = nullptr);

    // Fills the menu from the settings (it does so itself before it shows).
    void reload();

Q_SIGNALS:
    void databaseChosen(const QString &address);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace rt::ui
