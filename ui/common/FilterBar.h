// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The line every view that follows the shared filter shows while the filter is on: "Developments filtered by
// CAC, search “数据”" and Clear. Hidden while nothing is filtered. The view that owns the filter (the
// browser) names its parts; the bar only says them, and Clear asks for the whole filter to go.

#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace rt::ui {

class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The filter's parts, each already in words ("CAC", "search “数据”"); none hides the bar.
    void setParts(const QStringList &parts);
    QStringList parts() const { return m_parts; }
    QString text() const;

Q_SIGNALS:
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_parts;
    QLabel *m_label = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace rt::ui
