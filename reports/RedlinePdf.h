// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A redline as a printable A4 PDF for a memo to management: the document RedlineHtml writes (the facts that
// changed, the texts and obligations word by word with deletions struck through and insertions underlined,
// the affected checklists), landscape when the versions stand side by side, with the development and page
// numbers on every page. The text can be copied and searched, Chinese included.

#include "RedlineHtml.h"

#include <QCoreApplication>

namespace rt::reports {

class RedlinePdf final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::RedlinePdf)
public:
    static QByteArray render(const core::Redline &redline, const QList<core::CompanyImpact> &companies,
                             const core::ReferenceNames &names, core::RedlineHtmlOptions options);
    // Replaces the file only when all of it was written; throws core::Error naming the file otherwise. Needs
    // a QGuiApplication (fonts).
    static void write(const core::Redline &redline, const QList<core::CompanyImpact> &companies,
                      const core::ReferenceNames &names, const core::RedlineHtmlOptions &options,
                      const QString &path);
};

} // namespace rt::reports
