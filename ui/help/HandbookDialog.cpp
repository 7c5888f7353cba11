// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandbookDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt::ui {

namespace {

// A heading as a link names it, the way Markdown renderers do: lower case, spaces as hyphens, no punctuation.
QString anchorOf(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\s-]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    return heading.toLower().remove(punctuation).simplified().replace(u' ', u'-');
}

} // namespace

QString HandbookDialog::text(const QString &language)
{
    QFile file(QStringLiteral(":/handbook/handbook.%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/handbook/handbook.en.md"));
        file.open(QIODevice::ReadOnly);
    }
    return QString::fromUtf8(file.readAll());
}

HandbookDialog::HandbookDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("handbookDialog"));
    setWindowTitle(tr("RegTracker handbook"));
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("handbookSections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("handbookText"));
    m_text->setAccessibleName(tr("Handbook"));
    m_text->setOpenLinks(false);
    m_text->setMarkdown(text(language));
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2) {
            auto *item = new QListWidgetItem(block.text(), m_sections);
            item->setData(Qt::UserRole, anchorOf(block.text()));
        }
    }
    connect(m_sections, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) {
            showSection(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() && url.hasFragment()) {
            showSection(url.fragment());
        } else if (url.scheme() == u"https" || url.scheme() == u"http") {
            QDesktopServices::openUrl(url);
        }
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 640});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 680);
}

bool HandbookDialog::showSection(const QString &anchor)
{
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && anchorOf(block.text()) == anchor) {
            QTextCursor cursor(block);
            m_text->setTextCursor(cursor);
            // The heading at the top, not merely somewhere in view.
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
            m_text->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

} // namespace rt::ui
