// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentsBrowser.h"

#include "BrowseSession.h"
#include "Change.h"
#include "ChineseScript.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "ConvertingDelegate.h"
#include "Database.h"
#include "DateText.h"
#include "DevelopmentDetailPane.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentTitleDelegate.h"
#include "FacetModel.h"
#include "TextSearch.h"

#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt::ui {

using core::Facet;

namespace {

// A facet value: check box and label on the left, the count right-aligned and muted, so that long labels
// elide rather than hide the count. A click anywhere on the row ticks it (the view's clicked signal), so the
// check box itself must not also toggle on the same click; Space still toggles through the delegate.
class FacetDelegate final : public ConvertingDelegate
{
public:
    using ConvertingDelegate::ConvertingDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString count = QLocale().toString(index.data(core::FacetModel::CountRole).toInt());
        const int countWidth = option.fontMetrics.horizontalAdvance(count) + 8;
        QStyleOptionViewItem label = option;
        initStyleOption(&label, index);
        label.text
            = label.fontMetrics.elidedText(converted(index.data(core::FacetModel::LabelRole).toString()),
                                           Qt::ElideRight, option.rect.width() - countWidth - 28);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &label, painter, widget);
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
            return false;
        default:
            return ConvertingDelegate::editorEvent(event, model, option, index);
        }
    }
};

constexpr quint32 stateMagic = 0x52544231; // "RTB1"

} // namespace

