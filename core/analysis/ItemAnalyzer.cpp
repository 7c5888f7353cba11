// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemAnalyzer.h"

#include "ImportLexicon.h"
#include "ObligationExtractor.h"
#include "TextCues.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace rt::core {

namespace {

using Rx = QRegularExpression;
constexpr auto caseless = Rx::CaseInsensitiveOption | Rx::UseUnicodePropertiesOption;

struct Range
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
};

struct Label
{
    QString field;
    Range value;
};

struct Dated
{
    FoundDate found;
    double confidence = 0;
    QDate until; // valid for an approximate date: somewhere between found.date and until
};

// Labelled fields ("Issuing agency: …", "发布日期：…", a table's column) and the item field each one fills.
QString labelField(QStringView label)
{
    static const QList<std::pair<Rx, QString>> rules = [] {
        QList<std::pair<Rx, QString>> r;
        const auto add = [&r](const char *pattern, const char16_t *field) {
            r.append({Rx(QString::fromUtf8(pattern), caseless), QString::fromUtf16(field)});
        };
        add("^(issuing|issued by|promulgating|publishing|promulgated by|released by|published by|adopted "
            "by)?\\s*"
            "(agency|authority|authorities|body|department|issuer|regulator)?$|^发布(机关|机构|单位|部门)$|"
            "^发文(机关|单位)$|^制定机关$",
            ImportField::Authority);
        add("^(promulgation|promulgated|publication|issuing|issue|release|announcement|announced|published)?"
            "\\s*"
            "date$|^date (of "
            ")?(issue|publication|promulgation|release)$|^(发布|公布|印发|发文)(日期|时间)$|^日期$",
            ImportField::Announced);
        add("^(effective|implementation|commencement)\\s*date$|^(date )?in force( from)?$|^effective( "
            "from)?$|"
            "^(施行|生效|实施)(日期|时间)$",
            ImportField::Effective);
        add("^(comment|comments|feedback|consultation)\\s*(deadline|due|period ends|closes)$|"
            "^deadline( for comments)?$|^(征求意见|意见反馈|反馈)?截止(日期|时间)$",
            ImportField::CommentDeadline);
        add("^(title|document|document title|name)$|^(标题|文件名称|文件|名称|标准名称)$",
            ImportField::DocumentTitle);
        return r;
    }();
    const QString text = label.trimmed().toString();
    for (const auto &[rx, field] : rules) {
        if (!text.isEmpty() && rx.match(text).hasMatch()) {
            return field;
        }
    }
    return {};
}

QList<Range> lineRanges(QStringView text)
{
    QList<Range> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        lines.append({start, end});
        start = end + 1;
    }
    return lines;
}

Range trimmed(QStringView text, Range r)
{
    while (r.start < r.end && text.at(r.start).isSpace()) {
        ++r.start;
    }
    while (r.end > r.start && text.at(r.end - 1).isSpace()) {
        --r.end;
    }
    return r;
}

struct KindRule
{
    Rx pattern;
    DevelopmentKind kind;
    Stage stage;
};

const QList<KindRule> &kindRules()
{
    static const QList<KindRule> rules = [] {
        QList<KindRule> r;
        const auto add = [&r](const char *pattern, DevelopmentKind kind, Stage stage) {
            r.append({Rx(QString::fromUtf8(pattern), caseless), kind, stage});
        };
        add("\\bcourt\\b.*\\b(judgment|judgement|ruled|ruling|verdict|held)\\b|\\bjudg(e)?ment\\b|判决|法院.*"
            "(审结|认定)",
            DevelopmentKind::CourtJudgment, Stage::Concluded);
        add("typical cases|典型案例|special "
            "(action|campaign)|专项行动|\\bcampaigns?\\b|\\benforcement\\b|执法|"
            "行政处罚|\\bfined\\b|罚款|crack(ed|s)? "
            "down|remediation|整治|清朗|\\binterview(ed)?\\b.*platforms|约谈",
            DevelopmentKind::EnforcementAction, Stage::Concluded);
        add("\\bguidelines?\\b|\\bguide\\b|指南|指引", DevelopmentKind::Guideline, Stage::Issued);
        add("national standards?|\\bstandards?\\b|\\bGB(/T)?\\s*\\d|\\bspecifications?\\b|technical "
            "requirements|"
            "国家标准|标准|规范|技术要求",
            DevelopmentKind::Standard, Stage::Issued);
        add("action plan|implementation plan|\\bplan\\b|\\bopinions on\\b|several measures|\\bprogramme\\b|"
            "行动计划|实施方案|方案|若干措施|意见》",
            DevelopmentKind::PolicyPlan, Stage::Issued);
        add("\\blaw\\b|法》|法（", DevelopmentKind::Legislation, Stage::Issued);
        add("\\bmeasures\\b|\\bprovisions\\b|\\brules\\b|\\bregulations?\\b|办法|规定|条例|规则",
            DevelopmentKind::Regulation, Stage::Issued);
        add("announcement|\\bannounced\\b|notification|\\bnotice\\b|disclos|registered|\\bfiled\\b|公告|通知|"
            "通报|公布|披露|备案|登记",
            DevelopmentKind::Announcement, Stage::Issued);
        return r;
    }();
    return rules;
}

const Rx &draftCue()
{
    static const Rx rx(
        QStringLiteral("solicit(ed|s|ing)? (public )?(opinions|comments|views)|draft for comments|"
                       "\\bdraft\\b|exposure draft|seeks? (public )?(comments|opinions)|"
                       "sought (public )?(comments|opinions)|consult(s|ed|ation)? on|征求意见|草案"),
        caseless);
    return rx;
}

const Rx &launchCue()
{
    static const Rx rx(QStringLiteral("\\b(launche[sd]|launch|deploye?d?|deploys|start(ed|s)|initiated|"
                                      "kick(ed|s) off)\\b|部署|启动|开展"),
                       caseless);
    return rx;
}

