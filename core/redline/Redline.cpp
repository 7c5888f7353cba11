// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redline.h"

#include "ObligationPairing.h"

#include <QSet>

namespace rt::core {

namespace {

QString dateValue(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

TextChange textChange(const QString &field, const BilingualText &earlier, const BilingualText &later)
{
    return {field, earlier, later, WordDiff::compare(earlier.en, later.en),
            WordDiff::compare(earlier.zh, later.zh)};
}

void addFact(QList<FactChange> &facts, const QString &field, const QString &earlier, const QString &later)
{
    if (earlier != later) {
        facts.append({field, earlier, later, {}, {}});
    }
}

void addList(QList<FactChange> &facts, const QString &field, const QStringList &earlier,
             const QStringList &later)
{
    if (earlier == later) {
        return;
    }
    FactChange change{field, earlier.join(QStringLiteral(", ")), later.join(QStringLiteral(", ")), {}, {}};
    for (const QString &code : later) {
        if (!earlier.contains(code)) {
            change.added.append(code);
        }
    }
    for (const QString &code : earlier) {
        if (!later.contains(code)) {
            change.removed.append(code);
        }
    }
    facts.append(change);
}

// The name a parameter is known by across versions: its English name, else its Chinese one.
QString parameterKey(const ObligationParameter &p)
{
    return (p.name.en.isEmpty() ? p.name.zh : p.name.en).trimmed().toCaseFolded();
}

QList<ParameterChange> parameterChanges(const QList<ObligationParameter> &earlier,
                                        const QList<ObligationParameter> &later)
{
    QList<ParameterChange> result;
    QSet<qsizetype> used;
    for (const ObligationParameter &old : earlier) {
        qsizetype match = -1;
        for (qsizetype i = 0; i < later.size() && match < 0; ++i) {
            if (!used.contains(i) && parameterKey(later.at(i)) == parameterKey(old)) {
                match = i;
            }
        }
        // One unnamed or renamed parameter on each side is the same term.
        if (match < 0 && earlier.size() == 1 && later.size() == 1) {
            match = 0;
        }
        if (match < 0) {
            result.append({ParameterChange::Kind::Removed, old, std::nullopt});
            continue;
        }
        used.insert(match);
        const ObligationParameter &now = later.at(match);
        const bool same
            = now.op == old.op && now.value == old.value && now.value2 == old.value2 && now.unit == old.unit;
        result.append({same ? ParameterChange::Kind::Unchanged : ParameterChange::Kind::Changed, old, now});
    }
    for (qsizetype i = 0; i < later.size(); ++i) {
        if (!used.contains(i)) {
            result.append({ParameterChange::Kind::Added, std::nullopt, later.at(i)});
        }
    }
    return result;
}

ObligationChange obligationChange(const Development &earlier, const Development &later,
                                  const ObligationPair &pair)
{
    ObligationChange change;
    if (pair.earlier >= 0) {
        change.earlier = earlier.obligations.at(pair.earlier);
        change.earlierNumber = int(pair.earlier) + 1;
    }
    if (pair.later >= 0) {
        change.later = later.obligations.at(pair.later);
        change.laterNumber = int(pair.later) + 1;
    }
    const Obligation none;
    const Obligation &a = change.earlier ? *change.earlier : none;
    const Obligation &b = change.later ? *change.later : none;
    change.en = WordDiff::compare(a.text.en, b.text.en);
    change.zh = WordDiff::compare(a.text.zh, b.text.zh);
    change.parameters = parameterChanges(a.parameters, b.parameters);
    if (!change.earlier) {
        change.kind = ObligationChange::Kind::Added;
        return change;
    }
    if (!change.later) {
        change.kind = ObligationChange::Kind::Removed;
        return change;
    }
    change.kindChanged = a.kind != b.kind;
    change.effectiveChanged = a.effective != b.effective;
    for (const QString &tag : b.appliesTo) {
        if (!a.appliesTo.contains(tag)) {
            change.tagsAdded.append(tag);
        }
    }
    for (const QString &tag : a.appliesTo) {
        if (!b.appliesTo.contains(tag)) {
            change.tagsRemoved.append(tag);
        }
    }
    change.kind
        = obligationChanged(a, b) ? ObligationChange::Kind::Changed : ObligationChange::Kind::Unchanged;
    return change;
}

QString penaltyValue(const Penalty &p)
{
    return QString::number(p.amount, 'f', 2) + u' ' + p.currency;
}

} // namespace

bool ObligationChange::parametersChanged() const
{
    for (const ParameterChange &p : parameters) {
        if (p.kind != ParameterChange::Kind::Unchanged) {
            return true;
        }
    }
    return false;
}

Redline Redline::compare(const Development &earlier, const Development &later)
{
    Redline r;
    r.earlier = earlier;
    r.later = later;
    r.texts = {textChange(QStringLiteral("title"), earlier.title, later.title),
               textChange(QStringLiteral("document_title"), earlier.documentTitle, later.documentTitle),
               textChange(QStringLiteral("summary"), earlier.summary, later.summary)};

    addFact(r.facts, QStringLiteral("kind"), Vocabulary::key(earlier.kind), Vocabulary::key(later.kind));
    addFact(r.facts, QStringLiteral("stage"), Vocabulary::key(earlier.stage), Vocabulary::key(later.stage));
    addFact(r.facts, QStringLiteral("legal_rank"), Vocabulary::key(earlier.legalRank),
            Vocabulary::key(later.legalRank));
    addFact(r.facts, QStringLiteral("announced"), dateValue(earlier.announced), dateValue(later.announced));
    addFact(r.facts, QStringLiteral("comment_deadline"), dateValue(earlier.commentDeadline),
            dateValue(later.commentDeadline));
    addFact(r.facts, QStringLiteral("effective"), dateValue(earlier.effective), dateValue(later.effective));
    addList(r.facts, QStringLiteral("authorities"), earlier.authorities, later.authorities);
    addList(r.facts, QStringLiteral("topics"), earlier.topics, later.topics);
    addFact(r.facts, QStringLiteral("region"), earlier.region, later.region);
    const auto prevailing
        = [](const Development &d) { return d.zhPrevails ? QStringLiteral("zh") : QStringLiteral("en"); };
    addFact(r.facts, QStringLiteral("prevailing_text"), prevailing(earlier), prevailing(later));

    for (qsizetype i = 0; i < std::max(earlier.penalties.size(), later.penalties.size()); ++i) {
        PenaltyChange change;
        if (i < earlier.penalties.size()) {
            change.earlier = earlier.penalties.at(i);
        }
        if (i < later.penalties.size()) {
            change.later = later.penalties.at(i);
        }
        if (!change.earlier || !change.later || penaltyValue(*change.earlier) != penaltyValue(*change.later)
            || change.earlier->description != change.later->description) {
            r.penalties.append(change);
        }
    }

    for (const ObligationPair &pair : pairObligations(earlier.obligations, later.obligations)) {
        r.obligations.append(obligationChange(earlier, later, pair));
    }
    return r;
}

int Redline::count(ObligationChange::Kind kind) const
{
    return int(std::count_if(obligations.cbegin(), obligations.cend(),
                             [kind](const ObligationChange &c) { return c.kind == kind; }));
}

bool Redline::changed() const
{
    if (!facts.isEmpty() || !penalties.isEmpty()) {
        return true;
    }
    for (const TextChange &t : texts) {
        if (t.changed()) {
            return true;
        }
    }
    return count(ObligationChange::Kind::Unchanged) != obligations.size();
}

} // namespace rt::core
