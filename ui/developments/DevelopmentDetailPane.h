// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One development in full: English and Chinese side by side (never an empty side: a missing language shows
// the other one with a marker), and its obligations with how many companies have ticked each. Chinese shows
// as stored or, on request, in Traditional characters. A development with an earlier or a later version says
// so above its text, with a button that asks for the redline.

#include "BilingualText.h"
#include "ChineseScript.h"
#include "ReferenceNames.h"

#include <QColor>
#include <QWidget>

#include <functional>
#include <utility>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace rt::core {
class Database;
class ObligationTableModel;
struct Development;
} // namespace rt::core

namespace rt::ui {

class ConvertingDelegate;
class Highlighting;
class LegalTextDelegate;

class DevelopmentDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DevelopmentDetailPane(core::Database &db, QWidget *parent = nullptr);

    void setDevelopment(qint64 id);
    qint64 development() const { return m_id; }
    void setContentLanguage(core::Language language);
    // Ranges of a text to show on a marker background (search matches); every text shown goes through it.
    using MarkFinder = std::function<QList<std::pair<qsizetype, qsizetype>>(const QString &)>;
    void setSearchMarks(MarkFinder finder);
    // The marker colour of search matches, readable on this pane's palette.
    QColor markColor() const;
    // The language panes shown: English, Chinese or both side by side (never neither).
    void setShownLanguages(bool english, bool chinese);
    // Chinese content as stored or converted to Traditional characters, said so beside the translation's
    // provenance (the stored Simplified text prevails).
    void setChineseForm(core::ChineseScript::Form form);

    QTextBrowser *englishView() const { return m_english; }
    QTextBrowser *chineseView() const { return m_chinese; }
    QTableView *obligationsView() const { return m_obligations; }
    QPushButton *compareButton() const { return m_compare; }
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    // "What changed?": the redline of the development against its earlier or later version is wanted.
    void compareRequested(qint64 developmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void updateObligationsLabel();
    void updateVersions(const core::Development *development);
    QString html(const core::Development &d, core::Language language) const;

    core::Database &m_db;
    core::ReferenceNames m_names;
    Highlighting *m_highlighter = nullptr;
    MarkFinder m_marks;
    ConvertingDelegate *m_obligationCells = nullptr;
    LegalTextDelegate *m_obligationText = nullptr;
    qint64 m_id = 0;
    core::ChineseScript::Form m_chineseForm = core::ChineseScript::Form::Simplified;
    QTextBrowser *m_english = nullptr;
    QTextBrowser *m_chinese = nullptr;
    QWidget *m_obligationsBox = nullptr;
    QLabel *m_obligationsLabel = nullptr;
    QTableView *m_obligations = nullptr;
    core::ObligationTableModel *m_obligationModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_languages = nullptr;
    QWidget *m_versions = nullptr;
    QLabel *m_versionsLabel = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace rt::ui
