// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationExtractor.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace rt::core {

namespace {

// How strongly a clause's wording binds: "must" and 应当 bind, "should" and 要求 report a requirement,
// "encourage" and 鼓励 only suggest one.
enum class Strength { None, Weak, Medium, Strong };

struct Clause
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool introducer = false; // ends with a colon: "The guidelines specify:"
};

struct Piece
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool alternative = false; // cut at "或者" inside a prohibition: "不得危害…或者侵犯…" forbids both
};

struct Cues
{
    Strength strength = Strength::None;
    bool prohibition = false;
};

struct FoundParameter
{
    ObligationParameter parameter;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool binding = false; // written as a limit to keep: "no less than", "within", 不超过, 以内, 每满
};

// A clause longer than this is not a sentence anybody wrote; it is pasted noise or a missing full stop.
constexpr qsizetype MaxClauseLength = 2000;
// Parameters per clause: a real clause has a handful; the limit keeps garbage input linear.
constexpr int MaxParameters = 12;
// How far back a parameter's name or a purpose phrase ("aiming to") is looked for.
constexpr qsizetype NameWindow = 160;
constexpr qsizetype PurposeWindow = 300;

constexpr auto Insensitive = QRegularExpression::CaseInsensitiveOption;

QRegularExpression pattern(const QString &source, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression re(source, options | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isHanNumeral(QChar c)
{
    return QStringView(u"零〇一二两三四五六七八九十百千").contains(c);
}

bool isClosingQuote(QChar c)
{
    return QStringView(u"\"'”’)）」』》]】").contains(c);
}

bool isOpening(QChar c)
{
    return QStringView(u"(（[【“「『《").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u")）]】”」』》").contains(c);
}

// --- Numbers ----------------------------------------------------------------------------------------------

double parseChineseNumber(QStringView s)
{
    static constexpr std::array<std::pair<char16_t, int>, 12> digits{{{u'零', 0},
                                                                      {u'〇', 0},
                                                                      {u'一', 1},
                                                                      {u'二', 2},
                                                                      {u'两', 2},
                                                                      {u'三', 3},
                                                                      {u'四', 4},
                                                                      {u'五', 5},
                                                                      {u'六', 6},
                                                                      {u'七', 7},
                                                                      {u'八', 8},
                                                                      {u'九', 9}}};
    auto digitOf = [](QChar c) {
        for (const auto &[ch, value] : digits) {
            if (c.unicode() == ch) {
                return value;
            }
        }
        return -1;
    };
    if (s.isEmpty() || s.size() > 16) {
        return -1;
    }
    // Written digit by digit ("二〇二五"): a positional number.
    const bool positional
        = s.size() > 1 && std::all_of(s.begin(), s.end(), [&](QChar c) { return digitOf(c) >= 0; });
    if (positional) {
        double value = 0;
        for (QChar c : s) {
            value = value * 10 + digitOf(c);
        }
        return value;
    }
    double total = 0;
    double section = 0;
    double number = 0;
    for (QChar c : s) {
        const int d = digitOf(c);
        if (d >= 0) {
            number = d;
            continue;
        }
        const double factor = c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 0;
        if (factor > 0) {
            section += (number == 0 ? 1 : number) * factor;
            number = 0;
        } else if (c == u'万') {
            const double part = section + number;
            total += (part == 0 ? 1 : part) * 1e4;
            section = 0;
            number = 0;
        } else if (c == u'亿') {
            const double part = total + section + number;
            total = (part == 0 ? 1 : part) * 1e8;
            section = 0;
            number = 0;
        } else {
            return -1;
        }
    }
    return total + section + number;
}

double parseNumber(QStringView s)
{
    QString ascii;
    ascii.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) {
            ascii.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        } else if (c != u',') {
            ascii.append(c);
        }
    }
    if (!ascii.isEmpty() && isAsciiDigit(ascii.front())) {
        bool ok = false;
        const double value = QLocale::c().toDouble(ascii, &ok);
        return ok ? value : -1;
    }
    static const QHash<QString, int> words{
        {QStringLiteral("one"), 1},       {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3},     {QStringLiteral("four"), 4},
        {QStringLiteral("five"), 5},      {QStringLiteral("six"), 6},
        {QStringLiteral("seven"), 7},     {QStringLiteral("eight"), 8},
        {QStringLiteral("nine"), 9},      {QStringLiteral("ten"), 10},
        {QStringLiteral("eleven"), 11},   {QStringLiteral("twelve"), 12},
        {QStringLiteral("fourteen"), 14}, {QStringLiteral("fifteen"), 15},
        {QStringLiteral("sixteen"), 16},  {QStringLiteral("eighteen"), 18},
        {QStringLiteral("twenty"), 20},   {QStringLiteral("twenty-four"), 24},
        {QStringLiteral("thirty"), 30},   {QStringLiteral("forty-eight"), 48},
        {QStringLiteral("sixty"), 60},    {QStringLiteral("seventy-two"), 72},
        {QStringLiteral("ninety"), 90},
    };
    const auto word = words.constFind(ascii.toLower());
    if (word != words.constEnd()) {
        return *word;
    }
    return parseChineseNumber(s);
}

QString numberText(double value)
{
    if (!std::isfinite(value) || value < 0) {
        return {};
    }
    if (value < 1e15 && value == std::floor(value)) {
        return QString::number(static_cast<qint64>(value));
    }
    return QString::number(value, 'g', 12);
}

// English number words and digits, as one alternative of a pattern.
const QString &englishNumber()
{
    static const QString source = QStringLiteral(
        "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|twenty-four|forty-eight|seventy-two|one|two|"
        "three|"
        "four|fourteen|five|fifteen|sixteen|sixty|six|seven|eighteen|eight|nine|ninety|ten|eleven|twelve|"
        "twenty|thirty)\\b");
    return source;
}

const QString &englishUnit()
{
    static const QString source = QStringLiteral(
        "((?:working|business|calendar|natural)\\s+days?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
        "years?\\s+old|years?\\s+of\\s+age|years?)\\b");
    return source;
}

const QString &chineseNumber()
{
    static const QString source
        = QStringLiteral("([0-9０-９]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)");
    return source;
}

const QString &chineseUnit()
{
    static const QString source
        = QStringLiteral("(个工作日|工作日|个自然日|自然日|个小时|小时|分钟|个月|个星期|星期|日|天|年|周)");
    return source;
}

// The unit of a written unit word, and the factor to bring it there (weeks are counted in days).
std::optional<std::pair<ParameterUnit, int>> unitOf(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w.contains(u"old") || w.contains(u"age")) {
        return std::pair{ParameterUnit::Age, 1};
    }
    if (w.startsWith(u"min") || w == u"分钟") {
        return std::pair{ParameterUnit::Minute, 1};
    }
    if (w.startsWith(u"hour") || w.startsWith(u"hr") || w.contains(u"小时")) {
        return std::pair{ParameterUnit::Hour, 1};
    }
    if (w.contains(u"week") || w.contains(u"星期") || w == u"周") {
        return std::pair{ParameterUnit::Day, 7};
    }
    if (w.contains(u"day") || w.endsWith(u'日') || w == u"天") {
        return std::pair{ParameterUnit::Day, 1};
    }
    if (w.startsWith(u"month") || w == u"个月") {
        return std::pair{ParameterUnit::Month, 1};
    }
    if (w.startsWith(u"year") || w == u"年") {
        return std::pair{ParameterUnit::Year, 1};
    }
    if (w == u"%" || w == u"％" || w.startsWith(u"per")) {
        return std::pair{ParameterUnit::Percent, 1};
    }
    return std::nullopt;
}

// --- Clauses ----------------------------------------------------------------------------------------------

bool looksLikeHeading(QStringView line)
{
    static const QRegularExpression numbered = pattern(QStringLiteral(
        "^(?:\\d{1,3}\\s*[.、)．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)])"));
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 300) {
        return false;
    }
    if (QStringView(u".。;；:：!?！？").contains(line.back())) {
        return false;
    }
    return numbered.matchView(line).hasMatch();
}

bool isSentenceEnd(const QString &text, qsizetype i, qsizetype end, qsizetype *after)
{
    qsizetype j = i + 1;
    while (j < end && isClosingQuote(text.at(j))) {
        ++j;
    }
    *after = j;
    if (j < end && !text.at(j).isSpace()) {
        return false; // "etc.,", "4,877.6", "No.1"
    }
    qsizetype k = j;
    while (k < end && text.at(k).isSpace()) {
        ++k;
    }
    if (k == end) {
        return true;
    }
    if (text.at(k).isLower()) {
        return false; // "e.g. online platforms"
    }
    if (isAsciiDigit(text.at(k))) {
        qsizetype w = i;
        while (w > 0 && text.at(w - 1).isLetter() && i - w < 5) {
            --w;
        }
        static const QStringList abbreviations{
            QStringLiteral("no"),   QStringLiteral("nos"), QStringLiteral("art"), QStringLiteral("arts"),
            QStringLiteral("para"), QStringLiteral("p"),   QStringLiteral("pp")};
        if (abbreviations.contains(text.mid(w, i - w).toLower())) {
            return false;
        }
    }
    return true;
}

void splitLine(const QString &text, qsizetype begin, qsizetype end, QList<Clause> &out)
{
    qsizetype start = begin;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        qsizetype after = i + 1;
        bool boundary = false;
        bool colon = false;
        if (QStringView(u";；。！？!?\r\u2028\u2029").contains(c)) {
            while (after < end && isClosingQuote(text.at(after))) {
                ++after;
            }
            boundary = true;
        } else if (c == u':' || c == u'：') {
            const bool clock
                = i > begin && i + 1 < end && text.at(i - 1).isDigit() && text.at(i + 1).isDigit();
            const bool url = c == u':' && text.mid(i + 1, 2) == u"//";
            boundary = !clock && !url;
            colon = boundary;
        } else if (c == u'.') {
            boundary = isSentenceEnd(text, i, end, &after);
        }
        if (boundary) {
            out.append({start, after, colon});
            start = after;
            i = after - 1;
        }
    }
    if (start < end) {
        out.append({start, end, false});
    }
}

QList<Clause> clausesOf(const QString &text)
{
    QList<Clause> result;
    const qsizetype n = text.size();
    qsizetype lineStart = 0;
    while (lineStart < n) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = n;
        }
        if (!looksLikeHeading(QStringView(text).sliced(lineStart, lineEnd - lineStart))) {
            splitLine(text, lineStart, lineEnd, result);
        }
        lineStart = lineEnd + 1;
    }
    return result;
}