DevelopmentsBrowser::DevelopmentsBrowser(core::Database &db, const core::TextSearch &search, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_search(search)
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DevelopmentsBrowser::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_table->setFocus();
    });

    // The table and the facets, read on a worker.
    const QList<Facet> facets{Facet::Kind,  Facet::Stage,  Facet::Authority,
                              Facet::Topic, Facet::Region, Facet::Year};
    m_session = new core::BrowseSession(m_db, m_search, facets, core::BrowseSession::Reading::Worker, this);
    m_model = m_session->table();
    connect(m_session, &core::BrowseSession::shown, this, &DevelopmentsBrowser::onFilterShown);
    connect(m_session, &core::BrowseSession::libraryCountChanged, this,
            &DevelopmentsBrowser::libraryCountChanged);
    // "Searching…" only when an answer takes long enough to be noticed.
    m_busyTimer = new QTimer(this);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(150);
    connect(m_busyTimer, &QTimer::timeout, this, [this] { m_searching->setVisible(m_session->isBusy()); });
    connect(m_session, &core::BrowseSession::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_busyTimer->start();
        } else {
            m_busyTimer->stop();
            m_searching->hide();
        }
    });

    // Facets, in a scrollable column on the left.
    auto *facetContainer = new QWidget(this);
    auto *facetLayout = new QVBoxLayout(facetContainer);
    facetLayout->setContentsMargins(0, 0, 4, 0);
    m_facetsTitle = new QLabel(facetContainer);
    facetLayout->addWidget(m_facetsTitle);
    // Only what binds one company: the developments with an obligation that applies to it.
    m_companyLabel = new QLabel(facetContainer);
    m_company = new QComboBox(facetContainer);
    m_company->setObjectName(QStringLiteral("companyFilter"));
    m_companyLabel->setBuddy(m_company);
    facetLayout->addWidget(m_companyLabel);
    facetLayout->addWidget(m_company);
    connect(m_company, &QComboBox::currentIndexChanged, this, &DevelopmentsBrowser::applyFilter);
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        if (core::entitiesIn(changes) & core::Entities(core::Entity::Company)) {
            fillCompanies();
        }
    });
    for (Facet facet : facets) {
        addFacet(facet, facetContainer);
    }
    facetLayout->addStretch(1);
    auto *facetScroll = new QScrollArea(this);
    facetScroll->setObjectName(QStringLiteral("facets"));
    facetScroll->setWidget(facetContainer);
    facetScroll->setWidgetResizable(true);
    facetScroll->setFrameShape(QFrame::NoFrame);
    facetScroll->setMinimumWidth(190);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("developmentsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::DevelopmentTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // whole rows: the arrows move, Tab leaves (it walked every cell)
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_tableDelegate = new ConvertingDelegate(m_table);
    m_table->setItemDelegate(m_tableDelegate);
    m_titleDelegate = new DevelopmentTitleDelegate(m_table);
    m_table->setItemDelegateForColumn(core::DevelopmentTableModel::TitleColumn, m_titleDelegate);
    m_table->verticalHeader()->setDefaultSectionSize(m_titleDelegate->rowHeight(m_table->fontMetrics()));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(core::DevelopmentTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(core::DevelopmentTableModel::DateColumn, 100);
    header->resizeSection(core::DevelopmentTableModel::AuthoritiesColumn, 150);
    header->resizeSection(core::DevelopmentTableModel::KindColumn, 140);
    header->resizeSection(core::DevelopmentTableModel::StageColumn, 140);
    header->resizeSection(core::DevelopmentTableModel::TopicsColumn, 220);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevelopmentsBrowser::onCurrentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_model->idAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_restoreAfterReset = m_selectWhenShown != 0 ? m_selectWhenShown : m_current; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection stays wherever the new result still holds it, also beyond the rows fetched so far
        // (a click on the map or a facet cleared it when it was not on the first page).
        const int row = m_model->ensureFetched(m_restoreAfterReset);
        if (row >= 0 || !m_session->isBusy()) {
            m_selectWhenShown = 0;
        }
        if (row >= 0) {
            selectRow(row);
        } else if (m_current != 0) {
            m_current = 0;
            m_detail->setDevelopment(0);
            Q_EMIT currentDevelopmentChanged(0);
        }
        Q_EMIT shownCountChanged(m_model->totalCount());
    });

    m_detail = new DevelopmentDetailPane(m_db, this);

    m_inner = new QSplitter(Qt::Vertical, this);
    m_inner->addWidget(m_table);
    m_inner->addWidget(m_detail);
    m_inner->setStretchFactor(0, 1);
    m_inner->setStretchFactor(1, 1);
    m_inner->setChildrenCollapsible(false);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->addWidget(facetScroll);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({220, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_searching = new QLabel(this);
    m_searching->setObjectName(QStringLiteral("searchingLabel"));
    m_searching->setEnabled(false); // drawn muted
    m_searching->hide();
    m_alsoSearched = new QLabel(this);
    m_alsoSearched->setObjectName(QStringLiteral("alsoSearchedLabel"));
    m_alsoSearched->setEnabled(false);
    m_alsoSearched->setMaximumWidth(480);
    m_dateRangeChip = new QToolButton(this);
    m_dateRangeChip->setObjectName(QStringLiteral("dateRangeChip"));
    m_dateRangeChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_dateRangeChip->setStyleSheet(
        QStringLiteral("QToolButton#dateRangeChip { border: 1px solid palette(mid); "
                       "border-radius: 10px; padding: 2px 10px; "
                       "background: palette(alternate-base); }"));
    m_dateRangeChip->hide();
    connect(m_dateRangeChip, &QToolButton::clicked, this, [this] { setDateRange({}, {}); });
    // The related terms the glossary added, at lower rank; one click searches without them.
    m_relatedChip = new QToolButton(this);
    m_relatedChip->setObjectName(QStringLiteral("relatedTermsChip"));
    m_relatedChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_relatedChip->setStyleSheet(m_dateRangeChip->styleSheet().replace(QStringLiteral("#dateRangeChip"),
                                                                       QStringLiteral("#relatedTermsChip")));
    m_relatedChip->setMaximumWidth(560);
    m_relatedChip->hide();
    connect(m_relatedChip, &QToolButton::clicked, this, &DevelopmentsBrowser::removeRelatedTerms);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_dateRangeChip);
    searchRow->addWidget(m_relatedChip);
    searchRow->addWidget(m_searching);
    searchRow->addWidget(m_alsoSearched);
    layout->addLayout(searchRow);
    layout->addWidget(m_outer, 1);

    retranslate();
}

DevelopmentsBrowser::~DevelopmentsBrowser()
{
    // The table's selection model reports a last change while the children go away.
    m_table->selectionModel()->disconnect(this);
    m_model->disconnect(this);
}

