// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rt::ui {

WelcomeDialog::WelcomeDialog(const QList<std::pair<QString, QString>> &languages, const QString &current,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QGuiApplication::windowIcon().pixmap(64, 64));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const auto button = [this](const char *name, Choice choice) {
        auto *link = new QCommandLinkButton(this);
        link->setObjectName(QString::fromLatin1(name));
        connect(link, &QCommandLinkButton::clicked, this, [this, choice] { choose(choice); });
        return link;
    };
    m_new = button("welcomeNew", Choice::NewDatabase);
    m_demo = button("welcomeDemo", Choice::Demo);
    m_open = button("welcomeOpen", Choice::OpenFile);
    m_connect = button("welcomeConnect", Choice::Connect);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("welcomeLanguage"));
    for (const auto &[code, name] : languages) {
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageRequested(m_language->itemData(index).toString()); });

    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(m_title, 1);
    auto *language = new QHBoxLayout;
    language->addStretch(1);
    language->addWidget(m_languageLabel);
    language->addWidget(m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    for (QCommandLinkButton *link : {m_new, m_demo, m_open, m_connect}) {
        layout->addWidget(link);
    }
    layout->addStretch(1);
    layout->addLayout(language);
    m_new->setDefault(true);
    retranslate();
    resize(600, 520);
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to RegTracker"));
    m_title->setText(tr("Welcome to RegTracker"));
    m_intro->setText(
        tr("RegTracker keeps regulatory developments and the obligations they create in a database, "
           "with a checklist for every company you look after. Choose where to start; RegTracker "
           "opens the same database again next time."));
    m_new->setText(tr("&New empty database"));
    m_new->setDescription(tr("Start your own database, with no developments and no companies yet."));
    m_demo->setText(tr("Open the &demo"));
    m_demo->setDescription(tr("Look around in example data: the developments of a technology regulation "
                              "newsletter and three fictional companies, in a file of its own."));
    m_open->setText(tr("&Open a database file…"));
    m_open->setDescription(tr("A RegTracker database you or a colleague made before."));
    m_connect->setText(tr("&Connect to a team database…"));
    m_connect->setDescription(tr("A database your team shares on a PostgreSQL server."));
    m_languageLabel->setText(tr("&Language:"));
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace rt::ui