// The comma-separated pieces of a clause; commas inside quotes and brackets, and in "25,600", do not split.
// A second modal joined by a conjunction ("…should ensure X and must not do Y", "…应当…并不得…") starts a
// piece too.
QList<Piece> piecesOf(const QString &text, const Clause &clause, Language language)
{
    // A second modal ("… and they must be familiar with …") or a second verb of the same modal ("… the
    // correct licence and have more than three years of experience") starts a duty of its own.
    static const QRegularExpression englishModalJoin = pattern(QStringLiteral(
        "\\s+(?:and|but|or)\\s+(?=(?:(?:they|it|he|she|these|those)\\s+)?(?:must|shall|should|"
        "may\\s+not|cannot|is\\s+required|are\\s+required|needs?\\s+to)\\b)|"
        "\\s+and\\s+(?=(?:also\\s+)?(?:have|cooperate|remind|ensure|establish|disclose|display|report|"
        "notify|obtain|sign|label|register|conduct|implement|strengthen|intensify)\\b)"));
    static const QRegularExpression chineseModalJoin
        = pattern(QStringLiteral("[并且但](?=不得|应当|应|须|禁止|严禁)|或者(?=(?:非法)?(?:侵犯|危害|公开|"
                                 "传播|提供|泄露|出售|篡改|毁损|删除|使用|收集|买卖|转让|发布|向))"));
    QList<Piece> result;
    int depth = 0;
    bool straightQuote = false;
    qsizetype start = clause.begin;
    bool content = false; // the current piece has more than white space
    auto cut = [&](qsizetype at, qsizetype next) {
        result.append({start, at, false});
        start = next;
        content = false;
    };
    for (qsizetype i = clause.begin; i < clause.end; ++i) {
        const QChar c = text.at(i);
        if (isOpening(c)) {
            // An inline enumerator "(2)" or "（二）" starts a piece of its own.
            if (depth == 0 && content && (c == u'(' || c == u'（') && i + 2 < clause.end
                && (isAsciiDigit(text.at(i + 1)) || isHanNumeral(text.at(i + 1)))
                && (text.at(i + 2) == u')' || text.at(i + 2) == u'）')) {
                cut(i, i);
            }
            ++depth;
        } else if (isClosing(c)) {
            depth = std::max(0, depth - 1);
        } else if (c == u'"') {
            straightQuote = !straightQuote;
        } else if ((c == u',' || c == u'，') && depth == 0 && !straightQuote) {
            const bool thousands = c == u',' && i > clause.begin && i + 1 < clause.end
                && isAsciiDigit(text.at(i - 1)) && isAsciiDigit(text.at(i + 1));
            if (!thousands) {
                cut(i, i + 1);
                continue;
            }
        } else if (depth == 0 && !straightQuote && content) {
            const bool english = language == Language::English && c == u' ';
            const bool chinese = language == Language::Chinese && QStringView(u"并且但或").contains(c);
            if (english || chinese) {
                const QStringView rest = QStringView(text).sliced(i, std::min<qsizetype>(clause.end - i, 40));
                const auto &re = english ? englishModalJoin : chineseModalJoin;
                if (re.matchView(rest, 0, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption)
                        .hasMatch()) {
                    cut(i, i);
                }
            }
        }
        if (!c.isSpace()) {
            content = true;
        }
    }
    result.append({start, clause.end, false});
    for (Piece &piece : result) {
        piece.alternative
            = language == Language::Chinese && QStringView(text).sliced(piece.begin).startsWith(u"或者");
    }
    return result;
}

// --- Cues -------------------------------------------------------------------------------------------------

bool purposeBefore(const QString &text, qsizetype clauseBegin, qsizetype position)
{
    static const QRegularExpression purpose = pattern(
        QStringLiteral("\\baim(?:s|ing|ed)?\\s+to\\b|\\bin\\s+order\\s+to\\b|\\bso\\s+as\\s+to\\b|旨在|为了"),
        Insensitive);
    const qsizetype from = std::max(clauseBegin, position - PurposeWindow);
    return purpose.matchView(QStringView(text).sliced(from, position - from)).hasMatch();
}

Cues englishCues(const QString &text, qsizetype begin, qsizetype end, qsizetype clauseBegin)
{
    static const QRegularExpression strong = pattern(
        QStringLiteral(
            "\\b(?:must|shall|(?:is|are|be|being)\\s+required\\s+to|(?:is|are)\\s+required|"
            "prohibit\\w*|forbid\\w*|may\\s+not|cannot|can\\s+not|(?:is|are)\\s+(?:obliged|obligated)\\s+to|"
            "ha(?:ve|s)\\s+to)\\b"),
        Insensitive);
    static const QRegularExpression medium = pattern(
        QStringLiteral(
            "\\b(?:should|requires?|requiring|needs?\\s+to|ought\\s+to|"
            "(?:is|are|be)\\s+not\\s+(?:allowed|permitted|provided)|banned|refrain\\s+from|"
            "(?:is|are)\\s+(?:the\\s+)?(?:main\\s+|primary\\s+)?responsible(?:\\s+entities)?\\s+for)\\b|"
            "\\bneed\\s+(?!for\\b|of\\b)(?=[a-z])|"
            "\\buntil\\b[^.;]{3,40}?\\bto\\s+(?:fulfil|fulfill|complete|meet|comply|file|register|rectify|"
            "submit)\\w*"),
        Insensitive);
    static const QRegularExpression weak = pattern(
        QStringLiteral("\\b(?:emphasi[sz](?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|"
                       "advocat(?:e|es|ed|ing)|calls?\\s+on)\\b(?!\\s+(?:the\\s+)?(?:basic\\s+)?"
                       "principles?\\b)"),
        Insensitive);
    static const QRegularExpression prohibition = pattern(
        QStringLiteral(
            "\\b(?:must\\s+not|mustn't|shall\\s+not|should\\s+not|may\\s+not|cannot|can\\s+not|must\\s+never|"
            "shall\\s+never|(?:is|are|be)\\s+not\\s+(?:allowed|permitted|provided)|"
            "not\\s+be\\s+(?:allowed|permitted|provided)|prohibit\\w*|forbid\\w*|forbidden|banned|"
            "refrain\\s+from|nor\\s+(?:may|shall))\\b(?!\\s+(?:be\\s+)?(?:exceed\\w*|less|lower|more|"
            "fewer|shorter|longer|higher|later|earlier)\\b)"),
        Insensitive);
    const QStringView piece = QStringView(text).sliced(begin, end - begin);
    Cues cues;
    if (strong.matchView(piece).hasMatch()) {
        cues.strength = Strength::Strong;
    } else if (medium.matchView(piece).hasMatch()) {
        cues.strength = Strength::Medium;
    } else {
        auto it = weak.globalMatchView(piece);
        while (it.hasNext()) {
            if (!purposeBefore(text, clauseBegin, begin + it.next().capturedStart())) {
                cues.strength = Strength::Weak;
                break;
            }
        }
    }
    cues.prohibition = prohibition.matchView(piece).hasMatch();
    return cues;
}

struct ChineseCue
{
    const char16_t *word;
    Strength strength;
    bool prohibition;
    const char16_t *badNext; // the cue does not count when the next character is one of these
    const char16_t *badPrevious;
};

Cues chineseCues(const QString &text, qsizetype begin, qsizetype end, qsizetype clauseBegin)
{
    static constexpr std::array<ChineseCue, 19> table{{
        {u"应当", Strength::Strong, false, u"", u""},
        {u"必须", Strength::Strong, false, u"", u""},
        {u"不得", Strength::Strong, true, u"", u""},
        {u"禁止", Strength::Strong, true, u"", u""},
        {u"严禁", Strength::Strong, true, u"", u""},
        {u"不准", Strength::Strong, true, u"", u""},
        {u"不允许", Strength::Strong, true, u"", u""},
        {u"不应", Strength::Strong, true, u"", u""},
        {u"须", Strength::Strong, false, u"知", u"无毋必"},
        {u"应", Strength::Medium, false, u"用急对答收付邀聘变", u"相响供适反对效呼顺感回答"},
        {u"需要", Strength::Medium, false, u"", u""},
        {u"需", Strength::Medium, false, u"求要", u"无毋所必急"},
        {u"要求", Strength::Medium, false, u"的》”、，。；：）", u""},
        {u"不提供", Strength::Medium, true, u"", u""},
        {u"鼓励", Strength::Weak, false, u"", u""},
        {u"倡导", Strength::Weak, false, u"", u""},
        {u"提倡", Strength::Weak, false, u"", u""},
        {u"强调", Strength::Weak, false, u"", u""},
        {u"引导", Strength::Weak, false, u"", u""},
    }};
    // 要求 as a noun: "技术要求", "安全要求" name requirements rather than impose them.
    static const QStringList nounBefore{
        QStringLiteral("技术"), QStringLiteral("安全"), QStringLiteral("基本"), QStringLiteral("相关"),
        QStringLiteral("有关"), QStringLiteral("具体"), QStringLiteral("各项"), QStringLiteral("合规"),
        QStringLiteral("标准"), QStringLiteral("规范"), QStringLiteral("管理"), QStringLiteral("保护"),
        QStringLiteral("性能"), QStringLiteral("功能"), QStringLiteral("提出"), QStringLiteral("若干"),
        QStringLiteral("伦理")};
    // 不得超过 sets a limit; it does not forbid the action.
    static const QString limitNext = QStringLiteral("超少低高多晚早短长");
    Cues cues;
    const QStringView piece = QStringView(text).sliced(begin, end - begin);
    for (const ChineseCue &cue : table) {
        const QStringView word(cue.word);
        for (qsizetype at = piece.indexOf(word); at >= 0; at = piece.indexOf(word, at + 1)) {
            const qsizetype after = at + word.size();
            const QChar next = after < piece.size() ? piece.at(after) : QChar();
            const qsizetype absolute = begin + at;
            const QChar previous = absolute > 0 ? text.at(absolute - 1) : QChar();
            if ((!next.isNull() && QStringView(cue.badNext).contains(next))
                || (!previous.isNull() && QStringView(cue.badPrevious).contains(previous))) {
                continue;
            }
            if (word == u"要求") {
                if (next.isNull() || next.isSpace()
                    || (absolute >= 2 && nounBefore.contains(text.mid(absolute - 2, 2)))) {
                    continue;
                }
            }
            if (cue.strength == Strength::Weak && purposeBefore(text, clauseBegin, absolute)) {
                continue;
            }
            cues.strength = std::max(cues.strength, cue.strength);
            if (cue.prohibition && !(limitNext.contains(next) && !next.isNull())) {
                cues.prohibition = true;
            }
            break;
        }
    }
    return cues;
}

Cues cuesOf(const QString &text, qsizetype begin, qsizetype end, qsizetype clauseBegin, Language language)
{
    return language == Language::Chinese ? chineseCues(text, begin, end, clauseBegin)
                                         : englishCues(text, begin, end, clauseBegin);
}

bool hasRetentionContext(QStringView text, Language language)
{
    static const QRegularExpression english = pattern(
        QStringLiteral("\\b(?:retain\\w*|retention|keep\\w*|kept|stor(?:e|ed|ing|age)|preserv\\w*|records?|"
                       "recorded|logs?|archiv\\w*)\\b"),
        Insensitive);
    static const QRegularExpression chinese = pattern(QStringLiteral("保存|留存|保留|存储|存档|记录|日志"));
    return (language == Language::Chinese ? chinese : english).matchView(text).hasMatch();
}

