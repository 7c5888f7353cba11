#include "ItemAnalyzer.h"

#include "ImportLexicon.h"
#include "ObligationExtractor.h"

#include <QRegularExpression>

#include <algorithm>

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

const QString &months()
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
    return int(names.indexOf(name.left(3).toString().toLower())) + 1;
}

// Labelled fields ("Issuing agency: …", "发布日期：…") and the item field each one fills.
QString labelField(QStringView label)
{
    static const QList<std::pair<Rx, QString>> rules = [] {
        QList<std::pair<Rx, QString>> r;
        const auto add = [&r](const char *pattern, const char16_t *field) {
            r.append({Rx(QString::fromUtf8(pattern), caseless), QString::fromUtf16(field)});
        };
        add("^(issuing|issued by|promulgating|publishing)?\\s*(agency|authority|authorities|body|department|"
            "issuer|regulator)$|^issued by$|^发布(机关|机构|单位|部门)$|^发文(机关|单位)$|^制定机关$",
            ImportField::Authority);
        add("^(promulgation|publication|issuing|issue|release|announcement|announced|published)?\\s*date$|"
            "^date (of )?(issue|publication|promulgation|release)$|^(发布|公布|印发|发文)(日期|时间)$|^日期$",
            ImportField::Announced);
        add("^(effective|implementation|commencement)\\s*date$|^(date )?in force( from)?$|^effective( "
            "from)?$|"
            "^(施行|生效|实施)(日期|时间)$",
            ImportField::Effective);
        add("^(comment|comments|feedback|consultation)\\s*(deadline|due|period ends|closes)$|"
            "^deadline( for comments)?$|^(征求意见|意见反馈|反馈)?截止(日期|时间)$",
            ImportField::CommentDeadline);
        add("^(title|document|document title|name)$|^(标题|文件名称|文件|名称)$", ImportField::DocumentTitle);
        return r;
    }();
    const QString text = label.trimmed().toString();
    for (const auto &[rx, field] : rules) {
        if (rx.match(text).hasMatch()) {
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

// The end of the sentence that starts at `from`: after the first full stop followed by a space or the end.
qsizetype sentenceEnd(QStringView text, qsizetype from, qsizetype limit)
{
    const qsizetype end = std::min(limit, text.size());
    for (qsizetype i = from; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'\n') {
            return i + 1;
        }
        if ((c == u'.' || c == u'!' || c == u'?') && (i + 1 >= end || text.at(i + 1).isSpace())) {
            // "No. 3" and initials are not the end of a sentence.
            if (c == u'.' && i >= 2 && text.at(i - 1).isUpper() && !text.at(i - 2).isLetter()) {
                continue;
            }
            return i + 1;
        }
    }
    return end;
}

void setSpan(ImportItem &item, const char16_t *name, qsizetype start, qsizetype length, double confidence)
{
    const QString field = QString::fromUtf16(name);
    item.spans.append({field, start, length});
    item.confidence.insert(field, std::max(confidence, item.confidence.value(field, 0.0)));
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
                       "\\bdraft\\b|seeks? (public )?comments|sought (public )?comments|"
                       "consult(s|ed|ation)? on|征求意见|草案"),
        caseless);
    return rx;
}

const Rx &launchCue()
{
    static const Rx rx(
        QStringLiteral("\\b(launche[sd]|launch|deploye?d?|deploys|start(ed|s)|initiated|kick(ed|s) off)\\b|"
                       "部署|启动|开展"),
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

} // namespace

const QRegularExpression &ItemAnalyzer::actionVerb()
{
    static const Rx rx(
        QStringLiteral(
            "\\b(issue[sd]?|released?|releases|publish(ed|es)?|announce[sd]?|solicit(ed|s)?|sought|seeks?|"
            "consult(ed|s)?|notifie[sd]|notify|launche[sd]|launch|deploy(ed|s)?|promulgated?|unveile[sd]|"
            "held|holds|ruled?|fined|ordered|opened|adopted|approved|promoted|advanced|planned|plans|"
            "disclosed|interviewed|exposed|continue[sd]|carried out|carries out|urged|called on|"
            "organi[sz]ed|initiated|revised|amended)\\b|"
            "发布|印发|公布|出台|通报|发出|公开征求|征求|召开|开展|部署|判决|审结|约谈|披露|推动|启动|"
            "持续|组织|修订|就"),
        caseless);
    return rx;
}

ItemAnalyzer::ItemAnalyzer(const ImportLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

bool ItemAnalyzer::isChineseText(QStringView text)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() < 0xA000) {
            ++han;
        } else if (c.isLetter()) {
            ++latin;
        }
    }
    // A Chinese character carries about as much as an English word of five letters.
    return han * 5 > latin;
}

