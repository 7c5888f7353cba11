// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeFormat.h"

#include "Error.h"
#include "ExchangeWriter.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <string>

namespace rt::core {

namespace {

// Walks a parsed JSON document with a path for messages: "developments[3].dates.announced".
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    [[noreturn]] void fail(const QString &path, const QString &problem) const
    {
        throw Error(Error::Code::InvalidInput,
                    ExchangeFormat::tr("%1: %2: %3")
                        .arg(m_file, path.isEmpty() ? QStringLiteral("/") : path, problem));
    }

    void allowOnly(const QJsonObject &object, const QString &path,
                   std::initializer_list<const char *> keys) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : keys) {
                known = known || it.key() == QLatin1StringView(key);
            }
            if (!known) {
                fail(path, ExchangeFormat::tr("unknown key “%1”").arg(it.key()));
            }
        }
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1StringView(key);
    }

    QJsonObject object(const QJsonValue &value, const QString &path) const
    {
        if (!value.isObject()) {
            fail(path, ExchangeFormat::tr("expected an object"));
        }
        return value.toObject();
    }

    // The value at key; null counts as absent. A required key that is absent fails here.
    QJsonValue field(const QJsonObject &parent, const char *key, const QString &path, bool required) const
    {
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                fail(join(path, key), ExchangeFormat::tr("is required"));
            }
            return QJsonValue::Undefined;
        }
        return value;
    }

    QJsonArray array(const QJsonObject &parent, const char *key, const QString &path,
                     bool required = false) const
    {
        const QJsonValue value = field(parent, key, path, required);
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isArray()) {
            fail(join(path, key), ExchangeFormat::tr("expected an array"));
        }
        return value.toArray();
    }

    QString string(const QJsonObject &parent, const char *key, const QString &path,
                   bool required = false) const
    {
        const QJsonValue value = field(parent, key, path, required);
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isString()) {
            fail(join(path, key), ExchangeFormat::tr("expected a string"));
        }
        if (required && value.toString().trimmed().isEmpty()) {
            fail(join(path, key), ExchangeFormat::tr("must not be empty"));
        }
        return value.toString();
    }

    QString code(const QJsonObject &parent, const char *key, const QString &path) const
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_./-]*$"));
        const QString value = string(parent, key, path, true);
        if (!pattern.match(value).hasMatch()) {
            fail(join(path, key),
                 ExchangeFormat::tr("“%1” is not a valid code (letters, digits, "
                                    "“_”, “-”, “.” and “/”)")
                     .arg(value));
        }
        return value;
    }

    QStringList strings(const QJsonObject &parent, const char *key, const QString &path,
                        bool nonEmpty = false) const
    {
        QStringList result;
        const QJsonArray values = array(parent, key, path, nonEmpty);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString itemPath = join(path, key) + QStringLiteral("[%1]").arg(i);
            if (!values.at(i).isString() || values.at(i).toString().isEmpty()) {
                fail(itemPath, ExchangeFormat::tr("expected a non-empty string"));
            }
            result.append(values.at(i).toString());
        }
        if (nonEmpty && result.isEmpty()) {
            fail(join(path, key), ExchangeFormat::tr("needs at least one entry"));
        }
        return result;
    }

    QStringList regions(const QJsonObject &parent, const char *key, const QString &path) const
    {
        const QStringList values = strings(parent, key, path);
        for (const QString &value : values) {
            checkRegion(value, join(path, key));
        }
        return values;
    }

    void checkRegion(const QString &value, const QString &path) const
    {
        static const QRegularExpression pattern(QStringLiteral("^CN(-[A-Z]{2})?$"));
        if (!pattern.match(value).hasMatch()) {
            fail(path, ExchangeFormat::tr("“%1” is not a region code such as CN or CN-BJ").arg(value));
        }
    }

    BilingualText text(const QJsonObject &parent, const char *key, const QString &path,
                       bool required = false) const
    {
        const QJsonValue value = field(parent, key, path, required);
        if (value.isUndefined()) {
            return {};
        }
        const QString textPath = join(path, key);
        const QJsonObject object = this->object(value, textPath);
        allowOnly(object, textPath, {"en", "zh"});
        BilingualText result{string(object, "en", textPath).trimmed(),
                             string(object, "zh", textPath).trimmed()};
        if (required && result.isEmpty()) {
            fail(textPath, ExchangeFormat::tr("needs an English or a Chinese text"));
        }
        return result;
    }

    QDate date(const QJsonObject &parent, const char *key, const QString &path, bool required = false) const
    {
        const QString value = string(parent, key, path, required);
        if (value.isEmpty()) {
            return {};
        }
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || value.size() != 10) {
            fail(join(path, key), ExchangeFormat::tr("“%1” is not a date (YYYY-MM-DD)").arg(value));
        }
        return date;
    }

    template <typename E>
    E enumeration(const QJsonObject &parent, const char *key, const QString &path,
                  std::optional<E> fallback = {}) const
    {
        const QString value = string(parent, key, path, !fallback.has_value());
        if (value.isEmpty() && fallback) {
            return *fallback;
        }
        const auto result = Vocabulary::fromKey<E>(value);
        if (!result) {
            fail(join(path, key),
                 ExchangeFormat::tr("unknown value “%1” (expected one of: %2)")
                     .arg(value, Vocabulary::keys<E>().join(QStringLiteral(", "))));
        }
        return *result;
    }

    bool boolean(const QJsonObject &parent, const char *key, const QString &path, bool fallback) const
    {
        const QJsonValue value = field(parent, key, path, false);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isBool()) {
            fail(join(path, key), ExchangeFormat::tr("expected true or false"));
        }
        return value.toBool();
    }

    // A number or an HH:MM string, kept as text.
    QString scalar(const QJsonObject &parent, const char *key, const QString &path, bool required) const
    {
        static const QRegularExpression time(QStringLiteral("^([01][0-9]|2[0-4]):[0-5][0-9]$"));
        const QJsonValue value = parent.value(QLatin1StringView(key));
        if (value.isDouble()) {
            return QString::number(value.toDouble(), 'g', 15);
        }
        if (value.isString() && time.match(value.toString()).hasMatch()) {
            return value.toString();
        }
        if ((value.isUndefined() || value.isNull()) && !required) {
            return {};
        }
        fail(join(path, key), ExchangeFormat::tr("expected a number or a time of day (HH:MM)"));
    }