QString cleanTitle(QString title)
{
    title = title.simplified();
    static const Rx emphasis(QStringLiteral("^[*_]+\\s*|\\s*[*_]+$")); // **bold** in a plain-text newsletter
    title.remove(emphasis);
    static const Rx leadingThe(QStringLiteral("^the\\s+"), caseless);
    title.remove(leadingThe);
    if (!title.isEmpty() && title.at(0).isLower()) {
        title[0] = title.at(0).toUpper();
    }
    constexpr qsizetype longest = 160;
    if (title.size() > longest) {
        qsizetype cut = title.lastIndexOf(u' ', longest);
        if (cut < longest / 2) {
            cut = longest;
        }
        title = title.left(cut) + u'…';
    }
    while (title.endsWith(u',') || title.endsWith(u'，') || title.endsWith(u':') || title.endsWith(u'：')) {
        title.chop(1);
    }
    return title;
}

bool isDateOnly(QStringView text)
{
    const QList<FoundDate> found = TextCues::dates(text, 2000);
    if (found.isEmpty() || found.constFirst().start > 2 || text.size() > 70) {
        return false;
    }
    const QStringView rest = text.sliced(found.constFirst().start + found.constFirst().length).trimmed();
    static const Rx after(QStringLiteral("^(?:$|>|\\||\\d{1,2}:\\d{2})"));
    return after.matchView(rest).hasMatch();
}

// Reads one item: a pass over its lines, then one step per field.
class ItemReading
{
public:
    ItemReading(const ImportLexicon &lexicon, ImportItem &item, const AnalysisContext &context)
        : m_lexicon(lexicon)
        , m_item(item)
        , m_text(item.sourceText)
        , m_context(context)
        , m_year(context.year > 0 ? context.year : QDate::currentDate().year())
        , m_zh(TextCues::isChineseText(item.sourceText))
    {
    }

    void run()
    {
        m_item.language = m_zh ? Language::Chinese : Language::English;
        readLines();
        readHeading();
        m_first = {m_body.start, m_body.start + TextCues::firstSentence(view(m_body), 800).size()};
        if (!has(ImportField::Authority)) {
            findAuthorities();
        }
        findMultiDepartment();
        if (!has(ImportField::Announced)) {
            findAnnounced();
        }
        findEffectiveAndDeadline();
        if (!has(ImportField::Kind)) {
            findKindAndStage();
        }
        if (!has(ImportField::DocumentTitle)) {
            findDocumentTitle();
        }
        if (!has(ImportField::Title)) {
            findTitle();
        }
        fillSummaryAndProvenance();
        if (!has(ImportField::Topic)) {
            findTopics();
        }
        findPenaltiesAndObligations();
        proposeFromCatalogue();
        m_item.detected = m_item.development;
        for (const CandidateObligation &candidate : std::as_const(m_item.obligations)) {
            m_item.detected.obligations.append(candidate.obligation);
        }
    }

private:
    bool has(const char16_t *field) const { return m_item.confidence.contains(QString::fromUtf16(field)); }
    QStringView view(Range r) const { return QStringView(m_text).sliced(r.start, r.length()); }
    Development &d() { return m_item.development; }

    void setSpan(const char16_t *name, qsizetype start, qsizetype length, double confidence)
    {
        const QString field = QString::fromUtf16(name);
        m_item.spans.append({field, start, length});
        m_item.confidence.insert(field, std::max(confidence, m_item.confidence.value(field, 0.0)));
    }

    // --- Lines -------------------------------------------------------------------------------------------

    // The heading, labelled fields (with their wrapped values), lines that are only a date or an issuer's
    // name, trailers ("Read more", "(Source: …)") and the body.
    void readLines()
    {
        const QList<Range> lines = lineRanges(m_text);
        m_body = {m_text.size(), m_text.size()};
        bool inLabel = false;
        for (int i = 0; i < lines.size(); ++i) {
            const Range line = trimmed(m_text, lines.at(i));
            if (line.isEmpty()) {
                inLabel = false;
                continue;
            }
            if (i == m_context.headingLine) {
                m_heading = line;
                continue;
            }
            if (!m_context.columns.isEmpty()) {
                readCells(line);
                continue;
            }
            if (readLabel(lines.at(i), line)) {
                inLabel = true;
                continue;
            }
            const QStringView content = view(line);
            const bool indented = m_text.at(lines.at(i).start).isSpace();
            const bool looksWrapped = content.size() < 100 && !TextCues::endsSentence(content);
            if (inLabel && !m_labels.isEmpty() && (indented || looksWrapped)) {
                m_labels.last().value.end = line.end; // a value wrapped onto the next line
                continue;
            }
            inLabel = false;
            if (readAside(line)) {
                continue;
            }
            m_body.start = std::min(m_body.start, line.start);
            m_body.end = line.end;
        }
        if (m_body.start > m_body.end) {
            m_body.start = m_body.end;
        }
    }

    bool readLabel(Range raw, Range line)
    {
        static const Rx labelLine(QStringLiteral("^\\s*([^:：\\n]{1,40}?)\\s*[:：]\\s*(.*)$"));
        static const Rx byLine(
            QStringLiteral("^\\s*((?:promulgated|issued|released|published|adopted)\\s+by)\\s+(.*)$"),
            caseless);
        const QStringView text = QStringView(m_text).sliced(raw.start, raw.length());
        for (const Rx *rx : {&labelLine, &byLine}) {
            if (const auto m = rx->matchView(text); m.hasMatch()) {
                const QString field = rx == &byLine ? QString::fromUtf16(ImportField::Authority)
                                                    : labelField(m.capturedView(1));
                if (!field.isEmpty()) {
                    m_labels.append({field, trimmed(m_text, {raw.start + m.capturedStart(2), line.end})});
                    return true;
                }
            }
        }
        return false;
    }

