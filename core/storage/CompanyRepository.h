// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads and writes companies (with sectors and regions) and their assessments of obligations: the one place
// that reads companies. CompanyService writes through it.
// Like the other repositories it neither opens transactions nor posts notifications.

#include "Company.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <optional>

namespace rt::core {

class Database;

class CompanyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::CompanyRepository)
public:
    explicit CompanyRepository(Database &db);

    QList<Company> all(); // by English name
    Company company(qint64 id); // throws Error(NotFound)
    // Finds a company by id, uid or (English or Chinese) name; 0 when there is none.
    qint64 find(const QString &idUidOrName);
    qint64 idForUid(const QString &uid);
    // The number of assessments a company has (the question asked before deleting it).
    int assessmentCount(qint64 id);
    // Inserts or updates by uid; returns the row id.
    qint64 upsert(const Company &company);

    QList<Assessment> assessments(qint64 companyId);
    // The columns of an assessments row (alias s) that readAssessment() reads, in its order.
    static QString assessmentColumns();
    // Reads assessmentColumns() from query column `first` on into `a` (all but the uids). Returns false and
    // leaves `a` alone when the row has no assessment (s.id is NULL, as in a LEFT JOIN).
    static bool readAssessment(const QSqlQuery &query, int first, Assessment &a);
    // Inserts or updates the assessment of (company, obligation); returns the row id. One that says the same
    // as the stored one is left alone (no new version); changed says whether a row was written.
    qint64 upsertAssessment(const Assessment &assessment, bool *changed = nullptr);

private:
    Database &m_db;
};

} // namespace rt::core
