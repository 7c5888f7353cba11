// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Help menu: the handbook (F1), the keyboard shortcuts (read from the window's menus) and About.

#include <QMenu>

class QMenuBar;

namespace rt::ui {

class HelpMenu final : public QMenu
{
    Q_OBJECT
public:
    // bar: the window's menus, whose shortcuts the list shows; language: the interface language in use.
    explicit HelpMenu(QMenuBar *bar, QWidget *parent = nullptr);

    // What About says of the database the window has open.
    void setDatabase(const QString &name, int schemaVersion);
    void setLanguage(const QString &language) { m_language = language; }

    // The shortcuts of a window's menus, grouped by menu, as the shortcut list shows them.
    static QList<std::pair<QString, QList<QAction *>>> shortcutGroups(const QMenuBar *bar);

    void showHandbook();
    void showShortcuts();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QMenuBar *m_bar;
    QString m_language;
    QString m_database;
    int m_schemaVersion = 0;
    QAction *m_handbook = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace rt::ui
