// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Connect to team database…": the address of a RegTracker database on a PostgreSQL server (host, port,
// database, user, TLS mode), a password that may be kept in the system keychain, and the connections used
// before. Test connection and OK try the address in a worker thread, so a server that does not answer never
// freezes the window; Cancel stops waiting. What the attempt found — the schema version and the user's role,
// or why it failed — shows in the dialog.
//
// The password lives only in memory, in the keychain when the user asks for it, and in the environment of the
// RegTracker process that opens the database: never in settings, never on a command line.

#include "DatabaseAddress.h"
#include "TeamRoles.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace rt::ui {

class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The address the fields describe, with the password typed (if any).
    core::DatabaseAddress address() const;
    // Fills the fields from an address (a password in it fills the password field).
    void setAddress(const core::DatabaseAddress &address);
    bool rememberPassword() const;

    // Whether an attempt is running, and what the last one found out: the text the dialog shows, and the
    // address that worked (with the password it took) after a successful attempt.
    bool isBusy() const { return m_attempt.has_value(); }
    bool lastAttemptSucceeded() const { return m_outcome && m_outcome->succeeded; }
    QString message() const;
    core::DatabaseAddress connectedAddress() const { return m_tried; }
    // Shows an error as a failed attempt does (screenshots).
    void showError(const QString &message);

    // Tries the address in a worker thread; attemptFinished() tells the result. OK does the same, and closes
    // the dialog when the attempt succeeds.
    void testConnection();
    // Stops waiting for the running attempt: its result, when it comes, is ignored.
    void cancelAttempt();

    // Recent connections, newest first: addresses without passwords, from the settings.
    static QStringList recentConnections();
    static void rememberConnection(const core::DatabaseAddress &address);

    // Opens the address in a new RegTracker window (process) of its own. A password travels only in that
    // process's environment. False when the process could not be started.
    static bool openInNewProcess(const core::DatabaseAddress &address);
    // Asks for the password of a team database that wants one; std::nullopt when the user cancels.
    // `refused` says that the password tried before was not accepted.
    static std::optional<QString> askPassword(const core::DatabaseAddress &address, bool refused,
                                              QWidget *parent = nullptr);
    // "viewer", "editor", "administrator", in the interface language.
    static QString roleName(core::TeamRoles::Role role);

Q_SIGNALS:
    void attemptFinished(bool succeeded);

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool succeeded = false;
        QString error;
        int schemaVersion = 0;
        core::TeamRoles::Role role = core::TeamRoles::Role::Viewer;
    };
    void start(bool acceptWhenDone);
    void finish(const Outcome &outcome);
    void setBusy(bool busy);
    void fillFromRecent(int index);
    void reloadRecent();
    void updateButtons();
    void retranslate();
    // The address to try: the fields, and a password from the keychain when none was typed.
    core::DatabaseAddress attemptAddress() const;

    QLabel *m_recentLabel = nullptr;
    QComboBox *m_recent = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr; // progress and success
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_watchdog = nullptr;

    // The running attempt: a number of its own, so that the answer of one the user stopped waiting for is
    // recognised and dropped; and whether OK started it.
    struct Running
    {
        int number = 0;
        bool acceptWhenDone = false;
    };
    std::optional<Running> m_attempt;
    int m_attempts = 0;
    std::optional<Outcome> m_outcome;
    core::DatabaseAddress m_tried;
};

} // namespace rt::ui
