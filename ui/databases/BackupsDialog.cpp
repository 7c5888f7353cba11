// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupsDialog.h"

#include "DateText.h"
#include "Error.h"
#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {

namespace {

QString count(int n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}

} // namespace

BackupsDialog::BackupsDialog(core::Database &db, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_backups(databasePath)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    auto *intro
        = new QLabel(tr("RegTracker keeps copies of this database. Restoring one replaces the database "
                        "with it; the database as it is now is kept as a backup first."),
                     this);
    intro->setWordWrap(true);
    m_folder = new QLabel(this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("Developments"), tr("Companies"), tr("Assessments")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    const core::Settings settings;
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupsKeep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(settings.backupsToKeep());
    m_keep->setMaximumWidth(m_keep->sizeHint().width() * 2);
    m_onQuit = new QCheckBox(tr("Back up when RegTracker closes (at most once a day)"), this);
    m_onQuit->setObjectName(QStringLiteral("backupsOnQuit"));
    m_onQuit->setChecked(settings.backUpOnQuit());
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { core::Settings().setBackupsToKeep(keep); });
    connect(m_onQuit, &QCheckBox::toggled, this, [](bool on) { core::Settings().setBackUpOnQuit(on); });
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(QString(), m_onQuit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backUp = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backUp->setObjectName(QStringLiteral("backupsBackUpNow"));
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("backupsRestore"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restore);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_restore->setEnabled(item != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::restore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_folder);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 460);
    reload();
}

void BackupsDialog::reload()
{
    m_folder->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_backups.folder())));
    m_list->clear();
    const QLocale locale;
    for (const core::Backups::Entry &entry : m_backups.list()) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {core::DateText::table(entry.made),
                                          locale.formattedDataSize(entry.bytes), count(entry.developments),
                                          count(entry.companies), count(entry.assessments)});
        item->setData(0, Qt::UserRole, entry.path);
        for (int column = 1; column < 5; ++column) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void BackupsDialog::backUpNow()
{
    try {
        m_backups.backUp(m_db);
        m_backups.prune(core::Settings().backupsToKeep());
    } catch (const core::Error &error) {
        QMessageBox::warning(this, tr("Not backed up"), error.message());
    }
    reload();
}

void BackupsDialog::restore()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore backup"),
        tr("Replace the database with the backup of %1? The database as it is now is kept as a backup.")
            .arg(item->text(0)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_chosen = item->data(0, Qt::UserRole).toString();
    accept();
}

} // namespace rt::ui