private:
    QString m_file;
};

Term readTerm(const Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path, {"code", "name"});
    return Term{r.code(o, "code", path), r.text(o, "name", path, true)};
}

Authority readAuthority(const Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path, {"code", "name", "abbreviation", "kind", "level", "region", "parent"});
    Authority a;
    a.code = r.code(o, "code", path);
    a.name = r.text(o, "name", path, true);
    a.abbreviation = r.text(o, "abbreviation", path);
    a.kind = r.enumeration<AuthorityKind>(o, "kind", path);
    a.level = r.enumeration<AuthorityLevel>(o, "level", path);
    a.region = r.string(o, "region", path);
    if (a.region.isEmpty()) {
        a.region = QStringLiteral("CN");
    }
    r.checkRegion(a.region, Reader::join(path, "region"));
    a.parentCode = r.string(o, "parent", path);
    return a;
}

Obligation readObligation(const Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path, {"id", "text", "kind", "applies_to", "effective", "parameters"});
    Obligation ob;
    ob.uid = r.code(o, "id", path);
    ob.text = r.text(o, "text", path, true);
    ob.kind = r.enumeration<ObligationKind>(o, "kind", path);
    ob.appliesTo = r.strings(o, "applies_to", path);
    ob.effective = r.date(o, "effective", path);
    const QJsonArray parameters = r.array(o, "parameters", path);
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString pp = Reader::join(path, "parameters") + QStringLiteral("[%1]").arg(i);
        const QJsonObject p = r.object(parameters.at(i), pp);
        r.allowOnly(p, pp, {"name", "op", "value", "value2", "unit"});
        ObligationParameter parameter;
        parameter.name = r.text(p, "name", pp, true);
        parameter.op = r.enumeration<ParameterOp>(p, "op", pp);
        parameter.value = r.scalar(p, "value", pp, true);
        parameter.value2 = r.scalar(p, "value2", pp, parameter.op == ParameterOp::Between);
        parameter.unit = r.enumeration<ParameterUnit>(p, "unit", pp);
        ob.parameters.append(parameter);
    }
    return ob;
}

Development readDevelopment(const Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path,
                {"id", "title", "document_title", "authorities", "multi_department", "kind", "stage",
                 "legal_rank", "dates", "topics", "region", "summary", "translation", "source", "penalties",
                 "replaces", "obligations"});
    Development d;
    d.uid = r.code(o, "id", path);
    d.title = r.text(o, "title", path, true);
    d.documentTitle = r.text(o, "document_title", path);
    d.authorities = r.strings(o, "authorities", path, true);
    d.multiDepartment = r.boolean(o, "multi_department", path, false);
    d.kind = r.enumeration<DevelopmentKind>(o, "kind", path);
    d.stage = r.enumeration<Stage>(o, "stage", path);
    d.legalRank = r.enumeration<LegalRank>(o, "legal_rank", path, LegalRank::None);

    const QString datesPath = Reader::join(path, "dates");
    const QJsonValue datesValue = o.value(QLatin1StringView("dates"));
    if (datesValue.isUndefined()) {
        r.fail(datesPath, ExchangeFormat::tr("is required"));
    }
    const QJsonObject dates = r.object(datesValue, datesPath);
    r.allowOnly(dates, datesPath, {"announced", "announced_until", "comment_deadline", "effective"});
    d.announced = r.date(dates, "announced", datesPath, true);
    d.announcedUntil = r.date(dates, "announced_until", datesPath);
    if (d.announcedUntil.isValid() && d.announcedUntil < d.announced) {
        r.fail(datesPath, ExchangeFormat::tr("the approximate date ends before it begins"));
    }
    d.commentDeadline = r.date(dates, "comment_deadline", datesPath);
    d.effective = r.date(dates, "effective", datesPath);
    if (d.commentDeadline.isValid() && d.commentDeadline < d.announced) {
        r.fail(datesPath, ExchangeFormat::tr("the comment deadline is before the announcement"));
    }

    d.topics = r.strings(o, "topics", path);
    d.region = r.string(o, "region", path);
    if (d.region.isEmpty()) {
        d.region = QStringLiteral("CN");
    }
    r.checkRegion(d.region, Reader::join(path, "region"));
    d.summary = r.text(o, "summary", path);

    if (const QJsonValue value = o.value(QLatin1StringView("translation"));
        !value.isUndefined() && !value.isNull()) {
        const QString tp = Reader::join(path, "translation");
        const QJsonObject t = r.object(value, tp);
        r.allowOnly(t, tp, {"en", "zh", "zh_prevails", "source_name"});
        d.provenanceEn = r.enumeration<Provenance>(t, "en", tp, Provenance::InHouse);
        d.provenanceZh = r.enumeration<Provenance>(t, "zh", tp, Provenance::InHouse);
        d.zhPrevails = r.boolean(t, "zh_prevails", tp, true);
        d.translationSource = r.string(t, "source_name", tp);
    }
    if (const QJsonValue value = o.value(QLatin1StringView("source"));
        !value.isUndefined() && !value.isNull()) {
        const QString sp = Reader::join(path, "source");
        const QJsonObject s = r.object(value, sp);
        r.allowOnly(s, sp, {"publication", "item", "url"});
        d.sourcePublication = r.string(s, "publication", sp);
        const QJsonValue item = s.value(QLatin1StringView("item"));
        if (!item.isUndefined() && !item.isNull()) {
            if (!item.isDouble() || item.toDouble() < 1 || item.toDouble() != double(item.toInt())) {
                r.fail(Reader::join(sp, "item"), ExchangeFormat::tr("expected a positive whole number"));
            }
            d.sourceItem = item.toInt();
        }
        d.sourceUrl = r.string(s, "url", sp);
    }
    const QJsonArray penalties = r.array(o, "penalties", path);
    for (qsizetype i = 0; i < penalties.size(); ++i) {
        const QString pp = Reader::join(path, "penalties") + QStringLiteral("[%1]").arg(i);
        const QJsonObject p = r.object(penalties.at(i), pp);
        r.allowOnly(p, pp, {"amount", "currency", "description"});
        const QJsonValue amount = p.value(QLatin1StringView("amount"));
        if (!amount.isDouble() || amount.toDouble() < 0) {
            r.fail(Reader::join(pp, "amount"), ExchangeFormat::tr("expected a number of at least 0"));
        }
        Penalty penalty;
        penalty.amount = amount.toDouble();
        penalty.currency = r.string(p, "currency", pp);
        if (penalty.currency.isEmpty()) {
            penalty.currency = QStringLiteral("CNY");
        }
        penalty.description = r.text(p, "description", pp);
        d.penalties.append(penalty);
    }
    d.replacesUid = r.string(o, "replaces", path);
    const QJsonArray obligations = r.array(o, "obligations", path);
    for (qsizetype i = 0; i < obligations.size(); ++i) {
        const QString op = Reader::join(path, "obligations") + QStringLiteral("[%1]").arg(i);
        d.obligations.append(readObligation(r, r.object(obligations.at(i), op), op));
    }
    return d;
}

