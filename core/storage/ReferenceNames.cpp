// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceNames.h"

#include "AuthorityRepository.h"

namespace rt::core {

void ReferenceNames::load(Database &db)
{
    AuthorityRepository repository(db);
    m_authorities.clear();
    for (const Authority &authority : repository.all()) {
        m_authorities.insert(authority.code, authority);
    }
    m_topics.clear();
    for (const Term &term : repository.terms(TermKind::Topic)) {
        m_topics.insert(term.code, term.name);
    }
    m_tags.clear();
    for (const Term &term : repository.terms(TermKind::Tag)) {
        m_tags.insert(term.code, term.name);
    }
}

QString ReferenceNames::authorityShort(const QString &code, Language language) const
{
    const auto it = m_authorities.constFind(code);
    if (it == m_authorities.cend()) {
        return code;
    }
    const QString &abbreviation = it->abbreviation.in(language);
    if (!abbreviation.isEmpty()) {
        return abbreviation;
    }
    return language == Language::English ? code : it->name.preferring(language);
}

QString ReferenceNames::authorityName(const QString &code, Language language) const
{
    const auto it = m_authorities.constFind(code);
    return it == m_authorities.cend() ? code : it->name.preferring(language);
}

QString ReferenceNames::topic(const QString &code, Language language) const
{
    const auto it = m_topics.constFind(code);
    return it == m_topics.cend() ? code : it->preferring(language);
}

QString ReferenceNames::tag(const QString &code, Language language) const
{
    const auto it = m_tags.constFind(code);
    return it == m_tags.cend() ? code : it->preferring(language);
}

} // namespace rt::core
