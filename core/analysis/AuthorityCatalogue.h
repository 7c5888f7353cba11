// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The catalogue of Chinese authorities that RegTracker ships (resources/import/authority-catalogue.tsv): the
// NPC and its Standing Committee, the State Council, ministries, commissions and administrations, courts,
// standards bodies and technical committees, the provincial branches of CAC, SAMR and MIIT, associations and
// forums — each with English and Chinese names, abbreviations, kind, level, region, parent, the other names
// newsletters use and where the names come from. Import recognises every catalogued name and proposes the
// entry (with its parents) when a newsletter names an authority the database does not have yet. The catalogue
// promises that codes and names are unique and that every parent is in it, without cycles.

#include "Authority.h"
#include "UserDataFiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace rt::core {

struct CatalogueEntry
{
    Authority authority;
    QStringList aliases; // other names newsletters use, English and Chinese mixed
    QString source; // where the names come from
};

class AuthorityCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::AuthorityCatalogue)
public:
    // The catalogue compiled into the application, with the user's own authority-catalogue.tsv merged over it
    // (UserDataFiles).
    static const AuthorityCatalogue &builtIn();
    // The shipped catalogue with the user's file in `userFolder` merged over it: a user's row adds an
    // authority, or replaces the shipped entry with its code (to add aliases, say). A user's file with a
    // problem is left out, and noted in UserDataFiles::problems().
    static AuthorityCatalogue load(const QString &userFolder);
    // Reads a catalogue in the shipped format (eleven tab-separated columns, '#' comments). Throws
    // Error(InvalidInput) naming origin and the line of the first problem: a wrong number of columns, an
    // empty or repeated code, an unknown kind or level, a region that does not fit the level, a parent that
    // is not in the catalogue or a cycle of parents, or a name used by two authorities.
    static AuthorityCatalogue parse(const QString &text, const QString &origin);
    // The same over several files, read in order: a later file's row for a code replaces an earlier file's.
    static AuthorityCatalogue parse(const QList<DataFile> &files);

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    // nullptr when the code is not catalogued.
    const CatalogueEntry *find(const QString &code) const;
    // What must be added for `code` to be stored: its entry and every ancestor that `known` does not
    // have, parents before children; empty when the code is known or not catalogued.
    QList<Authority> missingChain(const QString &code,
                                  const std::function<bool(const QString &)> &known) const;

private:
    QList<CatalogueEntry> m_entries;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace rt::core
