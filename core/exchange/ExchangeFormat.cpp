// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeFormat.h"

#include "Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

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

QString indexed(const char *key, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1StringView(key)).arg(i);
}

QList<Term> readTerms(const Reader &r, const QJsonObject &root, const char *key)
{
    QList<Term> result;
    QSet<QString> seen;
    const QJsonArray entries = r.array(root, key, {});
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = indexed(key, i);
        const QJsonObject o = r.object(entries.at(i), path);
        r.allowOnly(o, path, {"code", "name"});
        Term term{r.code(o, "code", path), r.text(o, "name", path, true)};
        if (seen.contains(term.code)) {
            r.fail(path, ExchangeFormat::tr("the code “%1” appears twice").arg(term.code));
        }
        seen.insert(term.code);
        result.append(term);
    }
    return result;
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

QJsonArray jsonTerms(const QList<Term> &terms)
{
    QJsonArray result;
    for (const Term &term : terms) {
        result.append(
            QJsonObject{{QStringLiteral("code"), term.code}, {QStringLiteral("name"), jsonText(term.name)}});
    }
    return result;
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

// The line of the first \u escape that is half of a surrogate pair without its other half, or 0. JSON lets
// text name one half alone; such text is not Unicode, and the JSON reader would join a lone high half with
// the character after it instead of refusing it.
int lineOfLoneSurrogate(const QByteArray &json)
{
    int line = 1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
        } else if (json.at(i) == '\\' && i + 1 < json.size()) {
            if (json.at(i + 1) != 'u') {
                ++i; // an escaped character, possibly a backslash
                continue;
            }
            const int unit = hexDigits(json.mid(i + 2, 4));
            const bool pairedHigh = isHighSurrogateEscape(unit) && json.mid(i + 6, 2) == "\\u"
                && isLowSurrogateEscape(hexDigits(json.mid(i + 8, 4)));
            if ((isHighSurrogateEscape(unit) && !pairedHigh) || isLowSurrogateEscape(unit)) {
                return line;
            }
            i += pairedHigh ? 11 : 5;
        }
    }
    return 0;
}

} // namespace

ExchangeDocument ExchangeFormat::parse(const QByteArray &json, const QString &fileName)
{
    const Reader r(fileName);
    if (const int line = lineOfLoneSurrogate(json); line > 0) {
        throw Error(Error::Code::InvalidInput,
                    tr("%1, line %2: a \\u escape names half of a surrogate pair without the other half; "
                       "that is no character.")
                        .arg(fileName)
                        .arg(line));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - before.lastIndexOf('\n'));
        throw Error(Error::Code::InvalidInput,
                    tr("%1: not valid JSON at line %2, column %3: %4")
                        .arg(fileName)
                        .arg(line)
                        .arg(column)
                        .arg(error.errorString()));
    }
    if (!document.isObject()) {
        r.fail({}, tr("expected a JSON object"));
    }
    const QJsonObject root = document.object();
    r.allowOnly(root, {},
                {"format", "version", "source", "tags", "topics", "authorities", "developments", "companies",
                 "assessments", "$schema"});
    if (root.value(QLatin1StringView("format")).toString() != QLatin1StringView("regtracker-exchange")) {
        r.fail(QStringLiteral("format"),
               tr("this is not a RegTracker exchange file (expected “format”: "
                  "“regtracker-exchange”)"));
    }
    const QJsonValue versionValue = root.value(QLatin1StringView("version"));
    if (!versionValue.isDouble()) {
        r.fail(QStringLiteral("version"), tr("is required and must be a number"));
    }
    if (versionValue.toInt() != version) {
        r.fail(QStringLiteral("version"),
               tr("version %1 of the exchange format is not supported (this RegTracker "
                  "reads version %2)")
                   .arg(versionValue.toInt())
                   .arg(version));
    }

    ExchangeDocument doc;
    if (const QJsonValue source = root.value(QLatin1StringView("source")); source.isObject()) {
        const QJsonObject s = source.toObject();
        r.allowOnly(s, QStringLiteral("source"), {"name", "publication", "issue"});
        doc.sourceName = r.string(s, "name", QStringLiteral("source"));
        doc.sourcePublication = r.string(s, "publication", QStringLiteral("source"));
        doc.sourceIssue = r.string(s, "issue", QStringLiteral("source"));
    }
    doc.tags = readTerms(r, root, "tags");
    doc.topics = readTerms(r, root, "topics");

    QSet<QString> seen;
    const QJsonArray authorities = r.array(root, "authorities", {});
    for (qsizetype i = 0; i < authorities.size(); ++i) {
        const QString path = indexed("authorities", i);
        Authority a = readAuthority(r, r.object(authorities.at(i), path), path);
        if (seen.contains(a.code)) {
            r.fail(path, tr("the authority code “%1” appears twice").arg(a.code));
        }
        seen.insert(a.code);
        doc.authorities.append(a);
    }

    seen.clear();
    QSet<QString> obligationIds;
    const QJsonArray developments = r.array(root, "developments", {});
    for (qsizetype i = 0; i < developments.size(); ++i) {
        const QString path = indexed("developments", i);
        Development d = readDevelopment(r, r.object(developments.at(i), path), path);
        if (seen.contains(d.uid)) {
            r.fail(path, tr("the development id “%1” appears twice").arg(d.uid));
        }
        seen.insert(d.uid);
        for (const Obligation &o : std::as_const(d.obligations)) {
            if (obligationIds.contains(o.uid)) {
                r.fail(path, tr("the obligation id “%1” appears twice").arg(o.uid));
            }
            obligationIds.insert(o.uid);
        }
        doc.developments.append(d);
    }

    seen.clear();
    const QJsonArray companies = r.array(root, "companies", {});
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const QString path = indexed("companies", i);
        Company c = readCompany(r, r.object(companies.at(i), path), path);
        if (seen.contains(c.uid)) {
            r.fail(path, tr("the company id “%1” appears twice").arg(c.uid));
        }
        seen.insert(c.uid);
        doc.companies.append(c);
    }

    const QJsonArray assessments = r.array(root, "assessments", {});
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        const QString path = indexed("assessments", i);
        doc.assessments.append(readAssessment(r, r.object(assessments.at(i), path), path));
    }
    return doc;
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

