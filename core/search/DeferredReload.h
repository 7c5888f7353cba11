// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading that waits while nobody looks. A data object whose view is hidden only notes that its data changed;
// it reads again when it becomes active, or at once, quietly, when someone asks for the data meanwhile. The
// timeline and the authority map use it, so that typing a search on another tab costs them nothing.

#include <functional>
#include <utility>

namespace rt::core {

class DeferredReload final
{
public:
    // load reads the data; announce tells the views (emits changed()).
    DeferredReload(bool active, std::function<void()> load, std::function<void()> announce)
        : m_active(active)
        , m_load(std::move(load))
        , m_announce(std::move(announce))
    {
    }

    bool isActive() const { return m_active; }

    // The data changed: read and announce it now, or note it while inactive.
    void request()
    {
        if (!m_active) {
            m_stale = true;
            return;
        }
        read();
        m_announce();
    }

    // Becoming active reads what was noted, or announces what was read quietly for someone meanwhile.
    void setActive(bool active)
    {
        m_active = active;
        if (m_active && m_stale) {
            request();
        } else if (m_active && m_unannounced) {
            m_unannounced = false;
            m_announce();
        }
    }

    // Before reading the data: a noted change is read now, without telling anyone (the caller gets it fresh).
    void ensureCurrent()
    {
        if (m_stale) {
            read();
            m_unannounced = true;
        }
    }

private:
    void read()
    {
        m_stale = false;
        m_unannounced = false;
        m_load();
    }

    bool m_active;
    bool m_stale = false;
    bool m_unannounced = false;
    std::function<void()> m_load;
    std::function<void()> m_announce;
};

} // namespace rt::core
