#include "NewsletterParser.h"

#include "ImportLexicon.h"
#include "ItemAnalyzer.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace rt::core {

namespace {

using Rx = QRegularExpression;
constexpr auto caseless = Rx::CaseInsensitiveOption | Rx::UseUnicodePropertiesOption;

enum class Unit { Blank, Boilerplate, SkipSection, Section, Month, Heading, Label, ListLine, Paragraph };

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, without the line break
    int number = 0; // 1-based
    Unit unit = Unit::Blank;
    int printedNumber = 0; // of a numbered heading
};

const Rx &numberedHeading()
{
    static const Rx rx(QStringLiteral(
        "^\\s*(?:(\\d{1,3})\\s*[.、．)]|([一二三四五六七八九十]{1,3})\\s*[、.．])\\s*(?=\\S)"));
    return rx;
}

const Rx &bulletMarker()
{
    static const Rx rx(QStringLiteral("^\\s*[-–—•*·▪●◆■]\\s+(?=\\S)"));
    return rx;
}

int chineseNumeral(QStringView numeral)
{
    static const QString digits = QStringLiteral("一二三四五六七八九");
    int value = 0;
    int current = 0;
    for (QChar c : numeral) {
        if (c == u'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            current = int(digits.indexOf(c)) + 1;
        }
    }
    return value + current;
}

bool endsSentence(QStringView text)
{
    return !text.isEmpty() && QStringView(u".。!?！？;；").contains(text.back());
}

qsizetype cjkCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(),
                         [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() < 0xA000; });
}

// Counts words, a Chinese character as half a word.
qsizetype wordCount(QStringView text)
{
    return text.split(u' ', Qt::SkipEmptyParts).size() + cjkCount(text) / 2;
}

} // namespace

