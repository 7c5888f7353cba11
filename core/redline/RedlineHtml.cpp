// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineHtml.h"

#include "RedlineText.h"
#include "ReferenceNames.h"

namespace rt::core {

namespace {

using Op = DiffSegment::Op;

// One piece of text, marked as the flavour wants it.
class Marker
{
public:
    explicit Marker(const RedlineHtmlOptions &options)
        : m_options(options)
    {
    }

    QString operator()(Op op, const QString &text) const
    {
        const QString escaped = text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        const RedlineColours &c = m_options.colours;
        switch (op) {
        case Op::Equal:
            return escaped;
        case Op::Deleted:
            return m_options.document ? QStringLiteral("<del>%1</del>").arg(escaped)
                                      : QStringLiteral("<span style=\"color:%1; background-color:%2; "
                                                       "text-decoration:line-through\">%3</span>")
                                            .arg(c.deleted, c.deletedBackground, escaped);
        case Op::Inserted:
            return m_options.document ? QStringLiteral("<ins>%1</ins>").arg(escaped)
                                      : QStringLiteral("<span style=\"color:%1; background-color:%2; "
                                                       "text-decoration:underline\">%3</span>")
                                            .arg(c.inserted, c.insertedBackground, escaped);
        }
        return escaped;
    }

    // The earlier text with its deletions, the later one with its insertions, or both in one.
    QString side(const TextDiff &diff, std::optional<Op> only) const
    {
        QString html;
        for (const DiffSegment &s : diff.segments) {
            if (s.op == Op::Equal || !only || s.op == *only) {
                html += (*this)(s.op, s.text);
            }
        }
        return html;
    }

    QString muted(const QString &text) const
    {
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(m_options.colours.muted, text.toHtmlEscaped());
    }

private:
    const RedlineHtmlOptions &m_options;
};

QList<Language> languages(const Redline &redline, const RedlineHtmlOptions &options)
{
    QList<Language> result;
    const Language first = redline.prevailing();
    const Language second = first == Language::Chinese ? Language::English : Language::Chinese;
    for (Language language : {first, second}) {
        if ((language == Language::English && options.english)
            || (language == Language::Chinese && options.chinese)) {
            result.append(language);
        }
    }
    return result;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::RedlineHtml)
public:
    Writer(const Redline &redline, const QList<CompanyImpact> &companies, const ReferenceNames &names,
           const RedlineHtmlOptions &options)
        : r(redline)
        , m_companies(companies)
        , m_names(names)
        , o(options)
        , mark(options)
        , m_languages(languages(redline, options))
    {
    }

    QString write() const
    {
        QString html = heading();
        html += glance();
        html += facts();
        html += texts();
        html += obligations();
        if (o.companies) {
            html += companies();
        }
        if (!o.document) {
            return html;
        }
        return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                              "<title>%2</title><style>%3</style></head><body>\n%4\n</body></html>\n")
            .arg(QLocale().name().replace(u'_', u'-'), title().toHtmlEscaped(), styleSheet(), html);
    }

private:
    QString title() const
    {
        return tr("Redline: %1")
            .arg(r.later.title.preferring(m_languages.isEmpty() ? r.prevailing() : m_languages.constFirst()));
    }

    QString styleSheet() const
    {
        const RedlineColours &c = o.colours;
        return QStringLiteral(
                   "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',"
                   "sans-serif;color:%1;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.55}"
                   "del{color:%2;background:%3;text-decoration:line-through}"
                   "ins{color:%4;background:%5;text-decoration:underline}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border-top:1px solid %6;padding:.35rem .6rem;vertical-align:top;text-align:left}"
                   "th{background:%7}.lang,.muted{color:%8}.lang{white-space:nowrap;width:7rem}"
                   "h3{margin-bottom:.3rem}.badge{border:1px solid %6;border-radius:3px;padding:0 .3rem}")
            .arg(c.text, c.deleted, c.deletedBackground, c.inserted, c.insertedBackground, c.rule, c.heading,
                 c.muted);
    }