ObligationKind kindOf(QStringView text, bool prohibition, Language language)
{
    if (prohibition) {
        return ObligationKind::MustNot;
    }
    struct Category
    {
        ObligationKind kind;
        QRegularExpression english;
        QRegularExpression chinese;
    };
    static const std::array<Category, 5> categories{{
        {ObligationKind::Retain,
         pattern(QStringLiteral("\\b(?:retain\\w*|retention|preserv\\w*|keep(?:s|ing)?\\s+(?:\\w+\\s+){0,3}?"
                                "(?:records?|logs?|copies|history|versions?)|records?|recorded|logs?\\s+"
                                "(?:retained|kept|stored)|archiv\\w*)\\b"),
                 Insensitive),
         pattern(QStringLiteral("保存|留存|保留|存档|记录"))},
        {ObligationKind::FileRegister,
         pattern(QStringLiteral("\\b(?:fil(?:e|es|ing|ings)\\b(?!\\s+(?:a\\s+)?(?:complaint|lawsuit))|"
                                "register(?:s|ing)?|registration|record-filing)\\b"),
                 Insensitive),
         pattern(QStringLiteral("备案|登记|报备|报送|申报"))},
        {ObligationKind::Label,
         pattern(QStringLiteral("\\b(?:label\\w*|identif(?:y|ies|ied|iable|ication)|watermark\\w*|"
                                "mark(?:s|ed|ing)?)\\b"),
                 Insensitive),
         pattern(QStringLiteral("标识|标注|标明|标记|水印"))},
        {ObligationKind::Assess,
         pattern(QStringLiteral("\\b(?:assess\\w*|review\\w*|evaluat\\w*|test(?:s|ed|ing)?|audit\\w*|"
                                "inspect\\w*)\\b"),
                 Insensitive),
         pattern(QStringLiteral("评估|审查|审核|检测|测评|测试|审计|自查"))},
        {ObligationKind::Disclose,
         pattern(QStringLiteral("\\b(?:disclos\\w*|display\\w*|publici[sz]\\w*|publish\\w*|public\\s+notice|"
                                "prompt(?:s|ed|ing)?|notif\\w*|inform(?:s|ed|ing)?|remind\\w*|explain\\w*|"
                                "announc\\w*|make\\s+public)\\b"),
                 Insensitive),
         pattern(QStringLiteral("公示|公开|披露|告知|提示|提醒|展示|显示|说明|标示|公布|通知"))},
    }};
    // The kind is what the duty's own verb does: the words right after the modal ("must display…", "应当
    // 公示…"), not a keyword anywhere in the clause ("test drivers should sign a contract" is no test). A
    // state ("must be independent legal entities", "应当为…所必需") is a plain duty unless its participle
    // names the kind ("must be labelled").
    static const QRegularExpression englishModal
        = pattern(QStringLiteral(
                      "\\b(?:must|shall|should|(?:is|are|be)\\s+required\\s+to|needs?\\s+to|ha(?:ve|s)\\s+to|"
                      "requires?|requiring|ought\\s+to)\\s+(?:also\\s+|further\\s+|strictly\\s+|properly\\s+|"
                      "promptly\\s+|only\\s+)*"),
                  Insensitive);
    static const QRegularExpression chineseModal = pattern(QStringLiteral("应当|必须|须|应|需要|需|要求"));
    static const QRegularExpression englishState = pattern(
        QStringLiteral("^(?:be|have|has|had|possess)\\b(?!\\s+(?:labell?ed|displayed|disclosed|retained|"
                       "kept|stored|filed|registered|reported|assessed|reviewed|tested|audited|marked)\\b)"),
        Insensitive);
    static const QRegularExpression chineseState = pattern(QStringLiteral("^(?:为|是|具备|具有|符合|属于)"));
    const bool chinese = language == Language::Chinese;
    QStringView window = text.left(chinese ? 16 : 60);
    if (const auto modal = (chinese ? chineseModal : englishModal).matchView(text); modal.hasMatch()) {
        window = text.sliced(modal.capturedEnd()).left(50);
        if (chinese) {
            // The verb may come after a phrase of place or object ("应当对生成合成内容添加显式标识"): up to
            // the end of the clause.
            static const QRegularExpression clauseEnd(QStringLiteral("[，,。；;]"));
            const qsizetype stop = window.indexOf(clauseEnd);
            window = stop < 0 ? window : window.first(stop);
        }
        if ((chinese ? chineseState : englishState).matchView(window).hasMatch()) {
            return ObligationKind::MustDo;
        }
    }
    const auto firstCategory = [&](QStringView where) {
        ObligationKind kind = ObligationKind::MustDo;
        qsizetype first = where.size();
        for (const Category &category : categories) {
            const auto match = (chinese ? category.chinese : category.english).matchView(where);
            if (match.hasMatch() && match.capturedStart() < first) {
                first = match.capturedStart();
                kind = category.kind;
            }
        }
        return kind;
    };
    const ObligationKind kind = firstCategory(window);
    // A Chinese duty whose verb names no kind takes it from its condition:
    // "备案信息发生变更的，应当…办理变更手续" is a filing.
    return kind == ObligationKind::MustDo && chinese ? firstCategory(text) : kind;
}

// What reads like a duty and is none (the corpus labels leave these out): a liability ("shall bear the
// responsibility of the seller", "承担…责任"), a penalty being imposed ("shall be given a warning and fined",
// "处以…罚款"), a relaxation or permission ("no longer have to", "can simply register", "may"), and a task of
// government ("the content of supervision and inspection should be improved", "各地要…", "local authorities
// are tasked with").
bool isNoDuty(QStringView clause, Language language)
{
    static const QRegularExpression english = pattern(
        QStringLiteral(
            "\\bbear\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:responsibilit|liabilit)|\\bliable\\b|"
            "\\b(?:be|been)\\s+(?:imposed|given\\s+a|fined|punished|penali[sz]ed)\\b|penalties\\s+shall|"
            "\\bno\\s+longer\\s+(?:have|has|need|be\\s+required)\\b|\\bcan\\s+simply\\b|"
            "\\bsupervision\\s+and\\s+inspection\\b|\\b(?:local|competent|relevant)\\s+(?:authorities|"
            "governments?|departments)\\b|\\bregions\\s+and\\s+departments\\b|\\bare\\s+tasked\\b|"
            "\\bimplementation\\s+of\\s+the\\s+policy\\b"),
        Insensitive);
    static const QRegularExpression chinese = pattern(QStringLiteral(
        "承担[^，。；]{0,12}责任|处以|给予[^，。；]{0,10}处罚|依法追究|各地区?各部门|各地要|有关部门要|"
        "主管部门应|监管部门应|不再需要|无需|^\\s*截至|研究表明|报告显示"));
    return (language == Language::Chinese ? chinese : english).matchView(clause).hasMatch();
}

// --- Parameter names --------------------------------------------------------------------------------------

struct GenericName
{
    const char16_t *en;
    const char16_t *zh;
};

namespace Generic {
constexpr GenericName Retention{u"retention period", u"保存期限"};
constexpr GenericName Notice{u"advance notice", u"提前通知期限"};
constexpr GenericName Window{u"time window", u"时段"};
constexpr GenericName Interval{u"interval", u"间隔"};
constexpr GenericName Age{u"age", u"年龄"};
constexpr GenericName Percentage{u"percentage", u"比例"};
constexpr GenericName Limit{u"time limit", u"期限"};
constexpr GenericName Count{u"number", u"数量"};
} // namespace Generic

QStringList wordsOf(QStringView text)
{
    QStringList words;
    for (const QStringView w : text.split(u' ', Qt::SkipEmptyParts)) {
        words.append(w.toString());
    }
    return words;
}

QString bare(const QString &word)
{
    QString w = word.toLower();
    while (!w.isEmpty() && !w.back().isLetterOrNumber()) {
        w.chop(1);
    }
    while (!w.isEmpty() && !w.front().isLetterOrNumber()) {
        w.remove(0, 1);
    }
    return w;
}

QString simplified(QStringView text)
{
    return text.toString().simplified();
}

// The noun phrase just before a number: "logs retained for no less than 6 months" → "logs retained".
QString englishNameBefore(const QString &text, qsizetype position)
{
    static const QSet<QString> trailing{
        QStringLiteral("at"),        QStringLiteral("for"),   QStringLiteral("of"),
        QStringLiteral("to"),        QStringLiteral("be"),    QStringLiteral("is"),
        QStringLiteral("are"),       QStringLiteral("was"),   QStringLiteral("were"),
        QStringLiteral("by"),        QStringLiteral("in"),    QStringLiteral("on"),
        QStringLiteral("with"),      QStringLiteral("must"),  QStringLiteral("shall"),
        QStringLiteral("should"),    QStringLiteral("may"),   QStringLiteral("not"),
        QStringLiteral("no"),        QStringLiteral("than"),  QStringLiteral("a"),
        QStringLiteral("an"),        QStringLiteral("the"),   QStringLiteral("from"),
        QStringLiteral("between"),   QStringLiteral("and"),   QStringLiteral("or"),
        QStringLiteral("that"),      QStringLiteral("which"), QStringLiteral("period"),
        QStringLiteral("once"),      QStringLiteral("least"), QStringLiteral("required"),
        QStringLiteral("requiring"), QStringLiteral("need"),  QStringLiteral("needs"),
        QStringLiteral("within"),    QStringLiteral("up"),    QStringLiteral("set"),
        QStringLiteral("kept"),
    };
    static const QSet<QString> leading{
        QStringLiteral("with"),     QStringLiteral("and"),       QStringLiteral("or"),
        QStringLiteral("while"),    QStringLiteral("such"),      QStringLiteral("as"),
        QStringLiteral("the"),      QStringLiteral("a"),         QStringLiteral("an"),
        QStringLiteral("that"),     QStringLiteral("including"), QStringLiteral("its"),
        QStringLiteral("their"),    QStringLiteral("requiring"), QStringLiteral("require"),
        QStringLiteral("requires"), QStringLiteral("must"),      QStringLiteral("shall"),
        QStringLiteral("should"),   QStringLiteral("be"),        QStringLiteral("by"),
        QStringLiteral("in"),       QStringLiteral("on"),        QStringLiteral("at"),
        QStringLiteral("from"),
    };
    const qsizetype from = std::max<qsizetype>(0, position - NameWindow);
    QString window = text.mid(from, position - from);
    window.replace(QStringLiteral("graded by age"), QString());
    static const QString delimiters = QStringLiteral(",;:(（，；：[");
    auto phraseFrom = [&](QStringView segment) {
        QStringList words = wordsOf(segment);
        auto strippable = [](const QSet<QString> &set, const QString &word) {
            const QString w = bare(word);
            return w.isEmpty() || set.contains(w) || w.front().isDigit();
        };
        while (!words.isEmpty() && strippable(trailing, words.last())) {
            words.removeLast();
        }
        while (!words.isEmpty() && strippable(leading, words.first())) {
            words.removeFirst();
        }
        // The head of "penetration rate of intelligent terminals" is "penetration rate".
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString w = bare(words.at(i));
            if (w == u"of" || w == u"for") {
                words = words.mid(0, i);
                break;
            }
        }
        if (words.size() > 6) {
            words = words.mid(words.size() - 6);
        }
        QString phrase = words.join(u' ');
        while (!phrase.isEmpty() && !phrase.back().isLetterOrNumber()) {
            phrase.chop(1);
        }
        return phrase;
    };
    qsizetype cut = window.size();
    for (int attempt = 0; attempt < 2; ++attempt) {
        qsizetype delimiter = cut - 1;
        while (delimiter >= 0 && !delimiters.contains(window.at(delimiter))) {
            --delimiter;
        }
        const QString phrase = phraseFrom(QStringView(window).sliced(delimiter + 1, cut - delimiter - 1));
        if (!phrase.isEmpty() || delimiter < 0) {
            return phrase;
        }
        cut = delimiter;
    }
    return {};
}

// "at least 7 days of public notice" → "public notice".
QString englishNameAfter(const QString &text, qsizetype position)
{
    static const QRegularExpression of = pattern(QStringLiteral("\\s+of\\s+((?:[A-Za-z][\\w'-]*\\s*){1,4})"));
    static const QSet<QString> stop{QStringLiteral("and"),    QStringLiteral("or"),    QStringLiteral("for"),
                                    QStringLiteral("to"),     QStringLiteral("in"),    QStringLiteral("on"),
                                    QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("with"),
                                    QStringLiteral("from"),   QStringLiteral("by"),    QStringLiteral("at"),
                                    QStringLiteral("is"),     QStringLiteral("are"),   QStringLiteral("must"),
                                    QStringLiteral("shall"),  QStringLiteral("should")};
    const auto match = of.match(text, position, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch()) {
        return {};
    }
    QStringList words;
    for (const QString &w : wordsOf(match.capturedView(1))) {
        if (stop.contains(bare(w))) {
            break;
        }
        words.append(w);
    }
    QString phrase = words.join(u' ');
    while (!phrase.isEmpty() && !phrase.back().isLetterOrNumber()) {
        phrase.chop(1);
    }
    return phrase;
}

// The words just before a number in Chinese: "网络日志应当保存不少于六个月" → "网络日志保存".
QString chineseNameBefore(const QString &text, qsizetype position)
{
    static const QRegularExpression modal
        = pattern(QStringLiteral("应当|必须|不得|一律|均应|均|应|须|需要|需|要求|并且|并|且"));
    static const QRegularExpression leading
        = pattern(QStringLiteral("^(?:以及|同时|对于|对|将|在|其|和|及|与)+"));
    const qsizetype from = std::max<qsizetype>(0, position - 40);
    QString window = text.mid(from, position - from);
    qsizetype delimiter = window.size() - 1;
    static const QString delimiters = QStringLiteral("，,；;：:（(、。 ");
    while (delimiter >= 0 && !delimiters.contains(window.at(delimiter))) {
        --delimiter;
    }
    window = window.mid(delimiter + 1);
    window.remove(modal);
    window.remove(leading);
    if (window.size() > 12) {
        window = window.right(12);
    }
    return window.trimmed();
}

