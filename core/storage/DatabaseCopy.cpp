// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCopy.h"

#include "Change.h"
#include "Database.h"
#include "Error.h"
#include "FullTextIndex.h"
#include "ScopedTransaction.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace rt::core {

namespace {

using ValueKind = SqlDialect::ValueKind;

struct Column
{
    QString name;
    ValueKind kind = ValueKind::Text;
    int keyPosition = 0; // 1-based position in the primary key, 0 when not part of it
};

struct Table
{
    QString name;
    QList<Column> columns; // by name: the order in which rows are hashed
    QList<Column> key; // the primary key, in its own order: the order in which rows are read
    QStringList references; // the other tables its foreign keys point at
    QStringList selfReferences; // its columns that point at its own rows
};

// The schema's version records belong to each database, and the target builds its own full-text index.
bool holdsData(const QString &table)
{
    return table != u"schema_migrations" && table != u"search_index" && table != u"development_search";
}

QStringList quotedNames(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &column : columns) {
        names.append(SqlDialect::quoted(column.name));
    }
    return names;
}

// Every table with data, each after the tables it refers to.
QList<Table> catalogue(Database &db)
{
    const SqlDialect &dialect = db.dialect();
    QStringList names;
    QSqlQuery &list = db.exec(dialect.listTables());
    while (list.next()) {
        if (const QString name = list.value(0).toString(); holdsData(name)) {
            names.append(name);
        }
    }
    list.finish();

    QList<Table> tables;
    for (const QString &name : std::as_const(names)) {
        Table table;
        table.name = name;
        QSqlQuery &columns = db.exec(dialect.listColumns(), {name});
        while (columns.next()) {
            table.columns.append({columns.value(0).toString(),
                                  SqlDialect::valueKind(columns.value(1).toString()),
                                  columns.value(2).toInt()});
        }
        columns.finish();
        std::sort(table.columns.begin(), table.columns.end(),
                  [](const Column &a, const Column &b) { return a.name < b.name; });
        for (const Column &column : std::as_const(table.columns)) {
            if (column.keyPosition > 0) {
                table.key.append(column);
            }
        }
        std::sort(table.key.begin(), table.key.end(),
                  [](const Column &a, const Column &b) { return a.keyPosition < b.keyPosition; });
        if (table.key.isEmpty()) {
            table.key = table.columns; // no primary key: all columns give the order
        }
        QSqlQuery &keys = db.exec(dialect.listForeignKeys(), {name});
        while (keys.next()) {
            const QString referenced = keys.value(0).toString();
            if (referenced == name) {
                table.selfReferences.append(keys.value(1).toString());
            } else if (names.contains(referenced) && !table.references.contains(referenced)) {
                table.references.append(referenced);
            }
        }
        keys.finish();
        tables.append(table);
    }

    QList<Table> ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool moved = false;
        for (const Table &table : std::as_const(tables)) {
            if (!placed.contains(table.name)
                && std::all_of(table.references.cbegin(), table.references.cend(),
                               [&](const QString &other) { return placed.contains(other); })) {
                ordered.append(table);
                placed.insert(table.name);
                moved = true;
            }
        }
        if (!moved) {
            throw Error(
                Error::Code::Failed,
                DatabaseCopy::tr("The tables of %1 refer to each other in a circle, so they cannot be "
                                 "copied one after another.")
                    .arg(db.path()));
        }
    }
    return ordered;
}

