// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineWindow.h"

#include "DateText.h"
#include "Error.h"
#include "RedlineHtml.h"
#include "RedlinePdf.h"
#include "RedlineText.h"
#include "RedlineView.h"
#include "Settings.h"
#include "VersionHistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace rt::ui {

namespace {

const QString versionChoice = QStringLiteral("version");
const QString stateChoice = QStringLiteral("state");

} // namespace

RedlineWindow::RedlineWindow(core::Database &db, bool restoreSettings, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_restoreSettings(restoreSettings)
{
    setObjectName(QStringLiteral("redlineWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_againstLabel = new QLabel(this);
    m_against = new QComboBox(this);
    m_against->setObjectName(QStringLiteral("redlineAgainst"));
    m_againstLabel->setBuddy(m_against);
    m_view = new RedlineView(db, restoreSettings, this);
    connect(m_view, &RedlineView::checklistRequested, this, &RedlineWindow::checklistRequested);

    auto *buttons = new QDialogButtonBox(this);
    m_exportPdf = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportPdf->setObjectName(QStringLiteral("redlineExportPdf"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportHtml = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportHtml->setObjectName(QStringLiteral("redlineExportHtml"));
    m_exportHtml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportFile(true); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportFile(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_againstLabel);
    choice->addWidget(m_against, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_against, &QComboBox::activated, this, &RedlineWindow::compareWithChoice);

    resize(m_restoreSettings ? core::Settings().dialogSize(core::Settings::Dialog::Redline, QSize(1200, 860))
                             : QSize(1200, 860));
    retranslate();
}

RedlineWindow::~RedlineWindow() = default;

bool RedlineWindow::showDevelopment(const core::Development &development, qint64 focusObligation)
{
    core::VersionHistory history(m_db);
    try {
        const auto [earlier, later] = history.versionsAround(development);
        showVersions(earlier, later, focusObligation);
        return true;
    } catch (const core::Error &) {
        // No other version: the development against itself before its last save, when it has one.
    }
    m_subject = development;
    m_earlier = core::Development();
    fillChoices();
    if (m_against->count() == 0) {
        return false;
    }
    compareWithChoice();
    m_view->focusObligation(focusObligation);
    return true;
}

void RedlineWindow::showVersions(const core::Development &earlier, const core::Development &later,
                                 qint64 focusObligation)
{
    m_subject = later;
    m_earlier = earlier;
    fillChoices();
    m_view->setVersions(earlier, later);
    m_view->focusObligation(focusObligation);
    setWindowTitle(tr("What changed: %1").arg(later.title.preferring(m_view->redline().prevailing())));
}

void RedlineWindow::fillChoices()
{
    m_against->clear();
    if (!m_earlier.uid.isEmpty()) {
        m_against->addItem(
            tr("The earlier version: %1 (%2)").arg(core::RedlineText::versionName(m_earlier), m_earlier.uid),
            QStringList{versionChoice, m_earlier.uid});
    }
    if (m_subject.id != 0) {
        for (const core::SavedState &save : core::VersionHistory(m_db).saves(m_subject.id)) {
            m_against->addItem(tr("This version before the save of %1 by %2")
                                   .arg(core::DateText::table(save.at), save.actor),
                               QStringList{stateChoice, save.at.addMSecs(-1).toString(Qt::ISODateWithMs)});
        }
    }
    m_against->setEnabled(m_against->count() > 1);
}

void RedlineWindow::compareWithChoice()
{
    const QStringList choice = m_against->currentData().toStringList();
    if (choice.size() != 2) {
        return;
    }
    try {
        if (choice.constFirst() == versionChoice) {
            m_view->setVersions(m_earlier, m_subject);
        } else {
            const QDateTime moment = QDateTime::fromString(choice.constLast(), Qt::ISODateWithMs);
            m_view->setVersions(core::VersionHistory(m_db).stateAt(m_subject.id, moment), m_subject);
        }
        setWindowTitle(
            tr("What changed: %1").arg(m_subject.title.preferring(m_view->redline().prevailing())));
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Cannot compare"), error.message());
    }
}

void RedlineWindow::exportTo(const QString &path) const
{
    const core::RedlineHtmlOptions options = m_view->exportOptions();
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        reports::RedlinePdf::write(m_view->redline(), m_view->companies(), m_view->names(), options, path);
        return;
    }
    core::RedlineHtmlOptions document = options;
    document.document = true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(
               core::RedlineHtml::write(m_view->redline(), m_view->companies(), m_view->names(), document)
                   .toUtf8())
            < 0
        || !file.commit()) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

void RedlineWindow::exportFile(bool pdf)
{
    core::Settings settings;
    const QString name = m_view->redline().later.uid + QStringLiteral("-redline")
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the redline as PDF") : tr("Export the redline as HTML"),
        settings.folder(core::Settings::Folder::Documents) + u'/' + name,
        pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setFolder(core::Settings::Folder::Documents, QFileInfo(path).absolutePath());
    try {
        exportTo(path);
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Not exported"), error.message());
    }
}

void RedlineWindow::retranslate()
{
    m_againstLabel->setText(tr("&Compare with:"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportPdf->setToolTip(tr("A printable redline with the affected checklists, for a memo (%1)")
                                .arg(m_exportPdf->shortcut().toString(QKeySequence::NativeText)));
    m_exportHtml->setText(tr("Export &HTML…"));
    m_exportHtml->setToolTip(tr("The redline as a web page, for a memo or an e-mail (%1)")
                                 .arg(m_exportHtml->shortcut().toString(QKeySequence::NativeText)));
    if (!m_subject.uid.isEmpty()) {
        fillChoices();
    }
}

void RedlineWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RedlineWindow::done(int result)
{
    if (m_restoreSettings) {
        core::Settings().setDialogSize(core::Settings::Dialog::Redline, size());
    }
    QDialog::done(result);
}

} // namespace rt::ui
