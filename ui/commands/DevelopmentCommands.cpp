// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentCommands.h"

#include "AuthorityRepository.h"
#include "Database.h"
#include "DevelopmentRepository.h"
#include "Error.h"

#include <QCoreApplication>

#include <utility>

namespace rt::ui {

namespace {

// The stored development with this uid (its current id and version), or the given one when it is gone.
core::Development current(core::Database &db, const core::Development &development)
{
    core::AuthorityRepository reference(db);
    core::DevelopmentRepository repository(db, reference);
    const qint64 id = repository.idForUid(development.uid);
    if (const auto stored = repository.load(id)) {
        return *stored;
    }
    return development;
}

QString shortTitle(const core::Development &d)
{
    QString title = d.title.preferring(core::Language::English);
    if (title.size() > 40) {
        title = title.left(39) + QStringLiteral("…");
    }
    return title;
}

} // namespace

CreateDevelopmentCommand::CreateDevelopmentCommand(core::Database &db, core::Development development)
    : m_db(db)
    , m_development(std::move(development))
{
    setName([title = shortTitle(m_development)] {
        return QCoreApplication::translate("rt::ui::DevelopmentCommands", "Create “%1”").arg(title);
    });
}

void CreateDevelopmentCommand::redo()
{
    core::DevelopmentService service(m_db);
    if (!m_done) {
        m_id = service.create(m_development);
        m_development = current(m_db, m_development); // now with its uid and obligation uids
        m_done = true;
    } else {
        m_id = service.restore(m_removed);
    }
}

void CreateDevelopmentCommand::undo()
{
    core::DevelopmentService service(m_db);
    m_removed = service.remove(current(m_db, m_development).id);
}

EditDevelopmentCommand::EditDevelopmentCommand(core::Database &db, core::Development before,
                                               core::Development after)
    : m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setName([title = shortTitle(m_after)] {
        return QCoreApplication::translate("rt::ui::DevelopmentCommands", "Edit “%1”").arg(title);
    });
}

void EditDevelopmentCommand::apply(const core::Development &target, bool firstSave)
{
    const bool overwrite = std::exchange(m_overwrite, false);
    const core::Development stored = current(m_db, target);
    // Undo and redo save what this step had, which is only right while the development still says what this
    // step left: a colleague's save since then is a conflict like a stale first save.
    if (!firstSave && !overwrite && m_left && !core::DevelopmentService::sameContent(stored, *m_left)) {
        throw core::Error(
            core::Error::Code::Conflict,
            QCoreApplication::translate("rt::ui::DevelopmentCommands",
                                        "Somebody else changed this development after this step "
                                        "(version %1 is stored).")
                .arg(stored.version));
    }
    core::Development next = target;
    next.id = stored.id;
    if (!firstSave || overwrite) {
        next.version = stored.version; // the version check in the update still catches a save right now
    }
    core::DevelopmentService(m_db).update(next);
    m_left = current(m_db, next);
}

void EditDevelopmentCommand::redo()
{
    if (!m_done && m_overwrite) {
        // The user chose to write over somebody else's save: undo then brings back their version.
        m_before = current(m_db, m_before);
    }
    apply(m_after, !m_done);
    m_done = true;
}

void EditDevelopmentCommand::undo()
{
    apply(m_before, false);
}

RemoveDevelopmentCommand::RemoveDevelopmentCommand(core::Database &db, qint64 id, const QString &title)
    : m_db(db)
    , m_id(id)
{
    setName([title] {
        return QCoreApplication::translate("rt::ui::DevelopmentCommands", "Delete “%1”").arg(title);
    });
}

void RemoveDevelopmentCommand::redo()
{
    const qint64 id = m_removed.development.uid.isEmpty() ? m_id : current(m_db, m_removed.development).id;
    m_removed = core::DevelopmentService(m_db).remove(id);
}

void RemoveDevelopmentCommand::undo()
{
    m_id = core::DevelopmentService(m_db).restore(m_removed);
}

} // namespace rt::ui
