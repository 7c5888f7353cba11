// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every setting RegTracker remembers between runs, each behind a typed accessor that states its default: the
// one place that names a settings key or touches QSettings. It reads and writes the platform's settings store
// for the application's organisation and name at once, so windows and the command line see each other's
// choices. A value class with no state of its own: make one where a setting is read or written.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace rt::core {

class Settings final
{
public:
    // Folders that file dialogs start in: the one the user last chose for that purpose.
    enum class Folder {
        Documents, // evidence, reports, exports: the user's documents at first
        Import, // files to import: the documents folder (or the last one used for documents) at first
        TimelinePictures, // exported timeline pictures: the user's pictures at first
        MapPictures, // exported authority maps: the user's pictures at first
    };
    // Saved geometry and state of windows, splitters and table headers (what saveState() returns).
    enum class Layout {
        MainWindowGeometry,
        MainWindowState,
        Browser,
        Checklist,
        Agenda,
        ImportDialogGeometry,
        ImportDialogSplitter,
        ImportDialogHeader,
    };
    // Dialogs whose size is remembered.
    enum class Dialog { AddObligations, Company, Redline, Digest, Preferences };
    // What the reminders remember of one item of one database, so that a reminder never comes twice on a day,
    // also across restarts.
    struct Reminder
    {
        QString item; // AgendaItem::uid()
        QDate due; // the due date it was reminded of (a new due date is a new reminder)
        QDate remindedOn;
        bool overdue = false; // reminded of it as overdue (else as due)
        QDate snoozedUntil; // invalid: not snoozed

        friend bool operator==(const Reminder &, const Reminder &) = default;
    };

    // The interface language ("en", "zh_CN"); empty when the user never chose one (follow the system).
    QString language() const;
    void setLanguage(const QString &language);
    // How content is shown: "en", "zh" or "both"; fallback when never chosen.
    QString contentLanguage(const QString &fallback) const;
    void setContentLanguage(const QString &content);
    // How Chinese content is shown, and how reports and exports write it: "simplified" (as stored, the
    // default), "tw" or "hk" (converted to Traditional characters of that standard).
    QString chineseScript() const;
    void setChineseScript(const QString &script);

    // The main window's tab in front.
    int currentView() const;
    void setCurrentView(int index);
    QByteArray layout(Layout layout) const; // empty when never saved
    void setLayout(Layout layout, const QByteArray &state);
    QSize dialogSize(Dialog dialog, const QSize &fallback = {}) const;
    void setDialogSize(Dialog dialog, const QSize &size);

    QString folder(Folder folder) const;
    void setFolder(Folder folder, const QString &path);
    // The import dialog's file type filter, by its position in the list (it survives a change of language).
    int importFilter() const;
    void setImportFilter(int index);

    // The timeline's lanes ("level", "authority", "topic", "kind"; empty: never chosen) and upcoming mode.
    QString timelineLanes() const;
    void setTimelineLanes(const QString &lanes);
    bool timelineUpcoming() const;
    void setTimelineUpcoming(bool upcoming);
    // The authority map's colouring ("kind" or "stage") and whether it draws edges.
    QString mapColouring() const;
    void setMapColouring(const QString &colouring);
    bool mapEdges() const;
    void setMapEdges(bool shown);

    // The redline: versions "side" by side or "inline"; languages "en", "zh" or "both" (fallback when never
    // chosen); whether unchanged obligations are left out.
    QString redlineLayout() const;
    void setRedlineLayout(const QString &layout);
    QString redlineLanguages(const QString &fallback) const;
    void setRedlineLanguages(const QString &languages);
    bool redlineOnlyChanges() const;
    void setRedlineOnlyChanges(bool only);

    // The largest evidence file that may be attached, in megabytes.
    int evidenceSizeLimitMegabytes() const;

    // Team databases connected to, most recent first, as addresses without passwords.
    QStringList recentConnections() const;
    void setRecentConnections(const QStringList &addresses);

    // Databases opened in the window, most recent first (files and team database addresses without
    // passwords); the first is the one a start reopens. At most recentDatabaseLimit.
    static constexpr int recentDatabaseLimit = 10;
    QStringList recentDatabases() const;
    // Puts address first, keeping the list short.
    void rememberDatabase(const QString &address);
    void forgetDatabase(const QString &address);

    // Rolling backups of a database file: made on quit, at most once a day, unless switched off; how many to
    // keep.
    bool backUpOnQuit() const;
    void setBackUpOnQuit(bool enabled);
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // Dates in sentences, tooltips and messages as ISO dates (2025-08-15), as tables write them, instead of
    // the interface language's long form (off unless switched on).
    bool isoDatesEverywhere() const;
    void setIsoDatesEverywhere(bool iso);

    // The name the user goes by as the owner of checklist rows ("mine" in the agenda, reminders); empty: the
    // database's user.
    QString ownerName() const;
    void setOwnerName(const QString &name);
    // Desktop notifications when the user's rows fall due or become overdue (on unless switched off).
    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);
    // An icon in the system tray with the overdue count (off unless switched on), and whether closing the
    // window then leaves RegTracker running there.
    bool trayIcon() const;
    void setTrayIcon(bool shown);
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);
    // The agenda's horizon in days ahead (negative: everything ahead).
    int agendaHorizon() const;
    void setAgendaHorizon(int days);
    // The reminders of one database (its address), remembered per user on this computer.
    QList<Reminder> reminders(const QString &database) const;
    void setReminders(const QString &database, const QList<Reminder> &reminders);
};

} // namespace rt::core
