// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportService.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "Database.h"
#include "DateText.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DocumentReader.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "FeedParser.h"
#include "HtmlText.h"
#include "ImportLexicon.h"
#include "InputFile.h"
#include "ItemAnalyzer.h"
#include "NewsletterParser.h"
#include "ReadDocument.h"
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
             // An approximate date never replaces an exact one; a date the source does not give is kept.
             const bool approximate = from.announcedUntil.isValid();
             if (from.announced.isValid()
                 && (!approximate || !to.announced.isValid() || to.announcedUntil.isValid())) {
                 to.announced = from.announced;
                 to.announcedUntil = from.announcedUntil;
             }
             to.commentDeadline = from.commentDeadline.isValid() ? from.commentDeadline : to.commentDeadline;
             to.effective = from.effective.isValid() ? from.effective : to.effective;
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

// A table by its first lines, read as CSV: three columns or more, a header that is not a sentence, and the
// same number of fields in every row.
bool looksLikeTable(QByteArrayView head)
{
    QString text = QString::fromUtf8(head);
    const qsizetype lastBreak = text.lastIndexOf(u'\n');
    if (lastBreak <= 0 || text.size() < 20) {
        return false;
    }
    text.truncate(lastBreak); // the last line may be cut
    try {
        const CsvTable table = CsvReader::parse(text, QString());
        const QString header = table.header.join(u' ');
        return table.header.size() >= 3 && table.rows.size() >= 2 && header.size() <= 300
            && !header.endsWith(u'.')
            && std::all_of(table.rows.cbegin(), table.rows.cend(),
                           [&table](const QStringList &row) { return row.size() == table.header.size(); });
    } catch (const Error &) {
        return false;
    }
}

// Whether code is a parent (or grandparent …) in the chain proposed for one of the item's issuers.
bool isAncestorOfChosen(const ImportItem &item, const QString &code)
{
    for (const Authority &a : item.proposedAuthorities) {
        if (a.parentCode == code
            && (item.development.authorities.contains(a.code) || isAncestorOfChosen(item, a.code))) {
            return true;
        }
    }
    return false;
}

struct Candidate
{
    const Development *development = nullptr;
    double score = 0;
    QString reason; // translated
};

// A development's text in one language, for comparing what two versions say: title, document, summary and
// obligations.
QString wholeText(const Development &d, Language language)
{
    QStringList parts{d.title.in(language), d.documentTitle.in(language), d.summary.in(language)};
    for (const Obligation &o : d.obligations) {
        parts.append(o.text.in(language));
    }
    parts.removeAll(QString());
    return parts.join(u'\n');
}

double documentSimilarity(const Development &a, const Development &b)
{
    double best = 0;
    for (const auto &[x, y] :
         {std::pair{a.documentTitle.en, b.documentTitle.en}, {a.documentTitle.zh, b.documentTitle.zh}}) {
        if (!x.isEmpty() && !y.isEmpty()) {
            best = std::max(best, textSimilarity(x, y));
        }
    }
    return best;
}

bool isApproximate(const Development &d)
{
    return d.announcedUntil.isValid() && d.announcedUntil > d.announced;
}

QString percentOf(double score)
{
    return QLocale().toString(qRound(score * 100));
}

// The stored developments an item could be, read per issuer once per reconciliation and loaded when needed.
class StoredDevelopments
{
public:
    explicit StoredDevelopments(Database &db)
        : m_db(db)
        , m_reference(db)
        , m_repository(db, m_reference)
    {
    }

    // The uid of the development that replaces the stored one with this id, or nothing.
    QString laterVersionOf(qint64 id)
    {
        return m_db.scalar(QStringLiteral("SELECT uid FROM developments WHERE replaces_id = ?"), {id})
            .toString();
    }

    // Every stored development the authority issued or co-issued.
    QList<Stored> byIssuer(const QString &code)
    {
        QList<Stored> result;
        for (const auto &[id, announced] : datesOf(code)) {
            if (const Development *d = load(id)) {
                result.append({id, *d});
            }
        }
        return result;
    }

