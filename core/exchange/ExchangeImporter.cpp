// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeImporter.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "ExchangeWriter.h"
#include "InputFile.h"
#include "ReadAhead.h"
#include "ScopedTransaction.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <type_traits>
#include <utility>

namespace rt::core {

ExchangeImporter::ExchangeImporter(Database &db)
    : m_db(db)
{
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

// While a whole file is imported or exported, the database's pages are read through the bounded page cache
// rather than the memory map: mapped pages stay resident, and a walk through every page of a large database
// would make the whole file part of the process's memory. The map is given back afterwards.
class UnmappedReads final
{
public:
    explicit UnmappedReads(Database &db)
        : m_db(db)
        , m_sqlite(!db.isPostgreSQL())
    {
        if (m_sqlite) {
            m_db.execute(QStringLiteral("PRAGMA mmap_size = 0"));
        }
    }
    ~UnmappedReads()
    {
        if (m_sqlite) {
            try {
                m_db.execute(QStringLiteral("PRAGMA mmap_size = %1").arg(SqlDialect::mappedBytes));
            } catch (const Error &) { // only slower reads
            }
        }
    }
    Q_DISABLE_COPY_MOVE(UnmappedReads)

private:
    Database &m_db;
    bool m_sqlite;
};

// The development and obligation ids a file has named, to say that one appears twice: kept in a table of
// the import's transaction rather than in memory, so that a file of a million developments costs no more
// memory than one of a thousand. SQLite keeps the table in the database file (temporary tables live in
// memory here), read through the bounded page cache; PostgreSQL in a temporary table, which spills to disk.
// Either way it is dropped before the transaction ends, and a rolled back import leaves nothing.
class StoredIds final : public ExchangeIds
{
public:
    explicit StoredIds(Database &db)
        : m_db(db)
    {
    }
    ~StoredIds() override
    {
        if (m_created) {
            try {
                m_db.execute(QStringLiteral("DROP TABLE exchange_ids"));
            } catch (const Error &) { // the transaction failed: rolling it back removes the table
            }
        }
    }
    Q_DISABLE_COPY_MOVE(StoredIds)

    bool add(Kind kind, const QString &id) override
    {
        if (!m_created) {
            m_db.execute(
                QStringLiteral("CREATE %1 TABLE exchange_ids (kind INTEGER NOT NULL, uid TEXT NOT NULL, "
                               "PRIMARY KEY (kind, uid))")
                    .arg(m_db.isPostgreSQL() ? QStringLiteral("TEMPORARY") : QString()));
            m_created = true;
        }
        return m_db.run(QStringLiteral(
                            "INSERT INTO exchange_ids (kind, uid) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                        {int(kind), id})
            == 1;
    }

private:
    Database &m_db;
    bool m_created = false;
};

// Writes the records of a file as they come, inside the caller's transaction.
class ImportRun final : public ExchangeSink
{
public:
    ImportRun(Database &db, QString fileName)
        : m_db(db)
        , m_file(std::move(fileName))
        , m_reference(db)
        , m_developments(db)
        , m_lookup(db)
        , m_stored(db, m_lookup)
        , m_companies(db)
        , m_log(db)
    {
    }

    ImportSummary summary;

    ExchangeIds *ids() override { return &m_ids; }

    void tag(const Term &tag) override
    {
        guarded([&] { m_reference.upsertTerm(TermKind::Tag, tag); });
        ++summary.tags;
    }

    void topic(const Term &topic) override
    {
        guarded([&] { m_reference.upsertTerm(TermKind::Topic, topic); });
        ++summary.topics;
    }

    // Authorities are few: they are written when their list ends, parents first.
    void authority(const Authority &authority) override { m_authorities.append(authority); }

    void development(const Development &d) override
    {
        // One that replaces a development not in the database (nor written before it) waits: its earlier
        // version may come later in the file. Asking the database keeps no set of what was written.
        if (!d.replacesUid.isEmpty() && guarded([&] { return m_stored.idForUid(d.replacesUid); }) == 0) {
            m_waiting.append(d);
            return;
        }
        guarded([&] { write(d); });
    }

    void company(const Company &company) override
    {
        guarded([&] {
            try {
                const qint64 id = m_companies.upsert(company);
                m_db.post({Entity::Company, Change::Kind::Updated, id});
                ++summary.companies;
            } catch (const Error &error) {
                throw Error(error.code(),
                            ExchangeImporter::tr("Company “%1”: %2").arg(company.uid, error.message()));
            }
        });
    }

    void assessment(const Assessment &assessment) override
    {
        guarded([&] { write(assessment); });
    }

    void listDone(List list) override
    {
        guarded([&] {
            switch (list) {
            case List::Topics:
                if (summary.tags + summary.topics > 0) {
                    m_db.post({Entity::Vocabulary, Change::Kind::Updated, 0});
                }
                break;
            case List::Authorities:
                writeAuthorities();
                break;
            case List::Developments:
                writeWaiting();
                break;
            case List::Assessments:
                linkVersions();
                break;
            case List::Tags:
            case List::Companies:
                break;
            }
        });
    }

private:
    // Runs f; an error it throws names the file (when there is one).
    template <typename F> std::invoke_result_t<F> guarded(F &&f)
    {
        try {
            return f();
        } catch (const Error &error) {
            if (m_file.isEmpty()) {
                throw;
            }
            throw Error(error.code(), ExchangeImporter::tr("%1: %2").arg(m_file, error.message()));
        }
    }

    // Parents first: an authority is written once its parent is in the database or written before it.
    void writeAuthorities()
    {
        QList<Authority> pending = std::exchange(m_authorities, {});
        while (!pending.isEmpty()) {
            QList<Authority> later;
            for (const Authority &authority : std::as_const(pending)) {
                if (authority.parentCode.isEmpty() || m_reference.idForCode(authority.parentCode) != 0) {
                    const qint64 id = m_reference.upsert(authority);
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
    }

    void write(const Development &d)
    {
        try {
            Development toWrite = d;
            const qint64 id = m_stored.idForUid(d.uid);
            if (!d.replacesUid.isEmpty() && (id == 0 || m_stored.load(id)->replacesUid != d.replacesUid)) {
                toWrite.replacesUid.clear(); // linked at the end, once the assessments are in
                m_links.append({d.uid, d.replacesUid});
            }
            DevelopmentService::Upsert outcome = DevelopmentService::Upsert::Added;
            m_developments.upsert(std::move(toWrite), &outcome);
            ++(outcome == DevelopmentService::Upsert::Added         ? summary.developmentsAdded
                   : outcome == DevelopmentService::Upsert::Updated ? summary.developmentsUpdated
                                                                    : summary.developmentsUnchanged);
            summary.obligations += int(d.obligations.size());
        } catch (const Error &error) {
            throw Error(error.code(),
                        ExchangeImporter::tr("Development “%1”: %2").arg(d.uid, error.message()));
        }
    }

    // The developments that waited for their earlier version: each once that is written (or is nowhere in
    // the file, which the link then says).
    void writeWaiting()
    {
        QList<Development> queue = std::exchange(m_waiting, {});
        while (!queue.isEmpty()) {
            QSet<QString> waiting;
            for (const Development &d : std::as_const(queue)) {
                waiting.insert(d.uid);
            }
            QList<Development> later;
            for (const Development &d : std::as_const(queue)) {
                if (waiting.contains(d.replacesUid)) {
                    later.append(d);
                } else {
                    write(d);
                    waiting.remove(d.uid);
                }
            }
            if (later.size() == queue.size()) {
                throw Error(Error::Code::InvalidInput,
                            ExchangeImporter::tr("The developments %1 replace each other in a circle.")
                                .arg(later.constFirst().uid));
            }
            queue = later;
        }
    }

    void write(const Assessment &assessment)
    {
        // A version that a later one replaced before this import binds nobody: its rows were carried to the
        // later version when they were linked, and are kept up to date there.
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM obligations o JOIN developments l ON l.replaces_id = "
                                       "o.development_id WHERE o.uid = ?"),
                        {assessment.obligationUid})
                .isValid()) {
            return;
        }
        try {
            bool changed = false;
            const qint64 id = m_companies.upsertAssessment(assessment, &changed);
            if (!changed) {
                ++summary.assessmentsUnchanged;
                return;
            }
            m_log.record(QStringLiteral("assessment"), id,
                         assessment.companyUid + u'/' + assessment.obligationUid, QStringLiteral("*"),
                         QString(), QStringLiteral("imported"));
            m_db.post({Entity::Assessment, Change::Kind::Updated, id});
            ++summary.assessments;
        } catch (const Error &error) {
            throw Error(error.code(),
                        ExchangeImporter::tr("Assessment of %1 by %2: %3")
                            .arg(assessment.obligationUid, assessment.companyUid, error.message()));
        }
    }

    // A final version in the file takes over its draft's checklist rows: as the application links versions,
    // with re-review of the rows whose obligation changed. The file states the later version whole, so an
    // obligation it does not continue was removed.
    void linkVersions()
    {
        for (const auto &[later, earlier] : std::as_const(m_links)) {
            try {
                summary.reReviews
                    += m_developments.linkLaterVersion(later, earlier, DevelopmentService::Unpaired::Drop);
            } catch (const Error &error) {
                throw Error(error.code(),
                            ExchangeImporter::tr("Development “%1”: %2").arg(later, error.message()));
            }
        }
    }

    Database &m_db;
    QString m_file;
    AuthorityRepository m_reference;
    DevelopmentService m_developments;
    AuthorityRepository m_lookup;
    DevelopmentRepository m_stored;
    CompanyRepository m_companies;
    AuditLog m_log;
    QList<Authority> m_authorities;
    QList<Development> m_waiting;
    QList<std::pair<QString, QString>> m_links; // later, earlier: versions the file links for the first time
    StoredIds m_ids{m_db};
};

} // namespace

ImportSummary ExchangeImporter::importFile(const QString &path, bool dryRun, const ExchangeProgress &progress)
{
    const std::unique_ptr<QIODevice> file = InputFile::open(path);
    return importDevice(*file, QFileInfo(path).fileName(), dryRun, progress);
}

ImportSummary ExchangeImporter::importBytes(const QByteArray &bytes, const QString &fileName, bool dryRun,
                                            const ExchangeProgress &progress)
{
    QByteArray copy = bytes; // shared, not copied: the buffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, fileName, dryRun, progress);
}

ImportSummary ExchangeImporter::importDevice(QIODevice &device, const QString &fileName, bool dryRun,
                                             const ExchangeProgress &progress)
{
    const UnmappedReads unmapped(m_db);
    ScopedTransaction transaction(m_db, ScopedTransaction::Inner::Join); // a failure anywhere undoes all
    ImportRun run(m_db, fileName);
    ReadAhead::read(device, fileName, run, progress);
    if (!dryRun) {
        transaction.commit();
    }
    return run.summary;
}

ImportSummary ExchangeImporter::importDocument(const ExchangeDocument &document, bool dryRun)
{
    ScopedTransaction transaction(m_db, ScopedTransaction::Inner::Join); // a failure anywhere undoes all
    ImportRun run(m_db, {});
    const auto list = [&run](ExchangeSink::List which, const auto &records, const auto &write) {
        for (const auto &record : records) {
            write(record);
        }
        run.listDone(which);
    };
    list(ExchangeSink::List::Tags, document.tags, [&](const Term &t) { run.tag(t); });
    list(ExchangeSink::List::Topics, document.topics, [&](const Term &t) { run.topic(t); });
    list(ExchangeSink::List::Authorities, document.authorities,
         [&](const Authority &a) { run.authority(a); });
    list(ExchangeSink::List::Developments, document.developments,
         [&](const Development &d) { run.development(d); });
    list(ExchangeSink::List::Companies, document.companies, [&](const Company &c) { run.company(c); });
    list(ExchangeSink::List::Assessments, document.assessments,
         [&](const Assessment &a) { run.assessment(a); });
    if (!dryRun) {
        transaction.commit();
    }
    return run.summary;
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

void exportDatabase(Database &db, QIODevice &device, const ExchangeProgress &progress)
{
    const UnmappedReads unmapped(db);
    AuthorityRepository reference(db);
    DevelopmentRepository developments(db, reference);
    CompanyRepository companies(db);
    const QList<qint64> ids = developments.ids();
    const QList<Company> allCompanies = companies.all();
    const qint64 total = ids.size() + allCompanies.size();
    qint64 done = 0;
    const auto step = [&] {
        ++done;
        if (progress && !progress(done, total)) {
            throw Error(Error::Code::Failed, ExchangeImporter::tr("The export was cancelled."));
        }
    };

    ExchangeWriter writer(device);
    writer.begin();
    writer.beginList("tags");
    for (const Term &term : reference.terms(TermKind::Tag)) {
        writer.add(ExchangeFormat::toJson(term));
    }
    writer.endList();
    writer.beginList("topics");
    for (const Term &term : reference.terms(TermKind::Topic)) {
        writer.add(ExchangeFormat::toJson(term));
    }
    writer.endList();
    writer.beginList("authorities");
    for (const Authority &authority : reference.all()) {
        writer.add(ExchangeFormat::toJson(authority));
    }
    writer.endList();
    writer.beginList("developments");
    for (qint64 id : ids) {
        if (const auto d = developments.load(id)) {
            writer.add(ExchangeFormat::toJson(*d));
        }
        step();
    }
    writer.endList();
    writer.beginList("companies");
    for (const Company &company : allCompanies) {
        writer.add(ExchangeFormat::toJson(company));
    }
    writer.endList();
    writer.beginList("assessments");
    for (const Company &company : allCompanies) {
        for (const Assessment &assessment : companies.assessments(company.id)) { // one company's checklist
            writer.add(ExchangeFormat::toJson(assessment));
        }
        step();
    }
    writer.endList();
    writer.end();
}

void exportDatabase(Database &db, const QString &path, const ExchangeProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(Error::Code::Failed,
                    ExchangeImporter::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    exportDatabase(db, file, progress); // an error leaves the file as it was: QSaveFile is not committed
    if (!file.commit()) {
        throw Error(Error::Code::Failed,
                    ExchangeImporter::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace rt::core
