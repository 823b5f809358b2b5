// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

class QTableWidget;
class QTableWidgetItem;

namespace ra::ui {

// A stored UTC time as the officer reads it: local time, minutes; empty when unset.
[[nodiscard]] QString localTime(const QDateTime& utc);
// A read-only cell whose tooltip shows the whole text (long values are elided).
[[nodiscard]] QTableWidgetItem* tableCell(const QString& text);
// Tall enough for `rows` rows (at least one), so short tables need no scroll bar and long ones
// do not push the checklist off the page.
void fitRows(QTableWidget* table, int rows);

} // namespace ra::ui
