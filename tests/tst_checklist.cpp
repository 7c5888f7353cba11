// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist in core: which obligations bind a company (checked against the demo file read as plain JSON),
// the assessment service's rules (versions, conflicts, audit rows, tick and untick, bulk edits, evidence) and
// the checklist and matrix models that views show.

#include "CompanyRepository.h"
#include "DemoJson.h"
#include "TestSupport.h"

#include "Applicability.h"
#include "ApplicabilityIndex.h"
#include "AssessmentService.h"
#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "CompanyMatrixModel.h"
#include "CompanyService.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rt::core;
using rt::test::demoArray;

namespace {

// The obligations that bind a demo company, computed from the JSON alone: tags meet, and the development is
// national or in one of the company's regions; minus rows marked not applicable, plus rows added by hand.
// The developments a later version in the demo replaces: their obligations bind nobody.
QSet<QString> replacedDevelopments()
{
    QSet<QString> replaced;
    for (const QJsonValue &value : demoArray("developments")) {
        const QString earlier = value.toObject().value(QStringLiteral("replaces")).toString();
        if (!earlier.isEmpty()) {
            replaced.insert(earlier);
        }
    }
    return replaced;
}

int replacedObligationCount()
{
    int count = 0;
    const QSet<QString> replaced = replacedDevelopments();
    for (const QJsonValue &value : demoArray("developments")) {
        if (replaced.contains(value.toObject().value(QStringLiteral("id")).toString())) {
            count += int(value.toObject().value(QStringLiteral("obligations")).toArray().size());
        }
    }
    return count;
}

QSet<QString> expectedRows(const QString &companyUid)
{
    QJsonObject company;
    for (const QJsonValue &c : demoArray("companies")) {
        if (c.toObject().value(QStringLiteral("id")).toString() == companyUid) {
            company = c.toObject();
        }
    }
    QSet<QString> sectors;
    for (const QJsonValue &tag : company.value(QStringLiteral("sectors")).toArray()) {
        sectors.insert(tag.toString());
    }
    QSet<QString> regions;
    const QJsonObject companyRegions = company.value(QStringLiteral("regions")).toObject();
    for (const char *kind : {"registered", "operates"}) {
        for (const QJsonValue &region : companyRegions.value(QLatin1StringView(kind)).toArray()) {
            regions.insert(region.toString());
        }
    }
    QSet<QString> rows;
    const QSet<QString> replaced = replacedDevelopments();
    for (const QJsonValue &value : demoArray("developments")) {
        const QJsonObject d = value.toObject();
        if (replaced.contains(d.value(QStringLiteral("id")).toString())) {
            continue;
        }
        const QString region = d.value(QStringLiteral("region")).toString();
        const bool regionCovers = region == QLatin1String("CN") || regions.contains(region);
        for (const QJsonValue &o : d.value(QStringLiteral("obligations")).toArray()) {
            bool tagsMeet = false;
            for (const QJsonValue &tag : o.toObject().value(QStringLiteral("applies_to")).toArray()) {
                tagsMeet = tagsMeet || sectors.contains(tag.toString());
            }
            if (tagsMeet && regionCovers) {
                rows.insert(o.toObject().value(QStringLiteral("id")).toString());
            }
        }
    }
    for (const QJsonValue &value : demoArray("assessments")) {
        const QJsonObject a = value.toObject();
        if (a.value(QStringLiteral("company")).toString() == companyUid
            && a.value(QStringLiteral("applicability")).toString() == QLatin1String("manual")) {
            rows.insert(a.value(QStringLiteral("obligation")).toString()); // added by hand
        }
    }
    return rows; // rows marked not applicable stay listed (greyed), so they are not removed here
}

QSet<QString> modelRows(const ChecklistModel &model)
{
    QSet<QString> rows;
    for (int g = 0; g < model.groupCount(); ++g) {
        for (const ChecklistRow &row : model.groupRows(g)) {
            rows.insert(row.obligationUid);
        }
    }
    return rows;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> freshDemo() { return rt::test::newDemoDatabase(m_dir); }

    // A development with one obligation for automakers, in the given region; returns the obligation id.
    static qint64 addObligation(Database &db, const QString &uid, const QString &region,
                                const QString &tag = QStringLiteral("automaker"))
    {
        Development d;
        d.uid = uid;
        d.title = {QStringLiteral("Rule ") + uid, QStringLiteral("规则") + uid};
        d.authorities = {region == QLatin1String("CN") ? QStringLiteral("MIIT") : QStringLiteral("SH-CAC")};
        d.kind = DevelopmentKind::Regulation;
        d.announced = QDate(2025, 7, 1);
        d.region = region;
        Obligation o;
        o.uid = uid + QStringLiteral("/o1");
        o.text = {QStringLiteral("Keep logs for ") + uid, QStringLiteral("留存日志") + uid};
        o.appliesTo = {tag};
        d.obligations = {o};
        DevelopmentService(db).create(d);
        return db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {o.uid}).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = rt::test::newDatabase(m_dir, QStringLiteral("demo.sqlite"), true);
    }

