// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogText.h"

#include "DateText.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QTreeView>

namespace rt::ui {

namespace {

// The columns of QFileSystemModel, in its order.
enum Column { Name, Size, Type, DateModified };

class FileColumns final : public QIdentityProxyModel
{
    Q_DECLARE_TR_FUNCTIONS(rt::ui::FileDialogText)

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        auto *files = qobject_cast<QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || index.column() == Name) {
            return QIdentityProxyModel::data(index, role);
        }
        const QFileInfo info = files->fileInfo(mapToSource(index));
        switch (index.column()) {
        case Size:
            return info.isDir() ? QString() : QLocale().formattedDataSize(info.size());
        case Type:
            if (info.isDir()) {
                return tr("Folder");
            }
            return info.suffix().isEmpty() ? tr("File") : tr("%1 file").arg(info.suffix().toUpper());
        case DateModified:
            return core::DateText::table(info.lastModified());
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

} // namespace

FileDialogText::FileDialogText(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

FileDialogText::~FileDialogText()
{
    qApp->removeEventFilter(this);
}

bool FileDialogText::eventFilter(QObject *watched, QEvent *event)
{
    // Its widgets exist once it shows; a native dialog has none and ignores the proxy.
    if (event->type() == QEvent::Show) {
        if (auto *dialog = qobject_cast<QFileDialog *>(watched);
            dialog && !dialog->proxyModel() && dialog->findChild<QFileSystemModel *>()) {
            dialog->setProxyModel(new FileColumns(dialog));
            // Its columns were sized for Qt's shorter dates ("6 Dec"): room for a whole one.
            if (auto *view = dialog->findChild<QTreeView *>(QStringLiteral("treeView"))) {
                const QString widest = core::DateText::table(QDateTime(QDate(2000, 12, 28), QTime(23, 58)));
                const int needed = view->fontMetrics().horizontalAdvance(widest + QStringLiteral("    "));
                view->setColumnWidth(DateModified, qMax(view->columnWidth(DateModified), needed));
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rt::ui
