// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RegTracker's own modules: parts of the program in libraries of their own (regtracker-pdf for PDF files,
// regtracker-highlighting for highlighted text), loaded when the feature is first used, so that starting does
// not load the libraries they need. Found beside the program in a build (<build>/modules: the program, the
// tests and the benchmarks are each a folder below the build) and under the library folder once installed.

#include <QCoreApplication>
#include <QFunctionPointer>

namespace rt::core {

class Module final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::Module)
public:
    // The function `symbol` of the module `name`, which is loaded at the first call and stays loaded; from
    // any thread. Throws Error naming the module when it is missing or broken.
    static QFunctionPointer resolve(const char *name, const char *symbol);
};

} // namespace rt::core
