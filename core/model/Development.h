// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One item of regulatory news, with everything RegTracker knows about it.

#include "BilingualText.h"
#include "Obligation.h"
#include "Vocabulary.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace rt::core {

struct Penalty
{
    double amount = 0;
    QString currency = QStringLiteral("CNY");
    BilingualText description;

    friend bool operator==(const Penalty &, const Penalty &) = default;
};

struct Development
{
    qint64 id = 0;
    QString uid; // stable key across databases and exchange files
    BilingualText title;
    BilingualText documentTitle;
    QStringList authorities; // authority codes, lead issuer first
    bool multiDepartment = false;
    DevelopmentKind kind = DevelopmentKind::Announcement;
    Stage stage = Stage::Issued;
    LegalRank legalRank = LegalRank::None;
    QDate announced;
    // Valid when the announcement date is approximate: some day between announced and announcedUntil (an
    // item a newsletter gives no date for takes the newsletter's period). Sorting uses announced.
    QDate announcedUntil;
    QDate commentDeadline;
    QDate effective;
    QStringList topics; // topic codes
    QString region = QStringLiteral("CN");
    BilingualText summary;
    Provenance provenanceEn = Provenance::InHouse;
    Provenance provenanceZh = Provenance::InHouse;
    bool zhPrevails = true;
    QString translationSource; // where an imported translation came from
    QString sourcePublication;
    int sourceItem = 0; // 0: none
    QString sourceUrl;
    QList<Penalty> penalties;
    QString replacesUid; // the earlier version this one replaces
    QList<Obligation> obligations;
    int version = 0; // optimistic concurrency: bumped by every save

    friend bool operator==(const Development &, const Development &) = default;
};

} // namespace rt::core
