// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentDetailPane.h"

#include "AnnouncedDate.h"

#include "AuthorityRepository.h"
#include "Change.h"
#include "Database.h"
#include "DateText.h"
#include "DevelopmentRepository.h"
#include "Error.h"
#include "Highlighters.h"
#include "LegalTextDelegate.h"
#include "ObligationTableModel.h"
#include "RedlineText.h"
#include "ReferenceNames.h"
#include "Regions.h"
#include "VersionHistory.h"
#include "Vocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt::ui {

using core::Language;

DevelopmentDetailPane::DevelopmentDetailPane(core::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_highlighter(makeHighlighting(this))
{
    m_highlighter->setAuthorityNames(authorityNamesOf(m_db));
    m_english = new QTextBrowser(this);
    m_english->setObjectName(QStringLiteral("detailEnglish"));
    m_chinese = new QTextBrowser(this);
    m_chinese->setObjectName(QStringLiteral("detailChinese"));
    for (QTextBrowser *view : {m_english, m_chinese}) {
        view->setOpenExternalLinks(true);
        view->setFrameShape(QFrame::NoFrame);
    }
    m_versions = new QWidget(this);
    m_versions->setObjectName(QStringLiteral("detailVersions"));
    m_versionsLabel = new QLabel(m_versions);
    m_versionsLabel->setWordWrap(true);
    m_compare = new QPushButton(m_versions);
    m_compare->setObjectName(QStringLiteral("detailCompare"));
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(m_id); });
    auto *versionsLayout = new QHBoxLayout(m_versions);
    versionsLayout->setContentsMargins(6, 2, 6, 2);
    versionsLayout->addWidget(m_versionsLabel, 1);
    versionsLayout->addWidget(m_compare);
    m_versions->hide();

    m_languages = new QSplitter(Qt::Horizontal, this);
    m_languages->addWidget(m_english);
    m_languages->addWidget(m_chinese);
    m_languages->setChildrenCollapsible(false);

    m_obligationModel = new core::ObligationTableModel(m_db, this);
    m_obligations = new QTableView(this);
    m_obligations->setObjectName(QStringLiteral("obligationsTable"));
    m_obligations->setModel(m_obligationModel);
    m_obligationCells = new ConvertingDelegate(m_obligations);
    m_obligations->setItemDelegate(m_obligationCells);
    m_obligationText = new LegalTextDelegate(m_highlighter, m_obligations);
    m_obligations->setItemDelegateForColumn(core::ObligationTableModel::TextColumn, m_obligationText);
    m_obligations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_obligations->setTabKeyNavigation(false); // rows: the arrows move, Tab leaves (it walked every cell)
    m_obligations->setWordWrap(true);
    m_obligations->setAlternatingRowColors(true);
    m_obligations->verticalHeader()->hide();
    m_obligations->horizontalHeader()->setSectionResizeMode(core::ObligationTableModel::TextColumn,
                                                            QHeaderView::Stretch);
    m_obligations->horizontalHeader()->setSectionResizeMode(core::ObligationTableModel::KindColumn,
                                                            QHeaderView::ResizeToContents);
    m_obligations->horizontalHeader()->setSectionResizeMode(core::ObligationTableModel::TickedColumn,
                                                            QHeaderView::ResizeToContents);
    m_obligations->setColumnWidth(core::ObligationTableModel::ParametersColumn, 200);
    m_obligations->setColumnWidth(core::ObligationTableModel::AppliesToColumn, 160);
    connect(m_obligationModel, &QAbstractItemModel::modelReset, this, [this] {
        m_obligations->resizeRowsToContents();
        updateObligationsLabel();
    });

    m_obligationsBox = new QWidget(this);
    auto *obligationsLayout = new QVBoxLayout(m_obligationsBox);
    obligationsLayout->setContentsMargins(0, 0, 0, 0);
    m_obligationsLabel = new QLabel(m_obligationsBox);
    m_obligationsLabel->setBuddy(m_obligations);
    obligationsLayout->addWidget(m_obligationsLabel);
    obligationsLayout->addWidget(m_obligations);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_languages);
    m_splitter->addWidget(m_obligationsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_versions);
    layout->addWidget(m_splitter);

    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        if (core::entitiesIn(changes) & core::Entity::Authority) {
            m_highlighter->setAuthorityNames(authorityNamesOf(m_db));
        }
        if (m_id != 0
            && (core::entitiesIn(changes)
                & (core::Entities(core::Entity::Development) | core::Entity::Authority
                   | core::Entity::Vocabulary))) {
            reload();
        }
    });
    retranslate();
}

void DevelopmentDetailPane::setDevelopment(qint64 id)
{
    if (id == m_id) {
        return;
    }
    m_id = id;
    m_obligationModel->setDevelopment(id);
    reload();
}

void DevelopmentDetailPane::setContentLanguage(Language language)
{
    m_obligationModel->setLanguage(language);
    m_obligations->resizeRowsToContents();
}

