// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help → Keyboard shortcuts: every command of the window that has a shortcut, grouped as its menus group
// them, read from the actions themselves (so the list is always what the keys do), with a filter.

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace rt::ui {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Group
    {
        QString title; // a menu's title, mnemonic included ("&File")
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace rt::ui