    QString heading() const
    {
        QString html = QStringLiteral("<h1>%1</h1>").arg(title().toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 (%2) compared with %3 (%4).")
                             .arg(RedlineText::versionName(r.later).toHtmlEscaped(),
                                  r.later.uid.toHtmlEscaped(),
                                  RedlineText::versionName(r.earlier).toHtmlEscaped(),
                                  r.earlier.uid.toHtmlEscaped()));
        const QString prevails
            = tr("The %1 text prevails.").arg(RedlineText::languageName(r.prevailing())).toHtmlEscaped();
        const QString legend
            = tr("Deleted words are %1, inserted words %2.")
                  .arg(mark(Op::Deleted, tr("struck through")), mark(Op::Inserted, tr("underlined")));
        html += QStringLiteral("<p>%1</p>").arg(tr("%1 %2", "two sentences").arg(prevails, legend));
        return html;
    }

    QString glance() const
    {
        QStringList parts;
        const auto add = [&](ObligationChange::Kind kind, const QString &text) {
            const int n = r.count(kind);
            if (n > 0) {
                parts.append(text.arg(n));
            }
        };
        add(ObligationChange::Kind::Added, tr("%1 added"));
        add(ObligationChange::Kind::Removed, tr("%1 removed"));
        add(ObligationChange::Kind::Changed, tr("%1 changed"));
        add(ObligationChange::Kind::Unchanged, tr("%1 unchanged"));
        QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(tr("Obligations:").toHtmlEscaped(),
                                parts.isEmpty() ? tr("none in either version").toHtmlEscaped()
                                                : parts.join(QStringLiteral(" · ")).toHtmlEscaped());
        if (!r.changed()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("The two versions say the same.").toHtmlEscaped());
        }
        return html;
    }

    QString table(const QString &rows, bool header) const
    {
        QString head;
        if (header) {
            head = QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>")
                       .arg(RedlineText::versionName(r.earlier).toHtmlEscaped(),
                            RedlineText::versionName(r.later).toHtmlEscaped());
        }
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">%1%2</table>")
            .arg(head, rows);
    }

    QString cell(const QString &html, int span = 1) const
    {
        const QString border = o.document
            ? QString()
            : QStringLiteral(" style=\"border-top: 1px solid %1\"").arg(o.colours.rule);
        return QStringLiteral("<td%1%2 valign=\"top\">%3</td>")
            .arg(span > 1 ? QStringLiteral(" colspan=\"%1\"").arg(span) : QString(), border, html);
    }

    QString labelCell(const QString &label) const
    {
        return cell(QStringLiteral("<span class=\"lang\" style=\"color:%1\">%2</span>")
                        .arg(o.colours.muted, label.toHtmlEscaped()));
    }

    QString languageLabel(Language language) const
    {
        return language == r.prevailing() ? tr("%1 (prevails)").arg(RedlineText::languageName(language))
                                          : RedlineText::languageName(language);
    }

    // One row per shown language: the earlier text beside the later one, or both in one.
    QString textRows(const TextDiff &en, const TextDiff &zh, const QString &absentEarlier,
                     const QString &absentLater) const
    {
        QString rows;
        for (Language language : m_languages) {
            const TextDiff &diff = language == Language::Chinese ? zh : en;
            if (diff.segments.isEmpty()) {
                continue;
            }
            QString html = QStringLiteral("<tr>") + labelCell(languageLabel(language));
            if (o.sideBySide) {
                const QString before = mark.side(diff, Op::Deleted);
                const QString after = mark.side(diff, Op::Inserted);
                html += cell(before.isEmpty() ? mark.muted(absentEarlier) : before);
                html += cell(after.isEmpty() ? mark.muted(absentLater) : after);
            } else {
                html += cell(mark.side(diff, std::nullopt), 2);
            }
            rows += html + QStringLiteral("</tr>");
        }
        return rows;
    }

    QString sectionHeading(const QString &anchor, const QString &text) const
    {
        return QStringLiteral("<h2><a name=\"%1\" id=\"%1\"></a>%2</h2>").arg(anchor, text.toHtmlEscaped());
    }

    QString facts() const
    {
        if (r.facts.isEmpty() && r.penalties.isEmpty()) {
            return {};
        }
        const Language language = o.names;
        QString rows;
        for (const FactChange &f : r.facts) {
            QString before;
            QString after;
            if (!f.added.isEmpty() || !f.removed.isEmpty()) {
                // Lists: each item kept, dropped or added.
                const auto item
                    = [&](const QString &code) { return RedlineText::factValue(f, code, m_names, language); };
                QStringList earlier;
                for (const QString &code : f.earlier.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                    earlier.append(f.removed.contains(code) ? mark(Op::Deleted, item(code))
                                                            : item(code).toHtmlEscaped());
                }
                QStringList later;
                for (const QString &code : f.later.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                    later.append(f.added.contains(code) ? mark(Op::Inserted, item(code))
                                                        : item(code).toHtmlEscaped());
                }
                const QString separator
                    = language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");
                before = earlier.isEmpty() ? mark.muted(tr("none")) : earlier.join(separator);
                after = later.isEmpty() ? mark.muted(tr("none")) : later.join(separator);
            } else {
                before = f.earlier.isEmpty()
                    ? mark.muted(tr("none"))
                    : mark(Op::Deleted, RedlineText::factValue(f, f.earlier, m_names, language));
                after = f.later.isEmpty()
                    ? mark.muted(tr("none"))
                    : mark(Op::Inserted, RedlineText::factValue(f, f.later, m_names, language));
            }
            rows += QStringLiteral("<tr>") + labelCell(RedlineText::fieldLabel(f.field)) + cell(before)
                + cell(after) + QStringLiteral("</tr>");
        }
        for (const PenaltyChange &p : r.penalties) {
            rows += QStringLiteral("<tr>") + labelCell(RedlineText::fieldLabel(QStringLiteral("penalties")))
                + cell(p.earlier ? mark(Op::Deleted, RedlineText::penaltyValue(*p.earlier, language))
                                 : mark.muted(tr("none")))
                + cell(p.later ? mark(Op::Inserted, RedlineText::penaltyValue(*p.later, language))
                               : mark.muted(tr("none")))
                + QStringLiteral("</tr>");
        }
        return sectionHeading(QStringLiteral("facts"), tr("What changed about the instrument"))
            + table(rows, true);
    }

    QString texts() const
    {
        QString rows;
        for (const TextChange &t : r.texts) {
            if (t.earlier.isEmpty() && t.later.isEmpty()) {
                continue;
            }
            const QString status = t.changed() ? QString() : QStringLiteral(" — ") + tr("unchanged");
            rows += QStringLiteral("<tr>")
                + cell(QStringLiteral("<b>%1</b>%2")
                           .arg(RedlineText::fieldLabel(t.field).toHtmlEscaped(), mark.muted(status)),
                       3)
                + QStringLiteral("</tr>");
            rows += textRows(t.en, t.zh, tr("(none)"), tr("(none)"));
        }
        return sectionHeading(QStringLiteral("texts"), tr("Title and summary")) + table(rows, o.sideBySide);
    }

    QString badge(ObligationChange::Kind kind) const
    {
        return QStringLiteral("<span class=\"badge\">[%1]</span>")
            .arg(RedlineText::changeLabel(kind).toHtmlEscaped());
    }

    QString obligations() const
    {
        QString html = sectionHeading(QStringLiteral("obligations"), tr("Obligations"));
        if (r.obligations.isEmpty()) {
            return html
                + QStringLiteral("<p>%1</p>").arg(tr("Neither version states obligations.").toHtmlEscaped());
        }
        int hidden = 0;
        for (qsizetype i = 0; i < r.obligations.size(); ++i) {
            const ObligationChange &c = r.obligations.at(i);
            if (o.onlyChanges && c.kind == ObligationChange::Kind::Unchanged) {
                ++hidden;
                continue;
            }
            html += QStringLiteral("<h3><a name=\"%1\" id=\"%1\"></a>%2 %3 — %4</h3>")
                        .arg(RedlineHtml::obligationAnchor(i), badge(c.kind),
                             RedlineText::obligationNumber(c).toHtmlEscaped(),
                             Vocabulary::label(c.current().kind).toHtmlEscaped());
            const QStringList notes = RedlineText::obligationNotes(c, m_names, o.names);
            if (!notes.isEmpty()) {
                html += QStringLiteral("<ul>");
                for (const QString &note : notes) {
                    html += QStringLiteral("<li><b>%1</b></li>").arg(note.toHtmlEscaped());
                }
                html += QStringLiteral("</ul>");
            }
            html += table(textRows(c.en, c.zh, tr("(not in this version)"), tr("(removed)")), false);
        }
        if (hidden > 0) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(mark.muted(tr("%n unchanged obligation(s) not shown.", nullptr, hidden)));
        }
        return html;
    }

    QString companies() const
    {
        QString html = sectionHeading(QStringLiteral("companies"), tr("Affected checklists"));
        if (m_companies.isEmpty()) {
            return html
                + QStringLiteral("<p>%1</p>").arg(tr("No company's checklist is affected.").toHtmlEscaped());
        }
        for (const CompanyImpact &company : m_companies) {
            html += QStringLiteral("<h3>%1</h3><ul>")
                        .arg(company.company.name.preferring(o.names).toHtmlEscaped());
            for (const AffectedRow &row : company.rows) {
                html += RedlineHtml::affectedRow(r, row, m_names, o.names, o.colours.muted);
            }
            html += QStringLiteral("</ul>");
        }
        return html;
    }

    const Redline &r;
    const QList<CompanyImpact> &m_companies;
    const ReferenceNames &m_names;
    const RedlineHtmlOptions &o;
    Marker mark;
    QList<Language> m_languages;
};

} // namespace

