// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlAuditTrail.h"

#include <QAbstractTableModel>

namespace ra::ui {

// The audit log, newest first, fetched a page at a time by sequence (keyset paging), so a log of
// millions of entries opens and scrolls without loading it (R-AUD-3).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    enum Column {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        EventColumn,
        ApplicationColumn,
        WorkstationColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditLogModel(app::SqlAuditTrail& trail, QObject* parent = nullptr);

    void setFilter(const app::AuditFilter& filter);
    void reload();
    [[nodiscard]] const domain::AuditEntry* entry(int row) const;
    [[nodiscard]] qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    app::SqlAuditTrail& m_trail;
    app::AuditFilter m_filter;
    QList<domain::AuditEntry> m_entries;
    qint64 m_total = 0;
    bool m_exhausted = false;
};

} // namespace ra::ui