    // A table row: each cell is the value of its column.
    void readCells(Range line)
    {
        qsizetype start = line.start;
        for (const QString &column : std::as_const(m_context.columns)) {
            qsizetype end = m_text.indexOf(u'\t', start);
            if (end < 0 || end > line.end) {
                end = line.end;
            }
            const QString field = labelField(column);
            if (!field.isEmpty()) {
                m_labels.append({field, trimmed(m_text, {start, end})});
            }
            start = std::min(end + 1, line.end);
        }
        m_body = line;
    }

    // Lines beside the body: a date alone (a notice's signature date, a listing's post date), an issuer's
    // name alone, a trailer and its link.
    bool readAside(Range line)
    {
        const QStringView content = view(line);
        if (isDateOnly(content)) {
            const FoundDate found = TextCues::dates(content, m_year).constFirst();
            m_dateLines.append({found.date, line.start + found.start, found.length, found.hasYear});
            return true;
        }
        static const Rx trailer(
            QStringLiteral(
                "^(?:read\\s+more\\W*|more\\W*|sources?|read\\s+the\\s+full\\s+text.*|please\\s+click.*|"
                "click\\s+here.*|note:.*|[(（](?:source|来源|文章来源)[:：].*[)）]|原文链接[:：]?.*|"
                "【?[^【】\\s]{0,6}阅读原文】?|来源[:：].{1,30}|(?:https?|www)\\S+|https?[:：]//\\S+)$"),
            caseless);
        if (content.size() <= 250 && trailer.matchView(content).hasMatch()) {
            m_trailers.append(line);
            return true;
        }
        if (content.size() <= 100 && !TextCues::endsSentence(content)
            && !TextCues::actionVerb().matchView(content).hasMatch()) {
            const QList<AuthorityMention> mentions = m_lexicon.authorities(content);
            qsizetype covered = 0;
            for (const AuthorityMention &m : mentions) {
                covered += m.length;
            }
            if (!mentions.isEmpty() && covered * 10 >= QString(content.toString()).remove(u' ').size() * 5) {
                for (AuthorityMention m : mentions) {
                    m.start += line.start;
                    m_issuerLines.append(m);
                }
                return true;
            }
        }
        return false;
    }

    // The heading: its number or bullet, its text, and the dates in brackets at its end; a date in brackets
    // glued to the front of the body ("(3 June)The SAMR …").
    void readHeading()
    {
        static const Rx gluedDate(QStringLiteral("^\\s*[(（]([^()（）\\n]{3,40})[)）]\\s*"));
        if (const auto m = gluedDate.matchView(view(m_body)); m.hasMatch()) {
            const auto found = TextCues::dates(m.capturedView(1), m_year);
            if (!found.isEmpty()) {
                FoundDate first = found.constFirst();
                first.start += m_body.start + m.capturedStart(1);
                m_headingDates.append(first);
                m_body.start += m.capturedLength();
            }
        }
        if (m_heading.isEmpty()) {
            return;
        }
        const QStringView heading = view(m_heading);
        static const Rx marker(
            QStringLiteral("^\\s*(?:\\d{1,3}\\s*[.、)．]|[一二三四五六七八九十]{1,3}\\s*[、.．]|"
                           "[-–—•*·▪●◆■]|[(（]\\d{1,3}[)）])\\s*"));
        qsizetype from = 0;
        if (const auto m = marker.matchView(heading); m.hasMatch()) {
            from = m.capturedLength();
        }
        qsizetype to = heading.size();
        static const Rx trailingDates(QStringLiteral("[(（]([^()（）]{3,80})[)）]\\s*$"));
        if (const auto m = trailingDates.matchView(heading); m.hasMatch()) {
            const auto found = TextCues::dates(m.capturedView(1), m_year);
            if (!found.isEmpty()) {
                FoundDate first = found.constFirst();
                first.start += m_heading.start + m.capturedStart(1);
                m_headingDates.prepend(first);
                to = m.capturedStart();
            }
        }
        QString title = heading.sliced(from, std::max<qsizetype>(0, to - from)).toString();
        static const Rx brackets(QStringLiteral("^[【\\[](.*)[】\\]]$"));
        if (const auto m = brackets.match(title.trimmed()); m.hasMatch()) {
            title = m.captured(1);
        }
        m_headingTitle = cleanTitle(title);
        if (!m_headingTitle.isEmpty()) {
            setSpan(ImportField::Heading, m_heading.start, m_heading.length(), 0.9);
        }
    }

    // --- Authorities -------------------------------------------------------------------------------------

    QList<AuthorityMention> mentionsIn(Range range) const
    {
        QList<AuthorityMention> result = m_lexicon.authorities(view(range));
        for (AuthorityMention &m : result) {
            m.start += range.start;
        }
        return result;
    }

    // The subject of a sentence: what stands before the verb that says what was done. A purpose clause in
    // front ("To offer support to …, the CSRC issued", "为贯彻落实党中央…决策部署，…国家发展改革委…印发") is
    // not part of it: in Chinese the subject is the clause before the verb, and a clause of purpose has none.
    Range subjectOf(Range sentence) const
    {
        static const Rx purpose(QStringLiteral("^\\s*(?:to|in order to|aiming to|with a view to)\\b"),
                                caseless);
        static const Rx chinesePurpose(QStringLiteral("^\\s*(?:为了?|为进一步|按照|根据|依据)"));
        const QStringView text = view(sentence);
        for (auto it = TextCues::actionVerb().globalMatchView(text); it.hasNext();) {
            const auto verb = it.next();
            Range subject{sentence.start, sentence.start + verb.capturedStart()};
            const QStringView before = view(subject);
            if (m_zh) {
                const qsizetype comma = std::max(before.lastIndexOf(u'，'), before.lastIndexOf(u','));
                subject.start += comma + 1;
                if (chinesePurpose.matchView(view(subject)).hasMatch()) {
                    continue;
                }
            } else if (purpose.matchView(before).hasMatch()) {
                subject.start += std::max<qsizetype>(before.lastIndexOf(QStringLiteral(", ")), -1) + 1;
            }
            return subject;
        }
        return {sentence.start, sentence.start};
    }

