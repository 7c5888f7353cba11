// SPDX-License-Identifier: GPL-3.0-or-later
#include "RedlineJson.h"

#include "RedlineText.h"

#include <QJsonArray>

namespace rt::core {

namespace {

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject bilingual(const BilingualText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("zh"), text.zh}};
}

QJsonArray ranges(const QList<TextRange> &list)
{
    QJsonArray result;
    for (const TextRange &range : list) {
        result.append(QJsonArray{qint64(range.start), qint64(range.length)});
    }
    return result;
}

QJsonObject diffJson(const TextDiff &diff, const QString &earlier, const QString &later)
{
    QJsonArray segments;
    for (const DiffSegment &s : diff.segments) {
        segments.append(QJsonObject{{QStringLiteral("op"),
                                     s.op == DiffSegment::Op::Equal         ? QStringLiteral("equal")
                                         : s.op == DiffSegment::Op::Deleted ? QStringLiteral("deleted")
                                                                            : QStringLiteral("inserted")},
                                    {QStringLiteral("text"), s.text}});
    }
    return {{QStringLiteral("earlier"), earlier},
            {QStringLiteral("later"), later},
            {QStringLiteral("changed"), diff.changed()},
            {QStringLiteral("deleted"), ranges(diff.deleted())},
            {QStringLiteral("inserted"), ranges(diff.inserted())},
            {QStringLiteral("segments"), segments}};
}

QJsonObject versionJson(const Development &d)
{
    return {{QStringLiteral("id"), d.uid},
            {QStringLiteral("version"), RedlineText::versionName(d)},
            {QStringLiteral("stage"), Vocabulary::key(d.stage)},
            {QStringLiteral("announced"), nullable(d.announced.toString(Qt::ISODate))},
            {QStringLiteral("title"), bilingual(d.title)},
            {QStringLiteral("zh_prevails"), d.zhPrevails}};
}

QJsonValue parameterJson(const std::optional<ObligationParameter> &p)
{
    if (!p) {
        return {};
    }
    return QJsonObject{{QStringLiteral("op"), Vocabulary::key(p->op)},
                       {QStringLiteral("value"), p->value},
                       {QStringLiteral("value2"), nullable(p->value2)},
                       {QStringLiteral("unit"), Vocabulary::key(p->unit)}};
}

// The key of a change of an obligation or of a parameter: both kinds name the same four changes.
template <typename Kind> QString changeKey(Kind kind)
{
    switch (kind) {
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QJsonValue sideJson(const std::optional<Obligation> &o, int number)
{
    if (!o) {
        return {};
    }
    return QJsonObject{{QStringLiteral("id"), o->uid},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("kind"), Vocabulary::key(o->kind)},
                       {QStringLiteral("applies_to"), QJsonArray::fromStringList(o->appliesTo)}};
}

QJsonObject obligationJson(const ObligationChange &c, const ReferenceNames &names, Language language)
{
    QJsonArray parameters;
    for (const ParameterChange &p : c.parameters) {
        const ObligationParameter &any = p.later ? *p.later : *p.earlier;
        parameters.append(
            QJsonObject{{QStringLiteral("change"), changeKey(p.kind)},
                        {QStringLiteral("name"), bilingual(any.name)},
                        {QStringLiteral("earlier"), parameterJson(p.earlier)},
                        {QStringLiteral("later"), parameterJson(p.later)},
                        {QStringLiteral("sentence"), RedlineText::parameterSentence(p, language)}});
    }
    const Obligation none;
    const Obligation &a = c.earlier ? *c.earlier : none;
    const Obligation &b = c.later ? *c.later : none;
    return {{QStringLiteral("change"), changeKey(c.kind)},
            {QStringLiteral("earlier"), sideJson(c.earlier, c.earlierNumber)},
            {QStringLiteral("later"), sideJson(c.later, c.laterNumber)},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("en"), diffJson(c.en, a.text.en, b.text.en)},
                         {QStringLiteral("zh"), diffJson(c.zh, a.text.zh, b.text.zh)}}},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("kind_changed"), c.kindChanged},
            {QStringLiteral("applies_to"),
             QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(c.tagsAdded)},
                         {QStringLiteral("removed"), QJsonArray::fromStringList(c.tagsRemoved)}}},
            {QStringLiteral("effective_changed"), c.effectiveChanged},
            {QStringLiteral("notes"),
             QJsonArray::fromStringList(RedlineText::obligationNotes(c, names, language))}};
}

const char *effectKey(AffectedRow::Effect effect)
{
    switch (effect) {
    case AffectedRow::Effect::ReReview:
        return "re_review";
    case AffectedRow::Effect::NewRow:
        return "new_row";
    case AffectedRow::Effect::NoLongerBinds:
        return "no_longer_binds";
    }
    return "";
}