    void demoChecklistsMatchTheRule_data()
    {
        QTest::addColumn<QString>("company");
        for (const QJsonValue &c : demoArray("companies")) {
            const QString uid = c.toObject().value(QStringLiteral("id")).toString();
            QTest::newRow(qPrintable(uid)) << uid;
        }
    }
    void demoChecklistsMatchTheRule()
    {
        QFETCH(QString, company);
        ChecklistModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCompany(CompanyRepository(*m_db).find(company));
        const QSet<QString> expected = expectedRows(company);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(modelRows(model), expected);
        model.setGrouping(ChecklistGrouping::ByTopic);
        QCOMPARE(modelRows(model), expected);
        // What is not on the checklist is offered for adding by hand: together they are every obligation that
        // binds at all (not those of a draft its final version replaced).
        QCOMPARE(AssessmentService(*m_db).candidates(model.company()).size() + expected.size(),
                 rt::test::demoObligationCount() - replacedObligationCount());
    }

    void tagsAndRegionsDecide()
    {
        auto db = freshDemo();
        const qint64 national = addObligation(*db, QStringLiteral("t-national"), QStringLiteral("CN"));
        const qint64 shanghai = addObligation(*db, QStringLiteral("t-shanghai"), QStringLiteral("CN-SH"));
        const qint64 otherTag = addObligation(*db, QStringLiteral("t-advertisers"), QStringLiteral("CN"),
                                              QStringLiteral("advertiser"));
        Company c;
        c.name = {QStringLiteral("Beijing Wheels"), QStringLiteral("北京车轮")};
        c.sectors = {QStringLiteral("automaker")};
        c.registeredRegions = {QStringLiteral("CN-BJ")};
        c.operatingRegions = {QStringLiteral("CN-BJ")};
        CompanyService companies(*db);
        CompanyRepository rows(*db);
        c.id = companies.create(c);
        ChecklistModel model(*db);
        model.setCompany(c.id);
        const auto has = [&](qint64 obligation) { return model.indexOf({c.id, obligation}).isValid(); };
        QVERIFY(has(national)); // a national rule binds everyone with the tag
        QVERIFY(!has(shanghai)); // a Shanghai rule does not bind a Beijing-only company
        QVERIFY(!has(otherTag)); // tags must meet

        c = rows.company(c.id);
        c.operatingRegions.append(QStringLiteral("CN-SH"));
        companies.update(c); // the model follows the notification
        QVERIFY(has(shanghai));
        QVERIFY(!has(otherTag));
    }

    void topicChangesReachAnOpenChecklist()
    {
        auto db = freshDemo();
        const qint64 obligation = addObligation(*db, QStringLiteral("t-topic"), QStringLiteral("CN"));
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        ChecklistModel model(*db);
        model.setCompany(company);
        ChecklistFilter filter;
        filter.topic = QStringLiteral("data_security");
        model.setFilter(filter);
        QVERIFY(!model.indexOf({company, obligation}).isValid());
        AuthorityRepository reference(*db);
        Development d
            = *DevelopmentRepository(*db, reference)
                   .load(db->scalar(QStringLiteral("SELECT id FROM developments WHERE uid = 't-topic'"))
                             .toLongLong());
        d.topics = {QStringLiteral("data_security")};
        DevelopmentService(*db).update(d); // the model reads topics again after this
        QVERIFY(model.indexOf({company, obligation}).isValid());
    }

