// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentEditor.h"

#include "AnnouncedDate.h"

#include "AuthorityRepository.h"
#include "Database.h"
#include "DateEdit.h"
#include "DevelopmentService.h"
#include "FormSupport.h"
#include "Highlighters.h"
#include "LegalTextDelegate.h"
#include "Regions.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rt::ui {

using namespace rt::core;

namespace {

enum ObligationColumn { ObKind, ObEnglish, ObChinese };
enum ParameterColumn { PaNameEn, PaNameZh, PaOp, PaValue, PaValue2, PaUnit };
enum PenaltyColumn { PeAmount, PeCurrency, PeEnglish, PeChinese };

template <typename E> QComboBox *vocabularyCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : Vocabulary::values<E>()) {
        combo->addItem(Vocabulary::label(value), QVariant::fromValue(int(value)));
    }
    return combo;
}

template <typename E> void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(int(value))));
}

template <typename E> E selected(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setDate(QDate::currentDate());
    return edit;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QWidget *addRemoveButtons(QWidget *parent, const QString &add, const QString &remove, QPushButton **addButton,
                          QPushButton **removeButton)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    *addButton = new QPushButton(add, row);
    *removeButton = new QPushButton(remove, row);
    layout->addWidget(*addButton);
    layout->addWidget(*removeButton);
    layout->addStretch(1);
    return row;
}

} // namespace

DevelopmentEditor::DevelopmentEditor(Database &db, const Development &development, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_original(development)
{
    setObjectName(QStringLiteral("developmentEditor"));
    setWindowTitle(development.id == 0 ? tr("New development") : tr("Edit development"));
    AuthorityRepository reference(m_db);
    m_authorities = reference.all();
    m_topics = reference.terms(TermKind::Topic);
    m_tags = reference.terms(TermKind::Tag);

    m_highlighter = makeHighlighting(this);
    m_highlighter->setAuthorityNames(authorityNamesOf(m_db));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createSummaryTab(), tr("&Summary"));
    m_tabs->addTab(createObligationsTab(), tr("&Obligations"));
    m_tabs->addTab(createSourceTab(), tr("Source and &penalties"));

    m_problems = createProblemsLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        storeObligationDetails();
        validate();
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(900, 700);

    load(development);
    // Any edit revalidates.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textChanged, this, &DevelopmentEditor::validate);
    }
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>()) {
        connect(edit, &QPlainTextEdit::textChanged, this, &DevelopmentEditor::validate);
    }
    for (QDateEdit *edit : findChildren<QDateEdit *>()) {
        connect(edit, &QDateEdit::dateChanged, this, &DevelopmentEditor::validate);
    }
    for (QCheckBox *box : findChildren<QCheckBox *>()) {
        connect(box, &QCheckBox::toggled, this, &DevelopmentEditor::validate);
    }
    for (QTableWidget *table : {m_obligationTable, m_parameters, m_penalties}) {
        connect(table, &QTableWidget::itemChanged, this, &DevelopmentEditor::validate);
    }
    connect(m_region, &QComboBox::currentIndexChanged, this, &DevelopmentEditor::validate);
    connect(m_authorityList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString code = item->data(Qt::UserRole).toString();
        m_authorityOrder.removeAll(code);
        if (item->checkState() == Qt::Checked) {
            m_authorityOrder.append(code);
        }
        validate();
    });
    validate();
    m_titleEn->setFocus();
}

