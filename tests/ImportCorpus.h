// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The corpus of real newsletters (tests/data/import/corpus/) and how an import of it is judged against the
// labels a person wrote: whether each page splits into exactly the items a reader sees, whether each item's
// lead authority and announcement date are right, and how the pre-selected candidate obligations compare with
// the duties labelled one by one (precision, one-to-one recall, kind). Shared by tst_importcorpus and
// bench_import_accuracy so that the test and the printed figures judge alike.

#include "ChineseScript.h"
#include "ImportBatch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rt::test {

struct CorpusItem
{
    QString heading;
    QString authority; // empty: the text names no issuer
    QDate date; // invalid: the text gives no date
    bool monthOnly = false; // the text gives only the month
};

struct CorpusDuty
{
    int item = 0; // 1-based, in the page's items
    QString text;
    QString kind;
};

struct CorpusFile
{
    QString name;
    QString path;
    QString publisher;
    int year = 0; // of the newsletter's date, what a reader types as the year
    QList<CorpusItem> items;
    bool labelsDuties = false;
    QList<CorpusDuty> duties;
};

inline QString corpusDirectory()
{
    return QStringLiteral(RT_TEST_DATA "/import/corpus");
}

inline QList<CorpusFile> loadCorpus()
{
    QHash<QString, QStringList> sources;
    QFile tsv(corpusDirectory() + QStringLiteral("/SOURCES.tsv"));
    if (!tsv.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the corpus sources");
    }
    for (const QString &line : QString::fromUtf8(tsv.readAll()).split(u'\n')) {
        if (!line.startsWith(u'#') && !line.trimmed().isEmpty()) {
            const QStringList cells = line.split(u'\t');
            sources.insert(cells.constFirst(), cells);
        }
    }
    QList<CorpusFile> files;
    const QDir dir(corpusDirectory());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        CorpusFile file;
        file.name = name;
        file.path = dir.filePath(name);
        const QStringList source = sources.value(name);
        file.publisher = source.value(1);
        static const QRegularExpression year(QStringLiteral("^(\\d{4})"));
        file.year = year.match(source.value(4)).captured(1).toInt();
        QFile json(
            dir.filePath(QString(name).replace(QStringLiteral(".txt"), QStringLiteral(".expected.json"))));
        if (!json.open(QIODevice::ReadOnly)) {
            qFatal("a corpus file has no labels");
        }
        const QJsonObject labels = QJsonDocument::fromJson(json.readAll()).object();
        for (const QJsonValue &value : labels.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = value.toObject();
            CorpusItem item;
            item.heading = o.value(QStringLiteral("heading")).toString();
            item.authority = o.value(QStringLiteral("authority")).toString();
            const QString date = o.value(QStringLiteral("date")).toString();
            item.monthOnly = o.value(QStringLiteral("date_precision")).toString() == u"month";
            item.date = QDate::fromString(item.monthOnly ? date + QStringLiteral("-01") : date, Qt::ISODate);
            file.items.append(item);
        }
        file.labelsDuties = labels.contains(QStringLiteral("obligations"))
            && labels.value(QStringLiteral("obligations")).isArray();
        for (const QJsonValue &value : labels.value(QStringLiteral("obligations")).toArray()) {
            const QJsonObject o = value.toObject();
            file.duties.append({o.value(QStringLiteral("item")).toInt(),
                                o.value(QStringLiteral("text")).toString(),
                                o.value(QStringLiteral("kind")).toString()});
        }
        files.append(file);
    }
    return files;
}

// Words (English, cut to their first five letters, without the commonest ones) and character pairs
// (Chinese): what two wordings of one duty share.
inline QSet<QString> dutyTokens(const QString &text)
{
    static const QSet<QString> common{
        QStringLiteral("the"),  QStringLiteral("a"),     QStringLiteral("an"),     QStringLiteral("of"),
        QStringLiteral("to"),   QStringLiteral("and"),   QStringLiteral("or"),     QStringLiteral("in"),
        QStringLiteral("on"),   QStringLiteral("for"),   QStringLiteral("with"),   QStringLiteral("by"),
        QStringLiteral("must"), QStringLiteral("shall"), QStringLiteral("should"), QStringLiteral("be"),
        QStringLiteral("is"),   QStringLiteral("are"),   QStringLiteral("that"),   QStringLiteral("their"),
        QStringLiteral("its"),  QStringLiteral("not"),   QStringLiteral("as"),     QStringLiteral("at")};
    const QString simplified = core::ChineseScript::toSimplified(text).toLower();
    QSet<QString> tokens;
    static const QRegularExpression words(QStringLiteral("[a-z0-9]+"));
    for (auto it = words.globalMatch(simplified); it.hasNext();) {
        const QString word = it.next().captured();
        if (!common.contains(word)) {
            tokens.insert(word.left(5));
        }
    }
    QChar previous;
    for (const QChar c : simplified) {
        const bool han = c.unicode() >= 0x3400 && c.unicode() < 0xA000;
        if (han && !previous.isNull()) {
            tokens.insert(QString(previous) + c);
        }
        previous = han ? c : QChar();
    }
    return tokens;
}

