// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicabilityIndex.h"

#include "Database.h"

#include <algorithm>
#include <tuple>

namespace rt::core {

ApplicabilityIndex::ApplicabilityIndex(Database &db)
    : m_db(db)
{
}

int ApplicabilityIndex::regionIndex(const QString &region)
{
    auto it = m_regions.constFind(region);
    if (it == m_regions.cend()) {
        it = m_regions.insert(region, int(m_regions.size()));
    }
    return *it;
}

void ApplicabilityIndex::load()
{
    m_obligations.clear();
    m_tags.clear();
    m_topics.clear();
    m_obligationIndex.clear();
    m_regions.clear();
    m_companies.clear();

    // Regions by number, national first, then those companies are in. A development in any other region
    // binds nobody by the rule (no company is there), so those are all one number, -1, and the library's
    // developments need not be read twice to list their regions.
    regionIndex(QStringLiteral("CN"));
    QSqlQuery &regions
        = m_db.exec(QStringLiteral("SELECT DISTINCT region FROM company_regions ORDER BY region"));
    while (regions.next()) {
        regionIndex(regions.value(0).toString());
    }
    regions.finish();
    QStringList codes(m_regions.size());
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it) {
        codes[it.value()] = it.key();
    }

    // Each development's region and topics (in their own order), by development id.
    std::vector<std::pair<qint64, int>> developmentRegion;
    m_db.eachIntegerRow(QStringLiteral("SELECT id, region FROM developments ORDER BY id"), {}, 2, 1, codes,
                        [&](const qint64 *v) { developmentRegion.emplace_back(v[0], int(v[1])); });
    // Topics in their development's order: read as the table stores them and put in order here, which
    // costs less than the engine walking its key (the position is not in it) or sorting every row.
    std::vector<std::tuple<qint64, qint64, qint64>> topicRows;
    m_db.eachIntegerRow(QStringLiteral("SELECT development_id, position, topic_id FROM development_topics"),
                        {}, 3, [&](const qint64 *v) { topicRows.emplace_back(v[0], v[1], v[2]); });
    std::sort(topicRows.begin(), topicRows.end());
    std::vector<std::pair<qint64, qint64>> developmentTopics;
    developmentTopics.reserve(topicRows.size());
    for (const auto &[development, position, topic] : topicRows) {
        developmentTopics.emplace_back(development, topic);
    }
    std::vector<std::pair<qint64, qint64>> obligationTags;
    m_db.eachIntegerRow(
        QStringLiteral(
            "SELECT obligation_id, tag_id FROM obligation_applies_to ORDER BY obligation_id, tag_id"),
        {}, 2, [&](const qint64 *v) { obligationTags.emplace_back(v[0], v[1]); });
    QHash<qint64, int> tagIndex;
    const auto tagOf = [&tagIndex](qint64 tag) {
        auto it = tagIndex.constFind(tag);
        if (it == tagIndex.cend()) {
            it = tagIndex.insert(tag, int(tagIndex.size()));
        }
        return *it;
    };

    // Developments a later version replaces: their obligations bind nobody.
    std::vector<qint64> replaced;
    m_db.eachIntegerRow(
        QStringLiteral("SELECT DISTINCT replaces_id FROM developments WHERE replaces_id IS NOT "
                       "NULL ORDER BY replaces_id"),
        {}, 1, [&](const qint64 *v) { replaced.push_back(v[0]); });

