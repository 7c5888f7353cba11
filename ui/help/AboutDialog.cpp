// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "EngineVersions.h"

#include <KAboutData>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt::ui {

namespace {

// The application data is made before an interface language is chosen: its descriptions, written in English
// and marked for translation where they are made, are translated as they are shown.
QString described(const QString &english)
{
    return QCoreApplication::translate("rt::app::Identity", english.toUtf8().constData());
}

QWidget *aboutPage(const KAboutData &about, const QString &database, int schemaVersion, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *icon = new QLabel(page);
    icon->setPixmap(QGuiApplication::windowIcon().pixmap(64, 64));
    auto *text = new QLabel(page);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p><a href=\"%5\">%5</a></p><p>%6<br>%7</p>")
            .arg(about.displayName().toHtmlEscaped(), about.version().toHtmlEscaped(),
                 AboutDialog::tr(
                     "Tracks regulatory developments and the obligations they create, per company, "
                     "in English and Chinese side by side.")
                     .toHtmlEscaped(),
                 about.copyrightStatement().toHtmlEscaped(), about.homepage().toHtmlEscaped(),
                 AboutDialog::tr("Database: %1").arg(database).toHtmlEscaped(),
                 AboutDialog::tr("Schema version: %1").arg(schemaVersion).toHtmlEscaped()));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

QWidget *licencePage(const KAboutData &about, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *summary = new QLabel(page);
    summary->setWordWrap(true);
    QStringList names;
    for (const KAboutLicense &licence : about.licenses()) {
        names.append(licence.name(KAboutLicense::FullName));
    }
    summary->setText(AboutDialog::tr("RegTracker is free software under the %1. The components it uses keep "
                                     "their own licences (see Components).")
                         .arg(QLocale().createSeparatedList(names)));
    auto *text = new QPlainTextEdit(page);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setAccessibleName(AboutDialog::tr("Licence"));
    text->setReadOnly(true);
    text->setPlainText(about.licenses().isEmpty() ? QString() : about.licenses().constFirst().text());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(summary);
    layout->addWidget(text, 1);
    return page;
}

QWidget *peoplePage(const KAboutData &about, QWidget *parent)
{
    auto *text = new QTextBrowser(parent);
    text->setObjectName(QStringLiteral("authorsText"));
    text->setAccessibleName(AboutDialog::tr("Authors"));
    text->setOpenExternalLinks(true);
    QString html;
    for (const KAboutPerson &person : about.authors()) {
        html += QStringLiteral("<p><b>%1</b><br>%2 %3</p>")
                    .arg(person.name().toHtmlEscaped(), described(person.task()).toHtmlEscaped(),
                         person.webAddress().toHtmlEscaped());
    }
    text->setHtml(html);
    return text;
}

QWidget *componentsPage(const KAboutData &about, QWidget *parent)
{
    auto *text = new QTextBrowser(parent);
    text->setObjectName(QStringLiteral("componentsText"));
    text->setAccessibleName(AboutDialog::tr("Components"));
    text->setOpenExternalLinks(true);
    QString html = QStringLiteral("<table cellspacing=\"6\">");
    html += QStringLiteral(
                "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(AboutDialog::tr("Component"), AboutDialog::tr("Version in use"),
                     AboutDialog::tr("Licence"));
    for (const KAboutComponent &component : about.components()) {
        html += QStringLiteral(
                    "<tr><td><a href=\"%4\">%1</a><br><small>%5</small></td><td>%2</td><td>%3</td></tr>")
                    .arg(component.name().toHtmlEscaped(), component.version().toHtmlEscaped(),
                         component.license().key() == KAboutLicense::Unknown
                                 || component.license().key() == KAboutLicense::Custom
                             ? QString()
                             : component.license().name(KAboutLicense::ShortName).toHtmlEscaped(),
                         component.webAddress().toHtmlEscaped(),
                         described(component.description()).toHtmlEscaped());
    }
    text->setHtml(html + QStringLiteral("</table>"));
    return text;
}

} // namespace

AboutDialog::AboutDialog(const QString &database, int schemaVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    KAboutData about = KAboutData::applicationData();
    // The database engines in use, asked of their libraries now: loading libpq is not part of starting.
    about.addComponent(QStringLiteral("SQLite"), tr("The database file and its search"),
                       core::EngineVersions::sqlite(), QStringLiteral("https://sqlite.org"),
                       KAboutLicense::Custom);
    about.addComponent(QStringLiteral("libpq"), tr("Team databases on PostgreSQL"),
                       core::EngineVersions::libpq(), QStringLiteral("https://www.postgresql.org"),
                       KAboutLicense::Custom);
    setWindowTitle(tr("About %1").arg(about.displayName()));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(aboutPage(about, database, schemaVersion, tabs), tr("&About"));
    tabs->addTab(licencePage(about, tabs), tr("&Licence"));
    tabs->addTab(peoplePage(about, tabs), tr("Au&thors"));
    tabs->addTab(componentsPage(about, tabs), tr("&Components"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace rt::ui
