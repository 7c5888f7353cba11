// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyCommands.h"

#include "CompanyRepository.h"
#include "Database.h"
#include "Error.h"

#include <QCoreApplication>

namespace rt::ui {

namespace {

// The stored company with this uid (its current id), or the given one when it is gone.
core::Company current(core::Database &db, const core::Company &company)
{
    if (!company.uid.isEmpty()) {
        for (const core::Company &stored : core::CompanyRepository(db).all()) {
            if (stored.uid == company.uid) {
                return stored;
            }
        }
    }
    return company;
}

QString shortName(const core::Company &c)
{
    QString name = c.name.preferring(core::Language::English);
    if (name.size() > 40) {
        name = name.left(39) + QStringLiteral("…");
    }
    return name;
}

} // namespace

CreateCompanyCommand::CreateCompanyCommand(core::Database &db, core::Company company)
    : m_db(db)
    , m_company(std::move(company))
{
    setName([name = shortName(m_company)] {
        return QCoreApplication::translate("rt::ui::CompanyCommands", "Create company “%1”").arg(name);
    });
}

void CreateCompanyCommand::redo()
{
    core::CompanyService service(m_db);
    if (!m_done) {
        m_id = service.create(m_company);
        m_company = core::CompanyRepository(m_db).company(m_id); // now with its uid
        m_done = true;
    } else {
        m_id = service.restore(m_removed);
    }
}

void CreateCompanyCommand::undo()
{
    m_removed = core::CompanyService(m_db).remove(current(m_db, m_company).id);
}

EditCompanyCommand::EditCompanyCommand(core::Database &db, core::Company before, core::Company after)
    : m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setName([name = shortName(m_after)] {
        return QCoreApplication::translate("rt::ui::CompanyCommands", "Edit company “%1”").arg(name);
    });
}

void EditCompanyCommand::apply(const core::Company &target)
{
    core::Company next = target;
    next.id = current(m_db, target).id;
    core::CompanyService(m_db).update(next);
}

void EditCompanyCommand::redo()
{
    apply(m_after);
}

void EditCompanyCommand::undo()
{
    apply(m_before);
}

RemoveCompanyCommand::RemoveCompanyCommand(core::Database &db, qint64 id)
    : m_db(db)
    , m_id(id)
{
    QString name;
    try {
        name = shortName(core::CompanyRepository(m_db).company(id));
    } catch (const core::Error &) {
        name = QString::number(id); // redo() reports the missing company
    }
    setName([name] {
        return QCoreApplication::translate("rt::ui::CompanyCommands", "Delete company “%1”").arg(name);
    });
}

void RemoveCompanyCommand::redo()
{
    const qint64 id = m_removed.company.uid.isEmpty() ? m_id : current(m_db, m_removed.company).id;
    m_removed = core::CompanyService(m_db).remove(id);
    m_id = id;
}

void RemoveCompanyCommand::undo()
{
    m_id = core::CompanyService(m_db).restore(m_removed);
}

} // namespace rt::ui
