#include "ImportService.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "FeedParser.h"
#include "ImportLexicon.h"
#include "ItemAnalyzer.h"
#include "NewsletterParser.h"
#include "ScopedTransaction.h"
#include "TextDecoding.h"
#include "TextSimilarity.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <unordered_map>

namespace rt::core {

namespace {

// The database's authorities and topics with the built-in words newsletters use for them.
ImportLexicon lexiconFor(Database &db)
{
    AuthorityRepository repository(db);
    QStringList topics;
    for (const Term &term : repository.terms(TermKind::Topic)) {
        topics.append(term.code);
    }
    // A database without topics yet gets none detected: they could not be stored.
    return ImportLexicon::builtIn(repository.all(), topics.isEmpty() ? QStringList{QString()} : topics);
}

// The fields an import compares and writes, in the exchange format's JSON keys.
struct ImportedField
{
    const char *key;
    const char *label; // translated in the context rt::core::ImportService
    void (*apply)(Development &to, const Development &from);
};

const QList<ImportedField> &importedFields()
{
    static const QList<ImportedField> fields{
        {"title", QT_TRANSLATE_NOOP("rt::core::ImportService", "Title"),
         [](Development &to, const Development &from) { to.title = from.title; }},
        {"document_title", QT_TRANSLATE_NOOP("rt::core::ImportService", "Document title"),
         [](Development &to, const Development &from) { to.documentTitle = from.documentTitle; }},
        {"authorities", QT_TRANSLATE_NOOP("rt::core::ImportService", "Authorities"),
         [](Development &to, const Development &from) {
             to.authorities = from.authorities;
             to.region = from.region;
         }},
        {"multi_department", QT_TRANSLATE_NOOP("rt::core::ImportService", "Several departments"),
         [](Development &to, const Development &from) { to.multiDepartment = from.multiDepartment; }},
        {"kind", QT_TRANSLATE_NOOP("rt::core::ImportService", "Kind"),
         [](Development &to, const Development &from) { to.kind = from.kind; }},
        {"stage", QT_TRANSLATE_NOOP("rt::core::ImportService", "Stage"),
         [](Development &to, const Development &from) { to.stage = from.stage; }},
        {"dates", QT_TRANSLATE_NOOP("rt::core::ImportService", "Dates"),
         [](Development &to, const Development &from) {
             to.announced = from.announced.isValid() ? from.announced : to.announced;
             to.commentDeadline = from.commentDeadline;
             to.effective = from.effective;
         }},
        {"topics", QT_TRANSLATE_NOOP("rt::core::ImportService", "Topics"),
         [](Development &to, const Development &from) { to.topics = from.topics; }},
        {"summary", QT_TRANSLATE_NOOP("rt::core::ImportService", "Summary"),
         [](Development &to, const Development &from) { to.summary = from.summary; }},
        {"penalties", QT_TRANSLATE_NOOP("rt::core::ImportService", "Penalties"),
         [](Development &to, const Development &from) { to.penalties = from.penalties; }},
        {"obligations", QT_TRANSLATE_NOOP("rt::core::ImportService", "Obligations"),
         [](Development &to, const Development &from) {
             // Keep the stored obligations (and their assessments) that the source still lists.
             QList<Obligation> merged;
             for (Obligation o : from.obligations) {
                 for (const Obligation &stored : std::as_const(to.obligations)) {
                     if (stored.text == o.text) {
                         o.uid = stored.uid;
                     }
                 }
                 merged.append(o);
             }
             to.obligations = merged;
         }},
        {"source", QT_TRANSLATE_NOOP("rt::core::ImportService", "Link"),
         [](Development &to, const Development &from) {
             if (!from.sourceUrl.isEmpty()) {
                 to.sourceUrl = from.sourceUrl;
             }
         }},
    };
    return fields;
}

// The detection as stored with an import, without what differs between any two runs (ids and uids).
QJsonObject detectedJson(Development d)
{
    d.uid.clear();
    d.replacesUid.clear();
    for (Obligation &o : d.obligations) {
        o.uid.clear();
    }
    QJsonObject json = ExchangeFormat::toJson(d);
    json.remove(QStringLiteral("id"));
    json.remove(QStringLiteral("replaces"));
    return json;
}

// Which imported fields differ between two detections.
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys;
    for (const ImportedField &field : importedFields()) {
        const QString key = QString::fromLatin1(field.key);
        if (before.value(key) != after.value(key)) {
            keys.append(key);
        }
    }
    return keys;
}

QString fieldLabel(const QString &key)
{
    for (const ImportedField &field : importedFields()) {
        if (key == QLatin1StringView(field.key)) {
            return QCoreApplication::translate("rt::core::ImportService", field.label);
        }
    }
    return key;
}

double titleSimilarity(const Development &a, const Development &b)
{
    double best = 0;
    for (const auto &[x, y] : {std::pair{a.title.en, b.title.en},
                               {a.title.zh, b.title.zh},
                               {a.documentTitle.en, b.documentTitle.en},
                               {a.documentTitle.zh, b.documentTitle.zh},
                               {a.documentTitle.zh, b.title.zh},
                               {a.title.zh, b.documentTitle.zh}}) {
        best = std::max(best, textSimilarity(x, y));
    }
    return best;
}

// A document title without its draft marker: what the final version is called.
QString withoutDraftMarker(const QString &title)
{
    static const QRegularExpression marker(
        QStringLiteral("\\s*[(（]\\s*(draft( for comments)?|exposure draft|"
                       "征求意见稿|草案|送审稿)\\s*[)）]|^draft\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(title).remove(marker).trimmed();
}

struct Stored
{
    qint64 id = 0;
    Development development;
};

} // namespace

ImportService::ImportService(Database &db)
    : m_db(db)
{
}

ImportFormat ImportService::detectFormat(const QString &fileName, QByteArrayView head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("json")) {
        return ImportFormat::Json;
    }
    if (suffix == QLatin1StringView("csv") || suffix == QLatin1StringView("tsv")) {
        return ImportFormat::Csv;
    }
    if (suffix == QLatin1StringView("rss") || suffix == QLatin1StringView("atom")
        || suffix == QLatin1StringView("xml")) {
        return ImportFormat::Feed;
    }
    QByteArrayView start = head.trimmed();
    if (start.startsWith("\xEF\xBB\xBF")) {
        start = start.sliced(3).trimmed();
    }
    if (start.startsWith("{")) {
        return ImportFormat::Json;
    }
    if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
        return ImportFormat::Feed;
    }
    return ImportFormat::Newsletter;
}