    // The best stored match for an item, or nothing: the same document from the same issuer; the same issuer
    // and date with similar text; for an undated item the same issuer and similar text; for an item without
    // an issuer the same date and much the same text.
    std::optional<Candidate> bestMatch(const Development &item, Language language, const QSet<QString> &taken)
    {
        std::optional<Candidate> best;
        const QString text = wholeText(item, language);
        for (const qint64 id : candidatesFor(item)) {
            const Development *d = load(id);
            if (!d || taken.contains(d->uid)) {
                continue;
            }
            const std::optional<Candidate> candidate = judge(item, *d, text, language);
            if (candidate && (!best || candidate->score > best->score)) {
                best = candidate;
            }
        }
        return best;
    }

private:
    std::optional<Candidate> judge(const Development &item, const Development &d, const QString &text,
                                   Language language) const
    {
        const bool sameIssuer = !item.authorities.isEmpty() && !d.authorities.isEmpty()
            && std::any_of(item.authorities.cbegin(), item.authorities.cend(),
                           [&d](const QString &code) { return d.authorities.contains(code); });
        const bool exact = item.announced.isValid() && !isApproximate(item);
        const bool sameDate = exact && !isApproximate(d) && std::abs(item.announced.daysTo(d.announced)) <= 3;
        const bool inPeriod = !exact && item.announced.isValid() && d.announced >= item.announced.addDays(-31)
            && d.announced <= (isApproximate(item) ? item.announcedUntil : item.announced).addDays(31);
        const bool datesAgree
            = !exact || isApproximate(d) || std::abs(item.announced.daysTo(d.announced)) <= 45;
        const double document = documentSimilarity(item, d);
        const double similar = std::max(textSimilarity(text, wholeText(d, language)),
                                        textSimilarity(item.title.in(language), d.title.in(language)));
        QString title = item.documentTitle.preferring(language);
        if (!title.startsWith(u'《')) {
            title = language == Language::Chinese ? u'《' + title + u'》' : u'“' + title + u'”';
        }
        if (sameIssuer && datesAgree && document >= 0.85) {
            return Candidate{&d, 2 + document, ImportService::tr("same document %1").arg(title)};
        }
        if (sameIssuer && sameDate && similar >= 0.35) {
            return Candidate{
                &d, 1 + similar,
                ImportService::tr("same issuer and date, %1% similar text").arg(percentOf(similar))};
        }
        if (sameIssuer && (inPeriod || !item.announced.isValid()) && similar >= 0.3) {
            return Candidate{&d, 0.5 + similar,
                             ImportService::tr("same issuer, %1% similar text").arg(percentOf(similar))};
        }
        if (item.authorities.isEmpty() && sameDate && similar >= 0.5) {
            return Candidate{&d, similar,
                             ImportService::tr("same date, %1% similar text").arg(percentOf(similar))};
        }
        return std::nullopt;
    }

    // The stored developments worth comparing: those of the item's issuers, else of its dates.
    QList<qint64> candidatesFor(const Development &item)
    {
        QList<qint64> ids;
        for (const QString &code : item.authorities) {
            for (const auto &[id, announced] : datesOf(code)) {
                if (!ids.contains(id)) {
                    ids.append(id);
                }
            }
        }
        if (item.authorities.isEmpty() && item.announced.isValid() && !isApproximate(item)) {
            QSqlQuery &q
                = m_db.exec(QStringLiteral("SELECT id FROM developments WHERE announced_on BETWEEN ? AND ? "
                                           "ORDER BY id LIMIT 1000"),
                            {item.announced.addDays(-3).toString(Qt::ISODate),
                             item.announced.addDays(3).toString(Qt::ISODate)});
            while (q.next()) {
                ids.append(q.value(0).toLongLong());
            }
        }
        return ids;
    }

