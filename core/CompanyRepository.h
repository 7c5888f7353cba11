#pragma once
// Reads and writes companies (with sectors and regions) and their assessments of obligations.
// Like the other repositories it neither opens transactions nor posts notifications.

#include "Company.h"

#include <QCoreApplication>
#include <optional>

namespace rt::core {

class AuthorityRepository;
class Database;

class CompanyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::CompanyRepository)
public:
    CompanyRepository(Database &db, AuthorityRepository &reference);

    QList<Company> all();
    qint64 idForUid(const QString &uid);
    // Inserts or updates by uid; returns the row id.
    qint64 upsert(const Company &company);

    QList<Assessment> assessments(qint64 companyId);
    // Inserts or updates the assessment of (company, obligation); returns the row id.
    qint64 upsertAssessment(const Assessment &assessment);

private:
    Database &m_db;
    AuthorityRepository &m_reference;
};

} // namespace rt::core