Company readCompany(const Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path, {"id", "name", "sectors", "regions", "notes"});
    Company c;
    c.uid = r.code(o, "id", path);
    c.name = r.text(o, "name", path, true);
    c.sectors = r.strings(o, "sectors", path);
    if (const QJsonValue value = o.value(QLatin1StringView("regions"));
        !value.isUndefined() && !value.isNull()) {
        const QString rp = Reader::join(path, "regions");
        const QJsonObject regions = r.object(value, rp);
        r.allowOnly(regions, rp, {"registered", "operates"});
        c.registeredRegions = r.regions(regions, "registered", rp);
        c.operatingRegions = r.regions(regions, "operates", rp);
    }
    c.notes = r.string(o, "notes", path);
    return c;
}

Assessment readAssessment(const Reader &r, const QJsonObject &o, const QString &path)
{
    r.allowOnly(o, path,
                {"company", "obligation", "applicability", "justification", "status", "result", "owner",
                 "due", "notes", "re_review", "changed_by", "changed_at"});
    Assessment a;
    a.companyUid = r.string(o, "company", path, true);
    a.obligationUid = r.string(o, "obligation", path, true);
    a.applicability = r.enumeration<Applicability>(o, "applicability", path, Applicability::Auto);
    a.justification = r.string(o, "justification", path);
    if (a.applicability == Applicability::NotApplicable && a.justification.trimmed().isEmpty()) {
        r.fail(path, ExchangeFormat::tr("an obligation marked not applicable needs a justification"));
    }
    a.status = r.enumeration<AssessmentStatus>(o, "status", path, AssessmentStatus::ToDo);
    a.result = r.enumeration<AssessmentResult>(o, "result", path, AssessmentResult::NotAssessed);
    a.owner = r.string(o, "owner", path);
    a.due = r.date(o, "due", path);
    a.notes = r.string(o, "notes", path);
    a.reReview = r.boolean(o, "re_review", path, false);
    a.changedBy = r.string(o, "changed_by", path);
    const QString changedAt = r.string(o, "changed_at", path);
    if (!changedAt.isEmpty()) {
        a.changedAt = QDateTime::fromString(changedAt, Qt::ISODate);
        if (!a.changedAt.isValid()) {
            r.fail(Reader::join(path, "changed_at"),
                   ExchangeFormat::tr("“%1” is not a timestamp (YYYY-MM-DDTHH:MM:SSZ)").arg(changedAt));
        }
    }
    return a;
}

QJsonValue jsonText(const BilingualText &text)
{
    if (text.isEmpty()) {
        return QJsonValue::Null;
    }
    QJsonObject o;
    if (!text.en.isEmpty()) {
        o.insert(QStringLiteral("en"), text.en);
    }
    if (!text.zh.isEmpty()) {
        o.insert(QStringLiteral("zh"), text.zh);
    }
    return o;
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue::Null;
}

QJsonValue jsonScalar(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok ? QJsonValue(number) : QJsonValue(value);
}

QJsonValue jsonNullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue::Null : QJsonValue(value);
}

int hexDigits(QByteArrayView digits)
{
    bool ok = false;
    const int value = digits.size() == 4 ? digits.toByteArray().toInt(&ok, 16) : 0;
    return ok ? value : -1;
}