// A more telling Chinese name for a few common English ones.
const GenericName &genericFor(const QString &englishName, const GenericName &fallback)
{
    static constexpr GenericName publicNotice{u"public notice", u"公示期"};
    static constexpr GenericName logs{u"log retention", u"日志留存期限"};
    static constexpr GenericName usage{u"usage time", u"使用时长"};
    const QString name = englishName.toLower();
    if (name.contains(u"public notice")) {
        return publicNotice;
    }
    if (name.contains(u"notice")) {
        return Generic::Notice;
    }
    if (name.contains(u"log")) {
        return logs;
    }
    if (name.contains(u"usage") || name.contains(u"use time")) {
        return usage;
    }
    return fallback;
}

BilingualText nameFor(const QString &found, const GenericName &generic, Language language)
{
    BilingualText name{QString::fromUtf16(generic.en), QString::fromUtf16(generic.zh)};
    if (!found.isEmpty()) {
        (language == Language::Chinese ? name.zh : name.en) = found;
    }
    return name;
}

// --- Parameters -------------------------------------------------------------------------------------------

class ParameterCollector
{
public:
    explicit ParameterCollector(const QString &text)
        : m_text(text)
    {
    }

    // Whether another parameter is wanted; the limit keeps garbage input linear.
    bool full() const { return m_found.size() >= MaxParameters; }

    bool free(qsizetype begin, qsizetype end) const
    {
        return std::none_of(m_found.begin(), m_found.end(),
                            [&](const FoundParameter &f) { return begin < f.end && f.begin < end; });
    }

    void add(const QRegularExpressionMatch &match, ObligationParameter parameter, bool binding = false)
    {
        add(match.capturedStart(), match.capturedEnd(), std::move(parameter), binding);
    }

    void add(qsizetype begin, qsizetype end, ObligationParameter parameter, bool binding = false)
    {
        // A number too large or unreadable is no parameter anybody wrote.
        if (parameter.value.isEmpty()
            || (parameter.op == ParameterOp::Between && parameter.value2.isEmpty())) {
            return;
        }
        m_found.append({std::move(parameter), begin, end, binding});
    }

    QList<FoundParameter> result() const
    {
        QList<FoundParameter> sorted = m_found;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const FoundParameter &a, const FoundParameter &b) { return a.begin < b.begin; });
        return sorted;
    }

    const QString &text() const { return m_text; }

private:
    const QString &m_text;
    QList<FoundParameter> m_found;
};

// Runs a pattern over the text and hands each match that does not overlap an earlier parameter to `handle`.
template <typename Handler>
void each(ParameterCollector &collector, const QRegularExpression &re, Handler handle)
{
    auto it = re.globalMatch(collector.text());
    while (it.hasNext() && !collector.full()) {
        const QRegularExpressionMatch match = it.next();
        if (collector.free(match.capturedStart(), match.capturedEnd())) {
            handle(match);
        }
    }
}

std::optional<QString> clockTime(QStringView hourText, QStringView minuteText, QStringView meridiem)
{
    const double hourValue = parseNumber(hourText);
    if (hourValue < 0 || hourValue > 24) {
        return std::nullopt;
    }
    int hour = static_cast<int>(hourValue);
    const int minute = minuteText.isEmpty() ? 0 : minuteText.toInt();
    const QString m = meridiem.toString().toLower().remove(u'.');
    if ((m == u"pm" || m == u"下午" || m == u"晚上" || m == u"夜间" || m == u"夜里") && hour > 0
        && hour < 12) {
        hour += 12;
    } else if (m == u"am" && hour == 12) {
        hour = 0;
    }
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59) {
        return std::nullopt;
    }
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

ObligationParameter makeParameter(BilingualText name, ParameterOp op, double value, ParameterUnit unit)
{
    ObligationParameter p;
    p.name = std::move(name);
    p.op = op;
    p.value = numberText(value);
    p.unit = unit;
    return p;
}

// "22:00 to 6:00", "from 10 p.m. to 6 a.m.": a time window.
void englishClockWindows(ParameterCollector &c, bool)
{

    static const QRegularExpression window = pattern(
        QStringLiteral(
            "\\b(?:(from|between)\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*"
            "(?:to|and|until|till|through|-|–)\\s*(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?"
            "(?:\\s+(?:of\\s+)?the\\s+(?:next|following)\\s+day)?"),
        Insensitive);
    each(c, window, [&](const QRegularExpressionMatch &m) {
        // Both ends must read as clock times: "22:00", "10 p.m."; "from 3 to 5" is not a time window.
        const bool first = !m.capturedView(3).isEmpty() || !m.capturedView(4).isEmpty();
        const bool second = !m.capturedView(6).isEmpty() || !m.capturedView(7).isEmpty();
        const auto from = clockTime(m.capturedView(2), m.capturedView(3), m.capturedView(4));
        const auto to = clockTime(m.capturedView(5), m.capturedView(6), m.capturedView(7));
        if (!first || !second || !from || !to) {
            return;
        }
        ObligationParameter p;
        p.name = nameFor({}, Generic::Window, Language::English);
        p.op = ParameterOp::Between;
        p.value = *from;
        p.value2 = *to;
        p.unit = ParameterUnit::Time;
        c.add(m, p);
    });
}

// "1 hour/2 hours", graded by age or by another band.
void englishGradedLimits(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = englishNumber();
    const QString &unit = englishUnit();

    // "1 hour/2 hours", graded by age or by another band: each is a limit of its own.
    static const QRegularExpression graded
        = pattern(QStringLiteral("\\b%1\\s*%2\\s*/\\s*%1\\s*%2").arg(num, unit), Insensitive);
    each(c, graded, [&](const QRegularExpressionMatch &m) {
        const auto u1 = unitOf(m.capturedView(2));
        const auto u2 = unitOf(m.capturedView(4));
        if (!u1 || !u2) {
            return;
        }
        const QString name = englishNameBefore(text, m.capturedStart());
        const bool byAge = text.contains(QStringLiteral("by age"), Qt::CaseInsensitive);
        for (int band = 0; band < 2; ++band) {
            const auto &u = band == 0 ? u1 : u2;
            BilingualText n = nameFor(name, genericFor(name, Generic::Limit), Language::English);
            if (byAge) {
                n.en += QStringLiteral(" – age band %1").arg(band + 1);
                n.zh += QStringLiteral("（年龄段%1）").arg(band + 1);
            }
            c.add(m,
                  makeParameter(n, ParameterOp::AtMost, parseNumber(m.capturedView(1 + 2 * band)) * u->second,
                                u->first));
        }
    });
}

// "at least 6 months", "no more than 30 minutes", "below 90%": limits and, with their direction, findings.
void englishComparisons(ParameterCollector &c, bool retention)
{
    const QString &text = c.text();
    const QString &num = englishNumber();
    const QString &unit = englishUnit();

    static const QRegularExpression comparator = pattern(
        QStringLiteral(
            "\\b(at\\s+least|no\\s+less\\s+than|not\\s+less\\s+than|no\\s+fewer\\s+than|"
            "not\\s+fewer\\s+than|a\\s+minimum\\s+of|minimum\\s+of|no\\s+shorter\\s+than|"
            "not\\s+shorter\\s+than|not\\s+be\\s+less\\s+than|not\\s+be\\s+shorter\\s+than|at\\s+most|"
            "no\\s+more\\s+than|not\\s+more\\s+than|not\\s+to\\s+exceed|not\\s+exceed(?:ing)?|"
            "no\\s+longer\\s+than|not\\s+longer\\s+than|not\\s+be\\s+longer\\s+than|up\\s+to|"
            "a\\s+maximum\\s+of|maximum\\s+of|within|exceeding|more\\s+than|above|below|under|"
            "less\\s+than|fewer\\s+than|over)\\s+%1\\s*(%|percent\\b|per\\s*cent\\b|%2)")
            .arg(num, unit),
        Insensitive);
    each(c, comparator, [&](const QRegularExpressionMatch &m) {
        const QString word = m.captured(1).toLower().simplified();
        const auto u = unitOf(m.capturedView(3));
        if (!u || (word == u"over" && u->first != ParameterUnit::Percent)) {
            return; // "over 3 years" tells a period, not a limit
        }
        static const QStringList atLeast{QStringLiteral("at least"),
                                         QStringLiteral("no less than"),
                                         QStringLiteral("not less than"),
                                         QStringLiteral("no fewer than"),
                                         QStringLiteral("not fewer than"),
                                         QStringLiteral("a minimum of"),
                                         QStringLiteral("minimum of"),
                                         QStringLiteral("no shorter than"),
                                         QStringLiteral("not shorter than"),
                                         QStringLiteral("not be less than"),
                                         QStringLiteral("not be shorter than"),
                                         QStringLiteral("exceeding"),
                                         QStringLiteral("more than"),
                                         QStringLiteral("above"),
                                         QStringLiteral("over")};
        const ParameterOp op = atLeast.contains(word) ? ParameterOp::AtLeast : ParameterOp::AtMost;
        const GenericName &generic = u->first == ParameterUnit::Age ? Generic::Age
            : u->first == ParameterUnit::Percent                    ? Generic::Percentage
            : retention                                             ? Generic::Retention
                                                                    : Generic::Limit;
        QString name = englishNameAfter(text, m.capturedEnd());
        if (name.isEmpty() && u->first != ParameterUnit::Age) {
            name = englishNameBefore(text, m.capturedStart());
        }
        // "at least", "not exceed", "within" state a limit; "exceeding 70%" or "below 90%" may only report
        // one.
        static const QStringList describing{QStringLiteral("exceeding"),  QStringLiteral("more than"),
                                            QStringLiteral("above"),      QStringLiteral("below"),
                                            QStringLiteral("under"),      QStringLiteral("less than"),
                                            QStringLiteral("fewer than"), QStringLiteral("over")};
        c.add(m,
              makeParameter(nameFor(name, genericFor(name, generic), Language::English), op,
                            parseNumber(m.capturedView(2)) * u->second, u->first),
              !describing.contains(word));
    });
}

// "aged 14 to 18", "under 14", "over the age of 16".
void englishAges(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = englishNumber();

    static const QRegularExpression ageRange = pattern(
        QStringLiteral("\\baged\\s+%1\\s*(?:to|-|–|and)\\s*%1(?:\\s+years?(?:\\s+old|\\s+of\\s+age)?)?")
            .arg(num),
        Insensitive);
    each(c, ageRange, [&](const QRegularExpressionMatch &m) {
        ObligationParameter p
            = makeParameter(nameFor({}, Generic::Age, Language::English), ParameterOp::Between,
                            parseNumber(m.capturedView(1)), ParameterUnit::Age);
        p.value2 = numberText(parseNumber(m.capturedView(2)));
        c.add(m, p);
    });
    static const QRegularExpression age
        = pattern(QStringLiteral(
                      "\\b(aged\\s+)?(under|below|younger\\s+than|less\\s+than|over|above|older\\s+than|"
                      "at\\s+least|not\\s+under)\\s+(the\\s+age\\s+of\\s+)?%1(?!\\s*(?:%|percent|,\\d|\\.\\d|"
                      "minutes?|mins?|hours?|hrs?|days?|weeks?|months?|working|business|calendar|yuan|rmb|"
                      "million|billion|thousand))(\\s+years?(?:\\s+old|\\s+of\\s+age))?")
                      .arg(num),
                  Insensitive);
    static const QRegularExpression person = pattern(
        QStringLiteral("\\b(?:minors?|child(?:ren)?|kids?|teen\\w*|juveniles?|students?|users?|persons?|"
                       "people|aged|age)\\b"),
        Insensitive);
    each(c, age, [&](const QRegularExpressionMatch &m) {
        const bool explicitAge = !m.capturedView(1).isEmpty() || !m.capturedView(3).isEmpty()
            || !m.capturedView(5).isEmpty() || m.captured(2).startsWith(u"younger", Qt::CaseInsensitive)
            || m.captured(2).startsWith(u"older", Qt::CaseInsensitive);
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 40);
        const bool aboutPeople
            = person.matchView(QStringView(text).sliced(from, m.capturedStart() - from)).hasMatch();
        if (!explicitAge && !aboutPeople) {
            return;
        }
        const QString word = m.captured(2).toLower().simplified();
        const bool lower = word == u"over" || word == u"above" || word == u"older than" || word == u"at least"
            || word == u"not under";
        c.add(m,
              makeParameter(nameFor({}, Generic::Age, Language::English),
                            lower ? ParameterOp::AtLeast : ParameterOp::AtMost,
                            parseNumber(m.capturedView(4)), ParameterUnit::Age));
    });
}

