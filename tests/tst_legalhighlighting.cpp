// SPDX-License-Identifier: GPL-3.0-or-later
// Legal text highlighting, checked with KSyntaxHighlighting itself: our definition loads through a Repository
// from the resources directory, and fixed English and Chinese sentences get exactly the spans and formats a
// reader expects (prohibitions win over obligations, 应用 is no obligation, a plain date no duration). The
// copy that LegalHighlighter makes with the database's authority names wins over the shipped one and
// highlights the new names; toHtml marks search matches on top of the syntax colours in well-formed HTML.

#include "TestSupport.h"

#include "AuthorityRepository.h"
#include "Change.h"
#include "DevelopmentDetailPane.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "Highlighters.h"
#include "LegalHighlighter.h"
#include "LegalTextDelegate.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace rt;

namespace {

const QString definitionName = QStringLiteral("RegTracker Legal Text");

struct Span
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString format;
};

// Records which format the definition gives to which part of a line.
class SpanRecorder final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit SpanRecorder(const KSyntaxHighlighting::Definition &definition) { setDefinition(definition); }

    QList<Span> highlight(const QString &line)
    {
        m_spans.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_spans.append({offset, length, format.name()});
    }

private:
    QList<Span> m_spans;
};

// The format of exactly this part of the sentence: the name of the span that covers it and nothing more,
// "Normal Text" when only plain spans cover it, otherwise a description of how it was cut.
QString formatOf(const QList<Span> &spans, const QString &sentence, const QString &part)
{
    const qsizetype at = sentence.indexOf(part);
    if (at < 0) {
        return QStringLiteral("(not in the sentence)");
    }
    QStringList cut;
    bool plain = true;
    for (const Span &span : spans) {
        if (span.offset == at && span.length == part.size()) {
            return span.format;
        }
        if (span.offset < at + part.size() && at < span.offset + span.length) {
            cut.append(QStringLiteral("%1 “%2”").arg(span.format, sentence.mid(span.offset, span.length)));
            plain = plain && span.format == QLatin1StringView("Normal Text");
        }
    }
    return plain ? QStringLiteral("Normal Text") : cut.join(QStringLiteral(" + "));
}

const QString english1
    = QStringLiteral("The operator shall not retain logs for less than 6 months, must delete them within 7 "
                     "days and is required to "
                     "keep records for at least 3 years; it may not share them and should report.");
const QString english2 = QStringLiteral(
    "Under Article 12 and Articles 3 and 4 of the \"Measures for Labelling\", the CAC fined the operator "
    "200,000 yuan; fines of up to RMB 5 million apply under Art. 5.");
const QString english3
    = QStringLiteral("Quiet hours run from 22:00 to 06:00; a review takes 30 working days. Processing is "
                     "prohibited. The State "
                     "Council and the Cyberspace Administration of China must not ignore CACAO or mustard.");
const QString chinese1
    = QStringLiteral("网络平台应当在7日内向国家网信办报告，日志留存不少于6个月；违反《个人信息保护法》"
                     "第十二条规定的，处五十万元以下罚款，或者罚款20万元。");
const QString chinese2
    = QStringLiteral("平台不得强制经营者降价，严禁“大数据杀熟”，必须在三十日内整改；22时至次日6时禁止推送。"
                     "意见反馈截止日期为2025年9月22日。");
const QString chinese3 = QStringLiteral("应用程序须提供人民币100万元保证金，应急管理部与工业和信息化部依照第1"
                                        "2条第三款于2025年7月31日发布用户须知，"
                                        "历史版本保存3年。");

} // namespace

class TestLegalHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_repository.addCustomSearchPath(QStringLiteral(RT_SOURCE_DIR "/resources"));
    }

    void definitionLoadsFromTheResourcesDirectory()
    {
        const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(definitionName);
        QVERIFY(definition.isValid());
        QCOMPARE(definition.section(), QStringLiteral("Other"));
        QCOMPARE(m_repository.definitionForFileName(QStringLiteral("notice.rtlegal")), definition);
        QStringList formats;
        for (const KSyntaxHighlighting::Format &format : definition.formats()) {
            formats.append(format.name());
        }
        for (const char *name : {"Obligation", "Prohibition", "Duration", "Penalty", "Document Title",
                                 "Quotation", "Article", "Authority"}) {
            QVERIFY2(formats.contains(QLatin1StringView(name)), name);
        }
    }

    void spans_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("format");
        const auto row = [](const QString &sentence, const char *part, const char *format) {
            QTest::addRow("%s", part) << sentence << QString::fromUtf8(part) << QString::fromUtf8(format);
        };
        row(english1, "shall not", "Prohibition");
        row(english1, "less than 6 months", "Duration");
        row(english1, "must", "Obligation");
        row(english1, "within 7 days", "Duration");
        row(english1, "is required to", "Obligation");
        row(english1, "at least 3 years", "Duration");
        row(english1, "may not", "Prohibition");
        row(english1, "should", "Obligation");
        row(english1, "The operator", "Normal Text");
        row(english1, "retain logs", "Normal Text");
        row(english2, "Article 12", "Article");
        row(english2, "Articles 3 and 4", "Article");
        row(english2, "\"Measures for Labelling\"", "Quotation");
        row(english2, "CAC", "Authority");
        row(english2, "200,000 yuan", "Penalty");
        row(english2, "fines of up to RMB 5 million", "Penalty");
        row(english2, "Art. 5", "Article");
        row(english3, "from 22:00 to 06:00", "Duration");
        row(english3, "30 working days", "Duration");
        row(english3, "prohibited", "Prohibition");
        row(english3, "State Council", "Authority");
        row(english3, "Cyberspace Administration of China", "Authority");
        row(english3, "must not", "Prohibition");
        row(english3, "CACAO", "Normal Text");
        row(english3, "mustard", "Normal Text");
        row(chinese1, "应当", "Obligation");
        row(chinese1, "7日内", "Duration");
        row(chinese1, "国家网信办", "Authority");
        row(chinese1, "不少于6个月", "Duration");
        row(chinese1, "《个人信息保护法》", "Document Title");
        row(chinese1, "第十二条", "Article");
        row(chinese1, "处五十万元以下罚款", "Penalty");
        row(chinese1, "罚款20万元", "Penalty");
        row(chinese1, "网络平台", "Normal Text");
        row(chinese1, "报告", "Normal Text");
        row(chinese2, "不得", "Prohibition");
        row(chinese2, "严禁", "Prohibition");
        row(chinese2, "“大数据杀熟”", "Quotation");
        row(chinese2, "必须", "Obligation");
        row(chinese2, "三十日内", "Duration");
        row(chinese2, "22时至次日6时", "Duration");
        row(chinese2, "禁止", "Prohibition");
        row(chinese2, "截止日期为2025年9月22日", "Duration");
        row(chinese3, "应用程序", "Normal Text");
        row(chinese3, "须", "Obligation");
        row(chinese3, "人民币100万元", "Penalty");
        row(chinese3, "应急管理部", "Normal Text");
        row(chinese3, "工业和信息化部", "Authority");
        row(chinese3, "第12条第三款", "Article");
        row(chinese3, "2025年7月31日", "Date");
        row(chinese3, "用户须知", "Normal Text");
        row(chinese3, "3年", "Duration");
    }

    void spans()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, part);
        QFETCH(QString, format);
        SpanRecorder recorder(m_repository.definitionForName(definitionName));
        QCOMPARE(formatOf(recorder.highlight(sentence), sentence, part), format);
    }

    void generatedDefinitionAddsAuthorityNames()
    {
        ui::LegalHighlighter highlighter;
        const KSyntaxHighlighting::Definition shipped = highlighter.definition();
        QVERIFY(shipped.isValid());
        QVERIFY(shipped.filePath().startsWith(QLatin1StringView(":/")));
        const QString sentence
            = QStringLiteral("The Hangzhou Municipal Bureau of Foo, the State Council Information "
                             "Office and 杭州市某某局 met A.B (test)+ but not AxB (test).");
        QCOMPARE(formatOf(SpanRecorder(shipped).highlight(sentence), sentence,
                          QStringLiteral("Hangzhou Municipal Bureau of Foo")),
                 QStringLiteral("Normal Text"));

        const QStringList names{QStringLiteral("Hangzhou  Municipal Bureau of Foo"),
                                QStringLiteral("State Council Information Office"),
                                QStringLiteral("杭州市某某局"), QStringLiteral("A.B (test)+"),
                                QStringLiteral("x")};
        highlighter.setAuthorityNames(names);
        const KSyntaxHighlighting::Definition generated = highlighter.definition();
        QVERIFY(generated.isValid());
        // Both copies are in the repository; the higher version wins.
        QCOMPARE(generated.version(), shipped.version() + 1);
        QVERIFY2(
            generated.filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)),
            qPrintable(generated.filePath()));

        SpanRecorder recorder(generated);
        const QList<Span> spans = recorder.highlight(sentence);
        QCOMPARE(formatOf(spans, sentence, QStringLiteral("Hangzhou Municipal Bureau of Foo")),
                 QStringLiteral("Authority"));
        // Longest first across database and shipped names: not "State Council" and then plain text.
        QCOMPARE(formatOf(spans, sentence, QStringLiteral("State Council Information Office")),
                 QStringLiteral("Authority"));
        QCOMPARE(formatOf(spans, sentence, QStringLiteral("杭州市某某局")), QStringLiteral("Authority"));
        QCOMPARE(formatOf(spans, sentence, QStringLiteral("A.B (test)+")), QStringLiteral("Authority"));
        QCOMPARE(formatOf(spans, sentence, QStringLiteral("AxB (test)")), QStringLiteral("Normal Text"));
        // The shipped names are still there.
        const QString shippedNames
            = QStringLiteral("国务院办公厅 and the Standing Committee of the National People's Congress");
        const QList<Span> shippedSpans = recorder.highlight(shippedNames);
        QCOMPARE(formatOf(shippedSpans, shippedNames, QStringLiteral("国务院办公厅")),
                 QStringLiteral("Authority"));
        QCOMPARE(formatOf(shippedSpans, shippedNames,
                          QStringLiteral("Standing Committee of the National People's Congress")),
                 QStringLiteral("Authority"));

        // The same names in another order: nothing regenerated.
        QStringList reordered = names;
        std::reverse(reordered.begin(), reordered.end());
        highlighter.setAuthorityNames(reordered);
        QCOMPARE(highlighter.definition(), generated);
        QVERIFY(highlighter.definition().isValid());

        // New names: regenerated, the old ones gone.
        highlighter.setAuthorityNames({QStringLiteral("Bureau of Bar")});
        SpanRecorder again(highlighter.definition());
        const QString other = QStringLiteral("Bureau of Bar and Hangzhou Municipal Bureau of Foo");
        const QList<Span> otherSpans = again.highlight(other);
        QCOMPARE(formatOf(otherSpans, other, QStringLiteral("Bureau of Bar")), QStringLiteral("Authority"));
        QCOMPARE(formatOf(otherSpans, other, QStringLiteral("Hangzhou Municipal Bureau of Foo")),
                 QStringLiteral("Normal Text"));
    }

    void copiesAreCleanedUp()
    {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        const auto leftOver = [&cache](const QString &name, int daysOld) {
            QDir(cache).mkpath(name + QStringLiteral("/syntax"));
            QFile file(cache + u'/' + name + QStringLiteral("/syntax/regtracker-legal.xml"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-daysOld),
                                     QFileDevice::FileModificationTime));
        };
        leftOver(QStringLiteral("legal-highlighting-crashed"), 8);
        leftOver(QStringLiteral("legal-highlighting-running"), 1);
        QString ownCopy;
        {
            ui::LegalHighlighter highlighter;
            highlighter.setAuthorityNames({QStringLiteral("Bureau of Bar")});
            ownCopy = QFileInfo(highlighter.definition().filePath()).absolutePath();
            QVERIFY(QFileInfo::exists(ownCopy));
        }
        QVERIFY(!QFileInfo::exists(ownCopy));
        QVERIFY(!QFileInfo::exists(cache + QStringLiteral("/legal-highlighting-crashed")));
        QVERIFY(QFileInfo::exists(cache + QStringLiteral("/legal-highlighting-running")));
        QDir(cache + QStringLiteral("/legal-highlighting-running")).removeRecursively();
    }

    void authoritiesComeFromTheDatabase()
    {
        QTemporaryDir dir;
        auto db = test::newDemoDatabase(dir);
        ui::LegalHighlighter highlighter;
        highlighter.setAuthorityNames(ui::authorityNamesOf(*db));
        QVERIFY(highlighter.authorityNames().contains(
            QStringLiteral("Hangzhou Administration for Market Regulation")));
        QVERIFY(highlighter.authorityNames().contains(QStringLiteral("杭州市市场监管局")));
        const QString sentence = QStringLiteral("杭州市市场监管局责令其在15日内改正。");
        SpanRecorder recorder(highlighter.definition());
        QCOMPARE(formatOf(recorder.highlight(sentence), sentence, QStringLiteral("杭州市市场监管局")),
                 QStringLiteral("Authority"));
    }

    void generatedVersionIsOneHigher()
    {
        const QString xml = QStringLiteral(
            R"(<language name="X" version="7" kateversion="5.0"><RegExpr attribute="Authority" context="#stay" )"
            R"(String="&wb;(?:CAC)&we;|网信办"/></language>)");
        const QString generated
            = ui::LegalHighlighter::definitionWithAuthorities(xml, {QStringLiteral("C++ Office")});
        QVERIFY2(generated.contains(QLatin1StringView("version=\"8\"")), qPrintable(generated));
        QVERIFY2(
            generated.contains(QStringLiteral(
                R"(String="(?&lt;![A-Za-z0-9_])C\+\+\s+Office(?![A-Za-z0-9_])|(?&lt;![A-Za-z0-9_])CAC(?![A-Za-z0-9_])|网信办")")),
            qPrintable(generated));
    }

    void toHtmlMarksOnTopOfTheSyntax()
    {
        QWidget widget; // a light palette
        ui::LegalHighlighter highlighter(&widget);
        QVERIFY(!highlighter.isDark());
        const QString text
            = QStringLiteral("平台应当在7日内报告。\nThe operator shall not <retain> logs & data.");
        const qsizetype english = text.indexOf(u'\n') + 1;
        const qsizetype shall = text.indexOf(QLatin1StringView("shall"));
        // One mark across the obligation, plain text and part of the duration; one inside the prohibition and
        // past its end.
        const ui::LegalHighlighter::Marks marks{{2, 5}, {shall + 6, 8}};
        const QString html = highlighter.toHtml(text, marks);

        // Flat spans: every one opened is closed before the next opens.
        static const QRegularExpression tag(QStringLiteral("<(/?)span\\b"));
        int depth = 0;
        for (const QRegularExpressionMatch &match : tag.globalMatch(html)) {
            depth += match.capturedView(1).isEmpty() ? 1 : -1;
            QVERIFY2(depth == 0 || depth == 1, qPrintable(html));
        }
        QCOMPARE(depth, 0);

        QTextDocument document;
        document.setHtml(html);
        QCOMPARE(document.toPlainText(), text);
        const KSyntaxHighlighting::Theme theme = highlighter.theme();
        const QColor mark = highlighter.markColor();
        const auto format = [&document](qsizetype position) {
            QTextCursor cursor(&document);
            cursor.setPosition(int(position) + 1);
            return cursor.charFormat();
        };
        const auto marked = [&](qsizetype position) {
            return format(position).background().style() != Qt::NoBrush
                && format(position).background().color() == mark;
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'\n') {
                continue;
            }
            const bool inMark = (i >= 2 && i < 7) || (i >= shall + 6 && i < shall + 14);
            QVERIFY2(marked(i) == inMark, qPrintable(QStringLiteral("%1 at %2").arg(text.at(i)).arg(i)));
        }
        // Syntax kept under the mark: 应当 bold, 7日 in the duration colour, the rest of the duration
        // unmarked.
        QVERIFY(format(2).fontWeight() >= QFont::Bold);
        const QColor duration = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::DecVal));
        QCOMPARE(format(text.indexOf(u'7')).foreground().color(), duration);
        QCOMPARE(format(text.indexOf(u'内')).foreground().color(), duration);
        QVERIFY(!marked(text.indexOf(u'内')));
        // "shall " keeps the prohibition's own background, "not" has the mark, both the prohibition's colour.
        const QColor alert = QColor::fromRgba(theme.backgroundColor(KSyntaxHighlighting::Theme::Alert));
        QCOMPARE(format(shall).background().color(), alert);
        QVERIFY(marked(shall + 6));
        const QColor alertText = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Alert));
        QCOMPARE(format(shall + 6).foreground().color(), alertText);
        QVERIFY(format(shall + 6).fontWeight() >= QFont::Bold);
        // Plain text stays in the widget's own colour.
        QCOMPARE(format(english).foreground().style(), Qt::NoBrush);
        QVERIFY(highlighter.toHtml(QStringLiteral("a < b")).contains(QLatin1StringView("a &lt; b")));
    }

    void followsTheDarkPalette()
    {
        QWidget widget;
        ui::LegalHighlighter highlighter(&widget);
        QPlainTextEdit editor;
        editor.setPlainText(QStringLiteral("平台不得推送。"));
        highlighter.attach(editor.document());
        const auto prohibitionColour = [&editor] {
            const QTextBlock block = editor.document()->firstBlock();
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.start == 2 && range.length == 2) {
                    return range.format.foreground().color();
                }
            }
            return QColor();
        };
        const KSyntaxHighlighting::Theme light = highlighter.theme();
        QCOMPARE(prohibitionColour(), QColor::fromRgba(light.textColor(KSyntaxHighlighting::Theme::Alert)));

        QPalette dark = widget.palette();
        dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        widget.setPalette(dark);
        QVERIFY(highlighter.isDark());
        QVERIFY(highlighter.theme().name() != light.name());
        QCOMPARE(prohibitionColour(),
                 QColor::fromRgba(highlighter.theme().textColor(KSyntaxHighlighting::Theme::Alert)));
        // The marker stays readable: darker than the light theme's, lighter than the dark background.
        QVERIFY(highlighter.markColor().lightness() < 160);
        QVERIFY(highlighter.markColor().lightness() > dark.color(QPalette::Base).lightness());
        const QString html = highlighter.toHtml(QStringLiteral("不得"));
        QVERIFY2(
            html.contains(
                QColor::fromRgba(highlighter.theme().textColor(KSyntaxHighlighting::Theme::Alert)).name()),
            qPrintable(html));
    }

    void detailPaneHighlightsMarksAndFollowsAuthorities()
    {
        QTemporaryDir dir;
        auto db = test::newDemoDatabase(dir);
        core::AuthorityRepository authorities(*db);
        const qint64 id
            = core::DevelopmentRepository(*db, authorities).idForUid(QStringLiteral("cn-tmt-2025-13"));
        QVERIFY(id > 0);
        ui::DevelopmentDetailPane pane(*db);
        pane.resize(900, 700);
        pane.setDevelopment(id);
        const ui::LegalHighlighter reference(&pane); // same palette, same theme and marker
        const auto formatAt = [&pane](const QString &part) {
            QTextDocument *document = pane.chineseView()->document();
            const qsizetype at = document->toPlainText().indexOf(part);
            QTextCursor cursor(document);
            cursor.setPosition(int(at) + 1);
            return std::pair{at, cursor.charFormat()};
        };

        const auto [fine, fineFormat] = formatAt(QStringLiteral("罚款200万元"));
        QVERIFY(fine >= 0);
        QCOMPARE(fineFormat.foreground().color(),
                 QColor::fromRgba(reference.theme().textColor(KSyntaxHighlighting::Theme::SpecialString)));
        QVERIFY(fineFormat.fontWeight() >= QFont::Bold);

        // A new authority in the database is highlighted as soon as the change is announced.
        const QString newName = QStringLiteral("直播电商领域");
        QCOMPARE(formatAt(newName).second.foreground().style(), Qt::NoBrush);
        core::Authority office;
        office.code = QStringLiteral("TEST-LIVE");
        office.name = {QStringLiteral("Live Commerce Office"), newName};
        const qint64 officeId = authorities.upsert(office);
        db->post({core::Entity::Authority, core::Change::Kind::Updated, officeId});
        QCOMPARE(formatAt(newName).second.foreground().color(),
                 QColor::fromRgba(reference.theme().textColor(KSyntaxHighlighting::Theme::Preprocessor)));

        // Search marks on every occurrence, syntax colours kept under them.
        const QString marked = QStringLiteral("罚款");
        pane.setSearchMarks([marked](const QString &text) {
            ui::LegalHighlighter::Marks marks;
            for (qsizetype at = text.indexOf(marked); at >= 0; at = text.indexOf(marked, at + 1)) {
                marks.append({at, marked.size()});
            }
            return marks;
        });
        const auto [markedFine, markedFormat] = formatAt(QStringLiteral("罚款200万元"));
        QCOMPARE(markedFine, fine);
        QCOMPARE(markedFormat.background().color(), reference.markColor());
        QCOMPARE(markedFormat.foreground().color(), fineFormat.foreground().color());
        QCOMPARE(formatAt(QStringLiteral("200万元")).second.background().style(), Qt::NoBrush);
        pane.setSearchMarks({});
        QCOMPARE(formatAt(QStringLiteral("罚款200万元")).second.background().style(), Qt::NoBrush);
    }

    void developmentEditorHighlightsSummariesAndObligations()
    {
        QTemporaryDir dir;
        auto db = test::newDemoDatabase(dir);
        core::AuthorityRepository authorities(*db);
        core::DevelopmentRepository repository(*db, authorities);
        const auto development = repository.load(repository.idForUid(QStringLiteral("cn-tmt-2025-13")));
        QVERIFY(development);
        auto editor = std::make_unique<ui::DevelopmentEditor>(*db, *development);
        QPlainTextEdit *summary = nullptr;
        for (QPlainTextEdit *edit : editor->findChildren<QPlainTextEdit *>()) {
            if (edit->toPlainText() == development->summary.zh) {
                summary = edit;
            }
        }
        QVERIFY(summary);
        const QTextBlock block = summary->document()->firstBlock();
        const qsizetype fine = block.text().indexOf(QStringLiteral("罚款200万元"));
        QVERIFY(fine >= 0);
        bool found = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            found = found
                || (range.start == fine && range.length == 7 && range.format.fontWeight() >= QFont::Bold);
        }
        QVERIFY(found);
        auto *obligations = editor->findChild<QTableWidget *>(QStringLiteral("obligationsEditor"));
        QVERIFY(obligations);
        QVERIFY(qobject_cast<ui::LegalTextDelegate *>(obligations->itemDelegateForColumn(1)));
        QVERIFY(qobject_cast<ui::LegalTextDelegate *>(obligations->itemDelegateForColumn(2)));
        // Closing the form takes its highlighters along without touching the half-destroyed form.
        editor.reset();
    }

private:
    KSyntaxHighlighting::Repository m_repository;
};

QTEST_MAIN(TestLegalHighlighting)
#include "tst_legalhighlighting.moc"
