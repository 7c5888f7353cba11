// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange format and its importer: the demo data goes in whole, a second import changes nothing, an
// export reads back as what went in, and bad input is refused with a message that names the place — leaving
// the database exactly as it was.

#include "DemoJson.h"
#include "TestSupport.h"

#include "AuditLog.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "InputFile.h"
#include "ReadAhead.h"
#include "Statistics.h"
#include "SyntheticData.h"

#include <QBuffer>
#include <QSignalSpy>

#include <algorithm>
#include <functional>

using namespace rt::core;
using namespace Qt::StringLiterals;
using rt::test::demoArray;
using rt::test::demoJson;

namespace {

QByteArray exported(Database &db)
{
    return ExchangeFormat::serialize(exportDatabase(db));
}

Development normalized(Development d)
{
    d.id = 0;
    d.version = 0;
    for (Obligation &o : d.obligations) {
        o.id = 0;
    }
    return d;
}

// Writes down every record it is handed, in order; keeps the ids it is asked to (or leaves them to the
// reader); throws at the record numbered stopAt.
class Recorder final : public ExchangeSink
{
public:
    struct Ids final : ExchangeIds
    {
        bool add(Kind kind, const QString &id) override
        {
            const QString key = QString::number(int(kind)) + u' ' + id;
            const qsizetype before = seen.size();
            seen.insert(key);
            return seen.size() > before;
        }
        QSet<QString> seen;
    };

    QStringList records;
    Ids kept;
    bool keepsIds = true;
    qsizetype stopAt = -1;

