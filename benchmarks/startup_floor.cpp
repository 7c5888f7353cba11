// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of bench_startup: the least any Qt program showing the same library must do. It opens the
// database file, counts the developments, reads the newest 200 and shows them in a table in a 1400×900
// window; once the window has painted it writes the picture and exits. Nothing of RegTracker is linked.
//
//   startup_floor DATABASE OUT.png

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QPixmap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextStream>

#include <chrono>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: startup_floor DATABASE OUT.png\n";
        return 2;
    }
    int total = 0;
    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Date"), QStringLiteral("Title"), QStringLiteral("Kind"), QStringLiteral("Stage")});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(arguments.at(1));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            QTextStream(stderr) << "cannot open " << arguments.at(1) << "\n";
            return 1;
        }
        QSqlQuery count(QStringLiteral("SELECT count(*) FROM developments"), db);
        total = count.next() ? count.value(0).toInt() : 0;
        QSqlQuery newest(db);
        newest.setForwardOnly(true);
        newest.exec(QStringLiteral("SELECT announced_on, title_en, kind, stage FROM developments ORDER BY "
                                   "announced_on DESC, id DESC LIMIT 200"));
        while (newest.next()) {
            QList<QStandardItem *> row;
            for (int column = 0; column < 4; ++column) {
                row.append(new QStandardItem(newest.value(column).toString()));
            }
            model.appendRow(row);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));

    QMainWindow window;
    auto *table = new QTableView(&window);
    table->setModel(&model);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    window.setCentralWidget(table);
    window.statusBar()->addWidget(new QLabel(QStringLiteral("%1 developments").arg(total), &window));
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    const QPixmap picture = window.grab();
    // When the window was painted, on the clock the benchmark started from (bench_startup reads it).
    std::fprintf(stderr, "painted %lld\n",
                 static_cast<long long>(std::chrono::steady_clock::now().time_since_epoch().count()));
    return picture.save(arguments.at(2), "PNG") ? 0 : 1;
}
