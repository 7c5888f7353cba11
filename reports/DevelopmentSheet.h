// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One development on paper: its title, document title and summary in English and Chinese side by side, what
// is known about it (issuers, kind, stage, rank, dates, topics, region, source), and its obligations in both
// languages with their kinds and own effective dates. Labels in the interface language.

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace rt::core {
class ReferenceNames;
struct Development;
} // namespace rt::core

namespace rt::reports {

class DevelopmentSheet final
{
    Q_DECLARE_TR_FUNCTIONS(rt::reports::DevelopmentSheet)
public:
    static QString toHtml(const core::Development &development, const core::ReferenceNames &names);
    // Lays the sheet out on the device's pages (a printer, a PDF writer) and prints it. Needs a
    // QGuiApplication (fonts).
    static void print(const core::Development &development, const core::ReferenceNames &names,
                      QPagedPaintDevice &device);
};

} // namespace rt::reports
