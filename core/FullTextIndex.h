#pragma once
// The full-text index of developments (table development_search, SQLite FTS5). Every text of a development in
// both languages is indexed in the form SearchQuery::indexForm prepares, in the same transaction as the write
// that changed it: DevelopmentRepository calls index() and remove(), so no writer can forget it.

#include <QString>

namespace rt::core {

class Database;
struct Development;

class FullTextIndex
{
public:
    // The way the text is prepared. Raise it whenever indexForm() or the indexed fields change: databases
    // indexed the old way are rebuilt on open.
    static constexpr int format = 1;

    explicit FullTextIndex(Database &db);

    // Adds or replaces the development's entry.
    void index(qint64 id, const Development &development);
    void remove(qint64 id);
    // Rebuilds the whole index when it was prepared in another format (or never); returns the number of
    // developments indexed, 0 when the index was current.
    int ensureCurrent();
    int rebuild();

    // The two indexed columns, as prepared text: titles (weighted higher when ranking) and the rest.
    static QString titleText(const QStringList &titles);
    static QString bodyText(const QStringList &texts);

private:
    void insert(qint64 id, const QString &title, const QString &body);

    Database &m_db;
};

} // namespace rt::core
