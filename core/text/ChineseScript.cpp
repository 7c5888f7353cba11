// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseScript.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Exception.hpp>
#include <opencc/MaxMatchSegmentation.hpp>
#include <opencc/Segments.hpp>
#include <opencc/UTF8Util.hpp>

#include <list>
#include <memory>
#include <unordered_set>

namespace rt::core {

namespace {

Q_LOGGING_CATEGORY(lcScript, "regtracker.script")

// The search form: Traditional of Taiwan and Hong Kong to mainland Simplified, wording included (OpenCC's
// tw2sp and hk2s in one). Regional phrases and variant glyphs first, then Traditional to Simplified. The
// segmentation knows the regional phrases too, so that 演算法 stays one segment for the phrase dictionary to
// see. Taiwan words that are also ordinary mainland words (resources/glossary/fold-kept.txt) keep their
// wording.
class Fold
{
public:
    Fold()
    {
        const opencc::ConverterPtr taiwan = opencc::Config().NewFromFile("tw2sp.json");
        const opencc::ConverterPtr hongKong = opencc::Config().NewFromFile("hk2s.json");
        const std::list<opencc::ConversionPtr> taiwanSteps = taiwan->GetConversionChain()->GetConversions();
        const std::list<opencc::ConversionPtr> hongKongSteps
            = hongKong->GetConversionChain()->GetConversions();
        const auto *segmentation
            = dynamic_cast<const opencc::MaxMatchSegmentation *>(taiwan->GetSegmentation().get());
        if (taiwanSteps.size() != 2 || hongKongSteps.size() != 2 || !segmentation) {
            throw opencc::InvalidFormat("tw2sp or hk2s is not a segmentation and two conversion steps");
        }
        m_regional = std::make_shared<opencc::DictGroup>(
            std::list<opencc::DictPtr>{taiwanSteps.front()->GetDict(), hongKongSteps.front()->GetDict()});
        m_segmentation = std::make_shared<opencc::MaxMatchSegmentation>(std::make_shared<opencc::DictGroup>(
            std::list<opencc::DictPtr>{m_regional, segmentation->GetDict()}));
        m_toSimplified = taiwanSteps.back();
        m_toTraditional = opencc::Config().NewFromFile("s2t.json");
        QFile kept(QStringLiteral(":/glossary/fold-kept.txt"));
        if (!kept.open(QIODevice::ReadOnly)) {
            throw opencc::FileNotFound("fold-kept.txt");
        }
        for (const QString &line : QString::fromUtf8(kept.readAll()).split(u'\n')) {
            for (const QString &word : line.section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts)) {
                m_kept.insert(word.toStdString());
            }
        }
    }

    // Simplified characters are turned into Traditional first, with OpenCC's choice among candidates, so that
    // a character both scripts write (著 in 显著) is read as its phrase says rather than alone (著 → 着).
    std::string toTraditional(const std::string &text) const { return m_toTraditional->Convert(text); }
    opencc::SegmentsPtr segment(const std::string &text) const { return m_segmentation->Segment(text); }