// "every 30 minutes", "7 days in advance".
void englishIntervalsAndNotices(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = englishNumber();
    const QString &unit = englishUnit();

    static const QRegularExpression every
        = pattern(QStringLiteral("\\b(?:once\\s+)?every\\s+%1\\s*%2").arg(num, unit), Insensitive);
    each(c, every, [&](const QRegularExpressionMatch &m) {
        const auto u = unitOf(m.capturedView(2));
        if (!u || u->first == ParameterUnit::Age) {
            return;
        }
        c.add(m,
              makeParameter(
                  nameFor(englishNameBefore(text, m.capturedStart()), Generic::Interval, Language::English),
                  ParameterOp::Every, parseNumber(m.capturedView(1)) * u->second, u->first),
              true);
    });
    static const QRegularExpression notice = pattern(
        QStringLiteral("\\b%1\\s*%2(?:['’]s?)?\\s+(?:in\\s+advance|beforehand|prior|before|advance\\s+notice|"
                       "(?:of\\s+)?(?:prior\\s+|advance\\s+)?notice)")
            .arg(num, unit),
        Insensitive);
    // "one day before the Measures came into force" tells when something happened; a notice period is said
    // with notice, notification or advance.
    static const QRegularExpression noticeWords = pattern(
        QStringLiteral("\\b(?:notice|notif\\w*|inform\\w*|advance|remind\\w*|announc\\w*)\\b"), Insensitive);
    const bool aboutNotice = noticeWords.match(text).hasMatch();
    each(c, notice, [&](const QRegularExpressionMatch &m) {
        const auto u = unitOf(m.capturedView(2));
        if (!u || u->first == ParameterUnit::Age || !aboutNotice) {
            return;
        }
        c.add(m,
              makeParameter(
                  nameFor(englishNameBefore(text, m.capturedStart()), Generic::Notice, Language::English),
                  ParameterOp::AtLeast, parseNumber(m.capturedView(1)) * u->second, u->first),
              true);
    });
}

// "for 3 years": a retention minimum, or a period.
void englishPeriods(ParameterCollector &c, bool retention)
{
    const QString &text = c.text();
    const QString &num = englishNumber();
    const QString &unit = englishUnit();

    static const QRegularExpression period = pattern(
        QStringLiteral("\\bfor\\s+(?:a\\s+(?:period|term)\\s+of\\s+)?%1\\s*%2").arg(num, unit), Insensitive);
    each(c, period, [&](const QRegularExpressionMatch &m) {
        const auto u = unitOf(m.capturedView(2));
        if (!u || u->first == ParameterUnit::Age) {
            return;
        }
        // A retention "for 3 years" is a minimum; any other period is the period itself.
        c.add(m,
              makeParameter(nameFor(englishNameBefore(text, m.capturedStart()),
                                    retention ? Generic::Retention : Generic::Limit, Language::English),
                            retention ? ParameterOp::AtLeast : ParameterOp::Equals,
                            parseNumber(m.capturedView(1)) * u->second, u->first),
              retention);
    });
}

// "≥ 95%", "eight categories".
void englishSymbolsAndCounts(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = englishNumber();
    const QString &unit = englishUnit();

    static const QRegularExpression symbol = pattern(
        QStringLiteral("(≥|≤|>=|<=|⩾|⩽)\\s*%1\\s*(%|%2)?\\s*((?:[A-Za-z][\\w-]*\\s*){0,2})").arg(num, unit),
        Insensitive);
    each(c, symbol, [&](const QRegularExpressionMatch &m) {
        const QString sign = m.captured(1);
        const ParameterOp op
            = sign == u"≥" || sign == u">=" || sign == u"⩾" ? ParameterOp::AtLeast : ParameterOp::AtMost;
        const auto u = m.capturedView(3).isEmpty() ? std::nullopt : unitOf(m.capturedView(3));
        QString name = simplified(m.capturedView(5));
        if (name.isEmpty()) {
            name = englishNameBefore(text, m.capturedStart());
        }
        const ParameterUnit resultUnit = u ? u->first : ParameterUnit::Count;
        c.add(m.capturedStart(), m.capturedEnd(),
              makeParameter(nameFor(name, u ? Generic::Limit : Generic::Count, Language::English), op,
                            parseNumber(m.capturedView(2)) * (u ? u->second : 1), resultUnit));
    });
    // "prohibiting eight categories such as…"
    static const QRegularExpression categories
        = pattern(QStringLiteral("\\b%1\\s+(categories|types|kinds|classes)\\b").arg(num), Insensitive);
    each(c, categories, [&](const QRegularExpressionMatch &m) {
        c.add(m,
              makeParameter(nameFor(m.captured(2).toLower(), Generic::Count, Language::English),
                            ParameterOp::Equals, parseNumber(m.capturedView(1)), ParameterUnit::Count));
    });
}

QList<FoundParameter> englishParameters(const QString &text)
{
    ParameterCollector c(text);
    const bool retention = hasRetentionContext(text, Language::English);
    englishClockWindows(c, retention);
    englishGradedLimits(c, retention);
    englishComparisons(c, retention);
    englishAges(c, retention);
    englishIntervalsAndNotices(c, retention);
    englishPeriods(c, retention);
    englishSymbolsAndCounts(c, retention);
    return c.result();
}

// A number and a unit that read as a duration: not "2025年" (a year) nor "7月31日" (a date).
bool isDuration(const QString &text, const QRegularExpressionMatch &m, int numberGroup, int unitGroup)
{
    const double value = parseNumber(m.capturedView(numberGroup));
    const QStringView u = m.capturedView(unitGroup);
    if (value < 0) {
        return false;
    }
    if (u == u"年" && value >= 1000) {
        return false; // 2025年 is a date
    }
    if ((u == u"日" || u == u"天") && m.capturedStart(numberGroup) > 0
        && text.at(m.capturedStart(numberGroup) - 1) == u'月') {
        return false; // 7月31日
    }
    return true;
}

// "22时至次日6时", "晚上10点到早上6点": a time window.
void chineseClockWindows(ParameterCollector &c, bool)
{
    const QString &num = chineseNumber();
    static const QRegularExpression window
        = pattern(QStringLiteral("(?:(凌晨|早上|上午|中午|下午|晚上|夜间|夜里)\\s*)?%1\\s*(?:[:：]\\s*(\\d{2}"
                                 ")|时|点)(?:\\s*(\\d{1,2})"
                                 "\\s*分)?\\s*(?:至|到|—|－|-|～|~)\\s*(?:次日|第二天|翌日)?\\s*(?:(凌晨|"
                                 "早上|上午|中午|下午|晚上)\\s*)?%1"
                                 "\\s*(?:[:：]\\s*(\\d{2})|时|点)")
                      .arg(num));
    each(c, window, [&](const QRegularExpressionMatch &m) {
        const QStringView minute1 = m.capturedView(3).isEmpty() ? m.capturedView(4) : m.capturedView(3);
        const auto from = clockTime(m.capturedView(2), minute1, m.capturedView(1));
        const auto to = clockTime(m.capturedView(6), m.capturedView(7), m.capturedView(5));
        if (!from || !to) {
            return;
        }
        ObligationParameter p;
        p.name = nameFor({}, Generic::Window, Language::Chinese);
        p.op = ParameterOp::Between;
        p.value = *from;
        p.value2 = *to;
        p.unit = ParameterUnit::Time;
        c.add(m, p);
    });
}

// "1小时/2小时": one limit per band.
void chineseGradedLimits(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = chineseNumber();
    const QString &unit = chineseUnit();
    static const QRegularExpression graded
        = pattern(QStringLiteral("%1\\s*%2\\s*[/／]\\s*%1\\s*%2").arg(num, unit));
    each(c, graded, [&](const QRegularExpressionMatch &m) {
        const auto u1 = unitOf(m.capturedView(2));
        const auto u2 = unitOf(m.capturedView(4));
        if (!u1 || !u2) {
            return;
        }
        const QString name = chineseNameBefore(text, m.capturedStart());
        for (int band = 0; band < 2; ++band) {
            const auto &u = band == 0 ? u1 : u2;
            BilingualText n = nameFor(name, Generic::Limit, Language::Chinese);
            n.en += QStringLiteral(" – band %1").arg(band + 1);
            n.zh += QStringLiteral("（档%1）").arg(band + 1);
            c.add(m,
                  makeParameter(n, ParameterOp::AtMost, parseNumber(m.capturedView(1 + 2 * band)) * u->second,
                                u->first));
        }
    });
}

// "未满十四周岁", "已满16周岁", "14至18周岁".
void chineseAges(ParameterCollector &c, bool)
{
    const QString &num = chineseNumber();
    static const QRegularExpression age
        = pattern(QStringLiteral("(?:(不满|未满|不足|低于|小于|已满|年满|满|不低于|不小于)\\s*)?%1\\s*周?"
                                 "岁\\s*(?:(以上|以下|以内)|"
                                 "(?:至|到|—|-|～)\\s*%1\\s*周?岁)?")
                      .arg(num));
    each(c, age, [&](const QRegularExpressionMatch &m) {
        const QStringView prefix = m.capturedView(1);
        const QStringView suffix = m.capturedView(3);
        const double value = parseNumber(m.capturedView(2));
        if (value < 0 || value > 150) {
            return;
        }
        BilingualText name = nameFor({}, Generic::Age, Language::Chinese);
        if (!m.capturedView(4).isEmpty()) {
            ObligationParameter p = makeParameter(name, ParameterOp::Between, value, ParameterUnit::Age);
            p.value2 = numberText(parseNumber(m.capturedView(4)));
            c.add(m, p);
            return;
        }
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return; // "14周岁" alone defines, it does not limit
        }
        const bool lower = prefix == u"已满" || prefix == u"年满" || prefix == u"满" || prefix == u"不低于"
            || prefix == u"不小于" || suffix == u"以上";
        c.add(m,
              makeParameter(name, lower ? ParameterOp::AtLeast : ParameterOp::AtMost, value,
                            ParameterUnit::Age));
    });
}

// "每30分钟", "每满1小时".
void chineseIntervals(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = chineseNumber();
    const QString &unit = chineseUnit();
    static const QRegularExpression every
        = pattern(QStringLiteral("每(?:隔|满)?\\s*%1\\s*%2").arg(num, unit));
    each(c, every, [&](const QRegularExpressionMatch &m) {
        const auto u = unitOf(m.capturedView(2));
        if (!u || !isDuration(text, m, 1, 2)) {
            return;
        }
        c.add(m,
              makeParameter(
                  nameFor(chineseNameBefore(text, m.capturedStart()), Generic::Interval, Language::Chinese),
                  ParameterOp::Every, parseNumber(m.capturedView(1)) * u->second, u->first),
              true);
    });
}

