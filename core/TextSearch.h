#pragma once
// How the filter's text becomes an SQL condition over developments (alias "d"). This is the seam where
// full-text search plugs in: the foundation matches substrings in both languages; an FTS5 index can replace
// it without any view noticing.

#include <QString>
#include <QVariantList>

namespace rt::core {

class TextSearch
{
public:
    virtual ~TextSearch() = default;
    // Appends the bindings it uses; returns an SQL boolean expression, or an empty string for "no condition".
    virtual QString condition(const QString &text, QVariantList &bindings) const = 0;
};

// Every whitespace-separated term must occur, case-insensitively, in a title, document title, summary or
// obligation text of either language.
class SubstringSearch final : public TextSearch
{
public:
    QString condition(const QString &text, QVariantList &bindings) const override;
};

} // namespace rt::core