bool isHighSurrogateEscape(int unit)
{
    return unit >= 0xd800 && unit <= 0xdbff;
}

bool isLowSurrogateEscape(int unit)
{
    return unit >= 0xdc00 && unit <= 0xdfff;
}

} // namespace

namespace {

constexpr qint64 readChunk = 1024 * 1024;
// Qt's JSON reader refuses documents nested deeper than this; the scanner refuses them before it.
constexpr int maximumDepth = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Reads a JSON document from a device a value at a time, keeping only the value in hand: the top-level
// object's members are found without being parsed, and the elements of its arrays are cut out one by one
// (by their strings and nesting) and handed to Qt's JSON reader, which checks them. Lines and columns are
// counted for messages.
class Scanner
{
public:
    Scanner(QIODevice &device, const QString &fileName)
        : m_device(device)
        , m_file(fileName)
    {
    }

    // Where a value starts, to come back to it.
    struct Mark
    {
        qint64 offset = -1;
        qint64 line = 1;
        qint64 lineStart = 0;
    };

    Mark mark() const { return {m_start + m_pos, m_line, m_lineStart}; }
    qint64 offset() const { return m_start + m_pos; }

    void seek(const Mark &at)
    {
        if (!m_device.seek(at.offset)) {
            throw Error(Error::Code::Failed,
                        ExchangeFormat::tr("%1: cannot read: %2").arg(m_file, m_device.errorString()));
        }
        m_buffer.clear();
        m_pos = 0;
        m_start = at.offset;
        m_line = at.line;
        m_lineStart = at.lineStart;
    }

    // The next byte that is not white space, or -1 at the end.
    int peekPastSpace()
    {
        while (true) {
            if (m_pos == m_buffer.size()) {
                compact();
                if (!fill()) {
                    return -1;
                }
            }
            const char c = m_buffer.at(m_pos);
            if (!isSpace(c)) {
                return static_cast<unsigned char>(c);
            }
            if (c == '\n') {
                ++m_line;
                m_lineStart = offset() + 1;
            }
            ++m_pos;
        }
    }

    void expect(char c, QJsonParseError::ParseError problem)
    {
        if (peekPastSpace() != static_cast<unsigned char>(c)) {
            fail(offset(), problem);
        }
        ++m_pos;
    }

    // The bytes of the value that starts at the next byte that is not white space, at `depth` levels of
    // nesting already. The value is checked only for its end: Qt's reader checks the rest.
    QByteArray value(int depth)
    {
        if (peekPastSpace() < 0) {
            fail(offset(), QJsonParseError::IllegalValue);
        }
        if (m_pos >= readChunk) { // most of the buffer is read: drop it (not after every value, which would
            compact(); // move the rest each time)
        }
        const qsizetype begin = m_pos;
        qsizetype i = m_pos;
        std::string open;
        const auto more = [&](QJsonParseError::ParseError problem) {
            if (i - begin > ExchangeFormat::maximumRecordSize) {
                throw Error(
                    Error::Code::InvalidInput,
                    ExchangeFormat::tr("%1, line %2: one value is larger than %3 MB; RegTracker reads "
                                       "records of up to %3 MB.")
                        .arg(m_file)
                        .arg(m_line)
                        .arg(ExchangeFormat::maximumRecordSize / (1024 * 1024)));
            }
            if (i >= m_buffer.size() && !fill()) {
                fail(m_start + i, problem);
            }
        };
        const auto string = [&] {
            ++i;
            while (true) {
                more(QJsonParseError::UnterminatedString);
                const char *data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                while (i < size && data[i] != '"' && data[i] != '\\') {
                    ++i;
                }
                if (i >= size) { // the string goes on past what was read (or an escape's second byte does)
                    continue;
                }
                if (data[i] == '"') {
                    ++i;
                    return;
                }
                i += 2; // an escape: the next byte is never the string's end
            }
        };
        do {
            more(open.empty() ? QJsonParseError::IllegalValue
                              : (open.back() == '{' ? QJsonParseError::UnterminatedObject
                                                    : QJsonParseError::UnterminatedArray));
            const char c = m_buffer.at(i);
            if (c == '"') {
                string();
            } else if (c == '{' || c == '[') {
                open.push_back(c);
                if (depth + int(open.size()) > maximumDepth) {
                    fail(m_start + i, QJsonParseError::DeepNesting);
                }
                ++i;
            } else if (c == '}' || c == ']') {
                if (open.empty() || open.back() != (c == '}' ? '{' : '[')) {
                    fail(m_start + i, QJsonParseError::IllegalValue);
                }
                open.pop_back();
                ++i;
            } else if (open.empty()) { // a number or a word at the top: up to what ends it
                while (true) {
                    if (i >= m_buffer.size() && !fill()) {
                        break;
                    }
                    const char d = m_buffer.at(i);
                    if (isSpace(d) || d == ',' || d == ']' || d == '}') {
                        break;
                    }
                    ++i;
                }
            } else {
                ++i;
            }
        } while (!open.empty());
        QByteArray bytes = m_buffer.mid(begin, i - begin);
        // Count the lines the value spans; it is taken from the buffer.
        for (qsizetype at = bytes.indexOf('\n'); at >= 0; at = bytes.indexOf('\n', at + 1)) {
            ++m_line;
            m_lineStart = m_start + begin + at + 1;
        }
        m_pos = i;
        return bytes;
    }

