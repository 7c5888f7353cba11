// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undoable changes to companies. Each command calls CompanyService; the views refresh from the database's
// change notifications, not from the commands. Companies are tracked by uid because a removed and restored
// company gets a new row id. Removing a company takes its assessments and their evidence with it, and undo
// puts all of it back.

#include "CompanyService.h"
#include "TranslatedCommand.h"

#include <QUndoCommand>

namespace rt::core {
class Database;
}

namespace rt::ui {

class CreateCompanyCommand final : public TranslatedCommand
{
public:
    CreateCompanyCommand(core::Database &db, core::Company company);
    void redo() override;
    void undo() override;
    qint64 companyId() const { return m_id; }

private:
    core::Database &m_db;
    core::Company m_company;
    core::RemovedCompany m_removed;
    qint64 m_id = 0;
    bool m_done = false;
};

class EditCompanyCommand final : public TranslatedCommand
{
public:
    EditCompanyCommand(core::Database &db, core::Company before, core::Company after);
    void redo() override;
    void undo() override;

private:
    void apply(const core::Company &target);
    core::Database &m_db;
    core::Company m_before;
    core::Company m_after;
};

class RemoveCompanyCommand final : public TranslatedCommand
{
public:
    RemoveCompanyCommand(core::Database &db, qint64 id);
    void redo() override;
    void undo() override;
    // The company's current id: the one removed, or the one it got back on undo.
    qint64 companyId() const { return m_id; }

private:
    core::Database &m_db;
    qint64 m_id;
    core::RemovedCompany m_removed;
};

} // namespace rt::ui
