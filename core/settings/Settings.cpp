// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace rt::core {

namespace {

// The keys, each spelled once. They are what earlier versions wrote: renaming one forgets the user's choice.
constexpr auto languageKey = "language";
constexpr auto contentKey = "contentLanguage";
constexpr auto chineseScriptKey = "chineseScript";
constexpr auto viewKey = "window/view";
constexpr auto importFilterKey = "import/lastFilter";
constexpr auto lanesKey = "timeline/lanes";
constexpr auto upcomingKey = "timeline/upcoming";
constexpr auto colouringKey = "map/colourBy";
constexpr auto edgesKey = "map/edges";
constexpr auto evidenceLimitKey = "evidence/sizeLimitMB";
constexpr auto recentConnectionsKey = "connections/recent";
constexpr auto recentDatabasesKey = "databases/recent";
constexpr auto backUpOnQuitKey = "backups/onQuit";
constexpr auto backupsToKeepKey = "backups/keep";
constexpr auto redlineLayoutKey = "redline/layout";
constexpr auto redlineLanguagesKey = "redline/languages";
constexpr auto redlineOnlyChangesKey = "redline/onlyChanges";
constexpr auto ownerNameKey = "agenda/me";
constexpr auto isoDatesKey = "dates/isoEverywhere";
constexpr auto horizonKey = "agenda/horizon";
constexpr auto remindersEnabledKey = "reminders/enabled";
constexpr auto trayIconKey = "tray/shown";
constexpr auto keepRunningKey = "tray/keepRunning";

// Reminders are kept per database under a key made of its address (an address holds characters a key cannot).
QString reminderRecordsKey(const QString &database)
{
    return QStringLiteral("reminded/")
        + QString::fromLatin1(QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString key(Settings::Layout layout)
{
    switch (layout) {
    case Settings::Layout::MainWindowGeometry:
        return QStringLiteral("window/geometry");
    case Settings::Layout::MainWindowState:
        return QStringLiteral("window/state");
    case Settings::Layout::Browser:
        return QStringLiteral("window/browser");
    case Settings::Layout::Checklist:
        return QStringLiteral("window/checklist");
    case Settings::Layout::Agenda:
        return QStringLiteral("window/agenda");
    case Settings::Layout::ImportDialogGeometry:
        return QStringLiteral("importDialog/geometry");
    case Settings::Layout::ImportDialogSplitter:
        return QStringLiteral("importDialog/splitter");
    case Settings::Layout::ImportDialogHeader:
        return QStringLiteral("importDialog/header");
    }
    Q_UNREACHABLE();
}

QString key(Settings::Dialog dialog)
{
    switch (dialog) {
    case Settings::Dialog::AddObligations:
        return QStringLiteral("addObligationsDialog/size");
    case Settings::Dialog::Company:
        return QStringLiteral("companyDialog/size");
    case Settings::Dialog::Redline:
        return QStringLiteral("redlineWindow/size");
    case Settings::Dialog::Digest:
        return QStringLiteral("digestDialog/size");
    case Settings::Dialog::Preferences:
        return QStringLiteral("preferencesDialog/size");
    }
    Q_UNREACHABLE();
}

QString key(Settings::Folder folder)
{
    switch (folder) {
    case Settings::Folder::Documents:
        return QStringLiteral("lastDirectory");
    case Settings::Folder::Import:
        return QStringLiteral("import/lastDirectory");
    case Settings::Folder::TimelinePictures:
        return QStringLiteral("timeline/exportDirectory");
    case Settings::Folder::MapPictures:
        return QStringLiteral("map/exportDirectory");
    }
    Q_UNREACHABLE();
}

} // namespace

QString Settings::language() const
{
    return QSettings().value(key(languageKey)).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(key(languageKey), language);
}

QString Settings::contentLanguage(const QString &fallback) const
{
    return QSettings().value(key(contentKey), fallback).toString();
}

void Settings::setContentLanguage(const QString &content)
{
    QSettings().setValue(key(contentKey), content);
}

QString Settings::chineseScript() const
{
    return QSettings().value(key(chineseScriptKey), QStringLiteral("simplified")).toString();
}

void Settings::setChineseScript(const QString &script)
{
    QSettings().setValue(key(chineseScriptKey), script);
}

int Settings::currentView() const
{
    return QSettings().value(key(viewKey), 0).toInt();
}

void Settings::setCurrentView(int index)
{
    QSettings().setValue(key(viewKey), index);
}

QByteArray Settings::layout(Layout layout) const
{
    return QSettings().value(key(layout)).toByteArray();
}

void Settings::setLayout(Layout layout, const QByteArray &state)
{
    QSettings().setValue(key(layout), state);
}

QSize Settings::dialogSize(Dialog dialog, const QSize &fallback) const
{
    return QSettings().value(key(dialog), fallback).toSize();
}

void Settings::setDialogSize(Dialog dialog, const QSize &size)
{
    QSettings().setValue(key(dialog), size);
}

QString Settings::folder(Folder folder) const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fallback;
    switch (folder) {
    case Folder::Documents:
        fallback = documents;
        break;
    case Folder::Import:
        fallback = this->folder(Folder::Documents);
        break;
    case Folder::TimelinePictures:
    case Folder::MapPictures:
        fallback = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        break;
    }
    // A file dialog opened on a folder that does not exist (a fresh home has no Documents) starts in the home
    // folder with the folder's name typed in as a file name: offer the nearest folder that exists instead.
    QString path = QSettings().value(key(folder), fallback).toString();
    while (!path.isEmpty() && !QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    return QFileInfo(path).isDir() ? path : QDir::homePath();
}

void Settings::setFolder(Folder folder, const QString &path)
{
    QSettings().setValue(key(folder), path);
}

int Settings::importFilter() const
{
    return QSettings().value(key(importFilterKey), 0).toInt();
}

void Settings::setImportFilter(int index)
{
    QSettings().setValue(key(importFilterKey), index);
}

QString Settings::timelineLanes() const
{
    return QSettings().value(key(lanesKey)).toString();
}

void Settings::setTimelineLanes(const QString &lanes)
{
    QSettings().setValue(key(lanesKey), lanes);
}

bool Settings::timelineUpcoming() const
{
    return QSettings().value(key(upcomingKey), false).toBool();
}

void Settings::setTimelineUpcoming(bool upcoming)
{
    QSettings().setValue(key(upcomingKey), upcoming);
}

QString Settings::mapColouring() const
{
    return QSettings().value(key(colouringKey), QStringLiteral("kind")).toString();
}

void Settings::setMapColouring(const QString &colouring)
{
    QSettings().setValue(key(colouringKey), colouring);
}

bool Settings::mapEdges() const
{
    return QSettings().value(key(edgesKey), true).toBool();
}

void Settings::setMapEdges(bool shown)
{
    QSettings().setValue(key(edgesKey), shown);
}

int Settings::evidenceSizeLimitMegabytes() const
{
    return QSettings().value(key(evidenceLimitKey), 20).toInt();
}

QStringList Settings::recentConnections() const
{
    return QSettings().value(key(recentConnectionsKey)).toStringList();
}

void Settings::setRecentConnections(const QStringList &addresses)
{
    QSettings().setValue(key(recentConnectionsKey), addresses);
}

QStringList Settings::recentDatabases() const
{
    return QSettings().value(key(recentDatabasesKey)).toStringList();
}

void Settings::rememberDatabase(const QString &address)
{
    QStringList recent = recentDatabases();
    recent.removeAll(address);
    recent.prepend(address);
    QSettings().setValue(key(recentDatabasesKey), recent.mid(0, recentDatabaseLimit));
}

void Settings::forgetDatabase(const QString &address)
{
    QStringList recent = recentDatabases();
    recent.removeAll(address);
    QSettings().setValue(key(recentDatabasesKey), recent);
}

bool Settings::backUpOnQuit() const
{
    return QSettings().value(key(backUpOnQuitKey), true).toBool();
}

void Settings::setBackUpOnQuit(bool enabled)
{
    QSettings().setValue(key(backUpOnQuitKey), enabled);
}

int Settings::backupsToKeep() const
{
    return std::clamp(QSettings().value(key(backupsToKeepKey), 10).toInt(), 1, 365);
}

void Settings::setBackupsToKeep(int count)
{
    QSettings().setValue(key(backupsToKeepKey), std::clamp(count, 1, 365));
}

QString Settings::redlineLayout() const
{
    return QSettings().value(key(redlineLayoutKey), QStringLiteral("side")).toString();
}

void Settings::setRedlineLayout(const QString &layout)
{
    QSettings().setValue(key(redlineLayoutKey), layout);
}

QString Settings::redlineLanguages(const QString &fallback) const
{
    return QSettings().value(key(redlineLanguagesKey), fallback).toString();
}

void Settings::setRedlineLanguages(const QString &languages)
{
    QSettings().setValue(key(redlineLanguagesKey), languages);
}

bool Settings::redlineOnlyChanges() const
{
    return QSettings().value(key(redlineOnlyChangesKey), false).toBool();
}

void Settings::setRedlineOnlyChanges(bool only)
{
    QSettings().setValue(key(redlineOnlyChangesKey), only);
}

bool Settings::isoDatesEverywhere() const
{
    return QSettings().value(key(isoDatesKey), false).toBool();
}

void Settings::setIsoDatesEverywhere(bool iso)
{
    QSettings().setValue(key(isoDatesKey), iso);
}

QString Settings::ownerName() const
{
    return QSettings().value(key(ownerNameKey)).toString();
}

void Settings::setOwnerName(const QString &name)
{
    QSettings().setValue(key(ownerNameKey), name.trimmed());
}

bool Settings::remindersEnabled() const
{
    return QSettings().value(key(remindersEnabledKey), true).toBool();
}

void Settings::setRemindersEnabled(bool enabled)
{
    QSettings().setValue(key(remindersEnabledKey), enabled);
}

bool Settings::trayIcon() const
{
    return QSettings().value(key(trayIconKey), false).toBool();
}

void Settings::setTrayIcon(bool shown)
{
    QSettings().setValue(key(trayIconKey), shown);
}

bool Settings::keepRunningInTray() const
{
    return QSettings().value(key(keepRunningKey), true).toBool();
}

void Settings::setKeepRunningInTray(bool keep)
{
    QSettings().setValue(key(keepRunningKey), keep);
}

int Settings::agendaHorizon() const
{
    return QSettings().value(key(horizonKey), 30).toInt();
}

void Settings::setAgendaHorizon(int days)
{
    QSettings().setValue(key(horizonKey), days);
}

QList<Settings::Reminder> Settings::reminders(const QString &database) const
{
    // One line per item: uid, due date, reminded on, overdue (0/1), snoozed until; dates in ISO form.
    QList<Reminder> result;
    const QStringList lines = QSettings().value(reminderRecordsKey(database)).toStringList();
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 5 || fields.at(0).isEmpty()) {
            continue;
        }
        result.append({fields.at(0), QDate::fromString(fields.at(1), Qt::ISODate),
                       QDate::fromString(fields.at(2), Qt::ISODate), fields.at(3) == u"1",
                       QDate::fromString(fields.at(4), Qt::ISODate)});
    }
    return result;
}

void Settings::setReminders(const QString &database, const QList<Reminder> &reminders)
{
    QStringList lines;
    for (const Reminder &r : reminders) {
        lines.append(QStringList{r.item, r.due.toString(Qt::ISODate), r.remindedOn.toString(Qt::ISODate),
                                 r.overdue ? QStringLiteral("1") : QStringLiteral("0"),
                                 r.snoozedUntil.toString(Qt::ISODate)}
                         .join(u'\t'));
    }
    QSettings settings;
    if (lines.isEmpty()) {
        settings.remove(reminderRecordsKey(database));
    } else {
        settings.setValue(reminderRecordsKey(database), lines);
    }
}

} // namespace rt::core
