// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undoable changes to developments. Each command calls DevelopmentService; the views refresh from the
// database's change notifications, not from the commands. Developments are tracked by uid because a removed
// and restored development gets a new row id.

#include "DevelopmentService.h"
#include "TranslatedCommand.h"

#include <QUndoCommand>

#include <optional>

namespace rt::core {
class Database;
}

namespace rt::ui {

class CreateDevelopmentCommand final : public TranslatedCommand
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

// The first run saves on top of the version the edit started from (after.version): when somebody else saved
// the development in between, it throws Error(Conflict) and writes nothing. After the user has chosen to keep
// their version, the next run saves on top of whatever is stored, and undo then brings back the version it
// wrote over. Later undo and redo steps write over the stored version.
class EditDevelopmentCommand final : public TranslatedCommand
{
public:
    EditDevelopmentCommand(core::Database &db, core::Development before, core::Development after);
    void redo() override;
    void undo() override;
    // What the next redo() (or undo(), when undoing) saves.
    const core::Development &target(bool undoing) const { return undoing ? m_before : m_after; }
    core::Database &database() const { return m_db; }
    // The next redo() or undo() saves over the stored version, once.
    void overwriteNextTime() { m_overwrite = true; }

private:
    void apply(const core::Development &target, bool firstSave);
    core::Database &m_db;
    core::Development m_before;
    core::Development m_after;
    std::optional<core::Development> m_left; // what the last redo() or undo() left stored
    bool m_done = false; // redo has run once
    bool m_overwrite = false;
};

class RemoveDevelopmentCommand final : public TranslatedCommand
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