void DevelopmentsBrowser::addFacet(Facet facet, QWidget *container)
{
    auto *box = new QGroupBox(container);
    auto *view = new QListView(box);
    core::FacetModel *model = m_session->facet(facet);
    view->setModel(model);
    view->setItemDelegate(new FacetDelegate(view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFrameShape(QFrame::NoFrame);
    view->setUniformItemSizes(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const char *names[]
        = {"", "facetAuthority", "facetTopic", "facetKind", "facetStage", "facetYear", "facetRegion"};
    view->setObjectName(QString::fromLatin1(names[int(facet)]));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(2, 2, 2, 2);
    boxLayout->addWidget(view);
    container->layout()->addWidget(box);

    // Tall enough for its values, up to eight rows; the rest scrolls.
    const auto fit = [view, model] {
        const int rows = qBound(1, model->rowCount(), 8);
        const int rowHeight
            = model->rowCount() > 0 ? view->sizeHintForRow(0) : view->fontMetrics().height() + 4;
        view->setFixedHeight(rows * rowHeight + 2 * view->frameWidth());
    };
    connect(model, &QAbstractItemModel::modelReset, view, fit);
    // Values retranslated in place can be taller (Chinese lines are): measure again.
    connect(model, &QAbstractItemModel::dataChanged, view, fit);
    fit();
    connect(view, &QListView::clicked, model, [model](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(model, &core::FacetModel::checkedKeysChanged, this, &DevelopmentsBrowser::applyFilter);
    m_facets.append({facet, box, view, model});
}

void DevelopmentsBrowser::applyFilter()
{
    core::DevelopmentFilter filter;
    filter.text = m_searchEdit->text().trimmed();
    for (const FacetBox &f : std::as_const(m_facets)) {
        const QStringList keys = f.model->checkedKeys();
        switch (f.facet) {
        case Facet::Authority:
            filter.authorities = keys;
            break;
        case Facet::Topic:
            filter.topics = keys;
            break;
        case Facet::Kind:
            filter.kinds = keys;
            break;
        case Facet::Stage:
            filter.stages = keys;
            break;
        case Facet::Year:
            for (const QString &key : keys) {
                filter.years.append(key.toInt());
            }
            break;
        case Facet::Region:
            filter.regions = keys;
            break;
        case Facet::None:
            break;
        }
    }
    filter.from = m_from;
    filter.to = m_to;
    filter.company = m_company->currentData().toLongLong();
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    m_session->setFilter(filter);
    // Search results come best first; the header shows no sort column then.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void DevelopmentsBrowser::onFilterShown(const core::DevelopmentFilter &filter)
{
    // The matched words, and their glossary equivalents, are marked in the titles and the detail pane.
    const core::SearchQuery query = m_search.query(filter.text);
    DevelopmentTitleDelegate::MarkFinder finder;
    if (!query.isEmpty()) {
        finder = [query](const QString &text) {
            QList<std::pair<qsizetype, qsizetype>> marks;
            for (const core::TextRange &range : query.matches(text)) {
                marks.append({range.start, range.length});
            }
            return marks;
        };
    }
    m_titleDelegate->setSearchMarks(finder, m_detail->markColor());
    updateAlsoSearched();
    m_detail->setSearchMarks(finder);
    m_table->viewport()->update();
    Q_EMIT filterChanged(filter);
}

void DevelopmentsBrowser::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    updateDateRangeChip();
    applyFilter();
}

namespace {

QString dateRangeText(const QDate &from, const QDate &to)
{
    const QString first = core::DateText::table(from);
    const QString last = core::DateText::table(to);
    return !to.isValid()  ? DevelopmentsBrowser::tr("Announced from %1").arg(first)
        : !from.isValid() ? DevelopmentsBrowser::tr("Announced until %1").arg(last)
                          : DevelopmentsBrowser::tr("Announced %1 – %2").arg(first, last);
}

} // namespace

void DevelopmentsBrowser::updateDateRangeChip()
{
    const bool shown = m_from.isValid() || m_to.isValid();
    m_dateRangeChip->setVisible(shown);
    if (!shown) {
        return;
    }
    m_dateRangeChip->setText(dateRangeText(m_from, m_to) + QStringLiteral("  ✕"));
    m_dateRangeChip->setToolTip(tr("Click to show developments of every date again"));
}

QStringList DevelopmentsBrowser::filterParts() const
{
    QStringList parts;
    if (!m_filter.text.trimmed().isEmpty()) {
        parts.append(tr("search “%1”").arg(m_filter.text.trimmed()));
    }
    const auto named = [this, &parts](Facet facet, const QStringList &keys) {
        for (const FacetBox &f : m_facets) {
            if (f.facet == facet) {
                for (const QString &key : keys) {
                    parts.append(f.model->label(key));
                }
                return;
            }
        }
        parts.append(keys);
    };
    named(Facet::Authority, m_filter.authorities);
    named(Facet::Topic, m_filter.topics);
    named(Facet::Kind, m_filter.kinds);
    named(Facet::Stage, m_filter.stages);
    named(Facet::Region, m_filter.regions);
    for (int year : m_filter.years) {
        parts.append(QString::number(year));
    }
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        parts.append(dateRangeText(m_filter.from, m_filter.to));
    }
    if (m_filter.company != 0) {
        const int at = m_company->findData(m_filter.company);
        parts.append(tr("obligations of %1")
                         .arg(at >= 0 ? m_company->itemText(at) : QString::number(m_filter.company)));
    }
    return parts;
}

void DevelopmentsBrowser::updateAlsoSearched()
{
    // What the glossary added to the query, so that a match in the other language or script is no surprise.
    const core::SearchQuery query = m_search.query(m_filter.text);
    QStringList added = query.alternatives();
    for (const QString &term : query.typedTerms()) {
        added.removeAll(term);
        added.removeAll(core::ChineseScript::fold(term)); // either script is searched anyway
    }
    added.removeDuplicates();
    for (QString &term : added) {
        term = core::ChineseScript::convert(term, m_chinese);
    }
    const QString list = QLocale().createSeparatedList(added);
    m_alsoSearched->setText(added.isEmpty() ? QString() : tr("Also searching for: %1").arg(list));
    m_alsoSearched->setToolTip(m_alsoSearched->text());
    m_alsoSearched->setVisible(!added.isEmpty());

    // Related terms widen the search below the exact matches: named, and removable with one click.
    const QStringList related = query.relatedTerms();
    m_relatedChip->setVisible(!related.isEmpty());
    if (related.isEmpty()) {
        return;
    }
    constexpr int shown = 3;
    const QString names = related.size() <= shown
        ? QLocale().createSeparatedList(related)
        : tr("%1 and %n more", nullptr, int(related.size() - shown))
              .arg(related.mid(0, shown).join(QStringLiteral(", ")));
    m_relatedChip->setText(tr("Related terms added: %1").arg(names) + QStringLiteral("  ✕"));
    m_relatedChip->setToolTip(
        tr("Developments found only through related terms are listed after the exact matches: %1.\nClick to "
           "search without them (the terms that had them are put in quotes).")
            .arg(QLocale().createSeparatedList(related)));
}

void DevelopmentsBrowser::removeRelatedTerms()
{
    setSearchText(m_search.query(m_filter.text).withoutRelatedTerms());
}

void DevelopmentsBrowser::setChineseForm(core::ChineseScript::Form form)
{
    m_chinese = form;
    ConvertingDelegate::Conversion conversion;
    if (form != core::ChineseScript::Form::Simplified) {
        conversion = [form](const QString &text) { return core::ChineseScript::convert(text, form); };
    }
    m_tableDelegate->setConversion(conversion);
    m_titleDelegate->setConversion(conversion);
    for (const FacetBox &f : std::as_const(m_facets)) {
        static_cast<ConvertingDelegate *>(f.view->itemDelegate())->setConversion(conversion);
        f.view->viewport()->update();
    }
    m_detail->setChineseForm(form);
    m_table->viewport()->update();
}

void DevelopmentsBrowser::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
    m_searchTimer->stop();
    applyFilter();
}

void DevelopmentsBrowser::clearFilters()
{
    m_searchEdit->clear();
    for (const FacetBox &f : std::as_const(m_facets)) {
        f.model->setCheckedKeys({});
    }
    m_from = QDate();
    m_to = QDate();
    updateDateRangeChip();
    m_company->setCurrentIndex(0);
    m_searchTimer->stop();
    applyFilter();
}

void DevelopmentsBrowser::setAuthorityFilter(const QStringList &codes)
{
    for (const FacetBox &f : std::as_const(m_facets)) {
        if (f.facet == Facet::Authority) {
            f.model->setCheckedKeys(codes); // applies the filter when the keys change
        }
    }
    applyFilter();
}

QStringList DevelopmentsBrowser::authorityFilter() const
{
    return m_filter.authorities;
}

int DevelopmentsBrowser::shownCount() const
{
    return m_model->totalCount();
}

qint64 DevelopmentsBrowser::libraryCount() const
{
    return m_session->libraryCount();
}

void DevelopmentsBrowser::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void DevelopmentsBrowser::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const QModelIndex index = m_model->index(row, core::DevelopmentTableModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    onCurrentRowChanged();
}

void DevelopmentsBrowser::selectDevelopment(qint64 id)
{
    const int row = m_model->ensureFetched(id);
    // Not (yet) in the table while it is being read again, after a write that added it: chosen once shown.
    m_selectWhenShown = row < 0 && m_session->isBusy() ? id : 0;
    selectRow(row);
}

void DevelopmentsBrowser::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == m_current) {
        return;
    }
    m_current = id;
    m_detail->setDevelopment(id);
    Q_EMIT currentDevelopmentChanged(id);
}

void DevelopmentsBrowser::setContentLanguage(core::Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    for (const FacetBox &f : std::as_const(m_facets)) {
        f.model->setLanguage(language);
    }
    m_detail->setContentLanguage(language);
    fillCompanies(); // names in the content language
    updateLanguageLayout();
}

void DevelopmentsBrowser::setShowBothLanguages(bool both)
{
    m_showBoth = both;
    m_model->setShowBothLanguages(both);
    m_titleDelegate->setShowBothLanguages(both);
    updateLanguageLayout();
}

void DevelopmentsBrowser::updateLanguageLayout()
{
    // Rows tall enough for the title lines; the detail pane reads in the languages the table shows.
    m_table->verticalHeader()->setDefaultSectionSize(m_titleDelegate->rowHeight(m_table->fontMetrics()));
    m_detail->setShownLanguages(m_showBoth || m_language == core::Language::English,
                                m_showBoth || m_language == core::Language::Chinese);
}

QByteArray DevelopmentsBrowser::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateMagic << m_outer->saveState() << m_inner->saveState()
           << m_table->horizontalHeader()->saveState() << m_detail->saveState();
    return state;
}

