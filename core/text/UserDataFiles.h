// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What users add to the lists RegTracker ships, without rebuilding it: files of the same names and formats in
// the user data folder (its "lists" folder, under the application's data location) are read after the
// built-in ones and merged over them — glossary.tsv and related.tsv (search), authority-catalogue.tsv (the
// authorities and aliases import recognises) and topic-keywords.tsv (the topics import proposes). A user's
// file with a bad line is left out as a whole; the problem, naming the file and the line, is kept here for
// the window and the command line to show.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt::core {

// One file's text and the name its problems are reported under (the file name of a built-in list, the whole
// path of a user's file).
struct DataFile
{
    QString text;
    QString origin;
};

class UserDataFiles final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::UserDataFiles)
public:
    // The folder the user's lists are read from.
    static QString folder();
    // The built-in list compiled in at resources/<resource> (":/glossary/glossary.tsv") and, after it, the
    // user's file of the same name in `userFolder` when there is one. A user's file that cannot be read or is
    // not UTF-8 text is left out, and noted.
    static QList<DataFile> withUserFile(const QString &resource, const QString &userFolder = folder());
    // Notes that a user's file was left out, and why (a message naming the file, and the line when there is
    // one); every problem is noted once.
    static void noteLeftOut(const QString &why);
    // The problems noted so far, oldest first.
    static QStringList problems();
};

} // namespace rt::core
