// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectDialog.h"

#include "Database.h"
#include "Error.h"
#include "FormSupport.h"
#include "PasswordStore.h"
#include "Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace rt::ui {

namespace {

constexpr int recentLimit = 10;
const QString passwordVariable = QStringLiteral("PGPASSWORD");

// libpq's TLS modes, in its order; the dialog shows them in words.
const QStringList &tlsModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

const QString defaultTlsMode = QStringLiteral("prefer"); // libpq's own default

QString systemUserName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));

    m_recentLabel = new QLabel(this);
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(30);
    m_recentLabel->setBuddy(m_recent);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tlsMode"));
    for (const QString &mode : tlsModes()) {
        m_tls->addItem(QString(), mode);
    }
    m_tls->setCurrentIndex(int(tlsModes().indexOf(defaultTlsMode)));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));

    m_form = new QFormLayout;
    m_form->addRow(m_recentLabel, m_recent);
    // Labelled in retranslate().
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_tls, m_password}) {
        m_form->addRow(new QLabel(this), field);
    }
    m_form->addRow(QString(), m_remember);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0); // "working", without a fraction done
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->setVisible(false);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 4);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error = createProblemsLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_busy);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_buttons);

    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        const int seconds = m_tried.connectTimeoutSeconds;
        cancelAttempt();
        showError(tr("The server did not answer within %n second(s). Check the host name and port, the "
                     "network, and that the server is running.",
                     nullptr, seconds));
    });

    connect(m_recent, &QComboBox::activated, this, &ConnectDialog::fillFromRecent);
    for (QLineEdit *edit : {m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    }

    retranslate();
    reloadRecent();
    if (m_recent->count() > 1) {
        fillFromRecent(1);
    } else {
        m_user->setText(systemUserName());
    }
    updateButtons();
}

ConnectDialog::~ConnectDialog() = default;

core::DatabaseAddress ConnectDialog::address() const
{
    core::DatabaseAddress address;
    address.engine = core::DatabaseAddress::Engine::PostgreSQL;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    const QString mode = m_tls->currentData().toString();
    address.sslMode = mode == defaultTlsMode ? QString() : mode;
    return address;
}

void ConnectDialog::setAddress(const core::DatabaseAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    const int tls = int(tlsModes().indexOf(address.sslMode.isEmpty() ? defaultTlsMode : address.sslMode));
    m_tls->setCurrentIndex(qMax(0, tls));
    updateButtons();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ConnectDialog::message() const
{
    return m_error->isHidden() ? m_result->text() : m_error->text();
}

void ConnectDialog::showError(const QString &message)
{
    Outcome outcome;
    outcome.error = message;
    m_outcome = outcome;
    retranslate();
}

void ConnectDialog::testConnection()
{
    start(false);
}

void ConnectDialog::accept()
{
    if (isBusy()) {
        return;
    }
    start(true);
}

void ConnectDialog::reject()
{
    if (isBusy()) {
        cancelAttempt();
        m_error->setVisible(false);
        m_result->setVisible(true);
        m_result->setText(tr("Stopped waiting for the server."));
        return;
    }
    QDialog::reject();
}

void ConnectDialog::cancelAttempt()
{
    m_attempt.reset();
    setBusy(false);
}

core::DatabaseAddress ConnectDialog::attemptAddress() const
{
    core::DatabaseAddress tried = address();
    if (tried.password.isEmpty() && qEnvironmentVariableIsEmpty(passwordVariable.toLatin1().constData())) {
        tried.password = PasswordStore::read(tried.toString());
    }
    return tried;
}

void ConnectDialog::start(bool acceptWhenDone)
{
    if (isBusy()) {
        return;
    }
    m_tried = attemptAddress();
    m_attempt = Running{++m_attempts, acceptWhenDone};
    m_outcome.reset();
    setBusy(true);
    m_error->setVisible(false);
    m_result->setVisible(true);
    m_result->setText(tr("Connecting to %1…").arg(m_tried.displayName()));

    // The worker owns its connection from start to end (a connection belongs to the thread that opened it);
    // the dialog only reads the outcome, and only if it still waits for this attempt.
    auto outcome = std::make_shared<Outcome>();
    const core::DatabaseAddress tried = m_tried;
    QThread *worker = QThread::create([tried, outcome] {
        try {
            auto db = core::Database::open(tried, core::Database::OpenMode::ExistingOnly);
            outcome->schemaVersion = db->schemaVersion();
            outcome->role = core::TeamRoles::currentRole(*db);
            outcome->succeeded = true;
        } catch (const core::Error &error) {
            outcome->error = error.message();
        } catch (const std::exception &error) {
            outcome->error = QString::fromLocal8Bit(error.what());
        }
    });
    const int number = m_attempt->number;
    connect(worker, &QThread::finished, this, [this, outcome, number] {
        if (m_attempt && m_attempt->number == number) {
            finish(*outcome);
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    // libpq gives up after the connect timeout; the watchdog covers whatever comes after (a lock, a slow
    // migration) so that the dialog never waits forever.
    m_watchdog->start((m_tried.connectTimeoutSeconds + 20) * 1000);
    worker->start();
}

void ConnectDialog::finish(const Outcome &outcome)
{
    const bool acceptWhenDone = m_attempt && m_attempt->acceptWhenDone;
    m_attempt.reset();
    setBusy(false);
    m_outcome = outcome;
    retranslate();
    Q_EMIT attemptFinished(outcome.succeeded);
    if (!outcome.succeeded || !acceptWhenDone) {
        return;
    }
    rememberConnection(m_tried);
    const QString typed = m_password->text();
    if (!typed.isEmpty()) {
        const QString key = m_tried.toString();
        QString error;
        if (m_remember->isChecked() && !PasswordStore::write(key, typed, &error)) {
            QMessageBox::warning(this, tr("Password not remembered"),
                                 tr("The password could not be stored in the system keychain: %1\nRegTracker "
                                    "will ask for it when it opens this database again.")
                                     .arg(error));
        } else if (!m_remember->isChecked()) {
            PasswordStore::remove(key); // a new password the user does not want kept replaces no old one
        }
    }
    QDialog::accept();
}

void ConnectDialog::setBusy(bool busy)
{
    if (!busy) {
        m_watchdog->stop();
    }
    m_busy->setVisible(busy);
    for (QWidget *field :
         {static_cast<QWidget *>(m_recent), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
          static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_tls),
          static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)}) {
        field->setEnabled(!busy);
    }
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_database->text().trimmed().isEmpty();
    m_test->setEnabled(complete && !isBusy());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !isBusy());
}

QStringList ConnectDialog::recentConnections()
{
    return core::Settings().recentConnections();
}

void ConnectDialog::rememberConnection(const core::DatabaseAddress &address)
{
    const QString uri = address.toString(); // never the password
    QStringList recent = recentConnections();
    recent.removeAll(uri);
    recent.prepend(uri);
    core::Settings().setRecentConnections(recent.mid(0, recentLimit));
}

void ConnectDialog::reloadRecent()
{
    m_recent->clear();
    m_recent->addItem(tr("New connection"));
    for (const QString &uri : recentConnections()) {
        try {
            const auto address = core::DatabaseAddress::parse(uri);
            if (address.isPostgreSQL()) {
                m_recent->addItem(address.displayName(), uri);
                m_recent->setItemData(m_recent->count() - 1, uri, Qt::ToolTipRole);
            }
        } catch (const core::Error &) {
            // An entry an older or newer version wrote that this one cannot read: not offered.
        }
    }
}

void ConnectDialog::fillFromRecent(int index)
{
    const QString uri = m_recent->itemData(index).toString();
    if (uri.isEmpty()) {
        return;
    }
    m_recent->setCurrentIndex(index);
    setAddress(core::DatabaseAddress::parse(uri));
}

bool ConnectDialog::openInNewProcess(const core::DatabaseAddress &address)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--db"), address.toString()});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!address.password.isEmpty()) {
        environment.insert(passwordVariable, address.password);
    }
    process.setProcessEnvironment(environment);
    return process.startDetached();
}

