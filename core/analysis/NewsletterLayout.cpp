// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewsletterLayout.h"

#include "ImportLexicon.h"
#include "ReadDocument.h"
#include "TextCues.h"

#include <QRegularExpression>

namespace rt::core {

namespace {

using Rx = QRegularExpression;
constexpr auto caseless = Rx::CaseInsensitiveOption | Rx::UseUnicodePropertiesOption;

enum class Kind {
    Blank,
    Boilerplate, // subscription, contact and copyright lines, page furniture
    SkipSection, // "Key highlights", "Our views": what follows it is not news, up to the next heading
    Section, // "Legislation", "一、立法动态", "A. Regulatory Developments"
    Month, // "June 2024", "China Laws and Regulations Update in October 2019"
    DateLine, // a date alone: "10 Jan 2023", "2021-04-23 > Beijing", "2023年2月8日"
    Numbered, // "4. SAMR issues … (31 July)", "1、要素…"
    Heading, // a title line followed by its body
    Label, // "Issuing agency: …", "Promulgated by …", "发布时间：…"
    Issuer, // a line that is only an authority's name: "MOFCOM", "工业和信息化部信息通信管理局"
    Trailer, // "Read more", "Source", "【阅读原文】", "(Source: …)", a bare link
    Bullet, // "- …", "• …"
    ListLine, // "(1) …", "a) …", "①"
    TableRow, // cells separated by tabs
    Text, // not decided yet: a heading, a section or a paragraph
    Paragraph,
};

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, without the line break and trailing spaces
    int number = 0; // 1-based
    Kind kind = Kind::Blank;
    int printed = 0; // the number of a Numbered line
    bool hinted = false; // the document marks it as a heading
    bool opens = false; // a paragraph or bullet that opens a development
};

enum class Mode { Numbered, DateLines, Table, Headings, Paragraphs, Whole };

const Rx &numberedPattern()
{
    static const Rx rx(QStringLiteral("^\\s*(?:(\\d{1,3})\\s*[.、．)](?!\\d)|([一二三四五六七八九十]{1,3})"
                                      "\\s*[、.．]|([A-H])\\.\\s)\\s*(?=\\S)"));
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

bool isShort(QStringView text)
{
    return text.size() <= 80 && TextCues::wordCount(text) <= 10;
}

class LayoutReader
{
public:
    LayoutReader(const ReadDocument &document, const ImportLexicon &lexicon)
        : m_document(document)
        , m_text(document.text)
        , m_lexicon(lexicon)
    {
    }

    NewsletterLayout read()
    {
        splitLines();
        classifyByShape();
        decideTextLines();
        const QList<qsizetype> starters = chooseStarters();
        NewsletterLayout layout;
        layout.issue = issueFacts(starters.isEmpty() ? m_lines.size() : starters.constFirst());
        layout.items = cut(starters);
        number(layout.items);
        return layout;
    }

private:
    QStringView content(const Line &line) const
    {
        return QStringView(m_text).sliced(line.start, line.end - line.start).trimmed();
    }
    QStringView content(qsizetype i) const { return content(m_lines.at(i)); }

    // The next line with text after i, -1 when none.
    qsizetype next(qsizetype i) const
    {
        for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
            if (m_lines.at(j).kind != Kind::Blank) {
                return j;
            }
        }
        return -1;
    }

    void splitLines()
    {
        qsizetype start = 0;
        int number = 1;
        while (start < m_text.size()) {
            qsizetype end = m_text.indexOf(u'\n', start);
            const qsizetype following = end < 0 ? m_text.size() : end + 1;
            if (end < 0) {
                end = m_text.size();
            }
            qsizetype e = end;
            while (e > start && m_text.at(e - 1).isSpace()) {
                --e;
            }
            Line line{start, e, number++};
            line.hinted = m_document.isHeading(start);
            m_lines.append(line);
            start = following;
        }
    }

    // What a line is by its own shape, before its neighbours are looked at.
    Kind shapeOf(Line &line, bool &skipping) const
    {
        const QStringView text = content(line);
        if (text.isEmpty()) {
            return Kind::Blank;
        }
        if (text.count(u'\t') >= 2) {
            return Kind::TableRow;
        }
        static const Rx skipSection(
            QStringLiteral(
                "^\\W*(key highlights|highlights|our views?|our comments|comment|contacts?|about us|"
                "in this issue|table of contents|contents|本期要点|要点|我们的观点|观点|评论|联系人|"
                "目录)\\W*$"),
            caseless);
        if (isShort(text) && skipSection.matchView(text).hasMatch()) {
            skipping = true;
            return Kind::SkipSection;
        }
        if (isMonthHeading(text)) {
            skipping = false;
            return Kind::Month;
        }
        if (isDateLine(text)) {
            return Kind::DateLine;
        }
        if (const auto m = numberedPattern().matchView(text); m.hasMatch()) {
            skipping = false;
            const QStringView rest = text.sliced(m.capturedLength());
            if (m.capturedLength(3) > 0 || (isSectionTitle(rest) && !labelFollows(line))) {
                return Kind::Section; // "1. Legislative developments", "A. Regulatory Developments"
            }
            line.printed
                = m.capturedLength(1) > 0 ? m.capturedView(1).toInt() : chineseNumeral(m.capturedView(2));
            return Kind::Numbered;
        }
        if (skipping) {
            return Kind::Boilerplate;
        }
        if (isTrailer(text)) {
            return Kind::Trailer;
        }
        if (isBoilerplate(text)) {
            return Kind::Boilerplate;
        }
        if (isLabel(text)) {
            return Kind::Label;
        }
        if (isIssuerLine(text)) {
            return Kind::Issuer;
        }
        static const Rx bullet(QStringLiteral("^\\s*[-–—•*·▪●◆■]\\s*(?=\\S)"));
        if (bullet.matchView(text).hasMatch() && !text.startsWith(QStringLiteral("**"))) {
            return Kind::Bullet;
        }
        static const Rx listLine(
            QStringLiteral("^\\s*(?:[(（]\\d{1,2}[)）]|[(（][a-z][)）]|[a-z][.)]\\s|[①-⑳])"));
        if (listLine.matchView(text).hasMatch()) {
            return Kind::ListLine;
        }
        return Kind::Text;
    }

    void classifyByShape()
    {
        bool skipping = false;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            Line &line = m_lines[i];
            line.kind = shapeOf(line, skipping);
            // A labelled value wrapped onto the next line: indented, or short and unfinished.
            const qsizetype previous = i - 1;
            if (line.kind == Kind::Text && previous >= 0 && m_lines.at(previous).kind == Kind::Label) {
                const QStringView text = content(line);
                if (m_text.at(line.start).isSpace() || (text.size() < 100 && !TextCues::endsSentence(text))) {
                    line.kind = Kind::Label;
                }
            }
            // A bullet's text wrapped onto an indented line belongs to the bullet.
            if (line.kind == Kind::Text && previous >= 0 && m_lines.at(previous).kind == Kind::Bullet
                && m_text.at(line.start).isSpace()) {
                line.kind = Kind::ListLine;
            }
        }
    }

