// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvImport.h"

#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "Error.h"
#include "ImportLexicon.h"
#include "ScopedTransaction.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace rt::core {

namespace {

// Header names and cell values are compared in this form: lower case, without spaces, '_', '-', '.',
// brackets or a trailing colon, so that “Issuing authority”, “issuing_authority” and “发布机关：” match.
QString normalised(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'（'
            || c == u'）' || c == u':' || c == u'：') {
            continue;
        }
        result.append(c.toCaseFolded());
    }
    return result;
}

struct Alias
{
    const char *field;
    const char *names; // '|'-separated, already in normalised() form
};

// Field names people put in spreadsheet headers. Developments and assessments read some words differently:
// “status” is a development's stage but an assessment's status, “deadline” a comment deadline or a due date.
constexpr Alias developmentAliases[] = {
    {"uid", "uid|id|identifier|key|编号|标识|标识符"},
    {"title_en", "titleen|title|englishtitle|titleenglish|heading|headline|英文标题"},
    {"title_zh", "titlezh|chinesetitle|titlechinese|标题|中文标题|名称"},
    {"authorities",
     "authorities|authority|issuingauthority|issuingauthorities|issuer|issuers|issuedby|"
     "regulator|regulators|发布机关|发布机构|发文机关|发文单位|发布单位|机关|监管机构|部门"},
    {"kind", "kind|type|category|documenttype|类型|种类|类别|文件类型"},
    {"stage", "stage|status|阶段|状态"},
    {"announced",
     "announced|announcedon|announceddate|dateannounced|date|published|publishedon|"
     "publicationdate|pubdate|issued|issuedon|issuedate|发布日期|公布日期|印发日期|发布时间|日期"},
    {"comment_deadline",
     "commentdeadline|commentsdue|deadlineforcomments|commentperiodends|deadline|"
     "意见截止日期|征求意见截止日期|反馈截止日期|截止日期"},
    {"effective", "effective|effectiveon|effectivedate|dateeffective|takeseffect|实施日期|施行日期|生效日期"},
    {"topics", "topics|topic|subject|subjects|主题|议题|领域"},
    {"summary_en", "summaryen|summary|englishsummary|summaryenglish|description|abstract|英文摘要"},
    {"summary_zh", "summaryzh|chinesesummary|summarychinese|摘要|中文摘要|内容摘要|概要"},
    {"url", "url|link|sourceurl|sourcelink|链接|网址|原文链接"},
    {"source", "source|publication|sourcepublication|newsletter|来源|出处"},
    {"item", "item|itemno|itemnumber|no|number|#|序号|条目"},
};

constexpr Alias assessmentAliases[] = {
    {"company", "company|companyid|companyuid|companyname|client|公司|企业|公司名称|企业名称|客户"},
    {"obligation", "obligation|obligationid|obligationuid|义务|义务编号|合规义务"},
    {"status", "status|state|progress|状态|进度|处理状态"},
    {"result", "result|assessmentresult|compliance|outcome|结果|评估结果|合规结论|结论"},
    {"owner", "owner|responsible|assignee|负责人|责任人"},
    {"due", "due|duedate|dueon|deadline|截止日期|到期日|期限|完成期限"},
    {"notes", "notes|note|comment|comments|remarks|备注|说明"},
};

std::span<const Alias> aliases(CsvContent content)
{
    if (content == CsvContent::Assessments) {
        return assessmentAliases;
    }
    return developmentAliases;
}

// Field key -> column for the header, using one content's aliases.
QHash<QString, int> match(const QStringList &header, CsvContent content)
{
    QHash<QString, int> columns;
    QSet<int> used;
    for (const Alias &alias : aliases(content)) {
        const QStringList names = QString::fromUtf8(alias.names).split(u'|');
        for (int column = 0; column < header.size(); ++column) {
            if (!used.contains(column) && names.contains(normalised(header.at(column)))) {
                columns.insert(QString::fromLatin1(alias.field), column);
                used.insert(column);
                break;
            }
        }
    }
    return columns;
}

// Chinese words for the vocabulary values people write in spreadsheets, besides the keys and labels.
struct ChineseWord
{
    const char16_t *word;
    const char *key;
};

