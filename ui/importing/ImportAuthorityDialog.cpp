// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAuthorityDialog.h"

#include "FormSupport.h"
#include "ReferenceNames.h"
#include "Regions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include <algorithm>

namespace rt::ui {

namespace {

bool isChinese(const QString &text)
{
    return std::ranges::any_of(text, [](QChar c) { return c.script() == QChar::Script_Han; });
}

template <typename E> void fillVocabulary(QComboBox *combo)
{
    for (E value : core::Vocabulary::values<E>()) {
        combo->addItem(core::Vocabulary::label(value), int(value));
    }
}

} // namespace

ImportAuthorityDialog::ImportAuthorityDialog(const QString &writtenName, const core::ReferenceNames &names,
                                             core::Language language, QWidget *parent)
    : QDialog(parent)
    , m_names(names)
{
    setObjectName(QStringLiteral("importAuthorityDialog"));
    setWindowTitle(tr("Add authority"));
    auto *intro = new QLabel(tr("“%1” issued an item of the file but is not in the database. Add it so "
                                "that the item can name it.")
                                 .arg(writtenName),
                             this);
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("authorityCode"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9-]{0,32}")), m_code));
    m_code->setPlaceholderText(tr("Short code in capitals, e.g. SZ-CAC"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("authorityNameEn"));
    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(QStringLiteral("authorityNameZh"));
    (isChinese(writtenName) ? m_nameZh : m_nameEn)->setText(writtenName);
    m_kind = new QComboBox(this);
    fillVocabulary<core::AuthorityKind>(m_kind);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("authorityLevel"));
    fillVocabulary<core::AuthorityLevel>(m_level);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("authorityRegion"));
    m_region->addItem(core::regionName(QStringLiteral("CN"), language), QStringLiteral("CN"));
    for (const core::Region &region : core::regions()) {
        const QString code = QString::fromLatin1(region.code);
        m_region->addItem(core::regionName(code, language) + QStringLiteral(" (") + code + u')', code);
    }
    m_parent = new QComboBox(this);
    m_parent->addItem(tr("None"), QString());
    QStringList codes = names.authorities().keys();
    codes.sort();
    for (const QString &code : codes) {
        m_parent->addItem(code + QStringLiteral(" — ") + names.authorityName(code, language), code);
    }
    m_problems = createProblemsLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_code, m_nameEn, m_nameZh}) {
        connect(edit, &QLineEdit::textChanged, this, &ImportAuthorityDialog::updateProblems);
    }

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("Name in &English:"), m_nameEn);
    form->addRow(tr("Name in &Chinese:"), m_nameZh);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    updateProblems();
}

core::Authority ImportAuthorityDialog::authority() const
{
    core::Authority a;
    a.code = m_code->text().trimmed().toUpper();
    a.name.en = m_nameEn->text().simplified();
    a.name.zh = m_nameZh->text().simplified();
    a.kind = core::AuthorityKind(m_kind->currentData().toInt());
    a.level = core::AuthorityLevel(m_level->currentData().toInt());
    a.region = m_region->currentData().toString();
    a.parentCode = m_parent->currentData().toString();
    return a;
}

QStringList ImportAuthorityDialog::problems() const
{
    const core::Authority a = authority();
    QStringList problems;
    if (a.code.isEmpty()) {
        problems.append(tr("Give the authority a code."));
    } else if (m_names.authorities().contains(a.code)) {
        problems.append(tr("The code %1 is already taken.").arg(a.code));
    }
    if (a.name.isEmpty()) {
        problems.append(tr("Give its name in English or Chinese."));
    }
    return problems;
}

void ImportAuthorityDialog::updateProblems()
{
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

} // namespace rt::ui
