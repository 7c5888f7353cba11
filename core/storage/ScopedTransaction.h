// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One unit of work. Rolls back unless commit() was called, so an exception leaves the database as it was.
// Nested scopes become savepoints: an inner failure undoes only the inner work, and change notifications are
// delivered once, when the outermost scope commits.

namespace rt::core {

class Database;

class ScopedTransaction final
{
public:
    explicit ScopedTransaction(Database &db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace rt::core
