// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseAddress.h"

#include "Error.h"

#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace rt::core {

namespace {

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// A value for a libpq conninfo string: quoted, with quotes and backslashes escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

DatabaseAddress DatabaseAddress::sqlite(const QString &path)
{
    DatabaseAddress address;
    address.path = path;
    return address;
}

bool DatabaseAddress::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

DatabaseAddress DatabaseAddress::parse(const QString &text)
{
    if (!looksLikeUrl(text)) {
        if (text.contains(QLatin1StringView("://"))) {
            throw Error(Error::Code::InvalidInput,
                        tr("%1 is neither a file nor a postgresql:// address.").arg(text));
        }
        return sqlite(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        throw Error(Error::Code::InvalidInput,
                    tr("The database address %1 is not valid: %2").arg(text, url.errorString()));
    }
    DatabaseAddress address;
    address.engine = Engine::PostgreSQL;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(5432);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &value = encoded;
        if (key == u"host") {
            address.host = value;
        } else if (key == u"port") {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535) {
                throw Error(Error::Code::InvalidInput,
                            tr("The database address %1 has an invalid port: %2").arg(text, value));
            }
        } else if (key == u"dbname") {
            address.database = value;
        } else if (key == u"user") {
            address.user = value;
        } else if (key == u"password") {
            address.password = value;
        } else if (key == u"sslmode") {
            if (!sslModes().contains(value)) {
                throw Error(Error::Code::InvalidInput,
                            tr("The database address %1 has an unknown sslmode %2 (use one of %3).")
                                .arg(text, value, sslModes().join(QStringLiteral(", "))));
            }
            address.sslMode = value;
        } else if (key == u"connect_timeout") {
            bool ok = false;
            address.connectTimeoutSeconds = value.toInt(&ok);
            if (!ok || address.connectTimeoutSeconds <= 0) {
                throw Error(
                    Error::Code::InvalidInput,
                    tr("The database address %1 has an invalid connect_timeout: %2").arg(text, value));
            }
        } else {
            throw Error(Error::Code::InvalidInput,
                        tr("The database address %1 has an unknown parameter %2.").arg(text, key));
        }
    }
    if (address.database.isEmpty()) {
        throw Error(
            Error::Code::InvalidInput,
            tr("The database address %1 names no database (postgresql://user@host/DATABASE).").arg(text));
    }
    return address;
}

QString DatabaseAddress::toString() const
{
    if (!isPostgreSQL()) {
        return path;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        url.setHost(QString()); // a socket directory goes into the query, as libpq writes it
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432) {
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        }
    } else {
        url.setHost(host);
        if (port != 5432) {
            url.setPort(port);
        }
    }
    if (!sslMode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    }
    if (connectTimeoutSeconds != 10) {
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    }
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    if (user.isEmpty() && url.host().isEmpty()) {
        text.replace(QLatin1StringView("postgresql:/"), QLatin1StringView("postgresql:///"));
        text.replace(QLatin1StringView("postgresql:////"), QLatin1StringView("postgresql:///"));
    }
    return text;
}

QString DatabaseAddress::displayName() const
{
    if (!isPostgreSQL()) {
        return QFileInfo(path).fileName();
    }
    const QString server = host.isEmpty() || host.startsWith(u'/') ? QStringLiteral("localhost") : host;
    return database + u'@' + server;
}

QSqlDatabase DatabaseAddress::addConnection(const QString &connectionName, bool readOnly) const
{
    if (!isPostgreSQL()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setDatabaseName(database);
    if (!host.isEmpty()) {
        db.setHostName(host);
    }
    db.setPort(port);
    if (!user.isEmpty()) {
        db.setUserName(user);
    }
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                        QStringLiteral("application_name=RegTracker")};
    if (!sslMode.isEmpty()) {
        options.append(QStringLiteral("sslmode=") + conninfoValue(sslMode));
    }
    if (readOnly) {
        options.append(QStringLiteral("options='-c default_transaction_read_only=on'"));
    }
    db.setConnectOptions(options.join(u';'));
    return db;
}

} // namespace rt::core