    // The obligations, by development; each with its tags, region and its development's topics. The
    // developments' regions and topics are in the same order, so each is met by walking along.
    const auto byFirst = [](const auto &a, const auto &b) { return a.first < b.first; };
    auto region = developmentRegion.cbegin();
    auto topic = developmentTopics.cbegin();
    auto tagAt = obligationTags.cbegin();
    m_db.eachIntegerRow(
        QStringLiteral("SELECT id, development_id FROM obligations ORDER BY development_id, position"), {}, 2,
        [&](const qint64 *v) {
            Obligation o;
            o.id = v[0];
            o.development = v[1];
            o.superseded = std::binary_search(replaced.cbegin(), replaced.cend(), o.development);
            while (region != developmentRegion.cend() && region->first < o.development) {
                ++region;
            }
            o.region
                = region != developmentRegion.cend() && region->first == o.development ? region->second : -1;
            o.tagsFrom = int(m_tags.size());
            // Obligations mostly come in the order of their ids too: walk on a little, or search.
            const auto search = [&] {
                tagAt = std::lower_bound(obligationTags.cbegin(), obligationTags.cend(),
                                         std::pair<qint64, qint64>(o.id, 0), byFirst);
            };
            if (tagAt == obligationTags.cend() || tagAt->first > o.id) {
                search();
            }
            for (int step = 0; tagAt != obligationTags.cend() && tagAt->first < o.id; ++step) {
                if (step == 16) {
                    search();
                    break;
                }
                ++tagAt;
            }
            for (; tagAt != obligationTags.cend() && tagAt->first == o.id; ++tagAt) {
                m_tags.push_back(tagOf(tagAt->second));
            }
            o.tagsTo = int(m_tags.size());
            o.topicsFrom = int(m_topics.size());
            while (topic != developmentTopics.cend() && topic->first < o.development) {
                ++topic;
            }
            for (auto t = topic; t != developmentTopics.cend() && t->first == o.development; ++t) {
                m_topics.push_back(t->second);
            }
            o.topicsTo = int(m_topics.size());
            m_obligationIndex.emplace_back(o.id, int(m_obligations.size()));
            m_obligations.push_back(o);
        });
    std::sort(m_obligationIndex.begin(), m_obligationIndex.end());

    // Companies: the tags of their sectors and the regions they are in.
    const auto company = [this, &tagIndex](qint64 id) -> Company & {
        Company &c = m_companies[id];
        c.tags.resize(std::size_t(tagIndex.size()), false);
        c.regions.resize(std::size_t(m_regions.size()), false);
        return c;
    };
    m_db.eachIntegerRow(QStringLiteral("SELECT id FROM companies"), {}, 1,
                        [&](const qint64 *v) { company(v[0]); });
    m_db.eachIntegerRow(QStringLiteral("SELECT company_id, tag_id FROM company_sectors"), {}, 2,
                        [&](const qint64 *v) {
                            const auto tag = tagIndex.constFind(v[1]);
                            if (tag != tagIndex.cend()) { // a sector no obligation applies to binds nothing
                                company(v[0]).tags[std::size_t(*tag)] = true;
                            }
                        });
    m_db.eachIntegerRow(QStringLiteral("SELECT company_id, region FROM company_regions"), {}, 2, 1, codes,
                        [&](const qint64 *v) {
                            if (v[1] >= 0) {
                                company(v[0]).regions[std::size_t(v[1])] = true;
                            }
                        });
    m_companyOrder = m_companies.keys();
    std::sort(m_companyOrder.begin(), m_companyOrder.end());
    loadMarks();
    m_loaded = true;
}

void ApplicabilityIndex::loadMarks()
{
    m_manual.clear();
    m_notApplicable.clear();
    m_db.eachIntegerRow(
        QStringLiteral("SELECT company_id, obligation_id, CASE applicability WHEN 'manual' THEN 1 "
                       "ELSE 0 END FROM assessments WHERE applicability IN ('manual', "
                       "'not_applicable')"),
        {}, 3, [this](const qint64 *v) {
            const int index = indexOf(v[1]);
            if (index < 0 || m_obligations[std::size_t(index)].superseded) {
                return;
            }
            if (v[2] == 1) {
                m_manual[v[0]].append(index);
            } else {
                m_notApplicable[v[0]].append(v[1]);
            }
        });
}

int ApplicabilityIndex::indexOf(qint64 obligation) const
{
    const auto it = std::lower_bound(m_obligationIndex.cbegin(), m_obligationIndex.cend(),
                                     std::pair<qint64, int>(obligation, -1));
    return it != m_obligationIndex.cend() && it->first == obligation ? it->second : -1;
}

