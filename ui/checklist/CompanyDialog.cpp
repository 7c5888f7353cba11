// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDialog.h"

#include "AuthorityRepository.h"
#include "CompanyService.h"
#include "Database.h"
#include "FormSupport.h"
#include "Regions.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rt::ui {

using namespace rt::core;

namespace {

enum RegionColumn { RegionName, RegionCode, RegionRegistered, RegionOperates };

QTableWidgetItem *checkItem(Qt::CheckState state)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(state);
    return item;
}

QStringList checkedCodes(const QTableWidget *table, int column)
{
    QStringList codes;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->checkState() == Qt::Checked) {
            codes.append(table->item(row, RegionName)->data(Qt::UserRole).toString());
        }
    }
    return codes;
}

} // namespace

QStringList CompanyDialog::regionCodes()
{
    QStringList codes;
    for (const Region &region : core::regions()) {
        codes.append(QString::fromLatin1(region.code));
    }
    return codes;
}

CompanyDialog::CompanyDialog(Database &db, const Company &company, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_original(company)
{
    setObjectName(QStringLiteral("companyDialog"));
    setWindowTitle(company.id == 0 ? tr("New company") : tr("Edit company"));
    m_tags = AuthorityRepository(m_db).terms(TermKind::Tag);

    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    auto *names = new QFormLayout;
    names->addRow(tr("Name (&English)"), m_nameEn);
    names->addRow(tr("Name (&Chinese)"), m_nameZh);

    auto *sectorBox = new QGroupBox(tr("&Sectors"), this);
    auto *sectorLayout = new QVBoxLayout(sectorBox);
    auto *sectorHint = new QLabel(tr("Obligations apply when one of their tags is ticked here."), sectorBox);
    sectorHint->setWordWrap(true);
    m_sectors = new QListWidget(sectorBox);
    m_sectors->setObjectName(QStringLiteral("sectors"));
    m_sectors->setAccessibleName(tr("Sectors"));
    for (const Term &t : std::as_const(m_tags)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 / %2").arg(t.name.en, t.name.zh), m_sectors);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    sectorLayout->addWidget(sectorHint);
    sectorLayout->addWidget(m_sectors);
    // Focus on the box's mnemonic goes to the list.
    sectorBox->setFocusProxy(m_sectors);

    auto *regionBox = new QGroupBox(tr("&Regions"), this);
    auto *regionLayout = new QVBoxLayout(regionBox);
    m_regionFilter = new QLineEdit(regionBox);
    m_regionFilter->setObjectName(QStringLiteral("regionFilter"));
    m_regionFilter->setPlaceholderText(tr("Find a province by name or code"));
    m_regionFilter->setClearButtonEnabled(true);
    m_regions = new QTableWidget(0, 4, regionBox);
    m_regions->setObjectName(QStringLiteral("regions"));
    m_regions->setAccessibleName(tr("Regions"));
    m_regions->setHorizontalHeaderLabels({tr("Province"), tr("Code"), tr("Registered"), tr("Operates")});
    m_regions->verticalHeader()->hide();
    m_regions->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_regions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_regions->setAlternatingRowColors(true);
    m_regions->verticalHeader()->setDefaultSectionSize(m_regions->fontMetrics().height() + 8);
    QHeaderView *header = m_regions->horizontalHeader();
    header->setSectionResizeMode(RegionName, QHeaderView::Stretch);
    header->setSectionResizeMode(RegionCode, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RegionRegistered, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RegionOperates, QHeaderView::ResizeToContents);
    header->setHighlightSections(false);
    for (const Region &region : core::regions()) {
        addRegionRow(QString::fromLatin1(region.code),
                     {QString::fromLatin1(region.en), QString::fromUtf8(region.zh)});
    }
    connect(m_regionFilter, &QLineEdit::textChanged, m_regions, [this](const QString &text) {
        for (int row = 0; row < m_regions->rowCount(); ++row) {
            const bool matches = text.isEmpty()
                || m_regions->item(row, RegionName)->text().contains(text, Qt::CaseInsensitive)
                || m_regions->item(row, RegionCode)->text().contains(text, Qt::CaseInsensitive);
            m_regions->setRowHidden(row, !matches);
        }
    });
    // The ticked provinces may be scrolled out of sight: say which they are.
    m_regionSummary = new QLabel(regionBox);
    m_regionSummary->setObjectName(QStringLiteral("regionSummary"));
    m_regionSummary->setWordWrap(true);
    regionLayout->addWidget(m_regionFilter);
    regionLayout->addWidget(m_regions);
    regionLayout->addWidget(m_regionSummary);
    regionBox->setFocusProxy(m_regionFilter);

    auto *lists = new QHBoxLayout;
    lists->addWidget(sectorBox, 1);
    lists->addWidget(regionBox, 1);

    auto *notesBox = new QGroupBox(tr("&Notes (Markdown)"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    notesLayout->addWidget(m_notes);
    notesBox->setFocusProxy(m_notes);

    m_problems = createProblemsLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(names);
    layout->addLayout(lists, 3);
    layout->addWidget(notesBox, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    const QSize remembered = core::Settings().dialogSize(core::Settings::Dialog::Company);
    resize(remembered.isValid() ? remembered : QSize(900, 700));

    load(company);
    connect(m_nameEn, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    connect(m_nameZh, &QLineEdit::textChanged, this, &CompanyDialog::validate);
    connect(m_sectors, &QListWidget::itemChanged, this, &CompanyDialog::validate);
    connect(m_regions, &QTableWidget::itemChanged, this, &CompanyDialog::validate);
    connect(m_regions, &QTableWidget::itemChanged, this, &CompanyDialog::updateRegionSummary);
    validate();
    m_nameEn->setFocus();
}

void CompanyDialog::addRegionRow(const QString &code, const BilingualText &name)
{
    const int row = m_regions->rowCount();
    m_regions->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name.isComplete() ? QStringLiteral("%1 / %2").arg(name.en, name.zh)
                                                            : name.preferring(Language::English));
    nameItem->setData(Qt::UserRole, code);
    // The short name in the interface language, for the summary under the table.
    nameItem->setData(
        Qt::UserRole + 1,
        name.preferring(QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English));
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_regions->setItem(row, RegionName, nameItem);
    auto *codeItem = new QTableWidgetItem(code);
    codeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_regions->setItem(row, RegionCode, codeItem);
    m_regions->setItem(row, RegionRegistered, checkItem(Qt::Unchecked));
    m_regions->setItem(row, RegionOperates, checkItem(Qt::Unchecked));
}

void CompanyDialog::load(const Company &company)
{
    m_nameEn->setText(company.name.en);
    m_nameZh->setText(company.name.zh);
    for (int i = 0; i < m_sectors->count(); ++i) {
        QListWidgetItem *item = m_sectors->item(i);
        item->setCheckState(company.sectors.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    // A code the table does not know (data from elsewhere) gets a row of its own rather than being lost.
    const QStringList known = regionCodes();
    for (const QStringList *list : {&company.registeredRegions, &company.operatingRegions}) {
        for (const QString &code : *list) {
            if (!known.contains(code) && m_regions->findItems(code, Qt::MatchExactly).isEmpty()) {
                addRegionRow(code, {code, QString()});
            }
        }
    }
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        const QString code = m_regions->item(row, RegionName)->data(Qt::UserRole).toString();
        m_regions->item(row, RegionRegistered)
            ->setCheckState(company.registeredRegions.contains(code) ? Qt::Checked : Qt::Unchecked);
        m_regions->item(row, RegionOperates)
            ->setCheckState(company.operatingRegions.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_notes->setPlainText(company.notes);
    updateRegionSummary();
}

void CompanyDialog::updateRegionSummary()
{
    const auto names = [this](int column) {
        QStringList result;
        for (int row = 0; row < m_regions->rowCount(); ++row) {
            if (m_regions->item(row, column)->checkState() == Qt::Checked) {
                result.append(m_regions->item(row, RegionName)->data(Qt::UserRole + 1).toString());
            }
        }
        return result.isEmpty() ? tr("none") : QLocale().createSeparatedList(result);
    };
    m_regionSummary->setText(tr("Registered in: %1").arg(names(RegionRegistered)) + u'\n'
                             + tr("Operates in: %1").arg(names(RegionOperates)));
}

Company CompanyDialog::company() const
{
    Company c = m_original; // keeps id and uid
    c.name = {m_nameEn->text().trimmed(), m_nameZh->text().trimmed()};
    c.sectors.clear();
    for (int i = 0; i < m_sectors->count(); ++i) {
        if (m_sectors->item(i)->checkState() == Qt::Checked) {
            c.sectors.append(m_sectors->item(i)->data(Qt::UserRole).toString());
        }
    }
    // Sectors the vocabulary no longer lists stay as they were: the form cannot show them.
    for (const QString &code : m_original.sectors) {
        const bool listed
            = std::any_of(m_tags.cbegin(), m_tags.cend(), [&code](const Term &t) { return t.code == code; });
        if (!listed) {
            c.sectors.append(code);
        }
    }
    c.registeredRegions = checkedCodes(m_regions, RegionRegistered);
    c.operatingRegions = checkedCodes(m_regions, RegionOperates);
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void CompanyDialog::validate()
{
    if (!m_buttons) {
        return;
    }
    const QStringList problems = CompanyService(m_db).problems(company());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void CompanyDialog::done(int result)
{
    core::Settings().setDialogSize(core::Settings::Dialog::Company, size());
    QDialog::done(result);
}

} // namespace rt::ui
