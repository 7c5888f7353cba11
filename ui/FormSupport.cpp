#include "FormSupport.h"

#include <QLabel>

namespace rt::ui {

QLabel *createProblemsLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problems"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    return label;
}

} // namespace rt::ui