// "不少于6个月", "不超过1小时", "30日以内", "低于90%": limits and, with their direction, findings.
void chineseComparisons(ParameterCollector &c, bool retention)
{
    const QString &text = c.text();
    const QString &num = chineseNumber();
    const QString &unit = chineseUnit();
    static const QRegularExpression comparator
        = pattern(QStringLiteral("(不少于|不低于|不短于|不得少于|不得低于|不得短于|不应少于|不应低于|至少|"
                                 "最少|最低|不超过|不得超过|不应超过|不高于|"
                                 "不多于|不长于|不得长于|最长|最多|最高|不足|超过|高于|低于|少于)\\s*(百分之)"
                                 "?\\s*%1\\s*(%2|%|％)?")
                      .arg(num, unit));
    each(c, comparator, [&](const QRegularExpressionMatch &m) {
        const bool percent = !m.capturedView(2).isEmpty();
        const auto u
            = percent ? std::optional{std::pair{ParameterUnit::Percent, 1}} : unitOf(m.capturedView(4));
        if (!u || (!percent && !isDuration(text, m, 3, 4))) {
            return;
        }
        static const QStringList atLeast{
            QStringLiteral("不少于"),   QStringLiteral("不低于"),   QStringLiteral("不短于"),
            QStringLiteral("不得少于"), QStringLiteral("不得低于"), QStringLiteral("不得短于"),
            QStringLiteral("不应少于"), QStringLiteral("不应低于"), QStringLiteral("至少"),
            QStringLiteral("最少"),     QStringLiteral("最低"),     QStringLiteral("超过"),
            QStringLiteral("高于")};
        const ParameterOp op = atLeast.contains(m.captured(1)) ? ParameterOp::AtLeast : ParameterOp::AtMost;
        const GenericName &generic = u->first == ParameterUnit::Percent ? Generic::Percentage
            : retention                                                 ? Generic::Retention
                                                                        : Generic::Limit;
        // 不少于 and 不超过 state a limit to keep; 超过 and 低于 may only report a figure.
        static const QStringList describing{QStringLiteral("超过"), QStringLiteral("高于"),
                                            QStringLiteral("低于"), QStringLiteral("少于"),
                                            QStringLiteral("不足")};
        c.add(m,
              makeParameter(nameFor(chineseNameBefore(text, m.capturedStart()), generic, Language::Chinese),
                            op, parseNumber(m.capturedView(3)) * u->second, u->first),
              !describing.contains(m.captured(1)));
    });
    static const QRegularExpression suffix
        = pattern(QStringLiteral("(百分之)?%1\\s*(%2|%|％)?\\s*(以上|以下|以内|之内|内)").arg(num, unit));
    each(c, suffix, [&](const QRegularExpressionMatch &m) {
        const bool percent
            = !m.capturedView(1).isEmpty() || m.capturedView(3) == u"%" || m.capturedView(3) == u"％";
        const auto u
            = percent ? std::optional{std::pair{ParameterUnit::Percent, 1}} : unitOf(m.capturedView(3));
        if (!u || (!percent && !isDuration(text, m, 2, 3))) {
            return;
        }
        const ParameterOp op = m.capturedView(5) == u"以上" ? ParameterOp::AtLeast : ParameterOp::AtMost;
        const GenericName &generic = percent ? Generic::Percentage
            : retention                      ? Generic::Retention
                                             : Generic::Limit;
        c.add(m,
              makeParameter(nameFor(chineseNameBefore(text, m.capturedStart()), generic, Language::Chinese),
                            op, parseNumber(m.capturedView(2)) * u->second, u->first),
              op == ParameterOp::AtMost && m.capturedView(5) != u"以下");
    });
}

// "提前7日", "保存3年".
void chineseNoticesAndRetention(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = chineseNumber();
    const QString &unit = chineseUnit();
    static const QRegularExpression advance
        = pattern(QStringLiteral("提前\\s*(?:至少\\s*)?%1\\s*%2").arg(num, unit));
    each(c, advance, [&](const QRegularExpressionMatch &m) {
        const auto u = unitOf(m.capturedView(2));
        if (!u || !isDuration(text, m, 1, 2)) {
            return;
        }
        c.add(m,
              makeParameter(
                  nameFor(chineseNameBefore(text, m.capturedStart()), Generic::Notice, Language::Chinese),
                  ParameterOp::AtLeast, parseNumber(m.capturedView(1)) * u->second, u->first),
              true);
    });
    static const QRegularExpression keep
        = pattern(QStringLiteral("(保存|留存|保留|存储|存档)(?:期限|时间)?(?:应当为|应为|为)?\\s*%1\\s*%2")
                      .arg(num, unit));
    each(c, keep, [&](const QRegularExpressionMatch &m) {
        const auto u = unitOf(m.capturedView(3));
        if (!u || !isDuration(text, m, 2, 3)) {
            return;
        }
        const QString name = chineseNameBefore(text, m.capturedStart()) + m.captured(1);
        c.add(m,
              makeParameter(nameFor(name, Generic::Retention, Language::Chinese), ParameterOp::AtLeast,
                            parseNumber(m.capturedView(2)) * u->second, u->first),
              true);
    });
}

// "≥95%", "八类".
void chineseSymbolsAndCounts(ParameterCollector &c, bool)
{
    const QString &text = c.text();
    const QString &num = chineseNumber();
    const QString &unit = chineseUnit();
    static const QRegularExpression symbol
        = pattern(QStringLiteral("(≥|≤|>=|<=|⩾|⩽)\\s*%1\\s*(%2|%|％)?").arg(num, unit));
    each(c, symbol, [&](const QRegularExpressionMatch &m) {
        const QString sign = m.captured(1);
        const ParameterOp op
            = sign == u"≥" || sign == u">=" || sign == u"⩾" ? ParameterOp::AtLeast : ParameterOp::AtMost;
        const auto u = m.capturedView(3).isEmpty() ? std::nullopt : unitOf(m.capturedView(3));
        c.add(m,
              makeParameter(nameFor(chineseNameBefore(text, m.capturedStart()),
                                    u ? Generic::Limit : Generic::Count, Language::Chinese),
                            op, parseNumber(m.capturedView(2)) * (u ? u->second : 1),
                            u ? u->first : ParameterUnit::Count));
    });
    // "八类不合理收费行为": the count, named by what follows.
    static const QRegularExpression categories
        = pattern(QStringLiteral("%1\\s*(?:类|种)([^，。；、,;：:（(]{1,12})").arg(num));
    each(c, categories, [&](const QRegularExpressionMatch &m) {
        c.add(m,
              makeParameter(nameFor(m.captured(2), Generic::Count, Language::Chinese), ParameterOp::Equals,
                            parseNumber(m.capturedView(1)), ParameterUnit::Count));
    });
}

QList<FoundParameter> chineseParameters(const QString &text)
{
    ParameterCollector c(text);
    const bool retention = hasRetentionContext(text, Language::Chinese);
    chineseClockWindows(c, retention);
    chineseGradedLimits(c, retention);
    chineseAges(c, retention);
    chineseIntervals(c, retention);
    chineseComparisons(c, retention);
    chineseNoticesAndRetention(c, retention);
    chineseSymbolsAndCounts(c, retention);
    return c.result();
}

QList<FoundParameter> parametersOf(const QString &text, Language language)
{
    return language == Language::Chinese ? chineseParameters(text) : englishParameters(text);
}

// --- Trimming and cleaning --------------------------------------------------------------------------------

