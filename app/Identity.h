// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who RegTracker is, said once: its application id, name, version, licence, authors and the components it
// runs on with the versions in use, as KDE's KAboutData. main() makes it the application's data; the About
// dialog, the window's desktop file name and `--version` read it from there.

class KAboutData;

namespace rt::app {

// The desktop application id: desktop entry, AppStream metainfo, icon and MIME type all carry it.
inline constexpr char applicationId[] = "io.github.regtracker.RegTracker";

KAboutData identity();

} // namespace rt::app
