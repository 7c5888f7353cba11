#pragma once
// `regtracker import FILE`: newsletters, feeds and CSV files through the same reading, matching and writing
// as the import dialog (without the review: every item the import selects is written), exchange files
// through ExchangeImporter, CSV files of assessments through AssessmentImport. The --json report is
// documented in the README.

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
    QString format = QStringLiteral("auto"); // auto, newsletter, rss (or feed, atom), json, csv
    QString source;
    int year = 0;
    bool dryRun = false;
    bool json = false;
};

class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::ImportCommand)
public:
    // The verb: reads its options from the process' arguments, opens the database and imports.
    static int verb(const QStringList &arguments);
    // Returns the exit code. Throws core::Error for a file that cannot be imported; nothing is written then.
    static int run(core::Database &db, const ImportCommandOptions &options, QTextStream &out,
                   QTextStream &err);
};

} // namespace rt::app
