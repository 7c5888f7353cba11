// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An issuing body: regulator, standards body, court, government office, association or forum.

#include "BilingualText.h"
#include "Vocabulary.h"

namespace rt::core {

struct Authority
{
    qint64 id = 0;
    QString code; // unique, e.g. "CAC", "BJ-CAC"
    BilingualText name;
    BilingualText abbreviation;
    AuthorityKind kind = AuthorityKind::Regulator;
    AuthorityLevel level = AuthorityLevel::National;
    QString region = QStringLiteral("CN"); // ISO 3166-2:CN, "CN" for national
    QString parentCode;

    friend bool operator==(const Authority &, const Authority &) = default;
};

// An entry of an open vocabulary kept in the database: topics and sector / applies-to tags.
struct Term
{
    QString code;
    BilingualText name;

    friend bool operator==(const Term &, const Term &) = default;
};

} // namespace rt::core
