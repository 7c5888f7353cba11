#pragma once
// A company's checklist as a printable A4 PDF for an auditor: a title page with the company, the date and the
// summary counts (by status, by result; applicable, done, overdue), then the checklist table grouped as the
// checklist view shows it, overdue rows marked, a page number on every page. Chinese text is drawn with a
// font that has CJK glyphs, embedded, so that it prints and can be copied or searched.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rt::core {
struct ChecklistReport;
}

namespace rt::reports {

class ChecklistPdf final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::ChecklistPdf)
public:
    // The PDF document. Needs a QGuiApplication (fonts).
    static QByteArray toPdf(const core::ChecklistReport &report);
    // Headings in the installed interface language, texts in the report's language. Replaces the file only
    // when all of it was written; throws core::Error naming the file when it cannot be written.
    // Needs a QGuiApplication (fonts).
    static void write(const core::ChecklistReport &report, const QString &path);
};

} // namespace rt::reports
