#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rt::ui {

ConflictDialog::ConflictDialog(const QString &detail, QWidget *parent)
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
    text->setText(tr("Someone else changed this row while you were working on it.") + QStringLiteral("\n\n")
                  + detail + QStringLiteral("\n\n")
                  + tr("Reload shows their version and drops your change. Overwrite saves your change over "
                       "theirs."));
    text->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::RejectRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setDefault(true);
    QPushButton *overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
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
    layout->addWidget(buttons);
}

ConflictDialog::Choice ConflictDialog::ask(const QString &detail, QWidget *parent)
{
    ConflictDialog dialog(detail, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace rt::ui
