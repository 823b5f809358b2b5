// SPDX-License-Identifier: Apache-2.0
#include "ui/TableHelpers.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>

namespace ra::ui {

QString localTime(const QDateTime& utc) {
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QTableWidgetItem* tableCell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

void fitRows(QTableWidget* table, int rows) {
    const int shown = qMax(1, rows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() +
                          shown * table->verticalHeader()->defaultSectionSize() +
                          table->horizontalScrollBar()->sizeHint().height());
}

} // namespace ra::ui
