// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorityCatalogue.h"

#include "Error.h"
#include "UserDataFiles.h"

#include <QRegularExpression>
#include <QSet>

namespace rt::core {

namespace {

enum Column {
    CodeColumn,
    NameEnColumn,
    NameZhColumn,
    AbbreviationEnColumn,
    AbbreviationZhColumn,
    KindColumn,
    LevelColumn,
    RegionColumn,
    ParentColumn,
    AliasesColumn,
    SourceColumn,
    ColumnCount
};

QStringList aliasesOf(const QString &cell)
{
    QStringList result;
    for (const QString &part : cell.split(u'|')) {
        if (const QString alias = part.trimmed(); !alias.isEmpty()) {
            result.append(alias);
        }
    }
    return result;
}

// One catalogue line as an entry; the message of what is wrong with it when it cannot be one.
CatalogueEntry entryOf(const QStringList &cells, QString *problem)
{
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$"));
    static const QRegularExpression regionShape(QStringLiteral("^CN(?:-[A-Z]{2})?$"));
    CatalogueEntry entry;
    Authority &a = entry.authority;
    a.code = cells.at(CodeColumn);
    a.name = {cells.at(NameEnColumn), cells.at(NameZhColumn)};
    a.abbreviation = {cells.at(AbbreviationEnColumn), cells.at(AbbreviationZhColumn)};
    a.region = cells.at(RegionColumn);
    a.parentCode = cells.at(ParentColumn);
    entry.aliases = aliasesOf(cells.at(AliasesColumn));
    entry.source = cells.at(SourceColumn);
    const auto kind = Vocabulary::fromKey<AuthorityKind>(cells.at(KindColumn));
    const auto level = Vocabulary::fromKey<AuthorityLevel>(cells.at(LevelColumn));
    if (!codeShape.match(a.code).hasMatch()) {
        *problem = AuthorityCatalogue::tr("“%1” is not an authority code.").arg(a.code);
    } else if (a.name.en.isEmpty() || a.name.zh.isEmpty()) {
        *problem = AuthorityCatalogue::tr("%1 needs an English and a Chinese name.").arg(a.code);
    } else if (!kind) {
        *problem = AuthorityCatalogue::tr("“%1” is not a kind of authority.").arg(cells.at(KindColumn));
    } else if (!level) {
        *problem = AuthorityCatalogue::tr("“%1” is not a level.").arg(cells.at(LevelColumn));
    } else if (!regionShape.match(a.region).hasMatch()
               || (*level == AuthorityLevel::National) != (a.region == u"CN")) {
        *problem = AuthorityCatalogue::tr("the region “%1” does not fit a %2 authority.")
                       .arg(a.region, cells.at(LevelColumn));
    } else {
        a.kind = *kind;
        a.level = *level;
    }
    return entry;
}

} // namespace

const AuthorityCatalogue &AuthorityCatalogue::builtIn()
{
    static const AuthorityCatalogue catalogue = load(UserDataFiles::folder());
    return catalogue;
}

AuthorityCatalogue AuthorityCatalogue::load(const QString &userFolder)
{
    const QList<DataFile> files
        = UserDataFiles::withUserFile(QStringLiteral(":/import/authority-catalogue.tsv"), userFolder);
    if (files.size() > 1) {
        try {
            return parse(files);
        } catch (const Error &error) {
            UserDataFiles::noteLeftOut(error.message());
        }
    }
    return parse({files.constFirst()});
}

AuthorityCatalogue AuthorityCatalogue::parse(const QString &text, const QString &origin)
{
    return parse(QList<DataFile>{{text, origin}});
}

AuthorityCatalogue AuthorityCatalogue::parse(const QList<DataFile> &files)
{
    // Every row with the file and line it comes from; a later file's row for a code an earlier file has
    // takes that entry's place (and is checked where it stands, after the earlier file's rows).
    struct Row
    {
        CatalogueEntry entry;
        qsizetype file = 0;
        int line = 0;
    };
    QList<Row> rows;
    QHash<QString, qsizetype> rowOf; // code -> index into rows
    const auto fail = [&files](const Row &row, const QString &problem) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1, line %2: %3").arg(files.at(row.file).origin).arg(row.line).arg(problem));
    };
    for (qsizetype f = 0; f < files.size(); ++f) {
        const QStringList lines = files.at(f).text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = QString(lines.at(i)).remove(u'\r');
            if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            Row row{{}, f, i + 1};
            QStringList cells = line.split(u'\t');
            if (cells.size() != ColumnCount) {
                fail(row,
                     tr("expected %1 columns separated by tabs, found %2.")
                         .arg(ColumnCount)
                         .arg(cells.size()));
            }
            for (QString &cell : cells) {
                cell = cell.trimmed();
            }
            QString problem;
            row.entry = entryOf(cells, &problem);
            if (!problem.isEmpty()) {
                fail(row, problem);
            }
            const QString &code = row.entry.authority.code;
            const auto earlier = rowOf.constFind(code);
            if (earlier != rowOf.cend() && rows.at(*earlier).file == f) {
                fail(row, tr("the code %1 is used twice.").arg(code));
            }
            if (earlier != rowOf.cend()) {
                rows[*earlier].entry.authority.code.clear(); // replaced: dropped below
            }
            rowOf.insert(code, rows.size());
            rows.append(std::move(row));
        }
    }
    rows.removeIf([](const Row &row) { return row.entry.authority.code.isEmpty(); });

    AuthorityCatalogue catalogue;
    QHash<QString, QString> names; // lower-case name -> code
    for (const Row &row : std::as_const(rows)) {
        const Authority &a = row.entry.authority;
        for (const QString &name :
             QStringList{a.name.en, a.name.zh, a.abbreviation.en, a.abbreviation.zh} + row.entry.aliases) {
            const QString key = name.toLower();
            if (!key.isEmpty() && names.value(key, a.code) != a.code) {
                fail(row, tr("the name “%1” is used by %2 and %3.").arg(name, names.value(key), a.code));
            }
            if (!key.isEmpty()) {
                names.insert(key, a.code);
            }
        }
        catalogue.m_byCode.insert(a.code, catalogue.m_entries.size());
        catalogue.m_entries.append(row.entry);
    }
    for (const Row &row : std::as_const(rows)) {
        const CatalogueEntry &entry = row.entry;
        QSet<QString> seen{entry.authority.code};
        for (QString parent = entry.authority.parentCode; !parent.isEmpty();) {
            const CatalogueEntry *up = catalogue.find(parent);
            if (!up) {
                fail(row,
                     tr("the parent %1 of %2 is not in the catalogue.").arg(parent, entry.authority.code));
            }
            if (seen.contains(parent)) {
                fail(row, tr("the parents of %1 form a cycle.").arg(entry.authority.code));
            }
            seen.insert(parent);
            parent = up->authority.parentCode;
        }
    }
    return catalogue;
}

const CatalogueEntry *AuthorityCatalogue::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_entries.at(*it);
}

QList<Authority> AuthorityCatalogue::missingChain(const QString &code,
                                                  const std::function<bool(const QString &)> &known) const
{
    QList<Authority> chain;
    for (QString current = code; !current.isEmpty() && !known(current);) {
        const CatalogueEntry *entry = find(current);
        if (!entry) {
            break;
        }
        chain.prepend(entry->authority);
        current = entry->authority.parentCode;
    }
    return chain;
}

} // namespace rt::core
