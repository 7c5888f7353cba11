// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentEditor.h"

#include "ChangesSinceDialog.h"
#include "ChecklistCommands.h"
#include "CommandRunner.h"
#include "Database.h"
#include "DateEdit.h"
#include "DateText.h"
#include "Error.h"
#include "FormSupport.h"
#include "Highlighters.h"
#include "Settings.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace rt::ui {

using namespace rt::core;

namespace {

enum EvidenceColumn { EvName, EvType, EvSize, EvSha, EvBy, EvAt, EvColumnCount };
enum HistoryColumn { HiWhen, HiWho, HiField, HiChange, HiColumnCount };

template <typename E> void fillCombo(QComboBox *combo)
{
    const QVariant current = combo->currentData();
    combo->clear();
    for (E value : Vocabulary::values<E>()) {
        combo->addItem(Vocabulary::label(value), int(value));
    }
    if (current.isValid()) {
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
}

template <typename E> void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(int(value))));
}

template <typename E> E selected(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

QTableWidget *table(int columns, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem *item(const QString &text, const QString &tip = QString())
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(tip.isEmpty() ? text : tip);
    i->setData(Qt::AccessibleDescriptionRole,
               tip); // the tool tip, told to a listener, where it adds to the text
    return i;
}

} // namespace

AssessmentEditor::AssessmentEditor(Database &db, QUndoStack *undoStack, const ChecklistRow &row,
                                   Language language, const QStringList &knownOwners, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undoStack)
    , m_key(row.key)
    , m_row(row)
    , m_original(row.assessment)
    , m_language(language)
{
    setObjectName(QStringLiteral("assessmentEditor"));
    // The stored row may be newer than the checklist shows (another window saved meanwhile).
    try {
        m_original = AssessmentService(m_db).assessment(m_key);
    } catch (const Error &) {
        // Deleted meanwhile: the form shows what the checklist had; saving will say what happened.
    }

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("obligationHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_subheading = new QLabel(this);
    m_subheading->setWordWrap(true);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assessmentTabs"));
    m_tabs->addTab(createAssessmentTab(), QString());
    m_tabs->addTab(createEvidenceTab(), QString());
    m_tabs->addTab(createHistoryTab(), QString());

    m_problems = createProblemsLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    // Known owners in the combo; the current one is typed in when it is new.
    m_owner->addItems(knownOwners);
    retranslate();
    load();

    connect(m_status, &QComboBox::currentIndexChanged, this, &AssessmentEditor::validate);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AssessmentEditor::validate);
    connect(m_applicability, &QComboBox::currentIndexChanged, this, &AssessmentEditor::validate);
    connect(m_justification, &QLineEdit::textChanged, this, &AssessmentEditor::validate);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(&m_db, &Database::changed, this, [this](const ChangeSet &changes) {
        if (entitiesIn(changes) & Entity::Assessment) {
            reloadEvidence();
            reloadHistory();
        }
    });
    validate();
    resize(860, 640);
}

AssessmentEditor::~AssessmentEditor() = default;

qint64 AssessmentEditor::sizeLimit()
{
    const int megabytes = core::Settings().evidenceSizeLimitMegabytes();
    return megabytes > 0 ? qint64(megabytes) * 1024 * 1024 : 0;
}

QWidget *AssessmentEditor::createAssessmentTab()
{
    auto *tab = new QWidget(this);
    m_status = new QComboBox(tab);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_result = new QComboBox(tab);
    m_result->setObjectName(QStringLiteral("resultCombo"));
    m_owner = new QComboBox(tab);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->setMinimumContentsLength(18);
    m_hasDue = new QCheckBox(tab);
    m_hasDue->setObjectName(QStringLiteral("hasDueCheck"));
    m_due = new DateEdit(tab);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_applicability = new QComboBox(tab);
    m_applicability->setObjectName(QStringLiteral("applicabilityCombo"));
    m_justification = new QLineEdit(tab);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_reReview = new QCheckBox(tab);
    m_reReview->setObjectName(QStringLiteral("reReviewCheck"));
    m_notes = new QPlainTextEdit(tab);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Markdown notes, in the theme of this dialog's palette (the highlighter follows it).
    makeHighlighting(this)->attach(m_notes->document(), Highlighting::Syntax::Markdown);

    m_statusLabel = new QLabel(tab);
    m_resultLabel = new QLabel(tab);
    m_ownerLabel = new QLabel(tab);
    m_applicabilityLabel = new QLabel(tab);
    m_justificationLabel = new QLabel(tab);
    m_notesLabel = new QLabel(tab);
    m_statusLabel->setBuddy(m_status);
    m_resultLabel->setBuddy(m_result);
    m_ownerLabel->setBuddy(m_owner);
    m_applicabilityLabel->setBuddy(m_applicability);
    m_justificationLabel->setBuddy(m_justification);
    m_notesLabel->setBuddy(m_notes);

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);

    // Two columns: what is being done on the left, whether it applies on the right.
    auto *left = new QFormLayout;
    left->addRow(m_statusLabel, m_status);
    left->addRow(m_resultLabel, m_result);
    left->addRow(m_ownerLabel, m_owner);
    left->addRow(dueRow);
    auto *right = new QFormLayout;
    right->addRow(m_applicabilityLabel, m_applicability);
    right->addRow(m_justificationLabel, m_justification);
    right->addRow(m_reReview);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(columns);
    layout->addSpacing(6);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes, 1);
    return tab;
}

