// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The weekly digest a manager pastes into an e-mail: what happened in a period (the last seven days by
// default) across the companies they look after — developments added, obligations that newly bind each
// company, checklist rows flagged for re-review, rows that fell due and rows that became overdue — read from
// the database and written as HTML (inline styles, for mail programs), Markdown or JSON.
//
// A company narrows everything to what binds it; an owner narrows the checklist rows (developments and
// obligations have no owner and stay).

#include "AgendaItem.h"
#include "ReferenceNames.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rt::core {

class Database;

struct DigestOptions
{
    QDate today;
    int days = 7; // the period runs from today - days to today, both included
    QString owner; // empty: everybody's rows
    qint64 company = 0; // 0: every company
};

class Digest final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::Digest)
public:
    struct NewDevelopment
    {
        qint64 id = 0;
        QString uid;
        BilingualText title;
        QDate announced;
        QStringList authorities; // codes
        DevelopmentKind kind = DevelopmentKind::Announcement;
        Stage stage = Stage::Issued;
        QDate commentDeadline;
        QDate effective;
    };
    struct NewObligation
    {
        qint64 id = 0;
        QString uid;
        BilingualText text;
        QString developmentUid;
        BilingualText development;
    };
    struct CompanyObligations
    {
        AgendaCompany company;
        QList<NewObligation> obligations;
    };
    struct Flag
    {
        AgendaItem row;
        QDateTime flaggedAt;
        QString reason;
    };

    // Reads the digest. Throws Error when the database fails or the company does not exist.
    static Digest collect(Database &db, const DigestOptions &options);

    DigestOptions options;
    QDate since; // the first day of the period
    QDateTime generatedAt;
    std::optional<AgendaCompany> company;
    QList<NewDevelopment> newDevelopments; // newest announcement first
    QList<CompanyObligations> newObligations; // by company name
    QList<Flag> reReviews; // raised in the period and still open
    QList<AgendaItem> fellDue; // rows due in the period, done or not
    QList<AgendaItem> becameOverdue; // open rows whose due date passed in the period
    ReferenceNames names;

    int obligationCount() const;
    bool isEmpty() const;
    // Headings in the installed interface language; texts in `language`.
    QString toHtml(Language language) const; // a fragment, to paste
    QString toHtmlPage(Language language) const; // a whole file
    QString toMarkdown(Language language) const;
    QByteArray toJson() const;
    QString title() const; // "Weekly digest: 29 Nov – 6 Dec 2026"
};

} // namespace rt::core