    // Headings, sections and paragraphs: a title line is a heading when a body follows it.
    void decideTextLines()
    {
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            Line &line = m_lines[i];
            const QStringView text = content(line);
            if (line.kind == Kind::Text) {
                // A short line ending with a colon ("以下为原文：", "Latest Legal News About:") leads into
                // what follows; it is no section that would end an item.
                if (isSectionTitle(text) && !fieldsFollow(i) && !text.endsWith(u':')
                    && !text.endsWith(u'：')) {
                    line.kind = Kind::Section;
                } else if (isTitleShaped(text) && (line.hinted || bodyFollows(i))
                           && (fieldsFollow(i) || TextCues::hasEvidence(text, m_lexicon))) {
                    line.kind = Kind::Heading;
                } else {
                    line.kind = Kind::Paragraph;
                }
            }
            if (line.kind == Kind::Paragraph || line.kind == Kind::Bullet || line.kind == Kind::Numbered) {
                line.opens = TextCues::opensItem(withoutMarker(text), m_lexicon);
            }
        }
    }

    static QStringView withoutMarker(QStringView text)
    {
        static const Rx marker(QStringLiteral("^\\s*(?:[-–—•*·▪●◆■]\\s*|\\d{1,3}\\s*[.、．)]\\s*)"));
        const auto m = marker.matchView(text);
        return m.hasMatch() ? text.sliced(m.capturedLength()) : text;
    }

    bool isTitleShaped(QStringView text) const
    {
        return text.size() <= 200 && TextCues::wordCount(text) <= 35 && !TextCues::endsSentence(text)
            && !text.endsWith(u':') && !text.endsWith(u'：');
    }

    // Whether what follows line i is the body of an item: a paragraph (after a subtitle in brackets,
    // labelled fields or an issuer's line, if any).
    bool bodyFollows(qsizetype i) const
    {
        const QStringView title = content(i);
        bool fields = false;
        for (qsizetype j = next(i); j >= 0; j = next(j)) {
            const Line &line = m_lines.at(j);
            const QStringView text = content(line);
            if (line.kind == Kind::Label || line.kind == Kind::Issuer) {
                fields = true;
                continue;
            }
            if (line.kind == Kind::Text && text.startsWith(u'(') && text.endsWith(u')') && text.size() < 60) {
                continue; // "(2023年第1批,总第27批)"
            }
            if (line.kind == Kind::Text || line.kind == Kind::ListLine) {
                return (text.size() > title.size() || TextCues::endsSentence(text))
                    && (fields || TextCues::hasEvidence(text, m_lexicon));
            }
            return false;
        }
        return false;
    }

    // Short, and naming no issuer, action or date: "Legislation", "Rules and guidance", "全球动态".
    bool isSectionTitle(QStringView text) const
    {
        if (text.isEmpty() || text.size() > 40 || TextCues::wordCount(text) > 5
            || TextCues::endsSentence(text)) {
            return false;
        }
        return m_lexicon.authorities(text).isEmpty() && !TextCues::actionVerb().matchView(text).hasMatch()
            && !text.contains(u'《') && TextCues::dates(text, 2000).isEmpty();
    }

    // Whether labelled fields or an issuer's line follow line i: the record of an item, not a section.
    bool fieldsFollow(qsizetype i) const
    {
        const qsizetype j = next(i);
        return j >= 0 && (m_lines.at(j).kind == Kind::Label || m_lines.at(j).kind == Kind::Issuer);
    }

    // The same while lines are still being classified: the next line with text looks like a label.
    bool labelFollows(const Line &line) const
    {
        for (qsizetype j = line.number; j < m_lines.size(); ++j) { // line.number is the next line's index
            const QStringView text = content(m_lines.at(j));
            if (!text.isEmpty()) {
                return isLabel(text) || isIssuerLine(text);
            }
        }
        return false;
    }

    static bool isMonthHeading(QStringView text)
    {
        static const Rx english(
            QStringLiteral(
                "^[^.!?]{0,60}?\\b(%1)\\s+(\\d{4})(?:\\s+(?:edition|issue|update|newsletter))?\\W*$|"
                "^\\W*(%1)\\W*$")
                .arg(TextCues::monthNames()),
            caseless);
        static const Rx chinese(QStringLiteral("^\\W*(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\W*$"));
        if (text.size() > 70 || TextCues::actionVerb().matchView(text).hasMatch()) {
            return false;
        }
        return (english.matchView(text).hasMatch() && TextCues::dates(text, 2000).isEmpty())
            || chinese.matchView(text).hasMatch();
    }

    static bool isDateLine(QStringView text)
    {
        if (text.size() > 70 || TextCues::endsSentence(text)
            || TextCues::actionVerb().matchView(text).hasMatch()) {
            return false;
        }
        const QList<FoundDate> found = TextCues::dates(text, 2000);
        if (found.isEmpty() || !found.constFirst().hasYear || found.constFirst().start > 2) {
            return false;
        }
        const QStringView rest = text.sliced(found.constFirst().start + found.constFirst().length);
        static const Rx time(QStringLiteral("^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*$"));
        return rest.trimmed().isEmpty() || time.matchView(rest).hasMatch() || rest.trimmed().startsWith(u'>')
            || rest.trimmed().startsWith(u'|');
    }

    static bool isTrailer(QStringView text)
    {
        static const Rx trailer(
            QStringLiteral(
                "^(?:read\\s+more\\W*|more\\W*|sources?|full\\s+text|read\\s+the\\s+full\\s+text.*|"
                "please\\s+click\\s+here.*|click\\s+here.*|note:.*link.*|"
                "[(（](?:source|来源|文章来源)[:：].*[)）]|原文链接[:：]?.*|【?[^【】\\s]{0,6}阅读原文】?|"
                "来源[:：]\\s*\\S{1,30}|https?[:：]//\\S+|www\\.\\S+)$"),
            caseless);
        return text.size() <= 250 && trailer.matchView(text).hasMatch();
    }

    bool isBoilerplate(QStringView text) const
    {
        static const Rx boilerplate(
            QStringLiteral(
                "subscri|newsletter|follow the links|click (here|the link)|contact (us|\\w+ at)|@\\w+\\.|"
                "\\[email|disclaimer|copyright|all rights reserved|this (update|bulletin|issue) "
                "(summari|covers)|"
                "for more information|订阅|本期|免责声明|点击|联系我们|版权|如需"),
            caseless);
        return text.size() < 400 && boilerplate.matchView(text).hasMatch()
            && !TextCues::opensItem(text, m_lexicon);
    }

    static bool isLabel(QStringView text)
    {
        static const Rx label(
            QStringLiteral("^\\s*(?:(?:issuing|issued by|promulgat\\w*|publication|published|release|"
                           "effective|implementation|comment|feedback|deadline|date|title|document|agency|"
                           "authority|发布|公布|印发|发文|施行|生效|实施|截止|征求意见|标题|文件)[^:：\\n]{0,"
                           "30}[:：]\\s*\\S|"
                           "(?:promulgated|issued|released|published|adopted)\\s+by\\s+\\S)"),
            caseless);
        return text.size() <= 300 && label.matchView(text).hasMatch();
    }

    bool isIssuerLine(QStringView text) const
    {
        if (text.size() > 100 || TextCues::endsSentence(text)
            || TextCues::actionVerb().matchView(text).hasMatch()) {
            return false;
        }
        const QList<AuthorityMention> mentions = m_lexicon.authorities(text);
        if (mentions.isEmpty()) {
            return false;
        }
        qsizetype covered = 0;
        for (const AuthorityMention &m : mentions) {
            covered += m.length;
        }
        static const Rx brackets(QStringLiteral("[(（][^()（）]{1,12}[)）]"));
        const qsizetype letters = QString(text.toString()).remove(brackets).remove(u' ').size();
        return covered * 10 >= letters * 6;
    }

    // --- The shape that repeats --------------------------------------------------------------------------

    QList<qsizetype> linesOf(Kind kind) const
    {
        QList<qsizetype> result;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).kind == kind) {
                result.append(i);
            }
        }
        return result;
    }

    Mode mode() const
    {
        if (!linesOf(Kind::Numbered).isEmpty()) {
            return Mode::Numbered;
        }
        const QList<qsizetype> dateLines = linesOf(Kind::DateLine);
        const bool datesLead
            = dateLines.size() >= 2 && std::all_of(dateLines.cbegin(), dateLines.cend(), [&](qsizetype i) {
                  const qsizetype j = next(i);
                  return j >= 0
                      && (m_lines.at(j).kind == Kind::Heading || m_lines.at(j).kind == Kind::Paragraph);
              });
        if (datesLead) {
            return Mode::DateLines;
        }
        if (linesOf(Kind::TableRow).size() >= 3) {
            return Mode::Table;
        }
        if (!linesOf(Kind::Heading).isEmpty()) {
            return Mode::Headings;
        }
        return Mode::Paragraphs;
    }

    QList<qsizetype> chooseStarters()
    {
        QList<qsizetype> starters;
        switch (mode()) {
        case Mode::Numbered:
            starters = numberedStarters();
            break;
        case Mode::DateLines:
            starters = linesOf(Kind::DateLine);
            break;
        case Mode::Table:
            starters = linesOf(Kind::TableRow);
            if (!starters.isEmpty()
                && !content(starters.constFirst()).contains(QRegularExpression(QStringLiteral("\\d")))) {
                m_tableHeader = starters.takeFirst();
            }
            break;
        case Mode::Headings:
            for (qsizetype i = 0; i < m_lines.size(); ++i) {
                const Line &line = m_lines.at(i);
                if (line.kind == Kind::Heading || (line.kind == Kind::Bullet && line.opens)) {
                    starters.append(i);
                }
            }
            break;
        case Mode::Paragraphs:
        case Mode::Whole:
            for (qsizetype i = 0; i < m_lines.size(); ++i) {
                const Line &line = m_lines.at(i);
                if ((line.kind == Kind::Paragraph || line.kind == Kind::Bullet) && line.opens) {
                    starters.append(i);
                }
            }
            break;
        }
        if (starters.isEmpty()) {
            starters = wholeDocument();
        }
        return starters;
    }

    // Numbered headings, and in the gaps of their numbering the paragraphs that open the missing items.
    QList<qsizetype> numberedStarters() const
    {
        const QList<qsizetype> numbered = linesOf(Kind::Numbered);
        QList<qsizetype> starters;
        const auto fillGap = [&](qsizetype from, qsizetype to, int missing) {
            // from: the line after the previous item's heading and body; to: the next numbered line.
            for (qsizetype i = from; i < to && missing != 0; ++i) {
                const Line &line = m_lines.at(i);
                if (line.kind == Kind::Section || line.kind == Kind::Month) {
                    continue;
                }
                if ((line.kind == Kind::Paragraph || line.kind == Kind::Bullet) && line.opens) {
                    starters.append(i);
                    --missing;
                }
            }
        };
        // After the last numbered item, paragraphs open items only in a numbering known to have gaps.
        bool gaps = m_lines.at(numbered.constFirst()).printed > 1;
        fillGap(0, numbered.constFirst(), m_lines.at(numbered.constFirst()).printed - 1);
        for (qsizetype k = 0; k < numbered.size(); ++k) {
            const qsizetype at = numbered.at(k);
            starters.append(at);
            const bool last = k + 1 == numbered.size();
            const qsizetype to = last ? m_lines.size() : numbered.at(k + 1);
            const int gap = last ? (gaps ? -1 : 0) : m_lines.at(to).printed - m_lines.at(at).printed - 1;
            gaps = gaps || gap > 0;
            if (gap != 0) {
                fillGap(afterBody(at), to, gap);
            }
        }
        return starters;
    }

    // The line after an item's heading and its first paragraph (labels, issuer lines and trailers included).
    qsizetype afterBody(qsizetype heading) const
    {
        qsizetype i = heading + 1;
        bool body = false;
        for (; i < m_lines.size(); ++i) {
            const Kind kind = m_lines.at(i).kind;
            if (kind == Kind::Paragraph || kind == Kind::Bullet) {
                if (body) {
                    break;
                }
                // Residue such as "▲向上滑动阅览" is not the body.
                const QStringView text = content(i);
                body = text.size() >= 30 || TextCues::endsSentence(text);
            } else if (kind != Kind::Blank && kind != Kind::Label && kind != Kind::Issuer
                       && kind != Kind::Trailer && kind != Kind::ListLine && kind != Kind::Heading) {
                break;
            }
        }
        return i;
    }

    // No shape repeats: a document that reads like one development (a reposted notice, a single news item)
    // is one item from its first line of content.
    QList<qsizetype> wholeDocument() const
    {
        bool evidence = false;
        qsizetype first = -1;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const Kind kind = m_lines.at(i).kind;
            if (kind == Kind::Paragraph || kind == Kind::Heading || kind == Kind::Label
                || kind == Kind::Bullet || kind == Kind::Issuer) {
                if (first < 0) {
                    first = i;
                }
                evidence
                    = evidence || (kind == Kind::Paragraph && TextCues::hasEvidence(content(i), m_lexicon));
            }
        }
        return evidence && first >= 0 ? QList<qsizetype>{first} : QList<qsizetype>{};
    }

    // --- Items -------------------------------------------------------------------------------------------

    static bool endsItem(Kind kind)
    {
        return kind == Kind::Section || kind == Kind::Month || kind == Kind::SkipSection
            || kind == Kind::Boilerplate;
    }

    QList<LayoutItem> cut(const QList<qsizetype> &starters) const
    {
        QList<LayoutItem> items;
        int month = 0;
        int year = 0;
        qsizetype s = 0;
        for (qsizetype i = 0; i < m_lines.size() && s < starters.size(); ++i) {
            const Line &line = m_lines.at(i);
            if (line.kind == Kind::Month) {
                readMonth(content(line), month, year);
            }
            if (i != starters.at(s)) {
                continue;
            }
            const qsizetype stop = s + 1 < starters.size() ? starters.at(s + 1) : m_lines.size();
            // A section or boilerplate line ends the item, but not before the item has any content of its own
            // ("▲向上滑动阅览" between a heading and its body is residue).
            qsizetype last = i;
            bool hasContent = m_lines.at(i).kind != Kind::Numbered && m_lines.at(i).kind != Kind::Heading;
            for (qsizetype j = i + 1; j < stop && !(hasContent && endsItem(m_lines.at(j).kind)); ++j) {
                const Kind kind = m_lines.at(j).kind;
                if (kind != Kind::Blank) {
                    last = j;
                }
                hasContent = hasContent || kind == Kind::Paragraph || kind == Kind::Label
                    || kind == Kind::ListLine || kind == Kind::Bullet || kind == Kind::Issuer;
            }
            LayoutItem item;
            item.start = line.start;
            item.end = m_lines.at(last).end;
            item.line = line.number;
            item.printedNumber = line.kind == Kind::Numbered ? line.printed : 0;
            item.headingLine = headingOf(i, last);
            item.month = month;
            item.year = year;
            if (line.kind == Kind::TableRow && m_tableHeader >= 0) {
                item.columns = content(m_tableHeader).toString().split(u'\t');
            }
            items.append(item);
            ++s;
        }
        return items;
    }

    // Which line of the item [first, last] is its title, counted among the item's lines.
    int headingOf(qsizetype first, qsizetype last) const
    {
        const Kind kind = m_lines.at(first).kind;
        if (kind == Kind::Numbered || kind == Kind::Heading
            || (kind == Kind::Bullet && !m_lines.at(first).opens)) {
            return 0;
        }
        if (kind == Kind::DateLine) {
            for (qsizetype j = first + 1; j <= last; ++j) {
                if (m_lines.at(j).kind == Kind::Heading) {
                    return int(j - first);
                }
            }
        }
        return -1;
    }

    static void readMonth(QStringView text, int &month, int &year)
    {
        static const Rx chinese(QStringLiteral("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月"));
        static const Rx english(QStringLiteral("\\b(%1)\\b(?:\\s+(\\d{4}))?").arg(TextCues::monthNames()),
                                caseless);
        if (const auto m = chinese.matchView(text); m.hasMatch()) {
            month = m.capturedView(2).toInt();
            year = m.capturedLength(1) > 0 ? m.capturedView(1).toInt() : year;
        } else if (const auto e = english.matchView(text); e.hasMatch()) {
            month = TextCues::monthNumber(e.capturedView(1));
            year = e.capturedLength(2) > 0 ? e.capturedView(2).toInt() : year;
        }
    }

    // Items are numbered as printed when the printed numbers are unique, else by position.
    static void number(QList<LayoutItem> &items)
    {
        QList<int> printed;
        for (const LayoutItem &item : std::as_const(items)) {
            if (item.printedNumber > 0) {
                printed.append(item.printedNumber);
            }
        }
        QList<int> sorted = printed;
        std::sort(sorted.begin(), sorted.end());
        const bool unique = std::adjacent_find(sorted.cbegin(), sorted.cend()) == sorted.cend();
        int last = 0;
        for (LayoutItem &item : items) {
            item.number = unique && item.printedNumber > last ? item.printedNumber : last + 1;
            last = item.number;
        }
    }

    // --- The issue -----------------------------------------------------------------------------------------

    IssueFacts issueFacts(qsizetype firstItem) const
    {
        const qsizetype end = firstItem < m_lines.size() ? m_lines.at(firstItem).start : m_text.size();
        QString preamble = m_document.title + u'\n' + QStringView(m_text).first(end);
        IssueFacts facts;
        facts.date = m_document.date;
        readPeriod(preamble, facts);
        if (!facts.date.isValid()) {
            for (const FoundDate &d : TextCues::dates(preamble, 2000)) {
                if (d.hasYear) {
                    facts.date = d.date;
                    break;
                }
            }
        }
        static const Rx yearRx(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})(?!\\d)"));
        if (facts.periodStart.isValid()) {
            facts.year = facts.periodEnd.year();
        } else if (facts.date.isValid()) {
            facts.year = facts.date.year();
        } else if (const auto m = yearRx.matchView(preamble); m.hasMatch()) {
            facts.year = m.capturedView(1).toInt();
        } else if (const auto any = yearRx.matchView(QStringView(m_text).left(4000)); any.hasMatch()) {
            facts.year = any.capturedView(1).toInt();
        }
        if (!facts.periodStart.isValid() && facts.date.isValid()) {
            facts.periodStart = QDate(facts.date.year(), facts.date.month(), 1);
            facts.periodEnd = facts.date;
        } else if (!facts.periodStart.isValid() && facts.year > 0) {
            facts.periodStart = QDate(facts.year, 1, 1);
            facts.periodEnd = QDate(facts.year, 12, 31);
        }
        return facts;
    }

    // "In July and August 2025", "19 February-4 March 2023", "October 2022 issue", "(2025年2月)".
    static void readPeriod(const QString &preamble, IssueFacts &facts)
    {
        const QString &months = TextCues::monthNames();
        static const Rx twoMonths(
            QStringLiteral("\\b(%1)\\s*(?:and|to|–|—|-)\\s*(%1)\\s+(\\d{4})\\b").arg(months), caseless);
        static const Rx dayRange(
            QStringLiteral("\\b(\\d{1,2})\\s+(%1)\\s*(?:–|—|-|to)\\s*(\\d{1,2})\\s+(%1)\\s+(\\d{4})\\b")
                .arg(months),
            caseless);
        static const Rx oneMonth(QStringLiteral("\\b(%1)\\s+(\\d{4})\\b").arg(months), caseless);
        static const Rx chineseMonth(
            QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])"));
        const auto monthRange = [&facts](int year, int fromMonth, int toMonth) {
            const QDate from(year, fromMonth, 1);
            const QDate to = QDate(year, toMonth, 1).addMonths(1).addDays(-1);
            if (from.isValid() && to.isValid() && from <= to) {
                facts.periodStart = from;
                facts.periodEnd = to;
            }
        };
        if (const auto m = dayRange.match(preamble); m.hasMatch()) {
            const int year = m.capturedView(5).toInt();
            const QDate from(year, TextCues::monthNumber(m.capturedView(2)), m.capturedView(1).toInt());
            const QDate to(year, TextCues::monthNumber(m.capturedView(4)), m.capturedView(3).toInt());
            if (from.isValid() && to.isValid() && from <= to) {
                facts.periodStart = from;
                facts.periodEnd = to;
                return;
            }
        }
        if (const auto m = twoMonths.match(preamble); m.hasMatch()) {
            monthRange(m.capturedView(3).toInt(), TextCues::monthNumber(m.capturedView(1)),
                       TextCues::monthNumber(m.capturedView(2)));
        } else if (const auto one = oneMonth.match(preamble); one.hasMatch()) {
            const int month = TextCues::monthNumber(one.capturedView(1));
            monthRange(one.capturedView(2).toInt(), month, month);
        } else if (const auto zh = chineseMonth.match(preamble); zh.hasMatch()) {
            monthRange(zh.capturedView(1).toInt(), zh.capturedView(2).toInt(), zh.capturedView(2).toInt());
        }
    }

    const ReadDocument &m_document;
    const QString &m_text;
    const ImportLexicon &m_lexicon;
    QList<Line> m_lines;
    qsizetype m_tableHeader = -1;
};

} // namespace

NewsletterLayout NewsletterLayout::infer(const ReadDocument &document, const ImportLexicon &lexicon)
{
    return LayoutReader(document, lexicon).read();
}

} // namespace rt::core