void DevelopmentsBrowser::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray outer, inner, header, detail;
    stream >> magic >> outer >> inner >> header >> detail;
    if (magic != stateMagic || stream.status() != QDataStream::Ok) {
        return;
    }
    m_outer->restoreState(outer);
    m_inner->restoreState(inner);
    m_table->horizontalHeader()->restoreState(header);
    m_detail->restoreState(detail);
    // The header remembers the sort: let the model follow it.
    m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                  m_table->horizontalHeader()->sortIndicatorOrder());
}

bool DevelopmentsBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_current != 0) {
            Q_EMIT activated(m_current);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DevelopmentsBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DevelopmentsBrowser::fillCompanies()
{
    // Keeps the chosen company while the list changes, as long as it still exists.
    const qint64 chosen = m_company->currentData().toLongLong();
    const QSignalBlocker quiet(m_company);
    m_company->clear();
    m_company->addItem(tr("Any company"), 0);
    for (const core::Company &company : core::CompanyRepository(m_db).all()) {
        m_company->addItem(company.name.preferring(m_language), company.id);
    }
    m_company->setCurrentIndex(qMax(0, m_company->findData(chosen)));
    if (m_company->currentData().toLongLong() != chosen) {
        applyFilter(); // the company is gone
    }
}

void DevelopmentsBrowser::retranslate()
{
    m_companyLabel->setText(tr("Binding on &company:"));
    m_company->setToolTip(tr("Only developments with an obligation that binds this company"));
    fillCompanies();
    m_searchEdit->setPlaceholderText(
        tr("Search titles, summaries and obligations in English or Chinese (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_table->setAccessibleName(tr("Developments"));
    m_searching->setText(tr("Searching…"));
    updateAlsoSearched();
    updateDateRangeChip();
    m_facetsTitle->setText(tr("<b>Filter</b>"));
    for (const FacetBox &f : std::as_const(m_facets)) {
        switch (f.facet) {
        case Facet::Authority:
            f.box->setTitle(tr("Authority"));
            break;
        case Facet::Topic:
            f.box->setTitle(tr("Topic"));
            break;
        case Facet::Kind:
            f.box->setTitle(tr("Kind"));
            break;
        case Facet::Stage:
            f.box->setTitle(tr("Stage"));
            break;
        case Facet::Year:
            f.box->setTitle(tr("Year"));
            break;
        case Facet::Region:
            f.box->setTitle(tr("Region"));
            break;
        case Facet::None:
            break;
        }
        f.view->setAccessibleName(f.box->title()); // a screen reader names the list by what it filters
        f.model->retranslate();
    }
    m_model->retranslate();
}

} // namespace rt::ui
