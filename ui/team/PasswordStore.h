// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Passwords of team databases in the system keychain (the Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager), never in settings files. Each password is filed under the service "RegTracker" and the
// database address without its password (DatabaseAddress::toString()).
//
// The calls wait for the keychain, with the event loop running, and give up after a few seconds: a desktop
// without a keychain (or without a session bus, as in tests) reads as "nothing stored" and fails to store.

#include <QCoreApplication>
#include <QString>

namespace rt::ui {

class PasswordStore final
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::PasswordStore)
public:
    static QString serviceName() { return QStringLiteral("RegTracker"); }

    // The stored password, or an empty string when none is stored or the keychain cannot be reached.
    static QString read(const QString &key);
    // False (with the keychain's reason in *error) when the password could not be stored.
    static bool write(const QString &key, const QString &password, QString *error = nullptr);
    static bool remove(const QString &key);
};

} // namespace rt::ui
