#include "ImportService.h"

#include "Database.h"
#include "Error.h"
#include "TextDecoding.h"

#include <QFileInfo>

namespace rt::core {

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
    return parse(decoded.text, QFileInfo(path).fileName(), options);
}

ImportBatch ImportService::parse(const QString &text, const QString &fileName, const ImportOptions &options)
{
    Q_UNUSED(text);
    ImportBatch batch;
    batch.fileName = fileName;
    batch.format = options.format;
    return batch; // filled in by the parsers (work in progress)
}

void ImportService::reconcile(ImportBatch &batch)
{
    Q_UNUSED(batch);
}

ImportResult ImportService::commit(const ImportBatch &batch, bool dryRun,
                                   const std::function<bool(int, int)> &progress)
{
    Q_UNUSED(batch);
    Q_UNUSED(dryRun);
    Q_UNUSED(progress);
    return {};
}

QString ImportService::addAuthority(const Authority &authority)
{
    Q_UNUSED(authority);
    return {};
}

} // namespace rt::core