    // Parses bytes that value() returned, which started at `at`; a mistake is placed in the file.
    QJsonValue parse(const QByteArray &bytes, const Mark &at) const
    {
        if (const qsizetype lone = loneSurrogate(bytes); lone >= 0) {
            throw Error(Error::Code::InvalidInput,
                        ExchangeFormat::tr("%1, line %2: a \\u escape names half of a surrogate pair without "
                                           "the other half; that is no character.")
                            .arg(m_file)
                            .arg(at.line + bytes.left(lone).count('\n')));
        }
        QJsonParseError error;
        QByteArray wrapped; // a document is an object or an array: the value is read as an array's element
        wrapped.reserve(bytes.size() + 2);
        wrapped.append('[').append(bytes).append(']');
        const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
        if (error.error != QJsonParseError::NoError) {
            const qsizetype inside = std::clamp<qsizetype>(error.offset - 1, 0, bytes.size());
            const QByteArray before = bytes.left(inside);
            const qsizetype newline = before.lastIndexOf('\n');
            const qint64 line = at.line + before.count('\n');
            const qint64 column = newline >= 0 ? inside - newline : at.offset + inside - at.lineStart + 1;
            throw Error(Error::Code::InvalidInput,
                        ExchangeFormat::tr("%1: not valid JSON at line %2, column %3: %4")
                            .arg(m_file)
                            .arg(line)
                            .arg(column)
                            .arg(error.errorString()));
        }
        return document.array().at(0);
    }

    [[noreturn]] void fail(qint64 at, QJsonParseError::ParseError problem) const
    {
        // The place is in the buffer, or just past its end.
        qint64 line = m_line;
        qint64 lineStart = m_lineStart;
        for (qint64 i = m_pos; i < at - m_start && i < m_buffer.size(); ++i) {
            if (m_buffer.at(i) == '\n') {
                ++line;
                lineStart = m_start + i + 1;
            }
        }
        QJsonParseError error{int(std::min<qint64>(at, INT_MAX)), problem};
        throw Error(Error::Code::InvalidInput,
                    ExchangeFormat::tr("%1: not valid JSON at line %2, column %3: %4")
                        .arg(m_file)
                        .arg(line)
                        .arg(at - lineStart + 1)
                        .arg(error.errorString()));
    }

private:
    // Drops the bytes before the current one.
    void compact()
    {
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_start += m_pos;
            m_pos = 0;
        }
    }

    bool fill()
    {
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + readChunk);
        const qint64 got = m_device.read(m_buffer.data() + before, readChunk);
        m_buffer.resize(before + std::max<qint64>(got, 0));
        if (got < 0) {
            throw Error(Error::Code::Failed,
                        ExchangeFormat::tr("%1: cannot read: %2").arg(m_file, m_device.errorString()));
        }
        return got > 0;
    }

    static int hex(const QByteArray &bytes, qsizetype at)
    {
        return hexDigits(QByteArrayView(bytes).sliced(std::min(at, bytes.size()),
                                                      std::clamp<qsizetype>(bytes.size() - at, 0, 4)));
    }

    // Where the first \u escape is that names half of a surrogate pair without its other half, or -1. JSON
    // lets text name one half alone; such text is not Unicode, and the JSON reader would join a lone high
    // half with the character after it instead of refusing it.
    static qsizetype loneSurrogate(const QByteArray &json)
    {
        for (qsizetype i = json.indexOf('\\'); i >= 0 && i + 1 < json.size(); i = json.indexOf('\\', i)) {
            if (json.at(i + 1) != 'u') {
                i += 2; // an escaped character, possibly a backslash
                continue;
            }
            const int unit = hex(json, i + 2);
            const bool pairedHigh = isHighSurrogateEscape(unit) && json.mid(i + 6, 2) == "\\u"
                && isLowSurrogateEscape(hex(json, i + 8));
            if ((isHighSurrogateEscape(unit) && !pairedHigh) || isLowSurrogateEscape(unit)) {
                return i;
            }
            i += pairedHigh ? 12 : 6;
        }
        return -1;
    }

    QIODevice &m_device;
    QString m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // the next byte in m_buffer
    qint64 m_start = 0; // the offset of m_buffer's first byte in the file
    qint64 m_line = 1; // the line of the next byte
    qint64 m_lineStart = 0; // the offset of that line's first byte
};

// The lists in the order they are written to the database.
struct ListKey
{
    const char *key;
    ExchangeSink::List list;
};
constexpr ListKey listKeys[] = {{"tags", ExchangeSink::List::Tags},
                                {"topics", ExchangeSink::List::Topics},
                                {"authorities", ExchangeSink::List::Authorities},
                                {"developments", ExchangeSink::List::Developments},
                                {"companies", ExchangeSink::List::Companies},
                                {"assessments", ExchangeSink::List::Assessments}};

// Reads the file twice: once to find where each member of the top-level object is (and to read the small
// ones), then each list from where it starts, in the order of listKeys. Codes and ids that must be unique
// are remembered across the file.
class StreamReader
{
public:
    StreamReader(QIODevice &device, const QString &fileName, ExchangeSink &sink,
                 const ExchangeProgress &progress)
        : m_scanner(device, fileName)
        , m_reader(fileName)
        , m_sink(sink)
        , m_progress(progress)
        , m_total(std::max<qint64>(device.size(), 1))
        , m_file(fileName)
    {
    }

    void run()
    {
        findMembers();
        checkHeader();
        for (const ListKey &list : listKeys) {
            readList(list);
            m_sink.listDone(list.list);
        }
        report(m_total);
    }

private:
    struct Member
    {
        Scanner::Mark at;
        QByteArray bytes; // a member that is not an array, read whole
        bool isArray = false;
    };

