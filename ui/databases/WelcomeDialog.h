// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a first start shows instead of filling anybody's database with example data: start an empty database,
// open the demo (a file of its own, marked as example data), open a database file, or connect to a team
// database. The shell acts on the choice.

#include <QDialog>

class QComboBox;
class QCommandLinkButton;
class QLabel;

namespace rt::ui {

class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, NewDatabase, Demo, OpenFile, Connect };

    // languages: the interface languages offered (code and name), current: the one in use.
    WelcomeDialog(const QList<std::pair<QString, QString>> &languages, const QString &current,
                  QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

Q_SIGNALS:
    // The user chose another interface language; the dialog follows once it is installed.
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QCommandLinkButton *m_new = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_connect = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace rt::ui
