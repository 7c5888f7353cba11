// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fills a database with realistic synthetic data for scale work: authorities across all provinces,
// developments spread over ten years with English and Chinese text, obligations with parameters, companies
// and assessments. Deterministic for a given seed. Everything is written in one transaction.

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace rt::core {

class Database;

struct SyntheticDataOptions
{
    int developments = 1000;
    int companies = 10;
    quint32 seed = 1;
    QDate lastDay; // the newest announcement; default today
};

class SyntheticData final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::SyntheticData)
public:
    // progress(done, total) is called now and then; returning false cancels (and rolls everything back).
    using Progress = std::function<bool(int done, int total)>;

    // Throws Error (also when cancelled: Error::Code::Failed with a "cancelled" message).
    static void generate(Database &db, const SyntheticDataOptions &options, const Progress &progress = {});
};

} // namespace rt::core
