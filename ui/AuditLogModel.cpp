// SPDX-License-Identifier: Apache-2.0
#include "ui/AuditLogModel.h"

#include <QLocale>

namespace ra::ui {

AuditLogModel::AuditLogModel(app::SqlAuditTrail& trail, QObject* parent)
    : QAbstractTableModel(parent)
    , m_trail(trail) {}

void AuditLogModel::setFilter(const app::AuditFilter& filter) {
    m_filter = filter;
    reload();
}

void AuditLogModel::reload() {
    beginResetModel();
    m_entries.clear();
    m_exhausted = false;
    const auto total = m_trail.count(m_filter);
    m_total = total ? *total : 0;
    endResetModel();
    fetchMore({});
}

const domain::AuditEntry* AuditLogModel::entry(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted;
}

void AuditLogModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.back().sequence;
    const auto page = m_trail.page(m_filter, before, kPageSize);
    if (!page || page->size() < kPageSize) {
        m_exhausted = true;
    }
    if (!page || page->isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries.append(*page);
    endInsertRows();
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    const domain::AuditEntry* item = entry(index.row());
    if (!item) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SequenceColumn:
            return item->sequence;
        case TimeColumn:
            return QLocale().toString(item->timeUtc().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return item->actor;
        case EventColumn:
            return item->eventType;
        case ApplicationColumn:
            return item->applicationId ? QVariant(item->applicationId) : QVariant();
        case WorkstationColumn:
            return item->workstation;
        case DetailsColumn:
            return item->detailsJson.left(200);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn) {
        return item->time;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SequenceColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time (local)");
    case ActorColumn:
        return tr("Actor");
    case EventColumn:
        return tr("Event");
    case ApplicationColumn:
        return tr("Application");
    case WorkstationColumn:
        return tr("Workstation");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace ra::ui
