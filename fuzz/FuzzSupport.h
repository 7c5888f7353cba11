// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the fuzz targets share: the Qt application object, Qt's messages kept quiet (only a fatal one, which
// aborts, is a finding), and for the import targets one database with the demo data in a temporary directory,
// made once per process, that the parsers read authorities and vocabularies from.

#include "Database.h"
#include "Error.h"
#include "ExchangeImporter.h"
#include "ImportService.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace rt::fuzz {

inline void startQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { });
}

inline core::Database &demoDatabase()
{
    static QTemporaryDir dir;
    static const std::unique_ptr<core::Database> db = [] {
        auto opened = core::Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")),
                                           core::Database::OpenMode::CreateIfMissing);
        core::ExchangeImporter(*opened).importFile(QStringLiteral(":/demo/demo.json"));
        return opened;
    }();
    return *db;
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Decodes the bytes as an import does and parses the text as `format`, then matches the batch with the
// database. Both only read the database. Refusing the input with an Error is the expected outcome for most
// inputs; anything else that escapes is a finding.
inline int parseImport(const std::uint8_t *data, std::size_t size, core::ImportFormat format,
                       const QString &fileName)
{
    try {
        const core::DecodedText decoded = core::TextDecoding::decode(bytes(data, size), fileName);
        core::ImportService service(demoDatabase());
        core::ImportOptions options;
        options.format = format;
        core::ImportBatch batch = service.parse(decoded.text, fileName, options);
        service.reconcile(batch);
    } catch (const core::Error &) {
    }
    return 0;
}

// Reads the bytes as a document of `format` (a web page, a PDF file, an e-mail message) the way an imported
// file is read, then matches the batch with the database. Refusing the input with an Error is expected for
// most inputs; anything else that escapes is a finding.
inline int readDocument(const std::uint8_t *data, std::size_t size, core::ImportFormat format,
                        const QString &fileName)
{
    try {
        core::ImportService service(demoDatabase());
        core::ImportOptions options;
        options.format = format;
        core::ImportBatch batch = service.readBytes(bytes(data, size), fileName, options);
        service.reconcile(batch);
    } catch (const core::Error &) {
    }
    return 0;
}

} // namespace rt::fuzz
