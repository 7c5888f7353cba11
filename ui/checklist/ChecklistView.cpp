// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistView.h"

#include "AddObligationsDialog.h"
#include "AssessmentEditor.h"
#include "AuthorityRepository.h"
#include "ChangesSinceDialog.h"
#include "ChecklistCommands.h"
#include "ChecklistDelegate.h"
#include "CommandRunner.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "Database.h"
#include "DateEdit.h"
#include "DateText.h"
#include "DevelopmentRepository.h"
#include "Error.h"
#include "FormSupport.h"
#include "ReferenceNames.h"
#include "Vocabulary.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rt::ui {

using core::ChecklistFilter;
using core::ChecklistGrouping;
using core::ChecklistModel;
using core::ChecklistRow;

namespace {

constexpr quint32 stateMagic = 0x52544332; // "RTC2": a layout from before the notes column is not restored

QString shortText(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QStringLiteral("…") : text;
}

} // namespace

ChecklistView::ChecklistView(core::Database &db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undoStack)
{
    setObjectName(QStringLiteral("checklistView"));
    m_model = new ChecklistModel(m_db, this);

    m_companyLabel = new QLabel(this);
    m_companies = new QComboBox(this);
    m_companies->setObjectName(QStringLiteral("companyCombo"));
    m_companies->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_companies->setMinimumContentsLength(24);
    m_companyLabel->setBuddy(m_companies);
    m_groupingLabel = new QLabel(this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_groupingLabel->setBuddy(m_grouping);
    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showCombo"));
    m_showLabel->setBuddy(m_show);
    m_me = new QComboBox(this);
    m_me->setObjectName(QStringLiteral("meCombo"));
    m_me->setEditable(true);
    m_me->setInsertPolicy(QComboBox::NoInsert);
    m_me->setMinimumContentsLength(12);
    m_me->setCurrentText(m_db.actor());
    m_since = new DateEdit(this);
    m_since->setObjectName(QStringLiteral("sinceDate"));
    m_since->setDate(QDate::currentDate().addDays(-7));
    m_scopeChip = new QToolButton(this);
    m_scopeChip->setObjectName(QStringLiteral("scopeChip"));
    m_scopeChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scopeChip->setAutoRaise(false);
    m_scopeChip->setStyleSheet(QStringLiteral("QToolButton#scopeChip { border: 1px solid palette(mid); "
                                              "border-radius: 10px; padding: 2px 10px; "
                                              "background: palette(alternate-base); }"));
    m_scopeChip->hide();
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addObligationsButton"));
    m_changesButton = new QPushButton(this);
    m_changesButton->setObjectName(QStringLiteral("changesSinceButton"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setModel(m_model);
    m_delegate = new ChecklistDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    // The tick boxes line up on the left; the tree's branches and indentation go with the obligation text.
    m_tree->setTreePosition(ChecklistModel::ObligationColumn);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpRowTree(m_tree, this);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChecklistModel::ObligationColumn, QHeaderView::Stretch);
    header->resizeSection(ChecklistModel::TickColumn, 56);
    header->resizeSection(ChecklistModel::StatusColumn, 150);
    header->resizeSection(ChecklistModel::ResultColumn, 150);
    header->resizeSection(ChecklistModel::OwnerColumn, 110);
    header->resizeSection(ChecklistModel::DueColumn, 110);
    header->resizeSection(ChecklistModel::EvidenceColumn, 70);
    header->resizeSection(ChecklistModel::NotesColumn, 56);
    header->resizeSection(ChecklistModel::ChangedColumn, 190);
    header->setHighlightSections(false);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("checklistEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_companyLabel);
    bar->addWidget(m_companies);
    bar->addSpacing(12);
    bar->addWidget(m_groupingLabel);
    bar->addWidget(m_grouping);
    bar->addSpacing(12);
    bar->addWidget(m_showLabel);
    bar->addWidget(m_show);
    bar->addWidget(m_me);
    bar->addWidget(m_since);
    bar->addWidget(m_scopeChip);
    bar->addStretch(1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_changesButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);

    createActions();

    connect(m_delegate, &ChecklistDelegate::tickClicked, this, [this](const QModelIndex &index) {
        m_tree->setCurrentIndex(index);
        toggleTick();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(ChecklistModel::IsGroupRole).toBool()) {
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
        } else {
            editCurrentRow();
        }
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ChecklistView::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistView::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const ChecklistRow *row = currentRow();
        m_restoreAfterReset = row ? row->key : core::AssessmentKey();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        QModelIndex index = m_model->indexOf(m_restoreAfterReset, ChecklistModel::ObligationColumn);
        if (!index.isValid() && m_model->rowCount() > 0) {
            index = m_model->index(0, ChecklistModel::ObligationColumn, m_model->index(0, 0));
        }
        if (index.isValid()) {
            m_tree->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        updateScopeChip();
        updateEmptyState();
        updateActions();
        Q_EMIT summaryChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        Q_EMIT summaryChanged();
    });

    connect(m_companies, &QComboBox::currentIndexChanged, this, &ChecklistView::onCompanyIndexChanged);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls) {
            m_model->setGrouping(ChecklistGrouping(m_grouping->currentData().toInt()));
        }
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, &ChecklistView::onFilterControlsChanged);
    connect(m_me, &QComboBox::currentTextChanged, this, &ChecklistView::onFilterControlsChanged);
    connect(m_since, &QDateEdit::dateChanged, this, &ChecklistView::onFilterControlsChanged);
    connect(m_scopeChip, &QToolButton::clicked, this, [this] {
        ChecklistFilter filter = m_model->filter();
        filter.topic.clear();
        filter.development = 0;
        setFilter(filter);
    });
    connect(m_changesButton, &QPushButton::clicked, this, &ChecklistView::showChangesSince);
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        if (core::entitiesIn(changes) & core::Entity::Company) {
            reloadCompanies();
        }
    });

    // Ctrl+1…9: the n-th company of the list.
    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] {
            if (n <= m_companies->count()) {
                m_companies->setCurrentIndex(n - 1);
                m_tree->setFocus(Qt::ShortcutFocusReason);
            }
        });
    }

    retranslate();
    reloadCompanies();
    updateFilterControls();
}

