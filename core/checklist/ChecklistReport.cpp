// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistReport.h"

#include "CompanyRepository.h"

#include <QLocale>
#include <QSet>

namespace rt::core {

ChecklistReport ChecklistReport::fromModel(const ChecklistModel &model, const Company &company)
{
    ChecklistReport report;
    report.company = company;
    report.language = model.language();
    report.today = model.today();
    report.generatedAt = QDateTime::currentDateTime();
    QSet<AssessmentKey> counted;
    for (int g = 0; g < model.groupCount(); ++g) {
        Group group;
        group.title = model.groupTitle(g);
        group.rows = model.groupRows(g);
        for (const ChecklistRow &row : std::as_const(group.rows)) {
            group.applicable += row.isApplicable() ? 1 : 0;
            group.done += row.isDone() ? 1 : 0;
            if (counted.contains(row.key)) {
                continue; // a row listed under several topics counts once in the summary
            }
            counted.insert(row.key);
            if (row.isApplicable()) {
                ++report.applicable;
                ++report.byStatus[row.assessment.status];
                ++report.byResult[row.assessment.result];
            } else {
                ++report.byResult[AssessmentResult::NotApplicable];
            }
            report.done += row.isDone() ? 1 : 0;
            report.overdue += row.isOverdue(report.today) ? 1 : 0;
        }
        report.groups.append(group);
    }
    return report;
}

void ChecklistReport::convertChinese(ChineseScript::Form form)
{
    chinese = form;
    const auto convert = [form](QString &text) { text = ChineseScript::convert(text, form); };
    convert(company.name.zh);
    for (Group &group : groups) {
        convert(group.title);
        for (ChecklistRow &row : group.rows) {
            convert(row.obligation.zh);
            convert(row.development.zh);
        }
    }
}

QString ChecklistReport::conversionNote() const
{
    switch (chinese) {
    case ChineseScript::Form::Simplified:
        return {};
    case ChineseScript::Form::Taiwan:
        return tr(
            "Chinese text converted to Traditional characters (Taiwan standard) for reading; the stored "
            "Simplified text prevails.");
    case ChineseScript::Form::HongKong:
        return tr("Chinese text converted to Traditional characters (Hong Kong standard) for reading; the "
                  "stored Simplified text prevails.");
    }
    return {};
}

ChecklistReport ChecklistReport::forCompany(Database &db, qint64 companyId, ChecklistGrouping grouping,
                                            Language language)
{
    const Company company = CompanyRepository(db).company(companyId);
    ChecklistModel checklist(db);
    checklist.setLanguage(language);
    checklist.setGrouping(grouping);
    checklist.setCompany(companyId);
    return fromModel(checklist, company);
}

QString ChecklistReport::companyName() const
{
    return company.name.preferring(language);
}

QStringList ChecklistReport::columnTitles() const
{
    return {tr("Group"),           tr("Obligation"),   tr("Status"),
            tr("Result"),          tr("Owner"),        tr("Due"),
            tr("Overdue"),         tr("Evidence"),     tr("Last changed by"),
            tr("Last changed at"), tr("Justification")};
}

QStringList ChecklistReport::cells(const ChecklistRow &row) const
{
    const Assessment &a = row.assessment;
    return {QString(),
            row.obligation.preferring(language),
            Vocabulary::label(a.status),
            Vocabulary::label(row.isApplicable() ? a.result : AssessmentResult::NotApplicable),
            a.owner,
            a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
            row.isOverdue(today) ? tr("overdue") : QString(),
            QString::number(row.evidenceCount),
            a.id != 0 ? a.changedBy : QString(),
            a.id != 0 && a.changedAt.isValid()
                ? a.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString(),
            row.isApplicable() ? QString() : a.justification};
}

QString ChecklistReport::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')) {
        return value;
    }
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString ChecklistReport::neutralised(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.front()) ? u'\'' + value : value;
}

QByteArray ChecklistReport::toCsv(CsvValues values) const
{
    const auto line = [values](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields) {
            quoted.append(csvField(values == CsvValues::Raw ? field : neutralised(field)));
        }
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QString text = line(columnTitles());
    for (const Group &group : groups) {
        for (const ChecklistRow &row : group.rows) {
            QStringList fields = cells(row);
            fields[0] = group.title;
            text += line(fields);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace rt::core
