// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two versions of a development compared: the redline document (facts, texts and obligations word by word,
// deletions struck through and insertions underlined, coloured for the palette but never by colour alone),
// side by side or inline, in English, Chinese or both with the prevailing language first; the obligation
// changes as a table; and for each company the checklist rows the changes touch, with a button that opens
// them. Keyboard: F8 / Shift+F8 go to the next / previous change, Ctrl+Alt+1/2/3 choose the languages as in
// the main window, Alt+S / Alt+I the layout. It follows the database: a change to either stored version
// redraws it.

#include "Redline.h"
#include "RedlineHtml.h"
#include "RedlineImpact.h"
#include "ReferenceNames.h"

#include <QWidget>

class QAbstractButton;
class QAction;
class QCheckBox;
class QLabel;
class QRadioButton;
class QScrollArea;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace rt::core {
class Database;
class RedlineObligationModel;
} // namespace rt::core

namespace rt::ui {

class RedlineView final : public QWidget
{
    Q_OBJECT
public:
    // With restoreSettings false the view ignores the remembered layout and languages (screenshots, tests).
    explicit RedlineView(core::Database &db, bool restoreSettings = true, QWidget *parent = nullptr);
    ~RedlineView() override;

    // Compares two versions. A version not stored yet (id 0: a final text under import review) is shown as it
    // is and touches no checklist row yet.
    void setVersions(const core::Development &earlier, const core::Development &later);
    const core::Redline &redline() const { return m_redline; }
    const QList<core::CompanyImpact> &companies() const { return m_companies; }
    // Scrolls to the change of an obligation of either version and selects it in the table.
    void focusObligation(qint64 obligationId);

    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;
    // Which languages are shown (never neither).
    void setLanguages(bool english, bool chinese);
    void setOnlyChanges(bool only);
    void nextChange();
    void previousChange();

    // What the exports write: the options of what is shown now, with the affected checklists.
    core::RedlineHtmlOptions exportOptions() const;
    const core::ReferenceNames &names() const { return m_names; }

    QTextBrowser *textView() const { return m_text; }
    QTableView *obligationsView() const { return m_obligations; }
    QWidget *companiesPanel() const { return m_companyList; }
    QTabWidget *details() const { return m_details; }

Q_SIGNALS:
    // The company's checklist rows of a development are wanted (the shell opens the checklist).
    void checklistRequested(qint64 companyId, qint64 developmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createControls();
    void retranslate();
    void refresh();
    void render();
    void fillCompanies();
    void goToChange(int step);
    void scrollTo(const QString &anchor);
    void rememberChoices() const;
    core::RedlineHtmlOptions viewOptions() const;
    core::Language namesLanguage() const;

    core::Database &m_db;
    bool m_restoreSettings;
    core::Development m_earlier;
    core::Development m_later;
    core::Redline m_redline;
    QList<core::CompanyImpact> m_companies;
    core::ReferenceNames m_names;
    QStringList m_anchors;
    int m_anchor = -1;
    bool m_rendering = false;

    QRadioButton *m_sideBySide = nullptr;
    QRadioButton *m_inline = nullptr;
    QAction *m_english = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_both = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QLabel *m_languagesLabel = nullptr;
    QTextBrowser *m_text = nullptr;
    QTabWidget *m_details = nullptr;
    QTableView *m_obligations = nullptr;
    core::RedlineObligationModel *m_model = nullptr;
    QScrollArea *m_companyScroll = nullptr;
    QWidget *m_companyList = nullptr;
};

} // namespace rt::ui
