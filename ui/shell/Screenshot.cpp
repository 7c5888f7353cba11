#include "Screenshot.h"

#include "AssessmentEditor.h"
#include "AuthorityMapView.h"
#include "AuthorityRepository.h"
#include "BrowseSession.h"
#include "ChecklistView.h"
#include "CompanyDialog.h"
#include "CompanyMatrixView.h"
#include "CompanyRepository.h"
#include "CompanyService.h"
#include "ConflictDialog.h"
#include "ConnectDialog.h"
#include "Database.h"
#include "DevelopmentEditor.h"
#include "DevelopmentRepository.h"
#include "DevelopmentService.h"
#include "DevelopmentTableModel.h"
#include "DevelopmentsBrowser.h"
#include "Error.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "ReferenceNames.h"
#include "TimelineView.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTreeView>

namespace rt::ui {

const QSize Screenshot::dialogShotSize(960, 720);
const QSize Screenshot::connectShotSize(680, 440);
const QSize Screenshot::conflictShotSize(860, 520);

QStringList Screenshot::views()
{
    return {QStringLiteral("browser"),   QStringLiteral("editor"),     QStringLiteral("matrix"),
            QStringLiteral("checklist"), QStringLiteral("assessment"), QStringLiteral("company"),
            QStringLiteral("timeline"),  QStringLiteral("map"),        QStringLiteral("import"),
            QStringLiteral("connect"),   QStringLiteral("conflict")};
}

QStringList Screenshot::roles()
{
    return {QStringLiteral("viewer"), QStringLiteral("editor"), QStringLiteral("admin")};
}

namespace {

// A dark colour scheme as desktops set it: Fusion draws every part from the palette.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x35, 0x39));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    dark.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x39));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4b));
    QApplication::setPalette(dark);
}

} // namespace