    const QList<std::pair<qint64, QDate>> &datesOf(const QString &code)
    {
        auto it = m_byIssuer.find(code);
        if (it == m_byIssuer.end()) {
            QList<std::pair<qint64, QDate>> found;
            QSqlQuery &q
                = m_db.exec(QStringLiteral("SELECT d.id, d.announced_on FROM development_authorities da "
                                           "JOIN authorities a ON a.id = da.authority_id JOIN developments "
                                           "d ON d.id = da.development_id WHERE a.code = ? ORDER BY d.id"),
                            {code});
            while (q.next()) {
                found.append(
                    {q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
            }
            it = m_byIssuer.emplace(code, found).first;
        }
        return it->second;
    }

    const Development *load(qint64 id)
    {
        auto it = m_loaded.find(id);
        if (it == m_loaded.end()) {
            std::optional<Development> d = m_repository.load(id);
            if (!d) {
                return nullptr;
            }
            it = m_loaded.emplace(id, *d).first;
        }
        return &it->second;
    }

    Database &m_db;
    AuthorityRepository m_reference;
    DevelopmentRepository m_repository;
    std::unordered_map<QString, QList<std::pair<qint64, QDate>>> m_byIssuer;
    std::unordered_map<qint64, Development> m_loaded;
};

// What an item says differently from the stored development it matched: the facts, not the wording (a title
// written another way is no change).
QStringList differences(const Development &detected, const Development &stored)
{
    QStringList result;
    const auto show = [](const QDate &date) { return DateText::table(date); };
    if (detected.announced.isValid() && !isApproximate(detected) && detected.announced != stored.announced) {
        result.append(isApproximate(stored)
                          ? ImportService::tr("Announced on %1, which narrows the approximate date.")
                                .arg(show(detected.announced))
                          : ImportService::tr("Announced on %1, not %2.")
                                .arg(show(detected.announced), show(stored.announced)));
    }
    if (detected.commentDeadline.isValid() && detected.commentDeadline != stored.commentDeadline) {
        result.append(ImportService::tr("Comments due by %1, not %2.")
                          .arg(show(detected.commentDeadline),
                               stored.commentDeadline.isValid() ? show(stored.commentDeadline)
                                                                : ImportService::tr("none")));
    }
    if (detected.effective.isValid() && detected.effective != stored.effective) {
        result.append(
            ImportService::tr("Effective on %1, not %2.")
                .arg(show(detected.effective),
                     stored.effective.isValid() ? show(stored.effective) : ImportService::tr("none")));
    }
    return result;
}

// The same source and number (a feed entry: the same link) imported before: compared with what was detected
// then, so that only what the source changed counts. Developments in `skip` (written by the import under
// way) are passed over.
bool matchImported(Database &db, const ImportBatch &batch, ImportItem &item, const QSet<QString> &skip)
{
    const bool byLink = batch.format == ImportFormat::Feed;
    if (byLink ? item.development.sourceUrl.isEmpty() : item.number <= 0) {
        return false;
    }
    QSqlQuery &q = byLink
        ? db.exec(QStringLiteral("SELECT coalesce(i.detected, ''), d.uid FROM developments d LEFT JOIN "
                                 "import_items i ON i.development_id = d.id WHERE d.source_url = ?"),
                  {item.development.sourceUrl})
        : db.exec(QStringLiteral("SELECT i.detected, d.uid FROM import_items i JOIN developments d "
                                 "ON d.id = i.development_id WHERE i.source = ? AND i.item = ?"),
                  {batch.sourceName, item.number});
    bool found = false;
    while (!found && q.next()) {
        found = !skip.contains(q.value(1).toString());
    }
    if (!found) {
        q.finish();
        return false;
    }
    const QJsonObject before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    item.existingUid = q.value(1).toString();
    q.finish();
    const QStringList keys
        = before.isEmpty() ? QStringList() : changedKeys(before, detectedJson(item.detected));
    item.match = keys.isEmpty() ? ImportMatch::Unchanged : ImportMatch::Changed;
    item.matchReason = byLink
        ? ImportService::tr("same link")
        : ImportService::tr("item %1 of “%2”, imported before").arg(item.number).arg(batch.sourceName);
    for (const QString &key : keys) {
        item.changes.append(ImportService::tr("%1 changed.").arg(fieldLabel(key)));
    }
    return true;
}

// The final version of a stored draft for comments: link them.
void linkToDraft(ImportItem &item, StoredDevelopments &stored)
{
    const Development detected = item.chosen();
    item.development.replacesUid.clear();
    if (detected.stage == Stage::DraftForComments || detected.authorities.isEmpty()) {
        return;
    }
    const QString en = withoutDraftMarker(detected.documentTitle.en);
    const QString zh = withoutDraftMarker(detected.documentTitle.zh);
    for (const Stored &s : stored.byIssuer(detected.authorities.constFirst())) {
        if (s.development.stage != Stage::DraftForComments || s.development.uid == item.existingUid) {
            continue;
        }
        // A draft that another development already replaces is not linked a second time.
        if (const QString laterUid = stored.laterVersionOf(s.id);
            !laterUid.isEmpty() && laterUid != item.existingUid) {
            continue;
        }
        const double score = std::max(textSimilarity(en, withoutDraftMarker(s.development.documentTitle.en)),
                                      textSimilarity(zh, withoutDraftMarker(s.development.documentTitle.zh)));
        if (score >= 0.8) {
            item.development.replacesUid = s.development.uid;
            // The draft is named in the language the warning is written in, whatever the text's.
            const Language reader
                = QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
            item.warnings.append(
                ImportService::tr(
                    "The final version of “%1”: its obligations are carried over, and assessments "
                    "of obligations that changed are marked for re-review.")
                    .arg(s.development.title.preferring(reader)));
            return;
        }
    }
}

} // namespace

ImportService::ImportService(Database &db)
    : m_db(db)
{
}

ImportFormat ImportService::detectFormat(const QString &fileName, QByteArrayView head)
{
    QByteArrayView start = head.trimmed();
    if (start.startsWith("\xEF\xBB\xBF")) {
        start = start.sliced(3).trimmed();
    }
    if (start.startsWith("{")) {
        return ImportFormat::Json;
    }
    if (start.startsWith("<rss") || start.startsWith("<feed")) {
        return ImportFormat::Feed;
    }
    switch (DocumentReader::sniff(head)) {
    case DocumentKind::Pdf:
        return ImportFormat::Pdf;
    case DocumentKind::Email:
        return ImportFormat::Email;
    case DocumentKind::Html:
        return ImportFormat::Html;
    case DocumentKind::Text:
        break;
    }
    if (start.startsWith("<?xml")) {
        return ImportFormat::Feed; // XML that is no web page: the feed reader names what it is not
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("json")) {
        return ImportFormat::Json;
    }
    if (suffix == QLatin1StringView("rss") || suffix == QLatin1StringView("atom")
        || (suffix == QLatin1StringView("xml") && start.startsWith("<"))) {
        return ImportFormat::Feed;
    }
    if (suffix == QLatin1StringView("csv") || suffix == QLatin1StringView("tsv") || looksLikeTable(start)) {
        return ImportFormat::Csv;
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
    case ImportFormat::Html:
        return QStringLiteral("html");
    case ImportFormat::Pdf:
        return QStringLiteral("pdf");
    case ImportFormat::Email:
        return QStringLiteral("email");
    }
    return {};
}

std::optional<ImportFormat> ImportService::formatFromKey(QStringView key)
{
    if (key == u"rss" || key == u"atom") {
        return ImportFormat::Feed;
    }
    if (key == u"eml" || key == u"mail") {
        return ImportFormat::Email;
    }
    for (ImportFormat f :
         {ImportFormat::Auto, ImportFormat::Newsletter, ImportFormat::Feed, ImportFormat::Json,
          ImportFormat::Csv, ImportFormat::Html, ImportFormat::Pdf, ImportFormat::Email}) {
        if (key == formatKey(f)) {
            return f;
        }
    }
    return std::nullopt;
}

ImportBatch ImportService::read(const QString &path, const ImportOptions &options)
{
    return readBytes(InputFile::read(path), QFileInfo(path).fileName(), options);
}

ImportBatch ImportService::readBytes(const QByteArray &bytes, const QString &fileName,
                                     const ImportOptions &options)
{
    QList<ImportItem> items;
    ImportBatch batch = visitBytes(bytes, fileName, options, collectInto(items));
    batch.items = std::move(items);
    return batch;
}

ImportBatch ImportService::parse(const QString &text, const QString &fileName, const ImportOptions &options)
{
    QList<ImportItem> items;
    ImportBatch batch = visitText(text, fileName, options, collectInto(items));
    batch.items = std::move(items);
    return batch;
}

ImportBatch ImportService::visitBytes(QByteArray bytes, const QString &fileName, const ImportOptions &options,
                                      const ImportItemVisitor &receive)
{
    ImportOptions resolved = options;
    if (resolved.format == ImportFormat::Auto) {
        resolved.format
            = detectFormat(fileName, QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
    }
    const auto documentKind = [](ImportFormat format) {
        return format == ImportFormat::Pdf  ? DocumentKind::Pdf
            : format == ImportFormat::Email ? DocumentKind::Email
                                            : DocumentKind::Html;
    };
    if (resolved.format == ImportFormat::Pdf || resolved.format == ImportFormat::Email
        || resolved.format == ImportFormat::Html) {
        ReadDocument document
            = DocumentReader::read(std::exchange(bytes, {}), fileName, documentKind(resolved.format));
        return NewsletterParser(lexiconFor(m_db)).visit(std::move(document), fileName, resolved, receive);
    }
    QString text = TextDecoding::decode(std::exchange(bytes, {}), fileName).text;
    return visitText(std::move(text), fileName, resolved, receive);
}

ImportBatch ImportService::visitText(QString text, const QString &fileName, const ImportOptions &options,
                                     const ImportItemVisitor &receive)
{
    ImportFormat format = options.format;
    if (format == ImportFormat::Auto) {
        format = detectFormat(fileName, text.left(512).toUtf8());
    }
    const ImportLexicon lexicon = lexiconFor(m_db);
    ImportBatch batch;
    switch (format) {
    case ImportFormat::Auto:
    case ImportFormat::Newsletter: {
        ReadDocument document;
        document.text = std::move(text);
        return NewsletterParser(lexicon).visit(std::move(document), fileName, options, receive);
    }
    case ImportFormat::Html: {
        ReadDocument document = HtmlText::fromMarkup(std::exchange(text, {}), fileName);
        return NewsletterParser(lexicon).visit(std::move(document), fileName, options, receive);
    }
    case ImportFormat::Pdf:
    case ImportFormat::Email:
        throw Error(Error::Code::InvalidInput, tr("%1 is not text: it is read from its file.").arg(fileName));
    case ImportFormat::Json:
        throw Error(Error::Code::InvalidInput,
                    tr("%1 is an exchange file: it is imported as it is, without review.").arg(fileName));
    case ImportFormat::Feed:
        batch = FeedParser::visit(text, fileName, analyzingStructured(format, options, lexicon, receive));
        break;
    case ImportFormat::Csv: {
        CsvTable table = CsvReader::parse(std::exchange(text, {}), fileName); // the cells are all it needs
        const CsvColumnMapping mapping = CsvColumnMapping::guess(table.header);
        if (mapping.content == CsvContent::Assessments) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1 lists assessments, not developments.").arg(fileName));
        }
        if (const QStringList problems = mapping.problems(); !problems.isEmpty()) {
            throw Error(Error::Code::InvalidInput, tr("%1: %2").arg(fileName, problems.join(u' ')));
        }
        batch = CsvImport::visitDevelopments(std::move(table), mapping, fileName, lexicon.knownAuthorities(),
                                             analyzingStructured(format, options, lexicon, receive));
        break;
    }
    }
    return withFileOptions(std::move(batch), options);
}

// What the caller said about a feed or a CSV file, over what the file says.
ImportBatch ImportService::withFileOptions(ImportBatch batch, const ImportOptions &options)
{
    if (!options.sourceName.isEmpty()) {
        batch.sourceName = options.sourceName;
    } else if (batch.sourceName.isEmpty()) {
        batch.sourceName = QFileInfo(batch.fileName).completeBaseName();
    }
    batch.year = options.year > 0 ? options.year : QDate::currentDate().year();
    return batch;
}

// Feed entries and CSV rows: what their text says beyond the fields the file gave, analysed as the parser
// hands each one over, then passed on.
ImportItemVisitor ImportService::analyzingStructured(ImportFormat format, const ImportOptions &options,
                                                     const ImportLexicon &lexicon,
                                                     const ImportItemVisitor &receive)
{
    QSet<QString> topics;
    for (const Term &term : AuthorityRepository(m_db).terms(TermKind::Topic)) {
        topics.insert(term.code);
    }
    const auto analyzer = std::make_shared<const ItemAnalyzer>(lexicon);
    return [format, options, analyzer, receive, topics](const ImportBatch &parsed, ImportItem &item) {
        const ImportBatch batch = withFileOptions(parsed, options);
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
        AnalysisContext context;
        context.year = year;
        context.headingLine = format == ImportFormat::Feed ? 0 : -1;
        analyzer->analyze(item, context);
        receive(batch, item);
    };
}

// Matches the items of one file with the database as it was before the import: what the import itself
// writes is never matched.
class ImportService::Matcher
{
public:
    explicit Matcher(Database &db)
        : m_db(db)
        , m_stored(db)
    {
    }