ChecklistView::~ChecklistView()
{
    // The tree's selection model and the model report last changes while the children go away.
    m_tree->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

void ChecklistView::createActions()
{
    const auto action = [this](const char *name) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_tickAction = action("tickAction");
    connect(m_tickAction, &QAction::triggered, this, &ChecklistView::toggleTick);
    m_editAction = action("editRowAction");
    connect(m_editAction, &QAction::triggered, this, &ChecklistView::editCurrentRow);
    m_statusMenu = new QMenu(this);
    for (core::AssessmentStatus status : core::Vocabulary::values<core::AssessmentStatus>()) {
        QAction *a = m_statusMenu->addAction(QString());
        a->setObjectName(QStringLiteral("setStatus_") + core::Vocabulary::key(status));
        connect(a, &QAction::triggered, this, [this, status] {
            core::AssessmentEdit edit;
            edit.status = status;
            applyToSelection(
                edit, [status] { return tr("Set status to %1").arg(core::Vocabulary::label(status)); });
        });
        m_statusActions.append(a);
    }
    m_resultMenu = new QMenu(this);
    for (core::AssessmentResult result : core::Vocabulary::values<core::AssessmentResult>()) {
        if (result == core::AssessmentResult::NotApplicable) {
            continue; // that is "Mark not applicable…", which asks for the justification
        }
        QAction *a = m_resultMenu->addAction(QString());
        a->setObjectName(QStringLiteral("setResult_") + core::Vocabulary::key(result));
        connect(a, &QAction::triggered, this, [this, result] {
            core::AssessmentEdit edit;
            edit.result = result;
            applyToSelection(
                edit, [result] { return tr("Set result to %1").arg(core::Vocabulary::label(result)); });
        });
        m_resultActions.append(a);
    }
    m_setOwnerAction = action("setOwnerAction");
    connect(m_setOwnerAction, &QAction::triggered, this, &ChecklistView::setOwner);
    m_setDueAction = action("setDueAction");
    connect(m_setDueAction, &QAction::triggered, this, &ChecklistView::setDueDate);
    m_clearDueAction = action("clearDueAction");
    connect(m_clearDueAction, &QAction::triggered, this, [this] {
        core::AssessmentEdit edit;
        edit.due = QDate();
        applyToSelection(edit, [] { return tr("Clear due date"); });
    });
    m_notApplicableAction = action("notApplicableAction");
    connect(m_notApplicableAction, &QAction::triggered, this, &ChecklistView::markNotApplicable);
    m_applicableAction = action("applicableAction");
    connect(m_applicableAction, &QAction::triggered, this, [this] {
        const QList<ChecklistRow> rows = selectedRows();
        core::AssessmentEdit edit;
        edit.applicability = core::Applicability::Manual;
        edit.justification = QString();
        // Rows marked not applicable usually carry that result too; it goes back to "not assessed".
        if (std::all_of(rows.cbegin(), rows.cend(), [](const ChecklistRow &r) {
                return r.assessment.result == core::AssessmentResult::NotApplicable;
            })) {
            edit.result = core::AssessmentResult::NotAssessed;
        }
        run(rows, edit,
            [count = int(rows.size())] { return tr("Mark %n row(s) applicable", nullptr, count); });
    });
    m_addAction = action("addObligationsAction");
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addAction);
    connect(m_addAction, &QAction::triggered, this, &ChecklistView::addObligations);
    connect(m_addButton, &QPushButton::clicked, this, &ChecklistView::addObligations);
    m_changesAction = action("changesSinceAction");
    connect(m_changesAction, &QAction::triggered, this, &ChecklistView::showChangesSince);
    m_whatChangedAction = action("whatChangedAction");
    connect(m_whatChangedAction, &QAction::triggered, this, &ChecklistView::requestWhatChanged);
}

