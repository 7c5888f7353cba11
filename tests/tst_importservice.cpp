// SPDX-License-Identifier: GPL-3.0-or-later
// ImportService and DevelopmentService::linkLaterVersion: writing reviewed candidates all or nothing, and a
// final version taking over its draft's checklist rows with re-review of what changed, both versions keeping
// their own obligations.

#include "Applicability.h"
#include "AssessmentService.h"
#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "ImportService.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rt::core;

namespace {

const QString draftUid = QStringLiteral("cn-tmt-2025-01");

Development load(Database &db, const QString &uid)
{
    AuthorityRepository reference(db);
    DevelopmentRepository repository(db, reference);
    return *repository.load(repository.idForUid(uid));
}

qint64 count(Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))).toLongLong();
}

Assessment assessmentOf(Database &db, const QString &company, const QString &obligationUid)
{
    const qint64 companyId
        = db.scalar(QStringLiteral("SELECT id FROM companies WHERE uid = ?"), {company}).toLongLong();
    const qint64 obligationId
        = db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {obligationUid}).toLongLong();
    return AssessmentService(db).assessment({companyId, obligationId});
}

// The final rules as a newsletter reports them: the NDRC issued what it had consulted on.
const QString finalNewsletter = QStringLiteral(
    "China platform regulation, September 2025\n"
    "1. NDRC issues the Internet Platform Price Behaviour Rules (20 September)\n"
    "The NDRC issued the Internet Platform Price Behaviour Rules, which take effect on 1 December 2025. "
    "Platforms must display automatic renewals prominently and must keep price records for at least 3 "
    "years.\n");

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void finalVersionTakesOverTheDraftsChecklistRows()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("versions.sqlite"), true);
        const QString draftUid = QStringLiteral("cn-tmt-2025-02"); // AI ethics measures: no final in the demo
        const Development draft = load(*db, draftUid);
        QCOMPARE(draft.obligations.size(), 5);
        const Obligation &kept = draft.obligations.at(0); // o1: the final says the same
        const Obligation &reworded = draft.obligations.at(1); // o2: the final changes it
        const Obligation &dropped = draft.obligations.at(3); // o4: the final does not mention it
        // The demo company that develops AI assessed all three.
        const QString company = QStringLiteral("yanqi-mind");
        QVERIFY(assessmentOf(*db, company, kept.uid).version > 0);
        QVERIFY(assessmentOf(*db, company, reworded.uid).version > 0);
        QVERIFY(assessmentOf(*db, company, dropped.uid).version > 0);
        const Assessment reworkedBefore = assessmentOf(*db, company, reworded.uid);

        Development final;
        final.uid = QStringLiteral("ai-ethics-final");
        final.title.en = QStringLiteral("MIIT issues the trial measures for the management of AI ethics");
        final.authorities = {QStringLiteral("MIIT")};
        final.kind = DevelopmentKind::Regulation;
        final.stage = Stage::Issued;
        final.announced = QDate(2025, 12, 1);
        Obligation same = kept;
        same.uid.clear();
        Obligation changed = reworded;
        changed.uid.clear();
        changed.text.en += QStringLiteral(" Report its members to the authorities.");
        changed.text.zh.clear();
        Obligation added;
        added.text.en = QStringLiteral("Publish the ethics review rules on the organisation's website.");
        final.obligations = {same, changed, added};
        DevelopmentService service(*db);
        service.create(final);

        const int marked = service.linkLaterVersion(final.uid, draftUid);
        QCOMPARE(marked, 1);

        const Development now = load(*db, final.uid);
        QCOMPARE(now.replacesUid, draftUid);
        // The final's own three, then the draft's three it does not mention, carried over as they were (a
        // newsletter reports a summary: what it leaves out still binds).
        QCOMPARE(now.obligations.size(), 6);
        QCOMPARE(now.obligations.at(1).text.zh, QString()); // its Chinese was not the same: not borrowed
        QCOMPARE(now.obligations.at(1).appliesTo, reworded.appliesTo); // its tags were missing: borrowed
        QCOMPARE(now.obligations.at(4).text, dropped.text);
        for (const Obligation &o : now.obligations) {
            QVERIFY2(o.uid.startsWith(final.uid + u'/'), qPrintable(o.uid)); // ids of its own
        }
        // The draft keeps its own wording, and nobody's checklist holds it any more.
        QCOMPARE(load(*db, draftUid).obligations, draft.obligations);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM assessments s JOIN obligations o ON o.id = "
                                           "s.obligation_id WHERE o.development_id = ?"),
                            {draft.id})
                     .toInt(),
                 0);
        // The rows moved along the pairs with their content; only the changed obligation's is flagged.
        const Assessment moved = assessmentOf(*db, company, now.obligations.at(1).uid);
        QVERIFY(moved.reReview);
        QCOMPARE(moved.status, reworkedBefore.status);
        QCOMPARE(moved.notes, reworkedBefore.notes);
        QVERIFY(!assessmentOf(*db, company, now.obligations.at(0).uid).reReview);
        QVERIFY(assessmentOf(*db, company, now.obligations.at(4).uid).version > 0);
        QVERIFY(!assessmentOf(*db, company, now.obligations.at(4).uid).reReview);
        // The audit log says why.
        bool explained = false;
        for (const AuditEntry &e : AuditLog(*db).entries(QStringLiteral("assessment"), moved.id)) {
            if (e.field == QLatin1StringView("re_review_reason")) {
                explained = e.newValue.contains(reworded.uid) && e.newValue.contains(final.uid)
                    && e.newValue.contains(draftUid);
            }
        }
        QVERIFY(explained);

        // Linking again changes nothing; no version ends up replacing itself; a draft has one later version.
        QCOMPARE(service.linkLaterVersion(final.uid, draftUid), 0);
        QCOMPARE(load(*db, final.uid).obligations.size(), 6);
        QVERIFY_THROWS_EXCEPTION(Error, service.linkLaterVersion(draftUid, final.uid));
        Development other = final;
        other.uid = QStringLiteral("ai-ethics-other");
        other.obligations.clear();
        service.create(other);
        QVERIFY_THROWS_EXCEPTION(Error, service.linkLaterVersion(other.uid, draftUid));
    }

    void aCompleteLaterVersionDropsWhatItLeavesOut()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("complete.sqlite"), true);
        const QString draftUid = QStringLiteral("cn-tmt-2025-02");
        const Development draft = load(*db, draftUid);
        Development final;
        final.uid = QStringLiteral("ai-ethics-final");
        final.title.en = QStringLiteral("MIIT issues the trial measures for the management of AI ethics");
        final.authorities = {QStringLiteral("MIIT")};
        final.announced = QDate(2025, 12, 1);
        final.obligations = {draft.obligations.at(0), draft.obligations.at(1)};
        for (Obligation &o : final.obligations) {
            o.uid.clear();
        }
        DevelopmentService service(*db);
        service.create(final);
        QCOMPARE(service.linkLaterVersion(final.uid, draftUid, DevelopmentService::Unpaired::Drop), 0);
        QCOMPARE(load(*db, final.uid).obligations.size(), 2);
        // The assessment of a dropped obligation stays with the draft, which binds nobody.
        const Assessment left = assessmentOf(*db, QStringLiteral("yanqi-mind"), draft.obligations.at(3).uid);
        QVERIFY(left.version > 0);
        QVERIFY(!left.reReview);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM (%1) p WHERE p.obligation_id = ?")
                                .arg(applicablePairs()),
                            {draft.obligations.at(3).id})
                     .toInt(),
                 0);
    }

    void importLinksTheFinalVersionOfADraft()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("final.sqlite"), true);
        // The demo has its own final of the price rules: without it, the draft is waiting for one.
        DevelopmentService(*db).remove(load(*db, draftUid + QStringLiteral("-final")).id);
        const int draftObligations = int(load(*db, draftUid).obligations.size());
        ImportService service(*db);
        ImportBatch batch = service.parse(finalNewsletter, QStringLiteral("september.txt"),
                                          {ImportFormat::Newsletter, QStringLiteral("Platform watch"), 0});
        QCOMPARE(batch.items.size(), 1);
        service.reconcile(batch);
        const ImportItem &item = batch.items.constFirst();
        QCOMPARE(item.match, ImportMatch::New);
        QCOMPARE(item.development.replacesUid, draftUid);
        QCOMPARE(item.development.effective, QDate(2025, 12, 1));
        QVERIFY(item.selected);
        // The warning names the draft in the interface's language, not in the newsletter's.
        const Development draft = load(*db, draftUid);
        QVERIFY2(item.warnings.join(u' ').contains(draft.title.en), qPrintable(item.warnings.join(u' ')));
        {
            const QLocale english;
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            ImportBatch chinese
                = service.parse(finalNewsletter, QStringLiteral("september.txt"),
                                {ImportFormat::Newsletter, QStringLiteral("Platform watch"), 0});
            service.reconcile(chinese);
            QLocale::setDefault(english);
            const QString warnings = chinese.items.constFirst().warnings.join(u' ');
            QVERIFY2(warnings.contains(draft.title.zh), qPrintable(warnings));
            QVERIFY2(!warnings.contains(draft.title.en), qPrintable(warnings));
        }

        const ImportResult result = service.commit(batch);
        QCOMPARE(result.added, 1);
        const Development final = load(*db, result.uids.constFirst());
        QCOMPARE(final.replacesUid, draftUid);
        // The draft keeps its obligations; the final carries over those the newsletter does not mention.
        QCOMPARE(load(*db, draftUid).obligations.size(), draftObligations);
        QVERIFY(final.obligations.size() >= draftObligations);

        // The same newsletter again finds the final stored, and links nothing twice.
        ImportBatch again = service.parse(finalNewsletter, QStringLiteral("september.txt"),
                                          {ImportFormat::Newsletter, QStringLiteral("Platform watch"), 0});
        service.reconcile(again);
        QCOMPARE(again.items.constFirst().match, ImportMatch::Unchanged);
    }

    void commitIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("atomic.sqlite"), true);
        ImportService service(*db);
        ImportBatch batch = service.read(QStringLiteral(RT_TEST_DATA "/import/newsletter-numbered-en.txt"));
        service.reconcile(batch);
        QVERIFY(batch.items.size() >= 3);
        const qint64 developments = count(*db, "developments");
        const qint64 audit = count(*db, "audit_log");

        // Cancelled half-way: nothing.
        const ImportResult cancelled = service.commit(batch, false, [](int done, int) { return done < 2; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(count(*db, "developments"), developments);

        // A dry run: counted, then rolled back.
        const ImportResult dry = service.commit(batch, true);
        QVERIFY(dry.added > 0);
        QCOMPARE(count(*db, "developments"), developments);
        QCOMPARE(count(*db, "import_items"), 0);

        // One selected item the database cannot take (its date removed in review): nothing at all.
        ImportBatch broken = batch;
        broken.items.last().selected = true;
        broken.items.last().development.announced = QDate();
        QVERIFY_THROWS_EXCEPTION(Error, service.commit(broken));
        QCOMPARE(count(*db, "developments"), developments);
        QCOMPARE(count(*db, "audit_log"), audit);

        // Unticked obligations are not written.
        ImportBatch chosen = batch;
        for (ImportItem &item : chosen.items) {
            for (CandidateObligation &candidate : item.obligations) {
                candidate.selected = false;
            }
        }
        const ImportResult written = service.commit(chosen);
        QCOMPARE(written.obligations, 0);
        QCOMPARE(count(*db, "developments"), developments + written.added);
    }

    // The command line imports item by item (importEach): the same developments, counts and matches as
    // reading the whole file, reconciling and committing it, in every text format.
    void importEachWritesWhatAReviewedImportWrites_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"seed-newsletter.txt", "newsletter-zh.txt", "newsletter-fields-en.txt",
              "newsletter-bullets-en.txt", "feed-rss.xml", "feed-atom.xml", "developments-en.csv"}) {
            QTest::newRow(name) << QStringLiteral(RT_TEST_DATA "/import/") + QLatin1StringView(name);
        }
    }

    void importEachWritesWhatAReviewedImportWrites()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString name = QFileInfo(file).fileName();
        QTemporaryDir dir;
        auto reviewed = rt::test::newDatabase(dir, QStringLiteral("reviewed.sqlite"), false);
        auto streamed = rt::test::newDatabase(dir, QStringLiteral("streamed.sqlite"), false);
        const auto titles = [](Database &db) {
            QStringList result;
            QSqlQuery &q = db.exec(QStringLiteral(
                "SELECT d.title_en || '|' || d.title_zh || '|' || d.announced_on || '|' || "
                "(SELECT count(*) FROM obligations o WHERE o.development_id = d.id) FROM developments d"));
            while (q.next()) {
                result.append(q.value(0).toString());
            }
            q.finish();
            result.sort();
            return result;
        };
        for (int round = 0; round < 2; ++round) { // the second time, everything is already there
            ImportService service(*reviewed);
            ImportBatch batch = service.readBytes(bytes, name, {});
            service.reconcile(batch);
            const ImportResult expected = service.commit(batch);
            int seen = 0;
            const ImportRun run = ImportService(*streamed).importEach(
                bytes, name, {}, false, [&](const ImportBatch &, const ImportItem &item) {
                    const ImportItem &same = batch.items.at(seen++);
                    QCOMPARE(item.number, same.number);
                    QCOMPARE(item.match, same.match);
                    QCOMPARE(item.selected, same.selected);
                    QCOMPARE(item.development.title, same.development.title);
                });
            QCOMPARE(run.items, int(batch.items.size()));
            QCOMPARE(seen, int(batch.items.size()));
            QCOMPARE(run.file.sourceName, batch.sourceName);
            QCOMPARE(run.file.warnings, batch.warnings);
            QCOMPARE(run.result.added, expected.added);
            QCOMPARE(run.result.updated, expected.updated);
            QCOMPARE(run.result.unchanged, expected.unchanged);
            QCOMPARE(run.result.obligations, expected.obligations);
            QCOMPARE(run.result.authorities, expected.authorities);
            QCOMPARE(titles(*streamed), titles(*reviewed));
            QCOMPARE(count(*streamed, "import_items"), count(*reviewed, "import_items"));
            if (round == 0) {
                QVERIFY(expected.added > 0);
            } else {
                QCOMPARE(run.result.added + run.result.updated, 0);
            }
        }
    }

    // Each item is written before the next is read: a large file never has all its items in memory.
    void importEachWritesEachItemBeforeReadingTheNext()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("each.sqlite"), false);
        QFile f(QStringLiteral(RT_TEST_DATA "/import/newsletter-numbered-en.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 before = count(*db, "developments");
        qint64 written = 0;
        const ImportRun run
            = ImportService(*db).importEach(f.readAll(), QStringLiteral("numbered.txt"), {}, true,
                                            [&](const ImportBatch &, const ImportItem &item) {
                                                if (item.match == ImportMatch::New && item.selected) {
                                                    ++written;
                                                }
                                                QCOMPARE(count(*db, "developments"), before + written);
                                            });
        QVERIFY(run.items >= 3);
        QCOMPARE(run.result.added, int(written));
        // A dry run: rolled back.
        QCOMPARE(count(*db, "developments"), before);
    }

    // An item is never matched with one the same import has just written: a feed that lists one link twice
    // (an entry and its correction) gives what reading it whole gives, two new developments.
    void importEachNeverMatchesItsOwnItems()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("feed.sqlite"), false);
        const QByteArray feed
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Platform "
              "watch</title>\n"
              "<item><title>CAC issues the Measures for Labelling AI-Generated Content</title>"
              "<link>https://example.org/labelling</link><pubDate>Sat, 03 May 2025 10:00:00 +0800</pubDate>"
              "<description>Platforms must label generated content from 1 September "
              "2025.</description></item>\n"
              "<item><title>CAC issues the Measures for Labelling AI-Generated Content (corrected)</title>"
              "<link>https://example.org/labelling</link><pubDate>Sun, 04 May 2025 10:00:00 +0800</pubDate>"
              "<description>Platforms must label generated content and keep logs for six months."
              "</description></item>\n</channel></rss>\n";
        ImportService service(*db);
        ImportBatch batch = service.readBytes(feed, QStringLiteral("watch.rss"), {});
        service.reconcile(batch);
        QCOMPARE(batch.items.size(), 2);
        QCOMPARE(batch.items.at(1).match, ImportMatch::New);

        const ImportRun run = service.importEach(feed, QStringLiteral("watch.rss"), {}, false);
        QCOMPARE(run.items, 2);
        QCOMPARE(run.result.added, 2);
        QCOMPARE(run.result.updated, 0);
        QCOMPARE(count(*db, "developments"), 2);
    }

    void detectsFormats()
    {
        QCOMPARE(ImportService::detectFormat(QStringLiteral("a.json"), "x"), ImportFormat::Json);
        QCOMPARE(ImportService::detectFormat(QStringLiteral("a.txt"), "  {\"format\""), ImportFormat::Json);
        QCOMPARE(ImportService::detectFormat(QStringLiteral("feed"), "<?xml version"), ImportFormat::Feed);
        QCOMPARE(ImportService::detectFormat(QStringLiteral("a.CSV"), "a,b"), ImportFormat::Csv);
        QCOMPARE(ImportService::detectFormat(QStringLiteral("news.txt"), "1. CAC issues"),
                 ImportFormat::Newsletter);
        QCOMPARE(ImportService::formatFromKey(u"rss"), ImportFormat::Feed);
        QCOMPARE(ImportService::formatFromKey(u"pdf"), ImportFormat::Pdf);
        QCOMPARE(ImportService::formatFromKey(u"eml"), ImportFormat::Email);
        QVERIFY(!ImportService::formatFromKey(u"docx"));
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
