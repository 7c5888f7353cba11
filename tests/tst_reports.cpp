// SPDX-License-Identifier: GPL-3.0-or-later
// The reports of a company's checklist, on the demo database, each read back by something we did not write:
// the CSV by an RFC 4180 parser written here from the RFC, the PDF by pdftotext (poppler), the iCalendar file
// by libical's parser.

#include "CompanyRepository.h"
#include "TestSupport.h"

#include "Applicability.h"
#include "AssessmentService.h"
#include "AuthorityRepository.h"
#include "ChecklistModel.h"
#include "ChecklistPdf.h"
#include "ChecklistReport.h"
#include "ChineseScript.h"
#include "CompanyService.h"
#include "DeadlineCalendar.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "Error.h"
#include "Translations.h"

#include <QProcess>
#include <QRegularExpression>

#include <libical/ical.h>

using namespace rt::core;
using rt::reports::ChecklistPdf;
using rt::reports::DeadlineCalendar;

namespace {

const QDate today(2025, 11, 1);

// RFC 4180: fields separated by commas, records by CRLF; a field in double quotes may hold commas, CRLF and
// quotes written twice. Returns no records when the text breaks those rules.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                return {}; // a quote inside an unquoted field
            }
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n' || wasQuoted) {
            return {}; // a bare line break, or text after a closing quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) {
        return {}; // unterminated quote or a last record without CRLF
    }
    return records;
}

// pdftotext wraps lines and joins words broken at a hyphen: compare texts without any whitespace or hyphen.
QString squeezed(QString text)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s\\-]+"));
    return text.remove(ignored);
}

// Every row of the checklist once (a row listed under several topics is one obligation).
QList<ChecklistRow> distinctRows(const ChecklistReport &report)
{
    QList<ChecklistRow> rows;
    QSet<QString> seen;
    for (const ChecklistReport::Group &group : report.groups) {
        for (const ChecklistRow &row : group.rows) {
            if (!seen.contains(row.obligationUid)) {
                seen.insert(row.obligationUid);
                rows.append(row);
            }
        }
    }
    return rows;
}

