// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineCalendar.h"

#include "ChecklistReport.h"
#include "Error.h"
#include "Vocabulary.h"

#include <QSaveFile>
#include <QSet>

#include <libical/ical.h>

#include <memory>

namespace rt::reports {

using core::ChecklistRow;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype icalDate(const QDate &date)
{
    icaltimetype result = icaltime_null_date();
    result.year = date.year();
    result.month = date.month();
    result.day = date.day();
    return result;
}

icaltimetype icalUtc(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(time_t(moment.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Rows open for action: applicable, not Done, with a due date. A row listed under several topics counts once.
QList<const ChecklistRow *> openRows(const core::ChecklistReport &report)
{
    QList<const ChecklistRow *> rows;
    QSet<QString> seen;
    for (const core::ChecklistReport::Group &group : report.groups) {
        for (const ChecklistRow &row : group.rows) {
            if (!row.isApplicable() || row.isDone() || !row.assessment.due.isValid()
                || seen.contains(row.obligationUid)) {
                continue;
            }
            seen.insert(row.obligationUid);
            rows.append(&row);
        }
    }
    return rows;
}

icalcomponent *newEvent(const core::ChecklistReport &report, const ChecklistRow &row,
                        const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new_vevent();
    const QString uid = report.company.uid + u'/' + row.obligationUid + QStringLiteral("@regtracker");
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    // All day: DTSTART;VALUE=DATE, and the exclusive end on the next day as calendar programs expect.
    icalcomponent_add_property(event, icalproperty_new_dtstart(icalDate(row.assessment.due)));
    icalcomponent_add_property(event, icalproperty_new_dtend(icalDate(row.assessment.due.addDays(1))));
    icalcomponent_add_property(
        event, icalproperty_new_summary(utf8(row.obligation.preferring(report.language)).constData()));
    const QString owner
        = row.assessment.owner.isEmpty() ? DeadlineCalendar::tr("nobody yet") : row.assessment.owner;
    QStringList description{
        DeadlineCalendar::tr("Company: %1").arg(report.companyName()),
        DeadlineCalendar::tr("Development: %1").arg(row.development.preferring(report.language)),
        DeadlineCalendar::tr("Status: %1").arg(core::Vocabulary::label(row.assessment.status)),
        DeadlineCalendar::tr("Owner: %1").arg(owner),
    };
    if (!report.conversionNote().isEmpty()) {
        description.append(report.conversionNote());
    }
    icalcomponent_add_property(event,
                               icalproperty_new_description(utf8(description.join(u'\n')).constData()));
    // A deadline is a reminder, not time blocked in the day.
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    return event;
}

} // namespace

QString DeadlineCalendar::libraryVersion()
{
    return QString::fromLatin1(ICAL_VERSION);
}

QByteArray DeadlineCalendar::toICalendar(const core::ChecklistReport &report)
{
    return calendar({report}, tr("%1: deadlines").arg(report.companyName()));
}

QByteArray DeadlineCalendar::toICalendar(const QList<core::ChecklistReport> &reports)
{
    return calendar(reports, tr("All companies: deadlines"));
}

QByteArray DeadlineCalendar::calendar(const QList<core::ChecklistReport> &reports, const QString &name)
{
    const Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//RegTracker//RegTracker " RT_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // The name calendar programs show for the imported calendar.
    icalproperty *title = icalproperty_new_x(utf8(name).constData());
    icalproperty_set_x_name(title, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), title);

    for (const core::ChecklistReport &report : reports) {
        const QDateTime generated
            = report.generatedAt.isValid() ? report.generatedAt : QDateTime::currentDateTimeUtc();
        const icaltimetype stamp = icalUtc(generated);
        for (const ChecklistRow *row : openRows(report)) {
            icalcomponent_add_component(calendar.get(), newEvent(report, *row, stamp));
        }
    }

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

void DeadlineCalendar::write(const core::ChecklistReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toICalendar(report)) < 0 || !file.commit()) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace rt::reports