QWidget *AssessmentEditor::createEvidenceTab()
{
    auto *tab = new QWidget(this);
    m_evidenceHint = new QLabel(tab);
    m_evidenceHint->setWordWrap(true);
    m_evidenceHint->setForegroundRole(QPalette::PlaceholderText);
    m_evidenceTable = table(EvColumnCount, QStringLiteral("evidenceTable"), tab);
    m_evidenceTable->setAccessibleName(tr("Evidence"));
    QHeaderView *header = m_evidenceTable->horizontalHeader();
    header->setSectionResizeMode(EvName, QHeaderView::Stretch);
    header->resizeSection(EvType, 130);
    header->resizeSection(EvSize, 80);
    header->resizeSection(EvSha, 130);
    header->resizeSection(EvBy, 100);
    header->resizeSection(EvAt, 130);
    connect(m_evidenceTable, &QTableWidget::itemSelectionChanged, this,
            &AssessmentEditor::updateEvidenceButtons);
    connect(m_evidenceTable, &QTableWidget::cellDoubleClicked, this, &AssessmentEditor::openEvidence);

    m_attach = new QPushButton(tab);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_open = new QPushButton(tab);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_export = new QPushButton(tab);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_remove = new QPushButton(tab);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(m_attach, &QPushButton::clicked, this, &AssessmentEditor::attach);
    connect(m_open, &QPushButton::clicked, this, &AssessmentEditor::openEvidence);
    connect(m_export, &QPushButton::clicked, this, &AssessmentEditor::exportEvidence);
    connect(m_remove, &QPushButton::clicked, this, &AssessmentEditor::removeEvidence);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_evidenceHint);
    layout->addWidget(m_evidenceTable, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *AssessmentEditor::createHistoryTab()
{
    auto *tab = new QWidget(this);
    m_history = table(HiColumnCount, QStringLiteral("historyTable"), tab);
    m_history->setAccessibleName(tr("History"));
    QHeaderView *header = m_history->horizontalHeader();
    header->resizeSection(HiWhen, 150);
    header->resizeSection(HiWho, 120);
    header->resizeSection(HiField, 130);
    header->setSectionResizeMode(HiChange, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_history);
    return tab;
}

void AssessmentEditor::load()
{
    m_heading->setText(m_row.obligation.preferring(m_language));
    m_subheading->setText(m_row.development.preferring(m_language));
    const Assessment &a = m_original;
    select(m_status, a.status);
    select(m_result, a.result);
    m_owner->setCurrentText(a.owner);
    m_hasDue->setChecked(a.due.isValid());
    m_due->setDate(a.due.isValid() ? a.due : QDate::currentDate().addDays(30));
    m_due->setEnabled(a.due.isValid());
    select(m_applicability, a.applicability);
    m_justification->setText(a.justification);
    m_reReview->setChecked(a.reReview);
    m_notes->setPlainText(a.notes);
    reloadEvidence();
    reloadHistory();
}

AssessmentEdit AssessmentEditor::edit() const
{
    const Assessment &a = m_original;
    AssessmentEdit e;
    if (const auto status = selected<AssessmentStatus>(m_status); status != a.status) {
        e.status = status;
    }
    if (const auto result = selected<AssessmentResult>(m_result); result != a.result) {
        e.result = result;
    }
    if (const QString owner = m_owner->currentText().trimmed(); owner != a.owner) {
        e.owner = owner;
    }
    if (const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate(); due != a.due) {
        e.due = due;
    }
    if (const auto applicability = selected<Applicability>(m_applicability);
        applicability != a.applicability) {
        e.applicability = applicability;
    }
    if (const QString justification = m_justification->text().trimmed(); justification != a.justification) {
        e.justification = justification;
    }
    if (m_reReview->isChecked() != a.reReview) {
        e.reReview = m_reReview->isChecked();
    }
    if (m_notes->toPlainText() != a.notes) {
        e.notes = m_notes->toPlainText();
    }
    return e;
}

void AssessmentEditor::validate()
{
    const bool notApplicable = selected<Applicability>(m_applicability) == Applicability::NotApplicable;
    m_justification->setEnabled((notApplicable || !m_justification->text().isEmpty()) && !isReadOnly());
    QString problem;
    if (notApplicable && m_justification->text().trimmed().isEmpty()) {
        problem = tr("Say why the obligation does not apply to this company: auditors ask for the "
                     "justification.");
    }
    m_problems->setText(problem);
    m_problems->setVisible(!problem.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) { // none when read-only
        ok->setEnabled(problem.isEmpty());
    }
}

void AssessmentEditor::reloadEvidence()
{
    const qint64 current = currentEvidence() ? currentEvidence()->id : 0;
    try {
        m_evidence = AssessmentService(m_db).evidence(m_key);
    } catch (const Error &) {
        m_evidence.clear();
    }
    const QLocale locale;
    m_evidenceTable->setRowCount(int(m_evidence.size()));
    for (int row = 0; row < m_evidence.size(); ++row) {
        const Evidence &e = m_evidence.at(row);
        const QString name = e.fileName.isEmpty() ? e.note.section(u'\n', 0, 0) : e.fileName;
        m_evidenceTable->setItem(row, EvName, item(name, e.note.isEmpty() ? name : name + u'\n' + e.note));
        m_evidenceTable->setItem(row, EvType, item(e.mimeType));
        auto *size = item(e.fileName.isEmpty() ? QString() : locale.formattedDataSize(e.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_evidenceTable->setItem(row, EvSize, size);
        m_evidenceTable->setItem(row, EvSha, item(e.sha256.left(12) + QStringLiteral("…"), e.sha256));
        m_evidenceTable->setItem(row, EvBy, item(e.addedBy));
        m_evidenceTable->setItem(row, EvAt, item(core::DateText::table(e.addedAt)));
        if (e.id == current) {
            m_evidenceTable->selectRow(row);
        }
    }
    m_tabs->setTabText(1,
                       m_evidence.isEmpty() ? tr("&Evidence") : tr("&Evidence (%1)").arg(m_evidence.size()));
    updateEvidenceButtons();
}

void AssessmentEditor::reloadHistory()
{
    QList<AuditEntry> entries;
    try {
        entries = AssessmentService(m_db).history(m_key);
    } catch (const Error &) {
    }
    m_history->setRowCount(int(entries.size()));
    // Newest first, as people read a log.
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries.at(entries.size() - 1 - i);
        m_history->setItem(i, HiWhen, item(core::DateText::table(e.at)));
        m_history->setItem(i, HiWho, item(e.actor));
        m_history->setItem(i, HiField, item(ChangesSinceDialog::fieldLabel(e.field)));
        m_history->setItem(i, HiChange,
                           item(ChangesSinceDialog::changeText(e),
                                e.field == QLatin1StringView("notes") ? e.newValue : QString()));
    }
}

const Evidence *AssessmentEditor::currentEvidence() const
{
    const int row = m_evidenceTable->currentRow();
    const bool selectedRow = !m_evidenceTable->selectedItems().isEmpty();
    return selectedRow && row >= 0 && row < m_evidence.size() ? &m_evidence.at(row) : nullptr;
}

void AssessmentEditor::updateEvidenceButtons()
{
    const Evidence *e = currentEvidence();
    const bool file = e && !e->fileName.isEmpty();
    m_open->setEnabled(file);
    m_export->setEnabled(file);
    m_remove->setEnabled(e != nullptr && !isReadOnly());
}

void AssessmentEditor::setReadOnly(const QString &whyNot)
{
    m_readOnly = whyNot;
    if (!isReadOnly()) {
        return; // the dialog opens writable; it never becomes writable again
    }
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_status, m_result, m_owner, m_hasDue, m_due, m_applicability,
                                          m_justification, m_reReview, m_attach, m_remove}) {
        field->setEnabled(false);
        field->setToolTip(whyNot);
    }
    m_notes->setReadOnly(true); // still selectable and scrolling, unlike a disabled editor
    m_notes->setToolTip(whyNot);
    m_problems->setVisible(false);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

bool AssessmentEditor::attachFile(const QString &path)
{
    if (isReadOnly()) {
        return false;
    }
    const QFileInfo info(path);
    const qint64 limit = sizeLimit();
    if (limit > 0 && info.size() > limit) {
        // Said here, before the whole file is read into memory; the service checks the same limit.
        const QLocale locale;
        QMessageBox::warning(this, tr("Not attached"),
                             tr("“%1” is %2, more than the %3 allowed for one attachment.")
                                 .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                      locale.formattedDataSize(limit)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Not attached"),
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    Evidence evidence;
    evidence.fileName = info.fileName();
    evidence.content = file.readAll();
    evidence.size = evidence.content.size();
    evidence.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, evidence.content).name();
    if (!CommandRunner::push(*m_undo, new AttachEvidenceCommand(m_db, m_key, evidence, limit), this)) {
        return false;
    }
    m_evidenceTable->selectRow(int(m_evidence.size()) - 1);
    return true;
}

void AssessmentEditor::attach()
{
    core::Settings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Attach evidence"),
                                                      settings.folder(core::Settings::Folder::Documents));
    if (file.isEmpty()) {
        return;
    }
    settings.setFolder(core::Settings::Folder::Documents, QFileInfo(file).absolutePath());
    attachFile(file);
}

void AssessmentEditor::openEvidence()
{
    const Evidence *e = currentEvidence();
    if (!e || e->fileName.isEmpty()) {
        return;
    }
    try {
        const Evidence full = AssessmentService(m_db).evidenceWithContent(e->id);
        // A directory per attachment keeps the original file name, so that the right program opens it.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/regtracker-evidence/") + QString::number(full.id);
        QDir().mkpath(dir);
        const QString path = dir + u'/' + QFileInfo(full.fileName).fileName();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(full.content) < 0 || !out.commit()) {
            QMessageBox::warning(this, tr("Cannot open"),
                                 tr("Cannot write %1: %2").arg(path, out.errorString()));
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
            QMessageBox::information(this, tr("Cannot open"),
                                     tr("No program is set up to open %1. The file was saved as %2.")
                                         .arg(full.fileName, QDir::toNativeSeparators(path)));
        }
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Cannot open"), error.message());
    }
}