    // Whether the sentence's subject is a body that is no authority ("The European Chamber submitted …"):
    // then the authorities it names are only mentioned.
    bool otherActor(Range sentence) const
    {
        static const Rx actor(
            QStringLiteral("^\\s*(?:on [^,]{3,30},\\s*)?(?:the\\s+)?(?:[A-Z][\\w'’&.-]*\\s+){0,5}"
                           "(?:Chamber|Association|Company|Group|Inc|Ltd|Corporation|Council|"
                           "researchers?|analysts?)\\b"),
            caseless);
        return !m_zh && actor.matchView(view(sentence)).hasMatch()
            && mentionsIn(subjectOf(sentence)).isEmpty();
    }

    // The first authority that opens a later sentence of the body ("… The Cyberspace Administration of China
    // will collect comments"): the issuer of an item that names it only there.
    QList<AuthorityMention> laterSubject() const
    {
        for (const AuthorityMention &m : mentionsIn({m_first.end, m_body.end})) {
            qsizetype at = m.start;
            while (at > m_body.start && (m_text.at(at - 1).isSpace() || m_text.at(at - 1) == u'"')) {
                --at;
            }
            static const Rx the(QStringLiteral("\\bthe\\s*$"), caseless);
            const QStringView before = QStringView(m_text).sliced(m_body.start, at - m_body.start);
            const QStringView lead
                = the.matchView(before).hasMatch() ? before.first(before.size() - 3).trimmed() : before;
            if (lead.isEmpty() || TextCues::endsSentence(lead)) {
                return {m};
            }
        }
        return {};
    }

    void findAuthorities()
    {
        QList<AuthorityMention> chosen;
        double confidence = 0.95;
        for (const Label &label : std::as_const(m_labels)) {
            if (label.field == ImportField::Authority) {
                chosen += mentionsIn(label.value);
            }
        }
        if (chosen.isEmpty()) {
            chosen = m_issuerLines;
            confidence = 0.9;
        }
        if (chosen.isEmpty()) {
            chosen = mentionsIn(subjectOf(m_first));
            confidence = 0.9;
        }
        if (chosen.isEmpty()) {
            chosen = passiveIssuers(m_first);
            confidence = 0.85;
        }
        if (chosen.isEmpty() && !m_heading.isEmpty()) {
            const Range subject = subjectOf(m_heading);
            chosen = mentionsIn(subject.isEmpty() ? m_heading : subject);
            confidence = 0.8;
        }
        if (chosen.isEmpty() && !otherActor(m_first) && subjectOf(m_first).isEmpty()) {
            const QList<AuthorityMention> all = mentionsIn(m_first);
            if (!all.isEmpty()) {
                chosen.append(all.constFirst());
                confidence = 0.5;
            }
        }
        if (chosen.isEmpty() && !otherActor(m_first)) {
            chosen = laterSubject();
            confidence = 0.5;
        }
        for (const Range &trailer : std::as_const(m_trailers)) {
            if (chosen.isEmpty()) {
                chosen = mentionsIn(trailer).mid(0, 1);
                confidence = 0.6;
            }
        }
        for (const AuthorityMention &m : std::as_const(chosen)) {
            if (!d().authorities.contains(m.code)) {
                d().authorities.append(m.code);
            }
            const Authority *a = m_lexicon.authority(m.code);
            const bool local = a && a->level != AuthorityLevel::National;
            setSpan(local ? ImportField::LocalAuthority : ImportField::Authority, m.start, m.length,
                    confidence);
            m_item.confidence.insert(QString::fromUtf16(ImportField::Authority), confidence);
        }
        if (chosen.isEmpty()) {
            unknownAuthority();
        }
        if (!d().authorities.isEmpty()) {
            if (const Authority *lead = m_lexicon.authority(d().authorities.constFirst())) {
                d().region = lead->region;
            }
        }
    }

    QList<AuthorityMention> passiveIssuers(Range sentence) const
    {
        static const Rx byBefore(
            QStringLiteral("\\b(?:issued|released|announced|published|adopted|promulgated|"
                           "supervised)\\s+by\\s+(?:the\\s+)?$|由$"),
            caseless);
        QList<AuthorityMention> result;
        for (const AuthorityMention &m : mentionsIn(sentence)) {
            if (byBefore
                    .matchView(QStringView(m_text).sliced(sentence.start, m.start - sentence.start).right(40))
                    .hasMatch()) {
                result.append(m);
            }
        }
        return result;
    }

    // An issuer the database and the catalogue do not know: the subject of the first sentence, when it names
    // a body.
    void unknownAuthority()
    {
        static const Rx subjectEn(QStringLiteral(
            "^\\s*(?:on "
            "[^,]{3,30},\\s*)?(?:[Tt]he\\s+)?((?:[A-Z][\\w'’&-]*)(?:\\s+(?:[A-Z][\\w'’&-]*|of|for|and|on|"
            "the|in))*)\\s*(?:,[^,]{0,80},\\s*)?\\s+(?:has\\s+|have\\s+)?(?:jointly\\s+)?(?:recently\\s+)?"
            "$"));
        static const Rx subjectZh(QStringLiteral(
            "^\\s*(?:\\d{4}年)?(?:\\d{1,2}月\\d{1,2}日[，,]\\s*)?([^，。,；\\s]{2,30}?)(?:"
            "联合[^，。]{0,20}?)?"
            "(?:发布|印发|公布|出台|通报|发出|公开征求|征求|召开|部署|判决|审结|命令|宣布|决定|提出)"));
        // The first sentence, else the heading: "美国联邦贸易委员会命令通用停止收集…".
        static const Rx marker(QStringLiteral("^\\s*(?:\\d{1,3}\\s*[.、)．]|[-–—•*·])?\\s*"));
        Range heading = m_heading;
        heading.start += marker.matchView(view(heading)).capturedLength();
        for (const Range &sentence : {m_first, heading}) {
            const QStringView text = view(sentence);
            const auto verb = TextCues::actionVerb().matchView(text);
            const auto m = m_zh ? subjectZh.matchView(text)
                                : subjectEn.matchView(text.first(verb.hasMatch() ? verb.capturedStart() : 0));
            if (m.hasMatch() && m.capturedLength(1) >= 3 && (m_zh || verb.hasMatch())) {
                const QString name = m.captured(1).trimmed();
                m_item.unknownAuthorities.append(name);
                setSpan(ImportField::Authority, sentence.start + m.capturedStart(1), m.capturedLength(1),
                        0.3);
                m_item.warnings.append(
                    ItemAnalyzer::tr("Authority unknown: “%1” is not in the database. Add it?").arg(name));
                return;
            }
        }
        m_item.warnings.append(ItemAnalyzer::tr("No issuing authority found."));
    }

