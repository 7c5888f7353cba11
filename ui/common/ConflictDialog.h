// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asked when a write fails because somebody else saved the same record first (a checklist row, a
// development). It shows both versions side by side, only the fields that differ, and the user either takes
// the stored version (their own change is dropped; the views already show the stored one) or keeps their own
// by writing it over the stored one. Nothing is overwritten silently.

#include <QDateTime>
#include <QDialog>

namespace rt::core {
struct Assessment;
struct Development;
class ReferenceNames;
} // namespace rt::core

namespace rt::ui {

class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Reload, Overwrite };

    // One field that differs, both values as the user reads them.
    struct Row
    {
        QString field;
        QString mine;
        QString theirs;

        friend bool operator==(const Row &, const Row &) = default;
    };

    // What the stored version looks like next to the user's: the differing fields and who saved it last.
    struct Versions
    {
        QList<Row> rows;
        QString changedBy;
        QDateTime changedAt;
    };

    // detail: what the service said (versions, who changed the record last), shown above the table.
    ConflictDialog(const QString &detail, const Versions &versions, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    static Choice ask(const QString &detail, const Versions &versions, QWidget *parent);

    // The fields of two versions that differ, labelled in the interface language. Fields only the database
    // keeps (ids, versions, who changed it) are not compared. With names, authorities and topics read as
    // names in the interface language, else as their codes.
    static QList<Row> differences(const core::Assessment &mine, const core::Assessment &theirs);
    static QList<Row> differences(const core::Development &mine, const core::Development &theirs,
                                  const core::ReferenceNames *names = nullptr);

private:
    Choice m_choice = Choice::Reload;
};

} // namespace rt::ui
