// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopedTransaction.h"

#include "Database.h"

namespace rt::core {

ScopedTransaction::ScopedTransaction(Database &db, Inner inner)
    : m_db(db)
{
    m_db.begin(inner == Inner::Join);
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_done) {
        m_db.rollback();
    }
}

void ScopedTransaction::commit()
{
    m_db.commit();
    m_done = true;
}

} // namespace rt::core