    void findMultiDepartment()
    {
        static const Rx multi(
            QStringLiteral("(?:in collaboration|jointly|together) with (?:multiple|several|other|"
                           "relevant) (?:departments|authorities|ministries)|等(?:多)?部门|"
                           "联合多部门|会同(?:有关|相关)?部门|and \\w+ other (?:ministries|authorities|"
                           "departments)"),
            caseless);
        if (multi.matchView(view(m_first)).hasMatch()) {
            d().multiDepartment = true;
        }
    }

    // The authorities the item names that the database does not have: proposed from the catalogue, with the
    // parents the database lacks, to be added when the item is imported.
    void proposeFromCatalogue()
    {
        for (const QString &code : std::as_const(d().authorities)) {
            if (m_lexicon.isKnown(code)) {
                continue;
            }
            const QList<Authority> chain = m_lexicon.missingFromDatabase(code);
            if (chain.isEmpty()) {
                continue;
            }
            for (const Authority &a : chain) {
                if (!std::any_of(m_item.proposedAuthorities.cbegin(), m_item.proposedAuthorities.cend(),
                                 [&a](const Authority &p) { return p.code == a.code; })) {
                    m_item.proposedAuthorities.append(a);
                }
            }
            const Authority &a = chain.constLast();
            const QString parent
                = a.parentCode.isEmpty() ? QString() : ItemAnalyzer::tr(", part of %1").arg(a.parentCode);
            m_item.warnings.append(
                ItemAnalyzer::tr("%1 (%2, %3%4) is not in the database yet: importing the item adds "
                                 "it from the catalogue.")
                    .arg(a.code,
                         a.name.in(m_item.language).isEmpty() ? a.name.en : a.name.in(m_item.language),
                         Vocabulary::label(a.level), parent));
        }
    }

    // --- Dates -------------------------------------------------------------------------------------------

    // A date without a year: in the year of the month heading, else of the issue — the year before when the
    // day would fall well after the issue (a December item in a January newsletter).
    QDate withYear(const FoundDate &f) const
    {
        if (f.hasYear) {
            return f.date;
        }
        QDate date(m_year, f.date.month(), f.date.day());
        const QDate issued = m_context.issueDate.isValid() ? m_context.issueDate : m_context.periodEnd;
        if (m_context.month == 0 && issued.isValid() && date.isValid() && date > issued.addDays(45)) {
            date = QDate(m_year - 1, f.date.month(), f.date.day());
        }
        return date;
    }

    std::optional<FoundDate> labelDate(const char16_t *name) const
    {
        const QString field = QString::fromUtf16(name);
        for (const Label &label : m_labels) {
            if (label.field == field) {
                const auto found = TextCues::dates(view(label.value), m_year);
                if (!found.isEmpty()) {
                    FoundDate f = found.constFirst();
                    f.start += label.value.start;
                    return f;
                }
            }
        }
        return std::nullopt;
    }

    // A heading that starts with the date: "1. 2024年1月4日，国家数据局…联合发布《…》", "On 9 May, …".
    std::optional<FoundDate> headingOpeningDate() const
    {
        static const Rx marker(QStringLiteral("^\\s*(?:\\d{1,3}\\s*[.、)．]|[-–—•*·])?\\s*(?:on\\s+)?"),
                               caseless);
        const QStringView heading = view(m_heading);
        const auto m = marker.matchView(heading);
        const QList<FoundDate> found = TextCues::dates(heading, m_year);
        if (found.isEmpty() || found.constFirst().start != m.capturedLength()) {
            return std::nullopt;
        }
        const FoundDate &f = found.constFirst();
        const QStringView after = heading.sliced(f.start + f.length).trimmed();
        if (!after.startsWith(u',') && !after.startsWith(u'，')) {
            return std::nullopt;
        }
        return FoundDate{f.date, m_heading.start + f.start, f.length, f.hasYear};
    }

    // "On 6 May, …", "It was reported on March 30 that …", "2月10日，…" opening a sentence of the body.
    std::optional<FoundDate> sentenceOpeningDate() const
    {
        static const Rx opening(
            QStringLiteral("^\\s*(?:on|dated|it\\s+was\\s+(?:reported|announced)\\s+on)?\\s*$"), caseless);
        static const Rx followedBy(QStringLiteral("^\\s*(?:[,，]|the\\b|that\\b|前后|消息)"), caseless);
        for (const FoundDate &f : TextCues::dates(view(m_body), m_year)) {
            const qsizetype at = m_body.start + f.start;
            qsizetype sentenceStart = at;
            while (sentenceStart > m_body.start
                   && !QStringView(u".。；;!?！？\n").contains(m_text.at(sentenceStart - 1))) {
                --sentenceStart;
            }
            const QStringView before = QStringView(m_text).sliced(sentenceStart, at - sentenceStart);
            const QStringView after = QStringView(m_text).sliced(at + f.length).left(6);
            if (opening.matchView(before).hasMatch() && followedBy.matchView(after).hasMatch()) {
                return FoundDate{f.date, at, f.length, f.hasYear};
            }
        }
        return std::nullopt;
    }

