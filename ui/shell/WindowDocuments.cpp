// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowDocuments.h"

#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "ChecklistPdf.h"
#include "ChecklistReport.h"
#include "ChecklistView.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DeadlineCalendar.h"
#include "DevelopmentRepository.h"
#include "DevelopmentSheet.h"
#include "DevelopmentsBrowser.h"
#include "DigestDialog.h"
#include "Error.h"
#include "MainWindow.h"
#include "ReferenceNames.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>

namespace rt::ui {

namespace {

QString documentsFolder()
{
    return core::Settings().folder(core::Settings::Folder::Documents);
}

// Writes bytes to file whole, or says why not.
bool writeFile(const QString &file, const QByteArray &bytes, QWidget *parent)
{
    core::Settings().setFolder(core::Settings::Folder::Documents, QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) >= 0 && out.commit()) {
        return true;
    }
    QMessageBox::warning(parent, WindowDocuments::tr("Not exported"),
                         WindowDocuments::tr("Cannot write %1: %2").arg(file, out.errorString()));
    return false;
}

// A name for a file made from a company's name: letters and digits of any script kept, the rest dashes.
QString fileStem(const QString &name)
{
    QString stem;
    for (const QChar c : name) {
        stem += c.isLetterOrNumber() ? c : u'-';
    }
    return stem.isEmpty() ? QStringLiteral("checklist") : stem;
}

} // namespace

WindowDocuments::WindowDocuments(core::Database &db, MainWindow *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{
    const auto action = [this](const char *name, void (WindowDocuments::*slot)()) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_digest = action("digestAction", &WindowDocuments::showDigest);
    m_digest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_exportChecklist = action("exportChecklistAction", &WindowDocuments::exportChecklist);
    m_exportDeadlines = action("exportDeadlinesAction", &WindowDocuments::exportDeadlines);
    m_print = action("printAction", &WindowDocuments::print);
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = action("printPreviewAction", &WindowDocuments::printPreview);
    m_printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    retranslate();
}

QList<QAction *> WindowDocuments::actions() const
{
    return {m_digest, m_exportChecklist, m_exportDeadlines, m_print, m_printPreview};
}

QWidget *WindowDocuments::parentWidget() const
{
    return m_window;
}

void WindowDocuments::retranslate()
{
    m_digest->setText(tr("Di&gest…"));
    m_exportChecklist->setText(tr("Export chec&klist…"));
    m_exportDeadlines->setText(tr("Export dead&lines…"));
    m_print->setText(tr("&Print…"));
    m_printPreview->setText(tr("Print pre&view…"));
    m_digest->setStatusTip(tr("What happened this week, ready to paste into an e-mail"));
    m_exportChecklist->setStatusTip(
        tr("The checklist on screen as PDF or CSV, grouped and filtered as shown"));
    m_exportDeadlines->setStatusTip(tr("Open due dates as an iCalendar file, for one company or all"));
    updateActions();
}

void WindowDocuments::updateActions()
{
    const bool checklist = m_window->currentView() == MainWindow::View::Checklist;
    m_exportChecklist->setEnabled(checklist && m_window->checklistCompany() != 0);
    const bool printable = canPrint();
    m_print->setEnabled(printable);
    m_printPreview->setEnabled(printable);
    const QString why = printable
        ? QString()
        : tr("Print shows the checklist on screen or the selected development: open "
             "the Checklist tab or select a development.");
    m_print->setStatusTip(why);
    m_printPreview->setStatusTip(why);
    m_exportChecklist->setToolTip(checklist ? QString() : tr("Open a company's checklist first."));
}

bool WindowDocuments::canPrint() const
{
    switch (m_window->currentView()) {
    case MainWindow::View::Checklist:
        return m_window->checklistCompany() != 0;
    case MainWindow::View::Developments:
        return m_window->browser()->currentDevelopment() != 0;
    default:
        return false;
    }
}

core::ChecklistReport WindowDocuments::shownChecklist() const
{
    const ChecklistView *view = m_window->checklist();
    return core::ChecklistReport::fromModel(*view->model(),
                                            core::CompanyRepository(m_db).company(view->company()));
}

bool WindowDocuments::withProgress(const QString &label,
                                   const std::function<bool(const std::function<bool(int, int)> &)> &work)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parentWidget());
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    const auto step = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool finished = false;
    try {
        finished = work(step);
    } catch (const core::Error &error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parentWidget(), tr("Not finished"), error.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    return finished && !progress.wasCanceled();
}

void WindowDocuments::showDigest()
{
    DigestDialog dialog(m_db, m_window->contentLanguage(), parentWidget());
    dialog.exec();
}

