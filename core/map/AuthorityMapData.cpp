// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorityMapData.h"

#include "Applicability.h"
#include "Change.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentQuery.h"
#include "Error.h"
#include "ReferenceNames.h"
#include "TextSearch.h"

#include <algorithm>

namespace rt::core {

namespace {

// The clause with one more condition.
QString andWhere(const QString &where, const QString &condition)
{
    return where.isEmpty() ? QString(QStringLiteral("WHERE ") + condition)
                           : QString(where + QStringLiteral(" AND ") + condition);
}

int largestAt(const QList<int> &counts)
{
    const auto most = std::max_element(counts.cbegin(), counts.cend());
    return most == counts.cend() || *most == 0 ? -1 : int(most - counts.cbegin());
}

} // namespace

AuthorityMapData::AuthorityMapData(Database &db, const TextSearch &search, QObject *parent, bool active)
    : QObject(parent)
    , m_db(db)
    , m_search(search)
    , m_deferred(active, [this] { load(); }, [this] { Q_EMIT changed(); })
{
    connect(&m_db, &Database::changed, this, &AuthorityMapData::onDatabaseChanged);
    reload();
}

void AuthorityMapData::setFilter(const DevelopmentFilter &filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        reload();
    }
}

void AuthorityMapData::setCompany(qint64 company)
{
    if (company != m_company) {
        m_company = company;
        reload();
    }
}

const AuthorityNode *AuthorityMapData::node(const QString &code) const
{
    const AuthorityMapData &now = current();
    const auto it = now.m_index.constFind(code);
    return it == now.m_index.cend() ? nullptr : &now.m_nodes.at(*it);
}

void AuthorityMapData::setActive(bool active)
{
    m_deferred.setActive(active);
}

const AuthorityMapData &AuthorityMapData::current() const
{
    m_deferred.ensureCurrent();
    return *this;
}

QStringList AuthorityMapData::authoritiesIn(const QString &province) const
{
    QStringList codes;
    for (const AuthorityNode &node : nodes()) {
        if (node.region == province) {
            codes.append(node.code);
        }
    }
    return codes;
}

void AuthorityMapData::onDatabaseChanged(const QList<Change> &changes)
{
    if (entitiesIn(changes)
        & (Entities(Entity::Development) | Entity::Authority | Entity::Company | Entity::Assessment
           | Entity::Vocabulary)) {
        reload();
    }
}

void AuthorityMapData::reload()
{
    m_deferred.request();
}