void ChecklistView::requestWhatChanged()
{
    if (const ChecklistRow *row = currentRow()) {
        Q_EMIT whatChangedRequested(row->key.obligationId);
    }
}

void ChecklistView::retranslate()
{
    m_companyLabel->setText(tr("&Company:"));
    m_companies->setToolTip(tr("Ctrl+1 … Ctrl+9 switch to the first nine companies"));
    m_groupingLabel->setText(tr("&Group by:"));
    m_showLabel->setText(tr("Sho&w:"));
    m_tree->setAccessibleName(tr("Checklist"));
    m_updatingControls = true;
    const int grouping = m_grouping->currentIndex();
    m_grouping->clear();
    m_grouping->addItem(tr("Development"), int(ChecklistGrouping::ByDevelopment));
    m_grouping->addItem(tr("Topic"), int(ChecklistGrouping::ByTopic));
    m_grouping->setCurrentIndex(grouping < 0 ? int(m_model->grouping()) : grouping);
    const int show = m_show->currentIndex();
    m_show->clear();
    m_show->addItem(tr("All rows"), int(ChecklistFilter::Show::All));
    m_show->addItem(tr("Open"), int(ChecklistFilter::Show::Open));
    m_show->addItem(tr("Overdue"), int(ChecklistFilter::Show::Overdue));
    m_show->addItem(tr("Assigned to"), int(ChecklistFilter::Show::AssignedToMe));
    m_show->addItem(tr("Changed since"), int(ChecklistFilter::Show::ChangedSince));
    m_show->addItem(tr("Needs re-review"), int(ChecklistFilter::Show::ReReview));
    m_show->setCurrentIndex(qMax(0, show));
    m_updatingControls = false;
    m_me->setToolTip(tr("Whose rows to show"));
    m_since->setToolTip(tr("Show rows changed on or after this date"));
    m_scopeChip->setToolTip(tr("Click to show every topic and development again"));
    m_changesButton->setText(tr("Changes since…"));
    m_addButton->setText(tr("Add obligations…"));
    m_addButton->setToolTip(
        isReadOnly() ? m_readOnly
                     : tr("Add obligations that do not bind this company by the rule (Ctrl+Insert)"));
    m_changesButton->setToolTip(tr("Everything that changed in this company's checklist since a date"));
    m_tickAction->setText(tr("&Tick or untick") + QStringLiteral("\t") + tr("Space"));
    m_editAction->setText(tr("&Edit row…") + QStringLiteral("\t") + tr("Enter"));
    m_statusMenu->setTitle(tr("Set &status"));
    const QList<core::AssessmentStatus> statuses = core::Vocabulary::values<core::AssessmentStatus>();
    for (int i = 0; i < m_statusActions.size(); ++i) {
        m_statusActions.at(i)->setText(core::Vocabulary::label(statuses.at(i)));
    }
    m_resultMenu->setTitle(tr("Set &result"));
    const QList<core::AssessmentResult> results = core::Vocabulary::values<core::AssessmentResult>();
    for (int i = 0; i < m_resultActions.size(); ++i) {
        m_resultActions.at(i)->setText(core::Vocabulary::label(results.at(i)));
    }
    m_setOwnerAction->setText(tr("Set &owner…"));
    m_setDueAction->setText(tr("Set &due date…"));
    m_clearDueAction->setText(tr("&Clear due date"));
    m_notApplicableAction->setText(tr("Mark &not applicable…"));
    m_applicableAction->setText(tr("Mark &applicable (keep in the checklist)"));
    m_changesAction->setText(tr("Changes since…"));
    m_whatChangedAction->setText(tr("&What changed? (compare with the earlier version)"));
    m_addAction->setText(tr("Add obligations to the checklist…"));
    m_model->retranslate();
    updateScopeChip();
    updateActions();
    Q_EMIT summaryChanged();
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ChecklistView::reloadCompanies()
{
    const qint64 current = company();
    QList<core::Company> companies;
    try {
        companies = core::CompanyRepository(m_db).all();
    } catch (const core::Error &) {
    }
    {
        const QSignalBlocker blocker(m_companies);
        m_companies->clear();
        for (int i = 0; i < companies.size(); ++i) {
            const core::Company &c = companies.at(i);
            m_companies->addItem(c.name.preferring(m_language), c.id);
            if (i < 9) {
                m_companies->setItemData(i, tr("%1 (Ctrl+%2)").arg(c.name.preferring(m_language)).arg(i + 1),
                                         Qt::ToolTipRole);
            }
        }
        m_companies->setCurrentIndex(qMax(0, m_companies->findData(current)));
    }
    onCompanyIndexChanged();
}

qint64 ChecklistView::company() const
{
    return m_companies->currentData().toLongLong();
}

void ChecklistView::setCompany(qint64 companyId)
{
    const int index = m_companies->findData(companyId);
    if (index >= 0) {
        m_companies->setCurrentIndex(index);
    }
}

void ChecklistView::onCompanyIndexChanged()
{
    const qint64 id = company();
    if (id == m_model->company()) {
        return;
    }
    m_model->setCompany(id);
    updateEmptyState();
    m_changesButton->setEnabled(id != 0);
    m_addButton->setEnabled(id != 0 && !isReadOnly());
    Q_EMIT companyChanged(id);
    Q_EMIT summaryChanged();
}

void ChecklistView::updateEmptyState()
{
    QString text;
    if (m_companies->count() == 0) {
        text
            = tr("No companies yet. Create one with Company → New company…, and its checklist fills with the "
                 "obligations that bind it.");
    } else if (m_model->rowCount() == 0) {
        const ChecklistFilter filter = m_model->filter();
        text = filter
                == ChecklistFilter{.show = ChecklistFilter::Show::All,
                                   .me = filter.me,
                                   .since = filter.since,
                                   .topic = {},
                                   .development = 0}
            ? tr("No obligation binds this company yet: check its sector tags and regions (Company → Edit "
                 "company…).")
            : tr("No rows match this filter. Choose “All rows” to see the whole checklist.");
    }
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_tree->setVisible(text.isEmpty());
}

void ChecklistView::showCompany(qint64 companyId, const ChecklistFilter &filter)
{
    setCompany(companyId);
    setFilter(filter);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void ChecklistView::setGrouping(ChecklistGrouping grouping)
{
    m_grouping->setCurrentIndex(qMax(0, m_grouping->findData(int(grouping))));
    m_model->setGrouping(grouping);
}

void ChecklistView::setFilter(const ChecklistFilter &filter)
{
    m_updatingControls = true;
    m_show->setCurrentIndex(qMax(0, m_show->findData(int(filter.show))));
    if (!filter.me.isEmpty()) {
        m_me->setCurrentText(filter.me);
    }
    if (filter.since.isValid()) {
        m_since->setDate(filter.since);
    }
    m_updatingControls = false;
    ChecklistFilter complete = filter;
    complete.me = m_me->currentText().trimmed();
    complete.since = m_since->date();
    m_model->setFilter(complete);
    updateFilterControls();
    updateScopeChip();
    Q_EMIT summaryChanged();
}

void ChecklistView::onFilterControlsChanged()
{
    if (m_updatingControls) {
        return;
    }
    ChecklistFilter filter = m_model->filter();
    filter.show = ChecklistFilter::Show(m_show->currentData().toInt());
    filter.me = m_me->currentText().trimmed();
    filter.since = m_since->date();
    m_model->setFilter(filter);
    updateFilterControls();
    Q_EMIT summaryChanged();
}

void ChecklistView::updateFilterControls()
{
    const auto show = ChecklistFilter::Show(m_show->currentData().toInt());
    m_me->setVisible(show == ChecklistFilter::Show::AssignedToMe);
    m_since->setVisible(show == ChecklistFilter::Show::ChangedSince);
    if (show == ChecklistFilter::Show::AssignedToMe) {
        const QString me = m_me->currentText();
        const QSignalBlocker blocker(m_me);
        m_me->clear();
        m_me->addItems(knownOwners());
        m_me->setCurrentText(me);
    }
}

void ChecklistView::updateScopeChip()
{
    const ChecklistFilter filter = m_model->filter();
    QString text;
    if (!filter.topic.isEmpty()) {
        core::ReferenceNames names;
        names.load(m_db);
        text = tr("Topic: %1").arg(names.topic(filter.topic, m_language));
    } else if (filter.development != 0) {
        core::AuthorityRepository reference(m_db);
        const auto development = core::DevelopmentRepository(m_db, reference).load(filter.development);
        text = tr("Development: %1")
                   .arg(shortText(development ? development->title.preferring(m_language)
                                              : QString::number(filter.development)));
    }
    m_scopeChip->setVisible(!text.isEmpty());
    m_scopeChip->setText(text + QStringLiteral("  ✕"));
}

void ChecklistView::setLanguage(core::Language language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    m_model->setLanguage(language);
    reloadCompanies();
    updateScopeChip();
}

QString ChecklistView::summary() const
{
    if (m_model->company() == 0) {
        return tr("No company selected");
    }
    const QLocale locale;
    const int overdue = m_model->overdueCount();
    const QString done = locale.toString(m_model->doneCount());
    const QString applicable = locale.toString(m_model->applicableCount());
    QString text = overdue > 0
        ? tr("%1 of %2 done · %3 overdue").arg(done, applicable, locale.toString(overdue))
        : tr("%1 of %2 done").arg(done, applicable);
    const ChecklistFilter filter = m_model->filter();
    if (filter.show != ChecklistFilter::Show::All || !filter.topic.isEmpty() || filter.development != 0) {
        text += tr(" (filtered)");
    }
    return text;
}

const ChecklistRow *ChecklistView::currentRow() const
{
    return m_model->row(m_tree->currentIndex());
}

QList<ChecklistRow> ChecklistView::selectedRows() const
{
    // A row listed under several topics counts once; a selected group row stands for nothing.
    QList<ChecklistRow> rows;
    QSet<core::AssessmentKey> seen;
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows(ChecklistModel::ObligationColumn);
    for (const QModelIndex &index : selected) {
        if (const ChecklistRow *row = m_model->row(index); row && !seen.contains(row->key)) {
            seen.insert(row->key);
            rows.append(*row);
        }
    }
    if (rows.isEmpty()) {
        if (const ChecklistRow *row = currentRow()) {
            rows.append(*row);
        }
    }
    return rows;
}

void ChecklistView::selectRow(const core::AssessmentKey &key)
{
    const QModelIndex index = m_model->indexOf(key, ChecklistModel::ObligationColumn);
    if (index.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(index);
    }
}

QString ChecklistView::rowTitle(const ChecklistRow &row) const
{
    return shortText(row.obligation.preferring(m_language));
}

QStringList ChecklistView::knownOwners() const
{
    QStringList owners;
    for (int g = 0; g < m_model->groupCount(); ++g) {
        for (const ChecklistRow &row : m_model->groupRows(g)) {
            if (!row.assessment.owner.isEmpty() && !owners.contains(row.assessment.owner)) {
                owners.append(row.assessment.owner);
            }
        }
    }
    if (!owners.contains(m_db.actor())) {
        owners.append(m_db.actor());
    }
    std::sort(owners.begin(), owners.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return owners;
}

bool ChecklistView::run(const QList<ChecklistRow> &rows, const core::AssessmentEdit &edit,
                        const std::function<QString()> &name)
{
    if (isReadOnly()) {
        return false;
    }
    QList<ChecklistTarget> targets;
    for (const ChecklistRow &row : rows) {
        // Rows the edit would not change stay out of the command (and of the audit log).
        if (!(edit.appliedTo(row.assessment) == row.assessment)) {
            targets.append({row.key, row.assessment});
        }
    }
    if (targets.isEmpty() || edit.isEmpty()) {
        return false;
    }
    return CommandRunner::push(*m_undo, new EditAssessmentsCommand(m_db, targets, edit, name), this);
}

bool ChecklistView::applyToSelection(const core::AssessmentEdit &edit,
                                     const std::function<QString()> &commandName)
{
    const QList<ChecklistRow> rows = selectedRows();
    if (rows.size() == 1) {
        return run(rows, edit, [commandName, title = rowTitle(rows.first())] {
            return tr("%1: “%2”").arg(commandName(), title);
        });
    }
    return run(rows, edit, [commandName, count = int(rows.size())] {
        return tr("%1 (%n rows)", nullptr, count).arg(commandName());
    });
}

void ChecklistView::toggleTick()
{
    const ChecklistRow *current = currentRow();
    if (!current || isReadOnly()) {
        return;
    }
    const ChecklistRow row = *current;
    if (auto *command = RowTick::toggle(m_db, {row.key, row.assessment}, row.isTicked(), row.isApplicable(),
                                        rowTitle(row), this)) {
        CommandRunner::push(*m_undo, command, this);
    }
}

void ChecklistView::editCurrentRow()
{
    const ChecklistRow *current = currentRow();
    if (!current) {
        const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
        if (index.isValid()) {
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
        }
        return;
    }
    editRow(*current);
}

void ChecklistView::editRow(const ChecklistRow &row)
{
    const QString title = rowTitle(row);
    AssessmentEditor editor(m_db, m_undo, row, m_language, knownOwners(), window());
    editor.setReadOnly(m_readOnly);
    if (editor.exec() != QDialog::Accepted || isReadOnly()) {
        return;
    }
    const core::AssessmentEdit edit = editor.edit();
    if (edit.isEmpty()) {
        return;
    }
    // The version the dialog opened with: a save by somebody else meanwhile is a conflict, not lost.
    const QList<ChecklistTarget> targets{{editor.key(), editor.original()}};
    CommandRunner::push(
        *m_undo,
        new EditAssessmentsCommand(m_db, targets, edit, [title] { return tr("Edit “%1”").arg(title); }),
        this);
}

void ChecklistView::setOwner()
{
    const QList<ChecklistRow> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("ownerDialog"));
    dialog.setWindowTitle(tr("Set owner"));
    dialog.setLabelText(tr("Owner of the %n selected row(s):", nullptr, int(rows.size())));
    dialog.setComboBoxItems(knownOwners());
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(rows.first().assessment.owner);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    core::AssessmentEdit edit;
    edit.owner = dialog.textValue().trimmed();
    run(rows, edit, [count = int(rows.size()), owner = *edit.owner] {
        return owner.isEmpty() ? tr("Clear owner of %n row(s)", nullptr, count)
                               : tr("Set owner of %n row(s) to %1", nullptr, count).arg(owner);
    });
}

void ChecklistView::setDueDate()
{
    const QList<ChecklistRow> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("dueDialog"));
    dialog.setWindowTitle(tr("Set due date"));
    auto *label = new QLabel(tr("Due date of the %n selected row(s):", nullptr, int(rows.size())), &dialog);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(QStringLiteral("dueCalendar"));
    calendar->setGridVisible(true);
    const QDate current = rows.first().assessment.due;
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate().addDays(14));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    core::AssessmentEdit edit;
    edit.due = calendar->selectedDate();
    run(rows, edit, [count = int(rows.size()), due = *edit.due] {
        return tr("Set due date of %n row(s) to %1", nullptr, count).arg(core::DateText::table(due));
    });
}

