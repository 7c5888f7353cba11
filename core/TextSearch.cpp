#include "TextSearch.h"

#include <QStringList>

namespace rt::core {

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

} // namespace rt::core
