// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One unit of work. Rolls back unless commit() was called, so an exception leaves the database as it was.
// Nested scopes become savepoints: an inner failure undoes only the inner work, and change notifications are
// delivered once, when the outermost scope commits.
//
// A scope made with Inner::Join takes the scopes opened inside it into itself instead: they take no
// savepoint, and one that fails fails the whole (it can then only roll back: commit() throws). For long
// all-or-nothing work, such as an import, where a savepoint per record costs more than the record: SQLite's
// full-text index writes the terms it holds to disk at every savepoint.

namespace rt::core {

class Database;

class ScopedTransaction final
{
public:
    enum class Inner { Savepoints, Join };

    explicit ScopedTransaction(Database &db, Inner inner = Inner::Savepoints);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace rt::core