    std::string convert(const std::string &segment) const
    {
        std::string regional;
        regional.reserve(segment.size());
        const char *at = segment.c_str();
        size_t left = segment.size();
        while (left > 0) {
            const opencc::Optional<const opencc::DictEntry *> match = m_regional->MatchPrefix(at, left);
            size_t length = 0;
            if (match.IsNull()) {
                length = std::min(left, opencc::UTF8Util::NextCharLength(at));
                regional.append(at, length);
            } else {
                const std::string key = match.Get()->Key();
                length = key.size();
                regional += m_kept.count(key) > 0 ? key : match.Get()->GetDefault();
            }
            at += length;
            left -= length;
        }
        return m_toSimplified->Convert(regional);
    }

private:
    opencc::DictPtr m_regional;
    opencc::SegmentationPtr m_segmentation;
    opencc::ConversionPtr m_toSimplified;
    opencc::ConverterPtr m_toTraditional;
    std::unordered_set<std::string> m_kept;
};

struct Engine
{
    std::unique_ptr<Fold> fold;
    opencc::ConverterPtr taiwan; // s2tw: characters and Taiwan glyphs
    opencc::ConverterPtr hongKong; // s2hk: characters and Hong Kong glyphs
    opencc::ConverterPtr taiwanPhrases; // s2twp: and Taiwan wording
    opencc::ConverterPtr simplified; // t2s: Traditional characters to Simplified, wording kept
    bool loaded = false;
};

const Engine &engine()
{
    static const Engine loaded = [] {
        Engine e;
        try {
            e.fold = std::make_unique<Fold>();
            e.taiwan = opencc::Config().NewFromFile("s2tw.json");
            e.hongKong = opencc::Config().NewFromFile("s2hk.json");
            e.taiwanPhrases = opencc::Config().NewFromFile("s2twp.json");
            e.simplified = opencc::Config().NewFromFile("t2s.json");
            e.loaded = true;
        } catch (const opencc::Exception &error) {
            qCWarning(lcScript) << "Chinese script conversion unavailable:" << error.what();
        }
        return e;
    }();
    return loaded;
}

// The conversions are read-only lookups, but OpenCC does not promise that they may run on several threads at
// once; indexing may run beside the interface.
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

bool isHan(char32_t c)
{
    return ChineseScript::isHan(c);
}

// Calls run(start, length) for each maximal run of Han characters (UTF-16 positions), and gap(start, length)
// for the text between them.
template <typename Run, typename Gap> void forEachRun(const QString &text, Run run, Gap gap)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto codeAt = [&text, n](qsizetype at, qsizetype *width) {
        const QChar c = text.at(at);
        if (c.isHighSurrogate() && at + 1 < n && text.at(at + 1).isLowSurrogate()) {
            *width = 2;
            return QChar::surrogateToUcs4(c, text.at(at + 1));
        }
        *width = 1;
        return char32_t(c.unicode());
    };
    while (i < n) {
        qsizetype width = 1;
        const bool han = isHan(codeAt(i, &width));
        qsizetype end = i + width;
        while (end < n) {
            qsizetype w = 1;
            if (isHan(codeAt(end, &w)) != han) {
                break;
            }
            end += w;
        }
        if (han) {
            run(i, end - i);
        } else {
            gap(i, end - i);
        }
        i = end;
    }
}

} // namespace

bool ChineseScript::available()
{
    return engine().loaded;
}

bool ChineseScript::hasHan(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            if (isHan(QChar::surrogateToUcs4(c, text.at(i + 1)))) {
                return true;
            }
            ++i;
        } else if (isHan(c.unicode())) {
            return true;
        }
    }
    return false;
}

namespace {

// Folds one run of Han characters, which starts at base in the text, onto out; with origins, also where each
// position of the result comes from.
void foldRun(const Fold &fold, QStringView run, qsizetype base, ChineseScript::Folded &out, bool origins)
{
    const QString traditional = QString::fromStdString(fold.toTraditional(run.toString().toStdString()));
    const QList<uint> input = run.toUcs4();
    // The Simplified-to-Traditional step maps character for character; should it ever not, every position of
    // the run's result stands for the whole run.
    const bool aligned = traditional.toUcs4().size() == input.size();
    QList<qsizetype> offsets{0}; // of each code point of the run, and its end
    for (uint c : input) {
        offsets.append(offsets.constLast() + (QChar::requiresSurrogates(c) ? 2 : 1));
    }
    const opencc::SegmentsPtr segments = fold.segment(traditional.toStdString());
    qsizetype point = 0; // code points of the run consumed so far
    for (size_t k = 0; k < segments->Length(); ++k) {
        const qsizetype points = QString::fromUtf8(segments->At(k)).toUcs4().size();
        const QString converted = QString::fromStdString(fold.convert(segments->At(k)));
        out.text += converted;
        if (origins) {
            const QList<uint> result = converted.toUcs4();
            const bool charForChar = aligned && result.size() == points;
            for (qsizetype j = 0; j < result.size(); ++j) {
                const qsizetype from = !aligned ? 0 : charForChar ? offsets.at(point + j) : offsets.at(point);
                const qsizetype to = !aligned ? run.size()
                    : charForChar             ? offsets.at(point + j + 1)
                                              : offsets.at(point + points);
                for (int unit = 0; unit < (QChar::requiresSurrogates(result.at(j)) ? 2 : 1); ++unit) {
                    out.from.append(base + from);
                    out.to.append(base + to);
                }
            }
        }
        point += points;
    }
}

ChineseScript::Folded foldText(const QString &text, bool origins)
{
    ChineseScript::Folded folded;
    const Engine &e = engine();
    const auto keep = [&](qsizetype start, qsizetype length) {
        folded.text += QStringView(text).mid(start, length);
        if (origins) {
            for (qsizetype k = start; k < start + length; ++k) {
                folded.from.append(k);
                folded.to.append(k + 1);
            }
        }
    };
    if (!e.loaded || !ChineseScript::hasHan(text)) {
        keep(0, text.size());
        return folded;
    }
    folded.text.reserve(text.size());
    const QMutexLocker locker(&lock());
    forEachRun(
        text,
        [&](qsizetype start, qsizetype length) {
            const QStringView run = QStringView(text).mid(start, length);
            if (origins) {
                foldRun(*e.fold, run, start, folded, true);
                return;
            }
            // Indexing folds the same clauses again and again (names, set phrases): remember recent runs.
            static QHash<QString, QString> recent;
            const QString key = run.toString();
            const auto it = recent.constFind(key);
            if (it != recent.cend()) {
                folded.text += *it;
                return;
            }
            const qsizetype at = folded.text.size();
            foldRun(*e.fold, run, start, folded, false);
            if (recent.size() >= 100000) {
                recent.clear();
            }
            recent.insert(key, folded.text.mid(at));
        },
        keep);
    return folded;
}

} // namespace