constexpr ChineseWord chineseKinds[] = {
    {u"立法", "legislation"},
    {u"法律", "legislation"},
    {u"规章", "regulation"},
    {u"法规", "regulation"},
    {u"部门规章", "regulation"},
    {u"标准", "standard"},
    {u"国家标准", "standard"},
    {u"指引", "guideline"},
    {u"指南", "guideline"},
    {u"政策规划", "policy_plan"},
    {u"规划", "policy_plan"},
    {u"政策", "policy_plan"},
    {u"执法行动", "enforcement_action"},
    {u"执法", "enforcement_action"},
    {u"行政处罚", "enforcement_action"},
    {u"法院判决", "court_judgment"},
    {u"判决", "court_judgment"},
    {u"公告", "announcement"},
    {u"通知", "announcement"},
};

constexpr ChineseWord chineseStages[] = {
    {u"征求意见稿", "draft_for_comments"},
    {u"征求意见", "draft_for_comments"},
    {u"草案", "draft_for_comments"},
    {u"已发布", "issued"},
    {u"发布", "issued"},
    {u"已印发", "issued"},
    {u"已生效", "effective"},
    {u"生效", "effective"},
    {u"已施行", "effective"},
    {u"施行", "effective"},
    {u"已结束", "concluded"},
    {u"结束", "concluded"},
    {u"已废止", "concluded"},
    {u"废止", "concluded"},
};

constexpr ChineseWord chineseStatuses[] = {
    {u"待办", "todo"},          {u"待处理", "todo"},        {u"未开始", "todo"},
    {u"进行中", "in_progress"}, {u"处理中", "in_progress"}, {u"审核中", "in_review"},
    {u"待审核", "in_review"},   {u"已完成", "done"},        {u"完成", "done"},
};

constexpr ChineseWord chineseResults[] = {
    {u"未评估", "not_assessed"},  {u"合规", "compliant"},        {u"部分合规", "partially_compliant"},
    {u"不合规", "non_compliant"}, {u"不适用", "not_applicable"},
};

// A vocabulary value from its key or English label (any case, spaces or underscores), or a Chinese word.
template <typename E>
std::optional<E> vocabularyValue(const QString &cell, std::span<const ChineseWord> chinese)
{
    const QString wanted = normalised(cell);
    for (const auto &entry : vocabulary<E>()) {
        if (wanted == normalised(QString::fromLatin1(entry.key))
            || wanted == normalised(QString::fromLatin1(entry.label))
            || wanted == normalised(Vocabulary::label(entry.value))) {
            return entry.value;
        }
    }
    for (const ChineseWord &word : chinese) {
        if (cell.trimmed() == QStringView(word.word)) {
            return Vocabulary::fromKey<E>(QString::fromLatin1(word.key));
        }
    }
    return std::nullopt;
}

// A date as people type it: 2025-09-15, 2025/9/15, 2025年9月15日, 15 September 2025 (or 15 Sep 2025).
// nullopt when the text is none of these or not a real day.
std::optional<QDate> readDate(const QString &cell)
{
    static const QRegularExpression numeric(
        QStringLiteral(R"(^(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*日?$)"));
    static const QRegularExpression english(QStringLiteral(R"(^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$)"));
    static const QStringList months{
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString text = cell.trimmed();
    QDate date;
    if (const auto m = numeric.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto e = english.match(text); e.hasMatch()) {
        const QString month = e.captured(2).toLower();
        for (int i = 0; i < months.size() && month.size() >= 3; ++i) {
            if (months.at(i).startsWith(month) || (month == u"sept" && i == 8)) {
                date = QDate(e.captured(3).toInt(), i + 1, e.captured(1).toInt());
                break;
            }
        }
    }
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

QStringList splitList(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList result;
    for (const QString &part : cell.split(separators)) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !result.contains(value)) {
            result.append(value);
        }
    }
    return result;
}

// Reads the cells of one row by field key, and words the errors about them.
class RowReader
{
public:
    RowReader(const CsvTable &table, const CsvColumnMapping &mapping, const QString &fileName, qsizetype row)
        : m_table(table)
        , m_mapping(mapping)
        , m_fileName(fileName)
        , m_row(row)
    {
    }

    int line() const { return m_table.lines.at(m_row); }

    QString cell(const char *field) const
    {
        const int column = m_mapping.columns.value(QString::fromLatin1(field), -1);
        if (column < 0 || column >= m_table.rows.at(m_row).size()) {
            return {};
        }
        return m_table.rows.at(m_row).at(column).trimmed();
    }