inline double dutySimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = dutyTokens(a);
    const QSet<QString> y = dutyTokens(b);
    if (x.isEmpty() || y.isEmpty()) {
        return 0;
    }
    return 2.0 * double(QSet<QString>(x).intersect(y).size()) / double(x.size() + y.size());
}

struct CorpusResult
{
    QString name;
    bool split = false;
    int items = 0; // expected
    int authoritiesRight = 0;
    int datesRight = 0;
    bool labelsDuties = false;
    int proposed = 0; // pre-selected candidate obligations
    int duties = 0; // labelled
    int matched = 0; // one to one
    int kindsRight = 0;
    QStringList problems; // for messages
};

inline QString comparable(const QString &text)
{
    return core::ChineseScript::toSimplified(text).simplified().remove(u' ');
}

// The found item each expected item is: the one whose text holds its heading, in order.
inline QList<int> alignItems(const CorpusFile &file, const core::ImportBatch &batch)
{
    QList<int> aligned;
    int from = 0;
    for (const CorpusItem &expected : file.items) {
        const QString heading = comparable(expected.heading).left(40);
        int found = -1;
        for (int i = from; i < batch.items.size() && found < 0; ++i) {
            if (comparable(batch.items.at(i).sourceText).contains(heading)) {
                found = i;
            }
        }
        aligned.append(found);
        if (found >= 0) {
            from = found + 1;
        }
    }
    return aligned;
}

inline bool dateRight(const CorpusItem &expected, const core::Development &d)
{
    const bool approximate = d.announcedUntil.isValid() && d.announcedUntil > d.announced;
    if (!expected.date.isValid()) {
        return !d.announced.isValid() || approximate;
    }
    if (expected.monthOnly) {
        return approximate && d.announced == expected.date
            && d.announcedUntil == expected.date.addMonths(1).addDays(-1);
    }
    return !approximate && d.announced == expected.date;
}

