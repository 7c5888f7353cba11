// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A redline as HTML: the view shows it, and the export writes it as a memo for management (a whole document
// that a browser opens, deletions as <del> and insertions as <ins>) or hands it to the PDF writer. Deletions
// are struck through and insertions underlined, coloured as well but never by colour alone; side by side (the
// earlier text with its deletions beside the later one with its insertions) or inline; English, Chinese or
// both, the prevailing language first.

#include "RedlineImpact.h"

#include <QCoreApplication>

namespace rt::core {

class ReferenceNames;

// Colours as CSS values, chosen by the caller for its palette (core has no colours of its own).
struct RedlineColours
{
    QString text = QStringLiteral("#202124");
    QString muted = QStringLiteral("#5f6368");
    QString rule = QStringLiteral("#bdc1c6");
    QString inserted = QStringLiteral("#0b5d1e");
    QString insertedBackground = QStringLiteral("#dcf3e2");
    QString deleted = QStringLiteral("#9b1c1c");
    QString deletedBackground = QStringLiteral("#fbe2e2");
    QString heading = QStringLiteral("#eef1f4");
};

struct RedlineHtmlOptions
{
    bool sideBySide = true;
    bool english = true;
    bool chinese = true;
    bool onlyChanges = false; // leave out unchanged obligations
    bool document = false; // a whole HTML document with its style sheet (export), else a fragment for Qt
    bool companies = false; // the affected checklists as a section (the view shows them beside)
    Language names = Language::English; // issuers, topics and tags are named in this language
    RedlineColours colours;
};

class RedlineHtml final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::RedlineHtml)
public:
    static QString write(const Redline &redline, const QList<CompanyImpact> &companies,
                         const ReferenceNames &names, const RedlineHtmlOptions &options);
    // The anchors of what changed, in reading order ("texts", "facts", "o3", …): where "next change" goes.
    static QStringList changeAnchors(const Redline &redline, const RedlineHtmlOptions &options);
    // One affected checklist row as a list item: what the change does to it, the obligation, the row's
    // assessment (in the muted colour) and the change that flagged it.
    static QString affectedRow(const Redline &redline, const AffectedRow &row, const ReferenceNames &names,
                               Language language, const QString &muted);
    // The anchor of an obligation change (its index in Redline::obligations).
    static QString obligationAnchor(qsizetype change);
};

} // namespace rt::core