    // "… issued the rules on 3 September", "于9月12日公布", "记者4月8日从…获悉", "外交部17日在…指出".
    std::optional<FoundDate> firstSentenceDate() const
    {
        static const Rx before(QStringLiteral("\\b(on|dated)\\s+$|于\\s*$"), caseless);
        static const Rx after(QStringLiteral("^\\s*(?:发布|公布|印发|出台|召开|宣布|通报|从|在|上线|正式)"));
        for (const FoundDate &f : TextCues::dates(view(m_first), m_year)) {
            const qsizetype at = m_first.start + f.start;
            const QStringView preceding = QStringView(m_text).sliced(m_first.start, at - m_first.start);
            const QStringView following = QStringView(m_text).sliced(at + f.length).left(6);
            if (effectiveWording().matchView(preceding.right(60)).hasMatch()) {
                continue; // "to come into effect on 1 January 2026" is not when it was announced
            }
            if (before.matchView(preceding.right(12)).hasMatch() || after.matchView(following).hasMatch()) {
                return FoundDate{f.date, at, f.length, f.hasYear};
            }
        }
        // A day alone, in the newsletter's month: "中国外交部17日在例行记者会上指出", "On the 25th, …".
        static const Rx dayOnly(
            QStringLiteral("(?<![\\d月])(\\d{1,2})日(?=在|从|发布|公布|宣布|表示|指出|召开|上线|起)|"
                           "^\\s*(?:[-–—•*·]\\s*)?(?:on\\s+the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b"),
            caseless);
        const int month = m_context.month > 0
            ? m_context.month
            : (m_context.issueDate.isValid() ? m_context.issueDate.month() : 0);
        for (const Range &r : {m_heading, m_first}) {
            const auto m = dayOnly.matchView(view(r));
            if (m.hasMatch() && month > 0) {
                const int group = m.capturedLength(1) > 0 ? 1 : 2;
                const int year = m_context.month > 0 || !m_context.issueDate.isValid()
                    ? m_year
                    : m_context.issueDate.year();
                const QDate date(year, month, m.capturedView(group).toInt());
                if (date.isValid()) {
                    return FoundDate{date, r.start + m.capturedStart(group), m.capturedLength(group), true};
                }
            }
        }
        return std::nullopt;
    }

    // "This month", "本月", "the beginning of August", "early August": a month, approximately.
    std::optional<Dated> approximateMonth() const
    {
        static const Rx thisMonth(QStringLiteral("\\bthis month\\b|本月"), caseless);
        static const Rx partOfMonth(
            QStringLiteral("\\b(?:(?:the\\s+)?(?:beginning|start|middle|end)\\s+of|early|mid|late)"
                           "[\\s-]+(%1)\\b")
                .arg(TextCues::monthNames()),
            caseless);
        const QStringView first = view(m_first);
        QDate month;
        qsizetype at = -1;
        qsizetype length = 0;
        if (const auto m = thisMonth.matchView(first); m.hasMatch() && m_context.issueDate.isValid()) {
            month = QDate(m_context.issueDate.year(), m_context.issueDate.month(), 1);
            at = m.capturedStart();
            length = m.capturedLength();
        } else if (const auto p = partOfMonth.matchView(first); p.hasMatch()) {
            month = withYear({QDate(2000, TextCues::monthNumber(p.capturedView(1)), 1), 0, 0, false});
            at = p.capturedStart();
            length = p.capturedLength();
        }
        if (!month.isValid()) {
            return std::nullopt;
        }
        return Dated{{month, m_first.start + at, length, true}, 0.5, month.addMonths(1).addDays(-1)};
    }

    void findAnnounced()
    {
        std::optional<Dated> announced;
        const auto take = [&announced](std::optional<FoundDate> f, double confidence) {
            if (!announced && f) {
                announced = Dated{*f, confidence, {}};
            }
        };
        take(labelDate(ImportField::Announced), 0.95);
        if (!m_headingDates.isEmpty()) {
            take(m_headingDates.constFirst(), 0.9);
        }
        take(headingOpeningDate(), 0.85);
        if (!m_dateLines.isEmpty()) {
            take(m_dateLines.constFirst(), 0.85);
        }
        take(sentenceOpeningDate(), 0.75);
        take(firstSentenceDate(), 0.7);
        if (!announced) {
            announced = approximateMonth();
        }
        if (announced) {
            d().announced = withYear(announced->found);
            d().announcedUntil = announced->until;
            setSpan(ImportField::Announced, announced->found.start, announced->found.length,
                    announced->confidence);
            return;
        }
        if (m_context.periodStart.isValid() && m_context.periodEnd.isValid()) {
            d().announced = m_context.periodStart;
            d().announcedUntil = m_context.periodEnd > m_context.periodStart ? m_context.periodEnd : QDate();
            m_item.confidence.insert(QString::fromUtf16(ImportField::Announced), 0.3);
            m_item.warnings.append(
                ItemAnalyzer::tr("No date of its own: dated approximately by the newsletter's "
                                 "period; enter the exact date when you know it."));
        } else {
            m_item.warnings.append(ItemAnalyzer::tr("No date found: enter the date it was announced."));
        }
    }

    std::optional<FoundDate> dateByWording(const Rx &beforeRx, const Rx &afterRx) const
    {
        for (const FoundDate &f : TextCues::dates(view(m_body), m_year)) {
            const qsizetype at = m_body.start + f.start;
            const qsizetype from = std::max(m_body.start, at - 80);
            const QStringView before = QStringView(m_text).sliced(from, at - from);
            const QStringView after = QStringView(m_text).sliced(at + f.length).left(8);
            if (beforeRx.matchView(before).hasMatch() || afterRx.matchView(after).hasMatch()) {
                return FoundDate{f.date, at, f.length, f.hasYear};
            }
        }
        return std::nullopt;
    }