    [[noreturn]] void fail(const char *field, const QString &problem) const
    {
        const int column = m_mapping.columns.value(QString::fromLatin1(field));
        throw Error(Error::Code::InvalidInput,
                    CsvImport::tr("%1, line %2, column “%3”: %4")
                        .arg(m_fileName)
                        .arg(line())
                        .arg(m_table.header.value(column), problem));
    }

    // An invalid date for an empty cell.
    QDate date(const char *field) const
    {
        const QString text = cell(field);
        if (text.isEmpty()) {
            return {};
        }
        const auto date = readDate(text);
        if (!date) {
            fail(field,
                 CsvImport::tr("“%1” is not a date (write it as 2025-09-15, 2025/9/15, 2025年9月15日 "
                               "or 15 September 2025).")
                     .arg(text));
        }
        return *date;
    }

private:
    const CsvTable &m_table;
    const CsvColumnMapping &m_mapping;
    const QString &m_fileName;
    qsizetype m_row;
};

void checkMapping(const CsvColumnMapping &mapping, CsvContent content, const QString &fileName)
{
    QStringList problems = mapping.problems();
    if (mapping.content != content) {
        problems.prepend(
            content == CsvContent::Assessments
                ? CsvImport::tr("The columns are chosen for developments, not for assessments.")
                : CsvImport::tr("The columns are chosen for assessments, not for developments."));
    }
    if (!problems.isEmpty()) {
        throw Error(Error::Code::InvalidInput, CsvImport::tr("%1: %2").arg(fileName, problems.join(u' ')));
    }
}

} // namespace

QStringList CsvColumnMapping::fields(CsvContent content)
{
    QStringList result;
    for (const Alias &alias : aliases(content)) {
        result.append(QString::fromLatin1(alias.field));
    }
    return result;
}

QStringList CsvColumnMapping::requiredFields(CsvContent content)
{
    if (content == CsvContent::Assessments) {
        return {QStringLiteral("company"), QStringLiteral("obligation"),
                QStringLiteral("status|result|owner|due|notes")};
    }
    return {QStringLiteral("title_en|title_zh"), QStringLiteral("announced")};
}

