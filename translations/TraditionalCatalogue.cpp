// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the zh_TW or zh_HK catalogue from the Simplified one, at build time:
//
//     traditional-catalogue zh_TW|zh_HK regtracker_zh_CN.ts traditional-overrides.tsv OUT.ts
//
// Every translation is converted with OpenCC: Taiwan wording for zh_TW (s2twp), Hong Kong characters for
// zh_HK (s2hk), except the reviewed words of traditional-overrides.tsv, which replace theirs wherever they
// occur (the longest first), and titles of PRC instruments in 《》, which keep their mainland wording in
// Traditional characters. Sources, contexts and comments are copied as they are.

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

#include <opencc/Config.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Exception.hpp>

#include <algorithm>
#include <cstdio>

namespace {

struct Override
{
    QString simplified;
    QString regional;
};

class Converter
{
public:
    explicit Converter(bool taiwan)
        : m_wording(opencc::Config().NewFromFile(taiwan ? "s2twp.json" : "s2hk.json"))
        , m_characters(opencc::Config().NewFromFile(taiwan ? "s2tw.json" : "s2hk.json"))
        , m_taiwan(taiwan)
    {
    }

    // The override's word in the region's glyphs: Hong Kong entries are written in standard Traditional.
    QString glyphs(const QString &regional) const
    {
        return m_taiwan ? regional : convert(m_characters, regional);
    }

    QString translate(const QString &text, const QList<Override> &overrides) const
    {
        // Titles in 《》 keep their wording; the rest is converted between the reviewed words.
        static const QRegularExpression title(QStringLiteral("《[^》]*》"));
        QString result;
        qsizetype at = 0;
        for (auto it = title.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            result += wording(text.mid(at, match.capturedStart() - at), overrides);
            result += convert(m_characters, match.captured());
            at = match.capturedEnd();
        }
        return result + wording(text.mid(at), overrides);
    }

private:
    static QString convert(const opencc::ConverterPtr &converter, const QString &text)
    {
        return text.isEmpty() ? text : QString::fromStdString(converter->Convert(text.toStdString()));
    }

    QString wording(const QString &text, const QList<Override> &overrides) const
    {
        QString result;
        qsizetype gap = 0;
        qsizetype at = 0;
        while (at < text.size()) {
            const auto found = std::find_if(overrides.cbegin(), overrides.cend(), [&](const Override &o) {
                return QStringView(text).mid(at).startsWith(o.simplified);
            });
            if (found == overrides.cend()) {
                ++at;
                continue;
            }
            result += convert(m_wording, text.mid(gap, at - gap)) + found->regional;
            at += found->simplified.size();
            gap = at;
        }
        return result + convert(m_wording, text.mid(gap));
    }

    opencc::ConverterPtr m_wording;
    opencc::ConverterPtr m_characters;
    bool m_taiwan;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "traditional-catalogue: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5
        || (arguments.at(1) != QLatin1StringView("zh_TW") && arguments.at(1) != QLatin1StringView("zh_HK"))) {
        return fail(
            QStringLiteral("usage: traditional-catalogue zh_TW|zh_HK SIMPLIFIED.ts OVERRIDES.tsv OUT.ts"));
    }
    const QString language = arguments.at(1);
    const bool taiwan = language == QLatin1StringView("zh_TW");
    QFile source(arguments.at(2));
    QFile overridesFile(arguments.at(3));
    if (!source.open(QIODevice::ReadOnly) || !overridesFile.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read %1 or %2").arg(arguments.at(2), arguments.at(3)));
    }
    try {
        const Converter converter(taiwan);
        QList<Override> overrides;
        const QStringList lines = QString::fromUtf8(overridesFile.readAll()).split(u'\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            if (lines.at(n).trimmed().isEmpty() || lines.at(n).startsWith(u'#')) {
                continue;
            }
            const QStringList fields = lines.at(n).split(u'\t');
            if (fields.size() < 3 || fields.at(0).isEmpty() || fields.at(1).isEmpty()
                || fields.at(2).isEmpty()) {
                return fail(QStringLiteral("%1, line %2: expected simplified<TAB>zh_TW<TAB>zh_HK")
                                .arg(arguments.at(3))
                                .arg(n + 1));
            }
            overrides.append({fields.at(0), converter.glyphs(taiwan ? fields.at(1) : fields.at(2))});
        }
        std::stable_sort(overrides.begin(), overrides.end(), [](const Override &a, const Override &b) {
            return a.simplified.size() > b.simplified.size();
        });

        // Only the text of <translation> (and of its <numerusform>s) changes; markup and entities are ASCII,
        // which OpenCC leaves alone.
        QString ts = QString::fromUtf8(source.readAll());
        if (!ts.contains(QLatin1StringView("language=\"zh_CN\""))) {
            return fail(QStringLiteral("%1 is not the zh_CN catalogue").arg(arguments.at(2)));
        }
        ts.replace(QLatin1StringView("language=\"zh_CN\""), QStringLiteral("language=\"%1\"").arg(language));
        static const QRegularExpression translation(QStringLiteral("<translation([^>]*)>(.*?)</translation>"),
                                                    QRegularExpression::DotMatchesEverythingOption);
        QString result;
        qsizetype at = 0;
        for (auto it = translation.globalMatch(ts); it.hasNext();) {
            const auto match = it.next();
            result += QStringView(ts).mid(at, match.capturedStart() - at);
            result += QStringLiteral("<translation%1>%2</translation>")
                          .arg(match.captured(1), converter.translate(match.captured(2), overrides));
            at = match.capturedEnd();
        }
        result += QStringView(ts).mid(at);
        QSaveFile out(arguments.at(4));
        if (!out.open(QIODevice::WriteOnly) || out.write(result.toUtf8()) < 0 || !out.commit()) {
            return fail(QStringLiteral("cannot write %1").arg(arguments.at(4)));
        }
    } catch (const opencc::Exception &error) {
        return fail(QStringLiteral("OpenCC: %1").arg(QString::fromUtf8(error.what())));
    }
    return 0;
}
