// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which obligations bind which company, held in memory for the checklist and the company matrix. It applies
// the rule of Applicability.h — the obligation's tags meet the company's sectors and its development's region
// is national or one the company is in, or a manager added it by hand; never when marked not applicable, nor
// when a later version replaces its development — to
// compact arrays of every obligation (its tags, region, development and topics) and company, instead of
// running the SQL join for every checklist opened and every matrix cell. Reading it costs one pass over the
// obligations; answering for a company, a pass over those arrays. A test compares its answers with
// applicablePairs() on generated data.

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <vector>

namespace rt::core {

class Database;

class ApplicabilityIndex final
{
public:
    // The obligations as the index knows them.
    struct Obligation
    {
        qint64 id = 0;
        qint64 development = 0;
        int region = 0; // index into the regions read; 0 is national ("CN")
        int tagsFrom = 0; // its tags: m_tags[tagsFrom, tagsTo)
        int tagsTo = 0;
        int topicsFrom = 0; // its development's topics: m_topics[topicsFrom, topicsTo)
        int topicsTo = 0;
        bool superseded = false; // a later version replaces its development: it binds nobody
    };

    explicit ApplicabilityIndex(Database &db);

    // Reads everything: obligations, companies and the marks of manual and not applicable assessments.
    void load();
    // Reads again only the manual and not applicable marks (after assessments changed).
    void loadMarks();
    bool isLoaded() const { return m_loaded; }

    // The obligations (indexes into obligations()) that bind the company, in the order of obligations().
    std::vector<int> applicable(qint64 company) const;
    // The obligations a manager marked not applicable for the company (their ids), superseded ones left out.
    QList<qint64> markedNotApplicable(qint64 company) const;
    // Every company at once, for counting them side by side: calls back, in the order of obligations(), for
    // each obligation that binds some company, with the set of those companies as bits (company c of
    // companies() is bit c % 64 of word c / 64). The same rule and marks as applicable(), in one pass over
    // the obligations instead of one per company.
    void eachBinding(const std::function<void(int obligation, const quint64 *companies)> &visit) const;
    // The companies known, in the order of eachBinding's bits.
    const QList<qint64> &companies() const { return m_companyOrder; }
    // An obligation's index in obligations(), -1 when unknown.
    int indexOf(qint64 obligation) const;
    const std::vector<Obligation> &obligations() const { return m_obligations; }
    // Topic ids of an obligation's development.
    const qint64 *topicsBegin(const Obligation &o) const { return m_topics.data() + o.topicsFrom; }
    const qint64 *topicsEnd(const Obligation &o) const { return m_topics.data() + o.topicsTo; }

private:
    struct Company
    {
        std::vector<bool> tags; // by tag index
        std::vector<bool> regions; // by region index
    };
    int regionIndex(const QString &region);

    Database &m_db;
    bool m_loaded = false;
    std::vector<Obligation> m_obligations;
    std::vector<int> m_tags; // tag indexes, per obligation a range
    std::vector<qint64> m_topics; // topic ids, per obligation a range
    std::vector<std::pair<qint64, int>> m_obligationIndex; // (obligation id, index), by id
    QHash<QString, int> m_regions; // region code -> index
    QHash<qint64, Company> m_companies;
    QList<qint64> m_companyOrder; // the keys of m_companies, ascending
    QHash<qint64, QList<int>> m_manual; // company -> obligation indexes added by hand
    QHash<qint64, QList<qint64>> m_notApplicable; // company -> obligation ids
};

} // namespace rt::core