QJsonObject companyJson(const Redline &redline, const CompanyImpact &company)
{
    QJsonArray rows;
    for (const AffectedRow &row : company.rows) {
        const ObligationChange &c = redline.obligations.at(row.change);
        const Assessment &a = row.assessment;
        rows.append(
            QJsonObject{{QStringLiteral("effect"), QString::fromLatin1(effectKey(row.effect))},
                        {QStringLiteral("obligation"),
                         row.obligationId == (c.later ? c.later->id : -1) ? c.later->uid : c.current().uid},
                        {QStringLiteral("earlier"), c.earlier ? QJsonValue(c.earlier->uid) : QJsonValue()},
                        {QStringLiteral("later"), c.later ? QJsonValue(c.later->uid) : QJsonValue()},
                        {QStringLiteral("assessed"), a.id != 0},
                        {QStringLiteral("re_review"), a.reReview},
                        {QStringLiteral("status"), Vocabulary::key(a.status)},
                        {QStringLiteral("result"), Vocabulary::key(a.result)},
                        {QStringLiteral("owner"), nullable(a.owner)},
                        {QStringLiteral("due"), nullable(a.due.toString(Qt::ISODate))},
                        {QStringLiteral("effect_text"), RedlineText::effectLabel(row, c)}});
    }
    return {{QStringLiteral("id"), company.company.uid},
            {QStringLiteral("name"), bilingual(company.company.name)},
            {QStringLiteral("flagged"), company.flagged()},
            {QStringLiteral("rows"), rows}};
}

} // namespace

QJsonObject RedlineJson::write(const Redline &redline, const QList<CompanyImpact> &companies,
                               const ReferenceNames &names, Language language)
{
    QJsonArray texts;
    for (const TextChange &t : redline.texts) {
        texts.append(QJsonObject{{QStringLiteral("field"), t.field},
                                 {QStringLiteral("changed"), t.changed()},
                                 {QStringLiteral("en"), diffJson(t.en, t.earlier.en, t.later.en)},
                                 {QStringLiteral("zh"), diffJson(t.zh, t.earlier.zh, t.later.zh)}});
    }
    QJsonArray facts;
    for (const FactChange &f : redline.facts) {
        facts.append(
            QJsonObject{{QStringLiteral("field"), f.field},
                        {QStringLiteral("earlier"), nullable(f.earlier)},
                        {QStringLiteral("later"), nullable(f.later)},
                        {QStringLiteral("added"), QJsonArray::fromStringList(f.added)},
                        {QStringLiteral("removed"), QJsonArray::fromStringList(f.removed)},
                        {QStringLiteral("sentence"), RedlineText::factSentence(f, names, language)}});
    }
    QJsonArray penalties;
    for (const PenaltyChange &p : redline.penalties) {
        const auto penalty = [](const std::optional<Penalty> &value) -> QJsonValue {
            if (!value) {
                return {};
            }
            return QJsonObject{{QStringLiteral("amount"), value->amount},
                               {QStringLiteral("currency"), value->currency},
                               {QStringLiteral("description"), bilingual(value->description)}};
        };
        penalties.append(QJsonObject{{QStringLiteral("earlier"), penalty(p.earlier)},
                                     {QStringLiteral("later"), penalty(p.later)}});
    }
    QJsonArray obligations;
    for (const ObligationChange &c : redline.obligations) {
        obligations.append(obligationJson(c, names, language));
    }
    QJsonArray affected;
    int flagged = 0;
    for (const CompanyImpact &company : companies) {
        affected.append(companyJson(redline, company));
        flagged += company.flagged();
    }
    return {{QStringLiteral("earlier"), versionJson(redline.earlier)},
            {QStringLiteral("later"), versionJson(redline.later)},
            {QStringLiteral("prevailing"),
             redline.prevailing() == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en")},
            {QStringLiteral("changed"), redline.changed()},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("added"), redline.count(ObligationChange::Kind::Added)},
                         {QStringLiteral("removed"), redline.count(ObligationChange::Kind::Removed)},
                         {QStringLiteral("changed"), redline.count(ObligationChange::Kind::Changed)},
                         {QStringLiteral("unchanged"), redline.count(ObligationChange::Kind::Unchanged)},
                         {QStringLiteral("flagged"), flagged}}},
            {QStringLiteral("texts"), texts},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("penalties"), penalties},
            {QStringLiteral("obligations"), obligations},
            {QStringLiteral("companies"), affected}};
}

} // namespace rt::core
