// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentService.h"

#include "AssessmentService.h"
#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "Error.h"
#include "ObligationPairing.h"
#include "ScopedTransaction.h"

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

QMap<QString, QString> DevelopmentService::auditFields(const Development &d)
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

Development DevelopmentService::fromAuditFields(const QMap<QString, QString> &f, const Development &like)
{
    const auto list = [](const QString &value) {
        return value.isEmpty() ? QStringList() : value.split(QStringLiteral(", "));
    };
    const auto date = [](const QString &value) { return QDate::fromString(value, Qt::ISODate); };
    Development d;
    d.id = like.id;
    d.uid = like.uid;
    d.version = like.version;
    d.title = {f.value(QStringLiteral("title_en")), f.value(QStringLiteral("title_zh"))};
    d.documentTitle
        = {f.value(QStringLiteral("document_title_en")), f.value(QStringLiteral("document_title_zh"))};
    d.authorities = list(f.value(QStringLiteral("authorities")));
    d.multiDepartment = f.value(QStringLiteral("multi_department")) == QLatin1StringView("true");
    d.kind = Vocabulary::fromKey<DevelopmentKind>(f.value(QStringLiteral("kind"))).value_or(like.kind);
    d.stage = Vocabulary::fromKey<Stage>(f.value(QStringLiteral("stage"))).value_or(like.stage);
    d.legalRank
        = Vocabulary::fromKey<LegalRank>(f.value(QStringLiteral("legal_rank"))).value_or(LegalRank::None);
    d.announced = date(f.value(QStringLiteral("announced")));
    d.announcedUntil = date(f.value(QStringLiteral("announced_until")));
    d.commentDeadline = date(f.value(QStringLiteral("comment_deadline")));
    d.effective = date(f.value(QStringLiteral("effective")));
    d.topics = list(f.value(QStringLiteral("topics")));
    d.region = f.value(QStringLiteral("region"), like.region);
    d.summary = {f.value(QStringLiteral("summary_en")), f.value(QStringLiteral("summary_zh"))};
    d.provenanceEn = Vocabulary::fromKey<Provenance>(f.value(QStringLiteral("provenance_en")))
                         .value_or(like.provenanceEn);
    d.provenanceZh = Vocabulary::fromKey<Provenance>(f.value(QStringLiteral("provenance_zh")))
                         .value_or(like.provenanceZh);
    d.zhPrevails = f.value(QStringLiteral("zh_prevails")) != QLatin1StringView("false");
    d.translationSource = f.value(QStringLiteral("translation_source"));
    d.sourcePublication = f.value(QStringLiteral("source_publication"));
    d.sourceItem = f.value(QStringLiteral("source_item")).toInt();
    d.sourceUrl = f.value(QStringLiteral("source_url"));
    d.replacesUid = f.value(QStringLiteral("replaces"));
    const QStringList penalties
        = f.value(QStringLiteral("penalties")).split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < penalties.size(); ++i) {
        Penalty p;
        p.amount = penalties.at(i).section(u' ', 0, 0).toDouble();
        p.currency = penalties.at(i).section(u' ', 1);
        // The log keeps amounts only: a description comes from the same penalty of the version at hand.
        if (i < like.penalties.size() && like.penalties.at(i).amount == p.amount
            && like.penalties.at(i).currency == p.currency) {
            p.description = like.penalties.at(i).description;
        }
        d.penalties.append(p);
    }

    // Obligations: those of the version at hand in its order, then the others by uid.
    QStringList uids;
    for (const Obligation &o : like.obligations) {
        uids.append(o.uid);
    }
    const QString prefix = QStringLiteral("obligation ");
    QStringList others;
    for (auto it = f.cbegin(); it != f.cend(); ++it) {
        if (it.key().startsWith(prefix)) {
            const QString uid = it.key().mid(prefix.size()).section(u'.', 0, -2);
            if (!uids.contains(uid) && !others.contains(uid)) {
                others.append(uid);
            }
        }
    }
    uids += others;
    for (const QString &uid : std::as_const(uids)) {
        const QString key = prefix + uid + u'.';
        const QString kind = f.value(key + QStringLiteral("kind"));
        if (kind.isEmpty()) {
            continue; // not there at that time
        }
        const auto same = std::find_if(like.obligations.cbegin(), like.obligations.cend(),
                                       [&](const Obligation &o) { return o.uid == uid; });
        Obligation o;
        o.id = same != like.obligations.cend() ? same->id : 0;
        o.uid = uid;
        o.text = {f.value(key + QStringLiteral("text_en")), f.value(key + QStringLiteral("text_zh"))};
        o.kind = Vocabulary::fromKey<ObligationKind>(kind).value_or(ObligationKind::MustDo);
        o.appliesTo = list(f.value(key + QStringLiteral("applies_to")));
        o.effective = date(f.value(key + QStringLiteral("effective")));
        for (const QString &text :
             f.value(key + QStringLiteral("parameters")).split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            // "<English name> <op> <value>[-<value2>] <unit>": read from the end, the name may have spaces.
            const QStringList words = text.split(u' ');
            if (words.size() < 3) {
                continue;
            }
            ObligationParameter p;
            p.unit = Vocabulary::fromKey<ParameterUnit>(words.at(words.size() - 1))
                         .value_or(ParameterUnit::Count);
            const QString value = words.at(words.size() - 2);
            p.op = Vocabulary::fromKey<ParameterOp>(words.at(words.size() - 3)).value_or(ParameterOp::Equals);
            p.value = p.op == ParameterOp::Between ? value.section(u'-', 0, 0) : value;
            p.value2 = p.op == ParameterOp::Between ? value.section(u'-', 1) : QString();
            p.name.en = words.mid(0, words.size() - 3).join(u' ');
            // The log keeps English names: the Chinese one comes from the same term of the version at hand.
            if (same != like.obligations.cend()) {
                for (const ObligationParameter &known : same->parameters) {
                    if (known.name.en == p.name.en) {
                        p.name.zh = known.name.zh;
                    }
                }
            }
            o.parameters.append(p);
        }
        d.obligations.append(o);
    }
    return d;
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