QString ImportService::formatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Newsletter:
        return QStringLiteral("newsletter");
    case ImportFormat::Feed:
        return QStringLiteral("feed");
    case ImportFormat::Json:
        return QStringLiteral("json");
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ImportFormat> ImportService::formatFromKey(QStringView key)
{
    if (key == u"rss" || key == u"atom") {
        return ImportFormat::Feed;
    }
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Newsletter, ImportFormat::Feed,
                           ImportFormat::Json, ImportFormat::Csv}) {
        if (key == formatKey(f)) {
            return f;
        }
    }
    return std::nullopt;
}

ImportBatch ImportService::read(const QString &path, const ImportOptions &options)
{
    const DecodedText decoded = TextDecoding::readFile(path);
    ImportOptions resolved = options;
    if (resolved.format == ImportFormat::Auto) {
        resolved.format = detectFormat(path, decoded.text.left(512).toUtf8());
    }
    return parse(decoded.text, QFileInfo(path).fileName(), resolved);
}

ImportBatch ImportService::parse(const QString &text, const QString &fileName, const ImportOptions &options)
{
    ImportFormat format = options.format;
    if (format == ImportFormat::Auto) {
        format = detectFormat(fileName, text.left(512).toUtf8());
    }
    const ImportLexicon lexicon = lexiconFor(m_db);
    ImportBatch batch;
    switch (format) {
    case ImportFormat::Auto:
    case ImportFormat::Newsletter:
        return NewsletterParser(lexicon).parse(text, fileName, options);
    case ImportFormat::Json:
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is an exchange file: it is imported as it is, without review.").arg(fileName));
    case ImportFormat::Feed:
        batch = FeedParser::parse(text, fileName);
        break;
    case ImportFormat::Csv: {
        const CsvTable table = CsvReader::parse(text, fileName);
        const CsvColumnMapping mapping = CsvColumnMapping::guess(table.header);
        if (mapping.content == CsvContent::Assessments) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1 lists assessments, not developments.").arg(fileName));
        }
        if (const QStringList problems = mapping.problems(); !problems.isEmpty()) {
            throw Error(Error::Code::InvalidInput, tr("%1: %2").arg(fileName, problems.join(u' ')));
        }
        batch = CsvImport::developments(table, mapping, fileName, lexicon.knownAuthorities());
        break;
    }
    }
    if (!options.sourceName.isEmpty()) {
        batch.sourceName = options.sourceName;
    } else if (batch.sourceName.isEmpty()) {
        batch.sourceName = QFileInfo(fileName).completeBaseName();
    }
    batch.year = options.year > 0 ? options.year : QDate::currentDate().year();
    QSet<QString> topics;
    for (const Term &term : AuthorityRepository(m_db).terms(TermKind::Topic)) {
        topics.insert(term.code);
    }
    const ItemAnalyzer analyzer(lexicon);
    for (ImportItem &item : batch.items) {
        // A topic the database does not have could not be stored: the reviewer picks from the known ones.
        QStringList known;
        for (const QString &topic : std::as_const(item.development.topics)) {
            if (topics.contains(topic)) {
                known.append(topic);
            } else {
                item.warnings.append(
                    tr("Topic unknown: “%1” is not one of the database's topics.").arg(topic));
            }
        }
        item.development.topics = known;
        item.development.sourcePublication = batch.sourceName;
        // A feed's entries move down as new ones arrive: they are matched by their link, not their position.
        if (item.development.sourceItem == 0 && format != ImportFormat::Feed) {
            item.development.sourceItem = item.number;
        }
        const int year
            = item.development.announced.isValid() ? item.development.announced.year() : batch.year;
        analyzer.analyze(item, {year, 0, format == ImportFormat::Feed});
    }
    return batch;
}

