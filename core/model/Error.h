// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one exception type core throws. Its message is translated, names the problem and is fit to show to a
// user as it is; callers at the edge (command line, dialogs) catch it, and ScopedTransaction guarantees that
// nothing was written when it escapes a service.

#include <QByteArray>
#include <QString>

#include <exception>

namespace rt::core {

class Error : public std::exception
{
public:
    enum class Code {
        Failed, // the database refused an operation
        NotFound, // a file or record that should exist does not
        NewerSchema, // the database was written by a newer RegTracker
        Unreadable, // not a database, or not one of ours
        InvalidInput, // input that breaks the rules (import files, forms)
        Conflict, // someone else changed the record first
        PasswordRequired, // the server wants a password, and none (or a wrong one) was given
    };

    Error(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Code m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace rt::core
