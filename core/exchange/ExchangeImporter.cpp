// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeImporter.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "InputFile.h"
#include "ScopedTransaction.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace rt::core {

ExchangeImporter::ExchangeImporter(Database &db)
    : m_db(db)
{
}

ImportSummary ExchangeImporter::importFile(const QString &path, bool dryRun)
{
    return importBytes(InputFile::read(path), QFileInfo(path).fileName(), dryRun);
}

ImportSummary ExchangeImporter::importBytes(const QByteArray &bytes, const QString &fileName, bool dryRun)
{
    const ExchangeDocument document = ExchangeFormat::parse(bytes, fileName);
    try {
        return importDocument(document, dryRun);
    } catch (const Error &error) {
        throw Error(error.code(), tr("%1: %2").arg(fileName, error.message()));
    }
}

namespace {

// Why authorities could not be written: a parent that is nowhere, or parents that name each other in a
// circle.
QString unplacedAuthorities(const QList<Authority> &unplaced)
{
    QHash<QString, QString> parentOf;
    for (const Authority &authority : unplaced) {
        parentOf.insert(authority.code, authority.parentCode);
    }
    for (const Authority &authority : unplaced) {
        if (!parentOf.contains(authority.parentCode)) {
            return ExchangeImporter::tr(
                       "The parent authority %1 of %2 is neither in the file nor in the database.")
                .arg(authority.parentCode, authority.code);
        }
    }
    // Every parent is itself waiting for its parent: follow them from the first until one comes round again.
    QStringList circle;
    QString code = unplaced.constFirst().code;
    while (!circle.contains(code)) {
        circle.append(code);
        code = parentOf.value(code);
    }
    circle = circle.mid(circle.indexOf(code));
    circle.append(code);
    return ExchangeImporter::tr("The authorities %1 are each other's parents in a circle.")
        .arg(circle.join(QStringLiteral(" → ")));
}

} // namespace

