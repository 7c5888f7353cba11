// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "What changed since last week" for one company: every audit entry of its checklist rows since a date,
// newest first (when, who, obligation, field, old → new). It follows the database's change notifications
// while it is open; activating an entry asks the checklist to show that row.
//
// The field and value wording is shared with the history tab of the assessment editor.

#include "AssessmentService.h"
#include "BilingualText.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace rt::core {
class Database;
}

namespace rt::ui {

class ChangesSinceDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangesSinceDialog(core::Database &db, qint64 companyId, const QString &companyName,
                       core::Language language, QWidget *parent = nullptr);

    void setSince(const QDate &since);
    int changeCount() const;

    // People's words for an audited field of an assessment ("status" → "Status") and for one of its values
    // (a status key → its label; an empty value → "—").
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QString &value);
    static QString changeText(const core::AuditEntry &entry); // "old → new"

Q_SIGNALS:
    void rowRequested(const rt::core::AssessmentKey &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    core::Database &m_db;
    qint64 m_companyId;
    QString m_companyName;
    core::Language m_language;
    QList<core::AssessmentChange> m_changes;
    QLabel *m_sinceLabel = nullptr;
    QDateEdit *m_since = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace rt::ui