QString selectInKeyOrder(const SqlDialect &dialect, const Table &table)
{
    QStringList order;
    for (const Column &column : table.key) {
        order.append(dialect.byteOrder(column.name, column.kind));
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(quotedNames(table.columns).join(QStringLiteral(", ")), SqlDialect::quoted(table.name),
             order.join(QStringLiteral(", ")));
}

// A value as its column's kind holds it, whichever engine read it (QPSQL may return numbers as text). SQL
// NULL stays NULL, of the column's type.
QVariant canonical(const QVariant &value, ValueKind kind)
{
    if (value.isNull()) {
        switch (kind) {
        case ValueKind::Integer:
            return QVariant(QMetaType::fromType<qlonglong>());
        case ValueKind::Real:
            return QVariant(QMetaType::fromType<double>());
        case ValueKind::Blob:
            return QVariant(QMetaType::fromType<QByteArray>());
        case ValueKind::Text:
            return QVariant(QMetaType::fromType<QString>());
        }
    }
    switch (kind) {
    case ValueKind::Integer: {
        // SQLite keeps a fraction even in an INTEGER column: keep it too rather than round it away.
        if (value.typeId() == QMetaType::Double && std::trunc(value.toDouble()) != value.toDouble()) {
            return value.toDouble();
        }
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(value.toString());
    }
    case ValueKind::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(value.toString());
    }
    case ValueKind::Blob:
        return value.toByteArray();
    case ValueKind::Text:
        break;
    }
    return value.toString();
}

// One canonical value into the digest: its kind, then the value in a form that no other value shares.
void addToDigest(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
        hash.addData(QByteArray(QByteArray("I") + QByteArray::number(value.toLongLong()) + ';'));
        return;
    case QMetaType::Double:
        hash.addData(QByteArray(QByteArray("R") + QByteArray::number(value.toDouble(), 'g', 17) + ';'));
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        hash.addData(QByteArray(QByteArray("B") + QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        hash.addData(QByteArray(QByteArray("T") + QByteArray::number(text.size()) + ':'));
        hash.addData(text);
        return;
    }
    }
}

// A forward-only read of a whole table in key order, for the rows to stream instead of arriving at once.
QSqlQuery readRows(Database &db, const Table &table)
{
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(selectInKeyOrder(db.dialect(), table))) {
        throw Error(Error::Code::Failed,
                    DatabaseCopy::tr("Cannot read the table %1 of %2: %3")
                        .arg(table.name, db.path(), rows.lastError().text()));
    }
    return rows;
}

DatabaseCopy::TableDigest digestOf(Database &db, const Table &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 count = 0;
    QSqlQuery rows = readRows(db, table);
    while (rows.next()) {
        for (int i = 0; i < table.columns.size(); ++i) {
            addToDigest(hash, canonical(rows.value(i), table.columns.at(i).kind));
        }
        hash.addData("\n");
        ++count;
    }
    return {table.name, count, QString::fromLatin1(hash.result().toHex())};
}

qint64 countRows(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(SqlDialect::quoted(table))).toLongLong();
}

QString describeColumns(const Table &table)
{
    QStringList parts;
    for (const Column &column : table.columns) {
        parts.append(column.name + u':' + QString::number(int(column.kind)));
    }
    return parts.join(u',');
}

// Writes the rows of one table a few rows per INSERT, reusing the prepared statement: fewer round trips to a
// server than one row at a time, and still small statements (Qt binds each value by name internally, so that
// statements of hundreds of rows are slower again).
class TableWriter
{
public:
    TableWriter(Database &db, const Table &table)
        : m_db(db)
        , m_table(table)
        , m_rowsPerStatement(qBound(1, 400 / int(qMax(qsizetype(1), table.columns.size())), 20))
    {
        for (const Column &column : table.columns) {
            m_deferred.append(table.selfReferences.contains(column.name));
        }
        for (const Column &key : table.key) {
            m_keyIndexes.append(std::find_if(table.columns.cbegin(), table.columns.cend(),
                                             [&](const Column &c) { return c.name == key.name; })
                                - table.columns.cbegin());
        }
    }

