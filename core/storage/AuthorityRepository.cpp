// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorityRepository.h"

#include "Database.h"
#include "Error.h"
#include "TextHygiene.h"

#include <QCoreApplication>

namespace rt::core {

namespace {

QString termTable(TermKind kind)
{
    return kind == TermKind::Topic ? QStringLiteral("topics") : QStringLiteral("tags");
}

} // namespace

AuthorityRepository::AuthorityRepository(Database &db)
    : m_db(db)
{
}

QList<Authority> AuthorityRepository::all() const
{
    QList<Authority> result;
    QSqlQuery &query = m_db.exec(QStringLiteral(
        "SELECT a.id, a.code, a.name_en, a.name_zh, a.abbrev_en, a.abbrev_zh, a.kind, a.level, a.region, "
        "p.code FROM authorities a LEFT JOIN authorities p ON p.id = a.parent_id ORDER BY a.code"));
    while (query.next()) {
        Authority a;
        a.id = query.value(0).toLongLong();
        a.code = query.value(1).toString();
        a.name = {query.value(2).toString(), query.value(3).toString()};
        a.abbreviation = {query.value(4).toString(), query.value(5).toString()};
        a.kind = Vocabulary::fromKey<AuthorityKind>(query.value(6).toString())
                     .value_or(AuthorityKind::Regulator);
        a.level = Vocabulary::fromKey<AuthorityLevel>(query.value(7).toString())
                      .value_or(AuthorityLevel::National);
        a.region = query.value(8).toString();
        a.parentCode = query.value(9).toString();
        result.append(a);
    }
    return result;
}

qint64 AuthorityRepository::idForCode(const QString &code)
{
    if (const auto it = m_authorityIds.constFind(code); it != m_authorityIds.cend()) {
        return *it;
    }
    const qint64 id
        = m_db.scalar(QStringLiteral("SELECT id FROM authorities WHERE code = ?"), {code}).toLongLong();
    if (id != 0) {
        m_authorityIds.insert(code, id);
    }
    return id;
}

qint64 AuthorityRepository::upsert(const Authority &authority)
{
    for (const QString &name : {authority.code, authority.name.en, authority.name.zh,
                                authority.abbreviation.en, authority.abbreviation.zh}) {
        TextHygiene::check(tr("Authority “%1”").arg(authority.code), name, TextHygiene::Lines::Single);
    }
    QVariant parent(QMetaType::fromType<qint64>());
    if (!authority.parentCode.isEmpty()) {
        const qint64 parentId = idForCode(authority.parentCode);
        if (parentId == 0) {
            throw Error(Error::Code::InvalidInput,
                        tr("The parent authority %1 of %2 is not in the database.")
                            .arg(authority.parentCode, authority.code));
        }
        parent = parentId;
    }
    const qint64 id
        = m_db.scalar(
                  QStringLiteral(
                      "INSERT INTO authorities (code, name_en, name_zh, abbrev_en, abbrev_zh, kind, level, "
                      "region, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, "
                      "name_zh = excluded.name_zh, abbrev_en = excluded.abbrev_en, "
                      "abbrev_zh = excluded.abbrev_zh, kind = excluded.kind, level = excluded.level, "
                      "region = excluded.region, parent_id = excluded.parent_id RETURNING id"),
                  {authority.code, authority.name.en, authority.name.zh, authority.abbreviation.en,
                   authority.abbreviation.zh, Vocabulary::key(authority.kind),
                   Vocabulary::key(authority.level), authority.region, parent})
              .toLongLong();
    m_authorityIds.insert(authority.code, id);
    return id;
}

QList<Term> AuthorityRepository::terms(TermKind kind) const
{
    QList<Term> result;
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT code, name_en, name_zh FROM %1 ORDER BY code").arg(termTable(kind)));
    while (query.next()) {
        result.append({query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()}});
    }
    return result;
}

qint64 AuthorityRepository::upsertTerm(TermKind kind, const Term &term)
{
    const qint64 id
        = m_db.scalar(QStringLiteral("INSERT INTO %1 (code, name_en, name_zh) VALUES (?, ?, ?) "
                                     "ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, "
                                     "name_zh = excluded.name_zh RETURNING id")
                          .arg(termTable(kind)),
                      {term.code, term.name.en, term.name.zh})
              .toLongLong();
    m_termIds[int(kind)].insert(term.code, id);
    return id;
}

qint64 AuthorityRepository::termIdForCode(TermKind kind, const QString &code)
{
    auto &cache = m_termIds[int(kind)];
    if (const auto it = cache.constFind(code); it != cache.cend()) {
        return *it;
    }
    const qint64 id
        = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(termTable(kind)), {code})
              .toLongLong();
    if (id != 0) {
        cache.insert(code, id);
    }
    return id;
}

} // namespace rt::core
