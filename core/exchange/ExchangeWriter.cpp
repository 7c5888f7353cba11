// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeWriter.h"

#include "Error.h"
#include "ExchangeFormat.h"

#include <QIODevice>
#include <QJsonDocument>

namespace rt::core {

ExchangeWriter::ExchangeWriter(QIODevice &device)
    : m_device(device)
{
}

void ExchangeWriter::put(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size()) {
        throw Error(Error::Code::Failed,
                    tr("Cannot write the exchange file: %1").arg(m_device.errorString()));
    }
}

void ExchangeWriter::begin(const QString &sourceName, const QString &sourcePublication,
                           const QString &sourceIssue)
{
    put("{\n    \"format\": \"regtracker-exchange\",\n    \"version\": "
        + QByteArray::number(ExchangeFormat::version));
    if (!sourceName.isEmpty() || !sourcePublication.isEmpty() || !sourceIssue.isEmpty()) {
        const QJsonObject source{{QStringLiteral("name"), sourceName},
                                 {QStringLiteral("publication"), sourcePublication},
                                 {QStringLiteral("issue"), sourceIssue}};
        put(",\n    \"source\": " + QJsonDocument(source).toJson(QJsonDocument::Compact));
    }
}

void ExchangeWriter::beginList(const char *key)
{
    put(",\n    \"" + QByteArray(key) + "\": [");
    m_firstInList = true;
}

void ExchangeWriter::add(const QJsonObject &record)
{
    put((m_firstInList ? QByteArray("\n        ") : QByteArray(",\n        "))
        + QJsonDocument(record).toJson(QJsonDocument::Compact));
    m_firstInList = false;
}

void ExchangeWriter::endList()
{
    put(m_firstInList ? QByteArray("]") : QByteArray("\n    ]"));
}

void ExchangeWriter::end()
{
    put("\n}\n");
}

} // namespace rt::core
