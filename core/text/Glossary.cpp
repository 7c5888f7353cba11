// SPDX-License-Identifier: GPL-3.0-or-later
#include "Glossary.h"

#include "ChineseScript.h"
#include "Error.h"
#include "UserDataFiles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rt::core {

namespace {

QString foldPlural(const QString &word)
{
    if (word.size() > 4 && word.endsWith(QLatin1StringView("ies"))) {
        return word.chopped(3) + u'y';
    }
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1StringView("ss"))
        && !word.endsWith(QLatin1StringView("us")) && !word.endsWith(QLatin1StringView("is"))) {
        return word.chopped(1);
    }
    return word;
}

QStringList variants(const QString &side)
{
    QStringList result;
    for (const QString &variant : side.split(u'|')) {
        const QString trimmed = variant.trimmed();
        if (!trimmed.isEmpty()) {
            result.append(trimmed);
        }
    }
    return result;
}

QString withoutSpaces(const QString &text)
{
    QString result;
    for (QChar c : text) {
        if (!c.isSpace()) {
            result.append(c);
        }
    }
    return result;
}

} // namespace

QString Glossary::key(const QString &term)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return term.contains(latin) ? normalizedEnglish(term) : ChineseScript::fold(withoutSpaces(term));
}

void Glossary::noteLength(const QString &key)
{
    if (!ChineseScript::hasHan(key)) {
        m_longest = qMax(m_longest, int(key.count(u' ')) + 1);
    }
}

QString Glossary::normalizedEnglish(const QString &text)
{
    QString plain = text.toLower();
    plain.remove(u'\'').remove(QChar(0x2019));
    plain.replace(u'-', u' ');
    QStringList words = plain.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        word = foldPlural(word);
    }
    return words.join(u' ');
}

Glossary Glossary::parse(const QString &text, const QString &origin)
{
    Glossary glossary;
    glossary.addEntries(text, origin);
    return glossary;
}

void Glossary::addEntries(const QString &text, const QString &origin)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList sides = lines.at(n).split(u'\t');
        Entry entry;
        if (sides.size() == 2) {
            entry.english = variants(sides.at(0));
            entry.chinese = variants(sides.at(1));
        }
        if (entry.english.isEmpty() || entry.chinese.isEmpty()) {
            throw Error(Error::Code::InvalidInput,
                        QCoreApplication::translate("rt::core::Glossary",
                                                    "%1, line %2: a glossary entry needs English and Chinese "
                                                    "terms separated by one tab.")
                            .arg(origin)
                            .arg(n + 1));
        }
        const qsizetype index = m_entries.size();
        for (const QString &term : std::as_const(entry.english)) {
            m_index.insert(normalizedEnglish(term), index);
            noteLength(normalizedEnglish(term));
        }
        for (const QString &term : std::as_const(entry.chinese)) {
            m_index.insert(key(term), index);
        }
        m_entries.append(entry);
    }
}

void Glossary::addRelated(const QString &text, const QString &origin)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        QStringList terms;
        for (const QString &term : lines.at(n).split(u'\t').mid(1)) {
            if (!term.trimmed().isEmpty()) {
                terms.append(term.trimmed());
            }
        }
        if (terms.size() < 2) {
            throw Error(
                Error::Code::InvalidInput,
                QCoreApplication::translate("rt::core::Glossary",
                                            "%1, line %2: a group of related terms needs a name and at "
                                            "least two terms, separated by tabs.")
                    .arg(origin)
                    .arg(n + 1));
        }
        const qsizetype index = m_groups.size();
        for (const QString &term : std::as_const(terms)) {
            m_groupIndex.insert(key(term), index);
            noteLength(key(term));
        }
        m_groups.append(terms);
    }
}

const Glossary &Glossary::builtIn()
{
    static const Glossary glossary = load(UserDataFiles::folder());
    return glossary;
}

Glossary Glossary::load(const QString &userFolder)
{
    const QList<DataFile> entries
        = UserDataFiles::withUserFile(QStringLiteral(":/glossary/glossary.tsv"), userFolder);
    const QList<DataFile> related
        = UserDataFiles::withUserFile(QStringLiteral(":/glossary/related.tsv"), userFolder);
    Glossary result = parse(entries.constFirst().text, entries.constFirst().origin);
    result.addRelated(related.constFirst().text, related.constFirst().origin);
    // The user's files after the shipped ones, each on its own: one with a bad line changes nothing.
    const auto merge
        = [&result](const QList<DataFile> &files, void (Glossary::*add)(const QString &, const QString &)) {
              for (qsizetype i = 1; i < files.size(); ++i) {
                  Glossary trial = result;
                  try {
                      (trial.*add)(files.at(i).text, files.at(i).origin);
                      result = std::move(trial);
                  } catch (const Error &error) {
                      UserDataFiles::noteLeftOut(error.message());
                  }
              }
          };
    merge(entries, &Glossary::addEntries);
    merge(related, &Glossary::addRelated);
    return result;
}

const Glossary::Entry *Glossary::find(const QString &term) const
{
    const auto it = m_index.constFind(key(term));
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

bool Glossary::knows(const QString &term) const
{
    const QString k = key(term);
    return m_index.contains(k) || m_groupIndex.contains(k);
}

QStringList Glossary::related(const QString &term) const
{
    // The term itself and its same-meaning terms lead to groups; none of them is related to itself.
    QStringList own{term};
    if (const Entry *entry = find(term)) {
        own += entry->english + entry->chinese;
    }
    QSet<QString> ownKeys;
    for (const QString &t : std::as_const(own)) {
        ownKeys.insert(key(t));
    }
    QList<qsizetype> groups;
    for (const QString &k : std::as_const(ownKeys)) {
        for (auto it = m_groupIndex.constFind(k); it != m_groupIndex.cend() && it.key() == k; ++it) {
            if (!groups.contains(*it)) {
                groups.append(*it);
            }
        }
    }
    std::sort(groups.begin(), groups.end());
    QStringList result;
    QSet<QString> seen = ownKeys;
    for (qsizetype group : std::as_const(groups)) {
        for (const QString &t : m_groups.at(group)) {
            const QString k = key(t);
            if (!seen.contains(k)) {
                seen.insert(k);
                result.append(t);
            }
        }
    }
    return result;
}

} // namespace rt::core