QString CsvColumnMapping::fieldLabel(const QString &key)
{
    if (key.contains(u'|')) {
        QStringList labels;
        for (const QString &part : key.split(u'|')) {
            labels.append(fieldLabel(part));
        }
        return labels.join(tr(" or "));
    }
    static const QHash<QString, const char *> labels{
        {QStringLiteral("uid"), QT_TR_NOOP("Identifier")},
        {QStringLiteral("title_en"), QT_TR_NOOP("Title (English)")},
        {QStringLiteral("title_zh"), QT_TR_NOOP("Title (Chinese)")},
        {QStringLiteral("authorities"), QT_TR_NOOP("Issuing authorities")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("announced"), QT_TR_NOOP("Announced")},
        {QStringLiteral("comment_deadline"), QT_TR_NOOP("Comment deadline")},
        {QStringLiteral("effective"), QT_TR_NOOP("Effective")},
        {QStringLiteral("topics"), QT_TR_NOOP("Topics")},
        {QStringLiteral("summary_en"), QT_TR_NOOP("Summary (English)")},
        {QStringLiteral("summary_zh"), QT_TR_NOOP("Summary (Chinese)")},
        {QStringLiteral("url"), QT_TR_NOOP("Link")},
        {QStringLiteral("source"), QT_TR_NOOP("Source publication")},
        {QStringLiteral("item"), QT_TR_NOOP("Item number")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("obligation"), QT_TR_NOOP("Obligation")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("result"), QT_TR_NOOP("Result")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(it.value());
}

CsvColumnMapping CsvColumnMapping::guess(const QStringList &header)
{
    CsvColumnMapping mapping;
    const QHash<QString, int> assessment = match(header, CsvContent::Assessments);
    if (assessment.contains(QStringLiteral("company")) && assessment.contains(QStringLiteral("obligation"))) {
        mapping.content = CsvContent::Assessments;
        mapping.columns = assessment;
    } else {
        mapping.columns = match(header, CsvContent::Developments);
    }
    return mapping;
}

QStringList CsvColumnMapping::problems() const
{
    QStringList result;
    for (const QString &required : requiredFields(content)) {
        const QStringList anyOf = required.split(u'|');
        const bool mapped = std::any_of(anyOf.cbegin(), anyOf.cend(),
                                        [this](const QString &key) { return columns.value(key, -1) >= 0; });
        if (!mapped) {
            result.append(tr("No column is chosen for “%1”.").arg(fieldLabel(required)));
        }
    }
    QHash<int, QString> owner;
    for (const QString &key : fields(content)) { // in field order, so the message does not change run to run
        const int column = columns.value(key, -1);
        if (column < 0) {
            continue;
        }
        if (owner.contains(column)) {
            result.append(tr("Column %1 is chosen for both “%2” and “%3”.")
                              .arg(column + 1)
                              .arg(fieldLabel(owner.value(column)), fieldLabel(key)));
        } else {
            owner.insert(column, key);
        }
    }
    return result;
}

namespace {

// Every way an authority may be written, in normalised() form -> its code.
QHash<QString, QString> authorityCodesOf(const QHash<QString, Authority> &authorities)
{
    QHash<QString, QString> authorityCodes;
    for (const Authority &a : authorities) {
        for (const QString &name : {a.name.en, a.name.zh, a.abbreviation.en, a.abbreviation.zh}) {
            if (!name.isEmpty()) {
                authorityCodes.insert(normalised(name), a.code);
            }
        }
    }
    for (const Authority &a : authorities) { // a code wins over a name that happens to read the same
        authorityCodes.insert(normalised(a.code), a.code);
    }
    return authorityCodes;
}

// The row as the review shows it, "Header: value" per line, with a span for each field it fills.
void readSourceText(const CsvTable &table, const CsvColumnMapping &mapping, qsizetype r, ImportItem &item)
{
    // Which ImportField a span of each field is reported under.
    static const QHash<QString, QString> spanFields{
        {QStringLiteral("title_en"), QString::fromUtf16(ImportField::Title)},
        {QStringLiteral("title_zh"), QString::fromUtf16(ImportField::Title)},
        {QStringLiteral("authorities"), QString::fromUtf16(ImportField::Authority)},
        {QStringLiteral("kind"), QString::fromUtf16(ImportField::Kind)},
        {QStringLiteral("stage"), QString::fromUtf16(ImportField::Stage)},
        {QStringLiteral("announced"), QString::fromUtf16(ImportField::Announced)},
        {QStringLiteral("comment_deadline"), QString::fromUtf16(ImportField::CommentDeadline)},
        {QStringLiteral("effective"), QString::fromUtf16(ImportField::Effective)},
        {QStringLiteral("topics"), QString::fromUtf16(ImportField::Topic)},
        {QStringLiteral("url"), QString::fromUtf16(ImportField::Link)},
    };
    QHash<int, QString> fieldOfColumn;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        fieldOfColumn.insert(it.value(), it.key());
    }
    const QStringList &cells = table.rows.at(r);
    for (int column = 0; column < cells.size(); ++column) {
        const QString value = cells.at(column).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        if (!item.sourceText.isEmpty()) {
            item.sourceText.append(u'\n');
        }
        item.sourceText.append(table.header.value(column) + QStringLiteral(": "));
        const QString field = spanFields.value(fieldOfColumn.value(column, QString()));
        if (!field.isEmpty()) {
            item.spans.append({field, item.sourceText.size(), value.size()});
        }
        item.sourceText.append(value);
    }
}

void markRead(ImportItem &item, const char16_t *field)
{
    item.confidence.insert(QString::fromUtf16(field), 1.0);
}

// A Chinese title in the English column (the header said just “Title”) is the Chinese title.
void readTitleAndSummary(const RowReader &row, ImportItem &item)
{
    Development &d = item.development;
    QString titleEn = row.cell("title_en");
    QString titleZh = row.cell("title_zh");
    QString summaryEn = row.cell("summary_en");
    QString summaryZh = row.cell("summary_zh");
    if (titleZh.isEmpty() && containsHan(titleEn)) {
        std::swap(titleEn, titleZh);
    }
    if (summaryZh.isEmpty() && containsHan(summaryEn)) {
        std::swap(summaryEn, summaryZh);
    }
    d.title = {titleEn, titleZh};
    d.summary = {summaryEn, summaryZh};
    item.language = titleEn.isEmpty() && !titleZh.isEmpty() ? Language::Chinese : Language::English;
    if (!d.title.isEmpty()) {
        markRead(item, ImportField::Title);
    } else {
        item.warnings.append(CsvImport::tr("No title found."));
    }
}

void readAuthorities(const RowReader &row, const QHash<QString, QString> &authorityCodes, ImportItem &item)
{
    Development &d = item.development;
    const QStringList names = splitList(row.cell("authorities"));
    for (const QString &name : names) {
        const QString code = authorityCodes.value(normalised(name));
        if (code.isEmpty()) {
            item.unknownAuthorities.append(name);
            item.warnings.append(
                CsvImport::tr("The issuing authority “%1” is not in the database.").arg(name));
        } else if (!d.authorities.contains(code)) {
            d.authorities.append(code);
        }
    }
    // What the file says, whether or not the database knows each issuer yet: the same on every import.
    d.multiDepartment = names.size() > 1;
    if (!d.authorities.isEmpty()) {
        markRead(item, ImportField::Authority);
    }
}

void readKindAndStage(const RowReader &row, ImportItem &item)
{
    Development &d = item.development;
    if (const QString kind = row.cell("kind"); !kind.isEmpty()) {
        const auto value = vocabularyValue<DevelopmentKind>(kind, chineseKinds);
        if (!value) {
            row.fail("kind",
                     CsvImport::tr("“%1” is not a kind of development (%2).")
                         .arg(kind, Vocabulary::keys<DevelopmentKind>().join(QStringLiteral(", "))));
        }
        d.kind = *value;
        markRead(item, ImportField::Kind);
    }
    if (const QString stage = row.cell("stage"); !stage.isEmpty()) {
        const auto value = vocabularyValue<Stage>(stage, chineseStages);
        if (!value) {
            row.fail("stage",
                     CsvImport::tr("“%1” is not a stage (%2).")
                         .arg(stage, Vocabulary::keys<Stage>().join(QStringLiteral(", "))));
        }
        d.stage = *value;
        markRead(item, ImportField::Stage);
    }
}

void readDates(const RowReader &row, ImportItem &item)
{
    Development &d = item.development;
    d.announced = row.date("announced");
    d.commentDeadline = row.date("comment_deadline");
    d.effective = row.date("effective");
    if (d.announced.isValid()) {
        markRead(item, ImportField::Announced);
    } else {
        item.warnings.append(CsvImport::tr("No date found."));
    }
    if (d.commentDeadline.isValid()) {
        markRead(item, ImportField::CommentDeadline);
    }
    if (d.effective.isValid()) {
        markRead(item, ImportField::Effective);
    }
}

void readTopicsAndSource(const RowReader &row, ImportItem &item)
{
    Development &d = item.development;
    d.topics = splitList(row.cell("topics"));
    if (!d.topics.isEmpty()) {
        markRead(item, ImportField::Topic);
    }
    d.sourceUrl = row.cell("url");
    if (!d.sourceUrl.isEmpty()) {
        markRead(item, ImportField::Link);
    }
    d.sourcePublication = row.cell("source");
    if (const QString number = row.cell("item"); !number.isEmpty()) {
        bool ok = false;
        const int value = number.toInt(&ok);
        if (!ok || value <= 0) {
            row.fail("item", CsvImport::tr("“%1” is not an item number.").arg(number));
        }
        item.number = value;
        d.sourceItem = value;
    }
}

} // namespace

ImportBatch CsvImport::developments(const CsvTable &table, const CsvColumnMapping &mapping,
                                    const QString &fileName, const QHash<QString, Authority> &authorities)
{
    QList<ImportItem> items;
    items.reserve(table.rows.size());
    ImportBatch batch = visitDevelopments(table, mapping, fileName, authorities, collectInto(items));
    batch.items = std::move(items);
    return batch;
}

ImportBatch CsvImport::visitDevelopments(CsvTable table, const CsvColumnMapping &mapping,
                                         const QString &fileName,
                                         const QHash<QString, Authority> &authorities,
                                         const ImportItemVisitor &receive)
{
    checkMapping(mapping, CsvContent::Developments, fileName);
    const QHash<QString, QString> authorityCodes = authorityCodesOf(authorities);
    ImportBatch batch;
    batch.fileName = fileName;
    batch.format = ImportFormat::Csv;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const RowReader row(table, mapping, fileName, r);
        ImportItem item;
        item.line = row.line();
        item.number = int(r + 1);
        readSourceText(table, mapping, r, item);
        item.development.uid = row.cell("uid");
        readTitleAndSummary(row, item);
        readAuthorities(row, authorityCodes, item);
        readKindAndStage(row, item);
        readDates(row, item);
        readTopicsAndSource(row, item);
        table.rows[r] = QStringList(); // read: its cells are let go
        receive(batch, item);
    }
    return batch;
}