QString RedlineHtml::write(const Redline &redline, const QList<CompanyImpact> &companies,
                           const ReferenceNames &names, const RedlineHtmlOptions &options)
{
    return Writer(redline, companies, names, options).write();
}

QString RedlineHtml::affectedRow(const Redline &redline, const AffectedRow &row, const ReferenceNames &names,
                                 Language language, const QString &muted)
{
    const ObligationChange &change = redline.obligations.at(row.change);
    const QString why = RedlineText::flaggedBy(row, change, names, language);
    return QStringLiteral("<li><b>%1</b> · %2 <span style=\"color:%3\">(%4)</span>%5</li>")
        .arg(RedlineText::effectLabel(row, change).toHtmlEscaped(),
             RedlineText::numberedText(change, language).toHtmlEscaped(), muted,
             RedlineText::assessmentLine(row.assessment).toHtmlEscaped(),
             why.isEmpty() ? QString() : QStringLiteral("<br><b>%1</b>").arg(why.toHtmlEscaped()));
}

QString RedlineHtml::obligationAnchor(qsizetype change)
{
    return QStringLiteral("o%1").arg(change);
}

QStringList RedlineHtml::changeAnchors(const Redline &redline, const RedlineHtmlOptions &options)
{
    QStringList anchors;
    if (!redline.facts.isEmpty() || !redline.penalties.isEmpty()) {
        anchors.append(QStringLiteral("facts"));
    }
    for (const TextChange &t : redline.texts) {
        if (t.changed()) {
            anchors.append(QStringLiteral("texts"));
            break;
        }
    }
    for (qsizetype i = 0; i < redline.obligations.size(); ++i) {
        if (redline.obligations.at(i).kind != ObligationChange::Kind::Unchanged) {
            anchors.append(obligationAnchor(i));
        }
    }
    if (options.companies) {
        anchors.append(QStringLiteral("companies"));
    }
    return anchors;
}

} // namespace rt::core
