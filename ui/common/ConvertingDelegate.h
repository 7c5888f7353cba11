// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An item delegate that shows every text through a conversion: Chinese content in Traditional characters when
// the reader asks for them (core::ChineseScript). Without a conversion, texts show as the model gives them.

#include <QStyledItemDelegate>

#include <functional>

namespace rt::ui {

class ConvertingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    using Conversion = std::function<QString(const QString &)>;
    void setConversion(Conversion conversion) { m_conversion = std::move(conversion); }
    QString converted(const QString &text) const { return m_conversion ? m_conversion(text) : text; }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return converted(QStyledItemDelegate::displayText(value, locale));
    }

private:
    Conversion m_conversion;
};

} // namespace rt::ui