    ExchangeIds *ids() override { return keepsIds ? &kept : nullptr; }
    void tag(const Term &tag) override { note(u"tag " + tag.code); }
    void topic(const Term &topic) override { note(u"topic " + topic.code); }
    void authority(const Authority &authority) override { note(u"authority " + authority.code); }
    void development(const Development &d) override
    {
        note(u"development " + d.uid + u' ' + d.title.zh + u' ' + QString::number(d.obligations.size()));
    }
    void company(const Company &company) override { note(u"company " + company.uid); }
    void assessment(const Assessment &a) override { note(u"assessment " + a.companyUid + a.obligationUid); }
    void listDone(List list) override { note(u"done " + QString::number(int(list))); }

private:
    void note(const QString &record)
    {
        if (records.size() == stopAt) {
            throw Error(Error::Code::Failed, QStringLiteral("the sink stops at %1").arg(record));
        }
        records.append(record);
    }
};

using Mutation = std::function<void(QJsonObject &)>;

void mutateDevelopment(QJsonObject &root, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray developments = root.value(QStringLiteral("developments")).toArray();
    QJsonObject d = developments.at(index).toObject();
    change(d);
    developments[index] = d;
    root.insert(QStringLiteral("developments"), developments);
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoLoadsCompletely()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const RecordCounts counts = countRecords(*db);
        QCOMPARE(counts.developments, demoArray("developments").size());
        QCOMPARE(counts.developments,
                 31); // the newsletter's 28 and the illustrative final versions of three drafts
        QCOMPARE(counts.authorities, demoArray("authorities").size());
        QVERIFY(counts.authorities >= 20);
        QCOMPARE(counts.obligations, rt::test::demoObligationCount());
        QVERIFY(counts.obligations >= 60);
        QCOMPARE(counts.companies, 3);
        QCOMPARE(counts.assessments, demoArray("assessments").size());
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT count(*) FROM developments WHERE title_en = '' OR title_zh = ''"))
                     .toInt(),
                 0);
        // Every import is in the audit log, one "created" row per development.
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'development' AND "
                                           "new_value = 'created'"))
                     .toInt(),
                 31);
        // Parents are linked, whatever their order in the file.
        QCOMPARE(db->scalar(QStringLiteral(
                                "SELECT p.code FROM authorities a JOIN authorities p ON p.id = a.parent_id "
                                "WHERE a.code = 'HZ-SAMR'"))
                     .toString(),
                 QStringLiteral("SAMR"));
    }

    void secondImportChangesNothing()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const QByteArray before = exported(*db);
        const auto state = [&db] {
            return QStringList{
                db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toString(),
                db->scalar(QStringLiteral("SELECT sum(version) FROM developments")).toString(),
                db->scalar(QStringLiteral("SELECT sum(version) FROM assessments")).toString(),
            };
        };
        const QStringList stateBefore = state();
        QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM assessments")).toInt() > 0);
        QSignalSpy changes(db.get(), &Database::changed);
        const ImportSummary summary = ExchangeImporter(*db).importFile(DatabaseLocation::demoDataFile());
        QCOMPARE(summary.developmentsAdded, 0);
        QCOMPARE(summary.developmentsUpdated, 0);
        QCOMPARE(summary.developmentsUnchanged, 31);
        QCOMPARE(summary.assessments, 0);
        QVERIFY(summary.assessmentsUnchanged > 0);
        QCOMPARE(exported(*db), before);
        // Nothing changed: no new version of anything, no audit row, no development or assessment announced
        // as changed (colleagues' edits in a team database would otherwise meet a conflict).
        QCOMPARE(state(), stateBefore);
        for (const QList<QVariant> &signal : std::as_const(changes)) {
            for (const Change &change : signal.constFirst().value<ChangeSet>()) {
                QVERIFY(change.entity != Entity::Development && change.entity != Entity::Assessment);
            }
        }
    }

    void changedAssessmentIsWrittenOnce()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const ExchangeDocument document = ExchangeFormat::parse(exported(*db), QStringLiteral("export.json"));
        ExchangeDocument edited = document;
        QVERIFY(!edited.assessments.isEmpty());
        edited.assessments.first().notes += QStringLiteral(" Checked again.");
        const int versionBefore = db->scalar(QStringLiteral("SELECT sum(version) FROM assessments")).toInt();
        const ImportSummary summary = ExchangeImporter(*db).importDocument(edited);
        QCOMPARE(summary.assessments, 1);
        QCOMPARE(summary.assessmentsUnchanged, int(edited.assessments.size()) - 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT sum(version) FROM assessments")).toInt(),
                 versionBefore + 1);
    }

    void loneSurrogateEscapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("escape");
        QTest::addColumn<bool>("refused");
        // A high half followed by a space was read as one character (U+10020): the space was eaten.
        QTest::newRow("high half, then a space") << QByteArray("\\ud800 ") << true;
        QTest::newRow("high half at the end") << QByteArray("\\udbff") << true;
        QTest::newRow("low half alone") << QByteArray("\\udc00") << true;
        QTest::newRow("high half, then a letter") << QByteArray("\\ud800\\u0041") << true;
        QTest::newRow("a whole pair") << QByteArray("\\ud83d\\ude00") << false;
        QTest::newRow("an escaped backslash before u") << QByteArray("\\\\ud800") << false;
    }

    void loneSurrogateEscapesAreRefused()
    {
        QFETCH(QByteArray, escape);
        QFETCH(bool, refused);
        QFile file(DatabaseLocation::demoDataFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        const QByteArray title = "\"en\": \"";
        const qsizetype at = json.indexOf(title);
        QVERIFY(at > 0);
        json.insert(at + title.size(), escape);
        const int line = int(json.left(at).count('\n')) + 1;
        try {
            const ExchangeDocument document = ExchangeFormat::parse(json, QStringLiteral("odd.json"));
            QVERIFY2(!refused, "a lone half of a surrogate pair was read");
        } catch (const Error &error) {
            QVERIFY2(refused, qPrintable(error.message()));
            QVERIFY2(error.message().startsWith(QStringLiteral("odd.json, line %1:").arg(line)),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("surrogate")));
        }
    }

    void exportReadsBackAsImported()
    {
        QFile file(DatabaseLocation::demoDataFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ExchangeDocument original = ExchangeFormat::parse(file.readAll(), QStringLiteral("demo.json"));

        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const ExchangeDocument back = ExchangeFormat::parse(exported(*db), QStringLiteral("export.json"));

        QCOMPARE(back.developments.size(), original.developments.size());
        QHash<QString, Development> byUid;
        for (const Development &d : back.developments) {
            byUid.insert(d.uid, normalized(d));
        }
        for (const Development &d : original.developments) {
            QVERIFY2(byUid.contains(d.uid), qPrintable(d.uid));
            const Development got = byUid.value(d.uid);
            QCOMPARE(got.title, d.title);
            QCOMPARE(got.summary, d.summary);
            QCOMPARE(got.authorities, d.authorities);
            QCOMPARE(got.penalties, d.penalties);
            QCOMPARE(got.obligations, d.obligations);
            QVERIFY2(got == normalized(d), qPrintable(d.uid));
        }
        QCOMPARE(back.authorities.size(), original.authorities.size());
        QCOMPARE(back.companies.size(), original.companies.size());
        QCOMPARE(back.assessments.size(), original.assessments.size());
        QHash<QString, Assessment> assessments;
        for (const Assessment &a : back.assessments) {
            assessments.insert(a.companyUid + u'|' + a.obligationUid, a);
        }
        // The demo's illustrative final versions took over their drafts' rows: each draft obligation the
        // demo assessed continues as the final's obligation of the same number (see the demo's finals), and
        // those the final reworded or re-parametrised were flagged for re-review.
        const QSet<QString> changed{QStringLiteral("cn-tmt-2025-01/o1"), QStringLiteral("cn-tmt-2025-01/o4"),
                                    QStringLiteral("cn-tmt-2025-01/o6"), QStringLiteral("cn-tmt-2025-07/o4")};
        for (Assessment a : original.assessments) {
            QString obligation = a.obligationUid;
            if (obligation.startsWith(QStringLiteral("cn-tmt-2025-01/"))
                || obligation.startsWith(QStringLiteral("cn-tmt-2025-07/"))) {
                obligation.replace(QStringLiteral("/"), QStringLiteral("-final/"));
            }
            QVERIFY2(assessments.contains(a.companyUid + u'|' + obligation), qPrintable(obligation));
            Assessment got = assessments.value(a.companyUid + u'|' + obligation);
            QCOMPARE(got.reReview, changed.contains(a.obligationUid));
            got.id = 0;
            got.version = 0;
            got.obligationUid = a.obligationUid;
            got.reReview = a.reReview;
            if (changed.contains(a.obligationUid)) {
                got.changedBy = a.changedBy; // flagged: changed by whoever linked the versions, just now
                got.changedAt = a.changedAt;
            }
            QCOMPARE(got, a);
        }
    }

    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("empty.sqlite"), false);
        QSignalSpy changed(db.get(), &Database::changed);
        const ImportSummary summary
            = ExchangeImporter(*db).importFile(DatabaseLocation::demoDataFile(), true);
        QCOMPARE(summary.developmentsAdded, 31);
        QCOMPARE(countRecords(*db).developments, 0);
        QCOMPARE(countRecords(*db).authorities, 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");

        QTest::newRow("wrong format") << Mutation([](QJsonObject &r) {
            r.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        }) << QStringLiteral("not a RegTracker exchange file");
        QTest::newRow("future version")
            << Mutation([](QJsonObject &r) { r.insert(QStringLiteral("version"), 2); })
            << QStringLiteral("version 2");
        QTest::newRow("unknown key") << Mutation([](QJsonObject &r) {
            mutateDevelopment(r, 3,
                              [](QJsonObject &d) { d.insert(QStringLiteral("titel"), QStringLiteral("x")); });
        }) << QStringLiteral("developments[3]: unknown key “titel”");
        QTest::newRow("unknown kind") << Mutation([](QJsonObject &r) {
            mutateDevelopment(
                r, 5, [](QJsonObject &d) { d.insert(QStringLiteral("kind"), QStringLiteral("rumour")); });
        }) << QStringLiteral("developments[5].kind: unknown value “rumour”");
        QTest::newRow("impossible date") << Mutation([](QJsonObject &r) {
            mutateDevelopment(r, 0, [](QJsonObject &d) {
                QJsonObject dates = d.value(QStringLiteral("dates")).toObject();
                dates.insert(QStringLiteral("announced"), QStringLiteral("2025-02-30"));
                d.insert(QStringLiteral("dates"), dates);
            });
        }) << QStringLiteral("developments[0].dates.announced: “2025-02-30” is not a date");
        QTest::newRow("missing title") << Mutation([](QJsonObject &r) {
            mutateDevelopment(r, 7, [](QJsonObject &d) { d.remove(QStringLiteral("title")); });
        }) << QStringLiteral("developments[7].title: is required");
        QTest::newRow("negative penalty") << Mutation([](QJsonObject &r) {
            mutateDevelopment(r, 19, [](QJsonObject &d) {
                d.insert(QStringLiteral("penalties"),
                         QJsonArray{QJsonObject{{QStringLiteral("amount"), -5},
                                                {QStringLiteral("currency"), QStringLiteral("CNY")}}});
            });
        }) << QStringLiteral("developments[19].penalties[0].amount");
        QTest::newRow("duplicate id") << Mutation([](QJsonObject &r) {
            mutateDevelopment(r, 9, [](QJsonObject &d) {
                d.insert(QStringLiteral("id"), QStringLiteral("cn-tmt-2025-01"));
            });
        }) << QStringLiteral("appears twice");
        QTest::newRow("duplicate obligation id") << Mutation([](QJsonObject &r) {
            // The last development with obligations names the first one's first obligation.
            const QJsonArray developments = r.value(QStringLiteral("developments")).toArray();
            const auto obligationsOf = [&](qsizetype i) {
                return developments.at(i).toObject().value(QStringLiteral("obligations")).toArray();
            };
            qsizetype first = 0;
            while (obligationsOf(first).isEmpty()) {
                ++first;
            }
            qsizetype last = developments.size() - 1;
            while (obligationsOf(last).isEmpty()) {
                --last;
            }
            QVERIFY(last > first);
            const QString taken
                = obligationsOf(first).first().toObject().value(QStringLiteral("id")).toString();
            mutateDevelopment(r, int(last), [&](QJsonObject &d) {
                QJsonArray obligations = d.value(QStringLiteral("obligations")).toArray();
                QJsonObject o = obligations.first().toObject();
                o.insert(QStringLiteral("id"), taken);
                obligations[0] = o;
                d.insert(QStringLiteral("obligations"), obligations);
            });
        }) << QStringLiteral("appears twice");
        // These pass parsing and fail while writing, after earlier records were written: all must roll back.
        QTest::newRow("unknown authority") << Mutation([](QJsonObject &r) {
            mutateDevelopment(r, 26, [](QJsonObject &d) {
                d.insert(QStringLiteral("authorities"), QJsonArray{QStringLiteral("NO-SUCH-BODY")});
            });
        }) << QStringLiteral("Unknown authority “NO-SUCH-BODY”");
        QTest::newRow("unknown obligation in last assessment") << Mutation([](QJsonObject &r) {
            QJsonArray assessments = r.value(QStringLiteral("assessments")).toArray();
            QJsonObject last = assessments.last().toObject();
            last.insert(QStringLiteral("obligation"), QStringLiteral("cn-tmt-2025-01/o99"));
            assessments[assessments.size() - 1] = last;
            r.insert(QStringLiteral("assessments"), assessments);
        }) << QStringLiteral("Unknown obligation “cn-tmt-2025-01/o99”");
        QTest::newRow("not applicable without reason") << Mutation([](QJsonObject &r) {
            QJsonArray assessments = r.value(QStringLiteral("assessments")).toArray();
            QJsonObject first = assessments.first().toObject();
            first.insert(QStringLiteral("applicability"), QStringLiteral("not_applicable"));
            first.insert(QStringLiteral("justification"), QJsonValue::Null);
            assessments[0] = first;
            r.insert(QStringLiteral("assessments"), assessments);
        }) << QStringLiteral("needs a justification");
    }

    void badInputIsRefused()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QJsonObject root = demoJson();
        // Change every development's title so that a partial write would show in the export.
        QJsonArray developments = root.value(QStringLiteral("developments")).toArray();
        for (qsizetype i = 0; i < developments.size(); ++i) {
            QJsonObject d = developments.at(i).toObject();
            d.insert(QStringLiteral("title"),
                     QJsonObject{{QStringLiteral("en"), QStringLiteral("Changed %1").arg(i)}});
            developments[i] = d;
        }
        root.insert(QStringLiteral("developments"), developments);
        mutation(root);

        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const QByteArray before = exported(*db);
        const int auditBefore = db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QSignalSpy changed(db.get(), &Database::changed);
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        try {
            ExchangeImporter(*db).importFile(file);
            QFAIL("bad input was imported");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
            QVERIFY2(error.code() == Error::Code::InvalidInput, qPrintable(error.message()));
        }
        QCOMPARE(exported(*db), before);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
        QCOMPARE(changed.count(), 0);
        // Nothing of the import is left in the file, not even the table of ids it had met.
        const auto idTables = [](Database &database) {
            return database
                .scalar(
                    database.isPostgreSQL()
                        ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'exchange_ids'")
                        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'exchange_ids'"))
                .toInt();
        };
        QCOMPARE(idTables(*db), 0);
        // And the same file imports once the problem is gone: a good import leaves no table either.
        ExchangeImporter(*db).importBytes(exported(*db), QStringLiteral("again.json"));
        QCOMPARE(idTables(*db), 0);
    }

    // The writer that reads the database a record at a time writes what the document writer writes.
    void streamedExportIsTheDocument()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        exportDatabase(*db, buffer);
        QCOMPARE(bytes, exported(*db));
        // Vocabularies, authorities, developments, companies, assessments: the order they are written in.
        QVERIFY(bytes.indexOf("\"authorities\"") < bytes.indexOf("\"developments\""));
        QVERIFY(bytes.indexOf("\"developments\"") < bytes.indexOf("\"companies\""));
        QVERIFY(bytes.indexOf("\"companies\"") < bytes.indexOf("\"assessments\""));
    }

    // A file is read a record at a time, yet its lists may come in any order: a file whose keys are sorted
    // (assessments first, as QJsonDocument writes them, and as earlier versions exported) reads the same.
    void listsInAnyOrder()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const QByteArray streamed = exported(*db);
        const QByteArray sorted = QJsonDocument::fromJson(streamed).toJson();
        QVERIFY(sorted.indexOf("\"assessments\"") < sorted.indexOf("\"developments\""));
        const QString file = dir.filePath(QStringLiteral("sorted.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(sorted);
        out.close();
        auto fresh = rt::test::newDatabase(dir, QStringLiteral("fresh.sqlite"), false);
        const ImportSummary summary = ExchangeImporter(*fresh).importFile(file);
        QCOMPARE(summary.developmentsAdded, 31);
        QCOMPARE(summary.assessments, int(demoArray("assessments").size()));
        QCOMPARE(ExchangeFormat::parse(exported(*fresh), QStringLiteral("again.json")).developments.size(),
                 31);
    }

    // Many records, the bad one past the first piece the reader takes: the message names it, and what was
    // written before it is rolled back.
    void badRecordDeepInTheFile()
    {
        QJsonObject root = demoJson();
        const QJsonArray demo = root.value(QStringLiteral("developments")).toArray();
        QJsonArray developments;
        for (int copy = 0; developments.size() < 1200; ++copy) {
            for (const QJsonValue &value : demo) {
                QJsonObject d = value.toObject();
                const QString suffix = QStringLiteral("-c%1").arg(copy);
                d.insert(QStringLiteral("id"), QString(d.value(QStringLiteral("id")).toString() + suffix));
                if (d.value(QStringLiteral("replaces")).isString()) {
                    d.insert(QStringLiteral("replaces"),
                             QString(d.value(QStringLiteral("replaces")).toString() + suffix));
                }
                QJsonArray obligations = d.value(QStringLiteral("obligations")).toArray();
                for (qsizetype i = 0; i < obligations.size(); ++i) {
                    QJsonObject o = obligations.at(i).toObject();
                    o.insert(QStringLiteral("id"),
                             QString(o.value(QStringLiteral("id")).toString() + suffix));
                    obligations[i] = o;
                }
                d.insert(QStringLiteral("obligations"), obligations);
                developments.append(d);
            }
        }
        QJsonObject bad = developments.at(1100).toObject();
        bad.insert(QStringLiteral("kind"), QStringLiteral("rumour"));
        developments[1100] = bad;
        root.insert(QStringLiteral("developments"), developments);
        root.remove(QStringLiteral("assessments"));

        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        const QByteArray before = exported(*db);
        const QString file = dir.filePath(QStringLiteral("many.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        QVERIFY(out.size() > 2 * 1024 * 1024); // more than the pieces the reader takes
        try {
            ExchangeImporter(*db).importFile(file);
            QFAIL("a bad record was imported");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("many.json: developments[1100].kind: ")),
                     qPrintable(error.message()));
        }
        QCOMPARE(exported(*db), before);
    }

    // Progress goes forward to the end; a progress function that says stop cancels, and nothing is written.
    // Reading ahead on a thread of its own hands the sink what reading on the calling thread does, in the
    // same order, with the same ids noted and the same message for an id that appears twice; an error of the
    // sink stops the reading thread and is passed on as it is.
    void readAheadHandsOnWhatReadingDoes()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("synthetic.sqlite"), false);
        SyntheticData::generate(*db, {.developments = 1500, .companies = 3, .seed = 7, .lastDay = {}});
        QByteArray file;
        {
            QBuffer out(&file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            exportDatabase(*db, out);
        }
        const auto read = [](const QByteArray &bytes, Recorder &sink, bool ahead) {
            QByteArray copy = bytes;
            QBuffer in(&copy);
            in.open(QIODevice::ReadOnly);
            QList<qint64> done;
            const ExchangeProgress progress = [&done](qint64 d, qint64) {
                done.append(d);
                return true;
            };
            ahead ? ReadAhead::read(in, u"file.json"_s, sink, progress)
                  : ExchangeFormat::read(in, u"file.json"_s, sink, progress);
            return done;
        };
        Recorder here;
        Recorder ahead;
        const QList<qint64> hereDone = read(file, here, false);
        const QList<qint64> aheadDone = read(file, ahead, true);
        QVERIFY(here.records.size() > 1500 + 3 + 6);
        QCOMPARE(ahead.records, here.records);
        QCOMPARE(ahead.kept.seen, here.kept.seen);
        QCOMPARE(ahead.kept.seen.size(), 1500 + countRecords(*db).obligations);
        QVERIFY(std::is_sorted(aheadDone.cbegin(), aheadDone.cend()));
        QCOMPARE(aheadDone.constLast(), hereDone.constLast()); // the whole file, reported at the end
        QVERIFY(aheadDone.size() > 100);

        // The same development id again, late in the file: the same message either way.
        QJsonDocument document = QJsonDocument::fromJson(file);
        QJsonObject root = document.object();
        const QString early
            = root.value(u"developments"_s).toArray().at(3).toObject().value(u"id"_s).toString();
        mutateDevelopment(root, 1200, [&](QJsonObject &d) { d.insert(u"id"_s, early); });
        const QByteArray repeated = QJsonDocument(root).toJson();
        QString hereMessage;
        QString aheadMessage;
        try {
            Recorder sink;
            read(repeated, sink, false);
        } catch (const Error &error) {
            hereMessage = error.message();
        }
        try {
            Recorder sink;
            read(repeated, sink, true);
        } catch (const Error &error) {
            aheadMessage = error.message();
        }
        QVERIFY2(hereMessage.contains(u"developments[1200]"_s) && hereMessage.contains(early),
                 qPrintable(hereMessage));
        QCOMPARE(aheadMessage, hereMessage);

        // The sink fails in the middle: the error comes out, and the reading thread has ended.
        Recorder failing;
        failing.stopAt = 700;
        try {
            read(file, failing, true);
            QFAIL("the sink's error was lost");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(u"the sink stops at development"_s),
                     qPrintable(error.message()));
        }
        QCOMPARE(failing.records, here.records.mid(0, 700));
    }

    void progressAndCancel()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("empty.sqlite"), false);
        QList<qint64> done;
        qint64 total = 0;
        ExchangeImporter(*db).importFile(DatabaseLocation::demoDataFile(), true, [&](qint64 d, qint64 t) {
            done.append(d);
            total = t;
            return true;
        });
        QVERIFY(done.size() > 31);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QCOMPARE(done.constLast(), total);

        const QByteArray before = exported(*db);
        int calls = 0;
        try {
            ExchangeImporter(*db).importFile(DatabaseLocation::demoDataFile(), false,
                                             [&](qint64, qint64) { return ++calls < 20; });
            QFAIL("the import went on after it was cancelled");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("cancelled")), qPrintable(error.message()));
        }
        QCOMPARE(calls, 20);
        QCOMPARE(exported(*db), before);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM developments")).toInt(), 0);

        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        auto demo = rt::test::newDatabase(dir, QStringLiteral("demo.sqlite"), true);
        QVERIFY_THROWS_EXCEPTION(Error, exportDatabase(*demo, sink, [](qint64, qint64) { return false; }));
    }

    // Memory holds a record, not the file: a file larger than the 256 MB an import reads whole (here
    // mostly white space between its members) is imported.
    void largerThanTheWholeFileLimit()
    {
        QTemporaryDir dir;
        QFile demo(DatabaseLocation::demoDataFile());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QByteArray json = demo.readAll();
        const qsizetype brace = json.indexOf('{');
        const QString file = dir.filePath(QStringLiteral("spacious.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json.left(brace + 1));
        const QByteArray spaces(8 * 1024 * 1024, ' ');
        for (int i = 0; i < 33; ++i) {
            QCOMPARE(out.write(spaces), spaces.size());
        }
        out.write(json.mid(brace + 1));
        out.close();
        QVERIFY(out.size() > InputFile::maximumSize);
        auto db = rt::test::newDatabase(dir, QStringLiteral("empty.sqlite"), false);
        const ImportSummary summary = ExchangeImporter(*db).importFile(file, true);
        QCOMPARE(summary.developmentsAdded, 31);
    }

    // The reader cuts a file into records by itself: a file cut short anywhere, or with any byte changed, is
    // read or refused with an Error, never misread past its end.
    void truncatedOrChangedAnywhere()
    {
        QFile file(DatabaseLocation::demoDataFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        int refused = 0;
        const auto attempt = [&](const QByteArray &bytes) {
            try {
                ExchangeFormat::parse(bytes, QStringLiteral("cut.json"));
            } catch (const Error &error) {
                QVERIFY2(error.message().startsWith(QStringLiteral("cut.json")), qPrintable(error.message()));
                ++refused;
            }
        };
        const qsizetype step = json.size() / 120;
        for (qsizetype at = 1; at < json.size(); at += step) {
            attempt(json.left(at));
            for (const char replacement : {'"', '\\', ']', '\0'}) {
                QByteArray changed = json;
                changed[at] = replacement;
                attempt(changed);
            }
        }
        QVERIFY(refused > 120); // every cut is refused, and most changes
    }

    void brokenJson()
    {
        try {
            ExchangeFormat::parse("{\n  \"format\": \"regtracker-exchange\",\n  \"version\": 1,,\n}",
                                  QStringLiteral("broken.json"));
            QFAIL("broken JSON parsed");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("broken.json: not valid JSON at line 3")),
                     qPrintable(error.message()));
        }
    }

    void missingFile()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("empty.sqlite"), false);
        try {
            ExchangeImporter(*db).importFile(dir.filePath(QStringLiteral("nothing.json")));
            QFAIL("a missing file was imported");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::NotFound);
            QVERIFY(error.message().contains(QStringLiteral("nothing.json")));
        }
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
