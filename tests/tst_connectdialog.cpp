// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to a team database from the window: the dialog turns its fields into the address, tries it in
// the background (a server that is not there gives an error in the dialog, which stays usable; Cancel stops
// waiting), remembers connections without their passwords, and a viewer of a team database gets a window
// whose editing actions are disabled and say why, while it still shows what colleagues change.
//
// Needs the PostgreSQL test server (RT_TEST_POSTGRESQL_STATE).

#include "BrowserSupport.h"
#include "TestSupport.h"

#include "ChecklistView.h"
#include "ConnectDialog.h"
#include "DevelopmentService.h"
#include "DevelopmentsBrowser.h"
#include "MainWindow.h"
#include "PasswordStore.h"
#include "TeamRoles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace rt;
using Role = core::TeamRoles::Role;

namespace {

struct Fields
{
    explicit Fields(ui::ConnectDialog &dialog)
        : host(dialog.findChild<QLineEdit *>(QStringLiteral("host")))
        , port(dialog.findChild<QSpinBox *>(QStringLiteral("port")))
        , database(dialog.findChild<QLineEdit *>(QStringLiteral("database")))
        , user(dialog.findChild<QLineEdit *>(QStringLiteral("user")))
        , tls(dialog.findChild<QComboBox *>(QStringLiteral("tlsMode")))
        , password(dialog.findChild<QLineEdit *>(QStringLiteral("password")))
        , remember(dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword")))
        , recent(dialog.findChild<QComboBox *>(QStringLiteral("recentConnections")))
        , test(dialog.findChild<QPushButton *>(QStringLiteral("testConnection")))
        , busy(dialog.findChild<QProgressBar *>(QStringLiteral("busy")))
        , error(dialog.findChild<QLabel *>(QStringLiteral("error")))
        , buttons(dialog.findChild<QDialogButtonBox *>())
    {
    }
    bool complete() const
    {
        return host && port && database && user && tls && password && remember && recent && test && busy
            && error && buttons;
    }
    void fill(const QString &hostText, int portValue, const QString &databaseText, const QString &userText,
              const QString &tlsMode, const QString &passwordText = {})
    {
        host->setText(hostText);
        port->setValue(portValue);
        database->setText(databaseText);
        user->setText(userText);
        tls->setCurrentIndex(tls->findData(tlsMode));
        password->setText(passwordText);
    }
    QPushButton *ok() const { return buttons->button(QDialogButtonBox::Ok); }
    QPushButton *cancel() const { return buttons->button(QDialogButtonBox::Cancel); }

    QLineEdit *host;
    QSpinBox *port;
    QLineEdit *database;
    QLineEdit *user;
    QComboBox *tls;
    QLineEdit *password;
    QCheckBox *remember;
    QComboBox *recent;
    QPushButton *test;
    QProgressBar *busy;
    QLabel *error;
    QDialogButtonBox *buttons;
};

// Longer than libpq's connect timeout: what an attempt may take before it has to have answered.
constexpr int attemptTimeoutMs = 15'000;

QString settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A loopback port that accepts connections (the kernel completes them) and never says a word.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_fd, 8) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            qFatal("cannot listen on a loopback port");
        }
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(m_fd); }
    Q_DISABLE_COPY_MOVE(SilentPort)
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