    void add(const QVariantList &row)
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QVariant &value = row.at(i);
            if (m_deferred.at(i) && !value.isNull()) {
                // A reference to a row of the same table, perhaps one not written yet: set once all are.
                QVariantList bindings{value};
                for (qsizetype key : std::as_const(m_keyIndexes)) {
                    bindings.append(row.at(key));
                }
                m_updates.append({m_table.columns.at(i).name, bindings});
                m_pending.append(canonical(QVariant(), m_table.columns.at(i).kind));
            } else {
                m_pending.append(value);
                if (value.isNull()) {
                    continue;
                }
                if (value.typeId() == QMetaType::QByteArray) {
                    m_pendingBytes += value.toByteArray().size();
                } else if (value.typeId() == QMetaType::QString) {
                    m_pendingBytes += value.toString().size() * 2;
                }
            }
        }
        ++m_pendingRows;
        // Large blobs make large statements: flush early rather than hold many of them.
        if (m_pendingRows == m_rowsPerStatement || m_pendingBytes > 8 * 1024 * 1024) {
            flush();
        }
    }

    void finish()
    {
        flush();
        QStringList conditions;
        for (const Column &key : m_table.key) {
            conditions.append(SqlDialect::quoted(key.name) + QStringLiteral(" = ?"));
        }
        for (const auto &[column, bindings] : std::as_const(m_updates)) {
            m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                          .arg(SqlDialect::quoted(m_table.name), SqlDialect::quoted(column),
                               conditions.join(QStringLiteral(" AND "))),
                      bindings);
        }
        m_updates.clear();
    }

private:
    void flush()
    {
        if (m_pendingRows == 0) {
            return;
        }
        const QString placeholders = u'('
            + QStringList(m_table.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                .arg(SqlDialect::quoted(m_table.name),
                                     quotedNames(m_table.columns).join(QStringLiteral(", ")),
                                     QStringList(m_pendingRows, placeholders).join(QStringLiteral(", ")));
        m_db.exec(sql, m_pending);
        m_pending.clear();
        m_pendingRows = 0;
        m_pendingBytes = 0;
    }

    Database &m_db;
    const Table &m_table;
    const int m_rowsPerStatement;
    QList<bool> m_deferred;
    QVariantList m_pending;
    int m_pendingRows = 0;
    qsizetype m_pendingBytes = 0;
    QList<qsizetype> m_keyIndexes; // where the key's columns are in a row
    QList<std::pair<QString, QVariantList>> m_updates; // a column, and its value followed by the row's key
};

} // namespace

QStringList DatabaseCopy::tables(Database &db)
{
    QStringList names;
    for (const Table &table : catalogue(db)) {
        names.append(table.name);
    }
    return names;
}

QList<DatabaseCopy::TableDigest> DatabaseCopy::digest(Database &db)
{
    QList<TableDigest> digests;
    for (const Table &table : catalogue(db)) {
        digests.append(digestOf(db, table));
    }
    return digests;
}

QList<DatabaseCopy::TableDigest> DatabaseCopy::rowCounts(Database &db)
{
    QList<TableDigest> counts;
    for (const Table &table : catalogue(db)) {
        counts.append({table.name, countRows(db, table.name), QString()});
    }
    return counts;
}

