#include "DevelopmentService.h"

#include "AssessmentService.h"
#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "Error.h"
#include "ScopedTransaction.h"
#include "TextSimilarity.h"

#include <QMap>
#include <QSet>
#include <QUuid>

namespace rt::core {

namespace {

const QString entityName = QStringLiteral("development");

QString joinText(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A development as field → value, the unit of the audit log. Obligations appear as "obligation
// <uid>.<field>".
QMap<QString, QString> auditFields(const Development &d)
{
    QMap<QString, QString> f;
    f.insert(QStringLiteral("title_en"), d.title.en);
    f.insert(QStringLiteral("title_zh"), d.title.zh);
    f.insert(QStringLiteral("document_title_en"), d.documentTitle.en);
    f.insert(QStringLiteral("document_title_zh"), d.documentTitle.zh);
    f.insert(QStringLiteral("authorities"), joinText(d.authorities));
    f.insert(QStringLiteral("multi_department"),
             d.multiDepartment ? QStringLiteral("true") : QStringLiteral("false"));
    f.insert(QStringLiteral("kind"), Vocabulary::key(d.kind));
    f.insert(QStringLiteral("stage"), Vocabulary::key(d.stage));
    f.insert(QStringLiteral("legal_rank"), Vocabulary::key(d.legalRank));
    f.insert(QStringLiteral("announced"), dateText(d.announced));
    f.insert(QStringLiteral("announced_until"), dateText(d.announcedUntil));
    f.insert(QStringLiteral("comment_deadline"), dateText(d.commentDeadline));
    f.insert(QStringLiteral("effective"), dateText(d.effective));
    f.insert(QStringLiteral("topics"), joinText(d.topics));
    f.insert(QStringLiteral("region"), d.region);
    f.insert(QStringLiteral("summary_en"), d.summary.en);
    f.insert(QStringLiteral("summary_zh"), d.summary.zh);
    f.insert(QStringLiteral("provenance_en"), Vocabulary::key(d.provenanceEn));
    f.insert(QStringLiteral("provenance_zh"), Vocabulary::key(d.provenanceZh));
    f.insert(QStringLiteral("zh_prevails"), d.zhPrevails ? QStringLiteral("true") : QStringLiteral("false"));
    f.insert(QStringLiteral("translation_source"), d.translationSource);
    f.insert(QStringLiteral("source_publication"), d.sourcePublication);
    f.insert(QStringLiteral("source_item"), d.sourceItem > 0 ? QString::number(d.sourceItem) : QString());
    f.insert(QStringLiteral("source_url"), d.sourceUrl);
    f.insert(QStringLiteral("replaces"), d.replacesUid);
    QStringList penalties;
    for (const Penalty &p : d.penalties) {
        penalties.append(QString::number(p.amount, 'f', 2) + u' ' + p.currency);
    }
    f.insert(QStringLiteral("penalties"), penalties.join(QStringLiteral("; ")));
    for (const Obligation &o : d.obligations) {
        const QString prefix = QStringLiteral("obligation ") + o.uid + u'.';
        f.insert(prefix + QStringLiteral("text_en"), o.text.en);
        f.insert(prefix + QStringLiteral("text_zh"), o.text.zh);
        f.insert(prefix + QStringLiteral("kind"), Vocabulary::key(o.kind));
        f.insert(prefix + QStringLiteral("applies_to"), joinText(o.appliesTo));
        f.insert(prefix + QStringLiteral("effective"), dateText(o.effective));
        QStringList parameters;
        for (const ObligationParameter &p : o.parameters) {
            parameters.append(p.name.en + u' ' + Vocabulary::key(p.op) + u' ' + p.value
                              + (p.value2.isEmpty() ? QString() : u'-' + p.value2) + u' '
                              + Vocabulary::key(p.unit));
        }
        f.insert(prefix + QStringLiteral("parameters"), parameters.join(QStringLiteral("; ")));
    }
    return f;
}

} // namespace

DevelopmentService::DevelopmentService(Database &db)
    : m_db(db)
{
}

QStringList DevelopmentService::problems(const Development &d)
{
    QStringList result;
    if (d.title.isEmpty()) {
        result.append(tr("The development needs a title in English or Chinese."));
    }
    if (d.authorities.isEmpty()) {
        result.append(tr("The development needs at least one issuing authority."));
    }
    if (!d.announced.isValid()) {
        result.append(tr("The development needs an announcement date."));
    }
    if (d.announcedUntil.isValid() && d.announcedUntil < d.announced) {
        result.append(tr("The approximate announcement date ends before it begins."));
    }
    if (d.commentDeadline.isValid() && d.announced.isValid() && d.commentDeadline < d.announced) {
        result.append(tr("The comment deadline is before the announcement date."));
    }
    for (int i = 0; i < d.obligations.size(); ++i) {
        const Obligation &o = d.obligations.at(i);
        if (o.text.isEmpty()) {
            result.append(tr("Obligation %1 has no text.").arg(i + 1));
        }
        for (const ObligationParameter &p : o.parameters) {
            if (p.value.trimmed().isEmpty()
                || (p.op == ParameterOp::Between && p.value2.trimmed().isEmpty())) {
                result.append(tr("A parameter of obligation %1 has no value.").arg(i + 1));
            }
        }
    }
    for (const Penalty &p : d.penalties) {
        if (p.amount < 0) {
            result.append(tr("A penalty amount is negative."));
        }
    }
    return result;
}

void DevelopmentService::prepare(Development &d) const
{
    if (d.uid.isEmpty()) {
        d.uid = QStringLiteral("dev-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QSet<QString> used;
    for (const Obligation &o : std::as_const(d.obligations)) {
        used.insert(o.uid);
    }
    int next = 1;
    for (Obligation &o : d.obligations) {
        if (!o.uid.isEmpty()) {
            continue;
        }
        QString candidate;
        do {
            candidate = d.uid + QStringLiteral("/o%1").arg(next++);
        } while (
            used.contains(candidate)
            || m_db.scalar(QStringLiteral("SELECT 1 FROM obligations WHERE uid = ?"), {candidate}).isValid());
        o.uid = candidate;
        used.insert(candidate);
    }
    const QStringList found = problems(d);
    if (!found.isEmpty()) {
        throw Error(Error::Code::InvalidInput, found.join(u' '));
    }
}

bool DevelopmentService::sameContent(const Development &a, const Development &b)
{
    return auditFields(a) == auditFields(b);
}

void DevelopmentService::audit(qint64 id, const Development *before, const Development *after)
{
    AuditLog log(m_db);
    const QString uid = after ? after->uid : before->uid;
    if (!before) {
        log.record(entityName, id, uid, QStringLiteral("*"), QString(), QStringLiteral("created"));
        return;
    }
    if (!after) {
        log.record(entityName, id, uid, QStringLiteral("*"), QStringLiteral("deleted"), QString());
        return;
    }
    const QMap<QString, QString> old = auditFields(*before);
    const QMap<QString, QString> now = auditFields(*after);
    QSet<QString> keys;
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        keys.insert(it.key());
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        keys.insert(it.key());
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &key : std::as_const(sorted)) {
        const QString oldValue = old.value(key);
        const QString newValue = now.value(key);
        if (oldValue != newValue) {
            log.record(entityName, id, uid, key, old.contains(key) ? oldValue : QString(),
                       now.contains(key) ? newValue : QString());
        }
    }
}

qint64 DevelopmentService::create(Development development)
{
    ScopedTransaction transaction(m_db);
    prepare(development);
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    if (repository.idForUid(development.uid) != 0) {
        throw Error(Error::Code::InvalidInput,
                    tr("A development with the id “%1” already exists.").arg(development.uid));
    }
    const qint64 id = repository.insert(development);
    audit(id, nullptr, &development);
    m_db.post({Entity::Development, Change::Kind::Added, id});
    transaction.commit();
    return id;
}

void DevelopmentService::update(Development development)
{
    ScopedTransaction transaction(m_db);
    prepare(development);
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    const auto before = repository.load(development.id);
    if (!before) {
        throw Error(Error::Code::NotFound, tr("The development was deleted in the meantime."));
    }
    if (before->version != development.version) {
        throw Error(Error::Code::Conflict,
                    tr("Somebody else changed this development in the meantime (version %1 "
                       "is stored, the edit started from version %2). Reload it and try again.")
                        .arg(before->version)
                        .arg(development.version));
    }
    replace(repository, development);
    audit(development.id, &*before, &development);
    m_db.post({Entity::Development, Change::Kind::Updated, development.id});
    transaction.commit();
}

void DevelopmentService::replace(DevelopmentRepository &repository, const Development &development)
{
    // Callers have read the stored version, but under PostgreSQL's READ COMMITTED a colleague may commit
    // after that read: only the version check inside the UPDATE itself sees it.
    if (repository.update(development)) {
        return;
    }
    const auto stored = repository.load(development.id);
    if (!stored) {
        throw Error(Error::Code::NotFound, tr("The development was deleted in the meantime."));
    }
    throw Error(Error::Code::Conflict,
                tr("Somebody else changed this development in the meantime (version %1 "
                   "is stored, the edit started from version %2). Reload it and try again.")
                    .arg(stored->version)
                    .arg(development.version));
}

qint64 DevelopmentService::upsert(Development development, Upsert *outcome)
{
    ScopedTransaction transaction(m_db);
    prepare(development);
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    const qint64 existing = repository.idForUid(development.uid);
    Upsert result = Upsert::Added;
    if (existing == 0) {
        development.id = repository.insert(development);
        audit(development.id, nullptr, &development);
        m_db.post({Entity::Development, Change::Kind::Added, development.id});
    } else if (const auto before = repository.load(existing); sameContent(*before, development)) {
        result = Upsert::Unchanged;
        development.id = existing;
    } else {
        result = Upsert::Updated;
        development.id = existing;
        development.version = before->version; // what the audit below compares with must be what is replaced
        replace(repository, development);
        audit(existing, &*before, &development);
        m_db.post({Entity::Development, Change::Kind::Updated, existing});
    }
    if (outcome) {
        *outcome = result;
    }
    transaction.commit();
    return development.id;
}

int DevelopmentService::linkLaterVersion(const QString &laterUid, const QString &earlierUid)
{
    ScopedTransaction transaction(m_db);
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    const qint64 laterId = repository.idForUid(laterUid);
    const qint64 earlierId = repository.idForUid(earlierUid);
    if (laterId == 0 || earlierId == 0) {
        throw Error(
            Error::Code::NotFound,
            tr("There is no development with the id “%1”.").arg(laterId == 0 ? laterUid : earlierUid));
    }
    // No version may end up replacing itself, directly or through others.
    for (QString uid = earlierUid; !uid.isEmpty();) {
        if (uid == laterUid) {
            throw Error(
                Error::Code::InvalidInput,
                tr("%1 cannot replace %2: %2 is already a later version of %1.").arg(laterUid, earlierUid));
        }
        uid = m_db.scalar(QStringLiteral("SELECT r.uid FROM developments d JOIN developments r ON r.id = "
                                         "d.replaces_id WHERE d.uid = ?"),
                          {uid})
                  .toString();
    }
    const Development before = *repository.load(laterId);
    const Development earlier = *repository.load(earlierId);
    Development later = before;

    // Pair each earlier obligation with the later one that says most nearly the same.
    const auto score = [](const Obligation &a, const Obligation &b) {
        return std::max(textSimilarity(a.text.en, b.text.en), textSimilarity(a.text.zh, b.text.zh));
    };
    QSet<qsizetype> paired;
    QStringList changed;
    for (const Obligation &old : earlier.obligations) {
        qsizetype best = -1;
        double bestScore = 0.5;
        for (qsizetype i = 0; i < later.obligations.size(); ++i) {
            if (!paired.contains(i) && score(old, later.obligations.at(i)) > bestScore) {
                best = i;
                bestScore = score(old, later.obligations.at(i));
            }
        }
        if (best < 0) {
            later.obligations.append(old); // the later version still binds as the earlier one did
            paired.insert(later.obligations.size() - 1);
            continue;
        }
        paired.insert(best);
        Obligation &now = later.obligations[best];
        if (now.appliesTo.isEmpty()) {
            now.appliesTo = old.appliesTo;
        }
        // A language the later text lacks keeps the earlier wording only when the other language agrees.
        if (now.text.zh.isEmpty() && now.text.en == old.text.en) {
            now.text.zh = old.text.zh;
        } else if (now.text.en.isEmpty() && now.text.zh == old.text.zh) {
            now.text.en = old.text.en;
        }
        if (now.text != old.text || now.kind != old.kind || now.parameters != old.parameters
            || now.appliesTo != old.appliesTo || now.effective != old.effective) {
            changed.append(old.uid);
        }
        now.uid = old.uid;
    }
    later.replacesUid = earlierUid;
    replace(repository, later);
    audit(laterId, &before, &later);
    AuditLog(m_db).record(entityName, earlierId, earlierUid, QStringLiteral("obligations"),
                          QString::number(earlier.obligations.size()),
                          QStringLiteral("moved to the later version ") + laterUid);

    int marked = 0;
    AssessmentService assessments(m_db);
    for (const QString &uid : std::as_const(changed)) {
        const qint64 obligationId
            = m_db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {uid}).toLongLong();
        marked += assessments.markForReReview(
            obligationId,
            QStringLiteral("obligation %1 changed in %2, the later version of %3")
                .arg(uid, laterUid, earlierUid));
    }
    m_db.post({Entity::Development, Change::Kind::Updated, laterId});
    m_db.post({Entity::Development, Change::Kind::Updated, earlierId});
    m_db.post({Entity::Obligation, Change::Kind::Updated, 0});
    transaction.commit();
    return marked;
}

RemovedDevelopment DevelopmentService::remove(qint64 id)
{
    ScopedTransaction transaction(m_db);
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    const auto development = repository.load(id);
    if (!development) {
        throw Error(Error::Code::NotFound, tr("The development was deleted in the meantime."));
    }
    RemovedDevelopment removed{*development, {}};
    QSqlQuery &companies
        = m_db.exec(QStringLiteral("SELECT DISTINCT s.company_id FROM assessments s JOIN obligations o "
                                   "ON o.id = s.obligation_id WHERE o.development_id = ?"),
                    {id});
    QList<qint64> companyIds;
    while (companies.next()) {
        companyIds.append(companies.value(0).toLongLong());
    }
    CompanyRepository companyRepository(m_db);
    QSet<QString> obligationUids;
    for (const Obligation &o : development->obligations) {
        obligationUids.insert(o.uid);
    }
    for (qint64 companyId : std::as_const(companyIds)) {
        const QList<Assessment> assessments = companyRepository.assessments(companyId);
        for (const Assessment &a : assessments) {
            if (obligationUids.contains(a.obligationUid)) {
                removed.assessments.append(a);
                m_db.post({Entity::Assessment, Change::Kind::Removed, a.id});
            }
        }
    }
    repository.remove(id);
    audit(id, &*development, nullptr);
    m_db.post({Entity::Development, Change::Kind::Removed, id});
    transaction.commit();
    return removed;
}

qint64 DevelopmentService::restore(const RemovedDevelopment &removed)
{
    ScopedTransaction transaction(m_db);
    const qint64 id = create(removed.development);
    AuthorityRepository reference(m_db);
    CompanyRepository companies(m_db);
    for (const Assessment &a : removed.assessments) {
        const qint64 assessmentId = companies.upsertAssessment(a);
        m_db.post({Entity::Assessment, Change::Kind::Added, assessmentId});
    }
    transaction.commit();
    return id;
}

} // namespace rt::core
