// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Import…: what a newsletter, feed or CSV file would add, shown for review before anything is written.
// The dialog reads the file through ImportService (CSV files after a column-mapping step), shows the
// candidates in the review table beside their source text with the detected parts highlighted, and writes the
// ticked, edited candidates on a worker thread with a connection of its own, so that a long import can be
// followed and cancelled while the interface stays responsive. Cancel writes nothing. CSV files of
// assessments are reviewed as a plain table and applied through AssessmentImport; exchange files (JSON) go to
// ExchangeImporter after a confirmation (importExchangeFile).

#include "CsvImport.h"
#include "ImportService.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace rt::core {
class Database;
class ImportReviewModel;
class ReferenceNames;
} // namespace rt::core

namespace rt::ui {

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Mapping, Review, Assessments, Done };

    // Reads path at once. An empty path shows nothing until review() is given a batch. With restoreSettings
    // false the dialog ignores its remembered size and splitter (reproducible screenshots).
    ImportDialog(core::Database &db, const QString &path, bool restoreSettings = true,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The file dialog of File → Import…, in the directory and with the filter used last; empty when the user
    // cancelled.
    static QString chooseFile(QWidget *parent);
    // An exchange file: its counts from a dry run, a confirmation, the import and a summary. Returns whether
    // anything was written.
    static bool importExchangeFile(core::Database &db, const QString &path, QWidget *parent);

    // Reconciles a batch read elsewhere and shows it for review.
    void review(core::ImportBatch batch);
    Page page() const;
    core::ImportReviewModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    void selectItem(int row);
    // What the last import wrote; empty until one ran.
    const std::optional<core::ImportResult> &importResult() const { return m_result; }
    const std::optional<core::AssessmentImportResult> &assessmentResult() const { return m_assessmentResult; }
    // Whether the database changed through this dialog (an import or an added authority).
    bool wroteSomething() const { return m_wrote; }

Q_SIGNALS:
    // "What changed?" for an item that is the final version of a stored draft: the redline of the draft
    // against the item as it would be imported (the shell opens it).
    void compareRequested(const QString &earlierUid, const core::Development &candidate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void createReviewPage();
    void createMappingPage();
    void createAssessmentsPage();
    void retranslate();
    core::ImportOptions options() const;
    core::ImportFormat effectiveFormat() const;
    void reread();
    void showError(const QString &message);
    void showPage(Page page);
    void fillMapping();
    core::CsvColumnMapping currentMapping() const;
    void mappingChanged();
    void next();
    void showItem(int row);
    void currentChanged();
    void updateCount();
    void addAuthority(const QString &writtenName);
    void primaryClicked();
    void commit();
    void applyAssessments();
    // Runs work on a worker thread with its own connection to the database, behind a progress dialog whose
    // Cancel makes progress return false. Returns the error message, empty on success.
    QString
    runInWorker(const QString &label,
                const std::function<void(core::Database &, const std::function<bool(int, int)> &)> &work);

    core::Database &m_db;
    QString m_path;
    bool m_restoreSettings;
    core::Language m_language;
    std::unique_ptr<core::ReferenceNames> m_names;
    std::optional<core::CsvTable> m_csv;
    QList<core::AssessmentImportRow> m_assessmentRows;
    std::optional<core::ImportResult> m_result;
    std::optional<core::AssessmentImportResult> m_assessmentResult;
    bool m_wrote = false;
    bool m_busy = false; // a worker is writing

    QLabel *m_fileLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QTimer *m_rereadTimer = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_problems = nullptr;

    // Mapping page.
    QLabel *m_mappingIntro = nullptr;
    QLabel *m_contentLabel = nullptr;
    QComboBox *m_content = nullptr;
    QWidget *m_mappingRows = nullptr;
    QList<std::pair<QString, QComboBox *>> m_mappingCombos;
    QTableWidget *m_preview = nullptr;

    // Review page.
    core::ImportReviewModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_sourceHeading = nullptr;
    QTextBrowser *m_sourceText = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_warnings = nullptr;
    QVBoxLayout *m_authorityButtons = nullptr;
    int m_shownItem = -1;

    // Assessments page.
    QLabel *m_assessmentsIntro = nullptr;
    QTableWidget *m_assessments = nullptr;

    // Done page.
    QLabel *m_summary = nullptr;

    QPushButton *m_back = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace rt::ui
