// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/ApplicationQueue.h"

#include <QAbstractTableModel>

namespace ra::ui {

// The queue as a lazily fetched table: rows arrive a page at a time as the view scrolls, sorting
// and filtering happen in indexed SQL, so 100 000 applications open as fast as ten.
class ApplicationQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    enum Column {
        IdColumn,
        ReferenceColumn,
        OrganizationColumn,
        DomainsColumn,
        StateColumn,
        OfficerColumn,
        AgeColumn,
        RiskColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    ApplicationQueueModel(app::ApplicationQueue& queue, const domain::IClock& clock, QObject* parent = nullptr);

    void setFilter(const app::QueueFilter& filter);
    [[nodiscard]] const app::QueueFilter& filter() const { return m_filter; }
    void reload();
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] qint64 applicationId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString& message);

private:
    app::ApplicationQueue& m_queue;
    const domain::IClock& m_clock;
    app::QueueFilter m_filter;
    app::QueueColumn m_sortColumn = app::QueueColumn::Age;
    bool m_ascending = false;
    QList<app::QueueRow> m_rows;
    qint64 m_total = 0;
};

} // namespace ra::ui