    void findMembers()
    {
        const int first = m_scanner.peekPastSpace();
        if (first != '{') {
            if (first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9')) {
                m_reader.fail({}, ExchangeFormat::tr("expected a JSON object"));
            }
            m_scanner.fail(m_scanner.offset(), QJsonParseError::IllegalValue);
        }
        m_scanner.expect('{', QJsonParseError::IllegalValue);
        if (m_scanner.peekPastSpace() == '}') {
            m_scanner.expect('}', QJsonParseError::UnterminatedObject);
        } else {
            while (true) {
                if (m_scanner.peekPastSpace() != '"') {
                    m_scanner.fail(m_scanner.offset(), QJsonParseError::IllegalValue);
                }
                const Scanner::Mark keyAt = m_scanner.mark();
                const QString key = m_scanner.parse(m_scanner.value(1), keyAt).toString();
                m_scanner.expect(':', QJsonParseError::MissingNameSeparator);
                m_scanner.peekPastSpace();
                Member member;
                member.at = m_scanner.mark();
                if (m_scanner.peekPastSpace() == '[' && isList(key)) {
                    member.isArray = true;
                    elements(key, nullptr);
                } else {
                    member.bytes = m_scanner.value(1);
                }
                m_members.insert(key, member);
                const int next = m_scanner.peekPastSpace();
                if (next == '}') {
                    m_scanner.expect('}', QJsonParseError::UnterminatedObject);
                    break;
                }
                m_scanner.expect(',',
                                 next < 0 ? QJsonParseError::UnterminatedObject
                                          : QJsonParseError::MissingValueSeparator);
            }
        }
        if (m_scanner.peekPastSpace() >= 0) {
            m_scanner.fail(m_scanner.offset(), QJsonParseError::GarbageAtEnd);
        }
        static const QStringList known{QStringLiteral("format"),       QStringLiteral("version"),
                                       QStringLiteral("source"),       QStringLiteral("tags"),
                                       QStringLiteral("topics"),       QStringLiteral("authorities"),
                                       QStringLiteral("developments"), QStringLiteral("companies"),
                                       QStringLiteral("assessments"),  QStringLiteral("$schema")};
        for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
            if (!known.contains(it.key())) {
                m_reader.fail({}, ExchangeFormat::tr("unknown key “%1”").arg(it.key()));
            }
        }
    }

    static bool isList(const QString &key)
    {
        return std::any_of(std::begin(listKeys), std::end(listKeys),
                           [&](const ListKey &list) { return key == QLatin1StringView(list.key); });
    }

    // A member that is not a list, parsed; undefined when the file does not have it.
    QJsonValue small(const char *key) const
    {
        const auto it = m_members.constFind(QLatin1StringView(key));
        if (it == m_members.cend() || it->isArray) {
            return QJsonValue::Undefined;
        }
        return m_scanner.parse(it->bytes, it->at);
    }

    void checkHeader()
    {
        if (small("format").toString() != QLatin1StringView("regtracker-exchange")) {
            m_reader.fail(QStringLiteral("format"),
                          ExchangeFormat::tr("this is not a RegTracker exchange file (expected “format”: "
                                             "“regtracker-exchange”)"));
        }
        const QJsonValue versionValue = small("version");
        if (!versionValue.isDouble()) {
            m_reader.fail(QStringLiteral("version"), ExchangeFormat::tr("is required and must be a number"));
        }
        if (versionValue.toInt() != ExchangeFormat::version) {
            m_reader.fail(QStringLiteral("version"),
                          ExchangeFormat::tr("version %1 of the exchange format is not supported (this "
                                             "RegTracker reads version %2)")
                              .arg(versionValue.toInt())
                              .arg(ExchangeFormat::version));
        }
        if (const QJsonValue source = small("source"); source.isObject()) {
            const QJsonObject s = source.toObject();
            const QString path = QStringLiteral("source");
            m_reader.allowOnly(s, path, {"name", "publication", "issue"});
            m_sink.source(m_reader.string(s, "name", path), m_reader.string(s, "publication", path),
                          m_reader.string(s, "issue", path));
        }
    }

    // Calls handle (when there is one) with each element of the array at the scanner and its place.
    void elements(const QString &key, const std::function<void(const QJsonValue &, const QString &)> &handle)
    {
        m_scanner.expect('[', QJsonParseError::IllegalValue);
        if (m_scanner.peekPastSpace() == ']') {
            m_scanner.expect(']', QJsonParseError::UnterminatedArray);
            return;
        }
        for (qsizetype i = 0;; ++i) {
            m_scanner.peekPastSpace();
            const Scanner::Mark at = m_scanner.mark();
            const QByteArray bytes = m_scanner.value(2);
            if (handle) {
                handle(m_scanner.parse(bytes, at), QStringLiteral("%1[%2]").arg(key).arg(i));
                m_done += bytes.size();
                report(m_total / 10 + m_done * 9 / 10);
            } else if (m_scanner.offset() - m_lastReport > readChunk) {
                m_lastReport = m_scanner.offset();
                report(m_scanner.offset() / 10);
            }
            const int next = m_scanner.peekPastSpace();
            if (next == ']') {
                m_scanner.expect(']', QJsonParseError::UnterminatedArray);
                return;
            }
            m_scanner.expect(
                ',', next < 0 ? QJsonParseError::UnterminatedArray : QJsonParseError::MissingValueSeparator);
        }
    }

    void report(qint64 done)
    {
        if (m_progress && !m_progress(std::min(done, m_total), m_total)) {
            throw Error(Error::Code::Failed, ExchangeFormat::tr("%1: cancelled").arg(m_file));
        }
    }

    void unique(QSet<QString> &seen, const QString &id, const QString &path, const QString &problem) const
    {
        if (seen.contains(id)) {
            m_reader.fail(path, problem);
        }
        seen.insert(id);
    }

    void readList(const ListKey &list)
    {
        const QString key = QLatin1StringView(list.key);
        const auto it = m_members.constFind(key);
        if (it == m_members.cend()) {
            return;
        }
        if (!it->isArray) {
            if (const QJsonValue value = m_scanner.parse(it->bytes, it->at); !value.isNull()) {
                m_reader.fail(key, ExchangeFormat::tr("expected an array"));
            }
            return;
        }
        m_scanner.seek(it->at);
        QSet<QString> seen;
        elements(key, [&](const QJsonValue &value, const QString &path) {
            const QJsonObject o = m_reader.object(value, path);
            switch (list.list) {
            case ExchangeSink::List::Tags:
            case ExchangeSink::List::Topics: {
                const Term term = readTerm(m_reader, o, path);
                unique(seen, term.code, path,
                       ExchangeFormat::tr("the code “%1” appears twice").arg(term.code));
                list.list == ExchangeSink::List::Tags ? m_sink.tag(term) : m_sink.topic(term);
                break;
            }
            case ExchangeSink::List::Authorities: {
                const Authority a = readAuthority(m_reader, o, path);
                unique(seen, a.code, path,
                       ExchangeFormat::tr("the authority code “%1” appears twice").arg(a.code));
                m_sink.authority(a);
                break;
            }
            case ExchangeSink::List::Developments: {
                const Development d = readDevelopment(m_reader, o, path);
                ExchangeFormat::noteIds(*m_ids, d, m_file, path);
                m_sink.development(d);
                break;
            }
            case ExchangeSink::List::Companies: {
                const Company c = readCompany(m_reader, o, path);
                unique(seen, c.uid, path, ExchangeFormat::tr("the company id “%1” appears twice").arg(c.uid));
                m_sink.company(c);
                break;
            }
            case ExchangeSink::List::Assessments:
                m_sink.assessment(readAssessment(m_reader, o, path));
                break;
            }
        });
    }

    Scanner m_scanner;
    Reader m_reader;
    ExchangeSink &m_sink;
    const ExchangeProgress &m_progress;
    qint64 m_total;
    QString m_file;
    QHash<QString, Member> m_members;
    // Development and obligation ids met: where the sink keeps them, or here.
    struct MemoryIds final : ExchangeIds
    {
        bool add(Kind kind, const QString &id) override
        {
            QSet<QString> &seen = kind == Kind::Development ? developments : obligations;
            const qsizetype before = seen.size();
            seen.insert(id);
            return seen.size() > before;
        }
        QSet<QString> developments;
        QSet<QString> obligations;
    } m_ownIds;
    ExchangeIds *m_ids = m_sink.ids() ? m_sink.ids() : &m_ownIds;
    qint64 m_done = 0; // bytes of list elements handed on
    qint64 m_lastReport = 0;
};

