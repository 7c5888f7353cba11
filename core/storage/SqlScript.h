// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits an SQL script into statements. Qt's drivers run one statement per exec(), so migration files are
// split here, respecting quotes, comments, dollar-quoted bodies and the BEGIN … END body of CREATE TRIGGER.

#include <QStringList>

namespace rt::core::SqlScript {

QStringList split(QStringView script);

} // namespace rt::core::SqlScript