QByteArray ExchangeFormat::serialize(const ExchangeDocument &doc)
{
    QJsonArray authorities;
    for (const Authority &a : doc.authorities) {
        authorities.append(QJsonObject{{QStringLiteral("code"), a.code},
                                       {QStringLiteral("name"), jsonText(a.name)},
                                       {QStringLiteral("abbreviation"), jsonText(a.abbreviation)},
                                       {QStringLiteral("kind"), Vocabulary::key(a.kind)},
                                       {QStringLiteral("level"), Vocabulary::key(a.level)},
                                       {QStringLiteral("region"), a.region},
                                       {QStringLiteral("parent"), jsonNullable(a.parentCode)}});
    }
    QJsonArray developments;
    for (const Development &d : doc.developments) {
        developments.append(toJson(d));
    }
    QJsonArray companies;
    for (const Company &c : doc.companies) {
        companies.append(QJsonObject{
            {QStringLiteral("id"), c.uid},
            {QStringLiteral("name"), jsonText(c.name)},
            {QStringLiteral("sectors"), QJsonArray::fromStringList(c.sectors)},
            {QStringLiteral("regions"),
             QJsonObject{{QStringLiteral("registered"), QJsonArray::fromStringList(c.registeredRegions)},
                         {QStringLiteral("operates"), QJsonArray::fromStringList(c.operatingRegions)}}},
            {QStringLiteral("notes"), c.notes}});
    }
    QJsonArray assessments;
    for (const Assessment &a : doc.assessments) {
        assessments.append(
            QJsonObject{{QStringLiteral("company"), a.companyUid},
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
                        {QStringLiteral("changed_at"), a.changedAt.toUTC().toString(Qt::ISODate)}});
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("regtracker-exchange")},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("tags"), jsonTerms(doc.tags)},
                     {QStringLiteral("topics"), jsonTerms(doc.topics)},
                     {QStringLiteral("authorities"), authorities},
                     {QStringLiteral("developments"), developments},
                     {QStringLiteral("companies"), companies},
                     {QStringLiteral("assessments"), assessments}};
    if (!doc.sourceName.isEmpty() || !doc.sourcePublication.isEmpty() || !doc.sourceIssue.isEmpty()) {
        root.insert(QStringLiteral("source"),
                    QJsonObject{{QStringLiteral("name"), doc.sourceName},
                                {QStringLiteral("publication"), doc.sourcePublication},
                                {QStringLiteral("issue"), doc.sourceIssue}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rt::core
