// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The File menu's documents: the digest (File → Digest…), the current company's checklist exported as PDF or
// CSV as it is on screen (grouping and filter), due dates as iCalendar for one company or all, and Print and
// Print preview of the checklist on screen or the selected development. Long reports show their progress and
// can be cancelled. The window adds the actions to its menu and tells which view is in front.

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace rt::core {
class Database;
struct ChecklistReport;
} // namespace rt::core

namespace rt::ui {

class MainWindow;

class WindowDocuments final : public QObject
{
    Q_OBJECT
public:
    WindowDocuments(core::Database &db, MainWindow *window);

    QList<QAction *> actions() const;
    QAction *printAction() const { return m_print; }
    // Enables what the view in front offers (call when the view or its selection changes).
    void updateActions();
    void retranslate();

    // What print() and the preview draw, for the view in front; false when it has nothing to print.
    bool canPrint() const;
    // Draws it on printer (whose page layout is set); false when cancelled or there is nothing to print.
    bool printTo(QPrinter &printer, bool showProgress);

    void showDigest();
    void exportChecklist();
    // Asks for one company or all (the one on screen first), then where to save the calendar.
    void exportDeadlines();
    void print();
    void printPreview();

    // The calendar of every company's open due dates, or empty when cancelled.
    QByteArray allDeadlines(bool showProgress);

private:
    core::ChecklistReport shownChecklist() const;
    // Runs work with a progress dialog that can cancel it (work reports its steps through the function it is
    // given, which returns false once the user cancelled).
    bool withProgress(const QString &label,
                      const std::function<bool(const std::function<bool(int, int)> &)> &work);
    QWidget *parentWidget() const;

    core::Database &m_db;
    MainWindow *m_window;
    QAction *m_digest = nullptr;
    QAction *m_exportChecklist = nullptr;
    QAction *m_exportDeadlines = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
};

} // namespace rt::ui
