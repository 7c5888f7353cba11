// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineView.h"

#include "Change.h"
#include "Database.h"
#include "Error.h"
#include "RedlineObligationModel.h"
#include "RedlineText.h"
#include "Settings.h"
#include "VersionHistory.h"

#include <QAction>
#include <QActionGroup>
#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt::ui {

using core::ObligationChange;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Insertions green and deletions red, each readable on the palette's base colour; the marks themselves
// (underline, strike-through) carry the meaning.
core::RedlineColours coloursFor(const QPalette &palette)
{
    core::RedlineColours c;
    c.text = palette.color(QPalette::Text).name();
    c.muted = palette.color(QPalette::PlaceholderText).name();
    c.rule = palette.color(QPalette::Mid).name();
    c.heading = palette.color(QPalette::AlternateBase).name();
    if (isDark(palette)) {
        c.inserted = QStringLiteral("#a6f0b8");
        c.insertedBackground = QStringLiteral("#1f4d2c");
        c.deleted = QStringLiteral("#ffc2c2");
        c.deletedBackground = QStringLiteral("#5c2326");
    }
    return c;
}

// Rows of the obligation table tinted by their change, the change itself named in its own column.
class ChangeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = ObligationChange::Kind(index.data(core::RedlineObligationModel::KindRole).toInt());
        const core::RedlineColours c = coloursFor(option->palette);
        switch (kind) {
        case ObligationChange::Kind::Added:
            option->backgroundBrush = QColor::fromString(c.insertedBackground);
            break;
        case ObligationChange::Kind::Removed:
            option->backgroundBrush = QColor::fromString(c.deletedBackground);
            option->font.setStrikeOut(index.column() == core::RedlineObligationModel::ObligationColumn);
            break;
        case ObligationChange::Kind::Changed:
            option->font.setBold(index.column() == core::RedlineObligationModel::ChangeColumn
                                 || index.column() == core::RedlineObligationModel::NotesColumn);
            break;
        case ObligationChange::Kind::Unchanged:
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            break;
        }
    }
};

} // namespace

RedlineView::RedlineView(core::Database &db, bool restoreSettings, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_restoreSettings(restoreSettings)
{
    setObjectName(QStringLiteral("redlineView"));
    createControls();
    if (m_restoreSettings) {
        const core::Settings settings;
        const QString languages = settings.redlineLanguages(QStringLiteral("both"));
        setLanguages(languages != QLatin1StringView("zh"), languages != QLatin1StringView("en"));
        setSideBySide(settings.redlineLayout() != QLatin1StringView("inline"));
        setOnlyChanges(settings.redlineOnlyChanges());
    }
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        const core::Entities touched = core::entitiesIn(changes);
        if (touched
            & (core::Entities(core::Entity::Development) | core::Entity::Obligation | core::Entity::Assessment
               | core::Entity::Company | core::Entity::Authority | core::Entity::Vocabulary)) {
            refresh();
        }
    });
    retranslate();
}

RedlineView::~RedlineView()
{
    m_db.disconnect(this);
}

