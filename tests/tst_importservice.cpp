// ImportService and DevelopmentService::linkLaterVersion: writing reviewed candidates all or nothing, and a
// final version taking over its draft's obligations with re-review of what changed.

#include "AssessmentService.h"
#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "ImportService.h"
#include "TestSupport.h"

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

    void finalVersionTakesOverTheDraftsObligations()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("versions.sqlite"), true);
        const Development draft = load(*db, draftUid);
        QVERIFY(draft.obligations.size() >= 6);
        const Obligation &kept = draft.obligations.at(0); // o1: the final says the same
        const Obligation &reworded = draft.obligations.at(5); // o6: the final changes it
        const Obligation &dropped = draft.obligations.at(3); // o4: the final does not mention it
        // Who assessed what, from the demo data: o1 by one company, o6 by three.
        QVERIFY(assessmentOf(*db, QStringLiteral("qiantang-bazaar"), kept.uid).version > 0);
        QVERIFY(assessmentOf(*db, QStringLiteral("yanqi-mind"), reworded.uid).version > 0);

        Development final;
        final.title.en = QStringLiteral("NDRC issues the Internet Platform Price Behaviour Rules");
        final.authorities = {QStringLiteral("NDRC")};
        final.kind = DevelopmentKind::Regulation;
        final.stage = Stage::Issued;
        final.announced = QDate(2025, 9, 20);
        Obligation same = kept;
        same.uid.clear();
        Obligation changed = reworded;
        changed.uid.clear();
        changed.text.en += QStringLiteral(" Keep the records for three years.");
        changed.text.zh.clear();
        Obligation added;
        added.text.en = QStringLiteral("Publish the platform's pricing rules on its home page.");
        final.obligations = {same, changed, added};
        DevelopmentService service(*db);
        final.uid = QStringLiteral("ndrc-price-rules-final");
        service.create(final);
        const QString uid = final.uid;

        const qint64 reReviewedBefore = db->scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE "
                                                                  "re_review = 1"))
                                            .toLongLong();
        const qint64 assessedReworded
            = db->scalar(QStringLiteral("SELECT count(*) FROM assessments s JOIN obligations o ON o.id = "
                                        "s.obligation_id WHERE o.uid = ?"),
                         {reworded.uid})
                  .toLongLong();
        QCOMPARE(assessedReworded, 3);
        const int marked = service.linkLaterVersion(uid, draftUid);
        QCOMPARE(marked, 3);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM assessments WHERE re_review = 1")).toLongLong(),
            reReviewedBefore + 3);

        const Development now = load(*db, uid);
        QCOMPARE(now.replacesUid, draftUid);
        QStringList uids;
        for (const Obligation &o : now.obligations) {
            uids.append(o.uid);
        }
        // Same and reworded keep the draft's ids (so their assessments follow); the dropped one is carried
        // over; the new one has its own id.
        QVERIFY2(uids.contains(kept.uid), qPrintable(uids.join(u' ')));
        QVERIFY2(uids.contains(reworded.uid), qPrintable(uids.join(u' ')));
        QVERIFY2(uids.contains(dropped.uid), qPrintable(uids.join(u' ')));
        QCOMPARE(now.obligations.size(), draft.obligations.size() + 1);
        QVERIFY(load(*db, draftUid).obligations.isEmpty());

        QVERIFY(assessmentOf(*db, QStringLiteral("yanqi-mind"), reworded.uid).reReview);
        QVERIFY(!assessmentOf(*db, QStringLiteral("qiantang-bazaar"), kept.uid).reReview);
        // The audit log says why.
        const Assessment a = assessmentOf(*db, QStringLiteral("yanqi-mind"), reworded.uid);
        bool explained = false;
        for (const AuditEntry &e : AuditLog(*db).entries(QStringLiteral("assessment"), a.id)) {
            if (e.field == QLatin1StringView("re_review_reason")) {
                explained = e.newValue.contains(reworded.uid) && e.newValue.contains(uid)
                    && e.newValue.contains(draftUid);
            }
        }
        QVERIFY(explained);

        // A version cannot end up replacing itself.
        QVERIFY_THROWS_EXCEPTION(Error, service.linkLaterVersion(draftUid, uid));
    }

    void importLinksTheFinalVersionOfADraft()
    {
        QTemporaryDir dir;
        auto db = rt::test::newDatabase(dir, QStringLiteral("final.sqlite"), true);
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

        const ImportResult result = service.commit(batch);
        QCOMPARE(result.added, 1);
        const Development final = load(*db, result.uids.constFirst());
        QCOMPARE(final.replacesUid, draftUid);
        QVERIFY(load(*db, draftUid).obligations.isEmpty()); // all carried over to the final version
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