AssessmentImport::AssessmentImport(Database &db)
    : m_db(db)
{
}

QList<AssessmentImportRow> AssessmentImport::rows(const CsvTable &table, const CsvColumnMapping &mapping,
                                                  const QString &fileName) const
{
    checkMapping(mapping, CsvContent::Assessments, fileName);
    QList<AssessmentImportRow> result;
    result.reserve(table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const RowReader row(table, mapping, fileName, r);
        AssessmentImportRow imported;
        imported.file = fileName;
        imported.line = row.line();
        imported.company = row.cell("company");
        imported.obligationUid = row.cell("obligation");
        if (imported.company.isEmpty()) {
            row.fail("company", tr("no company is given."));
        }
        if (imported.obligationUid.isEmpty()) {
            row.fail("obligation", tr("no obligation is given."));
        }
        AssessmentEdit &edit = imported.edit;
        if (const QString status = row.cell("status"); !status.isEmpty()) {
            edit.status = vocabularyValue<AssessmentStatus>(status, chineseStatuses);
            if (!edit.status) {
                row.fail("status",
                         tr("“%1” is not a status (%2).")
                             .arg(status, Vocabulary::keys<AssessmentStatus>().join(u", ")));
            }
        }
        if (const QString value = row.cell("result"); !value.isEmpty()) {
            edit.result = vocabularyValue<AssessmentResult>(value, chineseResults);
            if (!edit.result) {
                row.fail("result",
                         tr("“%1” is not a result (%2).")
                             .arg(value, Vocabulary::keys<AssessmentResult>().join(u", ")));
            }
        }
        if (const QString owner = row.cell("owner"); !owner.isEmpty()) {
            edit.owner = owner;
        }
        if (const QDate due = row.date("due"); due.isValid()) {
            edit.due = due;
        }
        if (const QString notes = row.cell("notes"); !notes.isEmpty()) {
            edit.notes = notes;
        }
        result.append(std::move(imported));
    }
    return result;
}

