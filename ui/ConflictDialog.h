#pragma once
// Asked when a write fails because somebody else changed the same checklist row first: the user either
// reloads (drops their change and sees the other version) or overwrites. Nothing is overwritten silently.

#include <QDialog>

namespace rt::ui {

class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Reload, Overwrite };

    // detail: what the service said (versions, who changed the row last).
    ConflictDialog(const QString &detail, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    static Choice ask(const QString &detail, QWidget *parent);

private:
    Choice m_choice = Choice::Reload;
};

} // namespace rt::ui
