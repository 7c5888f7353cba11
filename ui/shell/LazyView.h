// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab's place for a view that is made the first time it is shown (or asked for), so that opening the window
// reads nothing for the views nobody looks at. The view fills the place once made.

#include <QWidget>

#include <functional>

namespace rt::ui {

class LazyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyView)
public:
    // make returns the view, without a parent: the place takes it.
    explicit LazyView(std::function<QWidget *()> make, QWidget *parent = nullptr);

    // The view, made now if it was not yet.
    QWidget *view();
    bool isMade() const { return m_view != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *()> m_make;
    QWidget *m_view = nullptr;
};

} // namespace rt::ui
