// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesSinceDialog.h"

#include "Database.h"
#include "DateEdit.h"
#include "DateText.h"
#include "Error.h"
#include "Vocabulary.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rt::ui {

namespace {

enum Column { WhenColumn, WhoColumn, ObligationColumn, FieldColumn, ChangeColumn, ColumnCount };

QString firstLine(const QString &text, int length = 80)
{
    QString line = text.section(u'\n', 0, 0).simplified();
    if (line.size() > length || text.contains(u'\n')) {
        line = line.left(length - 1) + QStringLiteral("…");
    }
    return line;
}

} // namespace

ChangesSinceDialog::ChangesSinceDialog(core::Database &db, qint64 companyId, const QString &companyName,
                                       core::Language language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_companyId(companyId)
    , m_companyName(companyName)
    , m_language(language)
{
    setObjectName(QStringLiteral("changesSinceDialog"));
    m_sinceLabel = new QLabel(this);
    m_since = new DateEdit(this);
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_since->setDate(QDate::currentDate().addDays(-7));
    m_sinceLabel->setBuddy(m_since);
    m_count = new QLabel(this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ObligationColumn, QHeaderView::Stretch);
    header->resizeSection(WhenColumn, 150);
    header->resizeSection(WhoColumn, 110);
    header->resizeSection(FieldColumn, 110);
    header->resizeSection(ChangeColumn, 260);
    header->setHighlightSections(false);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_changes.size()) {
            Q_EMIT rowRequested(m_changes.at(row).key);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sinceLabel);
    top->addWidget(m_since);
    top->addSpacing(12);
    top->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_since, &QDateEdit::dateChanged, this, &ChangesSinceDialog::reload);
    connect(&m_db, &core::Database::changed, this, [this](const core::ChangeSet &changes) {
        if (core::entitiesIn(changes)
            & (core::Entity::Assessment | core::Entity::Company | core::Entity::Obligation)) {
            reload();
        }
    });
    resize(1000, 560);
    retranslate();
}

void ChangesSinceDialog::setSince(const QDate &since)
{
    m_since->setDate(since);
}

int ChangesSinceDialog::changeCount() const
{
    return int(m_changes.size());
}

QString ChangesSinceDialog::fieldLabel(const QString &field)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"*", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Whole row")},
        {"created", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Added to the checklist")},
        {"status", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Status")},
        {"result", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Result")},
        {"owner", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Owner")},
        {"due", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Due date")},
        {"applicability", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Applicability")},
        {"justification", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Justification")},
        {"notes", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Notes")},
        {"re_review", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Re-review")},
        {"evidence", QT_TRANSLATE_NOOP("rt::ui::ChangesSinceDialog", "Evidence")},
    };
    for (const auto &entry : labels) {
        if (field == QLatin1StringView(entry.key)) {
            return tr(entry.label);
        }
    }
    return field;
}

QString ChangesSinceDialog::valueText(const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        return QStringLiteral("—");
    }
    if (field == QLatin1StringView("status")) {
        return core::Vocabulary::labelForKey<core::AssessmentStatus>(value);
    }
    if (field == QLatin1StringView("result")) {
        return core::Vocabulary::labelForKey<core::AssessmentResult>(value);
    }
    if (field == QLatin1StringView("applicability")) {
        return core::Vocabulary::labelForKey<core::Applicability>(value);
    }
    if (field == QLatin1StringView("re_review")) {
        return value == QLatin1StringView("1") ? tr("Yes") : tr("No");
    }
    if (field == QLatin1StringView("due")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? core::DateText::table(date) : value;
    }
    return firstLine(value);
}

QString ChangesSinceDialog::changeText(const core::AuditEntry &entry)
{
    if (entry.field == QLatin1StringView("created")) {
        return QString();
    }
    if (entry.field == QLatin1StringView("*")) {
        if (entry.newValue == QLatin1StringView("imported")) {
            return tr("Imported");
        }
        if (entry.newValue == QLatin1StringView("created")) {
            return tr("Created");
        }
        if (entry.oldValue == QLatin1StringView("deleted")) {
            return tr("Deleted");
        }
    }
    if (entry.field == QLatin1StringView("evidence")) {
        return entry.oldValue.isEmpty() ? tr("attached %1").arg(firstLine(entry.newValue))
                                        : tr("removed %1").arg(firstLine(entry.oldValue));
    }
    return tr("%1 → %2").arg(valueText(entry.field, entry.oldValue), valueText(entry.field, entry.newValue));
}

void ChangesSinceDialog::reload()
{
    try {
        m_changes = core::AssessmentService(m_db).changesSince(m_companyId, m_since->date().startOfDay());
    } catch (const core::Error &error) {
        m_changes.clear();
        m_count->setText(error.message());
    }
    m_table->setRowCount(int(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const core::AssessmentChange &change = m_changes.at(row);
        const auto set = [&](int column, const QString &text, const QString &tip = QString()) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            item->setData(Qt::AccessibleDescriptionRole, tip); // told to a listener where it adds to the text
            m_table->setItem(row, column, item);
        };
        set(WhenColumn, core::DateText::table(change.entry.at));
        set(WhoColumn, change.entry.actor);
        set(ObligationColumn, change.obligation.preferring(m_language),
            change.obligation.preferring(m_language) + u'\n' + change.development.preferring(m_language));
        set(FieldColumn, fieldLabel(change.entry.field));
        set(ChangeColumn, changeText(change.entry),
            change.entry.field == QLatin1StringView("notes") ? change.entry.newValue
                                                             : changeText(change.entry));
    }
    m_count->setText(tr("%n change(s) since %1", nullptr, int(m_changes.size()))
                         .arg(core::DateText::prose(m_since->date())));
}

void ChangesSinceDialog::retranslate()
{
    setWindowTitle(tr("Changes since… — %1").arg(m_companyName));
    m_table->setAccessibleName(tr("Changes"));
    m_sinceLabel->setText(tr("Changes &since:"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Obligation"), tr("Field"), tr("Change")});
    reload();
}

void ChangesSinceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace rt::ui
