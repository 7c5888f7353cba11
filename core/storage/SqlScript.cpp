// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

namespace rt::core::SqlScript {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList split(QStringView script)
{
    QStringList statements;
    QString current;
    // Inside CREATE TRIGGER, ';' ends a statement only at block depth 0 (BEGIN/CASE open, END closes).
    bool inTrigger = false;
    int blockDepth = 0;
    int wordsSeen = 0;

    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty()) {
            statements.append(statement);
        }
        current.clear();
        inTrigger = false;
        blockDepth = 0;
        wordsSeen = 0;
    };

    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (c == u'-' && next == u'-') { // line comment: dropped
            while (i < n && script[i] != u'\n') {
                ++i;
            }
            continue;
        }
        if (c == u'/' && next == u'*') { // block comment: dropped
            const qsizetype end = script.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted literal or identifier; doubled quote escapes
            const qsizetype start = i++;
            while (i < n) {
                if (script[i] == c) {
                    if (i + 1 < n && script[i + 1] == c) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            current.append(script.mid(start, i - start));
            continue;
        }
        if (c == u'$') { // PostgreSQL dollar quoting: $tag$ … $tag$
            qsizetype j = i + 1;
            while (j < n && isWordChar(script[j])) {
                ++j;
            }
            if (j < n && script[j] == u'$') {
                const QStringView tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current.append(script.mid(i, stop - i));
                i = stop;
                continue;
            }
        }
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(script[i])) {
                ++i;
            }
            const QStringView word = script.mid(start, i - start);
            ++wordsSeen;
            if (wordsSeen <= 3 && word.compare(u"TRIGGER", Qt::CaseInsensitive) == 0
                && current.trimmed().startsWith(u"CREATE", Qt::CaseInsensitive)) {
                inTrigger = true;
            } else if (inTrigger) {
                if (word.compare(u"BEGIN", Qt::CaseInsensitive) == 0
                    || word.compare(u"CASE", Qt::CaseInsensitive) == 0) {
                    ++blockDepth;
                } else if (word.compare(u"END", Qt::CaseInsensitive) == 0 && blockDepth > 0) {
                    --blockDepth;
                }
            }
            current.append(word);
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            finish();
            ++i;
            continue;
        }
        current.append(c);
        ++i;
    }
    finish();
    return statements;
}

} // namespace rt::core::SqlScript