ImportSummary ExchangeImporter::importDocument(const ExchangeDocument &document, bool dryRun)
{
    ImportSummary summary;
    ScopedTransaction transaction(m_db);
    AuthorityRepository reference(m_db);

    for (const Term &tag : document.tags) {
        reference.upsertTerm(TermKind::Tag, tag);
        ++summary.tags;
    }
    for (const Term &topic : document.topics) {
        reference.upsertTerm(TermKind::Topic, topic);
        ++summary.topics;
    }
    if (summary.tags + summary.topics > 0) {
        m_db.post({Entity::Vocabulary, Change::Kind::Updated, 0});
    }

    // Parents first: an authority is written once its parent is in the database or written before it.
    QList<Authority> pending = document.authorities;
    while (!pending.isEmpty()) {
        QList<Authority> later;
        for (const Authority &authority : std::as_const(pending)) {
            if (authority.parentCode.isEmpty() || reference.idForCode(authority.parentCode) != 0) {
                const qint64 id = reference.upsert(authority);
                m_db.post({Entity::Authority, Change::Kind::Updated, id});
                ++summary.authorities;
            } else {
                later.append(authority);
            }
        }
        if (later.size() == pending.size()) {
            throw Error(Error::Code::InvalidInput, unplacedAuthorities(later));
        }
        pending = later;
    }

    DevelopmentService developments(m_db);
    // A development may replace one that comes later in the file: write those it depends on first.
    QSet<QString> inFile;
    for (const Development &d : document.developments) {
        inFile.insert(d.uid);
    }
    QSet<QString> written;
    QList<std::pair<QString, QString>> links; // later, earlier: versions the file links for the first time
    AuthorityRepository lookup(m_db);
    DevelopmentRepository stored(m_db, lookup);
    QList<Development> queue = document.developments;
    while (!queue.isEmpty()) {
        QList<Development> later;
        for (const Development &d : std::as_const(queue)) {
            if (!d.replacesUid.isEmpty() && inFile.contains(d.replacesUid)
                && !written.contains(d.replacesUid)) {
                later.append(d);
                continue;
            }
            try {
                Development toWrite = d;
                const qint64 id = stored.idForUid(d.uid);
                if (!d.replacesUid.isEmpty() && (id == 0 || stored.load(id)->replacesUid != d.replacesUid)) {
                    toWrite.replacesUid.clear(); // linked below, once the assessments are in
                    links.append({d.uid, d.replacesUid});
                }
                DevelopmentService::Upsert outcome = DevelopmentService::Upsert::Added;
                developments.upsert(toWrite, &outcome);
                ++(outcome == DevelopmentService::Upsert::Added         ? summary.developmentsAdded
                       : outcome == DevelopmentService::Upsert::Updated ? summary.developmentsUpdated
                                                                        : summary.developmentsUnchanged);
                summary.obligations += int(d.obligations.size());
                written.insert(d.uid);
            } catch (const Error &error) {
                throw Error(error.code(), tr("Development “%1”: %2").arg(d.uid, error.message()));
            }
        }
        if (later.size() == queue.size()) {
            throw Error(
                Error::Code::InvalidInput,
                tr("The developments %1 replace each other in a circle.").arg(later.constFirst().uid));
        }
        queue = later;
    }

    CompanyRepository companies(m_db);
    for (const Company &company : document.companies) {
        try {
            const qint64 id = companies.upsert(company);
            m_db.post({Entity::Company, Change::Kind::Updated, id});
            ++summary.companies;
        } catch (const Error &error) {
            throw Error(error.code(), tr("Company “%1”: %2").arg(company.uid, error.message()));
        }
    }
    AuditLog log(m_db);
    for (const Assessment &assessment : document.assessments) {
        // A version that a later one replaced before this import binds nobody: its rows were carried to the
        // later version when they were linked, and are kept up to date there.
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM obligations o JOIN developments l ON l.replaces_id = "
                                       "o.development_id WHERE o.uid = ?"),
                        {assessment.obligationUid})
                .isValid()) {
            continue;
        }
        try {
            bool changed = false;
            const qint64 id = companies.upsertAssessment(assessment, &changed);
            if (!changed) {
                ++summary.assessmentsUnchanged;
                continue;
            }
            log.record(QStringLiteral("assessment"), id,
                       assessment.companyUid + u'/' + assessment.obligationUid, QStringLiteral("*"),
                       QString(), QStringLiteral("imported"));
            m_db.post({Entity::Assessment, Change::Kind::Updated, id});
            ++summary.assessments;
        } catch (const Error &error) {
            throw Error(error.code(),
                        tr("Assessment of %1 by %2: %3")
                            .arg(assessment.obligationUid, assessment.companyUid, error.message()));
        }
    }

    // A final version in the file takes over its draft's checklist rows: as the application links versions,
    // with re-review of the rows whose obligation changed. The file states the later version whole, so an
    // obligation it does not continue was removed.
    for (const auto &[later, earlier] : std::as_const(links)) {
        try {
            summary.reReviews
                += developments.linkLaterVersion(later, earlier, DevelopmentService::Unpaired::Drop);
        } catch (const Error &error) {
            throw Error(error.code(), tr("Development “%1”: %2").arg(later, error.message()));
        }
    }

    if (!dryRun) {
        transaction.commit();
    }
    return summary;
}

ExchangeDocument exportDatabase(Database &db)
{
    ExchangeDocument doc;
    AuthorityRepository reference(db);
    doc.tags = reference.terms(TermKind::Tag);
    doc.topics = reference.terms(TermKind::Topic);
    doc.authorities = reference.all();
    DevelopmentRepository developments(db, reference);
    const QList<qint64> ids = developments.ids();
    for (qint64 id : ids) {
        if (auto d = developments.load(id)) {
            doc.developments.append(*d);
        }
    }
    CompanyRepository companies(db);
    doc.companies = companies.all();
    for (const Company &c : std::as_const(doc.companies)) {
        doc.assessments.append(companies.assessments(c.id));
    }
    return doc;
}

} // namespace rt::core