    static const Rx &effectiveWording()
    {
        static const Rx rx(
            QStringLiteral(
                "(effective|take[s]? effect|took effect|come[s]? into (force|effect)|in force|enter[s]? "
                "into force|appl(y|ies) from|implemented)\\s*(from|on|as of|as from)?\\s*$|自\\s*$"),
            caseless);
        return rx;
    }

    void findEffectiveAndDeadline()
    {
        const Rx &effectiveBefore = effectiveWording();
        static const Rx effectiveAfter(QStringLiteral("^\\s*(起)?(施行|实施|生效|正式施行)"));
        static const Rx deadlineBefore(
            QStringLiteral(
                "((deadline|comments?|feedback|opinions?|views)[^.。]{0,60}(by|until|before|is|on|:)\\s*$)|"
                "(截至|截止|截止日期为|截止时间为|截止到)\\s*$"),
            caseless);
        static const Rx deadlineAfter(QStringLiteral("^\\s*(前|之前|截止)"));
        static const Rx neverAfter(QStringLiteral("(?!)"));
        if (!has(ImportField::Effective)) {
            std::optional<FoundDate> effective = labelDate(ImportField::Effective);
            const double confidence = effective ? 0.95 : 0.75;
            if (!effective) {
                effective = dateByWording(effectiveBefore, effectiveAfter);
            }
            if (effective) {
                d().effective = withYear(*effective);
                setSpan(ImportField::Effective, effective->start, effective->length, confidence);
            }
        }
        if (!has(ImportField::CommentDeadline)) {
            std::optional<FoundDate> deadline = labelDate(ImportField::CommentDeadline);
            const double confidence = deadline ? 0.95 : 0.7;
            if (!deadline) {
                deadline = dateByWording(deadlineBefore, m_zh ? deadlineAfter : neverAfter);
            }
            if (deadline && (!d().announced.isValid() || withYear(*deadline) >= d().announced)) {
                d().commentDeadline = withYear(*deadline);
                setSpan(ImportField::CommentDeadline, deadline->start, deadline->length, confidence);
            }
        }
    }

    // --- Kind, stage, titles -----------------------------------------------------------------------------

    qsizetype clauseEnd() const
    {
        static const Rx aim(QStringLiteral("[,，][\"”’]?\\s*(aiming|which|in order)|，旨在|，以"), caseless);
        const auto m = aim.matchView(view(m_first));
        return m.hasMatch() ? m.capturedStart() : m_first.length();
    }

    void findKindAndStage()
    {
        const QString cue = view(m_heading).toString() + u'\n' + view(m_first).left(clauseEnd()).toString();
        double confidence = 0.3;
        d().kind = DevelopmentKind::Announcement;
        d().stage = Stage::Issued;
        for (const KindRule &rule : kindRules()) {
            if (rule.pattern.match(cue).hasMatch()) {
                d().kind = rule.kind;
                d().stage = rule.stage;
                confidence = 0.8;
                break;
            }
        }
        if (d().kind == DevelopmentKind::EnforcementAction && launchCue().match(cue).hasMatch()) {
            d().stage = Stage::Issued;
        }
        // A heading that says the text was issued wins over a body that mentions consultation in passing.
        static const Rx issuedHeading(
            QStringLiteral("\\b(issues|issued|releases|released|publishes|published|"
                           "promulgates|promulgated)\\b|发布|印发|公布|出台"),
            caseless);
        const QStringView heading = view(m_heading);
        const bool draft = draftCue().matchView(heading).hasMatch()
            || (!issuedHeading.matchView(heading).hasMatch() && draftCue().match(cue).hasMatch());
        if (draft) {
            d().stage = Stage::DraftForComments;
            if (d().kind != DevelopmentKind::Standard && d().kind != DevelopmentKind::Legislation) {
                d().kind = DevelopmentKind::Regulation;
            }
            confidence = 0.85;
        }
        if (d().kind == DevelopmentKind::CourtJudgment) {
            d().stage = Stage::Concluded;
        }
        m_item.confidence.insert(QString::fromUtf16(ImportField::Kind), confidence);
        m_item.confidence.insert(QString::fromUtf16(ImportField::Stage), confidence);
    }

    // The document named in a label, in 《》, after the verb of the first sentence, or by a heading that only
    // names it.
    void findDocumentTitle()
    {
        static const Rx bookTitle(QStringLiteral("《([^《》\\n]{2,120})》"));
        static const Rx namedDocument(QStringLiteral(
            "\\b(?:issued|released|published|promulgated|unveiled|adopted|solicited (?:public "
            ")?(?:opinions|comments) "
            "on|sought (?:public )?(?:comments|opinions) on|consults? on|consulted on)\\s+(?:the\\s+)?"
            "([A-Z][^,;:.\"]{6,200}?)(?=,\\s|,$|\\.\\s|\\.$|;|\\s+aiming|\\s+to\\s+[a-z]|\\s+on\\s+\\d|$)"));
        QString title;
        Range at;
        double confidence = 0.95;
        for (const Label &label : std::as_const(m_labels)) {
            if (label.field == ImportField::DocumentTitle) {
                title = view(label.value).toString();
                at = label.value;
            }
        }
        if (title.isEmpty()) {
            if (const auto m = bookTitle.match(m_text); m.hasMatch()) {
                title = m.captured(0);
                at = {m.capturedStart(0), m.capturedEnd(0)};
            } else if (const auto n = namedDocument.matchView(view(m_first).left(clauseEnd() + 1));
                       n.hasMatch()) {
                title = n.captured(1).trimmed();
                at = {m_first.start + n.capturedStart(1), m_first.start + n.capturedEnd(1)};
                confidence = 0.7;
            }
        }
        if (title.isEmpty() && !m_headingTitle.isEmpty()
            && !TextCues::actionVerb().matchView(view(m_heading)).hasMatch()) {
            title = m_headingTitle; // a heading that only names the document
            at = m_heading;
            confidence = 0.7;
        }
        if (!title.isEmpty()) {
            (m_zh ? d().documentTitle.zh : d().documentTitle.en) = title.simplified();
            setSpan(ImportField::DocumentTitle, at.start, at.length(), confidence);
        }
    }