    void match(const ImportBatch &batch, ImportItem &item)
    {
        item.match = ImportMatch::New;
        item.existingUid.clear();
        item.matchReason.clear();
        item.changes.clear();
        const Development detected = item.chosen();
        if (!matchImported(m_db, batch, item, m_written)) {
            if (const std::optional<Candidate> found = m_stored.bestMatch(detected, item.language, m_taken)) {
                item.existingUid = found->development->uid;
                item.matchReason = found->reason;
                item.changes = differences(detected, *found->development);
                item.match = item.changes.isEmpty() ? ImportMatch::Unchanged : ImportMatch::Changed;
            }
        }
        if (!item.existingUid.isEmpty()) {
            m_taken.insert(item.existingUid);
        }
        if (item.match == ImportMatch::Unchanged) {
            item.selected = false;
        } else if (const QStringList problems = DevelopmentService::problems(detected); !problems.isEmpty()) {
            item.selected = false; // the reviewer completes it first
            item.warnings.append(tr("Not selected until completed: %1").arg(problems.join(u' ')));
        }
        linkToDraft(item, m_stored);
    }

    // A development this import created: later items of the same file are not matched with it.
    void written(const QString &uid) { m_written.insert(uid); }

private:
    Database &m_db;
    StoredDevelopments m_stored;
    QSet<QString> m_taken; // a stored development matches one item of the file at most
    QSet<QString> m_written;
};

// Writes items inside the caller's transaction, adding up what was written.
class ImportService::Writer
{
public:
    Writer(ImportService &service, Database &db)
        : m_import(service)
        , m_db(db)
        , m_reference(db)
        , m_repository(db, m_reference)
        , m_service(db)
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
    {
    }