std::vector<int> ApplicabilityIndex::applicable(qint64 companyId) const
{
    std::vector<int> result;
    const auto company = m_companies.constFind(companyId);
    if (company != m_companies.cend()) {
        const Company &c = *company;
        for (std::size_t i = 0; i < m_obligations.size(); ++i) {
            const Obligation &o = m_obligations[i];
            // National rules cover every region.
            if (o.superseded || o.region < 0 || (o.region != 0 && !c.regions[std::size_t(o.region)])) {
                continue;
            }
            for (int t = o.tagsFrom; t < o.tagsTo; ++t) {
                if (c.tags[std::size_t(m_tags[std::size_t(t)])]) {
                    result.push_back(int(i));
                    break;
                }
            }
        }
    }
    const QList<int> manual = m_manual.value(companyId);
    const QList<qint64> notApplicable = m_notApplicable.value(companyId);
    if (manual.isEmpty() && notApplicable.isEmpty()) {
        return result;
    }
    result.insert(result.end(), manual.cbegin(), manual.cend());
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    std::erase_if(result, [&](int i) { return notApplicable.contains(m_obligations[std::size_t(i)].id); });
    return result;
}

void ApplicabilityIndex::eachBinding(
    const std::function<void(int obligation, const quint64 *companies)> &visit) const
{
    const std::size_t words = (std::size_t(m_companyOrder.size()) + 63) / 64;
    if (words == 0) {
        return;
    }
    // Per tag and per region, the companies that have it.
    std::size_t tagCount = 0;
    for (const Company &c : m_companies) {
        tagCount = std::max(tagCount, c.tags.size());
    }
    std::vector<quint64> withTag(tagCount * words, 0);
    std::vector<quint64> inRegion(std::size_t(m_regions.size()) * words, 0);
    for (qsizetype position = 0; position < m_companyOrder.size(); ++position) {
        const Company &c = m_companies[m_companyOrder.at(position)];
        const quint64 bit = quint64(1) << (position % 64);
        const std::size_t word = std::size_t(position) / 64;
        for (std::size_t t = 0; t < c.tags.size(); ++t) {
            if (c.tags[t]) {
                withTag[t * words + word] |= bit;
            }
        }
        for (std::size_t r = 0; r < c.regions.size(); ++r) {
            if (c.regions[r]) {
                inRegion[r * words + word] |= bit;
            }
        }
    }
    // The marks, by obligation: added by hand, or marked not applicable (which wins, as in applicable()).
    struct Mark
    {
        int obligation;
        std::size_t company;
        bool add;
    };
    std::vector<Mark> marks;
    for (qsizetype position = 0; position < m_companyOrder.size(); ++position) {
        const qint64 id = m_companyOrder.at(position);
        for (int i : m_manual.value(id)) {
            marks.push_back({i, std::size_t(position), true});
        }
        for (qint64 obligation : m_notApplicable.value(id)) {
            marks.push_back({indexOf(obligation), std::size_t(position), false});
        }
    }
    // Taken from the back: by obligation, and for one obligation an addition before a removal.
    std::sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return a.obligation != b.obligation ? a.obligation > b.obligation : a.add < b.add;
    });

    std::vector<quint64> bound(words);
    for (std::size_t i = 0; i < m_obligations.size(); ++i) {
        const Obligation &o = m_obligations[i];
        std::fill(bound.begin(), bound.end(), 0);
        if (!o.superseded && o.region >= 0) {
            for (int t = o.tagsFrom; t < o.tagsTo; ++t) {
                const quint64 *tag = withTag.data() + std::size_t(m_tags[std::size_t(t)]) * words;
                for (std::size_t w = 0; w < words; ++w) {
                    bound[w] |= tag[w];
                }
            }
            if (o.region != 0) { // national rules cover every region
                const quint64 *region = inRegion.data() + std::size_t(o.region) * words;
                for (std::size_t w = 0; w < words; ++w) {
                    bound[w] &= region[w];
                }
            }
        }
        for (; !marks.empty() && marks.back().obligation <= int(i); marks.pop_back()) {
            const Mark &mark = marks.back();
            if (mark.obligation == int(i)) {
                quint64 &word = bound[mark.company / 64];
                const quint64 bit = quint64(1) << (mark.company % 64);
                word = mark.add ? word | bit : word & ~bit;
            }
        }
        if (std::any_of(bound.cbegin(), bound.cend(), [](quint64 w) { return w != 0; })) {
            visit(int(i), bound.data());
        }
    }
}

QList<qint64> ApplicabilityIndex::markedNotApplicable(qint64 company) const
{
    return m_notApplicable.value(company);
}

} // namespace rt::core
