// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace rt::ui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("filterBarText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(false);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterBarClear"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    retranslate();
    setVisible(false);
}

void FilterBar::setParts(const QStringList &parts)
{
    m_parts = parts;
    retranslate();
    setVisible(!parts.isEmpty());
}

QString FilterBar::text() const
{
    return m_label->text();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    const QString text = m_parts.isEmpty()
        ? QString()
        : tr("Developments filtered by %1").arg(QLocale().createSeparatedList(m_parts));
    m_label->setText(text);
    m_label->setToolTip(text);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every development again"));
    m_clear->setAccessibleName(tr("Clear the filter"));
}

} // namespace rt::ui
