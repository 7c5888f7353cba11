// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Simplified and Traditional Chinese, through OpenCC's dictionaries (the system's OpenCC data).
//
// Search folds every Chinese text, stored or typed, to one form: mainland Simplified, with Taiwan and Hong
// Kong wording turned into the mainland's (演算法 → 算法, 資訊 → 信息, 軟體 → 软件), phrase by phrase. Index
// and query go through the same fold, so either script and either region's words find the other.
//
// Display turns stored Simplified text into Traditional characters of the Taiwan or Hong Kong standard,
// character by character with OpenCC's phrase-aware choice among candidates (发 → 發 or 髮), but without
// changing a word: a legal text keeps its wording, and titles of PRC instruments stay as issued. Only the
// interface catalogues are converted with regional wording (Wording::Regional).
//
// Without the OpenCC data every conversion returns its input unchanged and available() says so.

#include <QList>
#include <QString>

#include <optional>

namespace rt::core {

class ChineseScript final
{
public:
    enum class Form {
        Simplified, // as stored
        Taiwan, // Traditional characters, Taiwan standard
        HongKong, // Traditional characters, Hong Kong standard
    };
    enum class Wording { Kept, Regional };

    // Whether OpenCC and its data could be loaded.
    static bool available();

    // The search form of a text (unchanged when it holds no Chinese).
    static QString fold(const QString &text);
    // The search form, and for each of its UTF-16 positions the range of the input it came from, so that a
    // match found in the folded text can be marked in the text as shown.
    struct Folded
    {
        QString text;
        QList<qsizetype> from; // per position of text: first position in the input
        QList<qsizetype> to; // per position of text: one past the last position in the input
    };
    static Folded foldWithOrigins(const QString &text);

    // Text (Simplified) in the given form; Simplified returns it unchanged.
    static QString convert(const QString &text, Form form, Wording wording = Wording::Kept);
    // Whether the text is already written in the form's characters: converting it changes nothing.
    static bool isWrittenIn(const QString &text, Form form);

    // "simplified", "tw", "hk" (settings and the command line).
    static QString key(Form form);
    static std::optional<Form> fromKey(const QString &key);

    static bool hasHan(const QString &text);
    // A character of the Han script.
    static bool isHan(char32_t c)
    {
        // None before the CJK radicals (U+2E80): most of an English text is decided by the range alone.
        return c >= 0x2E80 && QChar::script(c) == QChar::Script_Han;
    }

    // Reading a newsletter written in Traditional characters (from Hong Kong or Taiwan, or a converted
    // repost): whether enough of its Han characters are Traditional ones, and the text in Simplified
    // characters with its wording kept (OpenCC's t2s), so that names and words can be looked up as stored.
    static bool isTraditional(const QString &text);
    static QString toSimplified(const QString &text);
};

} // namespace rt::core
