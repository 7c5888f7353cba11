// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A file or note attached to an assessment as evidence that an obligation is met. The bytes live in the
// database with their name, type, size and SHA-256, and who added them when.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rt::core {

struct Evidence
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QString note;
    QString addedBy;
    QDateTime addedAt;
    QByteArray content; // empty unless read with content (AssessmentService::evidenceWithContent)
};

} // namespace rt::core