int DevelopmentService::linkLaterVersion(const QString &laterUid, const QString &earlierUid,
                                         Unpaired unpaired)
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
    if (m_db.scalar(QStringLiteral("SELECT replaces_id FROM developments WHERE id = ?"), {laterId})
            .toLongLong()
        == earlierId) {
        return 0; // linked before: the assessments moved then
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
    const QString otherLater
        = m_db.scalar(QStringLiteral("SELECT uid FROM developments WHERE replaces_id = ? AND id <> ?"),
                      {earlierId, laterId})
              .toString();
    if (!otherLater.isEmpty()) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1 cannot replace %2: %3 already does.").arg(laterUid, earlierUid, otherLater));
    }
    const Development before = *repository.load(laterId);
    const Development earlier = *repository.load(earlierId);
    Development later = before;

    QList<ObligationPair> pairs = pairObligations(earlier.obligations, later.obligations);
    for (ObligationPair &pair : pairs) {
        if (pair.earlier < 0) {
            continue;
        }
        const Obligation &old = earlier.obligations.at(pair.earlier);
        if (pair.later < 0) {
            if (unpaired == Unpaired::CarryOver) {
                Obligation copy = old; // the later version still binds as the earlier one did
                copy.id = 0;
                copy.uid.clear();
                later.obligations.append(copy);
                pair.later = later.obligations.size() - 1;
            }
            continue;
        }
        Obligation &now = later.obligations[pair.later];
        if (now.appliesTo.isEmpty()) {
            now.appliesTo = old.appliesTo;
        }
        // A language the later text lacks keeps the earlier wording only when the other language agrees.
        if (now.text.zh.isEmpty() && now.text.en == old.text.en) {
            now.text.zh = old.text.zh;
        } else if (now.text.en.isEmpty() && now.text.zh == old.text.zh) {
            now.text.en = old.text.en;
        }
    }
    later.replacesUid = earlierUid;
    prepare(later); // uids for the copies
    replace(repository, later);
    audit(laterId, &before, &later);
    AuditLog(m_db).record(entityName, earlierId, earlierUid, QStringLiteral("later_version"), QString(),
                          laterUid);

    const QList<Obligation> stored = repository.obligations(laterId);
    const auto storedId = [&](const QString &uid) {
        for (const Obligation &o : stored) {
            if (o.uid == uid) {
                return o.id;
            }
        }
        return qint64(0);
    };
    int marked = 0;
    AssessmentService assessments(m_db);
    for (const ObligationPair &pair : std::as_const(pairs)) {
        if (pair.earlier < 0 || pair.later < 0) {
            continue;
        }
        const Obligation &old = earlier.obligations.at(pair.earlier);
        const Obligation &now = later.obligations.at(pair.later);
        const QString reason = obligationChanged(old, now)
            ? QStringLiteral("obligation %1 of %2 changed as %3 in its later version %4")
                  .arg(old.uid, earlierUid, now.uid, laterUid)
            : QString();
        marked += assessments.carryOver(old.id, storedId(now.uid), reason);
    }
    m_db.post({Entity::Development, Change::Kind::Updated, laterId});
    m_db.post({Entity::Development, Change::Kind::Updated, earlierId});
    m_db.post({Entity::Obligation, Change::Kind::Updated, 0});
    m_db.post({Entity::Assessment, Change::Kind::Updated, 0});
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
