// SPDX-License-Identifier: GPL-3.0-or-later
// Peak memory of `regtracker import --dry-run` against the size of the file, for every format it reads:
// a newsletter as text, a web page, an e-mail message, a PDF file, an RSS feed, a CSV file of developments
// and an exchange file. Each file is made here at the sizes asked for, imported by the built command in a
// child process, and the child's peak resident set (wait4's ru_maxrss) is printed next to the floor (the
// same command on the smallest file of that format) and as a multiple of the file size above that floor.
// The goal for text formats: at most about 3 × the file size plus a constant.
//
//   bench_import_memory [--sizes 1,4,16] (megabytes) [--formats newsletter,html,email,pdf,rss,csv,json]

#include "ChildRun.h"
#include "SqlDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

namespace {

ChildRun run(const QStringList &arguments)
{
    return runChild(RT_APP, arguments);
}

// Repeats numbered items until the text reaches `bytes`; each item is a development the importer finds.
QByteArray items(qint64 bytes, const std::function<QByteArray(int)> &item)
{
    QByteArray text;
    text.reserve(bytes + 4096);
    for (int n = 1; text.size() < bytes; ++n) {
        text += item(n);
    }
    return text;
}

QByteArray sentence(int n)
{
    return "The CAC issued the Measures for Labelling AI-Generated Content No. " + QByteArray::number(n)
        + ". Platforms must label generated content from 1 September 2025 and keep logs for six months.";
}

// A large newsletter is an archive: items numbered from 1 under each month's heading, 30 to a month, as a
// year's issues collected in one file are. (Numbers of four digits are not item numbers to the importer —
// they would be years — so one sequence running past 999 would read as a single item.)
constexpr int itemsPerMonth = 30;

QByteArray monthHeading(int n)
{
    static const char *const months[]
        = {"January", "February", "March",     "April",   "May",      "June",
           "July",    "August",   "September", "October", "November", "December"};
    const int month = (n - 1) / itemsPerMonth;
    return QByteArray(months[month % 12]) + ' ' + QByteArray::number(2000 + month / 12 % 26);
}

QByteArray itemNumber(int n)
{
    return QByteArray::number((n - 1) % itemsPerMonth + 1);
}

bool opensMonth(int n)
{
    return (n - 1) % itemsPerMonth == 0;
}

QByteArray newsletter(qint64 bytes)
{
    return "China TMT newsletter archive\n\n" + items(bytes, [](int n) {
               return (opensMonth(n) ? "\n" + monthHeading(n) + "\n\n" : QByteArray()) + itemNumber(n)
                   + ". CAC issues Measures No. " + QByteArray::number(n) + " (3 May 2025)\n" + sentence(n)
                   + "\n";
           });
}

QByteArray html(qint64 bytes)
{
    return "<html><head><meta charset=\"utf-8\"><title>China TMT newsletter archive</title></head><body>"
        + items(bytes,
                [](int n) {
                    return (opensMonth(n) ? "<h2>" + monthHeading(n) + "</h2>\n" : QByteArray()) + "<h3>"
                        + itemNumber(n) + ". CAC issues Measures No. " + QByteArray::number(n)
                        + " (3 May 2025)</h3><p>" + sentence(n) + "</p>\n";
                })
        + "</body></html>\n";
}

QByteArray mail(qint64 bytes)
{
    return "From: news@example.org\nTo: reader@example.org\nSubject: China TMT newsletter, May 2025\n"
           "Date: Sat, 3 May 2025 10:00:00 +0800\nMIME-Version: 1.0\nContent-Type: text/plain; "
           "charset=utf-8\n\n"
        + newsletter(bytes);
}

QByteArray feed(qint64 bytes)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>China "
           "TMT</title>\n"
        + items(bytes,
                [](int n) {
                    return "<item><title>CAC issues Measures No. " + QByteArray::number(n)
                        + "</title><link>https://example.org/" + QByteArray::number(n)
                        + "</link><pubDate>Sat, 03 May 2025 10:00:00 +0800</pubDate><description>"
                        + sentence(n) + "</description></item>\n";
                })
        + "</channel></rss>\n";
}

QByteArray csv(qint64 bytes)
{
    return "Title,Issuing authority,Kind,Announced,Summary\n" + items(bytes, [](int n) {
               return "CAC issues Measures No. " + QByteArray::number(n) + ",CAC,Regulation,2025-05-03,\""
                   + sentence(n) + "\"\n";
           });
}