void ImportService::reconcile(ImportBatch &batch)
{
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    // Read once per authority; a node-based map, so references into it survive later insertions.
    std::unordered_map<QString, QList<Stored>> byLeadAuthority;
    const auto storedFor = [&](const QString &code) -> const QList<Stored> & {
        auto it = byLeadAuthority.find(code);
        if (it == byLeadAuthority.end()) {
            QList<qint64> ids;
            QSqlQuery &q
                = m_db.exec(QStringLiteral("SELECT da.development_id FROM development_authorities da "
                                           "JOIN authorities a ON a.id = da.authority_id "
                                           "WHERE a.code = ? AND da.position = 0"),
                            {code});
            while (q.next()) {
                ids.append(q.value(0).toLongLong());
            }
            QList<Stored> stored;
            for (qint64 id : std::as_const(ids)) {
                if (auto d = repository.load(id)) {
                    stored.append({id, *d});
                }
            }
            it = byLeadAuthority.emplace(code, stored).first;
        }
        return it->second;
    };

    for (ImportItem &item : batch.items) {
        item.match = ImportMatch::New;
        item.existingUid.clear();
        item.changes.clear();
        const Development detected = item.chosen();

        // The same source and number (a feed entry: the same link) imported before: compare with what was
        // detected then.
        const bool byLink = batch.format == ImportFormat::Feed;
        QSqlQuery &q = byLink
            ? m_db.exec(QStringLiteral("SELECT coalesce(i.detected, ''), d.uid FROM developments d LEFT JOIN "
                                       "import_items i ON i.development_id = d.id WHERE d.source_url = ? "
                                       "AND d.source_url <> ''"),
                        {detected.sourceUrl})
            : m_db.exec(QStringLiteral("SELECT i.detected, d.uid FROM import_items i JOIN developments d "
                                       "ON d.id = i.development_id WHERE i.source = ? AND i.item = ?"),
                        {batch.sourceName, item.number});
        if ((byLink || item.number > 0) && q.next()) {
            const QJsonObject before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            item.existingUid = q.value(1).toString();
            q.finish();
            const QStringList keys
                = before.isEmpty() ? QStringList() : changedKeys(before, detectedJson(item.detected));
            item.match = keys.isEmpty() ? ImportMatch::Unchanged : ImportMatch::Changed;
            for (const QString &key : keys) {
                item.changes.append(tr("%1 changed.").arg(fieldLabel(key)));
            }
        } else if (!detected.authorities.isEmpty()) {
            q.finish();
            // Entered some other way: the same lead issuer, about the same date and a similar title.
            double best = 0;
            const Stored *match = nullptr;
            for (const Stored &s : storedFor(detected.authorities.constFirst())) {
                const double score = titleSimilarity(detected, s.development);
                const bool sameTime = !detected.announced.isValid()
                    || std::abs(detected.announced.daysTo(s.development.announced)) <= 3;
                const double needed = detected.announced.isValid() ? 0.35 : 0.6;
                if (sameTime && score >= needed && score > best) {
                    best = score;
                    match = &s;
                }
            }
            if (match) {
                item.existingUid = match->development.uid;
                item.match = ImportMatch::Unchanged;
                if (detected.announced.isValid() && detected.announced != match->development.announced) {
                    item.match = ImportMatch::Changed;
                    item.changes.append(tr("Announced on %1, not %2.")
                                            .arg(detected.announced.toString(Qt::ISODate),
                                                 match->development.announced.toString(Qt::ISODate)));
                }
            }
        } else {
            q.finish();
        }
        if (item.match == ImportMatch::Unchanged) {
            item.selected = false;
        } else if (const QStringList problems = DevelopmentService::problems(detected); !problems.isEmpty()) {
            item.selected = false; // the reviewer completes it first
            item.warnings.append(tr("Not selected until completed: %1").arg(problems.join(u' ')));
        }

        // The final version of a stored draft for comments: link them.
        item.development.replacesUid.clear();
        if (detected.stage != Stage::DraftForComments && !detected.authorities.isEmpty()) {
            const QString en = withoutDraftMarker(detected.documentTitle.en);
            const QString zh = withoutDraftMarker(detected.documentTitle.zh);
            for (const Stored &s : storedFor(detected.authorities.constFirst())) {
                if (s.development.stage != Stage::DraftForComments || s.development.uid == item.existingUid) {
                    continue;
                }
                // A draft that another development already replaces is not linked a second time.
                const QString laterUid
                    = m_db.scalar(QStringLiteral("SELECT uid FROM developments WHERE replaces_id = ?"),
                                  {s.id})
                          .toString();
                if (!laterUid.isEmpty() && laterUid != item.existingUid) {
                    continue;
                }
                const double score
                    = std::max(textSimilarity(en, withoutDraftMarker(s.development.documentTitle.en)),
                               textSimilarity(zh, withoutDraftMarker(s.development.documentTitle.zh)));
                if (score >= 0.8) {
                    item.development.replacesUid = s.development.uid;
                    // The draft is named in the language the warning is written in, whatever the text's.
                    const Language reader
                        = QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
                    item.warnings.append(
                        tr("The final version of “%1”: its obligations are carried over, and assessments of "
                           "obligations that changed are marked for re-review.")
                            .arg(s.development.title.preferring(reader)));
                    break;
                }
            }
        }
    }
}