    void manualAndNotApplicable()
    {
        auto db = freshDemo();
        const qint64 otherTag = addObligation(*db, QStringLiteral("t-ads"), QStringLiteral("CN"),
                                              QStringLiteral("government_user"));
        const qint64 national = addObligation(*db, QStringLiteral("t-nat"), QStringLiteral("CN"));
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        ChecklistModel model(*db);
        model.setCompany(company);
        QVERIFY(!model.indexOf({company, otherTag}).isValid());
        AssessmentService service(*db);
        const auto offered = [&](qint64 obligation) {
            const QList<ChecklistCandidate> all = service.candidates(company);
            return std::any_of(all.cbegin(), all.cend(),
                               [&](const ChecklistCandidate &c) { return c.key.obligationId == obligation; });
        };
        QVERIFY(offered(otherTag)); // not binding: can be added by hand
        QVERIFY(!offered(national)); // already on the checklist
        AssessmentEdit add;
        add.applicability = Applicability::Manual;
        service.apply({company, otherTag}, 0, add);
        QVERIFY(!offered(otherTag));
        QVERIFY(model.indexOf({company, otherTag}).isValid());

        const int applicableBefore = model.applicableCount();
        AssessmentEdit notApplicable;
        notApplicable.applicability = Applicability::NotApplicable;
        try {
            service.apply({company, national}, 0, notApplicable);
            QFAIL("not applicable without a justification was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), Error::Code::InvalidInput);
        }
        QCOMPARE(service.assessment({company, national}).version, 0); // nothing written
        notApplicable.justification = QStringLiteral("We sell no vehicles in China.");
        service.apply({company, national}, 0, notApplicable);
        const QModelIndex row = model.indexOf({company, national});
        QVERIFY(row.isValid()); // still listed, for the statement of applicability
        QCOMPARE(row.data(ChecklistModel::ApplicableRole).toBool(), false);
        QCOMPARE(model.applicableCount(), applicableBefore - 1);
    }

    void tickAndUntickRestoreThePreviousState()
    {
        auto db = freshDemo();
        const qint64 obligation = addObligation(*db, QStringLiteral("t-tick"), QStringLiteral("CN"));
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const AssessmentKey key{company, obligation};
        AssessmentService service(*db);
        AssessmentEdit start;
        start.status = AssessmentStatus::InProgress;
        start.result = AssessmentResult::PartiallyCompliant;
        QCOMPARE(service.apply(key, 0, start), 1);
        QCOMPARE(service.apply(key, 1, AssessmentEdit::tick()), 2);
        QCOMPARE(service.assessment(key).status, AssessmentStatus::Done);
        QCOMPARE(service.assessment(key).result, AssessmentResult::Compliant);

        const AssessmentEdit untick = service.untick(key);
        QCOMPARE(untick.status, std::optional(AssessmentStatus::InProgress));
        QCOMPARE(untick.result, std::optional(AssessmentResult::PartiallyCompliant));
        QCOMPARE(service.apply(key, 2, untick), 3);
        const Assessment after = service.assessment(key);
        QCOMPARE(after.status, AssessmentStatus::InProgress);
        QCOMPARE(after.result, AssessmentResult::PartiallyCompliant);

        // Never ticked before: unticking goes back to the start.
        const qint64 fresh = addObligation(*db, QStringLiteral("t-fresh"), QStringLiteral("CN"));
        const AssessmentEdit plain = service.untick({company, fresh});
        QCOMPARE(plain.status, std::optional(AssessmentStatus::ToDo));
        QCOMPARE(plain.result, std::optional(AssessmentResult::NotAssessed));

        // revertingTo() restores exactly the fields an edit set (what undo applies).
        const AssessmentEdit back = AssessmentEdit::tick().revertingTo(after);
        QCOMPARE(back.status, std::optional(AssessmentStatus::InProgress));
        QVERIFY(!back.owner.has_value());
    }

    void staleVersionIsAConflictAndWritesNothing()
    {
        auto db = freshDemo();
        const qint64 obligation = addObligation(*db, QStringLiteral("t-stale"), QStringLiteral("CN"));
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const AssessmentKey key{company, obligation};
        AssessmentService service(*db);
        AssessmentEdit mine;
        mine.owner = QStringLiteral("Li Wei");
        service.apply(key, 0, mine); // version 1
        AssessmentEdit theirs;
        theirs.owner = QStringLiteral("Zhang Min");
        service.apply(key, 1, theirs); // version 2, by "somebody else"
        const int auditRows = db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        try {
            service.apply(key, 1, AssessmentEdit::tick());
            QFAIL("a stale edit was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), Error::Code::Conflict);
        }
        const Assessment stored = service.assessment(key);
        QCOMPARE(stored.owner, QStringLiteral("Zhang Min"));
        QCOMPARE(stored.status, AssessmentStatus::ToDo);
        QCOMPARE(stored.version, 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), auditRows);
        QCOMPARE(service.overwrite(key, AssessmentEdit::tick()), 3); // the user chose to overwrite
    }

    void bulkEditIsAllOrNothing()
    {
        auto db = freshDemo();
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        QList<std::pair<AssessmentKey, int>> targets;
        for (int i = 0; i < 3; ++i) {
            targets.append(
                {{company, addObligation(*db, QStringLiteral("t-bulk%1").arg(i), QStringLiteral("CN"))}, 0});
        }
        AssessmentService service(*db);
        AssessmentEdit owner;
        owner.owner = QStringLiteral("王芳");
        QCOMPARE(service.applyAll(targets, owner), QList<int>({1, 1, 1}));
        for (const auto &[key, version] : targets) {
            QCOMPARE(service.assessment(key).owner, QStringLiteral("王芳"));
        }
        // One stale target: nothing changes on any row.
        targets = {{targets[0].first, 1}, {targets[1].first, 1}, {targets[2].first, 0}};
        AssessmentEdit due;
        due.due = QDate(2026, 1, 31);
        QVERIFY_THROWS_EXCEPTION(Error, service.applyAll(targets, due));
        for (const auto &[key, version] : targets) {
            QVERIFY(!service.assessment(key).due.isValid());
            QCOMPARE(service.assessment(key).version, 1);
        }
    }

    void undoChecksContentNotVersions()
    {
        auto db = freshDemo();
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const AssessmentKey first{company,
                                  addObligation(*db, QStringLiteral("t-undo1"), QStringLiteral("CN"))};
        const AssessmentKey second{company,
                                   addObligation(*db, QStringLiteral("t-undo2"), QStringLiteral("CN"))};
        AssessmentService service(*db);
        const Assessment before1 = service.assessment(first);
        const Assessment before2 = service.assessment(second);
        const AssessmentEdit tick = AssessmentEdit::tick();
        service.applyAll({{first, 0}, {second, 0}}, tick);

        // Somebody else sets an owner: a field the tick does not set, so undoing the tick still goes ahead.
        AssessmentEdit owner;
        owner.owner = QStringLiteral("Gao Lin");
        service.apply(first, 1, owner);
        // Somebody else changes the status of the second row: undoing the tick would overwrite it.
        AssessmentEdit review;
        review.status = AssessmentStatus::InReview;
        service.apply(second, 1, review);
        const QList<ExpectedEdit> undo{{first, tick.revertingTo(before1), tick.appliedTo(before1)},
                                       {second, tick.revertingTo(before2), tick.appliedTo(before2)}};
        try {
            service.applyEach(undo);
            QFAIL("undo overwrote somebody else's status");
        } catch (const Error &e) {
            QCOMPARE(e.code(), Error::Code::Conflict);
        }
        QCOMPARE(service.assessment(first).status, AssessmentStatus::Done); // all or nothing
        QCOMPARE(service.assessment(second).status, AssessmentStatus::InReview);

        service.applyEach({undo.first()});
        QCOMPARE(service.assessment(first).status, AssessmentStatus::ToDo);
        QCOMPARE(service.assessment(first).owner, QStringLiteral("Gao Lin")); // their change survives
        service.applyEach({{second, tick.revertingTo(before2), std::nullopt}}); // the user chose to overwrite
        QCOMPARE(service.assessment(second).status, AssessmentStatus::ToDo);
    }

    void auditRowsNameWhoWhatAndWhen()
    {
        auto db = freshDemo();
        db->setActor(QStringLiteral("chen.jie"));
        const qint64 obligation = addObligation(*db, QStringLiteral("t-audit"), QStringLiteral("CN"));
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const AssessmentKey key{company, obligation};
        AssessmentService service(*db);
        QTest::qWait(5); // the demo import wrote audit rows a moment ago
        const QDateTime before = QDateTime::currentDateTimeUtc();
        AssessmentEdit edit;
        edit.status = AssessmentStatus::InReview;
        edit.due = QDate(2026, 3, 1);
        service.apply(key, 0, edit);
        edit.due = QDate(2026, 4, 1);
        service.apply(key, 1, edit); // only the due date really changes

        QList<std::tuple<QString, QString, QString>> fields;
        for (const AuditEntry &e : service.history(key)) {
            QCOMPARE(e.actor, rt::test::auditActor(QStringLiteral("chen.jie")));
            QVERIFY(e.at >= before);
            fields.append({e.field, e.oldValue, e.newValue});
        }
        const QList<std::tuple<QString, QString, QString>> expected{
            {QStringLiteral("created"), QString(), QString()},
            {QStringLiteral("status"), QStringLiteral("todo"), QStringLiteral("in_review")},
            {QStringLiteral("due"), QString(), QStringLiteral("2026-03-01")},
            {QStringLiteral("due"), QStringLiteral("2026-03-01"), QStringLiteral("2026-04-01")},
        };
        QCOMPARE(fields, expected);

        const QList<AssessmentChange> changes = service.changesSince(company, before);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.first().entry.newValue, QStringLiteral("2026-04-01")); // newest first
        QCOMPARE(changes.first().obligation.en, QStringLiteral("Keep logs for t-audit"));
        QVERIFY(service.changesSince(company, QDateTime::currentDateTimeUtc().addSecs(5)).isEmpty());
    }