QWidget *DevelopmentEditor::createGeneralTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_titleEn = new QLineEdit(page);
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleZh = new QLineEdit(page);
    m_titleZh->setObjectName(QStringLiteral("titleZh"));
    m_docTitleEn = new QLineEdit(page);
    m_docTitleZh = new QLineEdit(page);
    m_kind = vocabularyCombo<DevelopmentKind>(page);
    m_stage = vocabularyCombo<Stage>(page);
    m_rank = vocabularyCombo<LegalRank>(page);
    m_announced = dateEdit(page);
    m_announced->setObjectName(QStringLiteral("announced"));
    m_hasDeadline = new QCheckBox(tr("Comments until"), page);
    m_deadline = dateEdit(page);
    m_hasEffective = new QCheckBox(tr("Effective from"), page);
    m_effective = dateEdit(page);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_hasEffective, &QCheckBox::toggled, m_effective, &QWidget::setEnabled);
    m_deadline->setAccessibleName(tr("Comments until"));
    m_effective->setAccessibleName(tr("Effective from"));
    // Regions by name in the interface language, national first, then the provinces in the order of the
    // national code; the code is the item's data.
    m_region = new QComboBox(page);
    m_region->setObjectName(QStringLiteral("region"));
    const Language names = QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
    m_region->addItem(core::regionName(QStringLiteral("CN"), names), QStringLiteral("CN"));
    for (const core::Region &region : core::regions()) {
        const QString code = QString::fromLatin1(region.code);
        m_region->addItem(core::regionName(code, names), code);
    }

    m_authorityList = new QListWidget(page);
    m_authorityList->setObjectName(QStringLiteral("authorities"));
    m_authorityList->setAccessibleName(tr("Issuers"));
    for (const Authority &a : std::as_const(m_authorities)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 / %3").arg(a.code, a.name.en, a.name.zh),
                                         m_authorityList);
        item->setData(Qt::UserRole, a.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_multiDepartment = new QCheckBox(tr("Issued with other departments not listed"), page);
    m_topicList = new QListWidget(page);
    m_topicList->setObjectName(QStringLiteral("topics"));
    m_topicList->setAccessibleName(tr("Topics"));
    for (const Term &t : std::as_const(m_topics)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 / %2").arg(t.name.en, t.name.zh), m_topicList);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    // An approximate date (an imported item that gave none of its own) is said so until a person sets the
    // day.
    m_approximate = new QLabel(page);
    m_approximate->setObjectName(QStringLiteral("approximateDate"));
    m_approximate->setVisible(false);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_announced);
    dates->addWidget(m_approximate);
    dates->addSpacing(12);
    dates->addWidget(m_hasDeadline);
    dates->addWidget(m_deadline);
    dates->addSpacing(12);
    dates->addWidget(m_hasEffective);
    dates->addWidget(m_effective);
    dates->addStretch(1);
    auto *lists = new QHBoxLayout;
    auto *authorityColumn = new QVBoxLayout;
    auto *authorityFilter = new QLineEdit(page);
    authorityFilter->setPlaceholderText(tr("Find an authority by code or name"));
    authorityFilter->setAccessibleName(tr("Find an authority"));
    authorityFilter->setClearButtonEnabled(true);
    connect(authorityFilter, &QLineEdit::textChanged, m_authorityList, [this](const QString &text) {
        for (int i = 0; i < m_authorityList->count(); ++i) {
            QListWidgetItem *item = m_authorityList->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    authorityColumn->addWidget(authorityFilter);
    authorityColumn->addWidget(m_authorityList);
    authorityColumn->addWidget(m_multiDepartment);
    lists->addLayout(authorityColumn, 3);
    lists->addWidget(m_topicList, 2);

    form->addRow(tr("Title (&English)"), m_titleEn);
    form->addRow(tr("Title (&Chinese)"), m_titleZh);
    form->addRow(tr("Document title (English)"), m_docTitleEn);
    form->addRow(tr("Document title (Chinese)"), m_docTitleZh);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("S&tage"), m_stage);
    form->addRow(tr("Legal &rank"), m_rank);
    auto *announcedLabel = new QLabel(tr("&Announced"), page);
    announcedLabel->setBuddy(m_announced);
    form->addRow(announcedLabel, dates);
    form->addRow(tr("Reg&ion"), m_region);
    form->addRow(tr("Issuers and topics"), lists);
    return page;
}

QWidget *DevelopmentEditor::createSummaryTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_summaryEn = new QPlainTextEdit(page);
    m_summaryZh = new QPlainTextEdit(page);
    m_highlighter->attach(m_summaryEn->document());
    m_highlighter->attach(m_summaryZh->document());
    m_provenanceEn = vocabularyCombo<Provenance>(page);
    m_provenanceZh = vocabularyCombo<Provenance>(page);
    m_zhPrevails = new QCheckBox(tr("The Chinese text prevails"), page);
    m_translationSource = new QLineEdit(page);
    m_translationSource->setPlaceholderText(tr("For imported translations: where from"));
    form->addRow(tr("Summary (&English)"), m_summaryEn);
    form->addRow(tr("English text is"), m_provenanceEn);
    form->addRow(tr("Summary (&Chinese)"), m_summaryZh);
    form->addRow(tr("Chinese text is"), m_provenanceZh);
    form->addRow(QString(), m_zhPrevails);
    form->addRow(tr("Translation source"), m_translationSource);
    return page;
}

QWidget *DevelopmentEditor::createSourceTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_publication = new QLineEdit(page);
    m_item = new QSpinBox(page);
    m_item->setRange(0, 9999);
    m_item->setSpecialValueText(tr("none"));
    m_url = new QLineEdit(page);
    form->addRow(tr("Publication"), m_publication);
    form->addRow(tr("Item number"), m_item);
    form->addRow(tr("Web address"), m_url);
    layout->addLayout(form);

    auto *box = new QGroupBox(tr("Penalties (enforcement items)"), page);
    auto *boxLayout = new QVBoxLayout(box);
    m_penalties = new QTableWidget(0, 4, box);
    m_penalties->setObjectName(QStringLiteral("penaltiesEditor"));
    m_penalties->setAccessibleName(tr("Penalties"));
    m_penalties->setHorizontalHeaderLabels(
        {tr("Amount"), tr("Currency"), tr("Description (English)"), tr("Description (Chinese)")});
    m_penalties->horizontalHeader()->setSectionResizeMode(PeEnglish, QHeaderView::Stretch);
    m_penalties->horizontalHeader()->setSectionResizeMode(PeChinese, QHeaderView::Stretch);
    m_penalties->verticalHeader()->hide();
    QPushButton *add = nullptr;
    QPushButton *remove = nullptr;
    boxLayout->addWidget(m_penalties);
    boxLayout->addWidget(addRemoveButtons(box, tr("Add penalty"), tr("Remove penalty"), &add, &remove));
    connect(add, &QPushButton::clicked, this, &DevelopmentEditor::addPenalty);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_penalties->currentRow() >= 0) {
            m_penalties->removeRow(m_penalties->currentRow());
            validate();
        }
    });
    layout->addWidget(box, 1);
    return page;
}

