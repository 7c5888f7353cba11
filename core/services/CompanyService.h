// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The only way companies are written: create, edit, remove (with everything that hangs on them) and restore.
// Reads go through CompanyRepository.
// Each call is one transaction with audit rows and change notifications.

#include "Company.h"
#include "Evidence.h"

#include <QCoreApplication>

namespace rt::core {

class Database;

// What remove() took away, so that restore() can put it back (undo): the company, its assessments and the
// evidence attached to them (with content). Evidence is keyed by obligation uid.
struct RemovedCompany
{
    Company company;
    QList<Assessment> assessments;
    QList<std::pair<QString, Evidence>> evidence;
};

class CompanyService final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::CompanyService)
public:
    explicit CompanyService(Database &db);

    // Problems that stop a company from being saved, as sentences for people; empty when it is fine.
    QStringList problems(const Company &company);

    qint64 create(Company company); // a missing uid is generated from the name
    void update(const Company &company);
    RemovedCompany remove(qint64 id);
    qint64 restore(const RemovedCompany &removed);

private:
    void audit(qint64 id, const Company *before, const Company *after);
    Database &m_db;
};

} // namespace rt::core