QList<ItemAnalyzer::FoundDate> ItemAnalyzer::dates(QStringView text, int defaultYear)
{
    static const Rx dayMonth(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(%1)\\.?(?:,?\\s+(\\d{4}))?\\b").arg(months()),
        caseless);
    static const Rx monthDay(
        QStringLiteral("\\b(%1)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?").arg(months()),
        caseless);
    static const Rx iso(QStringLiteral("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"));
    static const Rx chinese(
        QStringLiteral("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"));

    QList<FoundDate> found;
    const auto add = [&found, defaultYear, text](const QRegularExpressionMatch &m, int y, int mo, int d) {
        const bool hasYear = y > 0;
        const QDate date(hasYear ? y : defaultYear, mo, d);
        if (!date.isValid() || (hasYear && (y < 1949 || y > 2200))) {
            return;
        }
        Q_UNUSED(text);
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

void ItemAnalyzer::analyze(ImportItem &item, const AnalysisContext &context) const
{
    const QString &text = item.sourceText;
    Development &d = item.development;
    const int year = context.year > 0 ? context.year : QDate::currentDate().year();
    item.language = isChineseText(text) ? Language::Chinese : Language::English;
    const Language language = item.language;
    const bool zh = language == Language::Chinese;
    const auto has
        = [&item](const char16_t *field) { return item.confidence.contains(QString::fromUtf16(field)); };

    // Lines: the heading, labelled fields (with their wrapped values), and the body.
    const QList<Range> lines = lineRanges(text);
    Range heading;
    QList<Label> labels;
    Range body{text.size(), text.size()};
    static const Rx labelLine(QStringLiteral("^\\s*([^:：\\n]{1,40}?)\\s*[:：]\\s*(.*)$"));
    bool inLabel = false;
    for (int i = 0; i < lines.size(); ++i) {
        const Range line = trimmed(text, lines.at(i));
        if (line.isEmpty()) {
            inLabel = false;
            continue;
        }
        if (i == 0 && context.firstLineIsHeading) {
            heading = line;
            continue;
        }
        const QStringView view = QStringView(text).sliced(lines.at(i).start, lines.at(i).length());
        if (const auto m = labelLine.matchView(view); m.hasMatch()) {
            if (const QString field = labelField(m.capturedView(1)); !field.isEmpty()) {
                const qsizetype start = lines.at(i).start + m.capturedStart(2);
                labels.append({field, trimmed(text, {start, lines.at(i).end})});
                inLabel = true;
                continue;
            }
        }
        const bool indented = view.size() > 0 && view.at(0).isSpace();
        const QStringView content = QStringView(text).sliced(line.start, line.length());
        const bool looksWrapped = content.size() < 100 && !content.endsWith(u'.') && !content.endsWith(u'。');
        if (inLabel && !labels.isEmpty() && (indented || looksWrapped)) {
            labels.last().value.end = line.end; // a value wrapped onto the next line
            continue;
        }
        inLabel = false;
        body.start = std::min(body.start, line.start);
        body.end = line.end;
    }
    if (body.start > body.end) {
        body.start = body.end;
    }

    // A date in brackets glued to the front of the body: "(3 June)The SAMR …".
    QList<FoundDate> announcedCandidates;
    static const Rx gluedDate(QStringLiteral("^\\s*[(（]([^()（）\\n]{3,40})[)）]\\s*"));
    if (const auto m = gluedDate.matchView(QStringView(text).sliced(body.start, body.length()));
        m.hasMatch()) {
        const auto found = dates(m.capturedView(1), year);
        if (!found.isEmpty()) {
            FoundDate first = found.constFirst();
            first.start += body.start + m.capturedStart(1);
            announcedCandidates.append(first);
            body.start += m.capturedLength();
        }
    }

    // The heading: its number or bullet, its text, and the dates in brackets at its end.
    QString headingTitle;
    if (!heading.isEmpty()) {
        QStringView view = QStringView(text).sliced(heading.start, heading.length());
        static const Rx marker(
            QStringLiteral("^\\s*(?:\\d{1,3}\\s*[.、)．]|[一二三四五六七八九十]{1,3}\\s*[、.．]|"
                           "[-–—•*·▪●◆■]|[(（]\\d{1,3}[)）])\\s*"));
        qsizetype from = 0;
        if (const auto m = marker.matchView(view); m.hasMatch()) {
            from = m.capturedLength();
        }
        qsizetype to = view.size();
        static const Rx trailingDates(QStringLiteral("[(（]([^()（）]{3,80})[)）]\\s*$"));
        if (const auto m = trailingDates.matchView(view); m.hasMatch()) {
            const auto found = dates(m.capturedView(1), year);
            if (!found.isEmpty()) {
                FoundDate first = found.constFirst();
                first.start += heading.start + m.capturedStart(1);
                announcedCandidates.prepend(first);
                to = m.capturedStart();
            }
        }
        QString title = view.sliced(from, std::max<qsizetype>(0, to - from)).toString();
        static const Rx brackets(QStringLiteral("^[【\\[](.*)[】\\]]$"));
        if (const auto m = brackets.match(title.trimmed()); m.hasMatch()) {
            title = m.captured(1);
        }
        headingTitle = cleanTitle(title);
        if (!headingTitle.isEmpty()) {
            setSpan(item, ImportField::Heading, heading.start, heading.length(), 0.9);
        }
    }

    const QStringView bodyView = QStringView(text).sliced(body.start, body.length());
    const qsizetype firstEnd = body.start + (bodyView.isEmpty() ? 0 : sentenceEnd(bodyView, 0, 800));
    const Range firstSentence{body.start, firstEnd};
    const QStringView first = QStringView(text).sliced(firstSentence.start, firstSentence.length());

    // Authorities: labelled ones, else those named before the first sentence's verb (its subject), else the
    // heading's, else the first one the sentence names.
    if (!has(ImportField::Authority)) {
        QList<AuthorityMention> chosen;
        for (const Label &label : std::as_const(labels)) {
            if (label.field == ImportField::Authority) {
                for (AuthorityMention m : m_lexicon.authorities(
                         QStringView(text).sliced(label.value.start, label.value.length()))) {
                    m.start += label.value.start;
                    chosen.append(m);
                }
            }
        }
        double confidence = 0.95;
        if (chosen.isEmpty()) {
            const auto verb = actionVerb().matchView(first);
            const qsizetype subjectEnd = verb.hasMatch() ? verb.capturedStart() : first.size();
            for (AuthorityMention m : m_lexicon.authorities(first)) {
                if (m.start < subjectEnd) {
                    m.start += firstSentence.start;
                    chosen.append(m);
                }
            }
            confidence = 0.9;
            if (chosen.isEmpty() && !heading.isEmpty()) {
                const QStringView h = QStringView(text).sliced(heading.start, heading.length());
                const auto hv = actionVerb().matchView(h);
                for (AuthorityMention m : m_lexicon.authorities(h)) {
                    if (!hv.hasMatch() || m.start < hv.capturedStart()) {
                        m.start += heading.start;
                        chosen.append(m);
                    }
                }
                confidence = 0.8;
            }
            if (chosen.isEmpty()) {
                const auto all = m_lexicon.authorities(first);
                if (!all.isEmpty()) {
                    AuthorityMention m = all.constFirst();
                    m.start += firstSentence.start;
                    chosen.append(m);
                    confidence = 0.5;
                }
            }
        }
        for (const AuthorityMention &m : std::as_const(chosen)) {
            if (!d.authorities.contains(m.code)) {
                d.authorities.append(m.code);
            }
            const bool local = m_lexicon.knownAuthorities().value(m.code).level != AuthorityLevel::National;
            setSpan(item, local ? ImportField::LocalAuthority : ImportField::Authority, m.start, m.length,
                    confidence);
            item.confidence.insert(QString::fromUtf16(ImportField::Authority), confidence);
        }
        // An issuer the database does not know: the subject of the first sentence, when it names a body.
        if (chosen.isEmpty()) {
            static const Rx subjectEn(QStringLiteral(
                "^\\s*(?:on "
                "[^,]{3,30},\\s*)?(?:[Tt]he\\s+)?((?:[A-Z][\\w'’&-]*)(?:\\s+(?:[A-Z][\\w'’&-]*|of|for|and|on|"
                "the|in))*)\\s*(?:,[^,]{0,80},\\s*)?\\s+(?:has\\s+|have\\s+)?(?:jointly\\s+)?(?:recently\\s+)"
                "?$"));
            static const Rx subjectZh(
                QStringLiteral("^\\s*(?:\\d{4}年)?(?:\\d{1,2}月\\d{1,2}日[，,]\\s*)?([^，。,；\\s]{2,30}?)(?:"
                               "联合[^，。]{0,20}?)?"
                               "(?:发布|印发|公布|出台|通报|发出|公开征求|征求|召开|部署|判决|审结)"));
            const auto verb = actionVerb().matchView(first);
            const auto m = zh ? subjectZh.matchView(first)
                              : subjectEn.matchView(first.first(verb.hasMatch() ? verb.capturedStart() : 0));
            if (m.hasMatch() && m.capturedLength(1) >= 3) {
                const QString name = m.captured(1).trimmed();
                item.unknownAuthorities.append(name);
                setSpan(item, ImportField::Authority, firstSentence.start + m.capturedStart(1),
                        m.capturedLength(1), 0.3);
                item.warnings.append(tr("Authority unknown: “%1” is not in the database. Add it?").arg(name));
            } else {
                item.warnings.append(tr("No issuing authority found."));
            }
        }
    }
    static const Rx multi(
        QStringLiteral("(?:in collaboration|jointly|together) with (?:multiple|several|other|"
                       "relevant) (?:departments|authorities|ministries)|等(?:多)?部门|联合多部门|"
                       "会同(?:有关|相关)?部门"),
        caseless);
    if (const auto m = multi.matchView(first); m.hasMatch()) {
        d.multiDepartment = true;
    }
    if (!d.authorities.isEmpty()) {
        d.region = m_lexicon.knownAuthorities().value(d.authorities.constFirst()).region;
    }

    // Dates: labelled ones first, then the heading's or a glued one, then an "On 6 May, …" sentence opening.
    const auto labelDate = [&](const QString &field) -> std::optional<FoundDate> {
        for (const Label &label : std::as_const(labels)) {
            if (label.field == field) {
                const auto found
                    = dates(QStringView(text).sliced(label.value.start, label.value.length()), year);
                if (!found.isEmpty()) {
                    FoundDate f = found.constFirst();
                    f.start += label.value.start;
                    return f;
                }
            }
        }
        return std::nullopt;
    };
    const auto yearFor = [&](const FoundDate &f) {
        if (f.hasYear || context.month == 0) {
            return f.date;
        }
        return QDate(year, f.date.month(), f.date.day()); // the month heading's year (context.year)
    };
    if (!has(ImportField::Announced)) {
        std::optional<FoundDate> announced = labelDate(QString::fromUtf16(ImportField::Announced));
        double confidence = 0.95;
        if (!announced && !announcedCandidates.isEmpty()) {
            announced = announcedCandidates.constFirst();
            confidence = 0.9;
        }
        if (!announced) {
            static const Rx opening(QStringLiteral("^\\s*(?:on|dated)?\\s*$"), caseless);
            for (const FoundDate &f : dates(bodyView, year)) {
                const qsizetype at = body.start + f.start;
                qsizetype sentenceStart = at;
                while (sentenceStart > body.start
                       && !QStringView(u".。；;!?！？\n").contains(text.at(sentenceStart - 1))) {
                    --sentenceStart;
                }
                const QStringView before = QStringView(text).sliced(sentenceStart, at - sentenceStart);
                const QStringView after = QStringView(text).sliced(at + f.length).left(6);
                static const Rx followedBy(QStringLiteral("^\\s*(?:[,，]|the\\b|前后)"), caseless);
                if (opening.matchView(before).hasMatch() && followedBy.matchView(after).hasMatch()) {
                    FoundDate g = f;
                    g.start = at;
                    announced = g;
                    confidence = 0.75;
                    break;
                }
            }
        }
        if (!announced) {
            // "… issued the rules on 3 September", "于9月12日公布", "9月18日发布" in the first sentence.
            static const Rx before(QStringLiteral("\\b(on|dated)\\s+$|于\\s*$"), caseless);
            static const Rx after(QStringLiteral("^\\s*(发布|公布|印发|出台|召开|宣布|通报)"));
            for (const FoundDate &f : dates(first, year)) {
                const qsizetype at = firstSentence.start + f.start;
                const QStringView preceding
                    = QStringView(text).sliced(firstSentence.start, at - firstSentence.start);
                const QStringView following = QStringView(text).sliced(at + f.length).left(6);
                if (before.matchView(preceding.right(12)).hasMatch()
                    || after.matchView(following).hasMatch()) {
                    announced = FoundDate{f.date, at, f.length, f.hasYear};
                    confidence = 0.7;
                    break;
                }
            }
        }
        if (!announced && context.month > 0) {
            // Under a month heading: "12th: …", "On the 25th, …", "3日，…".
            static const Rx dayOnly(
                QStringLiteral("^\\s*(?:[-–—•*·]\\s*)?(?:on\\s+the\\s+)?(\\d{1,2})(?:st|nd|rd|th|日|号)\\b"),
                caseless);
            for (const Range &r : {heading, Range{body.start, firstSentence.end}}) {
                const auto m = dayOnly.matchView(QStringView(text).sliced(r.start, r.length()));
                const QDate date(year, context.month, m.hasMatch() ? m.capturedView(1).toInt() : 0);
                if (m.hasMatch() && date.isValid()) {
                    announced = FoundDate{date, r.start + m.capturedStart(1), m.capturedLength(1), false};
                    confidence = 0.7;
                    break;
                }
            }
        }
        if (announced) {
            d.announced = yearFor(*announced);
            setSpan(item, ImportField::Announced, announced->start, announced->length, confidence);
        } else {
            item.warnings.append(tr("No date found: enter the date it was announced."));
        }
    }
    // Effective dates and comment deadlines from labels or the wording around a date.
    static const Rx effectiveBefore(
        QStringLiteral("(effective|take[s]? effect|took effect|come[s]? into (force|effect)|"
                       "in force|enter[s]? into force|appl(y|ies) from|implemented)\\s*"
                       "(from|on|as of|as from)?\\s*$|自\\s*$"),
        caseless);
    static const Rx effectiveAfter(QStringLiteral("^\\s*(起)?(施行|实施|生效|正式施行)"));
    static const Rx deadlineBefore(
        QStringLiteral("((deadline|comments?|feedback|opinions?|views)[^.。]{0,60}"
                       "(by|until|before|is|on|:)\\s*$)|(截至|截止|截止日期为|截止时间为|"
                       "截止到)\\s*$"),
        caseless);
    static const Rx deadlineAfter(QStringLiteral("^\\s*(前|之前|截止)"));
    const QList<FoundDate> bodyDates = dates(bodyView, year);
    const auto fromWording = [&](const Rx &beforeRx, const Rx &afterRx) -> std::optional<FoundDate> {
        for (const FoundDate &f : bodyDates) {
            const qsizetype at = body.start + f.start;
            const QStringView before
                = QStringView(text).sliced(std::max(body.start, at - 80), at - std::max(body.start, at - 80));
            const QStringView after = QStringView(text).sliced(at + f.length).left(8);
            if (beforeRx.matchView(before).hasMatch() || afterRx.matchView(after).hasMatch()) {
                FoundDate g = f;
                g.start = at;
                return g;
            }
        }
        return std::nullopt;
    };
    if (!has(ImportField::Effective)) {
        auto effective = labelDate(QString::fromUtf16(ImportField::Effective));
        double confidence = 0.95;
        if (!effective) {
            effective = fromWording(effectiveBefore, effectiveAfter);
            confidence = 0.75;
        }
        if (effective) {
            d.effective = yearFor(*effective);
            setSpan(item, ImportField::Effective, effective->start, effective->length, confidence);
        }
    }
    if (!has(ImportField::CommentDeadline)) {
        auto deadline = labelDate(QString::fromUtf16(ImportField::CommentDeadline));
        double confidence = 0.95;
        if (!deadline) {
            static const Rx neverAfter(QStringLiteral("(?!)"));
            deadline = fromWording(deadlineBefore, zh ? deadlineAfter : neverAfter);
            confidence = 0.7;
        }
        if (deadline && (!d.announced.isValid() || yearFor(*deadline) >= d.announced)) {
            d.commentDeadline = yearFor(*deadline);
            setSpan(item, ImportField::CommentDeadline, deadline->start, deadline->length, confidence);
        }
    }

    // Kind and stage from the wording of the heading and the first clause.
    const qsizetype clauseEnd = [&] {
        static const Rx aim(QStringLiteral("[,，][\"”’]?\\s*(aiming|which|in order)|，旨在|，以"), caseless);
        const auto m = aim.matchView(first);
        return m.hasMatch() ? m.capturedStart() : first.size();
    }();
    const QString cue = QStringView(text).sliced(heading.start, heading.length()).toString() + u'\n'
        + first.left(clauseEnd).toString();
    if (!has(ImportField::Kind)) {
        double confidence = 0.3;
        d.kind = DevelopmentKind::Announcement;
        d.stage = Stage::Issued;
        for (const KindRule &rule : kindRules()) {
            if (const auto m = rule.pattern.match(cue); m.hasMatch()) {
                d.kind = rule.kind;
                d.stage = rule.stage;
                confidence = 0.8;
                break;
            }
        }
        if (d.kind == DevelopmentKind::EnforcementAction && launchCue().match(cue).hasMatch()) {
            d.stage = Stage::Issued;
        }
        // A heading that says the text was issued wins over a body that mentions consultation in passing.
        static const Rx issuedHeading(
            QStringLiteral("\\b(issues|issued|releases|released|publishes|published|"
                           "promulgates|promulgated)\\b|发布|印发|公布|出台"),
            caseless);
        const QStringView headingText = QStringView(text).sliced(heading.start, heading.length());
        const bool draft = draftCue().matchView(headingText).hasMatch()
            || (!issuedHeading.matchView(headingText).hasMatch() && draftCue().match(cue).hasMatch());
        if (draft) {
            d.stage = Stage::DraftForComments;
            if (d.kind != DevelopmentKind::Standard && d.kind != DevelopmentKind::Legislation) {
                d.kind = DevelopmentKind::Regulation;
            }
            confidence = 0.85;
        }
        if (d.kind == DevelopmentKind::CourtJudgment) {
            d.stage = Stage::Concluded;
        }
        item.confidence.insert(QString::fromUtf16(ImportField::Kind), confidence);
        item.confidence.insert(QString::fromUtf16(ImportField::Stage), confidence);
    }

    // Titles: the document named in 《》 or after the verb; the development's title from the heading or the
    // first clause.
    if (!has(ImportField::DocumentTitle)) {
        static const Rx bookTitle(QStringLiteral("《([^《》\\n]{2,120})》"));
        static const Rx namedDocument(QStringLiteral(
            "\\b(?:issued|released|published|promulgated|unveiled|adopted|solicited (?:public "
            ")?(?:opinions|comments) "
            "on|sought (?:public )?comments on|consults? on|consulted on)\\s+(?:the\\s+)?"
            "([A-Z][^,;:.\"]{6,200}?)(?=,\\s|,$|\\.\\s|\\.$|;|\\s+aiming|\\s+to\\s+[a-z]|\\s+on\\s+\\d|$)"));
        QString title;
        qsizetype at = -1;
        qsizetype length = 0;
        double confidence = 0.95;
        for (const Label &label : std::as_const(labels)) {
            if (label.field == ImportField::DocumentTitle) {
                title = text.mid(label.value.start, label.value.length());
                at = label.value.start;
                length = label.value.length();
            }
        }
        if (title.isEmpty()) {
            if (const auto m = bookTitle.match(text); m.hasMatch()) {
                title = m.captured(0);
                at = m.capturedStart(0);
                length = m.capturedLength(0);
            } else if (const auto n = namedDocument.matchView(first.left(clauseEnd + 1)); n.hasMatch()) {
                title = n.captured(1).trimmed();
                at = firstSentence.start + n.capturedStart(1);
                length = n.capturedLength(1);
                confidence = 0.7;
            }
        }
        if (title.isEmpty() && !headingTitle.isEmpty()
            && !actionVerb()
                    .matchView(QStringView(text).sliced(heading.start, heading.length()))
                    .hasMatch()) {
            title = headingTitle; // a heading that only names the document
            at = heading.start;
            length = heading.length();
            confidence = 0.7;
        }
        if (!title.isEmpty()) {
            title = title.simplified();
            (zh ? d.documentTitle.zh : d.documentTitle.en) = title;
            setSpan(item, ImportField::DocumentTitle, at, length, confidence);
        }
    }
    if (!has(ImportField::Title)) {
        QString title = headingTitle;
        double confidence = 0.9;
        if (title.isEmpty()) {
            title = cleanTitle(first.left(clauseEnd).toString());
            confidence = 0.5;
        }
        if (title.isEmpty()) {
            title = cleanTitle(bodyView.left(160).toString());
            confidence = 0.2;
        }
        (zh ? d.title.zh : d.title.en) = title;
        item.confidence.insert(QString::fromUtf16(ImportField::Title), confidence);
    }
    if (d.summary.isEmpty()) {
        (zh ? d.summary.zh : d.summary.en) = bodyView.toString().trimmed();
    }
    (zh ? d.provenanceZh : d.provenanceEn) = Provenance::Imported;

    // Topics from the heading and the body.
    if (!has(ImportField::Topic)) {
        const QStringView all = QStringView(text).sliced(std::min(heading.start, body.start));
        const qsizetype base = std::min(heading.start, body.start);
        const auto hits = m_lexicon.topics(all);
        for (const auto &hit : hits.first(std::min<qsizetype>(hits.size(), 6))) {
            d.topics.append(hit.code);
            setSpan(item, ImportField::Topic, base + hit.firstStart, hit.firstLength,
                    std::min(0.9, 0.4 + 0.1 * hit.hits));
        }
    }

    // Penalties and candidate obligations in the body.
    if (d.penalties.isEmpty()) {
        for (const auto &found : ObligationExtractor::penalties(bodyView.toString(), language, body.start)) {
            d.penalties.append(found.penalty);
            setSpan(item, ImportField::Penalty, found.span.start, found.span.length, 0.8);
        }
    }
    if (item.obligations.isEmpty()) {
        item.obligations = ObligationExtractor::obligations(bodyView.toString(), language, body.start);
    }
    item.detected = item.development;
    for (const CandidateObligation &candidate : std::as_const(item.obligations)) {
        item.detected.obligations.append(candidate.obligation);
    }
}

} // namespace rt::core