void DevelopmentDetailPane::setChineseForm(core::ChineseScript::Form form)
{
    m_chineseForm = form;
    const ConvertingDelegate::Conversion conversion = form == core::ChineseScript::Form::Simplified
        ? ConvertingDelegate::Conversion()
        : [form](const QString &text) { return core::ChineseScript::convert(text, form); };
    m_obligationText->setConversion(conversion);
    m_obligationCells->setConversion(conversion);
    m_obligations->viewport()->update();
    reload();
}

void DevelopmentDetailPane::setShownLanguages(bool english, bool chinese)
{
    m_english->setVisible(english || !chinese);
    m_chinese->setVisible(chinese);
}

QColor DevelopmentDetailPane::markColor() const
{
    return m_highlighter->markColor();
}

void DevelopmentDetailPane::setSearchMarks(MarkFinder finder)
{
    m_marks = std::move(finder);
    m_obligationText->setSearchMarks(m_marks);
    m_obligations->viewport()->update();
    reload();
}

QByteArray DevelopmentDetailPane::saveState() const
{
    return m_splitter->saveState();
}

void DevelopmentDetailPane::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void DevelopmentDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        reload(); // the highlighter has switched to the light or dark theme by now
    }
    QWidget::changeEvent(event);
}

void DevelopmentDetailPane::updateObligationsLabel()
{
    // Without obligations the table gives its room to the texts and a line says why it is gone.
    const bool none = m_id != 0 && m_obligationModel->rowCount() == 0;
    m_obligationsLabel->setText(
        none ? tr("This development states no obligations.")
             : tr("&Obligations (ticked: done and compliant, of the companies each binds)"));
    m_obligations->setVisible(!none);
    m_obligationsBox->setMaximumHeight(none ? m_obligationsLabel->sizeHint().height() : QWIDGETSIZE_MAX);
}

void DevelopmentDetailPane::updateVersions(const core::Development *d)
{
    std::optional<core::Development> earlier;
    std::optional<core::Development> later;
    if (d) {
        core::VersionHistory history(m_db);
        try {
            earlier = history.earlierVersion(*d);
        } catch (const core::Error &) {
            // a link to a development deleted meanwhile: nothing to compare with
        }
        later = history.laterVersion(*d);
    }
    m_versions->setVisible(earlier || later);
    if (earlier) {
        m_versionsLabel->setText(
            tr("This version replaces %1 (%2).").arg(earlier->uid, core::RedlineText::versionName(*earlier)));
    } else if (later) {
        m_versionsLabel->setText(tr("A later version replaces this one: %1 (%2).")
                                     .arg(later->uid, core::RedlineText::versionName(*later)));
    }
    m_compare->setText(tr("What &changed?"));
    m_compare->setToolTip(tr("Compare the two versions word by word, in English and Chinese (Ctrl+Shift+R)"));
}

void DevelopmentDetailPane::retranslate()
{
    m_english->setAccessibleName(tr("Development in English"));
    m_chinese->setAccessibleName(tr("Development in Chinese"));
    m_obligations->setAccessibleName(tr("Obligations"));
    updateObligationsLabel();
    m_obligationModel->retranslate();
    reload();
}

void DevelopmentDetailPane::reload()
{
    core::AuthorityRepository reference(m_db);
    core::DevelopmentRepository repository(m_db, reference);
    const auto development = m_id != 0 ? repository.load(m_id) : std::nullopt;
    if (!development) {
        const QString placeholder = QStringLiteral("<p style=\"color:%1\">%2</p>")
                                        .arg(palette().color(QPalette::PlaceholderText).name(),
                                             tr("Select a development to read it here."));
        m_english->setHtml(placeholder);
        m_chinese->setHtml(placeholder);
        updateVersions(nullptr);
        return;
    }
    updateVersions(&*development);
    m_names.load(m_db);
    m_english->setHtml(html(*development, Language::English));
    m_chinese->setHtml(html(*development, Language::Chinese));
}