// Narrows [begin, end) to the clause proper: without list markers and ordinals ("Second,", "（二）", "一是"),
// without a joining word when the clause was split off a longer sentence ("and", "with", "并"), and without
// trailing punctuation.
std::pair<qsizetype, qsizetype> trimmed(const QString &text, qsizetype begin, qsizetype end,
                                        bool continuation, Language language)
{
    static const QRegularExpression englishLead = pattern(
        QStringLiteral(
            "(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|finally|"
            "lastly|furthermore|moreover|additionally|in\\s+addition|at\\s+the\\s+same\\s+time|"
            "meanwhile|in\\s+particular)\\b\\s*,?\\s*|\\(\\s*(?:\\d{1,2}|[ivx]{1,4}|[a-z])\\s*\\)\\s*|"
            "\\d{1,2}[.)]\\s+"),
        Insensitive);
    static const QRegularExpression englishJoin = pattern(
        QStringLiteral("(?:and\\s+also|as\\s+well\\s+as|and|or|with|while|whereas|but|nor|then)\\s+"),
        Insensitive);
    static const QRegularExpression chineseLead
        = pattern(QStringLiteral("(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|[（(]\\s*(?:"
                                 "[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
                                 "\\s*[）)]|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|(?:同时|此外|"
                                 "另外|其中|最后|首先|其次)[，,]?|"
                                 "(?![^，,。；;：:]{0,24}?(?:应|须|不得|禁止|严禁))[^，,。；;：:]{0,24}?(?:"
                                 "明确|规定|指出|提出|强调|要求)[，,：:])\\s*"));
    static const QRegularExpression chineseJoin = pattern(QStringLiteral(
        "(?:并且|而且|以及|或者|并(?=["
        "应须不在对将要按依及于向加严落把建健完制开履做确保采设提公标告核审报配进组立及定认明])|"
        "且(?=[应须不]))\\s*"));
    const QRegularExpression &lead = language == Language::Chinese ? chineseLead : englishLead;
    const QRegularExpression &join = language == Language::Chinese ? chineseJoin : englishJoin;
    for (int round = 0; round < 6 && begin < end; ++round) {
        while (begin < end
               && (text.at(begin).isSpace() || text.at(begin) == u',' || text.at(begin) == u'，')) {
            ++begin;
        }
        const QStringView rest = QStringView(text).sliced(begin, end - begin);
        auto m = lead.matchView(rest, 0, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() && continuation) {
            m = join.matchView(rest, 0, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
        }
        if (!m.hasMatch() || m.capturedLength() == 0) {
            break;
        }
        begin += m.capturedLength();
    }
    static const QString trailing = QStringLiteral(".,;:。，；：、!?！？");
    while (end > begin && (text.at(end - 1).isSpace() || trailing.contains(text.at(end - 1)))) {
        --end;
    }
    return {begin, end};
}

QString cleaned(QStringView clause, Language language)
{
    QString result = clause.toString().simplified();
    if (result.isEmpty()) {
        return result;
    }
    if (language == Language::Chinese) {
        if (!QStringView(u"。！？").contains(result.back())) {
            result.append(u'。');
        }
        return result;
    }
    result[0] = result.at(0).toUpper();
    const QChar last = result.back();
    const bool closedQuote = result.size() > 1 && isClosingQuote(last)
        && QStringView(u".!?").contains(result.at(result.size() - 2));
    if (!QStringView(u".!?").contains(last) && !closedQuote) {
        result.append(u'.');
    }
    return result;
}

double confidenceOf(Strength strength, bool hasParameters, qsizetype length)
{
    double confidence = 0.45; // a number without a modal: "logs retained for six months"
    switch (strength) {
    case Strength::Strong:
        confidence = 0.75;
        break;
    case Strength::Medium:
        confidence = 0.6;
        break;
    case Strength::Weak:
        confidence = 0.3;
        break;
    case Strength::None:
        break;
    }
    if (hasParameters && strength >= Strength::Medium) {
        confidence += 0.15;
    }
    if (length > 400) {
        confidence -= 0.1; // a long clause usually holds more than one thing
    }
    return std::clamp(confidence, 0.05, 0.95);
}

// Whether [begin, end) holds at least `count` letters or digits; stops counting there.
bool hasLetters(const QString &text, qsizetype begin, qsizetype end, qsizetype count)
{
    for (qsizetype i = begin; i < end && count > 0; ++i) {
        if (text.at(i).isLetterOrNumber()) {
            --count;
        }
    }
    return count <= 0;
}

bool isCondition(QStringView group, Language language)
{
    static const QRegularExpression english
        = pattern(QStringLiteral("^\\s*(?:where|if|when|whenever|before|after|once|for|providing\\s+(?:"
                                 "that\\s+)?(?:they|it|he|she|we|you|there)|provided\\s+that)\\b"),
                  Insensitive);
    group = group.trimmed();
    if (language == Language::Chinese) {
        return group.endsWith(u'的') || (group.endsWith(u'时') && !group.endsWith(u"小时"));
    }
    return english.matchView(group).hasMatch();
}

// Numbers that make a clause a candidate on their own; a count ("eight categories") only qualifies one.
bool hasCueParameter(const QList<FoundParameter> &found)
{
    return std::any_of(found.begin(), found.end(),
                       [](const FoundParameter &f) { return f.parameter.unit != ParameterUnit::Count; });
}

// A list item led by a verb of its own: "…, providing one-click closure", "…, and prominently displaying the
// rules". Verbs of plans ("promoting", "accelerating") are left out: their lists are goals, not duties.
bool startsWithListVerb(QStringView piece)
{
    static const QRegularExpression verb = pattern(
        QStringLiteral(
            "\\s*(?:(?:and|or)\\s+)?(?:[a-z]+ly\\s+)?(?:providing|setting|establishing|ensuring|disclosing|"
            "displaying|retaining|keeping|labell?ing|marking|conducting|obtaining|notifying|informing|"
            "prompting|reminding|recording|filing|registering|assessing|reviewing|testing|verifying|"
            "encrypting|following|offering|publishing|publici[sz]ing|reporting|cooperating|adopting|"
            "refraining|prohibiting|disabling|deleting|cooperate|have|be|remind|keep|retain|ensure|provide|"
            "establish|set\\s+up|disclose|display|report|notify|obtain|sign|take|stop|label|file|register|"
            "conduct|"
            "adopt|implement|check|strengthen|intensify|improve|formulate|publish|delete|verify)\\b"),
        Insensitive);
    return verb
        .matchView(piece, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// A sentence in the imperative, as guidance is often written: "Strengthen the review of…", "Do not…".
Cues imperativeCues(QStringView clause)
{
    static const QRegularExpression imperative = pattern(QStringLiteral(
        "(Do\\s+not|Never|Avoid|Refrain|Strengthen|Improve|Establish|Ensure|Provide|Keep|Retain|"
        "Set\\s+up|Set|Implement|Conduct|Disclose|Label|Obtain|Notify|Display|Inform|Record|File|"
        "Register|Assess|Review|Verify|Encrypt|Follow|Publish|Report|Cooperate|Adopt|Make\\s+sure|"
        "Take)\\b(?!-)"));
    const auto match = imperative.matchView(clause, 0, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
    Cues cues;
    if (match.hasMatch()) {
        cues.strength = Strength::Medium;
        const QStringView word = match.capturedView(1);
        cues.prohibition
            = word.startsWith(u"Do") || word == u"Never" || word == u"Avoid" || word == u"Refrain";
    }
    return cues;
}

// --- Money ------------------------------------------------------------------------------------------------

double multiplier(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w == u"thousand" || w == u"千") {
        return 1e3;
    }
    if (w == u"万") {
        return 1e4;
    }
    if (w == u"million" || w == u"百万") {
        return 1e6;
    }
    if (w == u"千万") {
        return 1e7;
    }
    if (w == u"亿") {
        return 1e8;
    }
    if (w == u"billion") {
        return 1e9;
    }
    return 1;
}

struct Money
{
    double amount = -1;
    QString currency = QStringLiteral("CNY");
    qsizetype begin = 0;
    qsizetype end = 0;
};

QList<Money> englishMoney(const QString &text, qsizetype begin, qsizetype end)
{
    static const QString amount = QStringLiteral("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    static const QRegularExpression range = pattern(
        QStringLiteral(
            "\\b(between|from)?\\s*(RMB|CNY)?\\s*%1\\s*(thousand|million|billion)?\\s*(yuan|RMB|CNY)?"
            "\\s*(and|to|-|–)\\s*(RMB|CNY)?\\s*%1\\s*(thousand|million|billion)?\\s*(yuan|RMB|CNY)?")
            .arg(amount),
        Insensitive);
    static const QRegularExpression single
        = pattern(QStringLiteral("(RMB|CNY|¥|￥)?\\s*%1\\s*(thousand|million|billion)?\\s*(yuan|RMB|CNY)?\\b")
                      .arg(amount),
                  Insensitive);
    QList<Money> result;
    const QString clause = text.mid(begin, end - begin);
    auto it = range.globalMatch(clause);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool currency = !m.capturedView(2).isEmpty() || !m.capturedView(5).isEmpty()
            || !m.capturedView(7).isEmpty() || !m.capturedView(10).isEmpty();
        const bool between = !m.capturedView(1).isEmpty();
        const QString connector = m.captured(6).toLower();
        if (!currency || (connector == u"and" && !between) || m.capturedView(10).isEmpty()) {
            continue;
        }
        // A range of fines ("between 100,000 and 500,000 yuan") is recorded as its upper bound: the most the
        // rule exposes a company to.
        const double upper = parseNumber(m.capturedView(8)) * multiplier(m.capturedView(9));
        const qsizetype start
            = m.capturedStart() + (m.capturedView(0).size() - m.capturedView(0).trimmed().size());
        result.append({upper, QStringLiteral("CNY"), begin + start, begin + m.capturedEnd()});
    }
    auto singles = single.globalMatch(clause);
    while (singles.hasNext()) {
        const auto m = singles.next();
        if (m.capturedView(1).isEmpty() && m.capturedView(4).isEmpty()) {
            continue;
        }
        const qsizetype start = begin + m.capturedStart(m.capturedView(1).isEmpty() ? 2 : 1);
        const qsizetype stop = begin + m.capturedEnd();
        if (std::any_of(result.begin(), result.end(),
                        [&](const Money &r) { return start < r.end && r.begin < stop; })) {
            continue;
        }
        result.append({parseNumber(m.capturedView(2)) * multiplier(m.capturedView(3)), QStringLiteral("CNY"),
                       start, stop});
    }
    return result;
}

QList<Money> chineseMoney(const QString &text, qsizetype begin, qsizetype end)
{
    static const QString amount = QStringLiteral(
        "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿]+)");
    static const QRegularExpression range = pattern(
        QStringLiteral(
            "(?:人民币)?%1\\s*(千万|百万|万|亿|千)?\\s*元?\\s*(?:以上\\s*[、，,]?\\s*|至|到|[-—～~－])\\s*"
            "(?:人民币)?%1\\s*(千万|百万|万|亿|千)?\\s*元(?:\\s*以下)?")
            .arg(amount));
    static const QRegularExpression single = pattern(
        QStringLiteral("(?:人民币|RMB|￥|¥)?\\s*%1\\s*(千万|百万|万|亿|千)?\\s*(美|欧|港)?元").arg(amount));
    auto valid = [](QStringView number) {
        if (number.isEmpty()) {
            return false;
        }
        if (isAsciiDigit(number.front())) {
            return true;
        }
        return std::any_of(number.begin(), number.end(),
                           [](QChar c) { return QStringView(u"零〇一二两三四五六七八九十").contains(c); });
    };
    QList<Money> result;
    const QString clause = text.mid(begin, end - begin);
    auto it = range.globalMatch(clause);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!valid(m.capturedView(1)) || !valid(m.capturedView(3))) {
            continue;
        }
        // "10万元以上50万元以下" and "10至50万元" are recorded as the upper bound (the first takes the
        // second's 万 when it has none).
        const double factor = multiplier(m.capturedView(4));
        const double upper = parseNumber(m.capturedView(3)) * factor;
        if (upper <= 0) {
            continue;
        }
        result.append({upper, QStringLiteral("CNY"), begin + m.capturedStart(), begin + m.capturedEnd()});
    }
    auto singles = single.globalMatch(clause);
    while (singles.hasNext()) {
        const auto m = singles.next();
        if (!valid(m.capturedView(1))) {
            continue;
        }
        const qsizetype start = begin + m.capturedStart();
        const qsizetype stop = begin + m.capturedEnd();
        if (std::any_of(result.begin(), result.end(),
                        [&](const Money &r) { return start < r.end && r.begin < stop; })) {
            continue;
        }
        const QStringView foreign = m.capturedView(3);
        const QString currency = foreign == u"美" ? QStringLiteral("USD")
            : foreign == u"欧"                    ? QStringLiteral("EUR")
            : foreign == u"港"                    ? QStringLiteral("HKD")
                                                  : QStringLiteral("CNY");
        result.append(
            {parseNumber(m.capturedView(1)) * multiplier(m.capturedView(2)), currency, start, stop});
    }
    return result;
}

// A run of pieces read as one duty.
struct Group
{
    qsizetype begin = 0;
    qsizetype end = 0;
    Cues cues;
    bool hasParameters = false;
    bool continuation = false;
};

// A piece led by a verb of its own after a duty: "…, providing one-click closure", "…, and cooperate with the
// enforcement", "，严格落实企业主体责任", "，把好上架审核关".
bool isListItem(QStringView piece, Language language)
{
    if (language == Language::English) {
        return startsWithListVerb(piece);
    }
    static const QRegularExpression verb = pattern(QStringLiteral(
        "^\\s*(?:并|或者)?\\s*(?:立即|及时|定期|严格|切实)?(?:加强|落实|把好|把|建立|健全|完善|制定|"
        "开展|"
        "履行|"
        "做好|确保|保障|采取|设置|提供|公示|标明|告知|核验|审核|保存|留存|备案|登记|报告|报送|配合|"
        "进行|组织|整改|停止|删除|使用|遵守|依法)"));
    return verb.matchView(piece).hasMatch();
}

// Pieces join into groups. A piece with a cue of its own starts a new group once the current one has a firm
// cue (a modal or a number), so "…must display X, and retain Y for 3 years" gives two candidates while "…must
// display X, Y and Z" stays one; a list item led by its own verb ("requiring A, providing B, and setting C",
// "应…下架处理，并加强…，严格落实…") is a duty of its own, under the modal before it; the second of two
// alternatives under a prohibition ("不得危害…或者侵犯…") is forbidden too.
QList<Group> groupsOf(const QString &text, const Clause &clause, Language language)
{
    // "按照分类分级原则，在…的基础上，落实数据安全保护制度": a circumstance introduces the duty after it.
    static const QRegularExpression circumstance = pattern(
        QStringLiteral("^\\s*(?:按照|依照|根据|依据|在[^，。；]{0,30}(?:基础上|前提下|范围内|过程中))"));
    QList<Group> groups;
    qsizetype pending = -1; // where circumstances waiting for their duty begin
    for (const Piece &piece : piecesOf(text, clause, language)) {
        const bool readable = hasLetters(text, piece.begin, piece.end, 2);
        const Cues cues = readable ? cuesOf(text, piece.begin, piece.end, clause.begin, language) : Cues{};
        const bool parameters = readable && piece.end - piece.begin <= MaxClauseLength
            && hasCueParameter(parametersOf(text.mid(piece.begin, piece.end - piece.begin), language));
        const bool cue = cues.strength != Strength::None || parameters;
        if (groups.isEmpty()) {
            groups.append({piece.begin, piece.end, cues, parameters, false});
            continue;
        }
        Group &g = groups.last();
        const QStringView pieceText = QStringView(text).sliced(piece.begin, piece.end - piece.begin);
        if (language == Language::Chinese && !cue && g.cues.strength >= Strength::Medium
            && circumstance.matchView(pieceText).hasMatch()) {
            pending = pending < 0 ? piece.begin : pending;
            continue;
        }
        // A condition ("向未满十四周岁的用户提供服务的，应当…", "Where users are under 14, …") belongs to the
        // clause that follows it, numbers or not.
        const bool firm = g.cues.strength >= Strength::Medium
            || (g.hasParameters
                && !isCondition(QStringView(text).sliced(g.begin, g.end - g.begin), language));
        const bool listItem = g.cues.strength >= Strength::Medium && !isCondition(pieceText, language)
            && (isListItem(pieceText, language) || piece.alternative);
        if ((cue && firm) || listItem) {
            Cues inherited = cues;
            if (listItem) {
                inherited.strength = std::max(inherited.strength, Strength::Medium);
                inherited.prohibition = inherited.prohibition || (piece.alternative && g.cues.prohibition);
            }
            groups.append({pending >= 0 ? pending : piece.begin, piece.end, inherited, parameters, true});
        } else {
            g.end = piece.end;
            g.cues.strength = std::max(g.cues.strength, cues.strength);
            g.cues.prohibition = g.cues.prohibition || cues.prohibition;
            g.hasParameters = g.hasParameters || parameters;
        }
        pending = -1;
    }
    if (pending >= 0 && !groups.isEmpty()) {
        groups.last().end = clause.end; // circumstances that introduce nothing stay with what came before
    }
    return groups;
}

// "评估报告应当保存三年": a period to keep something makes it a retention duty, whatever word comes first.
bool keepsForAPeriod(QStringView clause, const QList<FoundParameter> &found)
{
    static const QRegularExpression keeping = pattern(
        QStringLiteral(
            "\\b(?:retain\\w*|retention|kept|keep\\w*|stor(?:e|ed|ing)|preserv\\w*)\\b|保存|留存|保留|存档"),
        Insensitive);
    return keeping.matchView(clause).hasMatch()
        && std::any_of(found.begin(), found.end(), [](const FoundParameter &f) {
               const ParameterUnit u = f.parameter.unit;
               return f.parameter.op == ParameterOp::AtLeast
                   && (u == ParameterUnit::Day || u == ParameterUnit::Month || u == ParameterUnit::Year);
           });
}

