// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The RegTracker exchange format (docs/exchange-format.md): JSON in, validated domain objects out, and back.
// Parsing checks shapes, enumerations, dates and unknown keys and names the offending place
// ("demo.json: developments[3].kind: …"); references between objects are checked when they are written.

#include "Authority.h"
#include "Company.h"
#include "Development.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rt::core {

struct ExchangeDocument
{
    QString sourceName;
    QString sourcePublication;
    QString sourceIssue;
    QList<Term> tags;
    QList<Term> topics;
    QList<Authority> authorities;
    QList<Development> developments;
    QList<Company> companies;
    QList<Assessment> assessments;
};

class ExchangeFormat final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ExchangeFormat)
public:
    static constexpr int version = 1;

    // Throws Error(InvalidInput) naming the file, the place and the problem. fileName is only used in
    // messages.
    static ExchangeDocument parse(const QByteArray &json, const QString &fileName);
    static QByteArray serialize(const ExchangeDocument &document);

    static QJsonObject toJson(const Development &development);
};

} // namespace rt::core