void ChecklistView::markNotApplicable()
{
    const QList<ChecklistRow> rows = selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("justificationDialog"));
    dialog.setWindowTitle(tr("Mark not applicable"));
    dialog.setLabelText(
        tr("Why do the %n selected obligation(s) not apply to this company? Auditors read this "
           "as the statement of applicability.",
           nullptr, int(rows.size())));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(rows.size() == 1 ? rows.first().assessment.justification : QString());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString justification = dialog.textValue().trimmed();
    if (justification.isEmpty()) {
        QMessageBox::information(this, tr("Not changed"),
                                 tr("An obligation can only be marked not applicable with a justification."));
        return;
    }
    core::AssessmentEdit edit;
    edit.applicability = core::Applicability::NotApplicable;
    edit.justification = justification;
    edit.result = core::AssessmentResult::NotApplicable;
    run(rows, edit,
        [count = int(rows.size())] { return tr("Mark %n row(s) not applicable", nullptr, count); });
}

void ChecklistView::addObligations()
{
    if (company() == 0 || isReadOnly()) {
        return;
    }
    AddObligationsDialog dialog(m_db, company(), m_language, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    core::AssessmentService service(m_db);
    QList<ChecklistRow> rows;
    for (const core::AssessmentKey &key : dialog.chosen()) {
        ChecklistRow row;
        row.key = key;
        row.assessment = service.assessment(key);
        rows.append(row);
    }
    core::AssessmentEdit edit;
    edit.applicability = core::Applicability::Manual;
    run(rows, edit,
        [count = int(rows.size())] { return tr("Add %n obligation(s) to the checklist", nullptr, count); });
}

void ChecklistView::showChangesSince()
{
    if (company() == 0) {
        return;
    }
    auto *dialog = new ChangesSinceDialog(m_db, company(), m_companies->currentText(), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesSinceDialog::rowRequested, this, [this](const core::AssessmentKey &key) {
        if (key.companyId != company()) {
            setCompany(key.companyId);
        }
        // A filter may hide the row: show it anyway.
        if (!m_model->indexOf(key).isValid()) {
            setFilter({});
        }
        selectRow(key);
    });
    dialog->show();
}

void ChecklistView::showContextMenu(const QPoint &position)
{
    if (!currentRow() && selectedRows().isEmpty()) {
        return;
    }
    updateActions();
    QMenu menu(this);
    menu.setToolTipsVisible(isReadOnly()); // disabled changes say why
    menu.addAction(m_tickAction);
    menu.addAction(m_editAction);
    if (m_whatChangedAction->isEnabled()) {
        menu.addAction(m_whatChangedAction);
    }
    menu.addSeparator();
    menu.addMenu(m_statusMenu);
    menu.addMenu(m_resultMenu);
    menu.addAction(m_setOwnerAction);
    menu.addAction(m_setDueAction);
    menu.addAction(m_clearDueAction);
    menu.addSeparator();
    menu.addAction(m_notApplicableAction);
    menu.addAction(m_applicableAction);
    menu.addSeparator();
    menu.addAction(m_addAction);
    menu.addAction(m_changesAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void ChecklistView::updateActions()
{
    const QList<ChecklistRow> rows = selectedRows();
    const bool any = !rows.isEmpty();
    const ChecklistRow *current = currentRow();
    m_tickAction->setEnabled(current && current->isApplicable());
    m_editAction->setEnabled(current != nullptr);
    m_whatChangedAction->setEnabled(current && current->assessment.reReview);
    m_statusMenu->setEnabled(any);
    m_resultMenu->setEnabled(any);
    m_setOwnerAction->setEnabled(any);
    m_setDueAction->setEnabled(any);
    m_clearDueAction->setEnabled(std::any_of(
        rows.cbegin(), rows.cend(), [](const ChecklistRow &r) { return r.assessment.due.isValid(); }));
    m_notApplicableAction->setEnabled(any);
    m_applicableAction->setEnabled(
        std::any_of(rows.cbegin(), rows.cend(), [](const ChecklistRow &r) { return !r.isApplicable(); }));
    m_changesAction->setEnabled(company() != 0);
    m_addAction->setEnabled(company() != 0);
    if (isReadOnly()) {
        for (QAction *change :
             {m_tickAction, m_statusMenu->menuAction(), m_resultMenu->menuAction(), m_setOwnerAction,
              m_setDueAction, m_clearDueAction, m_notApplicableAction, m_applicableAction, m_addAction}) {
            change->setEnabled(false);
        }
    }
}

void ChecklistView::setReadOnly(const QString &whyNot)
{
    m_readOnly = whyNot;
    m_delegate->setTicksEnabled(!isReadOnly());
    m_tree->viewport()->update();
    for (QAction *change :
         {m_tickAction, m_statusMenu->menuAction(), m_resultMenu->menuAction(), m_setOwnerAction,
          m_setDueAction, m_clearDueAction, m_notApplicableAction, m_applicableAction, m_addAction}) {
        change->setToolTip(whyNot);
        change->setStatusTip(whyNot);
    }
    m_addButton->setEnabled(company() != 0 && !isReadOnly());
    m_addButton->setStatusTip(whyNot);
    retranslate(); // the button's tooltip
    updateActions();
}

bool ChecklistView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (key->key() == Qt::Key_Space && plain) {
            toggleTick();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && plain) {
            editCurrentRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray ChecklistView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateMagic << m_tree->header()->saveState() << company() << int(m_model->grouping())
           << m_show->currentData().toInt() << m_me->currentText() << m_since->date();
    return state;
}

void ChecklistView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray header;
    qint64 companyId = 0;
    int grouping = 0;
    int show = 0;
    QString me;
    QDate since;
    stream >> magic >> header >> companyId >> grouping >> show >> me >> since;
    if (magic != stateMagic || stream.status() != QDataStream::Ok) {
        return;
    }
    m_tree->header()->restoreState(header);
    setCompany(companyId);
    setGrouping(grouping == int(ChecklistGrouping::ByTopic) ? ChecklistGrouping::ByTopic
                                                            : ChecklistGrouping::ByDevelopment);
    ChecklistFilter filter;
    filter.show = ChecklistFilter::Show(qBound(0, show, int(ChecklistFilter::Show::ReReview)));
    filter.me = me.isEmpty() ? m_db.actor() : me;
    filter.since = since;
    setFilter(filter);
}

} // namespace rt::ui