    void overdueRowsAndFilters()
    {
        auto db = freshDemo();
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const qint64 late = addObligation(*db, QStringLiteral("t-late"), QStringLiteral("CN"));
        const qint64 doneLate = addObligation(*db, QStringLiteral("t-done"), QStringLiteral("CN"));
        const qint64 future = addObligation(*db, QStringLiteral("t-future"), QStringLiteral("CN"));
        AssessmentService service(*db);
        const QDate today(2026, 6, 15);
        AssessmentEdit edit;
        edit.due = today.addDays(-1);
        edit.owner = QStringLiteral("Liu Yang");
        edit.status = AssessmentStatus::InProgress;
        service.apply({company, late}, 0, edit);
        edit.status = AssessmentStatus::Done;
        service.apply({company, doneLate}, 0, edit);
        edit.status = AssessmentStatus::ToDo;
        edit.due = today; // due today is not overdue yet
        service.apply({company, future}, 0, edit);

        ChecklistModel model(*db);
        model.setToday(today);
        model.setCompany(company);
        QCOMPARE(model.indexOf({company, late}).data(ChecklistModel::OverdueRole).toBool(), true);
        QCOMPARE(model.indexOf({company, doneLate}).data(ChecklistModel::OverdueRole).toBool(), false);
        QCOMPARE(model.indexOf({company, future}).data(ChecklistModel::OverdueRole).toBool(), false);

        // Demo rows may be overdue too: the overdue filter shows exactly the rows the role marks.
        int marked = 0;
        for (int g = 0; g < model.groupCount(); ++g) {
            for (const ChecklistRow &row : model.groupRows(g)) {
                marked += row.isOverdue(today) ? 1 : 0;
            }
        }
        ChecklistFilter filter;
        filter.show = ChecklistFilter::Show::Overdue;
        model.setFilter(filter);
        QCOMPARE(modelRows(model).size(), marked);
        QVERIFY(modelRows(model).contains(QStringLiteral("t-late/o1")));
        QCOMPARE(model.overdueCount(), marked);

        filter.show = ChecklistFilter::Show::AssignedToMe;
        filter.me = QStringLiteral("liu yang");
        model.setFilter(filter);
        QCOMPARE(modelRows(model),
                 QSet<QString>({QStringLiteral("t-late/o1"), QStringLiteral("t-done/o1"),
                                QStringLiteral("t-future/o1")}));

        filter.show = ChecklistFilter::Show::Open;
        model.setFilter(filter);
        QVERIFY(!modelRows(model).contains(QStringLiteral("t-done/o1")));
        QVERIFY(modelRows(model).contains(QStringLiteral("t-future/o1")));

        filter.show = ChecklistFilter::Show::ChangedSince;
        filter.since = QDate::currentDate();
        model.setFilter(filter);
        // The three rows of this test, and the demo's row flagged for re-review when the illustrative final
        // of the price rules was linked on loading (the demo's own changes are from 2025).
        QCOMPARE(modelRows(model),
                 QSet<QString>({QStringLiteral("t-late/o1"), QStringLiteral("t-done/o1"),
                                QStringLiteral("t-future/o1"), QStringLiteral("cn-tmt-2025-01-final/o6")}));

        filter.show = ChecklistFilter::Show::ReReview;
        model.setFilter(filter);
        QCOMPARE(modelRows(model), QSet<QString>({QStringLiteral("cn-tmt-2025-01-final/o6")}));
    }