AssessmentImportResult AssessmentImport::apply(const QList<AssessmentImportRow> &rows, bool dryRun,
                                               const std::function<bool(int, int)> &progress)
{
    AssessmentImportResult result;
    ScopedTransaction transaction(m_db);
    AuthorityRepository reference(m_db);

    // A company may be named by its row id, its uid or its name in either language; a uid wins over a name
    // that reads the same.
    const QList<Company> all = CompanyRepository(m_db).all();
    QHash<QString, qint64> companies;
    for (const Company &c : all) {
        for (const QString &name : {c.name.en, c.name.zh}) {
            if (!name.isEmpty()) {
                companies.insert(normalised(name), c.id);
            }
        }
    }
    for (const Company &c : all) {
        companies.insert(normalised(c.uid), c.id);
        companies.insert(QString::number(c.id), c.id);
    }

    AssessmentService service(m_db);
    const int total = int(rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result = {0, 0, true};
            return result; // the transaction rolls back
        }
        const AssessmentImportRow &row = rows.at(i);
        const qint64 companyId = companies.value(normalised(row.company));
        if (companyId == 0) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1, line %2: there is no company “%3” (give its identifier or its name).")
                            .arg(row.file)
                            .arg(row.line)
                            .arg(row.company));
        }
        const qint64 obligationId
            = m_db.scalar(QStringLiteral("SELECT id FROM obligations WHERE uid = ?"), {row.obligationUid})
                  .toLongLong();
        if (obligationId == 0) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1, line %2: there is no obligation “%3”.")
                            .arg(row.file)
                            .arg(row.line)
                            .arg(row.obligationUid));
        }
        const AssessmentKey key{companyId, obligationId};
        const Assessment before = service.assessment(key);
        if (row.edit.isEmpty() || (before.id != 0 && row.edit.appliedTo(before) == before)) {
            ++result.unchanged;
            continue;
        }
        service.applyEach({{key, row.edit, std::nullopt}});
        ++result.updated;
    }
    if (progress && !progress(total, total)) {
        return {0, 0, true};
    }
    if (!dryRun) {
        transaction.commit();
    }
    return result;
}

} // namespace rt::core
