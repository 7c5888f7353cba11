// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentRepository.h"

#include "AuthorityRepository.h"
#include "Database.h"
#include "Error.h"
#include "FullTextIndex.h"
#include "TextHygiene.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace rt::core {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant nullableInt(int value)
{
    return value == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(value);
}

} // namespace

DevelopmentRepository::DevelopmentRepository(Database &db, AuthorityRepository &reference)
    : m_db(db)
    , m_reference(reference)
{
}

qint64 DevelopmentRepository::authorityId(const QString &code)
{
    const qint64 id = m_reference.idForCode(code);
    if (id == 0) {
        throw Error(Error::Code::InvalidInput, tr("Unknown authority “%1”.").arg(code));
    }
    return id;
}

qint64 DevelopmentRepository::termId(int kind, const QString &code)
{
    const qint64 id = m_reference.termIdForCode(TermKind(kind), code);
    if (id == 0) {
        throw Error(Error::Code::InvalidInput,
                    TermKind(kind) == TermKind::Topic ? tr("Unknown topic “%1”.").arg(code)
                                                      : tr("Unknown tag “%1”.").arg(code));
    }
    return id;
}

QList<qint64> DevelopmentRepository::ids()
{
    QList<qint64> result;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id FROM developments ORDER BY announced_on, id"));
    while (q.next()) {
        result.append(q.value(0).toLongLong());
    }
    q.finish();
    return result;
}

qint64 DevelopmentRepository::idForUid(const QString &uid)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM developments WHERE uid = ?"), {uid}).toLongLong();
}

QVariantList DevelopmentRepository::rowValues(const Development &d)
{
    QVariant replaces(QMetaType::fromType<qint64>());
    if (!d.replacesUid.isEmpty()) {
        const qint64 id = idForUid(d.replacesUid);
        if (id == 0) {
            throw Error(Error::Code::InvalidInput,
                        tr("The development %1 replaces %2, which is not in the database.")
                            .arg(d.uid, d.replacesUid));
        }
        replaces = id;
    }
    return {d.uid,
            d.title.en,
            d.title.zh,
            d.documentTitle.en,
            d.documentTitle.zh,
            int(d.multiDepartment),
            Vocabulary::key(d.kind),
            Vocabulary::key(d.stage),
            Vocabulary::key(d.legalRank),
            sqlDate(d.announced),
            sqlDate(d.announcedUntil),
            sqlDate(d.commentDeadline),
            sqlDate(d.effective),
            d.region,
            d.summary.en,
            d.summary.zh,
            Vocabulary::key(d.provenanceEn),
            Vocabulary::key(d.provenanceZh),
            int(d.zhPrevails),
            d.translationSource,
            d.sourcePublication,
            nullableInt(d.sourceItem),
            d.sourceUrl,
            replaces};
}

qint64 DevelopmentRepository::insert(const Development &development)
{
    TextHygiene::check(development);
    QVariantList values = rowValues(development);
    const QString stamp = now();
    values << stamp << stamp;
    // An exact date leaves announced_until to its default (NULL): an insert writes nothing of schema 6 that
    // the development does not need.
    const bool approximate = development.announcedUntil.isValid();
    if (!approximate) {
        values.removeAt(10); // after announced_on, see rowValues()
    }
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO developments (uid, title_en, title_zh, doc_title_en, doc_title_zh, "
                       "multi_department, kind, stage, legal_rank, announced_on, %1comment_deadline, "
                       "effective_on, region, summary_en, summary_zh, provenance_en, provenance_zh, "
                       "zh_prevails, translation_source, source_publication, source_item, source_url, "
                       "replaces_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)")
            .arg(approximate ? QStringLiteral("announced_until, ") : QString(),
                 approximate ? QStringLiteral(", ?") : QString()),
        values);
    writeChildren(id, development);
    for (int i = 0; i < development.obligations.size(); ++i) {
        writeObligation(id, i, development.obligations.at(i));
    }
    FullTextIndex(m_db).add(id, development);
    return id;
}