void AuthorityMapData::load()
{
    ReferenceNames names;
    names.load(m_db);
    const QList<DevelopmentKind> kinds = Vocabulary::values<DevelopmentKind>();
    const QList<Stage> stages = Vocabulary::values<Stage>();
    const QStringList kindKeys = Vocabulary::keys<DevelopmentKind>();
    const QStringList stageKeys = Vocabulary::keys<Stage>();

    m_nodes.clear();
    m_index.clear();
    m_edges.clear();
    m_provinceTotals.clear();
    m_companyProvinces.clear();
    m_largest = 0;
    QList<Authority> authorities = names.authorities().values();
    std::sort(authorities.begin(), authorities.end(),
              [](const Authority &a, const Authority &b) { return a.code < b.code; });
    for (const Authority &authority : std::as_const(authorities)) {
        AuthorityNode node;
        node.code = authority.code;
        node.name = authority.name;
        node.abbreviation = authority.abbreviation;
        node.kind = authority.kind;
        node.level = authority.level;
        node.region = authority.region;
        node.parentCode = authority.parentCode;
        node.byKind = QList<int>(kinds.size(), 0);
        node.byStage = QList<int>(stages.size(), 0);
        m_index.insert(node.code, m_nodes.size());
        m_nodes.append(node);
        if (!authority.parentCode.isEmpty()) {
            m_edges.append({AuthorityEdge::Type::Parent, authority.code, authority.parentCode, 1});
        }
    }

    // Counts by authority, kind and stage in one pass; the authority facet itself does not narrow the map.
    const SqlCondition condition = whereClause(m_filter, m_search, Facet::Authority);
    QSqlQuery &counts = m_db.exec(
        QStringLiteral(
            "SELECT a.code, d.kind, d.stage, count(*) FROM development_authorities da JOIN authorities a "
            "ON a.id = da.authority_id JOIN developments d ON d.id = da.development_id %1 GROUP BY "
            "a.code, d.kind, d.stage")
            .arg(condition.where),
        condition.bindings);
    while (counts.next()) {
        const auto it = m_index.constFind(counts.value(0).toString());
        if (it == m_index.cend()) {
            continue;
        }
        AuthorityNode &node = m_nodes[*it];
        const int n = counts.value(3).toInt();
        node.count += n;
        const qsizetype kind = kindKeys.indexOf(counts.value(1).toString());
        const qsizetype stage = stageKeys.indexOf(counts.value(2).toString());
        if (kind >= 0) {
            node.byKind[kind] += n;
        }
        if (stage >= 0) {
            node.byStage[stage] += n;
        }
    }
    counts.finish();
    for (AuthorityNode &node : m_nodes) {
        node.dominantKind = largestAt(node.byKind);
        node.dominantStage = largestAt(node.byStage);
        m_largest = std::max(m_largest, node.count);
    }

    // Co-issuers: pairs of authorities on one development, counted once per development.
    QSqlQuery &pairs = m_db.exec(
        QStringLiteral(
            "SELECT a1.code, a2.code, count(*) FROM development_authorities x JOIN "
            "development_authorities y ON y.development_id = x.development_id AND y.authority_id > "
            "x.authority_id JOIN authorities a1 ON a1.id = x.authority_id JOIN authorities a2 ON a2.id = "
            "y.authority_id JOIN developments d ON d.id = x.development_id %1 GROUP BY a1.code, a2.code")
            .arg(condition.where),
        condition.bindings);
    while (pairs.next()) {
        m_edges.append({AuthorityEdge::Type::CoIssuer, pairs.value(0).toString(), pairs.value(1).toString(),
                        pairs.value(2).toInt()});
    }
    pairs.finish();

    // A province's developments: those any of its authorities issued, each once.
    QSqlQuery &provinces = m_db.exec(
        QStringLiteral(
            "SELECT a.region, count(DISTINCT da.development_id) FROM development_authorities da JOIN "
            "authorities a ON a.id = da.authority_id JOIN developments d ON d.id = da.development_id %1 "
            "GROUP BY a.region")
            .arg(andWhere(condition.where, QStringLiteral("a.region <> 'CN'"))),
        condition.bindings);
    while (provinces.next()) {
        m_provinceTotals.insert(provinces.value(0).toString(), provinces.value(1).toInt());
    }
    provinces.finish();

    if (m_company != 0) {
        try {
            m_companyProvinces = CompanyRepository(m_db).company(m_company).operatingRegions;
        } catch (const Error &) {
            m_company = 0; // removed meanwhile: no overlay
        }
    }
    if (m_company != 0) {
        // The company's obligations not yet done, by the authorities that issued them.
        QSqlQuery &open = m_db.exec(
            QStringLiteral(
                "SELECT a.code, sum(CASE WHEN coalesce(s.status, 'todo') <> 'done' THEN 1 ELSE 0 END) "
                "FROM (%1) p JOIN obligations o ON o.id = p.obligation_id JOIN development_authorities da "
                "ON da.development_id = o.development_id JOIN authorities a ON a.id = da.authority_id LEFT "
                "JOIN assessments s ON s.company_id = p.company_id AND s.obligation_id = o.id GROUP BY "
                "a.code")
                .arg(applicablePairs(m_company)));
        while (open.next()) {
            const auto it = m_index.constFind(open.value(0).toString());
            if (it != m_index.cend()) {
                m_nodes[*it].bindsCompany = true;
                m_nodes[*it].openObligations = open.value(1).toInt();
            }
        }
        open.finish();
    }
}

} // namespace rt::core
