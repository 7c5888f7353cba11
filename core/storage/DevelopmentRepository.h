// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads and writes the development aggregate: the development row, its issuers, topics, penalties and
// obligations (with their parameters and applies-to tags). No transactions, audit or notifications here: the
// services that call it own those.

#include "Development.h"

#include <QCoreApplication>

#include <optional>

namespace rt::core {

class AuthorityRepository;
class Database;

class DevelopmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::DevelopmentRepository)
public:
    DevelopmentRepository(Database &db, AuthorityRepository &reference);

    std::optional<Development> load(qint64 id);
    // Every development id, oldest announcement first.
    QList<qint64> ids();
    qint64 idForUid(const QString &uid);

    // Writes a new development; codes that are not in the database throw Error(InvalidInput).
    qint64 insert(const Development &development);
    // Replaces the stored development with the same id when its stored version is still development.version
    // (checked in the same statement that writes, so a colleague's commit in between cannot be overwritten);
    // returns false and writes nothing otherwise. Obligations are matched by uid, so an obligation that
    // survives an edit keeps its id and its assessments.
    bool update(const Development &development);
    void remove(qint64 id);

    QList<Obligation> obligations(qint64 developmentId);

private:
    QVariantList rowValues(const Development &development);
    void writeChildren(qint64 id, const Development &development);
    void writeObligation(qint64 developmentId, int position, const Obligation &obligation);
    qint64 authorityId(const QString &code);
    qint64 termId(int kind, const QString &code);

    Database &m_db;
    AuthorityRepository &m_reference;
};

} // namespace rt::core