NewsletterParser::NewsletterParser(const ImportLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

ImportBatch NewsletterParser::parse(const QString &text, const QString &fileName,
                                    const ImportOptions &options) const
{
    ImportBatch batch;
    batch.fileName = fileName;
    batch.format = ImportFormat::Newsletter;
    batch.sourceName
        = options.sourceName.isEmpty() ? QFileInfo(fileName).completeBaseName() : options.sourceName;

    static const Rx boilerplate(
        QStringLiteral(
            "subscri|newsletter|follow the links|click (here|the link)|contact (us|\\w+ at)|@\\w+\\.|"
            "disclaimer|copyright|all rights reserved|this (update|bulletin|issue) (summari|covers)|"
            "for more information|订阅|本期|免责声明|点击|联系我们|版权|如需"),
        caseless);
    static const Rx skipSection(
        QStringLiteral("^\\W*(key highlights|highlights|our views?|our comments|comment|"
                       "contacts?|about us|in this issue|table of contents|contents|"
                       "本期要点|要点|我们的观点|观点|评论|联系人|目录)\\W*$"),
        caseless);
    static const Rx month(
        QStringLiteral("^\\W*(January|February|March|April|May|June|July|August|September|"
                       "October|November|December)(?:\\s+(\\d{4}))?\\W*$|^\\W*(?:(\\d{4})\\s*年\\s*)?"
                       "(\\d{1,2})\\s*月\\W*$"),
        caseless);
    static const Rx listLine(
        QStringLiteral("^\\s*(?:[(（]\\d{1,2}[)）]|[(（][a-z][)）]|[a-z][.)]\\s|[①-⑳])"));
    static const Rx label(QStringLiteral("^\\s*[^:：\\n]{1,40}[:：]\\s*\\S"));
    static const Rx labelName(
        QStringLiteral("^\\s*(issuing|issued by|promulgat|publication|effective|implementation|comment|"
                       "feedback|deadline|date|title|document|agency|authority|发布|公布|印发|发文|施行|"
                       "生效|实施|截止|征求意见|标题|文件)"),
        caseless);
    static const Rx yearRx(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})(?!\\d)"));

    // Lines and what each one is.
    QList<Line> lines;
    {
        qsizetype start = 0;
        int number = 1;
        while (start < text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            const qsizetype next = end < 0 ? text.size() : end + 1;
            if (end < 0) {
                end = text.size();
            }
            qsizetype e = end;
            while (e > start && text.at(e - 1).isSpace()) {
                --e;
            }
            lines.append({start, e, number++});
            start = next;
        }
    }
    const auto view
        = [&text](const Line &l) { return QStringView(text).sliced(l.start, l.end - l.start).trimmed(); };
    // Whether the line opens a development: it names an issuer before its verb, or starts with a date.
    const auto opensItem = [&](QStringView content) {
        const QStringView head = content.left(400);
        const auto v = ItemAnalyzer::actionVerb().matchView(head);
        if (!v.hasMatch()) {
            return false;
        }
        const auto mentions = m_lexicon.authorities(head.left(v.capturedStart()));
        if (!mentions.isEmpty()) {
            return true;
        }
        static const Rx subject(
            QStringLiteral("^(?:on [^,]{3,30},\\s*)?(?:the\\s+)?[A-Z][\\w'’&-]*(?:\\s+(?:[A-Z]"
                           "[\\w'’&-]*|of|for|and|on|the|in))*\\s*(?:,[^,]{0,80},\\s*)?\\s+"
                           "(?:has\\s+|have\\s+)?(?:jointly\\s+)?(?:recently\\s+)?$"));
        if (subject.matchView(head.left(v.capturedStart())).hasMatch()) {
            return true;
        }
        static const Rx zhOpening(QStringLiteral("^(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日[，,]|^[^，。,]{2,30}$"));
        return cjkCount(head) > 0 && zhOpening.matchView(head.left(v.capturedStart())).hasMatch();
    };

    bool skipping = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        const QStringView content = view(line);
        if (content.isEmpty()) {
            line.unit = Unit::Blank;
            continue;
        }
        const bool shortLine = content.size() <= 80 && wordCount(content) <= 10;
        if (shortLine && skipSection.matchView(content).hasMatch()) {
            line.unit = Unit::SkipSection;
            skipping = true;
            continue;
        }
        if (shortLine && month.matchView(content).hasMatch()) {
            line.unit = Unit::Month;
            skipping = false;
            continue;
        }
        if (const auto m = numberedHeading().matchView(content); m.hasMatch()) {
            const QStringView rest = content.sliced(m.capturedLength());
            // "1. Legislative developments" is a section; "1. SAMR issues …" an item.
            if (rest.size() <= 40 && wordCount(rest) <= 5 && !endsSentence(rest)
                && m_lexicon.authorities(rest).isEmpty() && !opensItem(rest)) {
                line.unit = Unit::Section;
                skipping = false;
                continue;
            }
            line.unit = Unit::Heading;
            line.printedNumber
                = m.capturedLength(1) > 0 ? m.capturedView(1).toInt() : chineseNumeral(m.capturedView(2));
            skipping = false;
            continue;
        }
        if (skipping) {
            line.unit = Unit::Boilerplate;
            continue;
        }
        // A labelled value wrapped onto the next line: indented, or short and unfinished.
        if (i > 0 && lines.at(i - 1).unit == Unit::Label && !label.matchView(content).hasMatch()) {
            const bool indented = text.at(line.start).isSpace();
            if (indented || (content.size() < 100 && !endsSentence(content))) {
                line.unit = Unit::Label;
                continue;
            }
        }
        if (content.size() < 400 && boilerplate.matchView(content).hasMatch() && !opensItem(content)) {
            line.unit = Unit::Boilerplate;
            continue;
        }
        if (label.matchView(content).hasMatch() && labelName.matchView(content).hasMatch()) {
            line.unit = Unit::Label;
            continue;
        }
        if (listLine.matchView(content).hasMatch()) {
            line.unit = Unit::ListLine;
            continue;
        }
        const bool bullet = bulletMarker().matchView(content).hasMatch();
        const bool bracketed = content.startsWith(u'【') && content.contains(u'】');
        // The next line with text, to tell a heading from a paragraph.
        QStringView next;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            if (!view(lines.at(j)).isEmpty()) {
                next = view(lines.at(j));
                break;
            }
        }
        const bool nextIsBody = next.size() > content.size() && !numberedHeading().matchView(next).hasMatch()
            && !bulletMarker().matchView(next).hasMatch();
        const bool headingShaped = content.size() <= 200 && !endsSentence(content);
        if (bracketed || (bullet && headingShaped && nextIsBody)) {
            line.unit = Unit::Heading;
            continue;
        }
        if (bullet) {
            line.unit = Unit::Paragraph; // the item itself, without a heading
            continue;
        }
        if (headingShaped && shortLine && m_lexicon.authorities(content).isEmpty() && !opensItem(content)
            && nextIsBody) {
            line.unit = Unit::Section;
            continue;
        }
        if (headingShaped && nextIsBody
            && (opensItem(content) || !m_lexicon.authorities(content).isEmpty())) {
            line.unit = Unit::Heading;
            continue;
        }
        line.unit = Unit::Paragraph;
    }

    // The year: given, else the first year the text names before its first item.
    int year = options.year;
    int monthContext = 0;
    int monthYear = 0;
    if (year == 0) {
        qsizetype firstItem = text.size();
        for (const Line &l : std::as_const(lines)) {
            if (l.unit == Unit::Heading || (l.unit == Unit::Paragraph && opensItem(view(l)))) {
                firstItem = l.start;
                break;
            }
        }
        if (const auto m = yearRx.matchView(QStringView(text).first(firstItem)); m.hasMatch()) {
            year = m.capturedView(1).toInt();
        } else if (const auto any = yearRx.matchView(QStringView(text).left(4000)); any.hasMatch()) {
            year = any.capturedView(1).toInt();
        } else {
            year = QDate::currentDate().year();
            batch.warnings.append(
                tr("%1 names no year: dates without one are taken to be in %2.").arg(fileName).arg(year));
        }
    }
    batch.year = year;

    // Items: a heading opens one; so does a paragraph that names an issuer and what it did, unless it is the
    // body of the heading just before it. Other paragraphs, lists and labelled fields continue the item.
    struct Open
    {
        qsizetype start = -1;
        qsizetype end = -1;
        int line = 0;
        int number = 0;
        bool heading = false;
        bool hasBody = false;
        int month = 0;
        int year = 0;
    };
    Open open;
    int lastNumber = 0;
    const ItemAnalyzer analyzer(m_lexicon);
    const auto close = [&] {
        if (open.start < 0) {
            return;
        }
        ImportItem item;
        item.number = open.number;
        item.line = open.line;
        item.sourceText = text.mid(open.start, open.end - open.start);
        item.development.sourcePublication = batch.sourceName;
        item.development.sourceItem = open.number;
        analyzer.analyze(item, {open.year, open.month, open.heading});
        batch.items.append(item);
        open = Open();
    };
    const auto begin = [&](const Line &l, bool heading) {
        close();
        open.start = l.start;
        open.end = l.end;
        open.line = l.number;
        open.heading = heading;
        open.number = heading && l.printedNumber > 0 ? l.printedNumber : lastNumber + 1;
        lastNumber = open.number;
        open.month = monthContext;
        open.year = monthYear > 0 ? monthYear : year;
    };
    for (const Line &l : std::as_const(lines)) {
        switch (l.unit) {
        case Unit::Blank:
            break;
        case Unit::Boilerplate:
        case Unit::SkipSection:
        case Unit::Section:
            close();
            break;
        case Unit::Month: {
            close();
            const auto m = month.matchView(view(l));
            if (m.capturedLength(1) > 0) {
                static const QStringList names
                    = QStringLiteral("jan feb mar apr may jun jul aug sep oct nov dec").split(u' ');
                monthContext = int(names.indexOf(m.capturedView(1).left(3).toString().toLower())) + 1;
                monthYear = m.capturedLength(2) > 0 ? m.capturedView(2).toInt() : monthYear;
            } else {
                monthContext = m.capturedView(4).toInt();
                monthYear = m.capturedLength(3) > 0 ? m.capturedView(3).toInt() : monthYear;
            }
            break;
        }
        case Unit::Heading:
            begin(l, true);
            break;
        case Unit::Label:
        case Unit::ListLine:
            if (open.start < 0) {
                begin(l, false);
            }
            open.end = l.end;
            break;
        case Unit::Paragraph: {
            const bool bodyOfHeading = open.start >= 0 && open.heading && !open.hasBody;
            if (!bodyOfHeading && opensItem(view(l))) {
                begin(l, false);
            } else if (open.start < 0) {
                break; // introduction: not a development
            }
            open.end = l.end;
            open.hasBody = true;
            break;
        }
        }
    }
    close();
    if (batch.items.isEmpty()) {
        batch.warnings.append(tr("No developments were found in %1.").arg(fileName));
    }
    return batch;
}

} // namespace rt::core
