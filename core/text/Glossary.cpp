#include "Glossary.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

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

QString normalizedChinese(const QString &text)
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
        const qsizetype index = glossary.m_entries.size();
        for (const QString &term : std::as_const(entry.english)) {
            const QString key = normalizedEnglish(term);
            glossary.m_index.insert(key, index);
            glossary.m_longest = qMax(glossary.m_longest, int(key.count(u' ')) + 1);
        }
        for (const QString &term : std::as_const(entry.chinese)) {
            glossary.m_index.insert(normalizedChinese(term), index);
        }
        glossary.m_entries.append(entry);
    }
    return glossary;
}

const Glossary &Glossary::builtIn()
{
    static const Glossary glossary = [] {
        QFile file(QStringLiteral(":/glossary/glossary.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            return Glossary();
        }
        return parse(QString::fromUtf8(file.readAll()), QStringLiteral("glossary.tsv"));
    }();
    return glossary;
}

const Glossary::Entry *Glossary::find(const QString &term) const
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    const QString key = term.contains(latin) ? normalizedEnglish(term) : normalizedChinese(term);
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace rt::core
