// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads and writes authorities and the two open vocabularies (topics, tags). Reference data: small, read
// often, so lookups by code are cached for the repository's lifetime.

#include "Authority.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace rt::core {

class Database;

enum class TermKind { Topic, Tag };

class AuthorityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::AuthorityRepository)
public:
    explicit AuthorityRepository(Database &db);

    QList<Authority> all() const;
    // Inserts or updates by code. A parent must already exist. Returns the row id.
    qint64 upsert(const Authority &authority);
    // 0 when unknown.
    qint64 idForCode(const QString &code);

    QList<Term> terms(TermKind kind) const;
    qint64 upsertTerm(TermKind kind, const Term &term);
    qint64 termIdForCode(TermKind kind, const QString &code);

private:
    Database &m_db;
    QHash<QString, qint64> m_authorityIds;
    QHash<QString, qint64> m_termIds[2];
};

} // namespace rt::core
