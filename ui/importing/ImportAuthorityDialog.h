// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small form behind “Add authority…” in the import review: an issuer the importer found in the text but
// not in the database. Prefilled from the name as written; the caller adds what it returns through
// ImportService::addAuthority.

#include "Authority.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rt::core {
class ReferenceNames;
}

namespace rt::ui {

class ImportAuthorityDialog final : public QDialog
{
    Q_OBJECT
public:
    // names: the authorities already in the database, for the parent choice and to refuse a code in use.
    ImportAuthorityDialog(const QString &writtenName, const core::ReferenceNames &names,
                          core::Language language, QWidget *parent = nullptr);

    core::Authority authority() const;
    QStringList problems() const;

private:
    void updateProblems();

    const core::ReferenceNames &m_names;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rt::ui