    void findTitle()
    {
        QString title = m_headingTitle;
        double confidence = 0.9;
        if (title.isEmpty() && !m_context.columns.isEmpty()) {
            title = cleanTitle(d().documentTitle.preferring(m_item.language));
            confidence = 0.7;
        }
        if (title.isEmpty()) {
            title = cleanTitle(view(m_first).left(clauseEnd()).toString());
            confidence = 0.5;
        }
        if (title.isEmpty()) {
            title = cleanTitle(view(m_body).left(160).toString());
            confidence = 0.2;
        }
        (m_zh ? d().title.zh : d().title.en) = title;
        m_item.confidence.insert(QString::fromUtf16(ImportField::Title), confidence);
    }

    // The summary is the body as read. Both sides say they were imported: the text of the item's language
    // came from the source, the other side is empty until someone writes it; the item's language prevails.
    void fillSummaryAndProvenance()
    {
        if (d().summary.isEmpty()) {
            (m_zh ? d().summary.zh : d().summary.en) = view(m_body).toString().trimmed();
        }
        d().provenanceEn = Provenance::Imported;
        d().provenanceZh = Provenance::Imported;
        d().zhPrevails = m_zh;
        if (d().translationSource.isEmpty()) {
            d().translationSource = d().sourcePublication;
        }
        for (const Range &trailer : std::as_const(m_trailers)) {
            static const Rx url(QStringLiteral("https?[:：]//\\S+|www\\.\\S+"));
            if (const auto m = url.matchView(view(trailer)); m.hasMatch() && d().sourceUrl.isEmpty()) {
                d().sourceUrl = m.captured().replace(u'：', u':');
                setSpan(ImportField::Link, trailer.start + m.capturedStart(), m.capturedLength(), 0.8);
            }
        }
    }

    void findTopics()
    {
        const qsizetype base = std::min(m_heading.isEmpty() ? m_body.start : m_heading.start, m_body.start);
        const auto hits = m_lexicon.topics(QStringView(m_text).sliced(base));
        for (const auto &hit : hits.first(std::min<qsizetype>(hits.size(), 6))) {
            d().topics.append(hit.code);
            setSpan(ImportField::Topic, base + hit.firstStart, hit.firstLength,
                    std::min(0.9, 0.4 + 0.1 * hit.hits));
        }
    }

    // Who a duty's sentence says must act: from the start of the sentence up to its last modal before the end
    // of the duty ("the implementation plan requires …" names a plan;
    // "《指导意见》要求数据资产各权利主体均应…" the holders of data assets).
    QStringView dutySubject(const SourceSpan &span) const
    {
        static const Rx modal(
            QStringLiteral("\\b(?:must|shall|should|requires?|required|needs?\\s+to)\\b|应当|应|须|要求|需"),
            caseless);
        const qsizetype end = std::min<qsizetype>(span.start + span.length, m_text.size());
        qsizetype start = std::clamp<qsizetype>(span.start, 0, end);
        while (start > 0 && !QStringView(u".。;；!?！？\n").contains(m_text.at(start - 1))) {
            --start;
        }
        const QStringView sentence = QStringView(m_text).sliced(start, end - start);
        qsizetype last = sentence.size();
        for (auto it = modal.globalMatchView(sentence); it.hasNext();) {
            last = it.next().capturedStart();
        }
        return sentence.first(last);
    }

    void findPenaltiesAndObligations()
    {
        const QString body = view(m_body).toString();
        if (d().penalties.isEmpty()) {
            for (const auto &found : ObligationExtractor::penalties(body, m_item.language, m_body.start)) {
                d().penalties.append(found.penalty);
                setSpan(ImportField::Penalty, found.span.start, found.span.length, 0.8);
            }
        }
        if (m_item.obligations.isEmpty()) {
            m_item.obligations = ObligationExtractor::obligations(body, m_item.language, m_body.start);
            // Without an issuer nothing binds: news about a company or a study states no duty of its own. The
            // candidates stay for the reviewer, unticked; so do a plan's tasks for government.
            const bool noIssuer = d().authorities.isEmpty() && m_item.unknownAuthorities.isEmpty();
            // A plan addresses government ("the plan requires accelerating key actions"): only what it says a
            // company, platform or operator must do is a duty.
            static const Rx addressee(
                QStringLiteral("\\b(?:enterprises?|compan(?:y|ies)|businesses|platforms?|"
                               "operators?|providers?|handlers?|processors?|merchants?|"
                               "manufacturers?|banks?|institutions)\\b|企业|平台|经营者|"
                               "提供者|运营者|处理者|主体|商家|机构"),
                caseless);
            const bool plan = d().kind == DevelopmentKind::PolicyPlan;
            for (CandidateObligation &candidate : m_item.obligations) {
                if (noIssuer || (plan && !addressee.matchView(dutySubject(candidate.span)).hasMatch())) {
                    candidate.confidence = std::min(candidate.confidence, 0.45);
                    candidate.selected = false;
                }
            }
        }
    }

    const ImportLexicon &m_lexicon;
    ImportItem &m_item;
    const QString &m_text;
    const AnalysisContext &m_context;
    const int m_year;
    const bool m_zh;
    Range m_heading;
    Range m_body;
    Range m_first; // the body's first sentence
    QString m_headingTitle;
    QList<Label> m_labels;
    QList<FoundDate> m_headingDates; // in the heading's brackets, or glued to the body
    QList<FoundDate> m_dateLines; // lines that are only a date
    QList<AuthorityMention> m_issuerLines; // lines that are only an issuer's name
    QList<Range> m_trailers;
};

} // namespace

ItemAnalyzer::ItemAnalyzer(const ImportLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

void ItemAnalyzer::analyze(ImportItem &item, const AnalysisContext &context) const
{
    ItemReading(m_lexicon, item, context).run();
}

} // namespace rt::core
