// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A company's checklist as a printable A4 PDF for an auditor: a title page with the company, the date and the
// summary counts (by status, by result; applicable, done, overdue), then the checklist table grouped as the
// checklist view shows it, overdue rows marked, a page number on every page. Chinese text is drawn with a
// font that has CJK glyphs, embedded, so that it prints and can be copied or searched.

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace rt::core {
struct ChecklistReport;
}

namespace rt::reports {

class ChecklistPdf final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::ChecklistPdf)
public:
    // Told after the layout (0 of all pages) and after each page drawn; returning false cancels.
    using Progress = std::function<bool(int pagesDone, int pages)>;

    // The PDF document; empty when progress cancelled. Needs a QGuiApplication (fonts).
    static QByteArray toPdf(const core::ChecklistReport &report, const Progress &progress = {});
    // The same pages on a printer (or any paged device) whose page layout is set: false when cancelled.
    static bool print(const core::ChecklistReport &report, QPagedPaintDevice &device,
                      const Progress &progress = {});
    // A4 with the report's margins, in landscape when the table is wide: what the PDF uses, and what a
    // printer is offered first.
    static QPageLayout pageLayout(const core::ChecklistReport &report);
    // Headings in the installed interface language, texts in the report's language. Replaces the file only
    // when all of it was written; throws core::Error naming the file when it cannot be written.
    // Needs a QGuiApplication (fonts).
    static void write(const core::ChecklistReport &report, const QString &path);
};

} // namespace rt::reports
