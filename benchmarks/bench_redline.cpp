// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the redline of long versions — a final text against its draft, each with a summary of N
// characters per language and M obligations, a few of them reworded, re-parametrised, dropped or added — next
// to the floors: splitting both texts into words (ICU), which any word-by-word comparison must at least do,
// and reading every obligation's words once, which pairing them must at least do. Prints medians; asserts
// nothing.
//
//   bench_redline [--characters N] [--obligations M] [--runs R]

#include "BenchSupport.h"

#include "ObligationPairing.h"
#include "Redline.h"
#include "TextSimilarity.h"
#include "WordDiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace rt::core;
using rt::bench::medianMs;

namespace {

const QStringList englishSentences{
    QStringLiteral("Platform operators shall publish their pricing rules prominently. "),
    QStringLiteral("Retain logs of every price change for at least 6 months. "),
    QStringLiteral(
        "Do not use algorithms to set different prices for the same goods under the same conditions. "),
    QStringLiteral("Remind consumers before each automatic renewal and offer a convenient way to cancel. "),
    QStringLiteral("Hear the views of merchants before changing fee standards. "),
};
const QStringList chineseSentences{
    QStringLiteral("平台经营者应当以显著方式公示价格规则。"),
    QStringLiteral("价格变动日志留存不少于6个月。"),
    QStringLiteral("不得利用算法对同等交易条件下的同一商品设置不同价格。"),
    QStringLiteral("在每次自动续费前提醒消费者并提供便捷的取消途径。"),
    QStringLiteral("修改收费标准前应当听取平台内经营者的意见。"),
};

QString text(const QStringList &sentences, int characters, QRandomGenerator &random)
{
    QString result;
    while (result.size() < characters) {
        result += sentences.at(int(random.bounded(sentences.size())));
    }
    return result;
}

// The later text: every tenth sentence reworded, a number changed here and there.
QString edited(QString text, const QString &end)
{
    qsizetype at = 0;
    for (int sentence = 0; (at = text.indexOf(end, at)) >= 0; ++sentence, at += end.size()) {
        if (sentence % 10 == 0) {
            text.insert(at, QStringLiteral(" (revised)"));
            at += 10;
        }
    }
    return text.replace(QStringLiteral("6"), QStringLiteral("12"));
}

Development version(int characters, int obligations, QRandomGenerator &random)
{
    Development d;
    d.uid = QStringLiteral("bench");
    d.title = {QStringLiteral("Price rules"), QStringLiteral("价格规则")};
    d.summary = {text(englishSentences, characters, random), text(chineseSentences, characters, random)};
    for (int i = 0; i < obligations; ++i) {
        Obligation o;
        o.uid = QStringLiteral("bench/o%1").arg(i + 1);
        o.text = {englishSentences.at(i % englishSentences.size()) + QString::number(i),
                  chineseSentences.at(i % chineseSentences.size()) + QString::number(i)};
        o.parameters = {{{QStringLiteral("Retention"), QStringLiteral("留存")},
                         ParameterOp::AtLeast,
                         QString::number(i % 12 + 1),
                         {},
                         ParameterUnit::Month}};
        d.obligations.append(o);
    }
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption characters(QStringLiteral("characters"), QStringLiteral("Summary length."),
                                        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption obligations(QStringLiteral("obligations"),
                                         QStringLiteral("Obligations per version."), QStringLiteral("M"),
                                         QStringLiteral("200"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                  QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({characters, obligations, runs});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(characters).toInt();
    const int m = parser.value(obligations).toInt();
    const int r = std::max(1, parser.value(runs).toInt());

    QRandomGenerator random(21);
    const Development earlier = version(n, m, random);
    Development later = earlier;
    later.uid = QStringLiteral("bench-final");
    later.summary = {edited(earlier.summary.en, QStringLiteral(". ")),
                     edited(earlier.summary.zh, QStringLiteral("。"))};
    for (Obligation &o : later.obligations) {
        o.uid = QStringLiteral("final/") + o.uid;
    }
    for (int i = 0; i < m; i += 10) {
        later.obligations[i].text.en += QStringLiteral(" Keep a record of it.");
        later.obligations[i].parameters[0].value = QStringLiteral("24");
    }
    later.obligations.removeAt(m / 2);
    later.obligations.append(later.obligations.constFirst());
    later.obligations.last().uid = QStringLiteral("final/added");
    later.obligations.last().text
        = {QStringLiteral("Report incidents within 4 hours."), QStringLiteral("4小时内报告安全事件。")};

    QTextStream out(stdout);
    out << "redline of two versions: " << n << " characters per summary and language, " << m
        << " obligations, median of " << r << " runs\n";
    const double floorEn = medianMs(r, [&] {
        WordDiff::words(earlier.summary.en);
        WordDiff::words(later.summary.en);
    });
    const double diffEn = medianMs(r, [&] { WordDiff::compare(earlier.summary.en, later.summary.en); });
    const double floorZh = medianMs(r, [&] {
        WordDiff::words(earlier.summary.zh);
        WordDiff::words(later.summary.zh);
    });
    const double diffZh = medianMs(r, [&] { WordDiff::compare(earlier.summary.zh, later.summary.zh); });
    const double pairing = medianMs(r, [&] { pairObligations(earlier.obligations, later.obligations); });
    // The floor of pairing: reading every obligation's words once, in both languages.
    const double floorPairing = medianMs(r, [&] {
        SimilarityVocabulary vocabulary;
        for (const Development *side : {&earlier, static_cast<const Development *>(&later)}) {
            for (const Obligation &o : side->obligations) {
                vocabulary.tokens(o.text.en);
                vocabulary.tokens(o.text.zh);
            }
        }
    });
    int changed = 0;
    const double whole = medianMs(r, [&] {
        const Redline redline = Redline::compare(earlier, later);
        changed = redline.count(ObligationChange::Kind::Changed);
    });
    out << QStringLiteral("  English summary: %1 ms word by word (floor, splitting into words: %2 ms)\n")
               .arg(diffEn, 0, 'f', 1)
               .arg(floorEn, 0, 'f', 1)
        << QStringLiteral("  Chinese summary: %1 ms word by word (floor, splitting into words: %2 ms)\n")
               .arg(diffZh, 0, 'f', 1)
               .arg(floorZh, 0, 'f', 1)
        << QStringLiteral("  pairing %1 obligations with %2: %3 ms (floor, reading their words: %4 ms)\n")
               .arg(m)
               .arg(later.obligations.size())
               .arg(pairing, 0, 'f', 1)
               .arg(floorPairing, 0, 'f', 1)
        << QStringLiteral("  whole redline (texts, facts, %1 obligations paired, %2 changed): %3 ms\n")
               .arg(m)
               .arg(changed)
               .arg(whole, 0, 'f', 1);
    return 0;
}
