// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the authority map shows, counted in the database under the shared filter: every authority with the
// number of developments it issued (by kind and by stage), parent relations and co-issuing between
// authorities with their counts, and, for a chosen company, the provinces it operates in and how many of its
// open obligations each authority's rules account for. Counted once per filter change, never while painting.
// The authority part of the filter is left out, so that choosing authorities does not empty the map.

#include "BilingualText.h"
#include "DeferredReload.h"
#include "DevelopmentFilter.h"
#include "Vocabulary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace rt::core {

class Database;
class TextSearch;
struct Change;

struct AuthorityNode
{
    QString code;
    BilingualText name;
    BilingualText abbreviation;
    AuthorityKind kind = AuthorityKind::Regulator;
    AuthorityLevel level = AuthorityLevel::National;
    QString region; // "CN" for national, else a province code
    QString parentCode;
    int count = 0; // developments issued, under the filter
    QList<int> byKind; // counts per Vocabulary::values<DevelopmentKind>()
    QList<int> byStage; // counts per Vocabulary::values<Stage>()
    int dominantKind = -1; // index of the most frequent kind, -1 without developments
    int dominantStage = -1;
    // Company overlay: whether rules of this authority bind the company, and its open obligations from them.
    bool bindsCompany = false;
    int openObligations = 0;

    bool isNational() const { return region.isEmpty() || region == QLatin1StringView("CN"); }
};

struct AuthorityEdge
{
    enum class Type { Parent, CoIssuer };
    Type type = Type::Parent;
    QString from; // the child, or one co-issuer
    QString to; // the parent, or the other co-issuer
    int count = 0; // developments issued together (co-issuers); parents: 1
};

class AuthorityMapData final : public QObject
{
    Q_OBJECT
public:
    // An inactive map counts nothing until it is activated or asked for its nodes.
    AuthorityMapData(Database &db, const TextSearch &search, QObject *parent = nullptr, bool active = true);
    // While inactive (its view hidden) changes are only noted; the counts are read again when it becomes
    // active, or when someone asks for them.
    void setActive(bool active);

    void setFilter(const DevelopmentFilter &filter);
    const DevelopmentFilter &filter() const { return m_filter; }
    // 0: no overlay.
    void setCompany(qint64 company);
    qint64 company() const { return m_company; }

    const QList<AuthorityNode> &nodes() const { return current().m_nodes; }
    const AuthorityNode *node(const QString &code) const;
    const QList<AuthorityEdge> &edges() const { return current().m_edges; }
    // Developments of all the province's authorities under the filter (a development two of them issued
    // counts once).
    int provinceTotal(const QString &province) const { return current().m_provinceTotals.value(province); }
    int largestCount() const { return current().m_largest; }
    // The provinces the overlay company operates in (empty without a company).
    const QStringList &companyProvinces() const { return current().m_companyProvinces; }
    // Codes of the province's authorities, for "filter by this province".
    QStringList authoritiesIn(const QString &province) const;

Q_SIGNALS:
    void changed();

private:
    void reload();
    void load(); // reads, without telling anyone
    const AuthorityMapData &current() const;
    void onDatabaseChanged(const QList<Change> &changes);

    Database &m_db;
    const TextSearch &m_search;
    mutable DeferredReload m_deferred;
    DevelopmentFilter m_filter;
    qint64 m_company = 0;
    QList<AuthorityNode> m_nodes;
    QHash<QString, qsizetype> m_index;
    QList<AuthorityEdge> m_edges;
    QHash<QString, int> m_provinceTotals;
    QStringList m_companyProvinces;
    int m_largest = 0;
};

} // namespace rt::core
