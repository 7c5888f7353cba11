// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Display names of authorities, topics and tags in either content language, loaded once and refreshed by the
// models that use them when reference data changes.

#include "Authority.h"

#include <QHash>

namespace rt::core {

class Database;

class ReferenceNames final
{
public:
    void load(Database &db);

    // The short form for tables ("CAC", "网信办"); falls back to the name, then the code.
    QString authorityShort(const QString &code, Language language) const;
    QString authorityName(const QString &code, Language language) const;
    QString topic(const QString &code, Language language) const;
    QString tag(const QString &code, Language language) const;
    const QHash<QString, Authority> &authorities() const { return m_authorities; }

private:
    QHash<QString, Authority> m_authorities;
    QHash<QString, BilingualText> m_topics;
    QHash<QString, BilingualText> m_tags;
};

} // namespace rt::core
