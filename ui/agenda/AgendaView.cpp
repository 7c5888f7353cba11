// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaView.h"

#include "AgendaDelegate.h"
#include "ChecklistCommands.h"
#include "CommandRunner.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateText.h"
#include "Error.h"
#include "FilterBar.h"
#include "FormSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rt::ui {

using core::AgendaItem;
using core::AgendaKind;
using core::AgendaModel;

namespace {

constexpr quint32 stateMagic = 0x52544131; // "RTA1"
constexpr int mineRole = Qt::UserRole + 1; // the owner choice "mine"
const int horizons[] = {7, 14, 30, 90, 365, -1};

QString shortText(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QStringLiteral("…") : text;
}

} // namespace

AgendaView::AgendaView(core::Database &db, const core::TextSearch *search, QUndoStack *undoStack,
                       QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undoStack)
{
    setObjectName(QStringLiteral("agendaView"));
    m_model = new AgendaModel(m_db, search, this);

    const auto combo = [this](const char *name, QLabel *&label) {
        label = new QLabel(this);
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        label->setBuddy(box);
        return box;
    };
    m_companies = combo("agendaCompanyCombo", m_companyLabel);
    m_companies->setMinimumContentsLength(16);
    m_owner = combo("agendaOwnerCombo", m_ownerLabel);
    m_owner->setMinimumContentsLength(12);
    m_kinds = combo("agendaKindCombo", m_kindLabel);
    m_kinds->setMinimumContentsLength(12);
    m_horizon = combo("agendaHorizonCombo", m_horizonLabel);
    m_horizon->setMinimumContentsLength(9);
    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(QStringLiteral("agendaToday"));
    m_todayLabel->setForegroundRole(QPalette::PlaceholderText);
    m_todayLabel->setMinimumWidth(1); // a narrow window cuts the date short rather than growing

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setModel(m_model);
    m_delegate = new AgendaDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpRowTree(m_tree, this);
    m_tree->setIndentation(14);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AgendaModel::ItemColumn, QHeaderView::Stretch);
    header->resizeSection(AgendaModel::TickColumn, 64);
    header->resizeSection(AgendaModel::WhenColumn, 130);
    header->resizeSection(AgendaModel::KindColumn, 150);
    header->resizeSection(AgendaModel::CompanyColumn, 200);
    header->resizeSection(AgendaModel::OwnerColumn, 110);
    header->resizeSection(AgendaModel::StatusColumn, 110);
    header->setHighlightSections(false);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("agendaEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    for (auto [label, box] : {std::pair{m_companyLabel, m_companies}, std::pair{m_ownerLabel, m_owner},
                              std::pair{m_kindLabel, m_kinds}, std::pair{m_horizonLabel, m_horizon}}) {
        bar->addWidget(label);
        bar->addWidget(box);
        bar->addSpacing(12);
    }
    bar->addStretch(1);
    bar->addWidget(m_todayLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    m_filterBar = new FilterBar(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);

    const auto action = [this](const char *name, const QKeySequence &shortcut, void (AgendaView::*slot)()) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_tickAction = action("agendaTickAction", QKeySequence(Qt::Key_Space), &AgendaView::toggleTick);
    m_openAction = action("agendaOpenAction", QKeySequence(Qt::Key_Return), &AgendaView::openCurrent);
    m_checklistAction = action("agendaChecklistAction", QKeySequence(Qt::CTRL | Qt::Key_Return),
                               &AgendaView::showCurrentInChecklist);
    m_developmentAction = new QAction(this);
    m_developmentAction->setObjectName(QStringLiteral("agendaDevelopmentAction"));
    connect(m_developmentAction, &QAction::triggered, this, [this] {
        if (const AgendaItem *item = currentItem()) {
            Q_EMIT developmentRequested(item->developmentId);
        }
    });

    connect(m_delegate, &AgendaDelegate::tickClicked, this, [this](const QModelIndex &index) {
        m_tree->setCurrentIndex(index);
        toggleTick();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(AgendaModel::IsGroupRole).toBool()) {
            m_tree->setExpanded(index.siblingAtColumn(0), !m_tree->isExpanded(index.siblingAtColumn(0)));
        } else {
            openCurrent();
        }
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &AgendaView::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgendaView::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const AgendaItem *item = currentItem();
        m_restoreAfterReset = item ? item->uid() : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int g = 0; g < m_model->rowCount(); ++g) {
            m_tree->setFirstColumnSpanned(g, {}, true);
        }
        m_tree->expandAll();
        if (!m_restoreAfterReset.isEmpty() && !selectItem(m_restoreAfterReset) && m_model->rowCount() > 0) {
            // The row left the agenda (ticked): the one that took its place.
            const QModelIndex first = m_model->index(0, AgendaModel::ItemColumn, m_model->index(0, 0));
            m_tree->selectionModel()->setCurrentIndex(
                first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        updateEmptyState();
        updateActions();
        Q_EMIT titleChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AgendaView::updateActions);

    connect(m_companies, &QComboBox::currentIndexChanged, this, &AgendaView::onControlsChanged);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &AgendaView::onControlsChanged);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &AgendaView::onControlsChanged);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &AgendaView::onControlsChanged);
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        const core::Entities entities = core::entitiesIn(changes);
        if (entities & core::Entity::Company) {
            reloadCompanies();
        }
        if (entities & core::Entity::Assessment) {
            reloadOwners();
        }
    });

    // Today moves on at midnight, also while the window stays open for days.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_followClock && QDate::currentDate() != m_model->today()) {
            m_model->setToday(QDate::currentDate());
            retranslate();
        }
    });
    m_clock->start();

    retranslate();
    m_updatingControls = true;
    m_horizon->setCurrentIndex(m_horizon->findData(30)); // the next 30 days
    m_updatingControls = false;
    reloadCompanies();
    reloadOwners();
    onControlsChanged();
    // The first reset happened before the tree was connected: span and open the groups now.
    for (int g = 0; g < m_model->rowCount(); ++g) {
        m_tree->setFirstColumnSpanned(g, {}, true);
    }
    m_tree->expandAll();
    updateEmptyState();
    updateActions();
}

