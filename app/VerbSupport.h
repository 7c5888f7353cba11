// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every verb of the command line shares: the output streams, the exit codes, failing with a message, the
// options every verb takes (--db, --lang, --help), the interface language, and the counts a verb prints.

#include "BilingualText.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace rt::core {
class Database;
class Translations;
} // namespace rt::core

namespace rt::app {

inline constexpr int exitFailure = 1; // the work failed; the message names the problem
inline constexpr int exitUsage = 2; // the command line is wrong

// Standard output and error, in UTF-8.
QTextStream &out();
QTextStream &err();
// Prints "regtracker: MESSAGE" on standard error and returns code.
int fail(const QString &message, int code = exitFailure);

// A verb's command line: the options every verb takes, and the verb's own added to parser.
class VerbLine final
{
public:
    VerbLine();
    ~VerbLine();
    Q_DISABLE_COPY_MOVE(VerbLine)

    // Parses the process' arguments (the program, the verb, then the options) as if the verb were the
    // program, and installs the interface language. Returns nothing when the verb goes on, else its exit
    // code: a usage error (reported), or 0 after printing --help.
    std::optional<int> parse(const QStringList &arguments);
    // The same for a verb that takes no positional argument: one is a usage error.
    std::optional<int> parseOptionsOnly(const QStringList &arguments);

    QString database() const { return parser.value(m_db); }
    // --db, or else the user's own database: the file the window last opened, or an empty string for the
    // default one's place.
    QString databaseOrOwn() const;
    bool languageSet() const { return parser.isSet(m_lang); }
    QString language() const { return parser.value(m_lang); }
    // The language content is written in: that of the interface.
    core::Language contentLanguage() const;

    QCommandLineParser parser;

private:
    QCommandLineOption m_db;
    QCommandLineOption m_lang;
    std::unique_ptr<core::Translations> m_translations;
};

// {"developments": N, "authorities": N, …}: what stats prints.
QJsonObject countsJson(core::Database &db);

// Runs work and returns its exit code; a core::Error it throws becomes its message and exit code 1.
int reportingErrors(const std::function<int()> &work);
// Runs work on the database at path (a file, a postgresql:// address, or your own when empty). A file that
// does not exist yet is made for it and kept only when work returns 0 and keep is true: a failed command, or
// a dry run, leaves no file behind. Returns what work returned; errors are thrown, not reported.
int onDatabaseOrNew(const QString &path, const std::function<int(core::Database &db)> &work,
                    bool keep = true);
// Opens the database the command line names (your own when none) and runs work on it, reporting errors.
int withDatabase(const VerbLine &line, const std::function<int(core::Database &db)> &work);

} // namespace rt::app