QString ChineseScript::fold(const QString &text)
{
    return foldText(text, false).text;
}

ChineseScript::Folded ChineseScript::foldWithOrigins(const QString &text)
{
    return foldText(text, true);
}

QString ChineseScript::convert(const QString &text, Form form, Wording wording)
{
    const Engine &e = engine();
    if (form == Form::Simplified || !e.loaded || !hasHan(text)) {
        return text;
    }
    const opencc::ConverterPtr &converter = form == Form::HongKong ? e.hongKong
        : wording == Wording::Regional                             ? e.taiwanPhrases
                                                                   : e.taiwan;
    const QMutexLocker locker(&lock());
    return QString::fromStdString(converter->Convert(utf8(text)));
}

QString ChineseScript::toSimplified(const QString &text)
{
    const Engine &e = engine();
    if (!e.loaded || !hasHan(text)) {
        return text;
    }
    const QMutexLocker locker(&lock());
    return QString::fromStdString(e.simplified->Convert(utf8(text)));
}

bool ChineseScript::isTraditional(const QString &text)
{
    const Engine &e = engine();
    if (!e.loaded) {
        return false;
    }
    // Each distinct character is judged alone, so that phrases converted as a whole do not blur the count.
    QHash<char32_t, bool> traditional;
    qsizetype han = 0;
    qsizetype changed = 0;
    const QList<uint> points = QStringView(text).left(20000).toUcs4();
    const QMutexLocker locker(&lock());
    for (uint point : points) {
        const char32_t c = point;
        if (!isHan(c)) {
            continue;
        }
        ++han;
        auto it = traditional.find(c);
        if (it == traditional.end()) {
            const std::string one = QString::fromUcs4(&c, 1).toStdString();
            it = traditional.insert(c, e.simplified->Convert(one) != one);
        }
        changed += *it ? 1 : 0;
    }
    // A Simplified text holds a handful of characters both scripts share with another reading; a Traditional
    // one holds many.
    return changed >= 3 && changed * 20 >= han;
}

bool ChineseScript::isWrittenIn(const QString &text, Form form)
{
    return convert(text, form) == text;
}

QString ChineseScript::key(Form form)
{
    switch (form) {
    case Form::Simplified:
        return QStringLiteral("simplified");
    case Form::Taiwan:
        return QStringLiteral("tw");
    case Form::HongKong:
        return QStringLiteral("hk");
    }
    return {};
}

std::optional<ChineseScript::Form> ChineseScript::fromKey(const QString &key)
{
    for (Form form : {Form::Simplified, Form::Taiwan, Form::HongKong}) {
        if (key.compare(ChineseScript::key(form), Qt::CaseInsensitive) == 0) {
            return form;
        }
    }
    return std::nullopt;
}

} // namespace rt::core
