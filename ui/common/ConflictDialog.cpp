// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"

#include "Company.h"
#include "DateText.h"
#include "Development.h"
#include "ReferenceNames.h"
#include "Vocabulary.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rt::ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? core::DateText::table(date) : QStringLiteral("—");
}

QString yesNo(bool value)
{
    return value ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
}

// Appends a row when the two values differ.
void compare(QList<ConflictDialog::Row> &rows, const QString &field, const QString &mine,
             const QString &theirs)
{
    if (mine != theirs) {
        rows.append({field, mine, theirs});
    }
}

} // namespace

ConflictDialog::ConflictDialog(const QString &detail, const Versions &versions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("conflictText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setText(tr("Someone else saved this while you were working on it.") + QStringLiteral("\n\n")
                  + detail);
    text->setMinimumWidth(480);

    QString stored = tr("Stored version");
    if (!versions.changedBy.isEmpty() && versions.changedAt.isValid()) {
        stored = tr("Stored version (changed by %1 at %2)")
                     .arg(versions.changedBy, core::DateText::prose(versions.changedAt));
    } else if (!versions.changedBy.isEmpty()) {
        stored = tr("Stored version (changed by %1)").arg(versions.changedBy);
    }

    auto *table = new QTableWidget(int(versions.rows.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), stored});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(true);
    for (int r = 0; r < versions.rows.size(); ++r) {
        const Row &row = versions.rows.at(r);
        const QStringList cells{row.field, row.mine, row.theirs};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            table->setItem(r, c, item);
        }
    }
    table->setFocusPolicy(Qt::NoFocus);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped text
    // A scroll bar that comes and goes would narrow the columns after the rows took their heights.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    table->setMinimumSize(640, 80 + 30 * std::min<int>(int(versions.rows.size()), 8));
    table->setVisible(!versions.rows.isEmpty());

    auto *choices
        = new QLabel(tr("Take theirs drops your change and shows the stored version. Keep mine saves "
                        "your version over theirs."),
                     this);
    choices->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Take theirs (reload)"), QDialogButtonBox::RejectRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setDefault(true);
    QPushButton *overwrite = buttons->addButton(tr("&Keep mine (overwrite)"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        reject();
    });
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table, 1);
    layout->addWidget(choices);
    layout->addWidget(buttons);
}

ConflictDialog::Choice ConflictDialog::ask(const QString &detail, const Versions &versions, QWidget *parent)
{
    ConflictDialog dialog(detail, versions, parent);
    dialog.exec();
    return dialog.choice();
}

QList<ConflictDialog::Row> ConflictDialog::differences(const core::Assessment &mine,
                                                       const core::Assessment &theirs)
{
    using core::Vocabulary;
    QList<Row> rows;
    compare(rows, tr("Status"), Vocabulary::label(mine.status), Vocabulary::label(theirs.status));
    compare(rows, tr("Result"), Vocabulary::label(mine.result), Vocabulary::label(theirs.result));
    compare(rows, tr("Owner"), mine.owner, theirs.owner);
    compare(rows, tr("Due"), dateText(mine.due), dateText(theirs.due));
    compare(rows, tr("Applies"), Vocabulary::label(mine.applicability),
            Vocabulary::label(theirs.applicability));
    compare(rows, tr("Justification"), mine.justification, theirs.justification);
    compare(rows, tr("Notes"), mine.notes, theirs.notes);
    compare(rows, tr("Needs re-review"), yesNo(mine.reReview), yesNo(theirs.reReview));
    return rows;
}

QList<ConflictDialog::Row> ConflictDialog::differences(const core::Development &mine,
                                                       const core::Development &theirs,
                                                       const core::ReferenceNames *names)
{
    using core::Vocabulary;
    const core::Language language
        = QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English;
    const auto list = [&](const QStringList &codes, bool authorities) {
        QStringList shown;
        for (const QString &code : codes) {
            shown.append(!names            ? code
                             : authorities ? names->authorityShort(code, language)
                                           : names->topic(code, language));
        }
        return shown.join(language == core::Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
    };
    QList<Row> rows;
    compare(rows, tr("Title (English)"), mine.title.en, theirs.title.en);
    compare(rows, tr("Title (Chinese)"), mine.title.zh, theirs.title.zh);
    compare(rows, tr("Document title (English)"), mine.documentTitle.en, theirs.documentTitle.en);
    compare(rows, tr("Document title (Chinese)"), mine.documentTitle.zh, theirs.documentTitle.zh);
    compare(rows, tr("Kind"), Vocabulary::label(mine.kind), Vocabulary::label(theirs.kind));
    compare(rows, tr("Stage"), Vocabulary::label(mine.stage), Vocabulary::label(theirs.stage));
    compare(rows, tr("Legal rank"), Vocabulary::label(mine.legalRank), Vocabulary::label(theirs.legalRank));
    compare(rows, tr("Announced"), dateText(mine.announced), dateText(theirs.announced));
    compare(rows, tr("Comment deadline"), dateText(mine.commentDeadline), dateText(theirs.commentDeadline));
    compare(rows, tr("Effective"), dateText(mine.effective), dateText(theirs.effective));
    compare(rows, tr("Summary (English)"), mine.summary.en, theirs.summary.en);
    compare(rows, tr("Summary (Chinese)"), mine.summary.zh, theirs.summary.zh);
    compare(rows, tr("Authorities"), list(mine.authorities, true), list(theirs.authorities, true));
    compare(rows, tr("Topics"), list(mine.topics, false), list(theirs.topics, false));
    compare(rows, tr("Obligations"), QString::number(mine.obligations.size()),
            QString::number(theirs.obligations.size()));
    return rows;
}

} // namespace rt::ui
