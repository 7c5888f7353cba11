// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange format carries a whole database: `regtracker export` of the demo database, then `regtracker
// import` of that file into an empty one, gives the same rows in every table, Chinese included. The tables
// are compared generically, straight from SQLite, so a table or column added later is compared too:
//   - surrogate ids (`id`) differ between databases and are left out; a foreign key is replaced by the
//   natural
//     key of the row it points at (its uid or code, or for rows without one, the natural keys of its unique
//     columns: an assessment is its company and its obligation);
//   - bookkeeping that records when or how often a row was written, not what it says, is left out:
//     created_at, updated_at, added_at, applied_at, and `version` (the optimistic-concurrency counter);
//   - the audit log is left out: the new database's log records the import itself, and the exchange format
//   does
//     not carry history;
//   - the full-text index (a virtual table and its shadow tables) is derived from the developments.

#include "CliRun.h"
#include <QFile>

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using Run = rt::test::CliRun;

namespace {

const QStringList bookkeeping{QStringLiteral("id"),         QStringLiteral("created_at"),
                              QStringLiteral("updated_at"), QStringLiteral("added_at"),
                              QStringLiteral("applied_at"), QStringLiteral("version")};

// One database read the way the comparison needs it: tables, their columns, their foreign keys.
class Snapshot
{
public:
    explicit Snapshot(const QString &path)
        : m_name(path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!m_db.open()) {
            qFatal("cannot open %s", qPrintable(path));
        }
    }
    ~Snapshot()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Snapshot)

    // Ordinary tables: not SQLite's own, not virtual tables or their shadow tables, not the audit log.
    QStringList tables()
    {
        QStringList virtualTables;
        for (const QList<QVariant> &row :
             select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                   "'CREATE VIRTUAL TABLE%'"))) {
            virtualTables.append(row.at(0).toString());
        }
        QStringList result;
        for (const QList<QVariant> &row :
             select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite_%' ORDER BY name"))) {
            const QString name = row.at(0).toString();
            const bool derived
                = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                              [&](const QString &v) { return name == v || name.startsWith(v + u'_'); });
            if (!derived && name != QLatin1StringView("audit_log")) {
                result.append(name);
            }
        }
        return result;
    }

    // Every row of table with surrogate ids and bookkeeping left out and foreign keys replaced by natural
    // keys, one string per row ("column=value" joined), sorted.
    QStringList rows(const QString &table)
    {
        const QHash<QString, QString> references = foreignKeys(table);
        QStringList columns;
        for (const QList<QVariant> &info : select(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            const QString column = info.at(1).toString();
            if (!bookkeeping.contains(column)) {
                columns.append(column);
            }
        }
        QStringList result;
        for (const QList<QVariant> &row :
             select(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
            QStringList cells;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QVariant &value = row.at(i);
                const QString shown = value.isNull() ? QStringLiteral("NULL")
                    : references.contains(columns.at(i))
                    ? naturalKey(references.value(columns.at(i)), value.toLongLong())
                    : value.toString();
                cells.append(columns.at(i) + u'=' + shown);
            }
            result.append(cells.join(QStringLiteral(" | ")));
        }
        result.sort();
        return result;
    }

private:
    QList<QList<QVariant>> select(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        QList<QList<QVariant>> result;
        while (query.next()) {
            QList<QVariant> row;
            for (int i = 0; i < query.record().count(); ++i) {
                row.append(query.value(i));
            }
            result.append(row);
        }
        return result;
    }

    // Column -> the table it references (every reference in the schema points at an id).
    QHash<QString, QString> foreignKeys(const QString &table)
    {
        QHash<QString, QString> result;
        for (const QList<QVariant> &key : select(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
            result.insert(key.at(3).toString(), key.at(2).toString());
        }
        return result;
    }

    // What a row is called independently of its id: uid, else code, else its unique columns (foreign keys
    // among them replaced by their natural keys in turn).
    QString naturalKey(const QString &table, qint64 id)
    {
        const QString cacheKey = table + u'#' + QString::number(id);
        if (const auto it = m_keys.constFind(cacheKey); it != m_keys.cend()) {
            return *it;
        }
        QStringList columns;
        for (const QList<QVariant> &info : select(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            columns.append(info.at(1).toString());
        }
        QStringList keyColumns;
        if (columns.contains(QLatin1StringView("uid"))) {
            keyColumns = {QStringLiteral("uid")};
        } else if (columns.contains(QLatin1StringView("code"))) {
            keyColumns = {QStringLiteral("code")};
        } else {
            for (const QList<QVariant> &index : select(QStringLiteral("PRAGMA index_list(%1)").arg(table))) {
                if (index.at(2).toBool() && index.at(3).toString() == QLatin1StringView("u")) {
                    for (const QList<QVariant> &c :
                         select(QStringLiteral("PRAGMA index_info(%1)").arg(index.at(1).toString()))) {
                        keyColumns.append(c.at(2).toString());
                    }
                    break;
                }
            }
        }
        if (keyColumns.isEmpty()) {
            qFatal("%s has no natural key", qPrintable(table));
        }
        const QHash<QString, QString> references = foreignKeys(table);
        const QList<QVariant> row
            = select(QStringLiteral("SELECT %1 FROM %2 WHERE id = %3")
                         .arg(keyColumns.join(QStringLiteral(", ")), table, QString::number(id)))
                  .value(0);
        QStringList parts;
        for (qsizetype i = 0; i < keyColumns.size(); ++i) {
            const QVariant value = row.value(i);
            parts.append(references.contains(keyColumns.at(i))
                             ? naturalKey(references.value(keyColumns.at(i)), value.toLongLong())
                             : value.toString());
        }
        const QString key = table + u'(' + parts.join(QStringLiteral(", ")) + u')';
        m_keys.insert(cacheKey, key);
        return key;
    }

    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QString> m_keys;
};

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    Run run(const QStringList &arguments) { return rt::test::runRegtracker(m_home, arguments); }

private Q_SLOTS:
    void exportThenImportReproducesEveryRow()
    {
        QVERIFY(m_home.isValid());
        const QString a = m_home.filePath(QStringLiteral("a.sqlite"));
        const QString b = m_home.filePath(QStringLiteral("b.sqlite"));
        const QString file = m_home.filePath(QStringLiteral("exchange.json"));
        Run r = run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), a});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What the demo leaves at its defaults, given values: a later version replacing a draft, two issuers
        // in order, an effective date, official and machine translations, a source link, a penalty in
        // dollars, a company that operates where it is not registered.
        QFile extra(m_home.filePath(QStringLiteral("extra.json")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write(
            "{\"format\": \"regtracker-exchange\", \"version\": 1,"
            "\"developments\": ["
            "{\"id\": \"roundtrip-2025-01\", \"title\": {\"en\": \"SAMR and CAC consult on refund periods\", "
            "\"zh\": \"市场监管总局、网信办就退款期限征求意见\"},"
            "\"document_title\": {\"en\": \"Refund Period Rules, draft for comments\", \"zh\": "
            "\"《退款期限规则（征求意见稿）》\""
            "}"
            ", \"authorities\" : [ \"SAMR\", \"CAC\" ],"
            "\"kind\" : \"regulation\","
            "\"stage\" : \"draft_for_comments\","
            "\"dates\""
            ": {\"announced\" : \"2025-09-01\", \"comment_deadline\" : \"2025-10-01\"},"
            "\"obligations\" : [ {"
            "\"id\" : \"roundtrip-2025-01/o1\","
            "\"text\" : {\"en\" : \"Refund within 10 days.\", \"zh\" : \"10日内退款。\"},"
            "\"kind\" : \"must_do\","
            "\"parameters\" : [ {"
            "\"name\" : {\"en\" : \"Refund period\", \"zh\" : \"退款期限\"},"
            "\"op\" : \"<=\","
            "\"value\" : 10,"
            "\"unit\" : \"day\""
            "} ]"
            "} ]},"
            "{\"id\": \"roundtrip-2025-02\", \"title\": {\"en\": \"SAMR and CAC issue refund period rules\", "
            "\"zh\": \"市场监管总局、网信办发布退款期限规则\"},"
            "\"document_title\": {\"en\": \"Refund Period Rules\", \"zh\": \"《退款期限规则》\"},"
            "\"authorities\": [\"CAC\", \"SAMR\"], \"multi_department\": true, \"kind\": \"regulation\", "
            "\"stage\": \"issued\","
            "\"dates\": {\"announced\": \"2025-12-01\", \"effective\": \"2026-01-01\"},"
            "\"translation\": {\"en\": \"official\", \"zh\": \"machine\", \"zh_prevails\": false, "
            "\"source_name\": \"State Council Gazette\"},"
            "\"source\": {\"publication\": \"Round-trip bulletin\", \"item\": 3, \"url\": "
            "\"https://example.org/round-trip/3\"},"
            "\"penalties\": [{\"amount\": 2500.5, \"currency\": \"USD\", \"description\": {\"en\": \"Fine "
            "per late refund\", \"zh\": \"每笔逾期退款的罚款\"}}],"
            "\"replaces\": \"roundtrip-2025-01\","
            "\"obligations\": [{\"id\": \"roundtrip-2025-02/o1\", \"text\": {\"en\": \"Refund within 7 "
            "days.\", \"zh\": \"7日内退款。\"},"
            "\"kind\": \"must_do\", \"effective\": \"2026-03-01\", \"applies_to\": [\"online_platform\"],"
            "\"parameters\": [{\"name\": {\"en\": \"Refund period\", \"zh\": \"退款期限\"}, \"op\": \"<=\", "
            "\"value\": 7, \"unit\": \"day\"}]}]}"
            "],"
            "\"companies\": ["
            "{\"id\": \"roundtrip-co\", \"name\": {\"en\": \"Round Trip Trading Ltd.\", \"zh\": "
            "\"往返贸易有限公司\"}, \"sectors\": [\"online_platform\"],"
            "\"regions\": {\"registered\": [\"CN-BJ\"], \"operates\": [\"CN-SH\", \"CN-GD\"]}, \"notes\": "
            "\"一家虚构的公司。\"}"
            "],"
            "\"assessments\": ["
            "{\"company\": \"roundtrip-co\", \"obligation\": \"roundtrip-2025-02/o1\", \"applicability\": "
            "\"auto\", \"status\": \"in_review\","
            "\"result\": \"partially_compliant\", \"owner\": \"王芳\", \"due\": \"2026-02-15\", \"notes\": "
            "\"退款流程需要改造。\","
            "\"changed_by\": \"王芳\", \"changed_at\": \"2025-12-05T09:30:00Z\"}"
            "]"
            "}");
        extra.close();
        r = run({QStringLiteral("import"), extra.fileName(), QStringLiteral("--db"), a});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("export"), file, QStringLiteral("--db"), a});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("import"), file, QStringLiteral("--db"), b});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        Snapshot before(a);
        Snapshot after(b);
        const QStringList tables = before.tables();
        QCOMPARE(after.tables(), tables);
        // The comparison must cover what the round trip is about.
        for (const char *table :
             {"developments", "obligations", "obligation_parameters", "penalties", "authorities", "companies",
              "assessments", "company_regions", "development_authorities"}) {
            QVERIFY2(tables.contains(QLatin1StringView(table)), table);
            QVERIFY2(!before.rows(QLatin1StringView(table)).isEmpty(), table);
        }
        // ...and the values that the demo leaves at their defaults, foreign keys shown by natural key.
        const auto has = [&](const char *table, const QString &text) {
            return before.rows(QLatin1StringView(table)).join(u'\n').contains(text);
        };
        QVERIFY(has("developments", QStringLiteral("国家发展改革委")));
        QVERIFY(has("developments", QStringLiteral("replaces_id=developments(roundtrip-2025-01)")));
        QVERIFY(has("developments", QStringLiteral("provenance_zh=machine")));
        QVERIFY(has("development_authorities",
                    QStringLiteral("development_id=developments(roundtrip-2025-02) | "
                                   "authority_id=authorities(SAMR) | position=1")));
        QVERIFY(has("penalties", QStringLiteral("currency=USD")));
        QVERIFY(has("assessments", QStringLiteral("company_id=companies(roundtrip-co)")));
        for (const QString &table : tables) {
            const QStringList expected = before.rows(table);
            const QStringList actual = after.rows(table);
            QVERIFY2(actual.size() == expected.size(),
                     qPrintable(QStringLiteral("%1: %2 rows instead of %3")
                                    .arg(table)
                                    .arg(actual.size())
                                    .arg(expected.size())));
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QVERIFY2(actual.at(i) == expected.at(i),
                         qPrintable(QStringLiteral("%1:\n  exported: %2\n  imported: %3")
                                        .arg(table, expected.at(i), actual.at(i))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