AgendaView::~AgendaView()
{
    m_tree->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

QString AgendaView::title() const
{
    const int overdue = m_model->overdueCount();
    return overdue > 0 ? tr("Agenda (%1)").arg(QLocale().toString(overdue)) : tr("Agenda");
}

void AgendaView::setLanguage(core::Language language)
{
    if (language != m_language) {
        m_language = language;
        m_model->setLanguage(language);
        reloadCompanies();
    }
}

void AgendaView::setFilter(const core::DevelopmentFilter &filter)
{
    m_model->setFilter(filter);
}

void AgendaView::setToday(const QDate &today)
{
    m_followClock = false;
    m_model->setToday(today);
    retranslate();
}

void AgendaView::setCompany(qint64 companyId)
{
    m_companies->setCurrentIndex(qMax(0, m_companies->findData(companyId)));
}

void AgendaView::setOwner(const QString &owner)
{
    if (owner.isEmpty()) {
        m_owner->setCurrentIndex(0);
        return;
    }
    int index = -1;
    for (int i = 2; i < m_owner->count(); ++i) {
        if (core::Agenda::sameOwner(m_owner->itemData(i).toString(), owner)) {
            index = i;
        }
    }
    if (index < 0) {
        m_owner->addItem(owner, owner);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
}

void AgendaView::showMine()
{
    m_owner->setCurrentIndex(1);
}

void AgendaView::setKinds(core::AgendaKinds kinds)
{
    m_kinds->setCurrentIndex(qMax(0, m_kinds->findData(int(kinds))));
}

void AgendaView::setHorizon(int days)
{
    m_horizon->setCurrentIndex(qMax(0, m_horizon->findData(days < 0 ? -1 : days)));
}

void AgendaView::updateCurrentUser()
{
    setCurrentUser(core::Agenda::currentUser(m_db));
}

void AgendaView::setCurrentUser(const QString &me)
{
    m_model->setMe(me);
    retranslate();
    onControlsChanged();
}

void AgendaView::reloadCompanies()
{
    const qint64 current = m_companies->currentData().toLongLong();
    m_updatingControls = true;
    m_companies->clear();
    m_companies->addItem(tr("All companies"), qint64(0));
    try {
        for (const core::Company &company : core::CompanyRepository(m_db).all()) {
            m_companies->addItem(company.name.preferring(m_language), company.id);
        }
    } catch (const core::Error &) {
        // The list stays short; the agenda itself reports what fails.
    }
    m_companies->setCurrentIndex(qMax(0, m_companies->findData(current)));
    m_updatingControls = false;
    onControlsChanged();
}

void AgendaView::reloadOwners()
{
    const bool mine = m_owner->currentData(mineRole).toBool();
    const QString current = m_owner->currentData().toString();
    m_updatingControls = true;
    m_owner->clear();
    m_owner->addItem(tr("Everybody"), QString());
    m_owner->addItem(tr("Mine (%1)").arg(m_model->me()), m_model->me());
    m_owner->setItemData(1, true, mineRole);
    try {
        for (const QString &owner : core::Agenda::owners(m_db)) {
            m_owner->addItem(owner, owner);
        }
    } catch (const core::Error &) {
    }
    int index = mine ? 1 : m_owner->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_owner->addItem(current, current); // nobody owns a row any more; the choice stays until changed
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(qMax(0, index));
    m_updatingControls = false;
}

void AgendaView::onControlsChanged()
{
    if (m_updatingControls) {
        return;
    }
    m_model->setCompany(m_companies->currentData().toLongLong());
    m_model->setOwner(m_owner->currentData(mineRole).toBool() ? m_model->me()
                                                              : m_owner->currentData().toString());
    m_model->setKinds(core::AgendaKinds(m_kinds->currentData().toInt()));
    m_model->setHorizon(m_horizon->currentData().toInt());
    updateEmptyState();
}

void AgendaView::updateEmptyState()
{
    QString text;
    if (m_model->rowCount() == 0) {
        const int days = m_horizon->currentData().toInt();
        text = days < 0
            ? tr("Nothing is due or overdue, and nothing dated lies ahead.")
            : tr("Nothing is due or overdue, and nothing is dated in the next %n day(s).", nullptr, days);
        if (m_owner->currentIndex() > 0 || m_companies->currentIndex() > 0 || m_kinds->currentIndex() > 0) {
            text += u' ' + tr("Choose “All companies”, “Everybody” and “All dates” to see more.");
        }
    }
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_tree->setVisible(text.isEmpty());
}

const AgendaItem *AgendaView::currentItem() const
{
    return m_model->item(m_tree->currentIndex());
}

bool AgendaView::selectItem(const QString &uid)
{
    const QModelIndex index = m_model->indexOf(uid, AgendaModel::ItemColumn);
    if (!index.isValid()) {
        return false;
    }
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void AgendaView::toggleTick()
{
    const AgendaItem *current = currentItem();
    if (!current || current->kind != AgendaKind::Due || isReadOnly()) {
        return;
    }
    const core::ChecklistRow row = current->row;
    if (auto *command = RowTick::toggle(m_db, {row.key, row.assessment}, row.isTicked(), row.isApplicable(),
                                        shortText(row.obligation.preferring(m_language)), this)) {
        CommandRunner::push(*m_undo, command, this);
    }
}

void AgendaView::openCurrent()
{
    const AgendaItem *current = currentItem();
    if (!current) {
        const QModelIndex group = m_tree->currentIndex().siblingAtColumn(0);
        if (group.isValid()) {
            m_tree->setExpanded(group, !m_tree->isExpanded(group));
        }
        return;
    }
    if (current->kind == AgendaKind::Due) {
        Q_EMIT rowEditRequested(current->row);
    } else {
        Q_EMIT developmentRequested(current->developmentId);
    }
}

void AgendaView::showCurrentInChecklist()
{
    const AgendaItem *current = currentItem();
    if (!current) {
        return;
    }
    if (current->kind == AgendaKind::Due) {
        Q_EMIT checklistRowRequested(current->row.key);
    } else {
        Q_EMIT developmentRequested(current->developmentId);
    }
}

void AgendaView::updateActions()
{
    const AgendaItem *current = currentItem();
    const bool row = current && current->kind == AgendaKind::Due;
    m_tickAction->setEnabled(row && !isReadOnly());
    m_openAction->setEnabled(current != nullptr);
    m_checklistAction->setEnabled(row);
    m_developmentAction->setEnabled(current != nullptr);
    m_tickAction->setText(current && current->row.isTicked() ? tr("Untick")
                                                             : tr("Tick (done and compliant)"));
    m_openAction->setText(row ? tr("Edit row…") : tr("Open development"));
}

void AgendaView::showContextMenu(const QPoint &position)
{
    if (!currentItem()) {
        return;
    }
    updateActions();
    QMenu menu(this);
    menu.setToolTipsVisible(isReadOnly());
    menu.addAction(m_tickAction);
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_checklistAction);
    menu.addAction(m_developmentAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void AgendaView::setReadOnly(const QString &whyNot)
{
    m_readOnly = whyNot;
    m_delegate->setTicksEnabled(!isReadOnly());
    m_tree->viewport()->update();
    m_tickAction->setToolTip(whyNot);
    m_tickAction->setStatusTip(whyNot);
    updateActions();
}

bool AgendaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (key->key() == Qt::Key_Space && modifiers == Qt::NoModifier) {
            toggleTick();
            return true;
        }
        if (enter && modifiers == Qt::NoModifier) {
            openCurrent();
            return true;
        }
        if (enter && modifiers == Qt::ControlModifier) {
            showCurrentInChecklist();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgendaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

// Wide enough for the longest weekday and a date in bold (the user's own rows are bold) after the overdue
// mark.
void AgendaView::fitDateColumn()
{
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QLocale locale;
    const QString date = core::DateText::table(QDate(2025, 12, 31));
    int widest = 0;
    for (int day = 1; day <= 7; ++day) {
        widest = std::max(widest,
                          metrics.horizontalAdvance(locale.dayName(day, QLocale::ShortFormat) + u' ' + date));
    }
    const QStyle *style = m_tree->style();
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
    m_tree->header()->resizeSection(AgendaModel::DateColumn,
                                    widest + icon + 6 * margin + metrics.averageCharWidth());
}

void AgendaView::retranslate()
{
    m_updatingControls = true;
    fitDateColumn();
    m_companyLabel->setText(tr("&Company:"));
    m_tree->setAccessibleName(tr("Agenda"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_kindLabel->setText(tr("&Dates:"));
    m_horizonLabel->setText(tr("&Ahead:"));
    const int kind = m_kinds->currentIndex();
    m_kinds->clear();
    m_kinds->addItem(tr("All dates"), int(core::allAgendaKinds));
    m_kinds->addItem(tr("Checklist rows due"), int(AgendaKind::Due));
    m_kinds->addItem(tr("Consultations closing"), int(AgendaKind::CommentDeadline));
    m_kinds->addItem(tr("Rules taking effect"),
                     int(core::AgendaKinds(AgendaKind::Effective) | AgendaKind::ObligationEffective));
    m_kinds->setCurrentIndex(qMax(0, kind));
    const int horizon = m_horizon->currentIndex();
    m_horizon->clear();
    for (int days : horizons) {
        m_horizon->addItem(days < 0 ? tr("Everything ahead") : tr("Next %n day(s)", nullptr, days), days);
    }
    m_horizon->setCurrentIndex(qMax(0, horizon));
    if (m_owner->count() > 1) {
        m_owner->setItemText(0, tr("Everybody"));
        m_owner->setItemText(1, tr("Mine (%1)").arg(m_model->me()));
        m_owner->setItemData(1, m_model->me());
    }
    if (m_companies->count() > 0) {
        m_companies->setItemText(0, tr("All companies"));
    }
    m_updatingControls = false;
    m_todayLabel->setText(tr("Today: %1").arg(core::DateText::prose(m_model->today())));
    m_tree->setToolTip(tr("Space ticks a row, Enter opens it, Ctrl+Enter shows it in its checklist"));
    m_tree->setAccessibleDescription(m_tree->toolTip()); // an item view does not fall back on its tool tip
    m_tickAction->setText(tr("Tick (done and compliant)"));
    m_checklistAction->setText(tr("Show in checklist"));
    m_developmentAction->setText(tr("Show development"));
    m_model->setFirstDayOfWeek(core::Agenda::firstDayOfWeek());
    m_model->retranslate();
    updateEmptyState();
    updateActions();
    Q_EMIT titleChanged();
}

QByteArray AgendaView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateMagic << m_tree->header()->saveState() << m_companies->currentData().toLongLong()
           << m_owner->currentData(mineRole).toBool() << m_owner->currentData().toString()
           << m_kinds->currentData().toInt() << m_horizon->currentData().toInt();
    return state;
}

void AgendaView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray header;
    qint64 company = 0;
    bool mine = false;
    QString owner;
    int kinds = 0;
    int horizon = 30;
    stream >> magic >> header >> company >> mine >> owner >> kinds >> horizon;
    if (magic != stateMagic || stream.status() != QDataStream::Ok) {
        return;
    }
    m_tree->header()->restoreState(header);
    setCompany(company);
    if (mine) {
        showMine();
    } else {
        setOwner(owner);
    }
    setKinds(core::AgendaKinds(kinds));
    setHorizon(horizon);
}

} // namespace rt::ui
