// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The developments browser reads its table and facets on a worker: a test waits for what it asked (a filter,
// a write) to be shown before it looks.

#include "BrowseSession.h"
#include "DevelopmentsBrowser.h"
#include "MainWindow.h"

namespace rt::test {

inline bool shown(const ui::DevelopmentsBrowser &browser)
{
    return browser.session()->waitUntilShown();
}

inline bool shown(const ui::MainWindow &window)
{
    return shown(*window.browser());
}

} // namespace rt::test
