// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `regtracker import FILE`: newsletters (text, web pages, PDF files, e-mail), feeds and CSV files through the
// same reading, matching and writing as the import dialog (without the review: every item the import selects
// is written), exchange files through ExchangeImporter, CSV files of assessments through AssessmentImport.
// The --json report is documented in the README.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace rt::core {
class Database;
}

namespace rt::app {

struct ImportCommandOptions
{
    QString file;
    QString format
        = QStringLiteral("auto"); // auto, newsletter, rss (or feed, atom), json, csv, html, pdf, email
    QString source;
    int year = 0;
    bool dryRun = false;
    bool json = false;
    bool allowPipe = false; // read FILE even when it is a named pipe
    int pipeTimeoutSeconds = 30; // how long such a pipe may stay silent
};

class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::ImportCommand)
public:
    // The verb: reads its options from the process' arguments, opens the database and imports.
    static int verb(const QStringList &arguments);
    // Returns the exit code. Throws core::Error for a file that cannot be imported; nothing is written then.
    // A file without any development is no error: the report says so and the exit code is 0.
    static int run(core::Database &db, const ImportCommandOptions &options, QTextStream &out,
                   QTextStream &err);
    // With --json every outcome is a JSON report: a problem is {"file": …, "error": {"code": …, "message":
    // …}} on standard output. Returns the exit code (1).
    static int reportError(const ImportCommandOptions &options, const QString &code, const QString &message,
                           QTextStream &out);
};

} // namespace rt::app
