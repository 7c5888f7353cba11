// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddObligationsDialog.h"

#include "DateText.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {

AddObligationsDialog::AddObligationsDialog(core::Database &db, qint64 companyId, core::Language language,
                                           QWidget *parent)
    : QDialog(parent)
    , m_candidates(core::AssessmentService(db).candidates(companyId))
{
    setWindowTitle(tr("Add obligations to the checklist"));
    auto *intro = new QLabel(tr("These obligations do not bind the company by their tags and regions. Add "
                                "the ones that apply to it anyway; they stay on the checklist as added by "
                                "hand."),
                             this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("candidateFilter"));
    m_filter->setPlaceholderText(tr("Filter by words in English or Chinese"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("candidates"));
    m_list->setAccessibleName(tr("Obligations to add"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Obligation"), tr("Development"), tr("Announced")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnWidth(1, 280);
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const core::ChecklistCandidate &c = m_candidates.at(i);
        auto *item
            = new QTreeWidgetItem(m_list,
                                  {c.obligation.preferring(language), c.development.preferring(language),
                                   core::DateText::table(c.announced)});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(0, c.obligation.en + u'\n' + c.obligation.zh);
        item->setToolTip(1, c.development.en + u'\n' + c.development.zh);
        for (int column : {0, 1}) {
            item->setData(column, Qt::AccessibleDescriptionRole, item->toolTip(column)); // told to a listener
        }
    }
    m_count = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &AddObligationsDialog::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AddObligationsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(core::Settings().dialogSize(core::Settings::Dialog::AddObligations, QSize(860, 520)));
    connect(this, &QDialog::finished, this,
            [this] { core::Settings().setDialogSize(core::Settings::Dialog::AddObligations, size()); });
    applyFilter();
}

void AddObligationsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int AddObligationsDialog::candidateCount() const
{
    return int(m_candidates.size());
}

void AddObligationsDialog::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const core::ChecklistCandidate &c = m_candidates.at(item->data(0, Qt::UserRole).toInt());
        const QString text
            = c.obligation.en + u' ' + c.obligation.zh + u' ' + c.development.en + u' ' + c.development.zh;
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return text.contains(w, Qt::CaseInsensitive);
        });
        item->setHidden(!match);
        shown += match ? 1 : 0;
    }
    m_count->setText(tr("%1 of %n obligation(s) shown", nullptr, int(m_candidates.size())).arg(shown));
    updateButtons();
}

void AddObligationsDialog::updateButtons()
{
    m_ok->setEnabled(!chosen().isEmpty());
}

QList<core::AssessmentKey> AddObligationsDialog::chosen() const
{
    QList<core::AssessmentKey> keys;
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        if (!item->isHidden()) {
            keys.append(m_candidates.at(item->data(0, Qt::UserRole).toInt()).key);
        }
    }
    return keys;
}

} // namespace rt::ui