// Collects what a file states into a document.
class DocumentSink final : public ExchangeSink
{
public:
    ExchangeDocument document;

    void source(const QString &name, const QString &publication, const QString &issue) override
    {
        document.sourceName = name;
        document.sourcePublication = publication;
        document.sourceIssue = issue;
    }
    void tag(const Term &tag) override { document.tags.append(tag); }
    void topic(const Term &topic) override { document.topics.append(topic); }
    void authority(const Authority &authority) override { document.authorities.append(authority); }
    void development(const Development &development) override { document.developments.append(development); }
    void company(const Company &company) override { document.companies.append(company); }
    void assessment(const Assessment &assessment) override { document.assessments.append(assessment); }
};

} // namespace

ExchangeDocument ExchangeFormat::parse(const QByteArray &json, const QString &fileName)
{
    QByteArray bytes = json;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    DocumentSink sink;
    read(buffer, fileName, sink);
    return sink.document;
}

void ExchangeFormat::noteIds(ExchangeIds &ids, const Development &development, const QString &fileName,
                             const QString &path)
{
    const Reader reader(fileName);
    if (!ids.add(ExchangeIds::Kind::Development, development.uid)) {
        reader.fail(path, tr("the development id “%1” appears twice").arg(development.uid));
    }
    for (const Obligation &obligation : development.obligations) {
        if (!ids.add(ExchangeIds::Kind::Obligation, obligation.uid)) {
            reader.fail(path, tr("the obligation id “%1” appears twice").arg(obligation.uid));
        }
    }
}

void ExchangeFormat::read(QIODevice &device, const QString &fileName, ExchangeSink &sink,
                          const ExchangeProgress &progress)
{
    StreamReader(device, fileName, sink, progress).run();
}

// announced_until only for an approximate date, so that files of exact dates read as before.
static QJsonObject datesJson(const Development &d)
{
    QJsonObject dates{{QStringLiteral("announced"), jsonDate(d.announced)},
                      {QStringLiteral("comment_deadline"), jsonDate(d.commentDeadline)},
                      {QStringLiteral("effective"), jsonDate(d.effective)}};
    if (d.announcedUntil.isValid()) {
        dates.insert(QStringLiteral("announced_until"), jsonDate(d.announcedUntil));
    }
    return dates;
}

