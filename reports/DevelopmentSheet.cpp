// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentSheet.h"

#include "DateText.h"
#include "Development.h"
#include "ReferenceNames.h"
#include "Regions.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace rt::reports {

using core::Language;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A row of the two-language table: English on the left, Chinese on the right.
QString sideBySide(const QString &style, const core::BilingualText &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return QStringLiteral(
               "<tr><td width=\"50%\" style=\"%1\">%2</td><td width=\"50%\" style=\"%1\">%3</td></tr>")
        .arg(style, escaped(text.en), escaped(text.zh));
}

} // namespace

QString DevelopmentSheet::toHtml(const core::Development &d, const core::ReferenceNames &names)
{
    const QString separator = QStringLiteral(", ");
    QStringList issuers;
    for (const QString &code : d.authorities) {
        issuers.append(names.authorityName(code, Language::English) + QStringLiteral(" / ")
                       + names.authorityName(code, Language::Chinese));
    }
    QStringList topics;
    for (const QString &code : d.topics) {
        topics.append(names.topic(code, Language::English) + QStringLiteral(" / ")
                      + names.topic(code, Language::Chinese));
    }
    QString source = d.sourcePublication;
    if (d.sourceItem > 0) {
        source += tr(", item %1").arg(d.sourceItem);
    }
    if (!d.sourceUrl.isEmpty()) {
        source += u' ' + d.sourceUrl;
    }
    const QList<std::pair<QString, QString>> facts{
        {tr("Issued by"), issuers.join(QStringLiteral("; "))},
        {tr("Kind"), core::Vocabulary::label(d.kind)},
        {tr("Stage"), core::Vocabulary::label(d.stage)},
        {tr("Legal rank"),
         d.legalRank == core::LegalRank::None ? QString() : core::Vocabulary::label(d.legalRank)},
        {tr("Announced"), isoDate(d.announced)},
        {tr("Comments until"), isoDate(d.commentDeadline)},
        {tr("Effective"), isoDate(d.effective)},
        {tr("Topics"), topics.join(separator)},
        {tr("Region"),
         core::regionName(d.region, Language::English) + QStringLiteral(" / ")
             + core::regionName(d.region, Language::Chinese)},
        {tr("Source"), source},
    };

    const QString cell = QStringLiteral("padding:4px;vertical-align:top");
    QString html
        = QStringLiteral("<html><body style=\"font-family:'Noto Sans CJK SC','Noto Sans',sans-serif\">");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += QStringLiteral(
                "<tr><th align=\"left\" style=\"%1\">English</th><th align=\"left\" style=\"%1\">中文</th>"
                "</tr>")
                .arg(cell);
    html += sideBySide(cell + QStringLiteral(";font-size:14pt;font-weight:bold"), d.title);
    html += sideBySide(cell + QStringLiteral(";font-style:italic"), d.documentTitle);
    html += sideBySide(cell, d.summary);
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                .arg(tr("About this development").toHtmlEscaped());
    for (const auto &[label, value] : facts) {
        if (!value.trimmed().isEmpty()) {
            html += QStringLiteral(
                        "<tr><td style=\"%1;font-weight:bold\">%2</td><td style=\"%1\">%3</td></tr>")
                        .arg(cell, label.toHtmlEscaped(), escaped(value));
        }
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>")
                .arg(tr("Obligations (%1)").arg(d.obligations.size()).toHtmlEscaped());
    if (d.obligations.isEmpty()) {
        html
            += QStringLiteral("<p>%1</p>").arg(tr("This development states no obligations.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "style=\"border-collapse:collapse;border-color:#bdc1c6\"><tr>");
        for (const QString &column : {QStringLiteral("#"), QStringLiteral("English"), QStringLiteral("中文"),
                                      tr("Kind"), tr("Effective")}) {
            html += QStringLiteral("<th align=\"left\" style=\"%1;background:#e3e6ea\">%2</th>")
                        .arg(cell, column.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        for (int i = 0; i < d.obligations.size(); ++i) {
            const core::Obligation &o = d.obligations.at(i);
            html += QStringLiteral(
                        "<tr><td style=\"%1\">%2</td><td style=\"%1\">%3</td><td style=\"%1\">%4</td>"
                        "<td style=\"%1\">%5</td><td style=\"%1\">%6</td></tr>")
                        .arg(cell, QString::number(i + 1), escaped(o.text.en), escaped(o.text.zh),
                             core::Vocabulary::label(o.kind).toHtmlEscaped(), isoDate(o.effective));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p style=\"color:#5f6368;font-size:8pt\">%1</p>")
                .arg(tr("Printed from RegTracker on %1; identifier %2")
                         .arg(core::DateText::prose(QDate::currentDate()), d.uid)
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

void DevelopmentSheet::print(const core::Development &development, const core::ReferenceNames &names,
                             QPagedPaintDevice &device)
{
    QTextDocument document;
    document.setHtml(toHtml(development, names));
    document.print(&device);
}

} // namespace rt::reports
