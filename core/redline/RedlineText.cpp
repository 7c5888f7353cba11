// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineText.h"

#include "DateText.h"
#include "ReferenceNames.h"
#include "Regions.h"

#include <QLocale>

namespace rt::core {

namespace {

QString joined(const QStringList &names, Language language)
{
    return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace

namespace {

// The unit after a number: Vocabulary's plural labels, and the singular after one ("1 hour").
QString unitAfter(const QString &number, ParameterUnit unit)
{
    if (number.trimmed() != QLatin1StringView("1")) {
        return Vocabulary::label(unit);
    }
    switch (unit) {
    case ParameterUnit::Minute:
        return RedlineText::tr("minute");
    case ParameterUnit::Hour:
        return RedlineText::tr("hour");
    case ParameterUnit::Day:
        return RedlineText::tr("day");
    case ParameterUnit::Month:
        return RedlineText::tr("month");
    case ParameterUnit::Year:
        return RedlineText::tr("year");
    case ParameterUnit::Age:
        return RedlineText::tr("year of age");
    case ParameterUnit::Count:
        return RedlineText::tr("time");
    default:
        return Vocabulary::label(unit);
    }
}

} // namespace

QString RedlineText::parameterValue(const ObligationParameter &p)
{
    const QString unit = unitAfter(p.op == ParameterOp::Between ? p.value2 : p.value, p.unit);
    switch (p.op) {
    case ParameterOp::AtLeast:
        return tr("at least %1 %2", "parameter: number, unit").arg(p.value, unit);
    case ParameterOp::AtMost:
        return tr("at most %1 %2", "parameter: number, unit").arg(p.value, unit);
    case ParameterOp::Equals:
        return tr("exactly %1 %2", "parameter: number, unit").arg(p.value, unit);
    case ParameterOp::Between:
        return p.unit == ParameterUnit::Time
            ? tr("between %1 and %2", "parameter: two times of day").arg(p.value, p.value2)
            : tr("between %1 and %2 %3", "parameter: two numbers, unit").arg(p.value, p.value2, unit);
    case ParameterOp::Every:
        return tr("every %1 %2", "parameter: number, unit").arg(p.value, unit);
    }
    return p.value;
}

QString RedlineText::parameterSentence(const ParameterChange &change, Language language)
{
    const ObligationParameter &p = change.later ? *change.later : *change.earlier;
    const QString name = p.name.preferring(language);
    QString value;
    switch (change.kind) {
    case ParameterChange::Kind::Unchanged:
        value = parameterValue(*change.later);
        break;
    case ParameterChange::Kind::Changed:
        value = tr("%1 → %2").arg(parameterValue(*change.earlier), parameterValue(*change.later));
        break;
    case ParameterChange::Kind::Added:
        value = tr("%1 (new)").arg(parameterValue(*change.later));
        break;
    case ParameterChange::Kind::Removed:
        value = tr("%1 (dropped)").arg(parameterValue(*change.earlier));
        break;
    }
    return name.isEmpty() ? value : tr("%1: %2", "parameter name, value").arg(name, value);
}

QStringList RedlineText::obligationNotes(const ObligationChange &change, const ReferenceNames &names,
                                         Language language)
{
    QStringList notes;
    for (const ParameterChange &p : change.parameters) {
        if (p.kind != ParameterChange::Kind::Unchanged || change.kind == ObligationChange::Kind::Added
            || change.kind == ObligationChange::Kind::Removed) {
            notes.append(parameterSentence(p, language));
        }
    }
    if (change.kind != ObligationChange::Kind::Changed) {
        return notes;
    }
    if (change.kindChanged) {
        notes.append(
            tr("Kind: %1 → %2")
                .arg(Vocabulary::label(change.earlier->kind), Vocabulary::label(change.later->kind)));
    }
    const auto tags = [&](const QStringList &codes) {
        QStringList result;
        for (const QString &code : codes) {
            result.append(names.tag(code, language));
        }
        return joined(result, language);
    };
    if (!change.tagsAdded.isEmpty()) {
        notes.append(tr("Now also binds: %1").arg(tags(change.tagsAdded)));
    }
    if (!change.tagsRemoved.isEmpty()) {
        notes.append(tr("No longer binds: %1").arg(tags(change.tagsRemoved)));
    }
    if (change.effectiveChanged) {
        const auto effective
            = [](const QDate &d) { return d.isValid() ? date(d) : tr("with the development"); };
        notes.append(tr("Takes effect: %1 → %2")
                         .arg(effective(change.earlier->effective), effective(change.later->effective)));
    }
    if (notes.isEmpty()) {
        notes.append(tr("Wording only"));
    }
    return notes;
}

QString RedlineText::changeLabel(ObligationChange::Kind kind)
{
    switch (kind) {
    case ObligationChange::Kind::Unchanged:
        return tr("Unchanged");
    case ObligationChange::Kind::Changed:
        return tr("Changed");
    case ObligationChange::Kind::Added:
        return tr("Added");
    case ObligationChange::Kind::Removed:
        return tr("Removed");
    }
    return {};
}

QString RedlineText::obligationNumber(const ObligationChange &change)
{
    if (change.earlierNumber == 0 || change.laterNumber == 0 || change.earlierNumber == change.laterNumber) {
        return tr("Obligation %1").arg(change.laterNumber != 0 ? change.laterNumber : change.earlierNumber);
    }
    return tr("Obligation %1 → %2").arg(change.earlierNumber).arg(change.laterNumber);
}

QString RedlineText::numberedText(const ObligationChange &change, Language language)
{
    return tr("%1: %2", "obligation number, text")
        .arg(obligationNumber(change), change.current().text.preferring(language));
}

QString RedlineText::fieldLabel(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"title", QT_TR_NOOP("Title")},
        {"document_title", QT_TR_NOOP("Document title")},
        {"summary", QT_TR_NOOP("Summary")},
        {"kind", QT_TR_NOOP("Kind")},
        {"stage", QT_TR_NOOP("Stage")},
        {"legal_rank", QT_TR_NOOP("Legal rank")},
        {"announced", QT_TR_NOOP("Announced")},
        {"comment_deadline", QT_TR_NOOP("Comments until")},
        {"effective", QT_TR_NOOP("Effective")},
        {"authorities", QT_TR_NOOP("Issued by")},
        {"topics", QT_TR_NOOP("Topics")},
        {"region", QT_TR_NOOP("Region")},
        {"prevailing_text", QT_TR_NOOP("Prevailing text")},
        {"penalties", QT_TR_NOOP("Penalties")},
    };
    for (const auto &entry : labels) {
        if (field == QLatin1StringView(entry.field)) {
            return tr(entry.label);
        }
    }
    return field;
}

QString RedlineText::factValue(const FactChange &change, const QString &value, const ReferenceNames &names,
                               Language language)
{
    if (value.isEmpty()) {
        return tr("none");
    }
    const QString &field = change.field;
    if (field == QLatin1StringView("kind")) {
        return Vocabulary::labelForKey<DevelopmentKind>(value);
    }
    if (field == QLatin1StringView("stage")) {
        return Vocabulary::labelForKey<Stage>(value);
    }
    if (field == QLatin1StringView("legal_rank")) {
        return Vocabulary::labelForKey<LegalRank>(value);
    }
    if (field == QLatin1StringView("announced") || field == QLatin1StringView("comment_deadline")
        || field == QLatin1StringView("effective")) {
        return date(QDate::fromString(value, Qt::ISODate));
    }
    if (field == QLatin1StringView("authorities") || field == QLatin1StringView("topics")) {
        QStringList result;
        for (const QString &code : value.split(QStringLiteral(", "))) {
            result.append(field == QLatin1StringView("topics") ? names.topic(code, language)
                                                               : names.authorityName(code, language));
        }
        return joined(result, language);
    }
    if (field == QLatin1StringView("region")) {
        return regionName(value, language);
    }
    if (field == QLatin1StringView("prevailing_text")) {
        return languageName(value == QLatin1StringView("zh") ? Language::Chinese : Language::English);
    }
    return value;
}

QString RedlineText::factSentence(const FactChange &change, const ReferenceNames &names, Language language)
{
    return tr("%1: %2 → %3", "field, earlier value, later value")
        .arg(fieldLabel(change.field), factValue(change, change.earlier, names, language),
             factValue(change, change.later, names, language));
}

QString RedlineText::penaltyValue(const Penalty &penalty, Language language)
{
    const QLocale locale;
    const QString amount = locale.toCurrencyString(
        penalty.amount,
        penalty.currency == QLatin1StringView("CNY") ? QStringLiteral("¥") : penalty.currency + u' ',
        penalty.amount == qRound64(penalty.amount) ? 0 : 2);
    const QString description = penalty.description.preferring(language);
    return description.isEmpty() ? amount : tr("%1 (%2)", "amount, description").arg(amount, description);
}

QString RedlineText::date(const QDate &date)
{
    // The long form without the weekday: "23 August 2025", "2025年8月23日".
    const QLocale locale;
    return locale.toString(date,
                           locale.language() == QLocale::Chinese ? QStringLiteral("yyyy年M月d日")
                                                                 : QStringLiteral("d MMMM yyyy"));
}

QString RedlineText::versionName(const Development &d)
{
    if (!d.announced.isValid()) {
        return Vocabulary::label(d.stage);
    }
    return tr("%1, announced %2", "stage, announcement date")
        .arg(Vocabulary::label(d.stage), date(d.announced));
}

QString RedlineText::effectLabel(const AffectedRow &row, const ObligationChange &change)
{
    switch (row.effect) {
    case AffectedRow::Effect::ReReview:
        if (row.assessment.reReview) {
            return tr("Flagged for re-review");
        }
        return change.later && change.later->id != 0 && row.obligationId == change.later->id
            ? tr("Re-reviewed since")
            : tr("To be flagged when the versions are linked");
    case AffectedRow::Effect::NewRow:
        return tr("New in the checklist");
    case AffectedRow::Effect::NoLongerBinds:
        return tr("No longer binds");
    }
    return {};
}

QString RedlineText::flaggedBy(const AffectedRow &row, const ObligationChange &change,
                               const ReferenceNames &names, Language language)
{
    if (row.effect != AffectedRow::Effect::ReReview) {
        return {};
    }
    return obligationNotes(change, names, language).join(tr("; ", "between the changes of an obligation"));
}

QString RedlineText::assessmentLine(const Assessment &a)
{
    if (a.id == 0) {
        return tr("Not assessed yet");
    }
    QStringList parts{Vocabulary::label(a.status), Vocabulary::label(a.result)};
    if (!a.owner.isEmpty()) {
        parts.append(a.owner);
    }
    if (a.due.isValid()) {
        parts.append(tr("due %1").arg(DateText::table(a.due)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString RedlineText::languageName(Language language)
{
    return language == Language::Chinese ? tr("Chinese") : tr("English");
}

} // namespace rt::core