    void tickingRefreshesOnlyTheRow()
    {
        auto db = freshDemo();
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("qiantang-bazaar"));
        ChecklistModel model(*db);
        model.setCompany(company);
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        const ChecklistRow row = *model.row(first);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        AssessmentService(*db).apply(row.key, row.assessment.version, AssessmentEdit::tick());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 2); // the row and its group's progress
        QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(first.data(ChecklistModel::VersionRole).toInt(), row.assessment.version + 1);
        const QModelIndex group = model.index(0, 0);
        int done = 0;
        for (const ChecklistRow &r : model.groupRows(0)) {
            done += r.assessment.status == AssessmentStatus::Done ? 1 : 0;
        }
        QCOMPARE(group.data(ChecklistModel::DoneCountRole).toInt(), done);
    }

    void attachmentsRoundTrip()
    {
        auto db = freshDemo();
        const qint64 company = CompanyRepository(*db).find(QStringLiteral("huangpu-motors"));
        const qint64 obligation = addObligation(*db, QStringLiteral("t-evidence"), QStringLiteral("CN"));
        const AssessmentKey key{company, obligation};
        AssessmentService service(*db);
        QByteArray bytes("abc");
        Evidence e;
        e.fileName = QStringLiteral("日志留存策略.pdf");
        e.mimeType = QStringLiteral("application/pdf");
        e.content = bytes;
        const qint64 id = service.attach(key, e);
        const Evidence stored = service.evidenceWithContent(id);
        QCOMPARE(stored.content, bytes);
        QCOMPARE(stored.size, 3);
        // The published SHA-256 test vector for "abc" (FIPS 180-2).
        QCOMPARE(stored.sha256,
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(stored.fileName, e.fileName);
        QCOMPARE(service.evidence(key).size(), 1);

        // Binary content with every byte value survives.
        QByteArray binary;
        for (int i = 0; i < 256 * 40; ++i) {
            binary.append(char(i % 256));
        }
        e.content = binary;
        e.fileName = QStringLiteral("scan.bin");
        const qint64 binaryId = service.attach(key, e);
        QCOMPARE(service.evidenceWithContent(binaryId).content, binary);

        // Too large: a message naming the file, and nothing written.
        e.fileName = QStringLiteral("huge.zip");
        try {
            service.attach(key, e, 1024);
            QFAIL("an attachment over the limit was accepted");
        } catch (const Error &error) {
            QCOMPARE(error.code(), Error::Code::InvalidInput);
            QVERIFY2(error.message().contains(QStringLiteral("huge.zip")), qPrintable(error.message()));
        }
        QCOMPARE(service.evidence(key).size(), 2);

        // Detach and reattach (undo) give back the same bytes.
        const Evidence removed = service.detach(binaryId);
        QCOMPARE(service.evidence(key).size(), 1);
        const qint64 again = service.reattach(removed);
        QCOMPARE(service.evidenceWithContent(again).content, binary);
        QCOMPARE(service.evidenceWithContent(again).sha256, removed.sha256);

        ChecklistModel model(*db);
        model.setCompany(company);
        QCOMPARE(model.indexOf(key, ChecklistModel::EvidenceColumn).data().toInt(), 2);
    }

    void removedCompanyComesBackWithEverything()
    {
        auto db = freshDemo();
        CompanyService companies(*db);
        CompanyRepository rows(*db);
        const qint64 id = rows.find(QStringLiteral("qiantang-bazaar"));
        const int assessments = rows.assessmentCount(id);
        QVERIFY(assessments > 0);
        AssessmentService service(*db);
        const qint64 obligation
            = db->scalar(QStringLiteral("SELECT obligation_id FROM assessments WHERE company_id = ?"), {id})
                  .toLongLong();
        Evidence e;
        e.fileName = QStringLiteral("contract.txt");
        e.content = "clause 7.3 removed";
        service.attach({id, obligation}, e);

        const RemovedCompany removed = companies.remove(id);
        QCOMPARE(rows.find(QStringLiteral("qiantang-bazaar")), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM evidence")).toInt(), 0);
        const qint64 back = companies.restore(removed);
        QCOMPARE(rows.assessmentCount(back), assessments);
        QCOMPARE(rows.company(back).name, removed.company.name);
        QCOMPARE(service.evidence({back, obligation}).size(), 1);
        QCOMPARE(service.evidenceWithContent(service.evidence({back, obligation}).first().id).content,
                 QByteArray("clause 7.3 removed"));
    }

    void companyRulesAreChecked()
    {
        auto db = freshDemo();
        CompanyService companies(*db);
        CompanyRepository rows(*db);
        Company c;
        c.sectors = {QStringLiteral("no_such_tag")};
        c.operatingRegions = {QStringLiteral("Shanghai")};
        const QStringList problems = companies.problems(c);
        QCOMPARE(problems.size(), 3); // no name, unknown tag, bad region
        QVERIFY_THROWS_EXCEPTION(Error, companies.create(c));
        QCOMPARE(rows.all().size(), 3);
        c = Company();
        c.name.en = QStringLiteral("Huangpu Motors");
        QCOMPARE(rows.all().size(), 3);
        const qint64 second = companies.create(c);
        QCOMPARE(rows.company(second).uid, QStringLiteral("huangpu-motors-2")); // uids stay unique
        QCOMPARE(rows.find(QString::number(second)), second);
        QCOMPARE(rows.find(QStringLiteral("钱塘集市网络科技有限公司")),
                 rows.find(QStringLiteral("qiantang-bazaar")));
    }

    void matrixAgreesWithTheChecklists()
    {
        CompanyMatrixModel matrix(*m_db);
        QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(matrix.rowCount(), 3);
        QVERIFY(matrix.columnCount() > 5);
        ChecklistModel checklist(*m_db);
        checklist.setGrouping(ChecklistGrouping::ByTopic);
        for (int r = 0; r < matrix.rowCount(); ++r) {
            checklist.setCompany(matrix.index(r, 0).data(CompanyMatrixModel::CompanyIdRole).toLongLong());
            for (int c = 0; c < matrix.columnCount(); ++c) {
                const QModelIndex cell = matrix.index(r, c);
                ChecklistFilter filter;
                filter.topic = cell.data(CompanyMatrixModel::ColumnKeyRole).toString();
                checklist.setFilter(filter);
                QCOMPARE(cell.data(CompanyMatrixModel::ApplicableRole).toInt(), checklist.applicableCount());
                QCOMPARE(cell.data(CompanyMatrixModel::DoneRole).toInt(), checklist.doneCount());
                QCOMPARE(cell.data(CompanyMatrixModel::OverdueRole).toInt(), checklist.overdueCount());
            }
        }
    }

    void indexAgreesWithThePlainQueryOnGeneratedData()
    {
        QTemporaryDir dir;
        auto db = rt::test::newGeneratedDatabase(dir, QStringLiteral("generated.sqlite"), 400, 8, 11,
                                                 QDate(2026, 6, 30));
        const auto plain = [&db](qint64 company) {
            QSet<qint64> ids;
            QSqlQuery &q = db->exec(QStringLiteral("SELECT obligation_id FROM (%1) p WHERE company_id = ?")
                                        .arg(applicablePairs()),
                                    {company});
            while (q.next()) {
                ids.insert(q.value(0).toLongLong());
            }
            q.finish();
            return ids;
        };
        QList<qint64> companies;
        QSqlQuery &c = db->exec(QStringLiteral("SELECT id FROM companies ORDER BY id"));
        while (c.next()) {
            companies.append(c.value(0).toLongLong());
        }
        c.finish();
        QCOMPARE(companies.size(), 8);

        // An obligation added later to the first development has a higher id than the obligations of every
        // development after it: the index must not take ids to follow the developments' order.
        {
            AuthorityRepository lookup(*db);
            DevelopmentRepository stored(*db, lookup);
            Development first = *stored.load(
                db->scalar(QStringLiteral("SELECT min(development_id) FROM obligations")).toLongLong());
            Obligation late = first.obligations.constFirst();
            late.id = 0;
            late.uid = first.uid + QStringLiteral("/late");
            first.obligations.append(late);
            DevelopmentService(*db).upsert(first);
            QVERIFY(db->scalar(QStringLiteral("SELECT max(id) FROM obligations")).toLongLong()
                    == db->scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {late.uid})
                           .toLongLong());
        }

        // A few rows that bind by the rule are marked not applicable, so that all three branches count.
        AssessmentService service(*db);
        QHash<qint64, QSet<qint64>> marked;
        for (qint64 company : std::as_const(companies)) {
            int left = 3;
            for (qint64 obligation : plain(company)) {
                if (left > 0 && service.assessment({company, obligation}).version == 0) {
                    AssessmentEdit edit;
                    edit.applicability = Applicability::NotApplicable;
                    edit.justification = QStringLiteral("Outside the scope of this business.");
                    service.apply({company, obligation}, 0, edit);
                    marked[company].insert(obligation);
                    --left;
                }
            }
        }
        // And one that the rule does not bind is added by hand to each company.
        QList<qint64> everyObligation;
        db->eachIntegerRow(QStringLiteral("SELECT id FROM obligations ORDER BY id"), {}, 1,
                           [&](const qint64 *v) { everyObligation.append(v[0]); });
        int added = 0;
        for (qint64 company : std::as_const(companies)) {
            const QSet<qint64> bound = plain(company);
            for (qint64 obligation : std::as_const(everyObligation)) {
                if (!bound.contains(obligation) && !marked.value(company).contains(obligation)
                    && service.assessment({company, obligation}).version == 0) {
                    AssessmentEdit edit;
                    edit.applicability = Applicability::Manual;
                    service.apply({company, obligation}, 0, edit);
                    QVERIFY(plain(company).contains(obligation));
                    ++added;
                    break;
                }
            }
        }
        QCOMPARE(added, int(companies.size()));

        ApplicabilityIndex index(*db);
        index.load();
        ChecklistModel checklist(*db);
        int bound = 0;
        for (qint64 company : std::as_const(companies)) {
            QSet<qint64> fromIndex;
            for (int i : index.applicable(company)) {
                fromIndex.insert(index.obligations()[std::size_t(i)].id);
            }
            const QSet<qint64> expected = plain(company);
            QCOMPARE(fromIndex, expected);
            QCOMPARE(QSet<qint64>(index.markedNotApplicable(company).cbegin(),
                                  index.markedNotApplicable(company).cend()),
                     marked.value(company));
            QVERIFY(!marked.value(company).intersects(expected));
            bound += int(expected.size());

            // The checklist lists what binds and, greyed, what was marked not applicable: newest development
            // first, then by development and the obligations' own order.
            checklist.setCompany(company);
            QList<qint64> listed;
            for (int g = 0; g < checklist.groupCount(); ++g) {
                for (const ChecklistRow &row : checklist.groupRows(g)) {
                    listed.append(row.key.obligationId);
                }
            }
            const QSet<qint64> rows = expected | marked.value(company);
            QList<qint64> ordered;
            QSqlQuery &q
                = db->exec(QStringLiteral("SELECT o.id FROM obligations o JOIN developments d ON d.id = "
                                          "o.development_id ORDER BY d.announced_on DESC, d.id, o.position"));
            while (q.next()) {
                if (rows.contains(q.value(0).toLongLong())) {
                    ordered.append(q.value(0).toLongLong());
                }
            }
            q.finish();
            QCOMPARE(listed, ordered);
            QCOMPARE(checklist.applicableCount(), int(expected.size()));
        }
        QVERIFY(bound > 100);

        // The matrix counts what the plain query counts, by topic and by development.
        const QDate today(2026, 8, 1); // some due dates before it, some after
        for (const auto columns :
             {CompanyMatrixModel::Columns::Topics, CompanyMatrixModel::Columns::Developments}) {
            const bool byTopic = columns == CompanyMatrixModel::Columns::Topics;
            QHash<QString, QList<int>> expected; // "company/key" -> applicable, done, overdue
            QSqlQuery &q = db->exec(
                QStringLiteral(
                    "SELECT p.company_id, %1, COUNT(*), SUM(CASE WHEN s.status = 'done' THEN 1 ELSE 0 END), "
                    "SUM(CASE WHEN s.due_on < ? AND s.status <> 'done' THEN 1 ELSE 0 END) FROM (%2) p JOIN "
                    "obligations o ON o.id = p.obligation_id %3 LEFT JOIN assessments s ON s.company_id = "
                    "p.company_id AND s.obligation_id = o.id GROUP BY p.company_id, %1")
                    .arg(byTopic ? QStringLiteral("t.code") : QStringLiteral("o.development_id"),
                         applicablePairs(),
                         byTopic ? QStringLiteral("JOIN development_topics dt ON dt.development_id = "
                                                  "o.development_id JOIN topics t ON t.id = dt.topic_id")
                                 : QString()),
                {today.toString(Qt::ISODate)});
            while (q.next()) {
                expected.insert(q.value(0).toString() + u'/' + q.value(1).toString(),
                                {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
            }
            q.finish();
            CompanyMatrixModel matrix(*db);
            matrix.setToday(today);
            matrix.setColumns(columns);
            QCOMPARE(matrix.rowCount(), companies.size());
            QHash<QString, QList<int>> counted;
            for (int r = 0; r < matrix.rowCount(); ++r) {
                for (int column = 0; column < matrix.columnCount(); ++column) {
                    const QModelIndex cell = matrix.index(r, column);
                    if (cell.data(CompanyMatrixModel::ApplicableRole).toInt() > 0) {
                        counted.insert(cell.data(CompanyMatrixModel::CompanyIdRole).toString() + u'/'
                                           + cell.data(CompanyMatrixModel::ColumnKeyRole).toString(),
                                       {cell.data(CompanyMatrixModel::ApplicableRole).toInt(),
                                        cell.data(CompanyMatrixModel::DoneRole).toInt(),
                                        cell.data(CompanyMatrixModel::OverdueRole).toInt()});
                    }
                }
            }
            QVERIFY(expected.size() > 50);
            QVERIFY(std::any_of(expected.cbegin(), expected.cend(),
                                [](const QList<int> &v) { return v.at(2) > 0; }));
            QCOMPARE(counted, expected);
        }
    }

    void anotherConnectionsCommitsAreNoticed()
    {
        auto db = freshDemo();
        auto other = Database::open(db->path(), Database::OpenMode::ExistingOnly);
        db->watchOtherWriters(100);
        QSignalSpy spy(db.get(), &Database::changed);
        const qint64 company = CompanyRepository(*other).find(QStringLiteral("huangpu-motors"));
        const qint64 obligation = addObligation(*other, QStringLiteral("t-other"), QStringLiteral("CN"));
        QVERIFY(spy.wait(1000));
        spy.clear();
        ChecklistModel model(*db);
        model.setCompany(company);
        AssessmentService(*other).apply({company, obligation}, 0, AssessmentEdit::tick());
        QTRY_COMPARE_WITH_TIMEOUT(
            model.indexOf({company, obligation}).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked, 1000);
        db->watchOtherWriters(0);
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
