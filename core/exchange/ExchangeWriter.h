// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes an exchange file a record at a time to a device: the header, then each list in the order the
// reader hands them on (vocabularies, authorities, developments, companies, assessments), one record per
// line. Nothing but the record in hand is held, so a database of any size is written in the same space.

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace rt::core {

class ExchangeWriter final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ExchangeWriter)
public:
    explicit ExchangeWriter(QIODevice &device);
    Q_DISABLE_COPY_MOVE(ExchangeWriter)

    // Each throws Error(Failed) when the device refuses the bytes.
    void begin(const QString &sourceName = {}, const QString &sourcePublication = {},
               const QString &sourceIssue = {});
    void beginList(const char *key);
    void add(const QJsonObject &record);
    void endList();
    void end();

private:
    void put(const QByteArray &bytes);

    QIODevice &m_device;
    bool m_firstInList = true;
};

} // namespace rt::core