inline void judgeDuties(const CorpusFile &file, const core::ImportBatch &batch, const QList<int> &aligned,
                        CorpusResult &result)
{
    struct Pair
    {
        double similarity;
        int duty;
        int candidate; // index into proposed
    };
    QList<std::pair<int, const core::CandidateObligation *>> proposed; // (expected item, candidate)
    for (int e = 0; e < aligned.size(); ++e) {
        if (aligned.at(e) < 0) {
            continue;
        }
        for (const core::CandidateObligation &c : batch.items.at(aligned.at(e)).obligations) {
            if (c.selected) {
                proposed.append({e + 1, &c});
            }
        }
    }
    QList<Pair> pairs;
    for (int d = 0; d < file.duties.size(); ++d) {
        for (int p = 0; p < proposed.size(); ++p) {
            if (proposed.at(p).first != file.duties.at(d).item) {
                continue;
            }
            const core::Obligation &o = proposed.at(p).second->obligation;
            const double similarity = dutySimilarity(file.duties.at(d).text, o.text.en + u' ' + o.text.zh);
            if (similarity >= 0.3) {
                pairs.append({similarity, d, p});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &a, const Pair &b) { return a.similarity > b.similarity; });
    QSet<int> usedDuties;
    QSet<int> usedCandidates;
    for (const Pair &pair : std::as_const(pairs)) {
        if (usedDuties.contains(pair.duty) || usedCandidates.contains(pair.candidate)) {
            continue;
        }
        usedDuties.insert(pair.duty);
        usedCandidates.insert(pair.candidate);
        ++result.matched;
        const QString kind = core::Vocabulary::key(proposed.at(pair.candidate).second->obligation.kind);
        if (kind == file.duties.at(pair.duty).kind) {
            ++result.kindsRight;
        } else {
            result.problems.append(
                QStringLiteral("duty “%1”: kind %2, labelled %3")
                    .arg(file.duties.at(pair.duty).text.left(60), kind, file.duties.at(pair.duty).kind));
        }
    }
    for (int d = 0; d < file.duties.size(); ++d) {
        if (!usedDuties.contains(d)) {
            result.problems.append(QStringLiteral("duty missed: %1").arg(file.duties.at(d).text.left(80)));
        }
    }
    for (int p = 0; p < proposed.size(); ++p) {
        if (!usedCandidates.contains(p)) {
            const core::Obligation &o = proposed.at(p).second->obligation;
            result.problems.append(
                QStringLiteral("not a labelled duty: %1").arg(QString(o.text.en + o.text.zh).left(80)));
        }
    }
    result.proposed = int(proposed.size());
    result.duties = int(file.duties.size());
}

inline CorpusResult judge(const CorpusFile &file, const core::ImportBatch &batch)
{
    CorpusResult result;
    result.name = file.name;
    result.items = int(file.items.size());
    result.labelsDuties = file.labelsDuties;
    const QList<int> aligned = alignItems(file, batch);
    bool inPlace = true;
    for (int i = 0; i < aligned.size(); ++i) {
        inPlace = inPlace && aligned.at(i) == i;
    }
    result.split = inPlace && batch.items.size() == file.items.size();
    if (!result.split) {
        QStringList found;
        for (const core::ImportItem &item : batch.items) {
            found.append(item.sourceText.left(50).replace(u'\n', u' '));
        }
        result.problems.append(QStringLiteral("split into %1 items, expected %2: %3")
                                   .arg(batch.items.size())
                                   .arg(file.items.size())
                                   .arg(found.join(QStringLiteral(" | "))));
    }
    for (int i = 0; i < aligned.size(); ++i) {
        const CorpusItem &expected = file.items.at(i);
        if (aligned.at(i) < 0) {
            continue;
        }
        const core::Development &d = batch.items.at(aligned.at(i)).development;
        const QString lead = d.authorities.value(0);
        if (lead == expected.authority) {
            ++result.authoritiesRight;
        } else {
            result.problems.append(
                QStringLiteral("item %1: authority %2, labelled %3")
                    .arg(i + 1)
                    .arg(lead.isEmpty() ? QStringLiteral("none") : lead,
                         expected.authority.isEmpty() ? QStringLiteral("none") : expected.authority));
        }
        if (dateRight(expected, d)) {
            ++result.datesRight;
        } else {
            result.problems.append(QStringLiteral("item %1: date %2%3, labelled %4%5")
                                       .arg(i + 1)
                                       .arg(d.announced.toString(Qt::ISODate),
                                            d.announcedUntil.isValid()
                                                ? QStringLiteral("…") + d.announcedUntil.toString(Qt::ISODate)
                                                : QString(),
                                            expected.date.isValid() ? expected.date.toString(Qt::ISODate)
                                                                    : QStringLiteral("none"),
                                            expected.monthOnly ? QStringLiteral(" (month)") : QString()));
        }
    }
    if (file.labelsDuties) {
        judgeDuties(file, batch, aligned, result);
    }
    return result;
}

struct CorpusTotals
{
    int files = 0;
    int publishers = 0;
    int filesSplit = 0;
    int items = 0;
    int authoritiesRight = 0;
    int datesRight = 0;
    int dutyFiles = 0;
    int proposed = 0;
    int duties = 0;
    int matched = 0;
    int kindsRight = 0;

    double ratio(int part, int whole) const { return whole == 0 ? 0 : double(part) / double(whole); }
    double splitAccuracy() const { return ratio(filesSplit, files); }
    double authorityAccuracy() const { return ratio(authoritiesRight, items); }
    double dateAccuracy() const { return ratio(datesRight, items); }
    double precision() const { return ratio(matched, proposed); }
    double recall() const { return ratio(matched, duties); }
    double kindAccuracy() const { return ratio(kindsRight, matched); }
};

inline CorpusTotals total(const QList<CorpusFile> &files, const QList<CorpusResult> &results)
{
    CorpusTotals t;
    QSet<QString> publishers;
    for (const CorpusFile &file : files) {
        publishers.insert(file.publisher.section(u'(', 0, 0).trimmed());
    }
    t.publishers = int(publishers.size());
    for (const CorpusResult &r : results) {
        ++t.files;
        t.filesSplit += r.split ? 1 : 0;
        t.items += r.items;
        t.authoritiesRight += r.authoritiesRight;
        t.datesRight += r.datesRight;
        if (r.labelsDuties) {
            ++t.dutyFiles;
            t.proposed += r.proposed;
            t.duties += r.duties;
            t.matched += r.matched;
            t.kindsRight += r.kindsRight;
        }
    }
    return t;
}

} // namespace rt::test