// The candidate a group makes, if it is one: a modal or a binding number, not an introduction ("The rules
// emphasize data security:"), not a long summary that only "emphasizes", and nothing that only reads like a
// duty (isNoDuty).
std::optional<CandidateObligation> candidateOf(const QString &text, const Clause &clause, Group g, bool first,
                                               bool last, Strength &clauseStrength, Language language,
                                               qsizetype offset)
{
    const qsizetype minimumLength = language == Language::Chinese ? 4 : 8;
    const auto [begin, end] = trimmed(text, g.begin, g.end, g.continuation, language);
    const qsizetype length = end - begin;
    if (length < minimumLength || length > MaxClauseLength) {
        return std::nullopt;
    }
    const QString clauseText = text.mid(begin, length);
    if (first && language == Language::English) {
        const Cues imperative = imperativeCues(clauseText);
        g.cues.strength = std::max(g.cues.strength, imperative.strength);
        g.cues.prohibition = g.cues.prohibition || imperative.prohibition;
    }
    const QList<FoundParameter> found = parametersOf(clauseText, language);
    // "Logs are kept for no less than six months", 不超过1小时: the limit itself is the requirement.
    if (std::any_of(found.begin(), found.end(), [](const FoundParameter &f) { return f.binding; })) {
        g.cues.strength = std::max(g.cues.strength, Strength::Medium);
    }
    // "…are required, with logs retained for six months": the number is governed by the modal before it.
    if (g.continuation && g.cues.strength == Strength::None && !found.isEmpty()
        && clauseStrength >= Strength::Medium) {
        g.cues.strength = Strength::Medium;
    }
    clauseStrength = std::max(clauseStrength, g.cues.strength);
    if ((g.cues.strength == Strength::None && !hasCueParameter(found))
        || (clause.introducer && last && !hasCueParameter(found) && g.cues.strength < Strength::Medium)
        || (g.cues.strength == Strength::Weak && found.isEmpty() && length > 400)
        || isNoDuty(clauseText, language)) {
        return std::nullopt;
    }
    CandidateObligation candidate;
    Obligation &o = candidate.obligation;
    (language == Language::Chinese ? o.text.zh : o.text.en) = cleaned(clauseText, language);
    o.kind = kindOf(clauseText, g.cues.prohibition, language);
    if (keepsForAPeriod(clauseText, found) && o.kind != ObligationKind::MustNot) {
        o.kind = ObligationKind::Retain;
    }
    for (const FoundParameter &p : found) {
        o.parameters.append(p.parameter);
    }
    candidate.confidence = confidenceOf(g.cues.strength, !found.isEmpty(), length);
    candidate.selected = candidate.confidence >= 0.5;
    candidate.span = {QString::fromUtf16(ImportField::Obligation), begin + offset, length};
    return candidate;
}

// One duty of an enumeration: where it stands in the clause, and the object it shares with the next one
// ("the establishment [and effective implementation] of corresponding systems").
struct Conjunct
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString sharedObject;
};

// The duties a clause enumerates as actions ("requires the establishment and effective implementation of X,
// the formulation of Y, and the establishment and improvement of Z"; "requiring identification, internal
// review, prominent prompts and retention of manual backups"): one per action, each with its object. Fewer
// than two means the clause is one duty.
QList<Conjunct> enumeratedActions(QStringView clause)
{
    static const QRegularExpression trigger = pattern(
        QStringLiteral("\\b(?:requires?|requiring|required|includes?|including|mandates?|covering)\\s+"),
        Insensitive);
    static const QRegularExpression action = pattern(
        QStringLiteral(
            "^\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:[a-z]+ly\\s+|effective\\s+|"
            "internal\\s+|"
            "prominent\\s+|timely\\s+|regular\\s+|manual\\s+|clear\\s+)?(?:establishment|implementation|"
            "formulation|segmentation|management|improvement|renewal|identification|review|prompts?|"
            "retention|registration|filing|disclosure|display|labell?ing|notification|assessment|audit|"
            "reporting|cancellation|deletion|appointment|training|verification|encryption|record-keeping|"
            "establishing|implementing|formulating|improving|labell?ing|reviewing|retaining|filing|"
            "disclosing|displaying|reporting|notifying|assessing|auditing|raising|strengthening|setting|"
            "providing|ensuring|keeping|maintaining|conducting|submitting|obtaining)\\b|^\\s*as\\s+well\\s+"
            "as\\b"),
        Insensitive);
    const auto start = trigger.matchView(clause);
    if (!start.hasMatch()) {
        return {};
    }
    // The pieces between top-level commas and "and"s; a piece that is no action belongs to the one before.
    QList<Conjunct> conjuncts;
    qsizetype from = start.capturedEnd();
    int depth = 0;
    const auto take = [&](qsizetype to) {
        const QStringView piece = clause.sliced(from, to - from);
        if (action.matchView(piece).hasMatch() || conjuncts.isEmpty()) {
            conjuncts.append({from, to, {}});
        } else {
            conjuncts.last().end = to;
        }
    };
    for (qsizetype i = from; i < clause.size(); ++i) {
        const QChar c = clause.at(i);
        depth += isOpening(c) ? 1 : isClosing(c) ? -1 : 0;
        if (depth > 0) {
            continue;
        }
        const bool comma = c == u',';
        const bool conjunction = c == u' '
            && (clause.sliced(i).startsWith(QStringLiteral(" and "))
                || clause.sliced(i).startsWith(QStringLiteral(" as well as ")));
        if (comma || conjunction) {
            take(i);
            from = comma ? i + 1 : i + 1;
        }
    }
    take(clause.size());
    QList<Conjunct> actions;
    for (qsizetype k = 0; k < conjuncts.size(); ++k) {
        Conjunct conjunct = conjuncts.at(k);
        if (!action.matchView(clause.sliced(conjunct.begin, conjunct.end - conjunct.begin)).hasMatch()) {
            continue;
        }
        // "the establishment" before "effective implementation of X" shares X.
        const QStringView text = clause.sliced(conjunct.begin, conjunct.end - conjunct.begin).trimmed();
        static const QRegularExpression hanging
            = pattern(QStringLiteral("\\s(?:for|to|on|with|of)$"), Insensitive);
        if (hanging.matchView(text).hasMatch()) {
            // "the formulation by banks of business policies for [and segmentation … of] trading desks"
            for (qsizetype j = k + 1; j < conjuncts.size() && conjunct.sharedObject.isEmpty(); ++j) {
                const QStringView later
                    = clause.sliced(conjuncts.at(j).begin, conjuncts.at(j).end - conjuncts.at(j).begin);
                if (const qsizetype of = later.indexOf(QStringLiteral(" of ")); of >= 0) {
                    conjunct.sharedObject = later.sliced(of + 3).toString();
                }
            }
        } else if (!text.contains(QStringLiteral(" of ")) && k + 1 < conjuncts.size()) {
            const QStringView following = clause.sliced(conjuncts.at(k + 1).begin,
                                                        conjuncts.at(k + 1).end - conjuncts.at(k + 1).begin);
            if (const qsizetype of = following.indexOf(QStringLiteral(" of ")); of >= 0) {
                conjunct.sharedObject = following.sliced(of).toString();
            }
        }
        actions.append(conjunct);
    }
    return actions.size() >= 2 ? actions : QList<Conjunct>{};
}

// One candidate per action an English clause enumerates, each with its own kind and parameters.
QList<CandidateObligation> splitEnumeration(const QString &text, const CandidateObligation &whole,
                                            Language language, bool prohibition)
{
    if (language != Language::English) {
        return {whole};
    }
    const qsizetype begin = whole.span.start;
    const QString clause = whole.obligation.text.en;
    // The span is in the item's text; the clause text is the span's text, cleaned: read the span itself.
    const QString spanText = text.mid(begin, whole.span.length);
    const QList<Conjunct> actions = enumeratedActions(spanText);
    if (actions.isEmpty()) {
        return {whole};
    }
    Q_UNUSED(clause);
    QList<CandidateObligation> result;
    for (const Conjunct &action : actions) {
        const auto [from, to] = trimmed(spanText, action.begin, action.end, true, language);
        if (to <= from) {
            continue;
        }
        const QString duty = spanText.mid(from, to - from) + action.sharedObject;
        if (duty.count(u' ') < 2) {
            continue; // "training" alone names an action but no duty anybody could check
        }
        CandidateObligation part = whole;
        part.obligation.text.en = cleaned(duty, language);
        part.obligation.kind = prohibition ? ObligationKind::MustNot
                                           : kindOf(QString(QStringLiteral("must ") + duty), false, language);
        part.obligation.parameters.clear();
        for (const FoundParameter &p : parametersOf(duty, language)) {
            part.obligation.parameters.append(p.parameter);
        }
        part.span.start = begin + from;
        part.span.length = to - from;
        result.append(part);
    }
    return result.size() >= 2 ? result : QList<CandidateObligation>{whole};
}

} // namespace

QList<CandidateObligation> ObligationExtractor::obligations(const QString &text, Language language,
                                                            qsizetype offset)
{
    QList<CandidateObligation> result;
    const qsizetype minimumLength = language == Language::Chinese ? 4 : 8;
    for (const Clause &clause : clausesOf(text)) {
        if (!hasLetters(text, clause.begin, clause.end, minimumLength)) {
            continue; // ". . ." and stray marks: nothing to read, and nothing to spend patterns on
        }
        const QList<Group> groups = groupsOf(text, clause, language);
        Strength clauseStrength = Strength::None;
        for (qsizetype gi = 0; gi < groups.size(); ++gi) {
            const bool last = gi == groups.size() - 1;
            if (auto candidate
                = candidateOf(text, clause, groups.at(gi), gi == 0, last, clauseStrength, language, offset)) {
                // Spans are relative to offset; the enumeration is read in the text itself.
                CandidateObligation local = *candidate;
                local.span.start -= offset;
                for (CandidateObligation part :
                     splitEnumeration(text, local, language, groups.at(gi).cues.prohibition)) {
                    part.span.start += offset;
                    result.append(part);
                }
            }
        }
    }
    return result;
}

QList<ObligationExtractor::FoundPenalty> ObligationExtractor::penalties(const QString &text,
                                                                        Language language, qsizetype offset)
{
    static const QRegularExpression englishCue = pattern(
        QStringLiteral(
            "\\b(?:fine[sd]?|fining|penalt\\w*|confiscat\\w*|compensat\\w*|damages|forfeit\\w*)\\b"),
        Insensitive);
    static const QRegularExpression chineseCue = pattern(QStringLiteral("罚款|罚没|没收|罚金|赔偿|处罚|罚"));
    QList<FoundPenalty> result;
    for (const Clause &clause : clausesOf(text)) {
        if (!hasLetters(text, clause.begin, clause.end, 4)) {
            continue;
        }
        const auto [begin, end] = trimmed(text, clause.begin, clause.end, false, language);
        if (end - begin <= 0 || end - begin > MaxClauseLength) {
            continue;
        }
        const QStringView clauseText = QStringView(text).sliced(begin, end - begin);
        if (!(language == Language::Chinese ? chineseCue : englishCue).matchView(clauseText).hasMatch()) {
            continue;
        }
        QList<Money> money
            = language == Language::Chinese ? chineseMoney(text, begin, end) : englishMoney(text, begin, end);
        std::sort(money.begin(), money.end(),
                  [](const Money &a, const Money &b) { return a.begin < b.begin; });
        const QString description = cleaned(clauseText, language);
        for (const Money &m : money) {
            if (m.amount <= 0) {
                continue;
            }
            FoundPenalty found;
            found.penalty.amount = m.amount;
            found.penalty.currency = m.currency;
            (language == Language::Chinese ? found.penalty.description.zh : found.penalty.description.en)
                = description;
            found.span = {QString::fromUtf16(ImportField::Penalty), m.begin + offset, m.end - m.begin};
            result.append(found);
        }
    }
    return result;
}

} // namespace rt::core
