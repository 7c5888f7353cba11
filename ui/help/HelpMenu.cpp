// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpMenu.h"

#include "AboutDialog.h"
#include "HandbookDialog.h"
#include "ShortcutsDialog.h"

#include <QEvent>
#include <QMenuBar>

namespace rt::ui {

namespace {

// The actions of a menu and its submenus, in order.
QList<QAction *> actionsOf(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            actions += actionsOf(action->menu());
        } else if (!action->isSeparator()) {
            actions.append(action);
        }
    }
    return actions;
}

} // namespace

HelpMenu::HelpMenu(QMenuBar *bar, QWidget *parent)
    : QMenu(parent)
    , m_bar(bar)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_handbook = addAction(QString(), this, &HelpMenu::showHandbook);
    m_handbook->setObjectName(QStringLiteral("handbookAction"));
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    addSeparator();
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    retranslate();
}

void HelpMenu::setDatabase(const QString &name, int schemaVersion)
{
    m_database = name;
    m_schemaVersion = schemaVersion;
}

void HelpMenu::showHandbook()
{
    auto *dialog = new HandbookDialog(m_language, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QList<std::pair<QString, QList<QAction *>>> HelpMenu::shortcutGroups(const QMenuBar *bar)
{
    QList<std::pair<QString, QList<QAction *>>> groups;
    for (QAction *action : bar->actions()) {
        if (action->menu()) {
            groups.append({action->menu()->title(), actionsOf(action->menu())});
        }
    }
    return groups;
}

void HelpMenu::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (const auto &[title, actions] : shortcutGroups(m_bar)) {
        groups.append({title, actions});
    }
    ShortcutsDialog dialog(groups, parentWidget());
    dialog.exec();
}

void HelpMenu::showAbout()
{
    AboutDialog dialog(m_database, m_schemaVersion, parentWidget());
    dialog.exec();
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMenu::changeEvent(event);
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_handbook->setText(tr("&Handbook"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About RegTracker"));
}

} // namespace rt::ui