QWidget *DevelopmentEditor::createObligationsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_obligationTable = new QTableWidget(0, 3, page);
    m_obligationTable->setObjectName(QStringLiteral("obligationsEditor"));
    m_obligationTable->setAccessibleName(tr("Obligations"));
    m_obligationTable->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Obligation (English)"), tr("Obligation (Chinese)")});
    m_obligationTable->horizontalHeader()->setSectionResizeMode(ObEnglish, QHeaderView::Stretch);
    m_obligationTable->horizontalHeader()->setSectionResizeMode(ObChinese, QHeaderView::Stretch);
    auto *legalText = new LegalTextDelegate(m_highlighter, m_obligationTable);
    m_obligationTable->setItemDelegateForColumn(ObEnglish, legalText);
    m_obligationTable->setItemDelegateForColumn(ObChinese, legalText);
    m_obligationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_obligationTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_obligationTable->setWordWrap(true);
    m_obligationTable->verticalHeader()->hide();
    QPushButton *add = nullptr;
    QPushButton *remove = nullptr;
    layout->addWidget(m_obligationTable, 3);
    layout->addWidget(addRemoveButtons(page, tr("Add obligation"), tr("Remove obligation"), &add, &remove));
    connect(add, &QPushButton::clicked, this, &DevelopmentEditor::addObligation);
    connect(remove, &QPushButton::clicked, this, &DevelopmentEditor::removeObligation);

    m_obligationDetails = new QGroupBox(tr("Selected obligation"), page);
    auto *details = new QHBoxLayout(m_obligationDetails);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Applies to"), m_obligationDetails));
    m_appliesTo = new QListWidget(m_obligationDetails);
    m_appliesTo->setObjectName(QStringLiteral("appliesTo"));
    m_appliesTo->setAccessibleName(tr("Applies to"));
    for (const Term &t : std::as_const(m_tags)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 / %2").arg(t.name.en, t.name.zh), m_appliesTo);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    left->addWidget(m_appliesTo);
    auto *effectiveRow = new QHBoxLayout;
    m_hasObligationEffective = new QCheckBox(tr("Own effective date"), m_obligationDetails);
    m_obligationEffective = dateEdit(m_obligationDetails);
    connect(m_hasObligationEffective, &QCheckBox::toggled, m_obligationEffective, &QWidget::setEnabled);
    effectiveRow->addWidget(m_hasObligationEffective);
    effectiveRow->addWidget(m_obligationEffective);
    left->addLayout(effectiveRow);
    details->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Parameters (e.g. logs kept at least 6 months)"), m_obligationDetails));
    m_parameters = new QTableWidget(0, 6, m_obligationDetails);
    m_parameters->setObjectName(QStringLiteral("parametersEditor"));
    m_parameters->setAccessibleName(tr("Parameters"));
    m_parameters->setHorizontalHeaderLabels(
        {tr("Name (English)"), tr("Name (Chinese)"), tr("Condition"), tr("Value"), tr("Up to"), tr("Unit")});
    m_parameters->horizontalHeader()->setSectionResizeMode(PaNameEn, QHeaderView::Stretch);
    m_parameters->horizontalHeader()->setSectionResizeMode(PaNameZh, QHeaderView::Stretch);
    m_parameters->verticalHeader()->hide();
    right->addWidget(m_parameters);
    QPushButton *addParameter = nullptr;
    QPushButton *removeParameter = nullptr;
    right->addWidget(addRemoveButtons(m_obligationDetails, tr("Add parameter"), tr("Remove parameter"),
                                      &addParameter, &removeParameter));
    connect(addParameter, &QPushButton::clicked, this, &DevelopmentEditor::addParameter);
    connect(removeParameter, &QPushButton::clicked, this, &DevelopmentEditor::removeParameter);
    details->addLayout(right, 3);
    layout->addWidget(m_obligationDetails, 2);

    connect(m_obligationTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        storeObligationDetails();
        showObligationDetails(row);
    });
    return page;
}