QString icalText(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_pdftotext;

    ChecklistReport report(const QString &company, Language language,
                           ChecklistGrouping grouping = ChecklistGrouping::ByDevelopment)
    {
        CompanyService companies(*m_db);
        CompanyRepository rows(*m_db);
        const qint64 id = rows.find(company);
        if (id == 0) {
            qFatal("no demo company %s", qPrintable(company));
        }
        ChecklistModel model(*m_db);
        model.setToday(today);
        model.setLanguage(language);
        model.setGrouping(grouping);
        model.setCompany(id);
        return ChecklistReport::fromModel(model, rows.company(id));
    }

    QString pdfText(const QString &pdf)
    {
        QProcess process;
        // In drawing order (-raw): each table cell stays whole, where the default layout mode interleaves
        // the lines of neighbouring cells.
        process.start(m_pdftotext,
                      {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                       QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // N from "Page N of N" in a PDF's text; 0 when there is none.
    static int pageCount(const QString &pdfText)
    {
        QString pattern = QRegularExpression::escape(squeezed(ChecklistPdf::tr("Page %1 of %2")));
        pattern.replace(QStringLiteral("\\%1"), QStringLiteral("(\\d+)"))
            .replace(QStringLiteral("\\%2"), QStringLiteral("(\\d+)"));
        int pages = 0;
        for (const QRegularExpressionMatch &match :
             QRegularExpression(pattern).globalMatch(squeezed(pdfText))) {
            if (match.captured(1) == match.captured(2)) {
                pages = std::max(pages, match.captured(2).toInt());
            }
        }
        return pages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = rt::test::newDatabase(m_dir, QStringLiteral("demo.sqlite"), true);
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (m_pdftotext.isEmpty()) {
            QFAIL("pdftotext (poppler-utils) is needed to read the PDF reports back");
        }
    }

    void csvCellsAreNeverFormulas()
    {
        // Owners typed as a spreadsheet formula would be run by a spreadsheet program opening the file.
        const QStringList formulas{QStringLiteral("=HYPERLINK(\"http://example.com\",\"open\")"),
                                   QStringLiteral("@SUM(1+1)"), QStringLiteral("+1-1"),
                                   QStringLiteral("-2+3")};
        const ChecklistReport before = report(QStringLiteral("huangpu-motors"), Language::English);
        const QList<ChecklistRow> rows = distinctRows(before);
        QVERIFY(rows.size() >= formulas.size());
        AssessmentService assessments(*m_db);
        for (qsizetype i = 0; i < formulas.size(); ++i) {
            AssessmentEdit edit;
            edit.owner = formulas.at(i);
            assessments.apply(rows.at(i).key, assessments.assessment(rows.at(i).key).version, edit);
        }
        const ChecklistReport r = report(QStringLiteral("huangpu-motors"), Language::English);
        const qsizetype ownerColumn = r.columnTitles().indexOf(ChecklistReport::tr("Owner"));
        const auto owners = [&](ChecklistReport::CsvValues values) {
            QSet<QString> found;
            for (const QStringList &record : parseCsv(QString::fromUtf8(r.toCsv(values).mid(3))).mid(1)) {
                found.insert(record.at(ownerColumn));
            }
            return found;
        };
        const QSet<QString> safe = owners(ChecklistReport::CsvValues::Neutralised);
        const QSet<QString> raw = owners(ChecklistReport::CsvValues::Raw);
        for (const QString &formula : formulas) {
            QVERIFY2(safe.contains(u'\'' + formula), qPrintable(formula));
            QVERIFY(!safe.contains(formula));
            QVERIFY(raw.contains(formula));
        }
    }

    void csvQuotesAndReadsBack()
    {
        // Texts with every character RFC 4180 cares about, written through the services as a user would.
        const QString obligationText = QStringLiteral(
            "Keep \"access logs\", and the consent records,\nfor at least 6 months — 日志留存");
        const QString owner = QStringLiteral("Lee, Marcus \"ML\" 李");
        const QString companyName = QStringLiteral("Qiantang \"Bazaar\", Hangzhou 钱塘");
        {
            AuthorityRepository reference(*m_db);
            DevelopmentRepository developments(*m_db, reference);
            Development development
                = developments.load(developments.idForUid(QStringLiteral("cn-tmt-2025-01-final"))).value();
            development.obligations[0].text.en = obligationText;
            DevelopmentService(*m_db).update(development);
        }
        CompanyService companies(*m_db);
        CompanyRepository stored(*m_db);
        Company company = stored.company(stored.find(QStringLiteral("qiantang-bazaar")));
        const Company original = company;
        company.name.en = companyName;
        companies.update(company);

        ChecklistReport before = report(QStringLiteral("qiantang-bazaar"), Language::English);
        const QList<ChecklistRow> rows = distinctRows(before);
        auto tricky = std::find_if(rows.cbegin(), rows.cend(), [&](const ChecklistRow &row) {
            return row.obligation.en == obligationText;
        });
        QVERIFY2(tricky != rows.cend(), "the edited obligation is on the company's checklist");
        AssessmentService assessments(*m_db);
        AssessmentEdit edit;
        edit.owner = owner;
        assessments.apply(tricky->key, assessments.assessment(tricky->key).version, edit);

        const ChecklistReport r = report(QStringLiteral("qiantang-bazaar"), Language::English);
        const QByteArray csv = r.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.mid(3)));
        QVERIFY2(!records.isEmpty(), "the CSV follows RFC 4180");
        QCOMPARE(records.first(), r.columnTitles());
        const qsizetype obligationColumn = r.columnTitles().indexOf(ChecklistReport::tr("Obligation"));
        const qsizetype ownerColumn = r.columnTitles().indexOf(ChecklistReport::tr("Owner"));
        QVERIFY(obligationColumn >= 0 && ownerColumn >= 0);

        int rowCount = 0;
        for (const ChecklistReport::Group &group : r.groups) {
            rowCount += int(group.rows.size());
        }
        QCOMPARE(records.size(), rowCount + 1);
        QSet<QString> obligations;
        for (const QStringList &record : records.mid(1)) {
            QCOMPARE(record.size(), r.columnTitles().size());
            obligations.insert(record.at(obligationColumn));
        }
        for (const ChecklistRow &row : distinctRows(r)) {
            QVERIFY2(obligations.contains(row.obligation.en), qPrintable(row.obligation.en));
        }
        const auto edited = std::find_if(records.cbegin(), records.cend(), [&](const QStringList &record) {
            return record.at(obligationColumn) == obligationText;
        });
        QVERIFY(edited != records.cend());
        QCOMPARE(edited->at(ownerColumn), owner);

        // The company name with quotes and a comma reaches the PDF as it is.
        const QString pdf = m_dir.filePath(QStringLiteral("tricky.pdf"));
        ChecklistPdf::write(r, pdf);
        const QString text = squeezed(pdfText(pdf));
        QVERIFY(text.contains(squeezed(companyName)));
        QVERIFY(text.contains(squeezed(obligationText)));
        QVERIFY(text.contains(squeezed(owner)));
        companies.update(original);
    }

    void chineseInTraditionalCharactersOnRequest()
    {
        ChecklistReport simplified = report(QStringLiteral("qiantang-bazaar"), Language::Chinese);
        ChecklistReport traditional = simplified;
        QVERIFY(simplified.conversionNote().isEmpty());
        traditional.convertChinese(ChineseScript::Form::Taiwan);
        QVERIFY(!traditional.conversionNote().isEmpty());
        const QList<ChecklistRow> before = distinctRows(simplified);
        const QList<ChecklistRow> after = distinctRows(traditional);
        QCOMPARE(after.size(), before.size());
        QVERIFY(!before.isEmpty());
        for (qsizetype i = 0; i < before.size(); ++i) {
            // Character for character, wording kept: the same text folded back, and no Simplified left.
            QCOMPARE(ChineseScript::fold(after.at(i).obligation.zh), before.at(i).obligation.zh);
            QVERIFY(ChineseScript::isWrittenIn(after.at(i).obligation.zh, ChineseScript::Form::Taiwan));
        }
        QVERIFY(QString::fromUtf8(traditional.toCsv()).contains(after.constFirst().obligation.zh));
        // The PDF says it was converted and that the stored Simplified text prevails.
        const QString pdf = m_dir.filePath(QStringLiteral("traditional.pdf"));
        ChecklistPdf::write(traditional, pdf);
        QVERIFY(squeezed(pdfText(pdf)).contains(squeezed(traditional.conversionNote())));
    }

    void pdfHasTheCompanyAndEveryObligation_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("byTopic");
        for (const char *company : {"qiantang-bazaar", "huangpu-motors", "yanqi-mind"}) {
            QTest::addRow("%s, en", company) << QString::fromLatin1(company) << QStringLiteral("en") << false;
            QTest::addRow("%s, zh_CN", company)
                << QString::fromLatin1(company) << QStringLiteral("zh_CN") << false;
        }
        QTest::addRow("yanqi-mind, zh_CN, by topic")
            << QStringLiteral("yanqi-mind") << QStringLiteral("zh_CN") << true;
    }

    void pdfHasTheCompanyAndEveryObligation()
    {
        QFETCH(QString, company);
        QFETCH(QString, language);
        QFETCH(bool, byTopic);
        Translations translations;
        QVERIFY(translations.install(language));
        const Language content
            = language == QLatin1StringView("zh_CN") ? Language::Chinese : Language::English;
        const ChecklistReport r = report(
            company, content, byTopic ? ChecklistGrouping::ByTopic : ChecklistGrouping::ByDevelopment);
        QVERIFY(r.applicable > 0);

        const QString pdf = m_dir.filePath(company + u'-' + language + QStringLiteral(".pdf"));
        ChecklistPdf::write(r, pdf);
        const QString raw = pdfText(pdf);
        QVERIFY2(!raw.isEmpty(), "pdftotext read the file");
        const QString text = squeezed(raw);

        // The name in the report's language, and in Chinese in every report (Chinese glyphs that extract as
        // Chinese text, not as look-alike radicals).
        QVERIFY2(text.contains(squeezed(r.companyName())), qPrintable(r.companyName()));
        QVERIFY2(text.contains(squeezed(r.company.name.zh)), qPrintable(r.company.name.zh));
        for (const ChecklistRow &row : distinctRows(r)) {
            const QString title = row.obligation.preferring(content);
            QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
        }
        for (const ChecklistReport::Group &group : r.groups) {
            QVERIFY2(text.contains(squeezed(group.title)), qPrintable(group.title));
        }
        // Headings in the report's language.
        QVERIFY(text.contains(squeezed(ChecklistPdf::tr("Compliance checklist"))));
        // Numbered pages: "Page 1 of N" … "Page N of N".
        const int pages = pageCount(raw);
        QVERIFY2(pages > 1, "the last page is numbered");
        QVERIFY(text.contains(squeezed(ChecklistPdf::tr("Page %1 of %2").arg(1).arg(pages))));
        if (content == Language::English && !byTopic) {
            // Every overdue row is marked in words, not only in red.
            QCOMPARE(raw.count(ChecklistReport::tr("overdue")), r.overdue);
        }
    }

    void rowTallerThanAPageBreaksBetweenLines()
    {
        // A statement of applicability longer than a page: every word of it printed once, none lost or
        // repeated at the page breaks.
        QStringList words;
        for (int i = 1; i <= 600; ++i) {
            words.append(QStringLiteral("clause%1").arg(i, 3, 10, QLatin1Char('0')));
        }
        const ChecklistReport before = report(QStringLiteral("huangpu-motors"), Language::English);
        const ChecklistRow row = distinctRows(before).constLast();
        AssessmentService assessments(*m_db);
        AssessmentEdit edit;
        edit.applicability = Applicability::NotApplicable;
        edit.justification = words.join(u' ');
        assessments.apply(row.key, assessments.assessment(row.key).version, edit);

        const ChecklistReport r = report(QStringLiteral("huangpu-motors"), Language::English);
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        ChecklistPdf::write(r, pdf);
        const QString text = pdfText(pdf);
        QVERIFY(squeezed(text).contains(squeezed(row.obligation.en)));
        qsizetype at = 0;
        for (const QString &word : words) {
            QCOMPARE(text.count(word), 1);
            const qsizetype next = text.indexOf(word);
            QVERIFY2(next > at, qPrintable(word)); // in order
            at = next;
        }
        const QString shortPdf = m_dir.filePath(QStringLiteral("short.pdf"));
        ChecklistPdf::write(before, shortPdf);
        QVERIFY2(pageCount(text) >= pageCount(pdfText(shortPdf)) + 2, "the long row takes several pages");

        edit.applicability = Applicability::Auto;
        edit.justification = QString();
        assessments.apply(row.key, assessments.assessment(row.key).version, edit);
    }

    void pdfFontsAreEmbedded()
    {
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (pdffonts.isEmpty()) {
            QFAIL("pdffonts (poppler-utils) is needed to check the PDF's fonts");
        }
        const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
        ChecklistPdf::write(report(QStringLiteral("yanqi-mind"), Language::Chinese), pdf);
        QProcess process;
        process.start(pdffonts, {pdf});
        QVERIFY(process.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        QVERIFY(lines.size() > 2);
        int fonts = 0;
        for (const QString &line : lines.mid(2)) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            ++fonts;
            // Columns: name, type…, encoding, emb, sub, uni, object, id.
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY(columns.size() >= 7);
            QVERIFY2(columns.at(columns.size() - 5) == QLatin1StringView("yes"),
                     qPrintable(line)); // embedded
            QVERIFY2(columns.at(columns.size() - 3) == QLatin1StringView("yes"),
                     qPrintable(line)); // to Unicode
        }
        QVERIFY(fonts >= 1);
    }

    void unwritableFileIsAnError()
    {
        const ChecklistReport r = report(QStringLiteral("huangpu-motors"), Language::English);
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        for (int format = 0; format < 2; ++format) {
            try {
                if (format == 0) {
                    ChecklistPdf::write(r, path);
                } else {
                    DeadlineCalendar::write(r, path);
                }
                QFAIL("writing into a missing folder succeeded");
            } catch (const Error &error) {
                QVERIFY2(error.message().contains(path), qPrintable(error.message()));
            }
        }
        QVERIFY(!QFile::exists(path));
    }

    void calendarHasEveryOpenDueDate_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<bool>("byTopic");
        for (const char *company : {"qiantang-bazaar", "huangpu-motors", "yanqi-mind"}) {
            QTest::addRow("%s", company) << QString::fromLatin1(company) << false << false;
        }
        QTest::addRow("yanqi-mind, Chinese, by topic") << QStringLiteral("yanqi-mind") << true << true;
    }

    void calendarHasEveryOpenDueDate()
    {
        QFETCH(QString, company);
        QFETCH(bool, chinese);
        QFETCH(bool, byTopic);
        const Language language = chinese ? Language::Chinese : Language::English;
        const ChecklistReport r = report(
            company, language, byTopic ? ChecklistGrouping::ByTopic : ChecklistGrouping::ByDevelopment);

        // What calendar programs should get: applicable rows, not Done, with a due date; one event each.
        QHash<QString, std::pair<QDate, QString>> expected; // uid → due date, summary
        for (const ChecklistRow &row : distinctRows(r)) {
            if (row.isApplicable() && !row.isDone() && row.assessment.due.isValid()) {
                expected.insert(r.company.uid + u'/' + row.obligationUid + QStringLiteral("@regtracker"),
                                {row.assessment.due, row.obligation.preferring(language)});
            }
        }
        QVERIFY2(!expected.isEmpty(), "the demo company has open due dates");

        const QByteArray ics = DeadlineCalendar::toICalendar(r);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        const auto freeCalendar = qScopeGuard([calendar] { icalcomponent_free(calendar); });
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QVERIFY(!icalText(calendar, ICAL_PRODID_PROPERTY).isEmpty());
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), int(expected.size()));

        QSet<QString> seen;
        for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(event));
            QVERIFY2(expected.contains(uid), qPrintable(uid));
            QVERIFY(!seen.contains(uid));
            seen.insert(uid);
            const icaltimetype start = icalcomponent_get_dtstart(event);
            QVERIFY(start.is_date); // all day
            QCOMPARE(QDate(start.year, start.month, start.day), expected.value(uid).first);
            QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(event)), expected.value(uid).second);
            QVERIFY(icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY));
            const QString description = QString::fromUtf8(icalcomponent_get_description(event));
            QVERIFY(description.contains(r.company.name.preferring(language)));
        }
        QCOMPARE(seen.size(), expected.size());

        const QString path = m_dir.filePath(company + QStringLiteral(".ics"));
        DeadlineCalendar::write(r, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ics);
    }

    void calendarOfAllCompaniesHasEveryDueDate()
    {
        // Every company's open due dates, read from the database with SQL of our own: rows that bind their
        // company, are not Done and have a due date.
        QHash<QString, QDate> expected; // event uid → due date
        QSqlQuery &q = m_db->exec(
            QStringLiteral(
                "SELECT c.uid || '/' || o.uid || '@regtracker', s.due_on FROM assessments s JOIN (%1) p "
                "ON p.company_id = s.company_id AND p.obligation_id = s.obligation_id JOIN companies c "
                "ON c.id = s.company_id JOIN obligations o ON o.id = s.obligation_id WHERE s.status <> "
                "'done' AND s.due_on IS NOT NULL")
                .arg(applicablePairs()));
        while (q.next()) {
            expected.insert(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
        }
        q.finish();
        QSet<QString> companies;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            companies.insert(it.key().section(u'/', 0, 0));
        }
        QVERIFY2(companies.size() >= 2, "the demo companies have open due dates");

        QList<ChecklistReport> reports;
        for (const Company &company : CompanyRepository(*m_db).all()) {
            reports.append(ChecklistReport::forCompany(*m_db, company.id, ChecklistGrouping::ByTopic,
                                                       Language::Chinese));
        }
        const QByteArray ics = DeadlineCalendar::toICalendar(reports);
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        const auto freeCalendar = qScopeGuard([calendar] { icalcomponent_free(calendar); });
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QCOMPARE(icalText(calendar, ICAL_X_PROPERTY), DeadlineCalendar::tr("All companies: deadlines"));
        QHash<QString, QDate> got;
        for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
             event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(event));
            QVERIFY2(!got.contains(uid), qPrintable(uid));
            const icaltimetype start = icalcomponent_get_dtstart(event);
            QVERIFY(start.is_date);
            got.insert(uid, QDate(start.year, start.month, start.day));
        }
        QCOMPARE(got, expected);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