void Screenshot::render(core::Database &db, const QString &view, const QSize &size, const QString &outFile,
                        const Options &options)
{
    if (!views().contains(view)) {
        throw core::Error(core::Error::Code::InvalidInput, tr("Unknown view “%1”.").arg(view));
    }
    if (options.dark) {
        useDarkPalette();
    }
    const QString &content = options.content;
    MainWindow window(db, nullptr, false);
    if (!options.role.isEmpty()) {
        const int role = int(roles().indexOf(options.role));
        if (role < 0) {
            throw core::Error(
                core::Error::Code::InvalidInput,
                tr("Unknown role “%1” (roles: %2).").arg(options.role, roles().join(QStringLiteral(", "))));
        }
        window.setRole(core::TeamRoles::Role(role)); // the roles' order is TeamRoles::Role's
    }
    if (content == QLatin1StringView("both")) {
        window.setContent(MainWindow::Content::Both);
    } else if (content == QLatin1StringView("zh")) {
        window.setContent(MainWindow::Content::Chinese);
    } else if (content == QLatin1StringView("en")) {
        window.setContent(MainWindow::Content::English);
    }
    window.resize(size);
    window.show();
    QApplication::processEvents();
    if (!options.search.isEmpty()) {
        window.browser()->setSearchText(options.search);
    }
    // A picture shows the window once everything asked for has been read, never half-read; or, as on
    // starting, as soon as the table shows the developments.
    if (options.firstPaint) {
        window.browser()->session()->waitUntilTableShown();
        if (!window.grab().save(outFile, "PNG")) {
            throw core::Error(core::Error::Code::Failed, tr("Cannot write the picture %1.").arg(outFile));
        }
        return;
    }
    window.browser()->session()->waitUntilShown();
    // A selected development shows the detail pane filled, as people see it while reading: the best match of
    // a search, otherwise the newest development that states obligations (legal text to read).
    QPixmap picture;
    int selected = 0;
    if (options.search.isEmpty()) {
        core::AuthorityRepository reference(db);
        core::DevelopmentRepository developments(db, reference);
        for (int r = 0; r < window.browser()->model()->rowCount(); ++r) {
            const auto d = developments.load(window.browser()->model()->idAt(r));
            if (d && !d->obligations.isEmpty()) {
                selected = r;
                break;
            }
        }
    }
    window.browser()->selectRow(selected);
    QApplication::processEvents();
    if (view == QLatin1StringView("matrix")) {
        // Companies × topics in the interface's language, as it opens.
        CompanyMatrixView matrix(db);
        matrix.setLanguage(QLocale().language() == QLocale::Chinese ? core::Language::Chinese
                                                                    : core::Language::English);
        matrix.resize(size);
        matrix.show();
        QApplication::processEvents();
        picture = matrix.grab();
    } else if (view == QLatin1StringView("checklist")) {
        // The company with the longest checklist, as the window shows it.
        ChecklistView *checklist = window.checklist();
        qint64 longest = 0;
        int most = -1;
        for (const core::Company &company : core::CompanyRepository(db).all()) {
            checklist->setCompany(company.id);
            const int rows = checklist->model()->applicableCount();
            if (rows > most) {
                most = rows;
                longest = company.id;
            }
        }
        checklist->setCompany(longest);
        window.showView(MainWindow::View::Checklist);
        QApplication::processEvents();
        picture = window.grab();
    } else if (view == QLatin1StringView("assessment") || view == QLatin1StringView("company")) {
        // A checklist row's editor (the first row with notes, as a manager sees it after some work), or the
        // company form of that row's company.
        ChecklistView *checklist = window.checklist();
        std::optional<core::ChecklistRow> chosen;
        for (const core::Company &company : core::CompanyRepository(db).all()) {
            checklist->setCompany(company.id);
            const core::ChecklistModel &model = *checklist->model();
            for (int g = 0; g < model.groupCount() && !chosen; ++g) {
                for (const core::ChecklistRow &row : model.groupRows(g)) {
                    if (!row.assessment.notes.isEmpty()) {
                        chosen = row;
                        break;
                    }
                }
            }
            if (chosen) {
                break;
            }
        }
        if (!chosen) {
            throw core::Error(core::Error::Code::NotFound, tr("No checklist row has notes to show."));
        }
        const core::Language language
            = QLocale().language() == QLocale::Chinese ? core::Language::Chinese : core::Language::English;
        std::unique_ptr<QDialog> dialog;
        if (view == QLatin1StringView("assessment")) {
            dialog = std::make_unique<AssessmentEditor>(db, window.undoStack(), *chosen, language,
                                                        QStringList(), &window);
        } else {
            dialog = std::make_unique<CompanyDialog>(
                db, core::CompanyRepository(db).company(chosen->key.companyId), &window);
        }
        dialog->resize(size.boundedTo(dialogShotSize));
        dialog->show();
        QApplication::processEvents();
        picture = dialog->grab();
    } else if (view == QLatin1StringView("timeline")) {
        // The demo's summer of 2025 by authority level, close enough to read each development with its
        // comment deadline; the selected development ringed.
        window.showView(MainWindow::View::Timeline);
        QApplication::processEvents();
        TimelineView *timeline = window.timeline();
        timeline->setLanes(core::TimelineLanes::Level);
        timeline->setUpcoming(false);
        timeline->setVisibleRange(QDate(2025, 6, 25), QDate(2025, 9, 30));
        QApplication::processEvents();
        picture = window.grab();
    } else if (view == QLatin1StringView("map")) {
        // Every authority of the demo on the map, fitted to the view, with the edges.
        window.showView(MainWindow::View::Map);
        QApplication::processEvents();
        AuthorityMapView *map = window.authorityMap();
        map->setColouring(AuthorityMapView::Colouring::Kind);
        map->setEdgesShown(true);
        map->fitAll();
        QApplication::processEvents();
        picture = window.grab();
    } else if (view == QLatin1StringView("import")) {
        // The review of a file, its first item selected, as the dialog opens at the size asked for. Without
        // a file, a newsletter made of the database's first developments stands in for one.
        QString file = options.file;
        QTemporaryDir scratch;
        if (file.isEmpty()) {
            core::AuthorityRepository reference(db);
            core::DevelopmentRepository developments(db, reference);
            QString text = QStringLiteral("RegTracker sample newsletter\n\n");
            int number = 0;
            for (qint64 id : developments.ids()) {
                if (number == 8) {
                    break;
                }
                const auto d = developments.load(id);
                if (d && !d->title.en.isEmpty()) {
                    ++number;
                    text += QString::number(number) + QStringLiteral(". ") + d->title.en
                        + QStringLiteral("\n") + d->summary.en + QStringLiteral("\n\n");
                }
            }
            file = scratch.filePath(QStringLiteral("sample-newsletter.txt"));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
                throw core::Error(core::Error::Code::Failed,
                                  tr("Cannot write the sample newsletter %1.").arg(file));
            }
        }
        ImportDialog dialog(db, file, false, &window);
        dialog.resize(size);
        dialog.show();
        dialog.selectItem(0);
        dialog.tree()->expand(dialog.tree()->model()->index(0, 0)); // its candidate obligations
        QApplication::processEvents();
        picture = dialog.grab();
    } else if (view == QLatin1StringView("connect")) {
        // The dialog as a colleague fills it in for the team's server, after an attempt that did not reach
        // it: the error says what happened and what to check.
        ConnectDialog dialog(&window);
        const auto address = core::DatabaseAddress::parse(
            QStringLiteral("postgresql://mei.lin@tracker.example.org/compliance?sslmode=verify-full"));
        dialog.setAddress(address);
        dialog.showError(
            core::Database::tr("Cannot connect to the team database %1.").arg(address.toString()) + u' '
            + core::Database::tr("The server did not answer. Check the host name and port, the network, and "
                                 "that the server is running.")
            + u'\n'
            + core::Database::tr("The server said: %1")
                  .arg(QStringLiteral("connection to server at \"tracker.example.org\" (192.0.2.17), port "
                                      "5432 failed: timeout expired")));
        dialog.resize(size.boundedTo(connectShotSize));
        dialog.show();
        QApplication::processEvents();
        picture = dialog.grab();
    } else if (view == QLatin1StringView("conflict")) {
        // Saving an edit of the selected development after a colleague saved it: both versions side by side.
        // Nothing is written; the colleague's save is made up from the stored development.
        core::AuthorityRepository reference(db);
        const core::Development stored = core::DevelopmentRepository(db, reference)
                                             .load(window.browser()->currentDevelopment())
                                             .value_or(core::Development());
        core::Development theirs = stored;
        theirs.version = stored.version + 1;
        theirs.effective = stored.announced.addMonths(3);
        theirs.stage = core::Stage::Issued;
        core::Development mine = stored;
        mine.title.en = stored.title.en + QStringLiteral(" (final text)");
        mine.title.zh = stored.title.zh + QStringLiteral("（正式稿）");
        mine.stage = core::Stage::Effective;
        if (!mine.topics.isEmpty()) {
            mine.topics.removeLast();
        }
        ConflictDialog::Versions versions;
        core::ReferenceNames names;
        names.load(db);
        versions.rows = ConflictDialog::differences(mine, theirs, &names);
        versions.changedBy = QStringLiteral("mei.lin");
        versions.changedAt = QDateTime(QDate(2025, 11, 27), QTime(16, 42));
        ConflictDialog dialog(core::DevelopmentService::tr("Somebody else changed this development in the "
                                                           "meantime (version %1 is stored, the edit started "
                                                           "from version %2). Reload it and try again.")
                                  .arg(theirs.version)
                                  .arg(stored.version),
                              versions, &window);
        dialog.resize(size.boundedTo(conflictShotSize));
        dialog.show();
        QApplication::processEvents();
        picture = dialog.grab();
    } else if (view == QLatin1StringView("editor")) {
        // The form as it opens for the selected development.
        core::AuthorityRepository reference(db);
        const auto development
            = core::DevelopmentRepository(db, reference).load(window.browser()->currentDevelopment());
        DevelopmentEditor editor(db, development.value_or(core::Development()), &window);
        editor.resize(size.boundedTo(QSize(1000, 760)));
        editor.show();
        QApplication::processEvents();
        picture = editor.grab();
    } else {
        picture = window.grab();
    }
    if (!picture.save(outFile, "PNG")) {
        throw core::Error(core::Error::Code::Failed, tr("Cannot write the picture %1.").arg(outFile));
    }
}

} // namespace rt::ui
