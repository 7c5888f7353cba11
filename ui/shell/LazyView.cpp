// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyView.h"

#include <QVBoxLayout>

namespace rt::ui {

LazyView::LazyView(std::function<QWidget *()> make, QWidget *parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyView::view()
{
    if (!m_view) {
        m_view = m_make();
        layout()->addWidget(m_view);
        // At once, at its size: a layout shows and places a new child only on the next turn of the event
        // loop.
        m_view->show();
        layout()->activate();
    }
    return m_view;
}

void LazyView::showEvent(QShowEvent *event)
{
    view();
    QWidget::showEvent(event);
}

} // namespace rt::ui
