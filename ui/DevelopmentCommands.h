#pragma once
// Undoable changes to developments. Each command calls DevelopmentService; the views refresh from the
// database's change notifications, not from the commands. Developments are tracked by uid because a removed
// and restored development gets a new row id.

#include "DevelopmentService.h"

#include <QUndoCommand>

namespace rt::core {
class Database;
}

namespace rt::ui {

class CreateDevelopmentCommand final : public QUndoCommand
{
public:
    CreateDevelopmentCommand(core::Database &db, core::Development development);
    void redo() override;
    void undo() override;
    qint64 developmentId() const { return m_id; }

private:
    core::Database &m_db;
    core::Development m_development;
    core::RemovedDevelopment m_removed;
    qint64 m_id = 0;
    bool m_done = false;
};

class EditDevelopmentCommand final : public QUndoCommand
{
public:
    EditDevelopmentCommand(core::Database &db, core::Development before, core::Development after);
    void redo() override;
    void undo() override;

private:
    void apply(const core::Development &target);
    core::Database &m_db;
    core::Development m_before;
    core::Development m_after;
};

class RemoveDevelopmentCommand final : public QUndoCommand
{
public:
    RemoveDevelopmentCommand(core::Database &db, qint64 id, const QString &title);
    void redo() override;
    void undo() override;

private:
    core::Database &m_db;
    qint64 m_id;
    core::RemovedDevelopment m_removed;
};

} // namespace rt::ui
