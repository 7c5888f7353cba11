// SPDX-License-Identifier: GPL-3.0-or-later
#include "DigestDialog.h"

#include "Agenda.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "Error.h"
#include "Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt::ui {

DigestDialog::DigestDialog(core::Database &db, core::Language language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("digestDialog"));
    setWindowTitle(tr("Digest"));

    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("digestDays"));
    m_days->setRange(1, 366);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("digestCompany"));
    m_company->addItem(tr("All companies"), qint64(0));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("digestOwner"));
    m_owner->addItem(tr("Everybody"), QString());
    const QString me = core::Agenda::currentUser(m_db);
    m_owner->addItem(tr("Mine (%1)").arg(me), me);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("digestLanguage"));
    m_language->addItem(QStringLiteral("English"), int(core::Language::English));
    m_language->addItem(QStringLiteral("中文"), int(core::Language::Chinese));
    m_language->setCurrentIndex(language == core::Language::Chinese ? 1 : 0);
    try {
        for (const core::Company &company : core::CompanyRepository(m_db).all()) {
            m_company->addItem(company.name.preferring(language), company.id);
        }
        for (const QString &owner : core::Agenda::owners(m_db)) {
            if (!core::Agenda::sameOwner(owner, me)) {
                m_owner->addItem(owner, owner);
            }
        }
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Digest"), error.message());
    }

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("digestPreview"));
    m_preview->setAccessibleName(tr("Digest preview"));
    m_preview->setOpenLinks(false);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_days);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Texts in:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Cop&y"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("digestCopy"));
    m_copy->setToolTip(tr("Copy the digest, ready to paste into an e-mail"));
    m_save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("digestSave"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &DigestDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &DigestDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_days, &QSpinBox::valueChanged, this, &DigestDialog::refresh);
    for (QComboBox *box : {m_company, m_owner, m_language}) {
        connect(box, &QComboBox::currentIndexChanged, this, &DigestDialog::refresh);
    }
    resize(core::Settings().dialogSize(core::Settings::Dialog::Digest, QSize(860, 680)));
    refresh();
}

void DigestDialog::setDays(int days)
{
    m_days->setValue(days);
}

void DigestDialog::setCompany(qint64 companyId)
{
    m_company->setCurrentIndex(qMax(0, m_company->findData(companyId)));
}

void DigestDialog::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

core::Language DigestDialog::textLanguage() const
{
    return core::Language(m_language->currentData().toInt());
}

void DigestDialog::refresh()
{
    core::DigestOptions options;
    options.today = m_today;
    options.days = m_days->value();
    options.company = m_company->currentData().toLongLong();
    options.owner = m_owner->currentData().toString();
    try {
        m_digest = core::Digest::collect(m_db, options);
    } catch (const core::Error &error) {
        m_preview->setPlainText(error.message());
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    m_preview->setHtml(m_digest.toHtml(textLanguage()));
    m_status->setText(tr("%1 new developments, %2 new obligations, %3 flagged for re-review, %4 fell due, %5 "
                         "became overdue")
                          .arg(m_digest.newDevelopments.size())
                          .arg(m_digest.obligationCount())
                          .arg(m_digest.reReviews.size())
                          .arg(m_digest.fellDue.size())
                          .arg(m_digest.becameOverdue.size()));
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
}

void DigestDialog::copy()
{
    auto *mime = new QMimeData;
    mime->setHtml(m_digest.toHtml(textLanguage()));
    mime->setText(m_digest.toMarkdown(textLanguage()));
    QApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Copied. Paste it into an e-mail."));
}

void DigestDialog::save()
{
    const QString proposed = core::Settings().folder(core::Settings::Folder::Documents)
        + QStringLiteral("/digest-%1.html").arg(m_today.toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save digest"), proposed, tr("Web page (*.html);;Markdown (*.md);;JSON (*.json)"));
    if (!file.isEmpty()) {
        core::Settings().setFolder(core::Settings::Folder::Documents, QFileInfo(file).absolutePath());
        saveTo(file);
    }
}

bool DigestDialog::saveTo(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1StringView("json")) {
        bytes = m_digest.toJson();
    } else if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown")) {
        bytes = m_digest.toMarkdown(textLanguage()).toUtf8();
    } else {
        bytes = m_digest.toHtmlPage(textLanguage()).toUtf8();
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Not saved"), tr("Cannot write %1: %2").arg(file, out.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

void DigestDialog::done(int result)
{
    core::Settings().setDialogSize(core::Settings::Dialog::Digest, size());
    QDialog::done(result);
}

} // namespace rt::ui
