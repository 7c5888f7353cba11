// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sentences a redline is read in, in the interface language: parameter values ("at least 12 months",
// "不少于12个月"), parameter changes ("Log retention: at least 6 months → at least 12 months"), what changed
// in an obligation, the labels and values of the facts that changed, and the versions' names. The view, the
// HTML and PDF exports and the command line all say it the same way.

#include "Redline.h"
#include "RedlineImpact.h"

#include <QCoreApplication>

namespace rt::core {

class ReferenceNames;

class RedlineText final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::RedlineText)
public:
    // "at least 6 months", "between 22:00 and 06:00", "every 7 days".
    static QString parameterValue(const ObligationParameter &parameter);
    // "Log retention: at least 6 months → at least 12 months"; a new term ends "(new)", a dropped one
    // "(dropped)". The parameter's name in the content language.
    static QString parameterSentence(const ParameterChange &change, Language language);
    // Everything that changed in an obligation besides its wording, one sentence each: parameters, kind,
    // whom it binds, its own effective date; "Wording only" when nothing else changed.
    static QStringList obligationNotes(const ObligationChange &change, const ReferenceNames &names,
                                       Language language);
    static QString changeLabel(ObligationChange::Kind kind);
    // "Obligation 6", "Obligation 6 → 7" when its place changed.
    static QString obligationNumber(const ObligationChange &change);
    // "Obligation 6: Retain logs for at least 12 months." in the content language.
    static QString numberedText(const ObligationChange &change, Language language);

    static QString fieldLabel(const QString &field);
    // A fact's value for people: vocabulary labels, dates in the locale's long form, issuers and topics by
    // name in the content language, "none" for nothing.
    static QString factValue(const FactChange &change, const QString &value, const ReferenceNames &names,
                             Language language);
    // "Stage: Draft for comments → Effective".
    static QString factSentence(const FactChange &change, const ReferenceNames &names, Language language);
    static QString penaltyValue(const Penalty &penalty, Language language);
    // "23 August 2025", "2025年8月23日".
    static QString date(const QDate &date);
    // "Draft for comments, announced 23 August 2025".
    static QString versionName(const Development &development);
    static QString languageName(Language language);

    // What a change does to a checklist row: "Flagged for re-review", "Re-reviewed", "To be flagged when the
    // versions are linked", "New in the checklist", "No longer binds".
    static QString effectLabel(const AffectedRow &row, const ObligationChange &change);
    // The change that flags a row, as obligationNotes() says it ("Log retention: at least 6 months → at least
    // 12 months"); empty for rows the change adds or drops.
    static QString flaggedBy(const AffectedRow &row, const ObligationChange &change,
                             const ReferenceNames &names, Language language);
    // "In progress · Partially compliant · 周婷 · due 31 Oct 2025"; "Not assessed yet" for a fresh row.
    static QString assessmentLine(const Assessment &assessment);
};

} // namespace rt::core
