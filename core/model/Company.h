// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A company the team looks after, and its assessment of one obligation.

#include "BilingualText.h"
#include "Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace rt::core {

struct Company
{
    qint64 id = 0;
    QString uid;
    BilingualText name;
    QStringList sectors; // tag codes
    QStringList registeredRegions; // ISO 3166-2:CN
    QStringList operatingRegions;
    QString notes; // Markdown

    friend bool operator==(const Company &, const Company &) = default;
};

struct Assessment
{
    qint64 id = 0;
    QString companyUid;
    QString obligationUid;
    Applicability applicability = Applicability::Auto;
    QString justification;
    AssessmentStatus status = AssessmentStatus::ToDo;
    AssessmentResult result = AssessmentResult::NotAssessed;
    QString owner;
    QDate due;
    QString notes;
    bool reReview = false;
    QString changedBy;
    QDateTime changedAt;
    int version = 0;

    friend bool operator==(const Assessment &, const Assessment &) = default;
};

} // namespace rt::core
