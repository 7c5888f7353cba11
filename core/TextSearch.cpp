#include "TextSearch.h"

#include "Database.h"
#include "Glossary.h"

#include <QStringList>

namespace rt::core {

std::unique_ptr<TextSearch> TextSearch::forDatabase(const Database &db)
{
    if (db.hasSearchIndex()) {
        return std::make_unique<FullTextSearch>();
    }
    return std::make_unique<SubstringSearch>();
}

QString TextSearch::ranking(const QString &, QVariantList &) const
{
    return {};
}

SearchQuery TextSearch::query(const QString &text) const
{
    return SearchQuery::parse(text);
}

QString SubstringSearch::condition(const QString &text, QVariantList &bindings) const
{
    const QStringList terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList conditions;
    for (const QString &term : terms) {
        QString escaped = term.toLower();
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        conditions.append(
            QStringLiteral("(lower(d.title_en) LIKE ? ESCAPE '\\' OR d.title_zh LIKE ? ESCAPE '\\' "
                           "OR lower(d.doc_title_en) LIKE ? ESCAPE '\\' OR d.doc_title_zh LIKE ? ESCAPE '\\' "
                           "OR lower(d.summary_en) LIKE ? ESCAPE '\\' OR d.summary_zh LIKE ? ESCAPE '\\' "
                           "OR EXISTS (SELECT 1 FROM obligations o WHERE o.development_id = d.id "
                           "AND (lower(o.text_en) LIKE ? ESCAPE '\\' OR o.text_zh LIKE ? ESCAPE '\\')))"));
        for (int i = 0; i < 8; ++i) {
            bindings.append(pattern);
        }
    }
    return conditions.join(QStringLiteral(" AND "));
}

FullTextSearch::FullTextSearch(const Glossary *glossary)
    : m_glossary(glossary)
{
}

FullTextSearch::FullTextSearch()
    : FullTextSearch(&Glossary::builtIn())
{
}

SearchQuery FullTextSearch::query(const QString &text) const
{
    return SearchQuery::parse(text, m_glossary);
}

QString FullTextSearch::condition(const QString &text, QVariantList &bindings) const
{
    const SearchQuery parsed = query(text);
    if (parsed.isEmpty()) {
        return {};
    }
    bindings.append(parsed.ftsExpression());
    return QStringLiteral("d.id IN (SELECT rowid FROM development_search WHERE development_search MATCH ?)");
}

QString FullTextSearch::ranking(const QString &text, QVariantList &bindings) const
{
    const SearchQuery parsed = query(text);
    if (parsed.isEmpty()) {
        return {};
    }
    bindings.append(parsed.ftsExpression());
    return QStringLiteral("(SELECT rowid AS id, bm25(development_search, %1, %2) AS score FROM "
                          "development_search WHERE development_search MATCH ?)")
        .arg(titleWeight)
        .arg(bodyWeight);
}

} // namespace rt::core
