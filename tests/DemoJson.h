// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo file read as plain JSON, without any of RegTracker's code: the independent account that tests
// compare the database, the models and the command line against.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rt::test {

inline QJsonObject demoJson()
{
    QFile file(QStringLiteral(RT_SOURCE_DIR "/resources/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the demo data");
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonArray demoArray(const char *key)
{
    return demoJson().value(QLatin1StringView(key)).toArray();
}

inline int demoObligationCount()
{
    int count = 0;
    for (const QJsonValue &d : demoArray("developments")) {
        count += int(d.toObject().value(QStringLiteral("obligations")).toArray().size());
    }
    return count;
}

} // namespace rt::test
