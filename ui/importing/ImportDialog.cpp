// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Database.h"
#include "DateText.h"
#include "Error.h"
#include "ExchangeImporter.h"
#include "FormSupport.h"
#include "ImportAuthorityDialog.h"
#include "ImportReviewDelegate.h"
#include "ImportReviewModel.h"
#include "InputFile.h"
#include "ReferenceNames.h"
#include "Settings.h"
#include "TextDecoding.h"
#include "WorkProgress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace rt::ui {

namespace {

using core::ImportFormat;
using core::ImportReviewModel;

// The year spin box's lowest value stands for “from the file”.
constexpr int yearFromFile = 1990;

// A colour per detected field, of middle lightness like the views' kind colours; blended into the text's
// background so that the text stays readable in light and dark palettes.
QColor fieldColour(const QString &field)
{
    static const QHash<QString, QColor> colours{
        {QString::fromUtf16(core::ImportField::Heading), QColor(0x8e, 0x8c, 0x99)},
        {QString::fromUtf16(core::ImportField::Title), QColor(0x4e, 0x79, 0xa7)},
        {QString::fromUtf16(core::ImportField::DocumentTitle), QColor(0xb0, 0x7a, 0xa1)},
        {QString::fromUtf16(core::ImportField::Authority), QColor(0xe1, 0x57, 0x59)},
        {QString::fromUtf16(core::ImportField::LocalAuthority), QColor(0xff, 0x9d, 0xa7)},
        {QString::fromUtf16(core::ImportField::Announced), QColor(0x59, 0xa1, 0x4f)},
        {QString::fromUtf16(core::ImportField::CommentDeadline), QColor(0xed, 0xc9, 0x48)},
        {QString::fromUtf16(core::ImportField::Effective), QColor(0x3f, 0xa8, 0xa0)},
        {QString::fromUtf16(core::ImportField::Kind), QColor(0x9c, 0x75, 0x5f)},
        {QString::fromUtf16(core::ImportField::Stage), QColor(0x76, 0xb7, 0xb2)},
        {QString::fromUtf16(core::ImportField::Topic), QColor(0x8c, 0xd1, 0x7d)},
        {QString::fromUtf16(core::ImportField::Penalty), QColor(0xf2, 0x8e, 0x2b)},
        {QString::fromUtf16(core::ImportField::Obligation), QColor(0xf1, 0xce, 0x63)},
        {QString::fromUtf16(core::ImportField::Link), QColor(0x4e, 0x79, 0xa7)},
    };
    return colours.value(field, QColor(0x8e, 0x8c, 0x99));
}

QColor blend(const QColor &colour, const QColor &base, double amount)
{
    return QColor::fromRgbF(float(colour.redF() * amount + base.redF() * (1 - amount)),
                            float(colour.greenF() * amount + base.greenF() * (1 - amount)),
                            float(colour.blueF() * amount + base.blueF() * (1 - amount)));
}

QColor spanBackground(const QString &field, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    // Obligation sentences are long: a lighter wash, so that the values inside them still stand out.
    const bool sentence = field == QString::fromUtf16(core::ImportField::Obligation);
    return blend(fieldColour(field), base, dark ? (sentence ? 0.22 : 0.45) : (sentence ? 0.21 : 0.35));
}

// Listed in the legend in this order.
QStringList legendFields()
{
    using namespace core::ImportField;
    QStringList fields;
    for (const char16_t *field :
         {Heading, Title, DocumentTitle, Authority, LocalAuthority, Announced, CommentDeadline, Effective,
          Kind, Stage, Topic, Penalty, Obligation, Link}) {
        fields.append(QString::fromUtf16(field));
    }
    return fields;
}

QString fieldName(const QString &field)
{
    using namespace core::ImportField;
    static const QHash<QString, const char *> names{
        {QString::fromUtf16(Heading), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Heading")},
        {QString::fromUtf16(Title), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Title")},
        {QString::fromUtf16(DocumentTitle), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Document title")},
        {QString::fromUtf16(Authority), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Issuer")},
        {QString::fromUtf16(LocalAuthority), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Local issuer")},
        {QString::fromUtf16(Announced), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Announced")},
        {QString::fromUtf16(CommentDeadline), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Comments by")},
        {QString::fromUtf16(Effective), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Effective")},
        {QString::fromUtf16(Kind), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Kind")},
        {QString::fromUtf16(Stage), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Stage")},
        {QString::fromUtf16(Topic), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Topic")},
        {QString::fromUtf16(Penalty), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Penalty")},
        {QString::fromUtf16(Obligation), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Obligation")},
        {QString::fromUtf16(Link), QT_TRANSLATE_NOOP("rt::ui::ImportDialog", "Link")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate("rt::ui::ImportDialog", name) : field;
}

} // namespace

ImportDialog::ImportDialog(core::Database &db, const QString &path, bool restoreSettings, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
    , m_restoreSettings(restoreSettings)
    , m_language(QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English)
    , m_names(std::make_unique<core::ReferenceNames>())
{
    setObjectName(QStringLiteral("importDialog"));
    setSizeGripEnabled(true);
    m_names->load(m_db);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (ImportFormat f :
         {ImportFormat::Auto, ImportFormat::Newsletter, ImportFormat::Feed, ImportFormat::Csv}) {
        m_format->addItem(QString(), int(f));
    }
    m_formatLabel->setBuddy(m_format);
    m_sourceLabel = new QLabel(this);
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setClearButtonEnabled(true);
    m_sourceLabel->setBuddy(m_source);
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("importYear"));
    m_year->setRange(yearFromFile, 2100);
    m_year->setValue(yearFromFile);
    m_yearLabel->setBuddy(m_year);
    m_rereadTimer = new QTimer(this);
    m_rereadTimer->setSingleShot(true);
    m_rereadTimer->setInterval(400);
    connect(m_rereadTimer, &QTimer::timeout, this, &ImportDialog::reread);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        if (m_source->isModified()) {
            m_source->setModified(false);
            reread();
        }
    });
    connect(m_year, &QSpinBox::valueChanged, m_rereadTimer, qOverload<>(&QTimer::start));

    auto *options = new QHBoxLayout;
    options->addWidget(m_formatLabel);
    options->addWidget(m_format);
    options->addSpacing(12);
    options->addWidget(m_sourceLabel);
    options->addWidget(m_source, 1);
    options->addSpacing(12);
    options->addWidget(m_yearLabel);
    options->addWidget(m_year);

    m_stack = new QStackedWidget(this);
    createMappingPage();
    createReviewPage();
    createAssessmentsPage();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_summary);

    m_problems = createProblemsLabel(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_primary = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("importPrimary"));
    m_primary->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    // The primary button's work decides when the dialog closes, not the button box.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_primary, &QPushButton::clicked, this, &ImportDialog::primaryClicked);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Mapping); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(options);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    retranslate();
    resize(1200, 760);
    if (m_restoreSettings) {
        const core::Settings settings;
        restoreGeometry(settings.layout(core::Settings::Layout::ImportDialogGeometry));
        m_splitter->restoreState(settings.layout(core::Settings::Layout::ImportDialogSplitter));
        m_tree->header()->restoreState(settings.layout(core::Settings::Layout::ImportDialogHeader));
    }
    showPage(Page::Review);
    if (!m_path.isEmpty()) {
        reread();
    }
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::createReviewPage()
{
    auto *page = new QWidget(this);
    m_model = new ImportReviewModel(this);
    m_model->setReferenceNames(*m_names);
    m_model->setLanguage(m_language);
    m_tree = new QTreeView(page);
    m_tree->setObjectName(QStringLiteral("importReview"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ImportReviewDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->installEventFilter(this);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    const QList<std::pair<int, int>> widths{
        {ImportReviewModel::NumberColumn, 64},          {ImportReviewModel::TitleColumn, 320},
        {ImportReviewModel::AuthoritiesColumn, 110},    {ImportReviewModel::AnnouncedColumn, 90},
        {ImportReviewModel::CommentDeadlineColumn, 90}, {ImportReviewModel::EffectiveColumn, 90},
        {ImportReviewModel::KindColumn, 120},           {ImportReviewModel::StageColumn, 110},
        {ImportReviewModel::TopicsColumn, 140},         {ImportReviewModel::ParametersColumn, 140},
        {ImportReviewModel::ConfidenceColumn, 80},      {ImportReviewModel::StatusColumn, 150},
        {ImportReviewModel::WarningsColumn, 70}};
    for (const auto &[column, width] : widths) {
        m_tree->setColumnWidth(column, width);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportDialog::currentChanged);
    connect(m_model, &ImportReviewModel::selectionCountChanged, this, &ImportDialog::updateCount);
    connect(m_model, &ImportReviewModel::editRefused, this, [this](const QString &message) {
        m_problems->setText(message);
        m_problems->show();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (m_model->itemRow(from) == m_shownItem) {
            showItem(m_shownItem);
        }
    });

    m_selectAll = new QPushButton(page);
    m_selectAll->setObjectName(QStringLiteral("importSelectAll"));
    m_selectNone = new QPushButton(page);
    m_selectNone->setObjectName(QStringLiteral("importSelectNone"));
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("importCount"));
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_model->setAllSelected(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_model->setAllSelected(false); });

    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_selectAll);
    selection->addWidget(m_selectNone);
    selection->addSpacing(12);
    selection->addWidget(m_count, 1);
    leftLayout->addLayout(selection);

    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceHeading = new QLabel(right);
    m_sourceText = new QTextBrowser(right);
    m_sourceText->setObjectName(QStringLiteral("importSourceText"));
    m_sourceText->setOpenLinks(false);
    m_legend = new QLabel(right);
    m_legend->setObjectName(QStringLiteral("importLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_warnings = new QLabel(right);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authorityButtons = new QVBoxLayout;
    rightLayout->addWidget(m_sourceHeading);
    rightLayout->addWidget(m_sourceText, 1);
    rightLayout->addWidget(m_legend);
    rightLayout->addWidget(m_warnings);
    rightLayout->addLayout(m_authorityButtons);

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("importSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_stack->addWidget(page); // Page::Review is at index 1, after the mapping page
}

void ImportDialog::createMappingPage()
{
    auto *page = new QWidget(this);
    m_mappingIntro = new QLabel(page);
    m_mappingIntro->setWordWrap(true);
    m_contentLabel = new QLabel(page);
    m_content = new QComboBox(page);
    m_content->setObjectName(QStringLiteral("csvContent"));
    m_content->addItem(QString(), int(core::CsvContent::Developments));
    m_content->addItem(QString(), int(core::CsvContent::Assessments));
    m_contentLabel->setBuddy(m_content);
    connect(m_content, &QComboBox::currentIndexChanged, this, [this] {
        if (m_csv) {
            m_mappingCombos.clear();
            fillMapping();
        }
    });
    m_mappingRows = new QWidget(page);
    m_mappingRows->setObjectName(QStringLiteral("csvMapping"));
    new QGridLayout(m_mappingRows);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();

    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(m_contentLabel);
    contentRow->addWidget(m_content);
    contentRow->addStretch(1);
    auto *mapping = new QVBoxLayout;
    mapping->addLayout(contentRow);
    mapping->addWidget(m_mappingRows);
    mapping->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(mapping);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mappingIntro);
    layout->addLayout(columns, 1);
    m_stack->addWidget(page);
}

void ImportDialog::createAssessmentsPage()
{
    auto *page = new QWidget(this);
    m_assessmentsIntro = new QLabel(page);
    m_assessmentsIntro->setWordWrap(true);
    m_assessments = new QTableWidget(page);
    m_assessments->setObjectName(QStringLiteral("csvAssessments"));
    m_assessments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assessments->setColumnCount(8);
    m_assessments->verticalHeader()->hide();
    m_assessments->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_assessmentsIntro);
    layout->addWidget(m_assessments, 1);
    m_stack->addWidget(page);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import"));
    m_fileLabel->setText(m_path.isEmpty() ? QString() : tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("Automatic"));
    m_format->setItemText(1, tr("Newsletter"));
    m_format->setItemText(2, tr("Feed (RSS or Atom)"));
    m_format->setItemText(3, tr("CSV"));
    m_sourceLabel->setText(tr("&Source:"));
    m_source->setPlaceholderText(tr("Publication name, from the file when empty"));
    m_yearLabel->setText(tr("Issue &year:"));
    m_year->setSpecialValueText(tr("From the file"));
    m_mappingIntro->setText(tr("Say which column of the file holds each field. Fields marked * are needed."));
    m_contentLabel->setText(tr("The file &holds:"));
    m_content->setItemText(0, tr("Developments"));
    m_content->setItemText(1, tr("Assessments (status updates of checklists)"));
    m_assessmentsIntro->setText(
        tr("Each row updates one company's assessment of one obligation; empty cells leave a field as it "
           "is."));
    m_assessments->setHorizontalHeaderLabels({tr("Line"), tr("Company"), tr("Obligation"), tr("Status"),
                                              tr("Result"), tr("Owner"), tr("Due"), tr("Notes")});
    m_selectAll->setText(tr("Select &all"));
    m_selectNone->setText(tr("Select &none"));
    m_sourceHeading->setText(tr("Source text"));
    m_back->setText(tr("&Back"));
    m_model->retranslate();
    if (m_csv) {
        fillMapping();
    }
    showPage(page());
    updateCount();
    showItem(m_shownItem);
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::done(int result)
{
    if (m_busy) {
        return; // the progress dialog's Cancel is the way out of a running import
    }
    if (m_restoreSettings) {
        core::Settings settings;
        settings.setLayout(core::Settings::Layout::ImportDialogGeometry, saveGeometry());
        settings.setLayout(core::Settings::Layout::ImportDialogSplitter, m_splitter->saveState());
        settings.setLayout(core::Settings::Layout::ImportDialogHeader, m_tree->header()->saveState());
    }
    QDialog::done(result);
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid()) {
            m_model->toggle(current);
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

// --- choosing and reading -------------------------------------------------------------------------------

QString ImportDialog::chooseFile(QWidget *parent)
{
    const QStringList filters{tr("Importable files (*.txt *.xml *.rss *.atom *.csv *.json)"),
                              tr("Newsletters (*.txt)"),
                              tr("Feeds (*.xml *.rss *.atom)"),
                              tr("CSV files (*.csv)"),
                              tr("RegTracker exchange files (*.json)"),
                              tr("All files (*)")};
    core::Settings settings;
    const QString directory = settings.folder(core::Settings::Folder::Import);
    const int lastFilter = std::clamp(settings.importFilter(), 0, int(filters.size()) - 1);
    QString selected = filters.at(lastFilter);
    const QString file = QFileDialog::getOpenFileName(parent, tr("Import"), directory,
                                                      filters.join(QStringLiteral(";;")), &selected);
    if (!file.isEmpty()) {
        settings.setFolder(core::Settings::Folder::Import, QFileInfo(file).absolutePath());
        settings.setImportFilter(std::max(0, int(filters.indexOf(selected))));
    }
    return file;
}

bool ImportDialog::importExchangeFile(core::Database &db, const QString &path, QWidget *parent)
{
    const QString name = QFileInfo(path).fileName();
    std::optional<WorkProgress> progress;
    try {
        progress.emplace(parent, tr("Checking %1…").arg(name));
        const core::ImportSummary counts
            = core::ExchangeImporter(db).importFile(path, true, progress->callback());
        progress.reset();
        const auto answer = QMessageBox::question(
            parent, tr("Import exchange file"),
            tr("%1 would add %2 developments and update %3, with %4 obligations; %5 authorities, %6 "
               "companies and %7 assessments. An import cannot be undone. Import it?")
                .arg(name)
                .arg(counts.developmentsAdded)
                .arg(counts.developmentsUpdated)
                .arg(counts.obligations)
                .arg(counts.authorities)
                .arg(counts.companies)
                .arg(counts.assessments),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        progress.emplace(parent, tr("Importing %1…").arg(name));
        const core::ImportSummary summary
            = core::ExchangeImporter(db).importFile(path, false, progress->callback());
        progress.reset();
        QMessageBox::information(parent, tr("Import finished"),
                                 tr("%1 developments added, %2 updated; %3 companies and %4 assessments "
                                    "imported.")
                                     .arg(summary.developmentsAdded)
                                     .arg(summary.developmentsUpdated)
                                     .arg(summary.companies)
                                     .arg(summary.assessments));
        return true;
    } catch (const core::Error &error) {
        const bool cancelled = progress && progress->cancelled();
        progress.reset(); // the window goes with it
        if (!cancelled) {
            QMessageBox::warning(parent, tr("Nothing was imported"), error.message());
        }
        return false;
    }
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions options;
    options.format = ImportFormat(m_format->currentData().toInt());
    options.sourceName = m_source->text().trimmed();
    options.year = m_year->value() == yearFromFile ? 0 : m_year->value();
    return options;
}

core::ImportFormat ImportDialog::effectiveFormat() const
{
    const auto chosen = ImportFormat(m_format->currentData().toInt());
    if (chosen != ImportFormat::Auto) {
        return chosen;
    }
    // Never blocks on a pipe or reads a device: InputFile refuses both.
    return core::ImportService::detectFormat(m_path, core::InputFile::head(m_path, 512));
}

void ImportDialog::showError(const QString &message)
{
    m_problems->setText(message);
    m_problems->setVisible(!message.isEmpty());
}

void ImportDialog::reread()
{
    if (m_path.isEmpty()) {
        return;
    }
    m_rereadTimer->stop();
    showError(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const ImportFormat format = effectiveFormat();
        if (format == ImportFormat::Csv) {
            m_csv = core::CsvReader::parse(core::TextDecoding::readFile(m_path).text,
                                           QFileInfo(m_path).fileName());
            m_mappingCombos.clear();
            const core::CsvColumnMapping guessed = core::CsvColumnMapping::guess(m_csv->header);
            {
                const QSignalBlocker blocker(m_content);
                m_content->setCurrentIndex(m_content->findData(int(guessed.content)));
            }
            fillMapping();
            m_model->setBatch({});
            showPage(Page::Mapping);
        } else if (format == ImportFormat::Json) {
            m_csv.reset();
            m_model->setBatch({});
            showError(tr("%1 is an exchange file: import it from File → Import… without choosing a format.")
                          .arg(QFileInfo(m_path).fileName()));
        } else {
            m_csv.reset();
            core::ImportService service(m_db);
            review(service.read(m_path, options()));
        }
    } catch (const core::Error &error) {
        m_model->setBatch({});
        showError(error.message());
    }
    QApplication::restoreOverrideCursor();
    showPage(page());
}

void ImportDialog::review(core::ImportBatch batch)
{
    core::ImportService(m_db).reconcile(batch);
    const int keep = std::max(m_shownItem, 0);
    for (const QString &warning : std::as_const(batch.warnings)) {
        m_problems->setText((m_problems->text().isEmpty() ? QString() : m_problems->text() + u'\n')
                            + warning);
        m_problems->show();
    }
    m_shownItem = -1;
    m_model->setBatch(std::move(batch));
    showPage(Page::Review);
    if (m_model->rowCount() > 0) {
        selectItem(std::min(keep, m_model->rowCount() - 1));
    } else {
        showItem(-1);
    }
}

// --- CSV column mapping ----------------------------------------------------------------------------------

void ImportDialog::fillMapping()
{
    if (!m_csv) {
        return;
    }
    const auto content = core::CsvContent(m_content->currentData().toInt());
    // Keep what the user chose across a retranslation; otherwise start from the guess.
    QHash<QString, int> chosen;
    if (!m_mappingCombos.isEmpty()) {
        chosen = currentMapping().columns;
    } else {
        core::CsvColumnMapping guessed = core::CsvColumnMapping::guess(m_csv->header);
        if (guessed.content == content) {
            chosen = guessed.columns;
        } else {
            // The guess for the other content: take the columns of the fields this content has too.
            const QStringList fields = core::CsvColumnMapping::fields(content);
            for (auto it = guessed.columns.cbegin(); it != guessed.columns.cend(); ++it) {
                if (fields.contains(it.key())) {
                    chosen.insert(it.key(), it.value());
                }
            }
        }
    }
    auto *grid = static_cast<QGridLayout *>(m_mappingRows->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_mappingCombos.clear();
    QStringList required;
    for (const QString &requirement : core::CsvColumnMapping::requiredFields(content)) {
        required.append(requirement.split(u'|'));
    }
    int row = 0;
    for (const QString &field : core::CsvColumnMapping::fields(content)) {
        auto *label = new QLabel(core::CsvColumnMapping::fieldLabel(field)
                                     + (required.contains(field) ? QStringLiteral(" *") : QString()),
                                 m_mappingRows);
        auto *combo = new QComboBox(m_mappingRows);
        combo->setObjectName(QStringLiteral("csvColumn_") + field);
        combo->addItem(tr("(not in file)"), -1);
        for (int c = 0; c < m_csv->header.size(); ++c) {
            combo->addItem(m_csv->header.at(c), c);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen.value(field, -1))));
        label->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        m_mappingCombos.append({field, combo});
        ++row;
    }
    m_preview->clear();
    m_preview->setColumnCount(int(m_csv->header.size()));
    m_preview->setHorizontalHeaderLabels(m_csv->header);
    const int shown = int(std::min<qsizetype>(m_csv->rows.size(), 50));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        for (int c = 0; c < m_csv->rows.at(r).size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(m_csv->rows.at(r).at(c)));
        }
    }
    mappingChanged();
}

core::CsvColumnMapping ImportDialog::currentMapping() const
{
    core::CsvColumnMapping mapping;
    mapping.content = core::CsvContent(m_content->currentData().toInt());
    for (const auto &[field, combo] : m_mappingCombos) {
        const int column = combo->currentData().toInt();
        if (column >= 0) {
            mapping.columns.insert(field, column);
        }
    }
    return mapping;
}

void ImportDialog::mappingChanged()
{
    const QStringList problems = currentMapping().problems();
    showError(problems.join(u'\n'));
    m_primary->setEnabled(problems.isEmpty());
}

void ImportDialog::next()
{
    if (!m_csv) {
        return;
    }
    const core::CsvColumnMapping mapping = currentMapping();
    const QString fileName = QFileInfo(m_path).fileName();
    showError(QString());
    try {
        if (mapping.content == core::CsvContent::Assessments) {
            m_assessmentRows = core::AssessmentImport(m_db).rows(*m_csv, mapping, fileName);
            m_assessments->setRowCount(int(m_assessmentRows.size()));
            const QLocale locale;
            for (int r = 0; r < m_assessmentRows.size(); ++r) {
                const core::AssessmentImportRow &row = m_assessmentRows.at(r);
                const core::AssessmentEdit &e = row.edit;
                const QStringList cells{
                    locale.toString(row.line),
                    row.company,
                    row.obligationUid,
                    e.status ? core::Vocabulary::label(*e.status) : QString(),
                    e.result ? core::Vocabulary::label(*e.result) : QString(),
                    e.owner.value_or(QString()),
                    e.due ? (e.due->isValid() ? core::DateText::table(*e.due) : tr("(cleared)")) : QString(),
                    e.notes.value_or(QString())};
                for (int c = 0; c < cells.size(); ++c) {
                    m_assessments->setItem(r, c, new QTableWidgetItem(cells.at(c)));
                }
            }
            m_assessments->resizeColumnsToContents();
            showPage(Page::Assessments);
        } else {
            review(core::CsvImport::developments(*m_csv, mapping, fileName, m_names->authorities()));
        }
    } catch (const core::Error &error) {
        showError(error.message());
    }
}

// --- review ----------------------------------------------------------------------------------------------

ImportDialog::Page ImportDialog::page() const
{
    return Page(m_stack->currentIndex());
}

void ImportDialog::showPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
    m_back->setVisible(m_csv.has_value() && (page == Page::Review || page == Page::Assessments));
    m_cancel->setVisible(page != Page::Done);
    for (QWidget *option : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_source),
                            static_cast<QWidget *>(m_year)}) {
        option->setEnabled(page != Page::Done && !m_path.isEmpty());
    }
    switch (page) {
    case Page::Mapping:
        m_primary->setText(tr("&Next"));
        if (m_csv) {
            mappingChanged();
        }
        break;
    case Page::Review:
        m_primary->setText(tr("&Import"));
        m_primary->setEnabled(m_model->selectedCount() > 0);
        break;
    case Page::Assessments:
        m_primary->setText(tr("&Apply"));
        m_primary->setEnabled(!m_assessmentRows.isEmpty());
        break;
    case Page::Done:
        m_primary->setText(tr("&Close"));
        m_primary->setEnabled(true);
        break;
    }
}

void ImportDialog::selectItem(int row)
{
    const QModelIndex index = m_model->index(row, ImportReviewModel::TitleColumn);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index.siblingAtColumn(ImportReviewModel::NumberColumn));
    }
}

void ImportDialog::currentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const int row = m_model->itemRow(current);
    if (row != m_shownItem) {
        showItem(row);
    }
    // An obligation's row: its sentence in view.
    const int obligation = current.data(ImportReviewModel::ObligationRole).toInt();
    if (row >= 0 && obligation >= 0 && current.isValid()) {
        const core::SourceSpan &span = m_model->item(row).obligations.at(obligation).span;
        QTextCursor cursor(m_sourceText->document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        m_sourceText->setTextCursor(cursor);
        m_sourceText->ensureCursorVisible();
    }
}

void ImportDialog::showItem(int row)
{
    m_shownItem = row;
    while (QLayoutItem *item = m_authorityButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (row < 0 || row >= m_model->rowCount()) {
        m_sourceText->clear();
        m_legend->clear();
        m_warnings->clear();
        m_warnings->hide();
        return;
    }
    const core::ImportItem &item = m_model->item(row);
    const int scroll = m_sourceText->verticalScrollBar() ? m_sourceText->verticalScrollBar()->value() : 0;
    m_sourceText->setPlainText(item.sourceText);
    const QPalette palette = m_sourceText->palette();
    const qsizetype length = item.sourceText.size();
    QSet<QString> shown;
    auto mark = [&](const core::SourceSpan &span, bool dim) {
        if (span.length <= 0 || span.start < 0 || span.start >= length) {
            return;
        }
        QTextCursor cursor(m_sourceText->document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(std::min(span.start + span.length, length)), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(spanBackground(span.field, palette));
        if (dim) {
            format.setForeground(palette.color(QPalette::PlaceholderText));
        }
        format.setToolTip(fieldName(span.field));
        cursor.mergeCharFormat(format);
        shown.insert(span.field);
    };
    // Sentences first, so that the values found inside them are drawn over their wash.
    for (const core::CandidateObligation &candidate : item.obligations) {
        mark(candidate.span, !candidate.selected);
    }
    for (const core::SourceSpan &span : item.spans) {
        mark(span, false);
    }
    m_sourceText->verticalScrollBar()->setValue(scroll);

    QStringList legend;
    for (const QString &field : legendFields()) {
        if (shown.contains(field)) {
            legend.append(QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
                              .arg(spanBackground(field, palette).name(), fieldName(field).toHtmlEscaped()));
        }
    }
    m_legend->setText(legend.isEmpty() ? tr("Nothing was detected in this text.")
                                       : tr("Found: %1").arg(legend.join(QStringLiteral(" "))));

    QStringList warnings;
    for (const QString &warning : item.warnings) {
        warnings.append(QStringLiteral("<li>") + warning.toHtmlEscaped() + QStringLiteral("</li>"));
    }
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : tr("Warnings:") + QStringLiteral("<ul style=\"margin:0\">")
                                + warnings.join(QString()) + QStringLiteral("</ul>"));
    m_warnings->setVisible(!warnings.isEmpty());
    if (!item.development.replacesUid.isEmpty()) {
        auto *button = new QPushButton(tr("What changed since the draft? Compare it…"), this);
        button->setObjectName(QStringLiteral("compareWithDraft"));
        button->setToolTip(tr("The stored draft for comments against this final version, word by word"));
        connect(button, &QPushButton::clicked, this, [this, row] {
            if (row < m_model->rowCount()) {
                const core::ImportItem &current = m_model->item(row);
                Q_EMIT compareRequested(current.development.replacesUid, current.chosen());
            }
        });
        m_authorityButtons->addWidget(button);
    }
    for (const QString &name : item.unknownAuthorities) {
        auto *button = new QPushButton(tr("Add authority “%1”…").arg(name), this);
        button->setObjectName(QStringLiteral("addAuthority"));
        connect(button, &QPushButton::clicked, this, [this, name] { addAuthority(name); });
        m_authorityButtons->addWidget(button);
    }
}

void ImportDialog::updateCount()
{
    const int items = m_model->rowCount();
    const int chosen = m_model->selectedCount();
    m_count->setText(tr("%1 of %n item(s) chosen, with %2 obligations", nullptr, items)
                         .arg(chosen)
                         .arg(m_model->selectedObligationCount()));
    if (page() == Page::Review) {
        m_primary->setEnabled(chosen > 0);
    }
}

void ImportDialog::addAuthority(const QString &writtenName)
{
    ImportAuthorityDialog form(writtenName, *m_names, m_language, this);
    if (form.exec() != QDialog::Accepted) {
        return;
    }
    try {
        core::ImportService(m_db).addAuthority(form.authority());
        m_wrote = true;
    } catch (const core::Error &error) {
        showError(error.message());
        return;
    }
    m_names->load(m_db);
    m_model->setReferenceNames(*m_names);
    if (m_csv) {
        next();
    } else {
        reread();
    }
}

// --- writing ---------------------------------------------------------------------------------------------

void ImportDialog::primaryClicked()
{
    switch (page()) {
    case Page::Mapping:
        next();
        break;
    case Page::Review:
        commit();
        break;
    case Page::Assessments:
        applyAssessments();
        break;
    case Page::Done:
        accept();
        break;
    }
}

QString ImportDialog::runInWorker(
    const QString &label,
    const std::function<void(core::Database &, const std::function<bool(int, int)> &)> &work)
{
    struct Job
    {
        std::atomic<int> done = 0;
        std::atomic<int> total = 0;
        std::atomic<bool> cancel = false;
        QString error;
    };
    auto job = std::make_shared<Job>();
    const core::DatabaseAddress address = m_db.address();
    const QString actor = m_db.actor();
    // One connection per thread: the worker opens its own, and this window's connection sees the commit
    // through its watch on other writers.
    std::unique_ptr<QThread> thread(QThread::create([job, address, actor, work] {
        try {
            auto db = core::Database::open(address, core::Database::OpenMode::ExistingOnly);
            db->setActor(actor);
            work(*db, [job](int done, int total) {
                job->done = done;
                job->total = total;
                return !job->cancel.load();
            });
        } catch (const core::Error &error) {
            job->error = error.message();
        } catch (const std::exception &error) {
            job->error = QString::fromUtf8(error.what());
        }
    }));
    QProgressDialog progress(label, tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    connect(&progress, &QProgressDialog::canceled, this, [job, &progress] {
        job->cancel = true;
        progress.setLabelText(tr("Cancelling…"));
    });
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [job, &progress] {
        // Escape and closing the window cancel too, without the button's signal.
        if (progress.wasCanceled() && !job->cancel) {
            job->cancel = true;
            progress.setLabelText(tr("Cancelling…"));
        }
        if (job->total > 0) {
            progress.setMaximum(job->total);
            progress.setValue(job->done);
        }
    });
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    poll.start();
    thread->start();
    m_busy = true;
    m_primary->setEnabled(false);
    m_cancel->setEnabled(false);
    loop.exec();
    m_busy = false;
    m_primary->setEnabled(true);
    m_cancel->setEnabled(true);
    thread->wait();
    poll.stop();
    progress.close();
    return job->error;
}

void ImportDialog::commit()
{
    // An edit still open in the table belongs to the import: taking the focus from its editor commits it.
    m_tree->setFocus();
    const core::ImportBatch batch = m_model->batch();
    auto result = std::make_shared<core::ImportResult>();
    const QString error
        = runInWorker(tr("Importing %n item(s)…", nullptr, m_model->selectedCount()),
                      [batch, result](core::Database &db, const std::function<bool(int, int)> &progress) {
                          *result = core::ImportService(db).commit(batch, false, progress);
                      });
    if (!error.isEmpty()) {
        showError(tr("Nothing was imported: %1").arg(error));
        return;
    }
    m_result = *result;
    if (result->cancelled) {
        showError(tr("The import was cancelled; nothing was written."));
        return;
    }
    m_wrote = true;
    showError(QString());
    QStringList lines{tr("%n development(s) added", nullptr, result->added),
                      tr("%n updated", nullptr, result->updated),
                      tr("%n unchanged", nullptr, result->unchanged),
                      tr("%n obligation(s) written", nullptr, result->obligations)};
    if (result->reReviews > 0) {
        lines.append(tr("%n assessment(s) marked for re-review", nullptr, result->reReviews));
    }
    m_summary->setText(QStringLiteral("<p><b>") + tr("Import finished").toHtmlEscaped()
                       + QStringLiteral("</b></p><p>") + lines.join(QStringLiteral("<br>"))
                       + QStringLiteral("</p>"));
    showPage(Page::Done);
}

void ImportDialog::applyAssessments()
{
    const QList<core::AssessmentImportRow> rows = m_assessmentRows;
    auto result = std::make_shared<core::AssessmentImportResult>();
    const QString error
        = runInWorker(tr("Updating %n assessment(s)…", nullptr, int(rows.size())),
                      [rows, result](core::Database &db, const std::function<bool(int, int)> &progress) {
                          *result = core::AssessmentImport(db).apply(rows, false, progress);
                      });
    if (!error.isEmpty()) {
        showError(tr("Nothing was imported: %1").arg(error));
        return;
    }
    m_assessmentResult = *result;
    if (result->cancelled) {
        showError(tr("The import was cancelled; nothing was written."));
        return;
    }
    m_wrote = true;
    showError(QString());
    m_summary->setText(QStringLiteral("<p><b>") + tr("Import finished").toHtmlEscaped()
                       + QStringLiteral("</b></p><p>")
                       + tr("%n assessment(s) updated", nullptr, result->updated) + QStringLiteral("<br>")
                       + tr("%n unchanged", nullptr, result->unchanged) + QStringLiteral("</p>"));
    showPage(Page::Done);
}

} // namespace rt::ui