bool DevelopmentRepository::update(const Development &development)
{
    TextHygiene::check(development);
    QVariantList values = rowValues(development);
    values << now() << development.id << development.version;
    const QSqlQuery &row = m_db.exec(
        QStringLiteral(
            "UPDATE developments SET uid = ?, title_en = ?, title_zh = ?, doc_title_en = ?, "
            "doc_title_zh = ?, multi_department = ?, kind = ?, stage = ?, legal_rank = ?, "
            "announced_on = ?, announced_until = ?, comment_deadline = ?, effective_on = ?, region = ?, "
            "summary_en = ?, "
            "summary_zh = ?, provenance_en = ?, provenance_zh = ?, zh_prevails = ?, "
            "translation_source = ?, source_publication = ?, source_item = ?, source_url = ?, "
            "replaces_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        values);
    if (row.numRowsAffected() != 1) {
        return false;
    }
    m_db.run(QStringLiteral("DELETE FROM development_authorities WHERE development_id = ?"),
             {development.id});
    m_db.run(QStringLiteral("DELETE FROM development_topics WHERE development_id = ?"), {development.id});
    m_db.run(QStringLiteral("DELETE FROM penalties WHERE development_id = ?"), {development.id});
    writeChildren(development.id, development);

    // Obligations: keep the rows whose uid survives (their assessments hang on them), drop the others.
    QSet<QString> kept;
    for (const Obligation &obligation : development.obligations) {
        kept.insert(obligation.uid);
    }
    QSqlQuery &existing = m_db.exec(
        QStringLiteral("SELECT id, uid FROM obligations WHERE development_id = ?"), {development.id});
    QList<qint64> dropped;
    while (existing.next()) {
        if (!kept.contains(existing.value(1).toString())) {
            dropped.append(existing.value(0).toLongLong());
        }
    }
    existing.finish();
    for (qint64 id : std::as_const(dropped)) {
        m_db.run(QStringLiteral("DELETE FROM obligations WHERE id = ?"), {id});
    }
    for (int i = 0; i < development.obligations.size(); ++i) {
        writeObligation(development.id, i, development.obligations.at(i));
    }
    FullTextIndex(m_db).index(development.id, development);
    return true;
}

void DevelopmentRepository::remove(qint64 id)
{
    m_db.run(QStringLiteral("DELETE FROM developments WHERE id = ?"), {id});
    FullTextIndex(m_db).remove(id);
}

void DevelopmentRepository::writeChildren(qint64 id, const Development &d)
{
    QSet<QString> seen;
    for (int i = 0; i < d.authorities.size(); ++i) {
        if (seen.contains(d.authorities.at(i))) {
            continue;
        }
        seen.insert(d.authorities.at(i));
        m_db.run(
            QStringLiteral("INSERT INTO development_authorities (development_id, authority_id, position) "
                           "VALUES (?, ?, ?)"),
            {id, authorityId(d.authorities.at(i)), i});
    }
    seen.clear();
    for (int i = 0; i < d.topics.size(); ++i) {
        if (seen.contains(d.topics.at(i))) {
            continue;
        }
        seen.insert(d.topics.at(i));
        m_db.run(QStringLiteral(
                     "INSERT INTO development_topics (development_id, topic_id, position) VALUES (?, ?, ?)"),
                 {id, termId(int(TermKind::Topic), d.topics.at(i)), i});
    }
    for (int i = 0; i < d.penalties.size(); ++i) {
        const Penalty &p = d.penalties.at(i);
        m_db.run(QStringLiteral(
                     "INSERT INTO penalties (development_id, position, amount, currency, description_en, "
                     "description_zh) VALUES (?, ?, ?, ?, ?, ?)"),
                 {id, i, p.amount, p.currency, p.description.en, p.description.zh});
    }
}

void DevelopmentRepository::writeObligation(qint64 developmentId, int position, const Obligation &o)
{
    const qint64 existingId
        = m_db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {o.uid}).toLongLong();
    qint64 id = existingId;
    if (existingId != 0) {
        m_db.run(QStringLiteral(
                     "UPDATE obligations SET development_id = ?, position = ?, text_en = ?, text_zh = ?, "
                     "kind = ?, effective_on = ? WHERE id = ?"),
                 {developmentId, position, o.text.en, o.text.zh, Vocabulary::key(o.kind),
                  sqlDate(o.effective), existingId});
        m_db.run(QStringLiteral("DELETE FROM obligation_parameters WHERE obligation_id = ?"), {existingId});
        m_db.run(QStringLiteral("DELETE FROM obligation_applies_to WHERE obligation_id = ?"), {existingId});
    } else {
        id = m_db.insert(QStringLiteral("INSERT INTO obligations (uid, development_id, position, text_en, "
                                        "text_zh, kind, effective_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {o.uid, developmentId, position, o.text.en, o.text.zh, Vocabulary::key(o.kind),
                          sqlDate(o.effective)});
    }
    for (int i = 0; i < o.parameters.size(); ++i) {
        const ObligationParameter &p = o.parameters.at(i);
        m_db.run(
            QStringLiteral(
                "INSERT INTO obligation_parameters (obligation_id, position, name_en, name_zh, op, "
                "value, value2, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, i, p.name.en, p.name.zh, Vocabulary::key(p.op), p.value, p.value2, Vocabulary::key(p.unit)});
    }
    QSet<QString> seen;
    for (int i = 0; i < o.appliesTo.size(); ++i) {
        if (seen.contains(o.appliesTo.at(i))) {
            continue;
        }
        seen.insert(o.appliesTo.at(i));
        m_db.run(QStringLiteral(
                     "INSERT INTO obligation_applies_to (obligation_id, tag_id, position) VALUES (?, ?, ?)"),
                 {id, termId(int(TermKind::Tag), o.appliesTo.at(i)), i});
    }
}

std::optional<Development> DevelopmentRepository::load(qint64 id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT d.uid, d.title_en, d.title_zh, d.doc_title_en, d.doc_title_zh, d.multi_department, "
            "d.kind, d.stage, d.legal_rank, d.announced_on, d.comment_deadline, d.effective_on, d.region, "
            "d.summary_en, d.summary_zh, d.provenance_en, d.provenance_zh, d.zh_prevails, "
            "d.translation_source, d.source_publication, d.source_item, d.source_url, r.uid, d.version, "
            "d.announced_until "
            "FROM developments d LEFT JOIN developments r ON r.id = d.replaces_id WHERE d.id = ?"),
        {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Development d;
    d.id = id;
    d.uid = q.value(0).toString();
    d.title = {q.value(1).toString(), q.value(2).toString()};
    d.documentTitle = {q.value(3).toString(), q.value(4).toString()};
    d.multiDepartment = q.value(5).toBool();
    d.kind
        = Vocabulary::fromKey<DevelopmentKind>(q.value(6).toString()).value_or(DevelopmentKind::Announcement);
    d.stage = Vocabulary::fromKey<Stage>(q.value(7).toString()).value_or(Stage::Issued);
    d.legalRank = Vocabulary::fromKey<LegalRank>(q.value(8).toString()).value_or(LegalRank::None);
    d.announced = dateFromSql(q.value(9));
    d.commentDeadline = dateFromSql(q.value(10));
    d.effective = dateFromSql(q.value(11));
    d.region = q.value(12).toString();
    d.summary = {q.value(13).toString(), q.value(14).toString()};
    d.provenanceEn = Vocabulary::fromKey<Provenance>(q.value(15).toString()).value_or(Provenance::InHouse);
    d.provenanceZh = Vocabulary::fromKey<Provenance>(q.value(16).toString()).value_or(Provenance::InHouse);
    d.zhPrevails = q.value(17).toBool();
    d.translationSource = q.value(18).toString();
    d.sourcePublication = q.value(19).toString();
    d.sourceItem = q.value(20).toInt();
    d.sourceUrl = q.value(21).toString();
    d.replacesUid = q.value(22).toString();
    d.version = q.value(23).toInt();
    d.announcedUntil = dateFromSql(q.value(24));
    q.finish();

    QSqlQuery &authorities
        = m_db.exec(QStringLiteral("SELECT a.code FROM development_authorities da JOIN authorities "
                                   "a ON a.id = da.authority_id WHERE da.development_id = ? "
                                   "ORDER BY da.position"),
                    {id});
    while (authorities.next()) {
        d.authorities.append(authorities.value(0).toString());
    }
    QSqlQuery &topics
        = m_db.exec(QStringLiteral("SELECT t.code FROM development_topics dt JOIN topics t ON t.id = "
                                   "dt.topic_id WHERE dt.development_id = ? ORDER BY dt.position"),
                    {id});
    while (topics.next()) {
        d.topics.append(topics.value(0).toString());
    }
    QSqlQuery &penalties
        = m_db.exec(QStringLiteral("SELECT amount, currency, description_en, description_zh FROM "
                                   "penalties WHERE development_id = ? ORDER BY position"),
                    {id});
    while (penalties.next()) {
        d.penalties.append({penalties.value(0).toDouble(),
                            penalties.value(1).toString(),
                            {penalties.value(2).toString(), penalties.value(3).toString()}});
    }
    d.obligations = obligations(id);
    return d;
}

QList<Obligation> DevelopmentRepository::obligations(qint64 developmentId)
{
    QList<Obligation> result;
    QHash<qint64, qsizetype> index;
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT id, uid, text_en, text_zh, kind, effective_on FROM obligations "
                                   "WHERE development_id = ? ORDER BY position"),
                    {developmentId});
    while (q.next()) {
        Obligation o;
        o.id = q.value(0).toLongLong();
        o.uid = q.value(1).toString();
        o.text = {q.value(2).toString(), q.value(3).toString()};
        o.kind = Vocabulary::fromKey<ObligationKind>(q.value(4).toString()).value_or(ObligationKind::MustDo);
        o.effective = dateFromSql(q.value(5));
        index.insert(o.id, result.size());
        result.append(o);
    }
    if (result.isEmpty()) {
        return result;
    }
    QSqlQuery &p = m_db.exec(
        QStringLiteral(
            "SELECT p.obligation_id, p.name_en, p.name_zh, p.op, p.value, p.value2, p.unit FROM "
            "obligation_parameters p JOIN obligations o ON o.id = p.obligation_id WHERE o.development_id "
            "= ? ORDER BY p.obligation_id, p.position"),
        {developmentId});
    while (p.next()) {
        ObligationParameter parameter;
        parameter.name = {p.value(1).toString(), p.value(2).toString()};
        parameter.op = Vocabulary::fromKey<ParameterOp>(p.value(3).toString()).value_or(ParameterOp::Equals);
        parameter.value = p.value(4).toString();
        parameter.value2 = p.value(5).toString();
        parameter.unit
            = Vocabulary::fromKey<ParameterUnit>(p.value(6).toString()).value_or(ParameterUnit::Count);
        result[index.value(p.value(0).toLongLong())].parameters.append(parameter);
    }
    QSqlQuery &t = m_db.exec(
        QStringLiteral("SELECT a.obligation_id, t.code FROM obligation_applies_to a JOIN tags t ON "
                       "t.id = a.tag_id JOIN obligations o ON o.id = a.obligation_id WHERE "
                       "o.development_id = ? ORDER BY a.obligation_id, a.position"),
        {developmentId});
    while (t.next()) {
        result[index.value(t.value(0).toLongLong())].appliesTo.append(t.value(1).toString());
    }
    return result;
}

} // namespace rt::core