ImportResult ImportService::commit(const ImportBatch &batch, bool dryRun,
                                   const std::function<bool(int, int)> &progress)
{
    ImportResult result;
    ScopedTransaction transaction(m_db);
    AuthorityRepository reference(m_db);
    DevelopmentRepository repository(m_db, reference);
    DevelopmentService service(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto record = [&](const QString &uid, const ImportItem &item) {
        const qint64 id = repository.idForUid(uid);
        m_db.exec(QStringLiteral("DELETE FROM import_items WHERE development_id = ?"), {id});
        m_db.exec(
            QStringLiteral("INSERT INTO import_items (development_id, source, item, source_text, detected, "
                           "imported_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, batch.sourceName, item.number, item.sourceText,
             QString::fromUtf8(QJsonDocument(detectedJson(item.detected)).toJson(QJsonDocument::Compact)),
             now});
    };

    const int total = int(batch.items.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result = ImportResult();
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        const ImportItem &item = batch.items.at(i);
        if (!item.selected) {
            continue;
        }
        Development detected = item.chosen();
        detected.sourcePublication = batch.sourceName;
        if (const QStringList problems = DevelopmentService::problems(detected); !problems.isEmpty()) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1, item %2 (line %3): %4")
                            .arg(batch.fileName)
                            .arg(item.number)
                            .arg(item.line)
                            .arg(problems.join(u' ')));
        }
        QString uid;
        switch (item.match) {
        case ImportMatch::New: {
            Development d = detected;
            d.replacesUid.clear(); // linked below, once the obligations are carried over
            uid = repository.load(service.create(d))->uid;
            ++result.added;
            result.obligations += int(d.obligations.size());
            break;
        }
        case ImportMatch::Changed: {
            const qint64 id = repository.idForUid(item.existingUid);
            std::optional<Development> stored = id != 0 ? repository.load(id) : std::nullopt;
            if (!stored) {
                throw Error(Error::Code::NotFound,
                            tr("%1, item %2: the development it matched (%3) is no longer in the database.")
                                .arg(batch.fileName)
                                .arg(item.number)
                                .arg(item.existingUid));
            }
            QJsonObject before;
            QSqlQuery &q = m_db.exec(
                QStringLiteral("SELECT detected FROM import_items WHERE development_id = ?"), {id});
            const bool imported = q.next();
            if (imported) {
                before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            }
            q.finish();
            Development updated = *stored;
            const QStringList keys = imported ? changedKeys(before, detectedJson(item.detected))
                                              : QStringList{QStringLiteral("dates")};
            for (const ImportedField &field : importedFields()) {
                if (keys.contains(QString::fromLatin1(field.key))) {
                    field.apply(updated, detected);
                }
            }
            service.upsert(updated);
            uid = stored->uid;
            ++result.updated;
            break;
        }
        case ImportMatch::Unchanged:
            ++result.unchanged;
            continue;
        }
        record(uid, item);
        if (!item.development.replacesUid.isEmpty()) {
            result.reReviews += service.linkLaterVersion(uid, item.development.replacesUid);
        }
        result.uids.append(uid);
    }
    if (progress) {
        progress(total, total);
    }
    if (!dryRun) {
        transaction.commit();
    }
    return result;
}

QString ImportService::addAuthority(const Authority &authority)
{
    if (authority.code.trimmed().isEmpty() || authority.name.isEmpty()) {
        throw Error(Error::Code::InvalidInput, tr("An authority needs a code and a name."));
    }
    ScopedTransaction transaction(m_db);
    AuthorityRepository reference(m_db);
    if (reference.idForCode(authority.code) != 0) {
        throw Error(Error::Code::InvalidInput,
                    tr("An authority with the code “%1” already exists.").arg(authority.code));
    }
    const qint64 id = reference.upsert(authority);
    AuditLog(m_db).record(QStringLiteral("authority"), id, authority.code, QStringLiteral("*"), QString(),
                          QStringLiteral("created"));
    m_db.post({Entity::Authority, Change::Kind::Added, id});
    transaction.commit();
    return authority.code;
}

} // namespace rt::core