void WindowDocuments::exportChecklist()
{
    if (m_window->checklistCompany() == 0) {
        return;
    }
    const core::ChecklistReport report = shownChecklist();
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString filter = pdfFilter;
    const QString file = QFileDialog::getSaveFileName(
        parentWidget(), tr("Export checklist"),
        documentsFolder() + u'/' + fileStem(report.companyName()) + QStringLiteral(".pdf"),
        pdfFilter + QStringLiteral(";;") + tr("CSV spreadsheet (*.csv)"), &filter);
    if (file.isEmpty()) {
        return;
    }
    const bool csv = QFileInfo(file).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0
        || (filter != pdfFilter
            && QFileInfo(file).suffix().compare(QLatin1StringView("pdf"), Qt::CaseInsensitive) != 0);
    QByteArray bytes;
    if (csv) {
        bytes = report.toCsv();
    } else if (!withProgress(tr("Laying out the checklist…"), [&](const auto &step) {
                   bytes = reports::ChecklistPdf::toPdf(report, step);
                   return !bytes.isEmpty();
               })) {
        return;
    }
    if (writeFile(file, bytes, parentWidget())) {
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 8000);
    }
}

QByteArray WindowDocuments::allDeadlines(bool showProgress)
{
    QByteArray calendar;
    const auto work = [&](const std::function<bool(int, int)> &step) {
        const QList<core::Company> companies = core::CompanyRepository(m_db).all();
        QList<core::ChecklistReport> reports;
        for (int i = 0; i < companies.size(); ++i) {
            if (step && !step(i, int(companies.size()))) {
                return false;
            }
            reports.append(core::ChecklistReport::forCompany(m_db, companies.at(i).id,
                                                             core::ChecklistGrouping::ByDevelopment,
                                                             m_window->contentLanguage()));
        }
        calendar = reports::DeadlineCalendar::toICalendar(reports);
        return true;
    };
    if (showProgress ? withProgress(tr("Collecting every company's due dates…"), work) : work({})) {
        return calendar;
    }
    return {};
}

void WindowDocuments::exportDeadlines()
{
    QList<core::Company> companies;
    try {
        companies = core::CompanyRepository(m_db).all();
    } catch (const core::Error &error) {
        QMessageBox::warning(parentWidget(), tr("Not exported"), error.message());
        return;
    }
    const core::Language language = m_window->contentLanguage();
    QStringList choices{tr("All companies")};
    int current = 0;
    for (int i = 0; i < companies.size(); ++i) {
        choices.append(companies.at(i).name.preferring(language));
        if (companies.at(i).id == m_window->checklistCompany()
            && m_window->currentView() == MainWindow::View::Checklist) {
            current = i + 1;
        }
    }
    bool chosen = false;
    const QString choice
        = QInputDialog::getItem(parentWidget(), tr("Export deadlines"), tr("Whose open due dates?"), choices,
                                current, false, &chosen);
    if (!chosen) {
        return;
    }
    const int index = int(choices.indexOf(choice)) - 1;
    const QString stem = index < 0 ? tr("all-companies") : fileStem(choice);
    const QString file = QFileDialog::getSaveFileName(
        parentWidget(), tr("Export deadlines"),
        documentsFolder() + u'/' + stem + QStringLiteral("-deadlines.ics"), tr("iCalendar files (*.ics)"));
    if (file.isEmpty()) {
        return;
    }
    QByteArray calendar;
    if (index < 0) {
        calendar = allDeadlines(true);
        if (calendar.isEmpty()) {
            return;
        }
    } else {
        try {
            calendar = reports::DeadlineCalendar::toICalendar(core::ChecklistReport::forCompany(
                m_db, companies.at(index).id, core::ChecklistGrouping::ByDevelopment, language));
        } catch (const core::Error &error) {
            QMessageBox::warning(parentWidget(), tr("Not exported"), error.message());
            return;
        }
    }
    if (writeFile(file, calendar, parentWidget())) {
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file)), 8000);
    }
}

bool WindowDocuments::printTo(QPrinter &printer, bool showProgress)
{
    try {
        if (m_window->currentView() == MainWindow::View::Checklist && m_window->checklistCompany() != 0) {
            const core::ChecklistReport report = shownChecklist();
            if (!showProgress) {
                return reports::ChecklistPdf::print(report, printer);
            }
            return withProgress(tr("Printing the checklist…"), [&](const auto &step) {
                return reports::ChecklistPdf::print(report, printer, step);
            });
        }
        if (m_window->currentView() == MainWindow::View::Developments) {
            core::AuthorityRepository reference(m_db);
            const auto development = core::DevelopmentRepository(m_db, reference)
                                         .load(m_window->browser()->currentDevelopment());
            if (!development) {
                return false;
            }
            core::ReferenceNames names;
            names.load(m_db);
            reports::DevelopmentSheet::print(*development, names, printer);
            return true;
        }
    } catch (const core::Error &error) {
        QMessageBox::warning(parentWidget(), tr("Not printed"), error.message());
    }
    return false;
}

void WindowDocuments::print()
{
    if (!canPrint()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (m_window->currentView() == MainWindow::View::Checklist) {
        printer.setPageLayout(reports::ChecklistPdf::pageLayout(shownChecklist()));
    }
    QPrintDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() == QDialog::Accepted) {
        printTo(printer, true);
    }
}

void WindowDocuments::printPreview()
{
    if (!canPrint()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (m_window->currentView() == MainWindow::View::Checklist) {
        printer.setPageLayout(reports::ChecklistPdf::pageLayout(shownChecklist()));
    }
    QPrintPreviewDialog preview(&printer, parentWidget());
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.resize(1000, 800);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(*target, false); });
    preview.exec();
}

} // namespace rt::ui