QString DevelopmentDetailPane::html(const core::Development &d, Language language) const
{
    const core::ReferenceNames &names = m_names;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString chineseSeparator = QStringLiteral("、");
    const QString separator = language == Language::Chinese ? chineseSeparator : QStringLiteral(", ");
    // Chinese content in the characters asked for (English passes unchanged).
    const auto shown
        = [this](const QString &value) { return core::ChineseScript::convert(value, m_chineseForm); };
    // Legal text highlighted, with the search matches marked.
    const auto highlighted = [this, &shown](const QString &stored) {
        const QString value = shown(stored);
        return m_highlighter->toHtml(value, m_marks ? m_marks(value) : Highlighting::Marks());
    };
    // A text in the pane's language, or the other language's with a visible marker: never an empty side.
    const auto text = [&](const core::BilingualText &t) {
        if (!t.in(language).isEmpty()) {
            return highlighted(t.in(language));
        }
        if (t.isEmpty()) {
            return QString();
        }
        const QString marker = language == Language::Chinese ? tr("No Chinese text; English shown")
                                                             : tr("No English text; Chinese shown");
        return QStringLiteral("<span style=\"color:%1\">[%2]</span> %3")
            .arg(muted, marker, highlighted(t.preferring(language)));
    };
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty()
            ? QString()
            : QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                  .arg(label.toHtmlEscaped(), value);
    };
    const QLocale locale = language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const auto date
        = [&](const QDate &value) { return core::DateText::prose(value, locale).toHtmlEscaped(); };

    QStringList issuers;
    for (const QString &code : d.authorities) {
        issuers.append(shown(names.authorityName(code, language)).toHtmlEscaped());
    }
    QString issuedBy = issuers.join(separator);
    if (d.multiDepartment) {
        issuedBy += tr(" (with other departments)").toHtmlEscaped();
    }
    QStringList topics;
    for (const QString &code : d.topics) {
        topics.append(shown(names.topic(code, language)).toHtmlEscaped());
    }
    QString source = d.sourcePublication.toHtmlEscaped();
    if (d.sourceItem > 0) {
        source += tr(", item %1").arg(d.sourceItem);
    }
    if (!d.sourceUrl.isEmpty()) {
        source += QStringLiteral(" <a href=\"%1\">%2</a>").arg(d.sourceUrl.toHtmlEscaped(), tr("link"));
    }
    const core::Provenance provenance = language == Language::Chinese ? d.provenanceZh : d.provenanceEn;
    QString translation = core::Vocabulary::label(provenance).toHtmlEscaped();
    if (provenance == core::Provenance::Imported && !d.translationSource.isEmpty()) {
        translation += QStringLiteral(" (%1)").arg(d.translationSource.toHtmlEscaped());
    }
    if (d.zhPrevails) {
        translation += QStringLiteral(" · ") + tr("the Chinese text prevails").toHtmlEscaped();
    }
    if (language == Language::Chinese && m_chineseForm != core::ChineseScript::Form::Simplified) {
        translation += QStringLiteral(" · ")
            + (m_chineseForm == core::ChineseScript::Form::Taiwan
                   ? tr("shown in Traditional characters (Taiwan standard), converted from the stored "
                        "Simplified "
                        "text")
                   : tr("shown in Traditional characters (Hong Kong standard), converted from the stored "
                        "Simplified text"))
                  .toHtmlEscaped();
    }

    QString result = QStringLiteral("<h2>%1</h2>").arg(text(d.title));
    if (!d.documentTitle.isEmpty()) {
        result += QStringLiteral("<p><i>%1</i></p>").arg(text(d.documentTitle));
    }
    result += QStringLiteral("<table cellspacing=\"2\">");
    result += row(tr("Issued by"), issuedBy);
    result += row(tr("Kind"), core::Vocabulary::label(d.kind).toHtmlEscaped());
    result += row(tr("Stage"), core::Vocabulary::label(d.stage).toHtmlEscaped());
    if (d.legalRank != core::LegalRank::None) {
        result += row(tr("Legal rank"), core::Vocabulary::label(d.legalRank).toHtmlEscaped());
    }
    result += row(tr("Announced"), core::AnnouncedDate::text(d, locale, QLocale::LongFormat).toHtmlEscaped());
    result += row(tr("Comments until"), date(d.commentDeadline));
    result += row(tr("Effective"), date(d.effective));
    result += row(tr("Topics"), topics.join(separator));
    result += row(tr("Region"), shown(core::regionName(d.region, language)).toHtmlEscaped());
    result += row(tr("Source"), source);
    result += row(tr("Translation"), translation);
    result += QStringLiteral("</table>");
    if (!d.summary.isEmpty()) {
        result += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Summary").toHtmlEscaped(), text(d.summary));
    }
    if (!d.penalties.isEmpty()) {
        result += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Penalties").toHtmlEscaped());
        for (const core::Penalty &p : d.penalties) {
            const QString amount = locale.toCurrencyString(
                p.amount, p.currency == QLatin1StringView("CNY") ? QStringLiteral("¥") : p.currency + u' ',
                p.amount == qRound64(p.amount) ? 0 : 2);
            const QString description = text(p.description);
            result += QStringLiteral("<li><b>%1</b>%2</li>")
                          .arg(amount.toHtmlEscaped(),
                               description.isEmpty() ? QString() : QStringLiteral(" — ") + description);
        }
        result += QStringLiteral("</ul>");
    }
    if (!d.replacesUid.isEmpty()) {
        result += QStringLiteral("<p>%1</p>")
                      .arg(tr("Replaces the earlier version %1.").arg(d.replacesUid.toHtmlEscaped()));
    }
    return result;
}

} // namespace rt::ui