void AssessmentEditor::exportEvidence()
{
    const Evidence *e = currentEvidence();
    if (!e || e->fileName.isEmpty()) {
        return;
    }
    core::Settings settings;
    const QString start
        = settings.folder(core::Settings::Folder::Documents) + u'/' + QFileInfo(e->fileName).fileName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export evidence"), start);
    if (path.isEmpty()) {
        return;
    }
    settings.setFolder(core::Settings::Folder::Documents, QFileInfo(path).absolutePath());
    try {
        const Evidence full = AssessmentService(m_db).evidenceWithContent(e->id);
        if (AssessmentService::sha256(full.content) != full.sha256) {
            QMessageBox::warning(this, tr("Damaged attachment"),
                                 tr("The stored bytes of “%1” no longer match their SHA-256. The file is "
                                    "exported as it is stored.")
                                     .arg(full.fileName));
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(full.content) < 0 || !out.commit()) {
            QMessageBox::warning(this, tr("Not exported"),
                                 tr("Cannot write %1: %2").arg(path, out.errorString()));
        }
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Not exported"), error.message());
    }
}

void AssessmentEditor::removeEvidence()
{
    const Evidence *e = currentEvidence();
    if (!e) {
        return;
    }
    const QString name = e->fileName.isEmpty() ? e->note.section(u'\n', 0, 0) : e->fileName;
    CommandRunner::push(*m_undo, new RemoveEvidenceCommand(m_db, e->id, name), this);
}

