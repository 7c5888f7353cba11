// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The form for creating or editing a development and its obligations (with their parameters and applies-to
// tags). It edits a copy; the caller saves the result through an undoable command. OK stays disabled while
// the form has problems, which are listed under it.

#include "Authority.h"
#include "Development.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace rt::core {
class Database;
}

namespace rt::ui {

class Highlighting;

class DevelopmentEditor final : public QDialog
{
    Q_OBJECT
public:
    DevelopmentEditor(core::Database &db, const core::Development &development, QWidget *parent = nullptr);

    core::Development development() const;

private:
    QWidget *createGeneralTab();
    QWidget *createSummaryTab();
    QWidget *createSourceTab();
    QWidget *createObligationsTab();
    void load(const core::Development &d);
    void validate();
    void addObligation();
    void removeObligation();
    void addParameter();
    void removeParameter();
    void showObligationDetails(int row);
    void storeObligationDetails();
    void addPenalty();

    core::Database &m_db;
    core::Development m_original;
    QList<core::Authority> m_authorities;
    QList<core::Term> m_topics;
    QList<core::Term> m_tags;
    QStringList m_authorityOrder; // lead issuer first
    // Per obligation row: what the details area edits.
    QList<core::Obligation> m_obligations;
    int m_detailRow = -1;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QLineEdit *m_docTitleEn = nullptr;
    QLineEdit *m_docTitleZh = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_rank = nullptr;
    QDateEdit *m_announced = nullptr;
    QLabel *m_approximate = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_hasEffective = nullptr;
    QDateEdit *m_effective = nullptr;
    QComboBox *m_region = nullptr;
    QListWidget *m_authorityList = nullptr;
    QCheckBox *m_multiDepartment = nullptr;
    QListWidget *m_topicList = nullptr;
    QPlainTextEdit *m_summaryEn = nullptr;
    QPlainTextEdit *m_summaryZh = nullptr;
    QComboBox *m_provenanceEn = nullptr;
    QComboBox *m_provenanceZh = nullptr;
    QCheckBox *m_zhPrevails = nullptr;
    QLineEdit *m_translationSource = nullptr;
    QLineEdit *m_publication = nullptr;
    QSpinBox *m_item = nullptr;
    QLineEdit *m_url = nullptr;
    QTableWidget *m_penalties = nullptr;
    QTableWidget *m_obligationTable = nullptr;
    QWidget *m_obligationDetails = nullptr;
    QListWidget *m_appliesTo = nullptr;
    QCheckBox *m_hasObligationEffective = nullptr;
    QDateEdit *m_obligationEffective = nullptr;
    QTableWidget *m_parameters = nullptr;
    QLabel *m_problems = nullptr;
    Highlighting *m_highlighter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rt::ui
