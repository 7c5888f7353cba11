// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "What changed?": a window with the redline of a development against its earlier version, or against its own
// state before one of its saves (chosen from the audit log), and the exports for a memo (PDF, HTML).

#include "Development.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace rt::core {
class Database;
}

namespace rt::ui {

class RedlineView;

class RedlineWindow final : public QDialog
{
    Q_OBJECT
public:
    // With restoreSettings false the window ignores its remembered size and the view its remembered choices.
    explicit RedlineWindow(core::Database &db, bool restoreSettings = true, QWidget *parent = nullptr);
    ~RedlineWindow() override;

    // The development against its earlier version (or, for a draft, the later version that replaces it),
    // else against its state before its last save. False when there is nothing to compare it with.
    bool showDevelopment(const core::Development &development, qint64 focusObligation = 0);
    // Two given versions; a later version that is not stored (import review) offers no other comparison.
    void showVersions(const core::Development &earlier, const core::Development &later,
                      qint64 focusObligation = 0);

    RedlineView *view() const { return m_view; }
    QComboBox *comparisonChoice() const { return m_against; }
    // Writes the redline as shown (with the affected checklists) to a PDF or HTML file; throws core::Error.
    void exportTo(const QString &path) const;

Q_SIGNALS:
    void checklistRequested(qint64 companyId, qint64 developmentId);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    void fillChoices();
    void compareWithChoice();
    void exportFile(bool pdf);

    core::Database &m_db;
    bool m_restoreSettings;
    core::Development m_subject; // the later side
    core::Development m_earlier; // its earlier version, when it has one
    QLabel *m_againstLabel = nullptr;
    QComboBox *m_against = nullptr;
    RedlineView *m_view = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace rt::ui
