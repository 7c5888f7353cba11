// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextCues.h"

#include "ImportLexicon.h"

#include <algorithm>

namespace rt::core::TextCues {

namespace {

using Rx = QRegularExpression;
constexpr auto caseless = Rx::CaseInsensitiveOption | Rx::UseUnicodePropertiesOption;

} // namespace

const QString &monthNames()
{
    static const QString alternatives = QStringLiteral(
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec");
    return alternatives;
}

int monthNumber(QStringView name)
{
    static const QStringList names
        = QStringLiteral("jan feb mar apr may jun jul aug sep oct nov dec").split(u' ');
    return name.size() < 3 ? 0 : int(names.indexOf(name.left(3).toString().toLower())) + 1;
}

QList<FoundDate> dates(QStringView text, int defaultYear)
{
    static const Rx dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(%1)\\.?(?:,?\\s+(\\d{4}))?\\b").arg(monthNames()),
        caseless);
    static const Rx monthDay(
        QStringLiteral("\\b(%1)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?")
            .arg(monthNames()),
        caseless);
    static const Rx iso(QStringLiteral("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"));
    static const Rx chinese(
        QStringLiteral("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"));

    QList<FoundDate> found;
    const auto add = [&found, defaultYear](const QRegularExpressionMatch &m, int y, int mo, int d) {
        const bool hasYear = y > 0;
        const QDate date(hasYear ? y : defaultYear, mo, d);
        if (!date.isValid() || (hasYear && (y < 1949 || y > 2200))) {
            return;
        }
        found.append({date, m.capturedStart(), m.capturedLength(), hasYear});
    };
    for (auto it = dayMonth.globalMatchView(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.capturedView(3).toInt(), monthNumber(m.capturedView(2)), m.capturedView(1).toInt());
    }
    for (auto it = monthDay.globalMatchView(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.capturedView(3).toInt(), monthNumber(m.capturedView(1)), m.capturedView(2).toInt());
    }
    for (auto it = iso.globalMatchView(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    for (auto it = chinese.globalMatchView(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    std::sort(found.begin(), found.end(), [](const FoundDate &a, const FoundDate &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<FoundDate> result;
    qsizetype end = 0;
    for (const FoundDate &d : std::as_const(found)) {
        if (d.start >= end) {
            result.append(d);
            end = d.start + d.length;
        }
    }
    return result;
}

const QRegularExpression &actionVerb()
{
    static const Rx rx(
        QStringLiteral(
            "\\b(issue[sd]?|released?|releases|publish(ed|es)?|announce[sd]?|solicit(ed|s)?|sought|seeks?|"
            "consult(ed|s)?|notifie[sd]|notify|launche[sd]|launch|deploy(ed|s)?|promulgated?|unveile[sd]|"
            "held|holds|ruled?|fined|ordered|opened|adopted|approved|promoted|advanced|planned|plans|"
            "disclosed|interviewed|exposed|continue[sd]|carried out|carries out|urged|called on|"
            "organi[sz]ed|initiated|revised|revises|amended|voted|closes|closed|tightens|tightened|"
            "steps up|stepped up|formulated|formed|jointly (?:issued|released|published))\\b|"
            "发布|印发|公布|出台|通报|发出|公开征求|征求|召开|开展|部署|判决|审结|约谈|披露|推动|启动|"
            "持续|组织|修订|获悉|指出|表示|宣布|决定|命令|颁布|审议通过|表决通过|上线|就"),
        caseless);
    return rx;
}

const QRegularExpression &documentWord()
{
    static const Rx rx(
        QStringLiteral("《|\\b(?:laws?|measures|rules|regulations?|provisions|guidelines?|guide|standards?|"
                       "notice|circular|opinions|plan|announcement|decision|interpretations?|"
                       "specifications?|requirements|catalogue|list)\\b|办法|规定|条例|通知|意见|标准|指南|"
                       "指引|方案|公告|决定|规则|解释|规范|通报|要求|法》"),
        caseless);
    return rx;
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() < 0xA000;
}

bool isChineseText(QStringView text)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (QChar c : text) {
        if (isHan(c)) {
            ++han;
        } else if (c.isLetter()) {
            ++latin;
        }
    }
    return han * 5 > latin;
}

bool endsSentence(QStringView text)
{
    text = text.trimmed();
    return !text.isEmpty() && QStringView(u".。!?！？;；").contains(text.back());
}

qsizetype wordCount(QStringView text)
{
    return text.split(u' ', Qt::SkipEmptyParts).size() + std::count_if(text.begin(), text.end(), isHan) / 2;
}

QStringView firstSentence(QStringView text, qsizetype limit)
{
    const qsizetype end = std::min(limit, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'\n') {
            return text.first(i + 1);
        }
        if ((c == u'.' || c == u'!' || c == u'?') && (i + 1 >= text.size() || text.at(i + 1).isSpace())) {
            // "No. 3" and initials are not the end of a sentence.
            if (c == u'.' && i >= 2 && text.at(i - 1).isUpper() && !text.at(i - 2).isLetter()) {
                continue;
            }
            return text.first(i + 1);
        }
    }
    return text.first(end);
}

namespace {

// "On 9 September, …", "It was reported on March 30 that …", "2月10日，…", "5月13日消息，…".
bool startsWithDate(QStringView sentence)
{
    static const Rx before(
        QStringLiteral("^\\s*(?:(?:it\\s+was\\s+(?:reported|announced)\\s+)?on\\s+|as\\s+of\\s+)?$"),
        caseless);
    static const Rx after(QStringLiteral("^\\s*(?:[,，]|消息|that\\b|,?\\s+the\\b)"), caseless);
    const QList<FoundDate> found = dates(sentence.left(60), 2000);
    if (found.isEmpty()) {
        return false;
    }
    const FoundDate &d = found.constFirst();
    return before.matchView(sentence.first(d.start)).hasMatch()
        && after.matchView(sentence.sliced(d.start + d.length)).hasMatch();
}

// A named body as the subject: "The Shenzhen Municipal Data Bureau issued", "上海市数据局发布".
bool institutionSubject(QStringView subject, bool chinese)
{
    static const Rx english(QStringLiteral(
        "(?:^|,\\s*|\\s)(?:the\\s+)?(?:[A-Z][\\w'’&-]*\\s+){0,8}(?:Ministry|Administration|Commission|"
        "Bureau|Office|Court|Committee|Council|Congress|Association|Alliance|Society|"
        "Department|Government|Agency|Exchange|Centre|Center|Institute|Procuratorate)\\b"
        "(?:\\s+(?:of|for)\\s+[A-Z][\\w'’&-]*(?:\\s+(?:[A-Z][\\w'’&-]*|and|of))*)?"
        "(?:\\s*\\([^)]{1,20}\\))?\\s*(?:,[^,]{0,80},)?\\s*(?:has\\s+|have\\s+)?(?:jointly\\s+)?"
        "(?:recently\\s+)?(?:also\\s+)?$"));
    static const Rx chineseBody(QStringLiteral(
        "(?:部|局|委|院|办|会|厅|署|行|所|政府|中心|联盟|协会|法院)(?:等\\S{0,4}部门)?(?:联合)?\\s*$"));
    if (chinese) {
        QStringView last = subject;
        if (const qsizetype comma = std::max(subject.lastIndexOf(u'，'), subject.lastIndexOf(u','));
            comma >= 0) {
            last = subject.sliced(comma + 1);
        }
        return last.size() >= 2 && last.size() <= 30 && chineseBody.matchView(last).hasMatch();
    }
    return english.matchView(subject).hasMatch();
}

// "… announced by the CSRC", "… also issued by the CSRC", "由国家网信办发布".
bool passiveIssuer(QStringView sentence, const ImportLexicon &lexicon)
{
    static const Rx byBefore(QStringLiteral("\\b(?:issued|released|announced|published|adopted|promulgated)"
                                            "\\s+by\\s+(?:the\\s+)?$|由$"),
                             caseless);
    for (const AuthorityMention &m : lexicon.authorities(sentence)) {
        if (byBefore.matchView(sentence.first(m.start).right(40)).hasMatch()) {
            return true;
        }
    }
    return false;
}

} // namespace

bool opensItem(QStringView paragraph, const ImportLexicon &lexicon)
{
    const QStringView sentence = firstSentence(paragraph.trimmed());
    if (sentence.isEmpty()) {
        return false;
    }
    const bool chinese = isChineseText(sentence);
    const auto verb = actionVerb().matchView(sentence);
    if (startsWithDate(sentence) && (verb.hasMatch() || documentWord().matchView(sentence).hasMatch())) {
        return true;
    }
    if (verb.hasMatch()) {
        const QStringView subject = sentence.first(verb.capturedStart());
        if (!lexicon.authorities(subject).isEmpty() || institutionSubject(subject, chinese)) {
            return true;
        }
    }
    if (passiveIssuer(sentence, lexicon)) {
        return true;
    }
    static const Rx release(QStringLiteral(
        "\\b(?:release|issuance|publication|promulgation|adoption|unveiling)\\s+of\\s+(?:the\\s+)?"
        "(?:draft\\s+)?[A-Z][\\w-]*(?:\\s+[\\w-]+){0,12}?\\s+(?:Measures|Rules|Regulations|"
        "Provisions|Law|Guidelines|Guide|Standards?|Plan|Notice|Opinions|Specifications?)\\b"));
    return release.matchView(sentence).hasMatch();
}

bool hasEvidence(QStringView text, const ImportLexicon &lexicon)
{
    return !lexicon.authorities(text).isEmpty() || actionVerb().matchView(text).hasMatch()
        || documentWord().matchView(text).hasMatch() || !dates(text, 2000).isEmpty();
}

} // namespace rt::core::TextCues