void AssessmentEditor::retranslate()
{
    setWindowTitle(tr("Checklist row"));
    m_tabs->setTabText(0, tr("&Assessment"));
    m_tabs->setTabText(2, tr("&History"));
    m_statusLabel->setText(tr("&Status:"));
    m_resultLabel->setText(tr("&Result:"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_hasDue->setText(tr("&Due date:"));
    m_due->setAccessibleName(tr("Due date"));
    m_applicabilityLabel->setText(tr("A&pplicability:"));
    m_justificationLabel->setText(tr("&Justification:"));
    m_justification->setPlaceholderText(
        tr("Why the obligation does not apply (required when not applicable)"));
    m_reReview->setText(tr("Needs re-re&view (the development changed)"));
    m_notesLabel->setText(tr("&Notes (Markdown):"));
    m_notes->setPlaceholderText(tr("What was checked, by whom, and where the proof is. **Markdown** works."));
    m_evidenceHint->setText(tr("Files are stored in the database with their SHA-256. Attaching and removing "
                               "take effect at once; Edit → Undo takes them back."));
    m_evidenceTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Size"), tr("SHA-256"), tr("Added by"), tr("Added")});
    m_attach->setText(tr("A&ttach file…"));
    m_open->setText(tr("&Open"));
    m_export->setText(tr("E&xport…"));
    m_remove->setText(tr("Re&move"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Old → new")});
    fillCombo<AssessmentStatus>(m_status);
    fillCombo<AssessmentResult>(m_result);
    fillCombo<Applicability>(m_applicability);
    reloadEvidence();
    reloadHistory();
}

void AssessmentEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace rt::ui