QJsonObject ExchangeFormat::toJson(const Development &d)
{
    QJsonArray obligations;
    for (const Obligation &o : d.obligations) {
        QJsonArray parameters;
        for (const ObligationParameter &p : o.parameters) {
            QJsonObject parameter{{QStringLiteral("name"), jsonText(p.name)},
                                  {QStringLiteral("op"), Vocabulary::key(p.op)},
                                  {QStringLiteral("value"), jsonScalar(p.value)},
                                  {QStringLiteral("unit"), Vocabulary::key(p.unit)}};
            if (!p.value2.isEmpty()) {
                parameter.insert(QStringLiteral("value2"), jsonScalar(p.value2));
            }
            parameters.append(parameter);
        }
        obligations.append(
            QJsonObject{{QStringLiteral("id"), o.uid},
                        {QStringLiteral("text"), jsonText(o.text)},
                        {QStringLiteral("kind"), Vocabulary::key(o.kind)},
                        {QStringLiteral("applies_to"), QJsonArray::fromStringList(o.appliesTo)},
                        {QStringLiteral("effective"), jsonDate(o.effective)},
                        {QStringLiteral("parameters"), parameters}});
    }
    QJsonArray penalties;
    for (const Penalty &p : d.penalties) {
        penalties.append(QJsonObject{{QStringLiteral("amount"), p.amount},
                                     {QStringLiteral("currency"), p.currency},
                                     {QStringLiteral("description"), jsonText(p.description)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), d.uid},
        {QStringLiteral("title"), jsonText(d.title)},
        {QStringLiteral("document_title"), jsonText(d.documentTitle)},
        {QStringLiteral("authorities"), QJsonArray::fromStringList(d.authorities)},
        {QStringLiteral("multi_department"), d.multiDepartment},
        {QStringLiteral("kind"), Vocabulary::key(d.kind)},
        {QStringLiteral("stage"), Vocabulary::key(d.stage)},
        {QStringLiteral("legal_rank"), jsonNullable(Vocabulary::key(d.legalRank))},
        {QStringLiteral("dates"), datesJson(d)},
        {QStringLiteral("topics"), QJsonArray::fromStringList(d.topics)},
        {QStringLiteral("region"), d.region},
        {QStringLiteral("summary"), jsonText(d.summary)},
        {QStringLiteral("translation"),
         QJsonObject{{QStringLiteral("en"), Vocabulary::key(d.provenanceEn)},
                     {QStringLiteral("zh"), Vocabulary::key(d.provenanceZh)},
                     {QStringLiteral("zh_prevails"), d.zhPrevails},
                     {QStringLiteral("source_name"), jsonNullable(d.translationSource)}}},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("publication"), jsonNullable(d.sourcePublication)},
                     {QStringLiteral("item"), d.sourceItem > 0 ? QJsonValue(d.sourceItem) : QJsonValue::Null},
                     {QStringLiteral("url"), jsonNullable(d.sourceUrl)}}},
        {QStringLiteral("penalties"), penalties},
        {QStringLiteral("replaces"), jsonNullable(d.replacesUid)},
        {QStringLiteral("obligations"), obligations},
    };
}

QJsonObject ExchangeFormat::toJson(const Term &term)
{
    return QJsonObject{{QStringLiteral("code"), term.code}, {QStringLiteral("name"), jsonText(term.name)}};
}

QJsonObject ExchangeFormat::toJson(const Authority &a)
{
    return QJsonObject{{QStringLiteral("code"), a.code},
                       {QStringLiteral("name"), jsonText(a.name)},
                       {QStringLiteral("abbreviation"), jsonText(a.abbreviation)},
                       {QStringLiteral("kind"), Vocabulary::key(a.kind)},
                       {QStringLiteral("level"), Vocabulary::key(a.level)},
                       {QStringLiteral("region"), a.region},
                       {QStringLiteral("parent"), jsonNullable(a.parentCode)}};
}

QJsonObject ExchangeFormat::toJson(const Company &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.uid},
        {QStringLiteral("name"), jsonText(c.name)},
        {QStringLiteral("sectors"), QJsonArray::fromStringList(c.sectors)},
        {QStringLiteral("regions"),
         QJsonObject{{QStringLiteral("registered"), QJsonArray::fromStringList(c.registeredRegions)},
                     {QStringLiteral("operates"), QJsonArray::fromStringList(c.operatingRegions)}}},
        {QStringLiteral("notes"), c.notes}};
}

QJsonObject ExchangeFormat::toJson(const Assessment &a)
{
    return QJsonObject{{QStringLiteral("company"), a.companyUid},
                       {QStringLiteral("obligation"), a.obligationUid},
                       {QStringLiteral("applicability"), Vocabulary::key(a.applicability)},
                       {QStringLiteral("justification"), jsonNullable(a.justification)},
                       {QStringLiteral("status"), Vocabulary::key(a.status)},
                       {QStringLiteral("result"), Vocabulary::key(a.result)},
                       {QStringLiteral("owner"), jsonNullable(a.owner)},
                       {QStringLiteral("due"), jsonDate(a.due)},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("re_review"), a.reReview},
                       {QStringLiteral("changed_by"), a.changedBy},
                       {QStringLiteral("changed_at"), a.changedAt.toUTC().toString(Qt::ISODate)}};
}

QByteArray ExchangeFormat::serialize(const ExchangeDocument &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExchangeWriter writer(buffer);
    writer.begin(doc.sourceName, doc.sourcePublication, doc.sourceIssue);
    const auto list = [&writer](const char *key, const auto &records) {
        writer.beginList(key);
        for (const auto &record : records) {
            writer.add(toJson(record));
        }
        writer.endList();
    };
    list("tags", doc.tags);
    list("topics", doc.topics);
    list("authorities", doc.authorities);
    list("developments", doc.developments);
    list("companies", doc.companies);
    list("assessments", doc.assessments);
    writer.end();
    return bytes;
}

} // namespace rt::core