QAction *action(QObject &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no action %s", name);
    }
    return found;
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // No keychain here: the dialog and the start-up must manage without one (and never touch the
        // keychain of whoever runs the tests).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        qunsetenv("PGPASSWORD");
        QVERIFY(rt::test::onPostgreSQL());
    }

    void buildsTheAddressFromItsFields_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("tls");
        QTest::addColumn<QString>("uri");
        QTest::newRow("named server, checked certificate")
            << QStringLiteral("tracker.example.org") << 5432 << QStringLiteral("compliance")
            << QStringLiteral("mei.lin") << QStringLiteral("verify-full")
            << QStringLiteral("postgresql://mei.lin@tracker.example.org/compliance?sslmode=verify-full");
        QTest::newRow("address and own port, libpq's default TLS")
            << QStringLiteral("10.20.30.40") << 6543 << QStringLiteral("regtracker")
            << QStringLiteral("audit") << QStringLiteral("prefer")
            << QStringLiteral("postgresql://audit@10.20.30.40:6543/regtracker");
        QTest::newRow("socket directory, TLS off")
            << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("team") << QStringLiteral("legal")
            << QStringLiteral("disable")
            << QStringLiteral("postgresql://legal@/team?host=/run/postgresql&sslmode=disable");
    }

    void buildsTheAddressFromItsFields()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, tls);
        QFETCH(QString, uri);
        ui::ConnectDialog dialog;
        Fields f(dialog);
        QVERIFY(f.complete());
        QCOMPARE(f.port->value(), 5432); // the default port
        QCOMPARE(f.password->echoMode(), QLineEdit::Password);
        f.fill(host, port, database, user, tls, QStringLiteral("Harbour-Lantern-93"));
        const core::DatabaseAddress address = dialog.address();
        QCOMPARE(address.toString(), uri);
        QCOMPARE(address.password, QStringLiteral("Harbour-Lantern-93"));
        QVERIFY(!address.toString().contains(QStringLiteral("Harbour")));

        // And back: a remembered address fills the same fields.
        ui::ConnectDialog again;
        again.setAddress(core::DatabaseAddress::parse(uri));
        Fields g(again);
        QCOMPARE(g.host->text(), host);
        QCOMPARE(g.port->value(), port);
        QCOMPARE(g.database->text(), database);
        QCOMPARE(g.user->text(), user);
        QCOMPARE(g.tls->currentData().toString(), tls);
        QCOMPARE(again.address().toString(), uri);
    }

    void anAddressWithoutADatabaseCannotBeTried()
    {
        ui::ConnectDialog dialog;
        Fields f(dialog);
        f.fill(QStringLiteral("tracker.example.org"), 5432, QString(), QStringLiteral("mei.lin"),
               QStringLiteral("require"));
        QVERIFY(!f.test->isEnabled());
        QVERIFY(!f.ok()->isEnabled());
        f.database->setText(QStringLiteral("compliance"));
        QVERIFY(f.test->isEnabled());
        QVERIFY(f.ok()->isEnabled());
    }

    void aMissingServerIsAnErrorInTheDialog()
    {
        // A socket directory where no server listens: libpq fails at once, in the worker thread.
        QTemporaryDir nowhere;
        ui::ConnectDialog dialog;
        Fields f(dialog);
        f.fill(nowhere.path(), 5432, QStringLiteral("compliance"), QStringLiteral("mei.lin"),
               QStringLiteral("disable"));
        dialog.show();
        QSignalSpy finished(&dialog, &ui::ConnectDialog::attemptFinished);
        QTest::mouseClick(f.test, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!f.busy->isHidden());
        QVERIFY(!f.test->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, attemptTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.isBusy());
        QVERIFY(f.busy->isHidden());
        QVERIFY(!f.error->isHidden());
        QVERIFY2(dialog.message().contains(nowhere.path()), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("did not answer")), qPrintable(dialog.message()));
        QVERIFY(f.error->textInteractionFlags() & Qt::TextSelectableByMouse);
        // Still usable: the fields and buttons are back, and Connect fails the same way without closing.
        QVERIFY(f.host->isEnabled() && f.test->isEnabled() && f.ok()->isEnabled());
        QTest::mouseClick(f.ok(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, attemptTimeoutMs);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.lastAttemptSucceeded());
        QVERIFY(ui::ConnectDialog::recentConnections().isEmpty()); // failed attempts are not remembered
    }

    void cancelStopsWaitingForAServerThatDoesNotAnswer()
    {
        // A server that never answers: libpq waits for its connect timeout.
        SilentPort silent;
        ui::ConnectDialog dialog;
        Fields f(dialog);
        f.fill(QStringLiteral("127.0.0.1"), silent.port(), QStringLiteral("compliance"),
               QStringLiteral("mei.lin"), QStringLiteral("disable"));
        dialog.show();
        QSignalSpy finished(&dialog, &ui::ConnectDialog::attemptFinished);
        QTest::mouseClick(f.test, Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(dialog.isBusy()); // still waiting, and the dialog answers meanwhile
        QTest::mouseClick(f.cancel(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible()); // Cancel stopped the wait, not the dialog
        QVERIFY(f.host->isEnabled() && f.test->isEnabled());
        // The abandoned attempt ends with libpq's timeout; its answer is dropped.
        QTest::qWait(core::DatabaseAddress().connectTimeoutSeconds * 1000 + 1500);
        QCOMPARE(finished.size(), 0);
        QVERIFY(f.error->isHidden());
        QTest::mouseClick(f.cancel(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void remembersConnectionsWithoutPasswords()
    {
        const auto server
            = core::DatabaseAddress::parse(rt::test::newServerDatabase(QStringLiteral("recent")));
        const QString password = QStringLiteral("Quokka-Saffron-2718");
        {
            ui::ConnectDialog dialog;
            Fields f(dialog);
            f.fill(server.host, server.port, server.database, server.user, QStringLiteral("disable"),
                   password);
            QVERIFY(!f.remember->isChecked());
            dialog.show();
            QSignalSpy finished(&dialog, &ui::ConnectDialog::attemptFinished);
            QTest::mouseClick(f.ok(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, attemptTimeoutMs);
            QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.message()));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            // The attempt created the schema in the empty database and found the superuser an administrator.
            QVERIFY2(dialog.message().contains(QStringLiteral("administrator")),
                     qPrintable(dialog.message()));
            // The address that worked keeps its password for the new window, in memory only.
            QCOMPARE(dialog.connectedAddress().password, password);
        }
        const QStringList recent = ui::ConnectDialog::recentConnections();
        QCOMPARE(recent,
                 QStringList{QStringLiteral("postgresql://postgres@/%1?host=%2&sslmode=disable")
                                 .arg(server.database, server.host)});
        const QString text = settingsText();
        QVERIFY(text.contains(server.database));
        QVERIFY(!text.contains(password));
        QVERIFY(!text.contains(QStringLiteral("Quokka")));

        // The next dialog offers it, filled in, without a password.
        ui::ConnectDialog next;
        Fields g(next);
        QCOMPARE(g.recent->count(), 2); // "New connection" and the one above
        QCOMPARE(g.database->text(), server.database);
        QCOMPARE(g.host->text(), server.host);
        QVERIFY(g.password->text().isEmpty());
    }

    void withoutAKeychainNothingIsStored()
    {
        const QString key = QStringLiteral("postgresql://mei.lin@tracker.example.org/compliance");
        QString error;
        QVERIFY(!ui::PasswordStore::write(key, QStringLiteral("Otter-Glacier-55"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ui::PasswordStore::read(key).isEmpty());
    }

    void asksForThePasswordNamingUserAndServer()
    {
        const auto address = core::DatabaseAddress::parse(
            QStringLiteral("postgresql://mei.lin@tracker.example.org/compliance?sslmode=require"));
        QString label;
        bool hidden = false;
        QTimer::singleShot(0, this, [&] {
            auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(prompt);
            label = prompt->labelText();
            hidden = prompt->textEchoMode() == QLineEdit::Password;
            prompt->setTextValue(QStringLiteral("Otter-Glacier-55"));
            prompt->accept();
        });
        const auto password = ui::ConnectDialog::askPassword(address, true);
        QCOMPARE(password, std::optional<QString>(QStringLiteral("Otter-Glacier-55")));
        QVERIFY(hidden);
        QVERIFY2(label.contains(QStringLiteral("mei.lin")), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("compliance@tracker.example.org")), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("did not accept")),
                 qPrintable(label)); // the one before was refused

        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        QCOMPARE(ui::ConnectDialog::askPassword(address, false), std::nullopt);
    }

    void aViewerCannotEditButSeesChanges()
    {
        // A demo database on the server, and a colleague who may only read it.
        const QString url = rt::test::newServerDatabase(QStringLiteral("viewer"));
        auto owner = core::Database::open(url, core::Database::OpenMode::ExistingOnly);
        core::DatabaseLocation::loadDemoData(*owner);
        const QString reader = QStringLiteral("rt_reader_%1").arg(QCoreApplication::applicationPid());
        rt::test::asServerAdmin({QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader),
                                 QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)});
        owner->execute(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader));
        owner->execute(QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(reader));
        auto address = core::DatabaseAddress::parse(url);
        address.user = reader;
        auto db = core::Database::open(address, core::Database::OpenMode::ExistingOnly);

        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.role(), Role::Viewer);
        QVERIFY(test::shown(window));
        QVERIFY(!window.browser()->session()->workerFailed()); // a viewer's worker reads too
        window.browser()->selectRow(0);
        const QString why = core::TeamRoles::whyNot(Role::Viewer, Role::Editor);
        QVERIFY(!why.isEmpty());
        for (const char *name : {"newDevelopmentAction", "editDevelopmentAction", "deleteDevelopmentAction",
                                 "importReviewAction", "importExchangeAction"}) {
            QAction *a = action(window, name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->isVisible(), name);
            QCOMPARE(a->toolTip(), why);
            QCOMPARE(a->statusTip(), why);
        }
        for (const char *name : {"newCompanyAction", "editCompanyAction", "deleteCompanyAction"}) {
            QVERIFY2(!action(window, name)->isEnabled(), name);
            QCOMPARE(action(window, name)->toolTip(), core::TeamRoles::whyNot(Role::Viewer, Role::Admin));
        }
        // The checklist: Space on a row changes nothing, and the changes in its menu are disabled.
        ui::ChecklistView *checklist = window.checklist();
        QVERIFY(checklist->isReadOnly());
        window.showView(ui::MainWindow::View::Checklist);
        const auto rows = [&] {
            QList<core::ChecklistRow> all;
            for (int g = 0; g < checklist->model()->groupCount(); ++g) {
                all += checklist->model()->groupRows(g);
            }
            return all;
        }();
        QVERIFY(!rows.isEmpty());
        checklist->selectRow(rows.first().key);
        QTest::keyClick(checklist->tree(), Qt::Key_Space);
        QCOMPARE(checklist->currentRow()->assessment, rows.first().assessment);
        QVERIFY(!action(*checklist, "tickAction")->isEnabled());
        QVERIFY(!action(*checklist, "setOwnerAction")->isEnabled());
        QVERIFY(!action(*checklist, "addObligationsAction")->isEnabled());
        QVERIFY(action(*checklist, "editRowAction")->isEnabled()); // opens the row to read
        bool readOnlyEditor = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *editor = QApplication::activeModalWidget();
            QVERIFY(editor && editor->objectName() == QStringLiteral("assessmentEditor"));
            auto *status = editor->findChild<QComboBox *>(QStringLiteral("statusCombo"));
            auto *box = editor->findChild<QDialogButtonBox *>();
            readOnlyEditor = status && !status->isEnabled() && status->toolTip() == why && box
                && !box->button(QDialogButtonBox::Ok) && box->button(QDialogButtonBox::Close);
            editor->close();
        });
        checklist->editCurrentRow();
        QVERIFY(readOnlyEditor);
        QVERIFY(window.undoStack()->count() == 0);

        // The window names the database, the user and the role.
        QCOMPARE(window.windowTitle(), QStringLiteral("%1@localhost").arg(address.database));
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(),
                 QStringLiteral("Team database: %1@localhost — %2 (viewer)").arg(address.database, reader));
        QCOMPARE(label->toolTip(), address.toString());

        // What the owner adds shows in the viewer's window.
        auto *table = window.findChild<QTableView *>(QStringLiteral("developmentsTable"));
        QVERIFY(table);
        window.showView(ui::MainWindow::View::Developments);
        const int before = table->model()->rowCount();
        core::Development added;
        added.title = {QStringLiteral("Notice on filing cross-border data transfer assessments"),
                       QStringLiteral("关于申报数据出境安全评估的通知")};
        added.authorities = {QStringLiteral("CAC")};
        added.announced = QDate(2026, 3, 2);
        added.topics = {QStringLiteral("data_security")};
        core::DevelopmentService(*owner).create(added);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 5000);
    }

    void anEditorMayEditDevelopmentsButNotCompanies()
    {
        auto db = core::Database::open(rt::test::newServerDatabase(QStringLiteral("editor")),
                                       core::Database::OpenMode::ExistingOnly);
        core::DatabaseLocation::loadDemoData(*db);
        ui::MainWindow window(*db, nullptr, false);
        window.show();
        QCOMPARE(window.role(), Role::Admin); // the superuser
        QVERIFY(action(window, "newCompanyAction")->isEnabled());
        window.setRole(Role::Editor);
        QVERIFY(test::shown(window));
        window.browser()->selectRow(0);
        QVERIFY(action(window, "newDevelopmentAction")->isEnabled());
        QVERIFY(action(window, "editDevelopmentAction")->isEnabled());
        QVERIFY(action(window, "importReviewAction")->isEnabled());
        const QString why = core::TeamRoles::whyNot(Role::Editor, Role::Admin);
        QVERIFY(!why.isEmpty());
        QVERIFY(!action(window, "newCompanyAction")->isEnabled());
        QCOMPARE(action(window, "newCompanyAction")->toolTip(), why);
        QVERIFY(!window.checklist()->isReadOnly());
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label->text().endsWith(QStringLiteral("(editor)")));
        // Back to administrator: the reasons go, the usual tooltips return.
        window.setRole(Role::Admin);
        QVERIFY(action(window, "newCompanyAction")->isEnabled());
        QVERIFY(action(window, "newCompanyAction")->statusTip().isEmpty());
        QVERIFY(action(window, "newDevelopmentAction")
                    ->toolTip()
                    .startsWith(QStringLiteral("Create a development")));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