    // The catalogue authorities the item needs and the database does not have, parents first, each once,
    // with their audit rows.
    void addAuthorities(const ImportItem &item)
    {
        if (!item.selected) {
            return;
        }
        for (const Authority &authority : item.proposedAuthorities) {
            if (!item.development.authorities.contains(authority.code)
                && !isAncestorOfChosen(item, authority.code)) {
                continue; // the reviewer replaced the issuer it was proposed for
            }
            if (m_reference.idForCode(authority.code) != 0) {
                continue;
            }
            const qint64 id = m_reference.upsert(authority);
            AuditLog(m_db).record(QStringLiteral("authority"), id, authority.code, QStringLiteral("*"),
                                  QString(), QStringLiteral("created"));
            m_db.post({Entity::Authority, Change::Kind::Added, id});
            ++result.authorities;
        }
    }

    // Writes the item when it is selected and not already in the database as it is; returns the uid written,
    // empty when nothing was.
    QString write(const ImportBatch &batch, const ImportItem &item)
    {
        if (item.match == ImportMatch::Unchanged) {
            ++result.unchanged; // already in the database as the file says it: nothing to write, selected or
                                // not
            return {};
        }
        if (!item.selected) {
            return {};
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
        if (item.match == ImportMatch::New) {
            Development d = detected;
            d.replacesUid.clear(); // linked below, once the obligations are carried over
            uid = m_repository.load(m_service.create(d))->uid;
            ++result.added;
            result.obligations += int(d.obligations.size());
        } else {
            uid = m_import.updateMatched(batch, item, detected, m_repository, m_service);
            ++result.updated;
        }
        record(batch, uid, item);
        if (!item.development.replacesUid.isEmpty()) {
            result.reReviews += m_service.linkLaterVersion(uid, item.development.replacesUid);
        }
        result.uids.append(uid);
        return uid;
    }

    ImportResult result;

private:
    void record(const ImportBatch &batch, const QString &uid, const ImportItem &item)
    {
        const qint64 id = m_repository.idForUid(uid);
        m_db.exec(QStringLiteral("DELETE FROM import_items WHERE development_id = ?"), {id});
        m_db.exec(
            QStringLiteral("INSERT INTO import_items (development_id, source, item, source_text, detected, "
                           "imported_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, batch.sourceName, item.number, item.sourceText,
             QString::fromUtf8(QJsonDocument(detectedJson(item.detected)).toJson(QJsonDocument::Compact)),
             m_now});
    }

    ImportService &m_import;
    Database &m_db;
    AuthorityRepository m_reference;
    DevelopmentRepository m_repository;
    DevelopmentService m_service;
    const QString m_now;
};

void ImportService::reconcile(ImportBatch &batch)
{
    Matcher matcher(m_db);
    for (ImportItem &item : batch.items) {
        matcher.match(batch, item);
    }
}

ImportResult ImportService::commit(const ImportBatch &batch, bool dryRun,
                                   const std::function<bool(int, int)> &progress)
{
    ScopedTransaction transaction(m_db);
    Writer writer(*this, m_db);
    for (const ImportItem &item : batch.items) {
        writer.addAuthorities(item);
    }
    const int total = int(batch.items.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            ImportResult cancelled;
            cancelled.cancelled = true;
            return cancelled; // the transaction rolls back
        }
        writer.write(batch, batch.items.at(i));
    }
    if (progress) {
        progress(total, total);
    }
    if (!dryRun) {
        transaction.commit();
    }
    return writer.result;
}

ImportRun ImportService::importEach(QByteArray bytes, const QString &fileName, const ImportOptions &options,
                                    bool dryRun,
                                    const std::function<void(const ImportBatch &, const ImportItem &)> &seen)
{
    ImportRun run;
    ScopedTransaction transaction(m_db);
    Matcher matcher(m_db);
    Writer writer(*this, m_db);
    run.file
        = visitBytes(std::move(bytes), fileName, options, [&](const ImportBatch &batch, ImportItem &item) {
              matcher.match(batch, item);
              writer.addAuthorities(item);
              if (const QString uid = writer.write(batch, item); !uid.isEmpty()) {
                  matcher.written(uid);
              }
              ++run.items;
              if (seen) {
                  seen(batch, item);
              }
          });
    if (!dryRun) {
        transaction.commit();
    }
    run.result = writer.result;
    return run;
}

// Writes what the source now says differently into the stored development an item matched: the fields whose
// detection changed since the last import of the same source, or the dates for a development entered some
// other way. Returns its uid.
QString ImportService::updateMatched(const ImportBatch &batch, const ImportItem &item,
                                     const Development &detected, DevelopmentRepository &repository,
                                     DevelopmentService &service)
{
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
    QSqlQuery &q
        = m_db.exec(QStringLiteral("SELECT detected FROM import_items WHERE development_id = ?"), {id});
    const bool imported = q.next();
    if (imported) {
        before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    q.finish();
    Development updated = *stored;
    const QStringList keys
        = imported ? changedKeys(before, detectedJson(item.detected)) : QStringList{QStringLiteral("dates")};
    for (const ImportedField &field : importedFields()) {
        if (keys.contains(QString::fromLatin1(field.key))) {
            field.apply(updated, detected);
        }
    }
    service.upsert(updated);
    return stored->uid;
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
