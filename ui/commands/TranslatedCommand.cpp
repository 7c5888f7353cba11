// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslatedCommand.h"

#include <QUndoStack>

namespace rt::ui {

void TranslatedCommand::setName(std::function<QString()> name)
{
    m_name = std::move(name);
    setText(m_name ? m_name() : QString());
}

void TranslatedCommand::retranslate(QUndoStack &stack)
{
    for (int i = 0; i < stack.count(); ++i) {
        // The stack hands its commands out as const; renaming one changes nothing it does.
        auto *command = dynamic_cast<TranslatedCommand *>(const_cast<QUndoCommand *>(stack.command(i)));
        if (command && command->m_name) {
            command->setText(command->m_name());
        }
    }
}

} // namespace rt::ui