void DevelopmentEditor::load(const Development &d)
{
    m_titleEn->setText(d.title.en);
    m_titleZh->setText(d.title.zh);
    m_docTitleEn->setText(d.documentTitle.en);
    m_docTitleZh->setText(d.documentTitle.zh);
    select(m_kind, d.kind);
    select(m_stage, d.stage);
    select(m_rank, d.legalRank);
    m_announced->setDate(d.announced.isValid() ? d.announced : QDate::currentDate());
    m_approximate->setVisible(core::AnnouncedDate::isApproximate(d));
    m_approximate->setText(
        tr("approximate: %1").arg(core::AnnouncedDate::period(d.announced, d.announcedUntil, QLocale())));
    m_approximate->setToolTip(
        tr("The source gave no date of its own. Set the exact day to replace the approximate "
           "date."));
    m_hasDeadline->setChecked(d.commentDeadline.isValid());
    m_deadline->setEnabled(d.commentDeadline.isValid());
    m_deadline->setDate(d.commentDeadline.isValid() ? d.commentDeadline : m_announced->date().addDays(30));
    m_hasEffective->setChecked(d.effective.isValid());
    m_effective->setEnabled(d.effective.isValid());
    m_effective->setDate(d.effective.isValid() ? d.effective : m_announced->date());
    if (m_region->findData(d.region) < 0) {
        m_region->addItem(d.region, d.region); // a code this version does not know: kept as it is
    }
    m_region->setCurrentIndex(m_region->findData(d.region));
    m_authorityOrder = d.authorities;
    for (int i = 0; i < m_authorityList->count(); ++i) {
        QListWidgetItem *item = m_authorityList->item(i);
        item->setCheckState(d.authorities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                        : Qt::Unchecked);
    }
    m_multiDepartment->setChecked(d.multiDepartment);
    for (int i = 0; i < m_topicList->count(); ++i) {
        QListWidgetItem *item = m_topicList->item(i);
        item->setCheckState(d.topics.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_summaryEn->setPlainText(d.summary.en);
    m_summaryZh->setPlainText(d.summary.zh);
    select(m_provenanceEn, d.provenanceEn);
    select(m_provenanceZh, d.provenanceZh);
    m_zhPrevails->setChecked(d.zhPrevails);
    m_translationSource->setText(d.translationSource);
    m_publication->setText(d.sourcePublication);
    m_item->setValue(d.sourceItem);
    m_url->setText(d.sourceUrl);
    for (const Penalty &p : d.penalties) {
        addPenalty();
        const int row = m_penalties->rowCount() - 1;
        m_penalties->item(row, PeAmount)
            ->setText(QString::number(p.amount, 'f', p.amount == qRound64(p.amount) ? 0 : 2));
        m_penalties->item(row, PeCurrency)->setText(p.currency);
        m_penalties->item(row, PeEnglish)->setText(p.description.en);
        m_penalties->item(row, PeChinese)->setText(p.description.zh);
    }
    for (const Obligation &o : d.obligations) {
        addObligation();
        const int row = m_obligationTable->rowCount() - 1;
        m_obligations[row] = o;
        select(qobject_cast<QComboBox *>(m_obligationTable->cellWidget(row, ObKind)), o.kind);
        m_obligationTable->item(row, ObEnglish)->setText(o.text.en);
        m_obligationTable->item(row, ObChinese)->setText(o.text.zh);
    }
    m_obligationTable->resizeRowsToContents();
    m_detailRow = -1;
    showObligationDetails(m_obligationTable->rowCount() > 0 ? 0 : -1);
    if (m_obligationTable->rowCount() > 0) {
        m_obligationTable->selectRow(0);
    }
}

void DevelopmentEditor::addPenalty()
{
    const int row = m_penalties->rowCount();
    m_penalties->insertRow(row);
    m_penalties->setItem(row, PeAmount, new QTableWidgetItem(QStringLiteral("0")));
    m_penalties->setItem(row, PeCurrency, new QTableWidgetItem(QStringLiteral("CNY")));
    m_penalties->setItem(row, PeEnglish, new QTableWidgetItem);
    m_penalties->setItem(row, PeChinese, new QTableWidgetItem);
}

void DevelopmentEditor::addObligation()
{
    const int row = m_obligationTable->rowCount();
    m_obligationTable->insertRow(row);
    auto *kind = vocabularyCombo<ObligationKind>(m_obligationTable);
    m_obligationTable->setCellWidget(row, ObKind, kind);
    m_obligationTable->setItem(row, ObEnglish, new QTableWidgetItem);
    m_obligationTable->setItem(row, ObChinese, new QTableWidgetItem);
    m_obligations.append(Obligation());
    if (sender()) { // added by the user: start typing its text
        m_obligationTable->setCurrentCell(row, ObEnglish);
        m_obligationTable->editItem(m_obligationTable->item(row, ObEnglish));
        validate();
    }
}

void DevelopmentEditor::removeObligation()
{
    const int row = m_obligationTable->currentRow();
    if (row < 0) {
        return;
    }
    m_detailRow = -1; // its details go with it
    m_obligations.removeAt(row);
    m_obligationTable->removeRow(row);
    showObligationDetails(m_obligationTable->currentRow());
    validate();
}

void DevelopmentEditor::addParameter()
{
    if (m_detailRow < 0) {
        return;
    }
    const int row = m_parameters->rowCount();
    m_parameters->insertRow(row);
    for (int column : {PaNameEn, PaNameZh, PaValue, PaValue2}) {
        m_parameters->setItem(row, column, new QTableWidgetItem);
    }
    m_parameters->setCellWidget(row, PaOp, vocabularyCombo<ParameterOp>(m_parameters));
    m_parameters->setCellWidget(row, PaUnit, vocabularyCombo<ParameterUnit>(m_parameters));
    validate();
}

void DevelopmentEditor::removeParameter()
{
    if (m_parameters->currentRow() >= 0) {
        m_parameters->removeRow(m_parameters->currentRow());
        validate();
    }
}

void DevelopmentEditor::showObligationDetails(int row)
{
    m_detailRow = row;
    m_obligationDetails->setEnabled(row >= 0);
    m_parameters->setRowCount(0);
    const Obligation o = row >= 0 && row < m_obligations.size() ? m_obligations.at(row) : Obligation();
    for (int i = 0; i < m_appliesTo->count(); ++i) {
        QListWidgetItem *item = m_appliesTo->item(i);
        item->setCheckState(o.appliesTo.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
    }
    m_hasObligationEffective->setChecked(o.effective.isValid());
    m_obligationEffective->setEnabled(o.effective.isValid());
    m_obligationEffective->setDate(o.effective.isValid() ? o.effective : m_announced->date());
    for (const ObligationParameter &p : o.parameters) {
        const int r = m_parameters->rowCount();
        m_parameters->insertRow(r);
        m_parameters->setItem(r, PaNameEn, new QTableWidgetItem(p.name.en));
        m_parameters->setItem(r, PaNameZh, new QTableWidgetItem(p.name.zh));
        m_parameters->setItem(r, PaValue, new QTableWidgetItem(p.value));
        m_parameters->setItem(r, PaValue2, new QTableWidgetItem(p.value2));
        auto *op = vocabularyCombo<ParameterOp>(m_parameters);
        select(op, p.op);
        m_parameters->setCellWidget(r, PaOp, op);
        auto *unit = vocabularyCombo<ParameterUnit>(m_parameters);
        select(unit, p.unit);
        m_parameters->setCellWidget(r, PaUnit, unit);
    }
}

void DevelopmentEditor::storeObligationDetails()
{
    if (m_detailRow < 0 || m_detailRow >= m_obligations.size()) {
        return;
    }
    Obligation &o = m_obligations[m_detailRow];
    o.appliesTo.clear();
    for (int i = 0; i < m_appliesTo->count(); ++i) {
        if (m_appliesTo->item(i)->checkState() == Qt::Checked) {
            o.appliesTo.append(m_appliesTo->item(i)->data(Qt::UserRole).toString());
        }
    }
    o.effective = m_hasObligationEffective->isChecked() ? m_obligationEffective->date() : QDate();
    o.parameters.clear();
    for (int r = 0; r < m_parameters->rowCount(); ++r) {
        ObligationParameter p;
        p.name = {cellText(m_parameters, r, PaNameEn), cellText(m_parameters, r, PaNameZh)};
        p.op = selected<ParameterOp>(qobject_cast<QComboBox *>(m_parameters->cellWidget(r, PaOp)));
        p.value = cellText(m_parameters, r, PaValue);
        p.value2 = cellText(m_parameters, r, PaValue2);
        p.unit = selected<ParameterUnit>(qobject_cast<QComboBox *>(m_parameters->cellWidget(r, PaUnit)));
        o.parameters.append(p);
    }
}

Development DevelopmentEditor::development() const
{
    Development d = m_original; // keeps id, uid, version and anything the form does not show
    d.title = {m_titleEn->text().trimmed(), m_titleZh->text().trimmed()};
    d.documentTitle = {m_docTitleEn->text().trimmed(), m_docTitleZh->text().trimmed()};
    d.kind = selected<DevelopmentKind>(m_kind);
    d.stage = selected<Stage>(m_stage);
    d.legalRank = selected<LegalRank>(m_rank);
    d.announced = m_announced->date();
    if (d.announced != m_original.announced) {
        d.announcedUntil = QDate(); // a day a person sets is exact
    }
    d.commentDeadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    d.effective = m_hasEffective->isChecked() ? m_effective->date() : QDate();
    d.region = m_region->currentData().toString();
    d.authorities = m_authorityOrder;
    d.multiDepartment = m_multiDepartment->isChecked();
    d.topics.clear();
    for (int i = 0; i < m_topicList->count(); ++i) {
        if (m_topicList->item(i)->checkState() == Qt::Checked) {
            d.topics.append(m_topicList->item(i)->data(Qt::UserRole).toString());
        }
    }
    d.summary = {m_summaryEn->toPlainText().trimmed(), m_summaryZh->toPlainText().trimmed()};
    d.provenanceEn = selected<Provenance>(m_provenanceEn);
    d.provenanceZh = selected<Provenance>(m_provenanceZh);
    d.zhPrevails = m_zhPrevails->isChecked();
    d.translationSource = m_translationSource->text().trimmed();
    d.sourcePublication = m_publication->text().trimmed();
    d.sourceItem = m_item->value();
    d.sourceUrl = m_url->text().trimmed();
    d.penalties.clear();
    for (int r = 0; r < m_penalties->rowCount(); ++r) {
        Penalty p;
        bool ok = false;
        p.amount = cellText(m_penalties, r, PeAmount).remove(u',').toDouble(&ok);
        if (!ok) {
            p.amount = -1; // reported by validate()
        }
        p.currency = cellText(m_penalties, r, PeCurrency);
        p.description = {cellText(m_penalties, r, PeEnglish), cellText(m_penalties, r, PeChinese)};
        d.penalties.append(p);
    }
    d.obligations.clear();
    for (int r = 0; r < m_obligationTable->rowCount(); ++r) {
        Obligation o = m_obligations.value(r);
        o.kind
            = selected<ObligationKind>(qobject_cast<QComboBox *>(m_obligationTable->cellWidget(r, ObKind)));
        o.text = {cellText(m_obligationTable, r, ObEnglish), cellText(m_obligationTable, r, ObChinese)};
        d.obligations.append(o);
    }
    return d;
}

void DevelopmentEditor::validate()
{
    if (!m_buttons) {
        return;
    }
    const_cast<DevelopmentEditor *>(this)->storeObligationDetails();
    QStringList problems = DevelopmentService::problems(development());
    for (int r = 0; r < m_penalties->rowCount(); ++r) {
        bool ok = false;
        cellText(m_penalties, r, PeAmount).remove(u',').toDouble(&ok);
        if (!ok) {
            problems.append(tr("The amount of penalty %1 is not a number.").arg(r + 1));
        }
    }
    static const QRegularExpression region(QStringLiteral("^CN(-[A-Z]{2})?$"));
    if (!region.match(m_region->currentData().toString()).hasMatch()) {
        problems.append(tr("The region must be CN or a province code such as CN-BJ."));
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace rt::ui