void RedlineView::createControls()
{
    m_layoutLabel = new QLabel(this);
    m_sideBySide = new QRadioButton(this);
    m_sideBySide->setObjectName(QStringLiteral("redlineSideBySide"));
    m_sideBySide->setChecked(true);
    m_inline = new QRadioButton(this);
    m_inline->setObjectName(QStringLiteral("redlineInline"));
    auto *layoutGroup = new QButtonGroup(this);
    layoutGroup->addButton(m_sideBySide);
    layoutGroup->addButton(m_inline);

    m_languagesLabel = new QLabel(this);
    // Actions, not button shortcuts: a shortcut acts at once, however fast the keys come.
    auto *languageGroup = new QActionGroup(this);
    const auto action = [this](const char *name, const QKeySequence &shortcut) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut); // the redline has a window of its own
        addAction(a);
        return a;
    };
    const auto button = [this](QAction *a) {
        auto *b = new QToolButton(this);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        return b;
    };
    m_english = action("redlineEnglish", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    m_chinese = action("redlineChinese", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    m_both = action("redlineBoth", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    for (QAction *language : {m_english, m_chinese, m_both}) {
        language->setCheckable(true);
        languageGroup->addAction(language);
    }
    m_both->setChecked(true);

    m_onlyChanges = new QCheckBox(this);
    m_onlyChanges->setObjectName(QStringLiteral("redlineOnlyChanges"));
    m_previous = action("redlinePrevious", QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next = action("redlineNext", QKeySequence(Qt::Key_F8));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    QToolButton *previous = button(m_previous);
    QToolButton *next = button(m_next);
    for (QToolButton *b : {previous, next}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(false);
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_layoutLabel);
    bar->addWidget(m_sideBySide);
    bar->addWidget(m_inline);
    bar->addSpacing(16);
    bar->addWidget(m_languagesLabel);
    bar->addWidget(button(m_english));
    bar->addWidget(button(m_chinese));
    bar->addWidget(button(m_both));
    bar->addSpacing(16);
    bar->addWidget(m_onlyChanges);
    bar->addStretch(1);
    bar->addWidget(previous);
    bar->addWidget(next);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("redlineText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);

    m_model = new core::RedlineObligationModel(this);
    m_obligations = new QTableView(this);
    m_obligations->setObjectName(QStringLiteral("redlineObligations"));
    m_obligations->setModel(m_model);
    m_obligations->setItemDelegate(new ChangeDelegate(m_obligations));
    m_obligations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_obligations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_obligations->setWordWrap(true);
    m_obligations->verticalHeader()->hide();
    // Rows as tall as their wrapped text at the columns' widths, whatever the window's size.
    m_obligations->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_obligations->horizontalHeader();
    header->setSectionResizeMode(core::RedlineObligationModel::ChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(core::RedlineObligationModel::PlaceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(core::RedlineObligationModel::ObligationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(core::RedlineObligationModel::NotesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(core::RedlineObligationModel::CompaniesColumn,
                                 QHeaderView::ResizeToContents);
    connect(m_obligations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_rendering) {
                    scrollTo(current.data(core::RedlineObligationModel::AnchorRole).toString());
                }
            });

    m_companyScroll = new QScrollArea(this);
    m_companyScroll->setObjectName(QStringLiteral("redlineCompanies"));
    m_companyScroll->setWidgetResizable(true);
    m_companyScroll->setFrameShape(QFrame::NoFrame);

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("redlineDetails"));
    m_details->addTab(m_obligations, QString());
    m_details->addTab(m_companyScroll, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({650, 300});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    const auto choiceChanged = [this] {
        if (!m_rendering) {
            render();
            rememberChoices();
        }
    };
    connect(layoutGroup, &QButtonGroup::buttonToggled, this, [choiceChanged](QAbstractButton *, bool on) {
        if (on) {
            choiceChanged();
        }
    });
    connect(languageGroup, &QActionGroup::triggered, this, choiceChanged);
    connect(m_onlyChanges, &QCheckBox::toggled, this, [this, choiceChanged](bool only) {
        m_model->setOnlyChanges(only);
        choiceChanged();
    });
    connect(m_previous, &QAction::triggered, this, &RedlineView::previousChange);
    connect(m_next, &QAction::triggered, this, &RedlineView::nextChange);
}

void RedlineView::retranslate()
{
    m_layoutLabel->setText(tr("Show:"));
    m_text->setAccessibleName(tr("Compared text"));
    m_obligations->setAccessibleName(tr("Obligations compared"));
    m_sideBySide->setText(tr("&Side by side"));
    m_sideBySide->setToolTip(
        tr("The earlier text with its deletions beside the later text with its insertions"));
    m_inline->setText(tr("&Inline"));
    m_inline->setToolTip(tr("One text with the deletions struck through and the insertions underlined"));
    m_languagesLabel->setText(tr("Languages:"));
    m_english->setText(tr("English"));
    m_chinese->setText(tr("Chinese"));
    m_both->setText(tr("Both"));
    for (QAction *language : {m_english, m_chinese, m_both}) {
        language->setToolTip(
            tr("%1 (%2)").arg(language->text(), language->shortcut().toString(QKeySequence::NativeText)));
    }
    m_onlyChanges->setText(tr("&Only obligations that changed"));
    m_previous->setText(tr("Previous change"));
    m_previous->setToolTip(
        tr("Go to the previous change (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setText(tr("Next change"));
    m_next->setToolTip(
        tr("Go to the next change (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_model->retranslate();
    render();
    fillCompanies();
}

void RedlineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void RedlineView::setVersions(const core::Development &earlier, const core::Development &later)
{
    m_earlier = earlier;
    m_later = later;
    m_anchor = -1;
    refresh();
    m_text->verticalScrollBar()->setValue(0);
}

void RedlineView::refresh()
{
    // A stored version is read again: it may have changed since (the view follows the database).
    core::VersionHistory history(m_db);
    for (core::Development *version : {&m_earlier, &m_later}) {
        if (version->id != 0 && version->version != 0) {
            try {
                const core::Development stored = history.load(version->id);
                if (stored.version != version->version) {
                    *version = stored;
                }
            } catch (const core::Error &) {
                version->id = 0; // deleted meanwhile: shown as it was
            }
        }
    }
    m_names.load(m_db);
    m_redline = core::Redline::compare(m_earlier, m_later);
    m_companies = core::RedlineImpact::of(m_db, m_redline);
    m_model->setRedline(m_redline, m_companies, m_names);
    render();
    fillCompanies();
}

core::Language RedlineView::namesLanguage() const
{
    if (m_chinese->isChecked()) {
        return core::Language::Chinese;
    }
    if (m_english->isChecked()) {
        return core::Language::English;
    }
    return QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English;
}

core::RedlineHtmlOptions RedlineView::viewOptions() const
{
    core::RedlineHtmlOptions options;
    options.sideBySide = m_sideBySide->isChecked();
    options.english = !m_chinese->isChecked();
    options.chinese = !m_english->isChecked();
    options.onlyChanges = m_onlyChanges->isChecked();
    options.names = namesLanguage();
    options.colours = coloursFor(m_text->palette());
    return options;
}

core::RedlineHtmlOptions RedlineView::exportOptions() const
{
    core::RedlineHtmlOptions options = viewOptions();
    options.colours = core::RedlineColours();
    options.companies = true;
    return options;
}

void RedlineView::render()
{
    if (m_redline.earlier.uid.isEmpty() && m_redline.later.uid.isEmpty()) {
        return;
    }
    m_rendering = true;
    const int scroll = m_text->verticalScrollBar()->value();
    const core::RedlineHtmlOptions options = viewOptions();
    m_text->setHtml(core::RedlineHtml::write(m_redline, {}, m_names, options));
    m_text->verticalScrollBar()->setValue(scroll);
    m_anchors = core::RedlineHtml::changeAnchors(m_redline, options);
    m_model->setLanguage(options.names);
    m_previous->setEnabled(!m_anchors.isEmpty());
    m_next->setEnabled(!m_anchors.isEmpty());
    m_details->setTabText(
        0,
        tr("Obligation changes (%1)")
            .arg(m_redline.obligations.size() - m_redline.count(ObligationChange::Kind::Unchanged)));
    m_rendering = false;
}

void RedlineView::fillCompanies()
{
    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("redlineCompanyList"));
    auto *layout = new QVBoxLayout(list);
    const bool stored = m_later.id != 0;
    int flagged = 0;
    const core::Language language = namesLanguage();
    for (const core::CompanyImpact &company : std::as_const(m_companies)) {
        flagged += company.flagged();
        auto *frame = new QFrame(list);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        auto *head = new QHBoxLayout;
        int added = 0;
        for (const core::AffectedRow &row : company.rows) {
            added += row.effect == core::AffectedRow::Effect::NewRow ? 1 : 0;
        }
        auto *title = new QLabel(frame);
        title->setTextFormat(Qt::RichText);
        title->setText(QStringLiteral("<b>%1</b> — %2")
                           .arg(company.company.name.preferring(language).toHtmlEscaped(),
                                tr("%n row(s) flagged for re-review", nullptr, company.flagged())
                                    + (added > 0 ? tr(", %n new", nullptr, added) : QString())));
        head->addWidget(title, 1);
        if (stored) {
            auto *open = new QPushButton(tr("Open in the checklist"), frame);
            open->setObjectName(QStringLiteral("openChecklist_") + company.company.uid);
            open->setToolTip(tr("Show %1's checklist rows of this version")
                                 .arg(company.company.name.preferring(language)));
            const qint64 companyId = company.company.id;
            connect(open, &QPushButton::clicked, this,
                    [this, companyId] { Q_EMIT checklistRequested(companyId, m_later.id); });
            head->addWidget(open);
        }
        box->addLayout(head);
        QString rows = QStringLiteral("<ul style=\"margin:0\">");
        for (const core::AffectedRow &row : company.rows) {
            rows += core::RedlineHtml::affectedRow(m_redline, row, m_names, language,
                                                   palette().color(QPalette::PlaceholderText).name());
        }
        auto *lines = new QLabel(rows + QStringLiteral("</ul>"), frame);
        lines->setTextFormat(Qt::RichText);
        lines->setWordWrap(true);
        lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->addWidget(lines);
        layout->addWidget(frame);
    }
    if (m_companies.isEmpty()) {
        auto *none = new QLabel(tr("No company's checklist has rows these changes touch."), list);
        none->setWordWrap(true);
        layout->addWidget(none);
    } else if (!stored) {
        auto *note = new QLabel(tr("The later version is not stored yet: these rows are flagged when it is "
                                   "imported and linked to the earlier one."),
                                list);
        note->setWordWrap(true);
        layout->insertWidget(0, note);
    }
    layout->addStretch(1);
    m_companyScroll->setWidget(list); // deletes the previous list
    m_companyList = list;
    m_details->setTabText(1, tr("Affected checklists (%1)").arg(flagged));
}

void RedlineView::scrollTo(const QString &anchor)
{
    if (anchor.isEmpty()) {
        return;
    }
    m_text->scrollToAnchor(anchor);
    const qsizetype at = m_anchors.indexOf(anchor);
    if (at >= 0) {
        m_anchor = int(at);
    }
}

void RedlineView::goToChange(int step)
{
    if (m_anchors.isEmpty()) {
        return;
    }
    const int count = int(m_anchors.size());
    m_anchor = m_anchor < 0 ? (step > 0 ? 0 : count - 1) : (m_anchor + step + count) % count;
    const QString anchor = m_anchors.at(m_anchor);
    m_text->scrollToAnchor(anchor);
    // An obligation's change is selected in the table too.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(core::RedlineObligationModel::AnchorRole).toString() == anchor) {
            m_rendering = true;
            m_obligations->setCurrentIndex(index);
            m_rendering = false;
            break;
        }
    }
}

void RedlineView::nextChange()
{
    goToChange(1);
}

void RedlineView::previousChange()
{
    goToChange(-1);
}

void RedlineView::focusObligation(qint64 obligationId)
{
    for (qsizetype i = 0; i < m_redline.obligations.size(); ++i) {
        const ObligationChange &c = m_redline.obligations.at(i);
        if ((c.earlier && c.earlier->id == obligationId) || (c.later && c.later->id == obligationId)) {
            const int row = m_model->rowOf(i);
            if (row >= 0) {
                m_obligations->setCurrentIndex(m_model->index(row, 0));
            }
            const QString anchor = core::RedlineHtml::obligationAnchor(i);
            // Once laid out: the document has its height only then.
            QTimer::singleShot(0, this, [this, anchor] { scrollTo(anchor); });
            return;
        }
    }
}

void RedlineView::setSideBySide(bool sideBySide)
{
    (sideBySide ? m_sideBySide : m_inline)->setChecked(true);
}

bool RedlineView::isSideBySide() const
{
    return m_sideBySide->isChecked();
}

void RedlineView::setLanguages(bool english, bool chinese)
{
    (english && chinese ? m_both : chinese ? m_chinese : m_english)->setChecked(true);
    render();
}

void RedlineView::setOnlyChanges(bool only)
{
    m_onlyChanges->setChecked(only);
}

void RedlineView::rememberChoices() const
{
    if (!m_restoreSettings) {
        return;
    }
    core::Settings settings;
    settings.setRedlineLayout(m_sideBySide->isChecked() ? QStringLiteral("side") : QStringLiteral("inline"));
    settings.setRedlineLanguages(m_both->isChecked()          ? QStringLiteral("both")
                                     : m_chinese->isChecked() ? QStringLiteral("zh")
                                                              : QStringLiteral("en"));
    settings.setRedlineOnlyChanges(m_onlyChanges->isChecked());
}

} // namespace rt::ui