// Pages of 25 items, the text uncompressed in the content streams, and a correct cross-reference table.
QByteArray pdf(qint64 bytes)
{
    QList<QByteArray> pages;
    qint64 total = 0;
    for (int n = 1; total < bytes;) {
        QByteArray stream = "BT /F1 9 Tf 40 800 Td 12 TL";
        for (int line = 0; line < 25; ++line, ++n) {
            if (opensMonth(n)) {
                stream += " (" + monthHeading(n) + ") '";
            }
            stream += " (" + itemNumber(n) + ". CAC issues Measures No. " + QByteArray::number(n)
                + " \\(3 May 2025\\)) ' (" + sentence(n) + ") '";
        }
        stream += " ET";
        total += stream.size() + 200;
        pages.append(stream);
    }
    QByteArray out = "%PDF-1.4\n";
    QList<qint64> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int count = int(pages.size());
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < count; ++i) {
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    }
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(count) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < count; ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents "
               + QByteArray::number(5 + 2 * i) + " 0 R >>");
        object("<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" + pages.at(i)
               + "\nendstream");
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Peak memory of import against file size, per format."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("File sizes in MB (default 1,4,16)."),
                                   QStringLiteral("LIST"), QStringLiteral("1,4,16"));
    const QCommandLineOption only(
        QStringLiteral("formats"),
        QStringLiteral("Only these formats (newsletter,html,email,pdf,rss,csv,json)."),
        QStringLiteral("LIST"));
    parser.addOption(sizes);
    parser.addOption(only);
    parser.process(app);
    QList<qint64> megabytes;
    for (const QString &s : parser.value(sizes).split(u',')) {
        megabytes.append(s.toLongLong());
    }

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--db"), db});

    // Exchange files come from the command itself: synthetic developments, exported.
    const auto exchange = [&](qint64 bytes) {
        const QString probeDb = dir.filePath(QStringLiteral("probe.sqlite"));
        const QString file = dir.filePath(QStringLiteral("exchange-probe.json"));
        QFile::remove(probeDb);
        run({QStringLiteral("generate"), QStringLiteral("--developments"), QStringLiteral("200"),
             QStringLiteral("--companies"), QStringLiteral("1"), QStringLiteral("--db"), probeDb});
        run({QStringLiteral("export"), file, QStringLiteral("--db"), probeDb});
        const qint64 perDevelopment = std::max<qint64>(QFile(file).size() / 200, 1);
        QFile::remove(probeDb);
        run({QStringLiteral("generate"), QStringLiteral("--developments"),
             QString::number(std::max<qint64>(bytes / perDevelopment, 1)), QStringLiteral("--companies"),
             QStringLiteral("1"), QStringLiteral("--db"), probeDb});
        run({QStringLiteral("export"), file, QStringLiteral("--db"), probeDb});
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };

    struct Format
    {
        const char *name;
        const char *suffix;
        std::function<QByteArray(qint64)> make;
    };
    const QList<Format> formats{{"newsletter", "txt", newsletter},
                                {"html", "html", html},
                                {"email", "eml", mail},
                                {"pdf", "pdf", pdf},
                                {"rss", "rss", feed},
                                {"csv", "csv", csv},
                                {"json", "json", exchange}};

    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("format"), -11)
               .arg(QStringLiteral("file MB"), 8)
               .arg(QStringLiteral("peak MB"), 8)
               .arg(QStringLiteral("floor MB"), 9)
               .arg(QStringLiteral("(peak-floor)/file"), 18)
               .arg(QStringLiteral("seconds"), 8)
        << Qt::flush;
    for (const Format &format : formats) {
        if (parser.isSet(only) && !parser.value(only).split(u',').contains(QLatin1StringView(format.name))) {
            continue;
        }
        const QString floorFile = dir.filePath(QStringLiteral("floor.") + QLatin1StringView(format.suffix));
        {
            QFile f(floorFile);
            f.open(QIODevice::WriteOnly);
            f.write(format.make(2048));
        }
        const ChildRun floor = run(
            {QStringLiteral("import"), floorFile, QStringLiteral("--dry-run"), QStringLiteral("--db"), db});
        for (qint64 mb : std::as_const(megabytes)) {
            const QString file = dir.filePath(QStringLiteral("input.") + QLatin1StringView(format.suffix));
            qint64 size = 0;
            {
                const QByteArray bytes = format.make(mb * 1024 * 1024);
                size = bytes.size();
                QFile f(file);
                f.open(QIODevice::WriteOnly);
                f.write(bytes);
            }
            const ChildRun peak = run(
                {QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("--db"), db});
            const double fileMb = double(size) / (1024 * 1024);
            const double peakMb = double(peak.kilobytes) / 1024;
            const double floorMb = double(floor.kilobytes) / 1024;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6%7\n")
                       .arg(QLatin1StringView(format.name), -11)
                       .arg(fileMb, 8, 'f', 1)
                       .arg(peakMb, 8, 'f', 1)
                       .arg(floorMb, 9, 'f', 1)
                       .arg((peakMb - floorMb) / fileMb, 18, 'f', 1)
                       .arg(peak.seconds, 8, 'f', 1)
                       .arg(peak.exitCode == 0 ? QString() : QStringLiteral("  (exit %1)").arg(peak.exitCode))
                << Qt::flush;
        }
    }
    out << QStringLiteral("goal for text formats: (peak-floor)/file <= about 3\n"
                          "the peak includes SQLite's page cache, up to %1 MB whatever the file's size\n")
               .arg(rt::core::SqlDialect::pageCacheKiB / 1024);
    return 0;
}