QList<DatabaseCopy::TableDigest> DatabaseCopy::copy(Database &source, Database &target,
                                                    const Progress &progress)
{
    if (source.schemaVersion() != target.schemaVersion()) {
        throw Error(
            Error::Code::InvalidInput,
            tr("%1 has schema version %2 but %3 has version %4; a copy needs the same version on both "
               "sides. Open the older one with this version of RegTracker first.")
                .arg(source.path())
                .arg(source.schemaVersion())
                .arg(target.path())
                .arg(target.schemaVersion()));
    }

    // The source is read in one snapshot, so that a colleague's commit during the copy is either wholly in
    // it or not at all.
    ScopedTransaction reading(source);
    if (const QString snapshot = source.dialect().snapshotTransaction(); !snapshot.isEmpty()) {
        source.execute(snapshot);
    }
    const QList<Table> tables = catalogue(source);

    ScopedTransaction writing(target);
    const QList<Table> targetTables = catalogue(target);
    for (const Table &table : targetTables) {
        const bool empty = target
                               .scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) t")
                                           .arg(SqlDialect::quoted(table.name)))
                               .toLongLong()
            == 0;
        if (!empty) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1 already holds data (the table %2 is not empty). Copy into a new, empty "
                           "database.")
                            .arg(target.path(), table.name));
        }
    }
    for (const Table &table : tables) {
        const auto other = std::find_if(targetTables.cbegin(), targetTables.cend(),
                                        [&](const Table &t) { return t.name == table.name; });
        if (other == targetTables.cend() || describeColumns(*other) != describeColumns(table)) {
            throw Error(Error::Code::InvalidInput,
                        tr("The table %1 differs between %2 and %3, although both have schema version %4.")
                            .arg(table.name, source.path(), target.path())
                            .arg(source.schemaVersion()));
        }
    }

    // The target's triggers would rewrite what is copied: the audit log's would name the copying user as
    // the author of every change. Switched off inside the transaction, they are back when it ends.
    QList<std::pair<QString, QString>> triggers;
    if (const QString listTriggers = target.dialect().listTriggers(); !listTriggers.isEmpty()) {
        for (const Table &table : tables) {
            QSqlQuery &rows = target.exec(listTriggers, {table.name});
            while (rows.next()) {
                triggers.append({table.name, rows.value(0).toString()});
            }
            rows.finish();
        }
    }
    for (const auto &[table, trigger] : std::as_const(triggers)) {
        try {
            target.execute(target.dialect().enableTrigger(table, trigger, false));
        } catch (const Error &error) {
            throw Error(Error::Code::Failed,
                        tr("Cannot copy into %1: only the owner of its tables may copy into it (%2).")
                            .arg(target.path(), error.message()));
        }
    }

    qint64 total = 0;
    for (const Table &table : tables) {
        total += countRows(source, table.name);
    }
    qint64 done = 0;
    const auto report = [&] {
        if (progress && !progress(done, total)) {
            throw Error(Error::Code::Failed,
                        tr("The copy was cancelled; nothing was written to %1.").arg(target.path()));
        }
    };
    report();

    QList<TableDigest> expected;
    for (const Table &table : tables) {
        TableWriter writer(target, table);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        QSqlQuery rows = readRows(source, table);
        QVariantList row;
        while (rows.next()) {
            row.clear();
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant value = canonical(rows.value(i), table.columns.at(i).kind);
                addToDigest(hash, value);
                row.append(value);
            }
            hash.addData("\n");
            writer.add(row);
            ++count;
            if (++done % 1000 == 0) {
                report();
            }
        }
        rows.finish();
        writer.finish();
        expected.append({table.name, count, QString::fromLatin1(hash.result().toHex())});
        // New rows on the target must not take the ids just copied.
        if (table.key.size() == 1 && table.key.constFirst().kind == ValueKind::Integer) {
            if (const QString sql
                = target.dialect().moveIdentityPastMax(table.name, table.key.constFirst().name);
                !sql.isEmpty()) {
                target.scalar(sql);
            }
        }
    }
    report();

    for (const auto &[table, trigger] : std::as_const(triggers)) {
        target.execute(target.dialect().enableTrigger(table, trigger, true));
    }
    FullTextIndex(target).rebuild();

    for (const TableDigest &want : std::as_const(expected)) {
        const auto table = std::find_if(tables.cbegin(), tables.cend(),
                                        [&](const Table &t) { return t.name == want.name; });
        const TableDigest got = digestOf(target, *table);
        if (got != want) {
            throw Error(Error::Code::Failed,
                        tr("The copy of the table %1 in %2 differs from the original (%3 rows instead of %4, "
                           "checksum %5 instead of %6); nothing was written.")
                            .arg(want.name, target.path())
                            .arg(got.rows)
                            .arg(want.rows)
                            .arg(got.sha256.left(12), want.sha256.left(12)));
        }
    }

    // Whoever watches the target reloads everything.
    for (Entity entity : {Entity::Authority, Entity::Vocabulary, Entity::Development, Entity::Obligation,
                          Entity::Company, Entity::Assessment}) {
        target.post({entity, Change::Kind::Updated, 0});
    }
    writing.commit();
    reading.commit();
    return expected;
}

} // namespace rt::core
