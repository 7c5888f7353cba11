// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSearch.h"

#include "Database.h"
#include "Glossary.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QStringList>

namespace rt::core {

std::unique_ptr<TextSearch> TextSearch::forDatabase(Database &db)
{
    if (db.hasSearchIndex()) {
        return FullTextSearch::withGlossary(db);
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

std::unique_ptr<TextSearch> SubstringSearch::on(Database &) const
{
    return std::make_unique<SubstringSearch>();
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

FullTextSearch::FullTextSearch(Database &db, const Glossary *glossary)
    : m_db(db)
    , m_glossary(glossary)
{
    static QAtomicInteger<int> instances;
    m_name = QStringLiteral("search_hits_%1").arg(instances.fetchAndAddRelaxed(1));
    m_table = db.dialect().temporaryTable(m_name);
}

std::unique_ptr<FullTextSearch> FullTextSearch::withGlossary(Database &db)
{
    auto search = std::make_unique<FullTextSearch>(db);
    search->m_builtInGlossary = true;
    return search;
}

const Glossary *FullTextSearch::glossary() const
{
    return m_builtInGlossary ? &Glossary::builtIn() : m_glossary; // read once, thread-safely
}

SearchQuery FullTextSearch::query(const QString &text) const
{
    // Nothing typed needs no glossary: a window that shows everything does not read it.
    return SearchQuery::parse(text, text.trimmed().isEmpty() ? nullptr : glossary());
}

std::unique_ptr<TextSearch> FullTextSearch::on(Database &db) const
{
    auto search = std::make_unique<FullTextSearch>(db, m_glossary);
    search->m_builtInGlossary = m_builtInGlossary;
    return search;
}

QString FullTextSearch::expression(const QString &text) const
{
    return query(text).expression(m_db.dialect().searchSyntax());
}

QString FullTextSearch::hitsQuery(const SqlDialect &dialect)
{
    return dialect.searchHits(titleWeight, bodyWeight);
}

qint64 FullTextSearch::dataVersion() const
{
    return m_db.dataVersion();
}

bool FullTextSearch::isPrepared(const QString &text) const
{
    const QString wanted = expression(text);
    return !wanted.isEmpty() && wanted == m_expression && m_generation == m_db.searchGeneration()
        && m_dataVersion == dataVersion();
}

void FullTextSearch::createTable() const
{
    m_db.execute(m_db.dialect().createTemporaryTable(
        m_name, QStringLiteral("id BIGINT PRIMARY KEY, score DOUBLE PRECISION NOT NULL")));
    m_db.exec(QStringLiteral("DELETE FROM %1").arg(m_table));
}

bool FullTextSearch::adopt(const QString &expression, const QByteArray &hits, qint64 generation,
                           qint64 dataVersion) const
{
    if (generation != m_db.searchGeneration() || dataVersion != this->dataVersion()) {
        return false;
    }
    m_adopted = hits;
    m_expression = expression;
    m_generation = generation;
    m_dataVersion = dataVersion;
    return true;
}

QByteArray FullTextSearch::hits(const QString &expression) const
{
    if (expression.isEmpty() || expression != m_expression) {
        return {};
    }
    if (!m_adopted.isEmpty()) {
        return m_adopted;
    }
    QByteArray json;
    json.append('[');
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, score FROM %1").arg(m_table));
    while (q.next()) {
        if (json.size() > 1) {
            json.append(',');
        }
        json.append('[').append(QByteArray::number(q.value(0).toLongLong())).append(',');
        json.append(QByteArray::number(q.value(1).toDouble(), 'g', 17)).append(']');
    }
    q.finish();
    return json.append(']');
}

bool FullTextSearch::materialize(const QString &text) const
{
    if (isPrepared(text)) {
        if (!m_adopted.isEmpty()) {
            // Hits found elsewhere, written now that a query needs them.
            createTable();
            m_db.exec(m_db.dialect().insertIdScorePairs(m_table), {QString::fromUtf8(m_adopted)});
            m_adopted.clear();
        }
        return true;
    }
    const QString wanted = expression(text);
    if (wanted.isEmpty()) {
        return false;
    }
    m_adopted.clear();
    createTable();
    m_db.exec(QStringLiteral("INSERT INTO %1 (id, score) %2").arg(m_table, hitsQuery(m_db.dialect())),
              {wanted});
    m_expression = wanted;
    m_generation = m_db.searchGeneration();
    m_dataVersion = dataVersion();
    return true;
}

QString FullTextSearch::condition(const QString &text, QVariantList &) const
{
    if (!materialize(text)) {
        return {};
    }
    return QStringLiteral("d.id IN (SELECT id FROM %1)").arg(m_table);
}

QString FullTextSearch::ranking(const QString &text, QVariantList &) const
{
    if (!materialize(text)) {
        return {};
    }
    return m_table;
}

} // namespace rt::core