std::optional<QString> ConnectDialog::askPassword(const core::DatabaseAddress &address, bool refused,
                                                  QWidget *parent)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("Team database password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    const QString user = address.user.isEmpty() ? systemUserName() : address.user;
    QString label = tr("The password of %1 for the team database %2:").arg(user, address.displayName());
    if (refused) {
        label = tr("The server did not accept the password.") + u'\n' + label;
    }
    dialog.setLabelText(label);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue();
}

QString ConnectDialog::roleName(core::TeamRoles::Role role)
{
    switch (role) {
    case core::TeamRoles::Role::Viewer:
        return tr("viewer");
    case core::TeamRoles::Role::Editor:
        return tr("editor");
    case core::TeamRoles::Role::Admin:
        return tr("administrator");
    }
    return {};
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to team database"));
    m_recentLabel->setText(tr("&Recent:"));
    if (m_recent->count() > 0) {
        m_recent->setItemText(0, tr("New connection"));
    }
    m_recent->setToolTip(tr("Team databases you connected to before"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *fieldLabel = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            fieldLabel->setText(text);
            fieldLabel->setBuddy(field);
        }
    };
    label(m_host, tr("&Server:"));
    label(m_port, tr("P&ort:"));
    label(m_database, tr("&Database:"));
    label(m_user, tr("&User:"));
    label(m_tls, tr("&Encryption:"));
    label(m_password, tr("Pass&word:"));
    m_host->setPlaceholderText(tr("A host name or address; empty for this computer"));
    m_database->setPlaceholderText(tr("The name the administrator gave the database"));
    m_password->setPlaceholderText(tr("Empty: from the keychain, PGPASSWORD or ~/.pgpass"));
    const QStringList tlsLabels{
        tr("Off (disable)"),
        tr("Only if the server requires it (allow)"),
        tr("When the server offers it (prefer)"),
        tr("Always, without checking the certificate (require)"),
        tr("Always, checking the certificate authority (verify-ca)"),
        tr("Always, checking the certificate and server name (verify-full)"),
    };
    for (int i = 0; i < m_tls->count(); ++i) {
        m_tls->setItemText(i, tlsLabels.at(i));
    }
    m_remember->setText(tr("Remember the password in the system &keychain"));
    m_test->setText(tr("&Test connection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (!m_outcome) {
        return;
    }
    m_result->setVisible(m_outcome->succeeded);
    m_error->setVisible(!m_outcome->succeeded);
    if (m_outcome->succeeded) {
        m_result->setText(
            tr("Connected to %1 as %2: schema version %3, role %4.")
                .arg(m_tried.displayName(), m_tried.user.isEmpty() ? systemUserName() : m_tried.user)
                .arg(m_outcome->schemaVersion)
                .arg(roleName(m_outcome->role)));
    } else {
        m_error->setText(m_outcome->error);
    }
}

} // namespace rt::ui
